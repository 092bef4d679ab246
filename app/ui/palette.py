"""The palette: kinds of cards and channels to drag onto the map.

Dragging an entry carries a small JSON payload
(:data:`~app.ui.canvas.clipboard.MIME_PALETTE`); the canvas creates the card
where it is dropped. Double-click or Enter on an entry creates it at the
current place of the map, for those who work with the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListWidget, QListWidgetItem, QVBoxLayout, QWidget
from sqlalchemy import select

from app.model.enums import LaneKind
from app.model.schema import Channel
from app.ui import labels, theme
from app.ui.canvas import palette as canvas_palette
from app.ui.canvas.clipboard import palette_mime
from app.ui.canvas.icons import channel_icon
from app.ui.document import ProjectDocument

_PAYLOAD = Qt.ItemDataRole.UserRole + 1


def kind_icon(kind: LaneKind, size: int = 32) -> QIcon:
    """A small card in the colours of a lane kind, as the map draws it (drawn at twice ``size``: crisp at 200 %)."""
    colours = canvas_palette.current()
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(2.0, 2.0)
    painter.setPen(QColor(colours.card_border))
    painter.setBrush(QColor(colours.card_fill(kind)))
    painter.drawRoundedRect(3, 6, size - 6, size - 12, 3, 3)
    painter.fillRect(3, 6, 5, size - 12, QColor(colours.accent(kind)))
    painter.end()
    return QIcon(pixmap)


class _PaletteList(QListWidget):
    """A list whose entries drag out as palette payloads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setIconSize(QSize(24, 24))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def mimeTypes(self) -> list[str]:
        from app.ui.canvas.clipboard import MIME_PALETTE

        return [MIME_PALETTE]

    def mimeData(self, items) -> QMimeData:
        payload = items[0].data(_PAYLOAD) if items else {}
        return palette_mime(**payload)


class Palette(QWidget):
    """Kinds of cards, then the project's channels (touchpoints on that channel)."""

    #: An entry was activated (double-click, Enter): its payload.
    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: ProjectDocument | None = None
        self.list = _PaletteList(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(self._on_list_item_activated)
        theme.signals().changed.connect(self._on_theme_changed)  # the icons take the theme's colours
        self._fill()

    def _on_theme_changed(self, _dark: bool) -> None:
        self._fill()

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        if item.data(_PAYLOAD) is not None:  # headings do nothing
            self.activated.emit(item.data(_PAYLOAD))

    def set_document(self, document: ProjectDocument | None) -> None:
        """List the channels of ``document`` (kinds of cards do not depend on it)."""
        if self.document is not None:
            self.document.project_changed.disconnect(self._fill)
        self.document = document
        if document is not None:
            document.project_changed.connect(self._fill)
        self._fill()

    def entry(self, text: str) -> QListWidgetItem | None:
        """The entry shown as ``text`` (for tests and keyboard access)."""
        matches = self.list.findItems(text, Qt.MatchFlag.MatchExactly)
        return matches[0] if matches else None

    def _fill(self) -> None:
        self.list.clear()
        self._header(self.tr("Cards"))
        for kind in labels.CARD_KINDS:
            item = QListWidgetItem(kind_icon(kind), labels.card_noun(kind))
            item.setData(_PAYLOAD, {"lane_kind": kind.value})
            item.setToolTip(self.tr("Drag onto the map: a card in a “%1” lane.").replace("%1", labels.lane_kind(kind)))
            self.list.addItem(item)
        if self.document is None:
            return
        channels = self.document.session.execute(
            select(Channel.id, Channel.name, Channel.icon).order_by(Channel.position, Channel.id)).all()
        if channels:
            self._header(self.tr("Channels"))
        ink = QApplication.palette().color(QPalette.ColorRole.Text).name()  # the theme's, even mid-switch
        for channel_id, name, icon in channels:
            item = QListWidgetItem(channel_icon(icon, ink, 64), name)
            item.setData(_PAYLOAD, {"channel_id": channel_id, "title": name})
            item.setToolTip(self.tr("Drag onto the map: a touchpoint on this channel."))
            self.list.addItem(item)

    def _header(self, text: str) -> None:
        item = QListWidgetItem(text)
        # Enabled (not greyed out: a heading must read, issue 13) but neither selectable nor draggable.
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, "heading")
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.list.addItem(item)
