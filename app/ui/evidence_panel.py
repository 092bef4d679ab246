"""The evidence of the selected card: its images, and the personas it applies to with their own scores.

Images (a photo of the wall of post-its, a screenshot, a mock-up) are
added from a file or dropped, checked and downscaled like persona photos,
stored in the project, shown as thumbnails here and on the card, and full
size on demand (double-click or Enter). A card applies to every persona
unless some are ticked here; a ticked persona may carry its own score,
which draws that persona's curve in the emotion pane. Every edit is one
command; the panel follows the document.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import ops
from app.model.errors import ParcoursError
from app.model.fields import project_scale
from app.model.ops import Change, Op
from app.model.schema import Card, CardImage, CardPersona, Persona
from app.ui import images, theme
from app.ui.commands import GenericCommand, OpCommand
from app.ui.document import ProjectDocument
from app.ui.inspector_fields import NumberBox
from app.ui.panels import RefusalLabel, follow_changes, touched_tables


class _ImageList(QListWidget):
    """Thumbnails that accept dropped image files and open full size on Enter."""

    def __init__(self, panel: EvidencePanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(96, 72))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setAcceptDrops(True)
        self.setMinimumHeight(100)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            for path in paths:
                self.panel.add_image_file(path)

    def event(self, event: QEvent) -> bool:
        # Delete here removes the image, not the map's selection (the window's Delete shortcut).
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Delete
                and self.currentItem() is not None):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.panel.show_full_size()
            return
        if event.key() == Qt.Key.Key_Delete and self.currentItem() is not None:
            self.panel.remove_image()
            return
        super().keyPressEvent(event)


class ImageViewer(QDialog):
    """One evidence image at full size."""

    def __init__(self, data: bytes, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(caption or self.tr("Evidence image"))
        self.picture = QLabel(self)
        self.picture.setPixmap(images.pixmap(data))
        scroll = QScrollArea(self)
        scroll.setWidget(self.picture)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(min(1100, self.picture.pixmap().width() + 60), min(860, self.picture.pixmap().height() + 90))


class EvidencePanel(QWidget):
    """Images and personas of one card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidence_panel")
        self.document: ProjectDocument | None = None
        self.card_id: int | None = None
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setFont(theme.bold(self.title.font()))
        self.error_label = RefusalLabel(self)
        self.images = _ImageList(self)
        self.images.setAccessibleName(self.tr("Evidence images"))
        self.images.setToolTip(self.tr("Drop PNG, JPEG or WebP images here; double-click to see one full size."))
        self.add_button = QPushButton(self.tr("Add an &image…"), self)
        self.view_button = QPushButton(self.tr("&Full size"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.view_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.personas_box = QWidget(self)
        self.personas_grid = QGridLayout(self.personas_box)
        self.personas_grid.setContentsMargins(0, 0, 0, 0)
        self._persona_rows: dict[int, tuple[QCheckBox, NumberBox]] = {}
        self.empty = QLabel(self.tr("Select a card to see its evidence."), self)
        self.empty.setWordWrap(True)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.images, 1)
        body.addLayout(buttons)
        hint = QLabel(self.tr("Personas this card applies to (none ticked: every persona), with their own score:"),
                      self.body)
        hint.setWordWrap(True)
        body.addWidget(hint)
        body.addWidget(self.personas_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.error_label)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.view_button.clicked.connect(self.show_full_size)
        self.remove_button.clicked.connect(self.remove_image)
        self.images.itemDoubleClicked.connect(lambda _item: self.show_full_size())
        self.images.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.show_card(None)

    # ------------------------------------------------------------------ public API

    def set_document(self, document: ProjectDocument | None) -> None:
        """Follow ``document`` (or none)."""
        self.document = follow_changes(self.document, document, self._on_document_changed)
        self.show_card(None)

    def show_card(self, card_id: int | None) -> None:
        """Show the evidence of ``card_id`` (nothing for None or a card that does not exist)."""
        if card_id != self.card_id:
            self.error_label.hide()
        self.card_id = card_id
        self._refresh()

    def add_image_file(self, path: Path | str) -> int | None:
        """Attach the image at ``path`` to the card (checked, downscaled; one undo step); its id, or None."""
        if self.card_id is None or self.document is None:
            return None
        try:
            prepared, mime = images.prepare(images.read_file(path))
        except ParcoursError as error:
            self.error_label.say(error)
            return None
        return self._push(GenericCommand(self.document, Op(ops.add_card_image, {
            "card_id": self.card_id, "image": prepared, "image_type": mime, "caption": Path(path).stem}),
            self.tr("Add an image")))

    def remove_image(self) -> None:
        """Remove the selected image from the card (undo brings it back)."""
        item = self.images.currentItem()
        if item is not None and self.document is not None:
            self._push(GenericCommand(self.document, Op(ops.delete_card_image, {
                "card_image_id": item.data(Qt.ItemDataRole.UserRole)}), self.tr("Remove an image")))

    def show_full_size(self) -> ImageViewer | None:
        """Open the selected image at full size (non-modal); the viewer, or None."""
        item = self.images.currentItem()
        row = (self.document.session.get(CardImage, item.data(Qt.ItemDataRole.UserRole))
               if item is not None and self.document is not None else None)
        if row is None:
            return None
        viewer = ImageViewer(row.image, row.caption, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        return viewer

    # ------------------------------------------------------------------ reading the model

    def _card(self) -> Card | None:
        if self.document is None or self.card_id is None:
            return None
        return self.document.session.get(Card, self.card_id)

    def _refresh(self) -> None:
        card = self._card()
        self.empty.setVisible(card is None)
        self.body.setVisible(card is not None)
        if card is None or self.document is None:
            self.card_id = None
            self.title.setText(self.tr("Evidence"))
            return
        self.title.setText(card.title or self.tr("(untitled)"))
        session = self.document.session
        chosen = self.images.currentItem()
        current = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        self.images.clear()
        for image in session.scalars(select(CardImage).where(CardImage.card_id == card.id)
                                     .order_by(CardImage.position)):
            item = QListWidgetItem(QIcon(images.pixmap(image.image, 96)), image.caption, self.images)
            item.setData(Qt.ItemDataRole.UserRole, image.id)
            if image.id == current:
                self.images.setCurrentItem(item)
        self._show_personas(card, session)
        self._update_buttons()

    def _show_personas(self, card: Card, session: Session) -> None:
        rows = dict(session.execute(select(CardPersona.persona_id, CardPersona.score)
                                    .where(CardPersona.card_id == card.id)).all())
        personas = session.execute(select(Persona.id, Persona.name).order_by(Persona.position)).all()
        scale = project_scale(session)
        if [p for p, _ in personas] != list(self._persona_rows):
            while self.personas_grid.count():
                taken = self.personas_grid.takeAt(0)
                widget = taken.widget() if taken is not None else None
                if widget is not None:
                    widget.deleteLater()
            self._persona_rows = {}
            for index, (persona_id, name) in enumerate(personas):
                check = QCheckBox(name, self.personas_box)
                score = NumberBox(self.personas_box)
                score.setKeyboardTracking(False)
                score.setDecimals(2)
                score.setSingleStep(0.5)
                score.setSpecialValueText(self.tr("Not scored"))
                self.personas_grid.addWidget(check, index, 0)
                self.personas_grid.addWidget(score, index, 1)
                check.toggled.connect(lambda _on, pid=persona_id: self._on_persona_edited(pid))
                score.valueChanged.connect(lambda _v, pid=persona_id: self._on_persona_edited(pid))
                self._persona_rows[persona_id] = (check, score)
        for persona_id, (check, score) in self._persona_rows.items():
            for widget in (check, score):
                widget.blockSignals(True)
            score.setRange(scale.low - 0.5, scale.high)
            check.setChecked(persona_id in rows)
            value = rows.get(persona_id)
            score.setValue(score.minimum() if value is None else value)
            score.setEnabled(persona_id in rows)
            for widget in (check, score):
                widget.blockSignals(False)

    def _update_buttons(self) -> None:
        chosen = self.images.currentItem() is not None
        self.view_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def persona_scores(self) -> dict[int, float | None]:
        """What the persona rows say: persona id -> score (None: not scored) for each ticked persona."""
        result: dict[int, float | None] = {}
        if self.document is None:
            return result
        scale = project_scale(self.document.session)
        for persona_id, (check, score) in self._persona_rows.items():
            if check.isChecked():
                result[persona_id] = None if score.value() < scale.low else round(score.value(), 2)
        return result

    # ------------------------------------------------------------------ slots

    def _on_document_changed(self, change: Change) -> None:
        if self.card_id is None:
            return
        if self.card_id in change.deleted.get("card", ()):
            self.show_card(None)
            return
        touched = touched_tables(change)
        if self.card_id in change.updated.get("card", ()) or touched & {"card_image", "persona", "project"}:
            self._refresh()

    def _on_persona_edited(self, _persona_id: int) -> None:
        if self.card_id is None or self.document is None:
            return
        self._push(GenericCommand(self.document, Op(ops.set_card_personas, {
            "card_id": self.card_id, "scores": self.persona_scores()}), self.tr("Change the card's personas")))

    def _on_add_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add an image"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.webp)"))
        if path:
            self.add_image_file(path)

    def _push(self, command: OpCommand) -> Any:
        return self.error_label.push(command, self._refresh)
