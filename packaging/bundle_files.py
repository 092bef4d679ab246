"""What the frozen bundle holds, in one place: read by parcours.spec and checked by the tests.

Imports nothing but the standard library, so PyInstaller's spec, the build script and
the tests all load it without the application.
"""

from __future__ import annotations

import re
from pathlib import Path

#: Sub-folders of ``resources/`` that go into the bundle, with the files each needs.
#: Translations go in compiled (``.qm``): nothing is compiled at run time in a read-only install.
RESOURCE_PATTERNS = {
    "fonts": ("*.ttf", "LICENSE-*.txt"),
    "translations": ("*.qm",),
    "schema": ("*.json",),
}
#: Packaging files the bundle carries too (the window icon and the licence), to their bundle folder.
EXTRA_FILES = {
    "packaging/icons/parcours.svg": "resources/icons",
    "LICENSE": ".",
}
#: Modules loaded through importlib by name, which PyInstaller's import scan cannot see.
HIDDEN_IMPORTS = ["app.ui.editor_start",
                  # The team library's driver, which SQLAlchemy loads by the URL's name (postgresql+psycopg).
                  "psycopg", "sqlalchemy.dialects.postgresql.psycopg",
                  # Imported only by the migration files, which Alembic loads from the disk.
                  "app.library.grants", "alembic.runtime.environment", "alembic.op",
                  # ReportLab's C accelerator, which reportlab.lib.rl_accel imports through exec().
                  "_rl_accel"]
#: Folders of the app that a library reads from the disk, not through imports: Alembic runs the
#: library's migrations from their files (app.library.admin).
SOURCE_FOLDERS = {"app/library/migrations": ("*.py", "*.mako")}
#: Modules Parcours never uses that the scan would drag in (tests, notebooks, other Qt bindings).
#: QtOpenGL and QtOpenGLWidgets stay: pyqtgraph imports them at start-up.
EXCLUDED_MODULES = [
    "tkinter", "unittest", "pydoc_data", "test", "IPython", "jupyter_client", "matplotlib",
    "PyQt5", "PyQt6", "PySide2", "pytest", "hypothesis",
    "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter", "pyqtgraph.canvas",
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2", "PySide6.QtSql",
    "PySide6.QtTest", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools",
    "PIL.AvifImagePlugin", "PIL._avif",  # AVIF alone brings 5 MB of libavif
    # python-pptx and openpyxl use lxml.etree only.
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.html.clean",
    # The team library's driver uses the system's libpq (the .deb depends on libpq5) instead
    # of the 10 MB libpq, OpenSSL, Kerberos and LDAP that psycopg's binary wheel vendors.
    "psycopg_binary", "psycopg_c",
    "PySide6.QtConcurrent", "PySide6.QtDBus", "PySide6.QtPrintSupport", "PySide6.QtXml",
]
#: Prefixes of the Qt shared libraries kept (everything else of Qt is left out).
QT_LIBRARIES_KEPT = (
    "libQt6Core", "libQt6Gui", "libQt6Widgets", "libQt6Svg", "libQt6DBus", "libQt6XcbQpa",
    "libQt6EglFSDeviceIntegration", "libQt6OpenGL",
    "Qt6Core", "Qt6Gui", "Qt6Widgets", "Qt6Svg",
)
#: Kinds of Qt plugin kept (the folders under ``Qt/plugins``).
#: No Wayland plugins: on a Wayland desktop Qt falls back to X11 (XWayland), which every such desktop offers.
PLUGINS_KEPT = ("platforms", "imageformats", "iconengines", "platformthemes", "xcbglintegrations",
                "platforminputcontexts", "styles")
#: Qt's own catalogues kept (Save / Discard / Cancel, file dialogs in French): the interface's languages.
QT_CATALOGUES_KEPT = ("qtbase_fr", "qt_fr", "qtbase_en", "qt_en")
#: Image formats Qt may read or write for Parcours: photos and evidence (PNG is built in), icons.
IMAGE_FORMATS_KEPT = ("libqjpeg", "libqwebp", "libqgif", "libqsvg", "libqico")
#: Plugins left out: the GTK theme (it drags GTK, Cairo and Pango in) and screens without a desktop.
PLUGINS_DROPPED = ("libqgtk3", "libqvnc", "libqlinuxfb", "libqvkkhrdisplay", "libqeglfs",
                   "libqminimalegl", "libqtuio", "libqevdev", "libqwayland")


def repository_root(start: Path) -> Path:
    """The checkout holding ``pyproject.toml``, searched upwards from ``start``."""
    for folder in (start, *start.resolve().parents):
        if (folder / "pyproject.toml").is_file() and (folder / "app").is_dir():
            return folder
    raise FileNotFoundError(f"no Parcours checkout above {start}")


def read_version(root: Path) -> str:
    """``app.__version__``, read from its source (the single place the version is written)."""
    text = (root / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise ValueError("app/__init__.py has no __version__")
    return match.group(1)


def data_files(root: Path) -> list[tuple[str, str]]:
    """``(source, folder in the bundle)`` for every bundled file; fails when one is missing."""
    pairs: list[tuple[str, str]] = []
    for folder, patterns in RESOURCE_PATTERNS.items():
        for pattern in patterns:
            found = sorted((root / "resources" / folder).glob(pattern))
            if not found:
                raise FileNotFoundError(
                    f"resources/{folder}/{pattern} matches nothing (run `make translations` first for .qm files)")
            pairs.extend((str(path), f"resources/{folder}") for path in found)
    for folder, patterns in SOURCE_FOLDERS.items():
        for pattern in patterns:
            for path in sorted((root / folder).rglob(pattern)):
                if "__pycache__" not in path.parts:
                    pairs.append((str(path), str(path.parent.relative_to(root))))
    for source, target in EXTRA_FILES.items():
        path = root / source
        if not path.is_file():
            raise FileNotFoundError(f"{source} is missing")
        pairs.append((str(path), target))
    return pairs
