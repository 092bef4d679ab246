"""Help > About Parcours: version, licence, and the licences of what Parcours bundles (fonts, icons, Qt)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

import app
from app import resources


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


class AboutDialog(QDialog):
    """What Parcours is, its version and licence, and the bundled parts' licences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Parcours"))
        self.resize(620, 520)
        tagline = self.tr("Customer journey maps, offline.")
        built = self.tr("Qt %1 through PySide6 %2.").replace("%1", qVersion()).replace("%2", pyside_version)
        heading = QLabel(f"<h2>Parcours {escape(app.__version__)}</h2><p>{escape(tagline)}</p>"
                         f"<p>{escape(built)}</p>", self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        self.tabs = QTabWidget(self)
        licence = _read(resources.resources_dir().parent / "LICENSE") or self.tr(
            "Parcours is free software under the MIT licence.")
        self.tabs.addTab(self._text(licence), self.tr("Licence (MIT)"))
        fonts = _read(resources.resources_dir() / "fonts" / "LICENSE-DejaVu.txt")
        self.tabs.addTab(self._text(self.tr("The editor and every export use the DejaVu Sans fonts, bundled "
                                            "with Parcours under their own licence:") + "\n\n" + fonts),
                         self.tr("Fonts (DejaVu)"))
        self.tabs.addTab(self._text(self.tr(
            "The channel icons, the palette's card swatches and the thumbnails are drawn by Parcours itself as "
            "vector paths (MIT, like Parcours). Toolbar icons come from Qt's style and the desktop's icon "
            "theme.\n\nQt and PySide6 are used under the GNU LGPL version 3; pyqtgraph under the MIT licence; "
            "SQLAlchemy under the MIT licence; ReportLab under the BSD licence.")),
            self.tr("Icons and libraries"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _text(self, text: str) -> QTextBrowser:
        browser = QTextBrowser(self)
        browser.setPlainText(text)
        browser.setOpenExternalLinks(False)
        return browser
