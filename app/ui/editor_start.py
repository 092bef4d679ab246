"""How ``parcours [FILE]`` starts the editor: the window on the file, shown, then the event loop.

:func:`start` is the user's real path from the command line to the first
painted map (the benchmarks time it); :func:`run` adds the event loop and
the offer to recover crashed work.

The map paints before SQLAlchemy is imported: the first journey is read
with the sqlite3 driver (:mod:`app.model.first_read`) and shown in a window
that has only its frame; the window's parts, the ORM and the document come
right after the first paint (a key, a click or any use of the document
waits for them). A file that read fails on is opened the ordinary way, at
once. tests/test_start_up.py checks that this path imports no SQLAlchemy.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from app import i18n
from app.model.errors import ParcoursError, ProjectFileError
from app.model.first_read import read_first_journey
from app.ui import settings, theme
from app.ui.main_window import MainWindow, keep_alive


def run(path: Path | None) -> int:
    """Start the editor on ``path`` (or the start screen), offer to recover crashed work, return the exit code.

    A file that cannot be opened ends the run with a sentence on stderr; one
    that someone else has open is asked about (read-only, anyway) in the window.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = start(path)
    if window is None:
        return 1
    window.start_refused.connect(lambda: app.exit(1))  # the file read first, then refused: exit code 1, as before
    # Once the document is open (after the map's first paint when the start read it first).
    window.now_or_after_paint(lambda: QTimer.singleShot(0, window, window.offer_recovery))
    return app.exec()


def start(path: Path | None) -> MainWindow | None:
    """The editor's window on ``path`` (or the start screen), shown: what ``parcours [FILE]`` does before its loop.

    Needs a QApplication. Returns None, having said why on stderr, when
    ``path`` cannot be opened (a locked file is asked about in the window,
    once the loop runs). The benchmarks time this function, so it is the
    user's real path from the command line to the first painted map.
    """
    app = cast(QApplication, QApplication.instance())
    QCoreApplication.setApplicationName("Parcours")
    QCoreApplication.setOrganizationName("Parcours")
    i18n.install(settings.language() or None)
    theme.apply(app, settings.theme())  # light or dark, following the desktop unless the user chose
    first = read_first_journey(path) if path is not None else None
    if path is not None and first is not None:  # the map first; the window's parts and the document after it
        window = MainWindow(parts_later=True)
        window.show_first_read(path, first)
        keep_alive(window)
        window.show()
        return window
    window = MainWindow()
    if path is not None:
        window.hold_until_first_paint()  # the map first: the side panes are filled once it has painted
        try:
            window.open_path(path)
            window.now_or_after_paint(window.method.hold_reading())  # the plan and KPIs behind the curve
        except ProjectFileError as error:
            if error.kind != "locked":
                print(error.message(i18n.translate), file=sys.stderr)
                window.deleteLater()
                return None
            QTimer.singleShot(0, window, lambda: window.open_interactive(path))
        except ParcoursError as error:
            print(error.message(i18n.translate), file=sys.stderr)
            window.deleteLater()
            return None
        finally:
            window.release_if_nothing_open()
    keep_alive(window)
    window.show()
    return window
