"""A persona's photo: shown, chosen from a file or dropped, refused with one sentence when unsafe.

:class:`PhotoField` never writes the model: it emits :attr:`PhotoField.photo_chosen`
with bytes already checked, downscaled and re-encoded by :mod:`app.ui.images`
(or None to remove the photo), and :attr:`PhotoField.refused` with the
sentence when the image was refused. :func:`initials_pixmap` draws the
initials shown when there is no photo.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QFont, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import i18n
from app.model.errors import ParcoursError
from app.ui import images

#: Colours of the initials' discs when a persona has no colour of its own.
DISC_COLOURS = ("#2E86AB", "#A23B72", "#F18F01", "#3B7D4F", "#6C4AB6", "#C73E1D")


def initials(name: str) -> str:
    """Up to two initials of a name ("Léa Martin" -> "LM")."""
    words = [word for word in name.replace("-", " ").split() if word]
    return "".join(word[0] for word in words[:2]).upper() or "?"


def initials_pixmap(name: str, colour: str | None, side: int, seed: int = 0) -> QPixmap:
    """A disc of ``colour`` with the initials of ``name``, ``side`` pixels wide."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour or DISC_COLOURS[seed % len(DISC_COLOURS)]))
    painter.drawEllipse(QRectF(0, 0, side, side))
    font = QFont()
    font.setPixelSize(max(8, side * 2 // 5))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return pixmap


def round_photo(data: bytes | None, side: int) -> QPixmap:
    """The photo cropped to a disc ``side`` pixels wide (empty when there is no readable photo)."""
    source = images.pixmap(data)
    if source.isNull():
        return QPixmap()
    source = source.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                           Qt.TransformationMode.SmoothTransformation)
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, side, side))
    painter.setClipPath(path)
    painter.drawPixmap((side - source.width()) // 2, (side - source.height()) // 2, source)
    painter.end()
    return pixmap


def portrait(name: str, colour: str | None, photo: bytes | None, side: int, seed: int = 0) -> QPixmap:
    """The photo as a disc, or the initials when there is none."""
    pixmap = round_photo(photo, side)
    return pixmap if not pixmap.isNull() else initials_pixmap(name, colour, side, seed)


class PhotoField(QWidget):
    """The photo with Choose… and Remove; a PNG, JPEG or WebP file may also be dropped on it."""

    #: Checked, downscaled bytes and their MIME type; (None, "") removes the photo.
    photo_chosen = Signal(object, str)
    #: The image was refused: the sentence to show.
    refused = Signal(str)

    SIDE = 96

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.picture = QLabel(self)
        self.picture.setFixedSize(self.SIDE, self.SIDE)
        self.picture.setToolTip(self.tr("Drop a PNG, JPEG or WebP photo here."))
        self.choose_button = QPushButton(self.tr("C&hoose a photo…"), self)
        self.remove_button = QPushButton(self.tr("Remove the photo"), self)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        layout.addLayout(buttons, 1)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.remove_button.clicked.connect(lambda: self.photo_chosen.emit(None, ""))

    def show_photo(self, name: str, colour: str | None, photo: bytes | None, seed: int = 0) -> None:
        """Show ``photo`` (or the initials of ``name``)."""
        self.picture.setPixmap(portrait(name, colour, photo, self.SIDE, seed))
        self.remove_button.setEnabled(photo is not None)

    def take_bytes(self, data: bytes) -> bool:
        """Check and prepare image bytes; emit :attr:`photo_chosen` or :attr:`refused`. True when taken."""
        try:
            prepared, mime = images.prepare(data)
        except ParcoursError as error:
            self.refused.emit(error.message(i18n.translate))
            return False
        self.photo_chosen.emit(prepared, mime)
        return True

    def take_file(self, path: Path | str) -> bool:
        """Read, check and prepare an image file (see :meth:`take_bytes`)."""
        try:
            data = images.read_file(path)
        except ParcoursError as error:
            self.refused.emit(error.message(i18n.translate))
            return False
        return self.take_bytes(data)

    def _on_choose_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.webp)"))
        if path:
            self.take_file(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        urls = [url for url in mime.urls() if url.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.take_file(urls[0].toLocalFile())
        elif mime.hasImage():
            event.acceptProposedAction()
            self.take_bytes(images.encode(mime.imageData(), "PNG"))
