"""A toolbar that keeps its labels while they fit, and shows icons alone when the window is too narrow.

At 1280x720 in French the main toolbar's labels ("Ajuster à la fenêtre"…) pushed
the journey and persona pickers into the overflow menu. :func:`keep_fitting`
watches the window: when the labelled toolbar would be wider than the window,
the zoom buttons show their icons only, then every button does (the text
stays in the tooltip and the menus); when the window is wide enough again
the labels come back.
:func:`zoom_icon` draws the zoom buttons' icons where the desktop theme has none.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton

_LABELLED = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
_ICONS = Qt.ToolButtonStyle.ToolButtonIconOnly


def zoom_icon(kind: str, ink: QColor) -> QIcon:
    """The theme's icon for ``kind`` ("in", "out" or "fit"), else one drawn in ``ink``."""
    names = {"in": "zoom-in", "out": "zoom-out", "fit": "zoom-fit-best"}
    themed = QIcon.fromTheme(names[kind])
    if not themed.isNull():
        return themed
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 16.0, size / 16.0)
        pen = QPen(ink, 1.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        if kind == "fit":
            # Four corners of a frame, the map inside fitted to it.
            for x, y, dx, dy in ((2, 2, 1, 1), (14, 2, -1, 1), (2, 14, 1, -1), (14, 14, -1, -1)):
                painter.drawLine(QPointF(x, y), QPointF(x + 4 * dx, y))
                painter.drawLine(QPointF(x, y), QPointF(x, y + 4 * dy))
            painter.drawRect(QRectF(5.5, 5.5, 5.0, 5.0))
        else:
            # A magnifying glass with a plus or a minus.
            painter.drawEllipse(QRectF(1.5, 1.5, 9.5, 9.5))
            painter.drawLine(QPointF(10.0, 10.0), QPointF(14.5, 14.5))
            painter.drawLine(QPointF(4.0, 6.25), QPointF(8.5, 6.25))
            if kind == "in":
                painter.drawLine(QPointF(6.25, 4.0), QPointF(6.25, 8.5))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class ToolbarFitter(QObject):
    """Steps ``toolbar`` between labels and icons as ``window`` is resized or changes language.

    Three steps, the first that fits the window's width: every label; the zoom buttons as icons (a magnifier
    says it all); every button as an icon.
    """

    def __init__(self, window: QMainWindow, toolbar: QToolBar, zooms: dict[str, QAction]) -> None:
        super().__init__(window)
        self._window = window
        self._toolbar = toolbar
        self._zooms = zooms
        #: The toolbar's width with every label and with the zoom buttons as icons, measured once per language.
        self.widths: list[int] = []
        #: The step shown: 0 every label, 1 the zoom buttons as icons, 2 every button as an icon (-1: none yet).
        self.step = -1
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (QEvent.Type.Resize, QEvent.Type.Show,
                                                         QEvent.Type.LanguageChange):
            if event.type() == QEvent.Type.LanguageChange:
                self.widths = []  # the labels' widths changed with their language
            self.fit()
        elif watched is self._window and event.type() == QEvent.Type.PaletteChange:
            self.draw_icons()  # a theme switch: the drawn icons take the new ink
        return False

    def draw_icons(self) -> None:
        """Give the zoom actions their icons, drawn in the window's current button ink."""
        ink = self._window.palette().color(QPalette.ColorRole.ButtonText)
        for kind, action in self._zooms.items():
            action.setIcon(zoom_icon(kind, ink))

    def fit(self) -> None:
        """Show as many labels as fit the window's width (see the class)."""
        if self._toolbar.orientation() != Qt.Orientation.Horizontal:
            return
        if not self.widths:
            for step in (0, 1):
                self._show_step(step)
                self.widths.append(_width(self._toolbar))
        room = self._window.width()
        self._show_step(next((step for step, width in enumerate(self.widths) if width <= room), 2))

    def _show_step(self, step: int) -> None:
        if step == self.step and self.widths:
            return
        self.step = step
        self._toolbar.setToolButtonStyle(_ICONS if step == 2 else _LABELLED)
        for action in self._zooms.values():
            button = self._toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(_ICONS if step >= 1 else _LABELLED)


def _width(toolbar: QToolBar) -> int:
    """The width ``toolbar`` asks for with every item shown (its layout's hint, not its current width)."""
    layout = toolbar.layout()
    if layout is None:  # a toolbar always has its own layout; a guard for the type checker
        return toolbar.sizeHint().width()
    layout.invalidate()
    return layout.sizeHint().width()


def keep_fitting(window: QMainWindow, toolbar: QToolBar, zooms: dict[str, QAction]) -> ToolbarFitter:
    """Make ``toolbar`` show icons only while its labels would not fit ``window``; returns the watcher.

    ``zooms`` maps "in", "out" and "fit" to the zoom actions, which get their icons here.
    """
    fitter = ToolbarFitter(window, toolbar, zooms)
    fitter.draw_icons()
    fitter.fit()
    return fitter
