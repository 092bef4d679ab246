"""Settings > Language and Preferences, and Help > About, for a main window.

:class:`PreferencesController` is made once by the main window, which is
its :class:`PreferencesHost`; the language actions are the window's.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from app.ui import settings


class PreferencesHost(Protocol):
    """What the preferences use of their window."""

    def tell_restart_needed(self, language: str) -> None:
        """Say, in ``language``, that it applies when Parcours starts again."""

    def show_status(self, text: str, msecs: int) -> None:
        """Say something in the status bar for ``msecs``."""


class PreferencesController(QObject):
    """The language menu, the Preferences dialog and the About box of a window."""

    def __init__(self, host: PreferencesHost, window: QWidget, actions: dict[str, QAction]) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
        self._actions = actions

    def set_language(self, code: str) -> None:
        """Remember the language for the next start ("" follows the system)."""
        settings.set_language(code)
        self.update_language_menu()
        self._host.show_status(self.tr("The language changes the next time Parcours starts."), 8000)
        self._host.tell_restart_needed(code)  # issue 13: said plainly, in a dialog, in the language chosen

    def update_language_menu(self) -> None:
        """Check the language chosen in Settings > Language."""
        chosen = settings.language()
        self._actions[f"language_{chosen or 'system'}"].setChecked(True)

    def show_preferences(self) -> None:
        """Settings > Preferences: the dialog, then its choices applied (the theme at once)."""
        from app.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            language = dialog.language.currentData()
            if dialog.apply():
                self.update_language_menu()
                self._host.tell_restart_needed(language)

    def show_about(self) -> None:
        """Help > About Parcours."""
        from app.ui.about import AboutDialog

        AboutDialog(self._window).exec()
