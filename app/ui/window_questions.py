"""The questions the main window asks, as dialogs: where to save, which file to open, which resolution...

Each function here is the real dialog behind one of the window's ``ask_*``
hooks (:class:`~app.ui.main_window.MainWindow`). The controllers ask through
those hooks, never through these functions, so a test replaces a hook and
no dialog ever blocks it. The strings keep the context of the controller
whose question it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QStyle,
    QWidget,
)

from app import i18n
from app.model import dates
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError, ProjectFileError
from app.model.recovery import RecoveryRecord
from app.ui.window_export_formats import IMAGE_DPIS

# Called by this name with literal strings so that lupdate finds them (a wrapper would hide them).
translate = QCoreApplication.translate


#: Shown in the language just chosen (so not through tr(), which speaks the running one).
_RESTART_NEEDED = QT_TRANSLATE_NOOP("FilesController", "Parcours will speak this language the next time it starts. "
                                                       "Close it and open it again to switch now.")


def show_error(parent: QWidget, error: ParcoursError) -> None:
    """Explain a refused action in one sentence."""
    QMessageBox.warning(parent, "Parcours", error.message(i18n.translate))


def tell_restart_needed(parent: QWidget, language: str) -> None:
    """Say, in ``language`` (just chosen; "" for the system's), that it applies when Parcours starts again."""
    language = language or i18n.system_language()
    if language == i18n.current_language():
        return
    QMessageBox.information(parent, "Parcours", i18n.translate_in(language, "FilesController", _RESTART_NEEDED))


# ------------------------------------------------------------------ files


def ask_to_save(parent: QWidget, name: str) -> QMessageBox.StandardButton:
    """Ask Save / Discard / Cancel about the unsaved changes of ``name``."""
    return QMessageBox.question(
        parent, "Parcours", translate("FilesController", "Save the changes to %1 before closing?").replace("%1", name),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save)


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to save the project (None: cancelled)."""
    path, _ = QFileDialog.getSaveFileName(parent, translate("FilesController", "Save the project as"), str(suggested),
                                          translate("FilesController", "Parcours projects (*.parcours)"))
    return Path(path) if path else None


def _titled_input(parent: QWidget, title: str, label: str) -> QInputDialog:
    """An input dialog wide enough for its whole title in the window manager's title bar.

    The static ``QInputDialog.getText`` sizes the dialog to its field: "Enregistrer comme modèle" was cut.
    """
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    # The title bar's font is the window manager's, usually bolder: room for the title, its buttons and margins.
    # The dialog's layout fixes its size from its contents: the label is what is made wider.
    width = max(360, int(dialog.fontMetrics().horizontalAdvance(title) * 1.3) + 140)
    for child in dialog.findChildren(QLabel):
        child.setMinimumWidth(width - 2 * dialog.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin))
    return dialog


def ask_template_name(parent: QWidget, suggested: str) -> str | None:
    """Ask the name of a new template (None: cancelled)."""
    dialog = _titled_input(parent, translate("FilesController", "Save as template"),
                           translate("FilesController", "Template name:"))
    dialog.setTextValue(suggested)
    if not dialog.exec():
        return None
    name = dialog.textValue().strip()
    return name or None


def ask_open_path(parent: QWidget, folder: Path) -> Path | None:
    """Ask which project to open (None: cancelled)."""
    path, _ = QFileDialog.getOpenFileName(parent, translate("FilesController", "Open a project"), str(folder),
                                          translate("FilesController", "Parcours projects (*.parcours)"))
    return Path(path) if path else None


def ask_locked(parent: QWidget, error: ProjectFileError, *, read_only: bool = True) -> str | None:
    """Someone has the project open: "read_only", "anyway" or None (cancel)."""
    box = QMessageBox(QMessageBox.Icon.Question, "Parcours", error.message(i18n.translate),
                      QMessageBox.StandardButton.Cancel, parent)
    choices: dict[QAbstractButton, str] = {}
    if read_only:
        choices[box.addButton(translate("FilesController", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)] = \
            "read_only"
    choices[box.addButton(translate("FilesController", "Open anyway"), QMessageBox.ButtonRole.DestructiveRole)] = \
        "anyway"
    box.exec()
    return choices.get(box.clickedButton())


def ask_recovery(parent: QWidget, record: RecoveryRecord) -> str:
    """Unsaved work was left by a crash: "recover", "discard" or "later"."""
    name = record.document.name if record.document else (
        record.title or translate("FilesController", "an untitled project"))
    when = dates.datetime_text(dates.local_time(record.opened_at), i18n.current_language()) \
        if record.opened_at else "?"
    question = translate("FilesController",
                         "Parcours stopped unexpectedly with unsaved changes to %1 (opened %2). Recover them?")
    box = QMessageBox(QMessageBox.Icon.Question, translate("FilesController", "Recover unsaved work"),
                      question.replace("%1", name).replace("%2", when), QMessageBox.StandardButton.NoButton, parent)
    recover = box.addButton(translate("FilesController", "Recover"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("FilesController", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("FilesController", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    answers: dict[QAbstractButton, str] = {recover: "recover", discard: "discard"}
    return answers.get(box.clickedButton(), "later")


# ------------------------------------------------------------------ exports and imports


def ask_export_path(parent: QWidget, title: str, suggested: Path, filters: str) -> tuple[Path | None, str]:
    """Ask where to write an export: the path (None: cancelled) and the file type chosen."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return (Path(path) if path else None), chosen


def ask_image_dpi(parent: QWidget, current: int) -> int | None:
    """Ask the resolution of a PNG, offering :data:`IMAGE_DPIS` with ``current`` first chosen (None: cancelled)."""
    labels = [translate("ExportsController", text) for _dpi, text in IMAGE_DPIS]
    dpis = [dpi for dpi, _text in IMAGE_DPIS]
    index = dpis.index(current) if current in dpis else 0
    dialog = _titled_input(parent, translate("ExportsController", "Image resolution"),
                           translate("ExportsController", "Resolution:"))
    dialog.setComboBoxItems(labels)
    dialog.setComboBoxEditable(False)
    dialog.setTextValue(labels[index])
    if not dialog.exec():
        return None
    text = dialog.textValue()
    return dpis[labels.index(text)] if text in labels else None


def make_progress_dialog(parent: QWidget, label: str) -> QProgressDialog:
    """The window-modal progress dialog of a background export (shown after 300 ms, with Cancel)."""
    dialog = QProgressDialog(label, translate("ExportsController", "Cancel"), 0, 1000, parent)
    dialog.setWindowTitle("Parcours")
    dialog.setMinimumWidth(380)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog


def ask_import_path(parent: QWidget, folder: Path, filters: str) -> Path | None:
    """Ask which file to import (None: cancelled)."""
    path, _ = QFileDialog.getOpenFileName(parent, translate("ImportsController", "Import a journey"), str(folder),
                                          filters)
    return Path(path) if path else None


def show_import_warnings(parent: QWidget, path: Path, warnings: list[str]) -> None:
    """Show what an import had to guess or skip, once, without blocking the window."""
    _show_remarks(parent, translate("ImportsController", "%1 was imported with %2 remarks."), path, warnings)


def show_export_warnings(parent: QWidget, path: Path, warnings: list[str]) -> None:
    """Show what an export could not carry, once, without blocking the window."""
    _show_remarks(parent, translate("ExportsController", "%1 was written with %2 remarks."), path, warnings)


def _show_remarks(parent: QWidget, headline: str, path: Path, warnings: list[str]) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "Parcours",
                      headline.replace("%1", path.name).replace("%2", str(len(warnings))),
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText("\n".join(warnings[:5]))
    if len(warnings) > 5:
        box.setDetailedText("\n".join(warnings))
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
