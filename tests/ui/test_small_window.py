"""A narrow window (1280x720, French): the toolbar shows icons, the curve pane keeps its summary in sight."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QToolBar, QToolButton

from app import i18n
from app.ui.toolbar_fit import keep_fitting, zoom_icon

LABELLED = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
ICONS = Qt.ToolButtonStyle.ToolButtonIconOnly


@pytest.fixture
def french() -> Iterator[None]:
    i18n.install("fr")
    try:
        yield
    finally:
        i18n.install("en")


def _hidden_in_overflow(window: QMainWindow, toolbar: QToolBar) -> list[str]:
    """Toolbar items pushed out of sight (into the » menu) at the window's current width."""
    return [action.text() for action in toolbar.actions()
            if not action.isSeparator() and not toolbar.widgetForAction(action).isVisible()]


def test_a_narrow_french_window_shows_the_toolbar_as_icons_with_labels_in_tooltips(qtbot, make_window, french,
                                                                                  sample_path: Path) -> None:
    window = make_window(sample_path, show=True)
    window.resize(1920, 900)
    qtbot.waitUntil(lambda: window.toolbar.toolButtonStyle() == LABELLED and window.toolbar_fit.step == 0)
    window.resize(1280, 700)
    qtbot.waitUntil(lambda: window.toolbar_fit.step >= 1)  # the zoom buttons at least lost their labels
    qtbot.waitUntil(lambda: _hidden_in_overflow(window, window.toolbar) == [])  # the pickers stay in sight
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.toolbar_fit.step == 2 and window.toolbar.toolButtonStyle() == ICONS)
    fit = window.toolbar.widgetForAction(window.actions_by_name["fit"])
    assert isinstance(fit, QToolButton) and not fit.icon().isNull() and fit.text()
    assert "fenêtre" in fit.toolTip()  # the label lives on in the tooltip
    assert all(not window.actions_by_name[name].icon().isNull() for name in ("zoom_in", "zoom_out", "fit"))
    window.resize(1920, 900)
    qtbot.waitUntil(lambda: window.toolbar_fit.step == 0)


def test_the_zoom_buttons_give_up_their_labels_first(qtbot, french) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    toolbar = QToolBar(window)
    window.addToolBar(toolbar)
    zooms = {kind: QAction(text, window) for kind, text in (("out", "Zoom arrière"), ("in", "Zoom avant"),
                                                             ("fit", "Ajuster à la fenêtre"))}
    toolbar.addActions(list(zooms.values()))
    others = [QAction(zoom_icon("in", QColor("black")), f"Une action au long libellé {number}", window)
              for number in range(3)]
    toolbar.addActions(others)
    fitter = keep_fitting(window, toolbar, zooms)
    window.show()

    def styles() -> tuple[set[Qt.ToolButtonStyle], set[Qt.ToolButtonStyle]]:
        def style(action: QAction) -> Qt.ToolButtonStyle:
            return toolbar.widgetForAction(action).toolButtonStyle()

        return {style(a) for a in zooms.values()}, {style(a) for a in others}

    qtbot.waitUntil(lambda: fitter.step >= 0)
    widths = fitter.widths
    assert widths[0] > widths[1] > 0
    for step, width in enumerate((widths[0] + 4, widths[1] + 4, widths[1] - 40)):
        window.resize(width, 300)
        qtbot.waitUntil(lambda step=step: fitter.step == step)
        assert styles() == [({LABELLED}, {LABELLED}), ({ICONS}, {LABELLED}), ({ICONS}, {ICONS})][step]
        qtbot.waitUntil(lambda: _hidden_in_overflow(window, toolbar) == [])
    for action in others:
        toolbar.removeAction(action)
    QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))  # labels are measured again
    qtbot.waitUntil(lambda: fitter.step == 0)


def test_the_drawn_zoom_icons_follow_the_theme_ink(qapp) -> None:
    def ink_of(colour: str) -> set[int]:
        image = zoom_icon("in", QColor(colour)) \
            .pixmap(32, 32).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        return {image.pixelColor(x, y).rgb() & 0xFFFFFF for x in range(32) for y in range(32)
                if image.pixelColor(x, y).alpha() > 200}

    dark, light = ink_of("#202020"), ink_of("#F0F0F0")
    assert dark and light and dark.isdisjoint(light)


def test_the_curve_summary_is_not_covered_by_the_plot_in_a_1280x720_window(qtbot, make_window, french,
                                                                           sample_path: Path) -> None:
    window = make_window(sample_path, show=True)
    window.resize(1280, 720)
    # The bottom docks' height at 1280x720 under a window manager (the title bar and the toolbar take their share).
    window.resizeDocks([window.emotion_dock], [200], Qt.Orientation.Vertical)
    # Wide side docks leave the curve about 600 pixels: its summary wraps onto two lines or more.
    window.resizeDocks([window.inspector_dock, window.palette_dock], [420, 260], Qt.Orientation.Horizontal)
    pane = window.emotion_pane.pane()
    qtbot.waitUntil(lambda: bool(pane.summary.text()) and pane.summary.isVisible())
    qtbot.wait(50)
    assert pane.summary.heightForWidth(pane.summary.width()) > pane.summary.fontMetrics().height() * 1.5
    plot, summary = pane.plot.geometry(), pane.summary.geometry()

    assert summary.top() > plot.bottom(), (plot, summary)
    assert summary.height() >= pane.summary.heightForWidth(summary.width()) - 1  # every wrapped line has its room
    assert summary.bottom() <= pane.height()


@pytest.mark.parametrize("ask", ["template", "dpi"])
def test_small_question_dialogs_are_wide_enough_for_their_french_title(qtbot, monkeypatch, french, ask: str) -> None:
    from PySide6.QtWidgets import QInputDialog, QWidget

    from app.ui import window_questions

    seen: list[QInputDialog] = []

    def answer(dialog: QInputDialog) -> int:
        dialog.show()
        seen.append(dialog)
        if ask == "template":
            dialog.setTextValue("  Notre accueil  ")
        else:
            dialog.setTextValue(dialog.comboBoxItems()[-1])
        return 1

    monkeypatch.setattr(QInputDialog, "exec", answer)
    parent = QWidget()
    qtbot.addWidget(parent)
    if ask == "template":
        assert window_questions.ask_template_name(parent, "Mon modèle") == "Notre accueil"
        title = "Enregistrer comme modèle"
    else:
        assert window_questions.ask_image_dpi(parent, 150) == window_questions.IMAGE_DPIS[-1][0]
        title = "Résolution de l'image"
    dialog = seen[0]
    assert dialog.windowTitle() == title
    assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(title) * 1.3 + 100


def test_a_first_window_fits_a_1080p_screen_at_200_percent(qtbot, make_window, monkeypatch) -> None:
    from PySide6.QtCore import QRect, QSize

    from app.ui import settings

    class SmallScreen:
        """What a 1920x1080 screen at 200 % offers a window: about 960x510 logical pixels."""

        def availableGeometry(self) -> QRect:  # noqa: N802 - Qt's name, faked
            return QRect(0, 30, 960, 510)

    window = make_window()
    assert window.minimumSizeHint().height() <= 510 - 48, "the docks hold the window taller than the screen"
    assert window.minimumSizeHint().width() <= 960 - 16, "the docks hold the window wider than the screen"
    monkeypatch.setattr(type(window), "screen", lambda self: SmallScreen())
    size = settings.first_window_size(window)
    assert size.width() <= 960 - 16 and size.height() <= 510 - 48
    monkeypatch.setattr(SmallScreen, "availableGeometry", lambda self: QRect(0, 0, 2560, 1400))
    assert settings.first_window_size(window) == settings.FIRST_SIZE == QSize(1400, 860)


def _axis_labels(qtbot, pane, height: int) -> list[str]:
    from PySide6.QtGui import QPainter

    pane.plot.setFixedHeight(height)
    qtbot.wait(30)
    axis = pane.plot.getPlotItem().getAxis("left")
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return sorted((text for _rect, _flags, text in specs[2]), key=float) if specs else []


def test_the_curve_axis_keeps_its_ends_and_middle_when_short_and_every_value_when_tall(qtbot, make_window,
                                                                                    sample_path: Path) -> None:
    window = make_window(sample_path, show=True)
    pane = window.emotion_pane.pane()
    qtbot.waitUntil(lambda: bool(pane.summary.text()))
    assert _axis_labels(qtbot, pane, 90) == ["0", "5", "10"]  # eleven labels would overlap in 90 pixels
    assert _axis_labels(qtbot, pane, 400) == [str(v) for v in range(11)]


def test_the_dock_tabs_keep_their_whole_french_titles_in_a_1280x720_window(qtbot, make_window, french,
                                                                          sample_path: Path) -> None:
    from PySide6.QtWidgets import QTabBar

    window = make_window(sample_path, show=True)
    window.resize(1280, 700)
    window.resizeDocks([window.inspector_dock], [320], Qt.Orientation.Horizontal)  # the first window's width
    qtbot.waitUntil(lambda: window.inspector_dock.width() <= 330)
    bars = [bar for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if bar.isVisible() and bar.count() > 1]
    titles = {bar.tabText(index) for bar in bars for index in range(bar.count())}
    assert {"Inspecteur", "Personas", "Commentaires"} <= titles
    for bar in bars:  # each tab is as wide as its title: never "Insp…", scroll arrows instead
        for index in range(bar.count()):
            assert bar.tabRect(index).width() >= bar.tabSizeHint(index).width(), bar.tabText(index)
    # A group the user makes later (one dock dropped on another) gets whole titles too.
    window.tabifyDockWidget(window.palette_dock, window.minimap_dock)
    qtbot.waitUntil(lambda: any(
        bar.isVisible() and {bar.tabText(i) for i in range(bar.count())} == {"Palette", "Vue d’ensemble"}
        for bar in window.findChildren(QTabBar)))
    late = next(bar for bar in window.findChildren(QTabBar)
                if "Palette" in {bar.tabText(i) for i in range(bar.count())})
    assert late.elideMode() == Qt.TextElideMode.ElideNone and late.usesScrollButtons()


def test_present_sits_beside_the_journey_picker_and_the_persona_label_beside_its_filter(make_window,
                                                                                      sample_path: Path) -> None:
    """The toolbar read "Persona: Present [All personas]": the label was parted from the combo it names."""
    window = make_window(sample_path)
    toolbar = window.toolbar
    items = [action for action in toolbar.actions() if not action.isSeparator()]
    widgets = [toolbar.widgetForAction(action) for action in items]
    picker = widgets.index(window.journey_combo)
    assert items[picker + 1] is window.actions_by_name["present"]
    label = next(index for index, widget in enumerate(widgets) if isinstance(widget, QLabel))
    assert widgets[label + 1].objectName() == "persona_filter"
