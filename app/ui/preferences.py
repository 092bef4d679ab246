"""Settings > Preferences: language, theme, the poster's default paper and options, units, where work is kept.

The dialog reads and writes :mod:`app.ui.settings` (the poster defaults are
the poster dialog's own memory, :func:`app.ui.export_settings.load_options`).
The theme applies at once (the map repaints), the units at the next length
shown (the poster dialog opened next); a new language says, in that language,
that it applies at the next start.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.export.poster_options import POSTER_PAPERS
from app.model.data_folder import data_dir
from app.ui import export_settings, settings, theme, units


def _combo(parent: QWidget, choices: list[tuple[str, object]], current: object) -> QComboBox:
    combo = QComboBox(parent)
    for text, value in choices:
        combo.addItem(text, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(0, index))
    return combo


class PreferencesDialog(QDialog):
    """The editor's preferences, in one dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        poster = export_settings.load_options()
        self.language = _combo(self, [(self.tr("Follow the system"), ""), ("English", "en"), ("Français", "fr")],
                               settings.language())
        self.theme = _combo(self, [(self.tr("Follow the system"), "system"), (self.tr("Light"), "light"),
                                   (self.tr("Dark"), "dark")], settings.theme())
        self.paper = _combo(self, [(units.paper_label(paper), paper) for paper in POSTER_PAPERS],
                            poster.paper)
        self.orientation = _combo(self, [(self.tr("Automatic"), None), (self.tr("Portrait"), "portrait"),
                                         (self.tr("Landscape"), "landscape")], poster.orientation)
        self.legend = QCheckBox(self.tr("Legend on the poster"), self)
        self.legend.setChecked(poster.legend)
        self.personas = QCheckBox(self.tr("Personas panel on the poster"), self)
        self.personas.setChecked(poster.persona_panel)
        self.units = _combo(self, [(self.tr("Millimetres (mm)"), "mm"), (self.tr("Inches (in)"), "in")],
                            settings.preference("units"))
        self.units.currentIndexChanged.connect(self._on_units_current_index_changed)
        folder = QLabel(str(data_dir()), self)
        folder.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("Open the folder"), self)
        self.open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir()))))
        where = QHBoxLayout()
        where.addWidget(folder, 1)
        where.addWidget(self.open_folder)
        autosave = QLabel(self.tr("Every change is kept at once in a working copy beside your file's recovery "
                                  "record: after a crash, nothing is lost, so there is no interval to set."), self)
        autosave.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("Poster paper:"), self.paper)
        form.addRow(self.tr("Poster orientation:"), self.orientation)
        form.addRow("", self.legend)
        form.addRow("", self.personas)
        form.addRow(self.tr("Units:"), self.units)
        form.addRow(self.tr("Recovery folder:"), where)
        form.addRow(self.tr("Autosave:"), autosave)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _on_units_current_index_changed(self, _index: int) -> None:
        # The papers' sizes are written in the unit being chosen.
        for row in range(self.paper.count()):
            self.paper.setItemText(row, units.paper_label(self.paper.itemData(row), self.units.currentData()))

    def apply(self) -> bool:
        """Store the choices and apply the theme at once; True when the language changed (a restart applies it)."""
        theme_choice = self.theme.currentData()
        settings.set_preference("theme", theme_choice)
        settings.set_preference("units", self.units.currentData())
        app = QApplication.instance()
        if app is not None:
            theme.apply(app, theme_choice)
        export_settings.save_options(replace(export_settings.load_options(), paper=self.paper.currentData(),
                                           orientation=self.orientation.currentData(),
                                           legend=self.legend.isChecked(), persona_panel=self.personas.isChecked()))
        changed = self.language.currentData() != settings.language()
        if changed:
            settings.set_language(self.language.currentData())
        return changed
