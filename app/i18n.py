"""Translations: English source strings, French catalogue, shared by the editor and the CLI.

The catalogues are Qt Linguist files in ``resources/translations`` (``.ts``,
compiled to ``.qm`` at install time by ``make translations``; when a ``.qm``
is missing but ``pyside6-lrelease`` is at hand it is compiled into the user's
cache on first use). Only QtCore is needed, so the CLI translates without a
screen. The language follows the system unless the user chose one.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: Languages the interface speaks.
LANGUAGES = ("en", "fr")

_translators: list[QTranslator] = []


def _noop(context: str, text: str) -> str:
    return text


# Qt's own strings that its French catalogue lacks (Qt 6 added mnemonics to them): ours translates them.
QT_TRANSLATE_NOOP = _noop
_QT_GAPS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))
_current = "en"


def system_language() -> str:
    """``fr`` or ``en`` from ``PARCOURS_LANG``, then the locale environment, then Qt's system locale."""
    for name in ("PARCOURS_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        if value and value not in {"C", "POSIX"} and not value.startswith("C."):
            return "fr" if value.lower().startswith("fr") else "en"
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def _translations_dir() -> Path:
    from app.resources import translations_dir

    return translations_dir()


def _qm_path(language: str) -> Path | None:
    folder = _translations_dir()
    qm = folder / f"parcours_{language}.qm"
    ts = folder / f"parcours_{language}.ts"
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.exists():
        return qm if qm.exists() else None
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "parcours"
    cached = cache / qm.name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    import shutil  # here: a checkout compiling its catalogue, never an installed start
    import subprocess

    lrelease = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease:
        cache.mkdir(parents=True, exist_ok=True)
        # Written beside and renamed over: another Parcours may have the old one mapped.
        partial = cached.with_name(f"{cached.name}.{os.getpid()}.part")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(partial)], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if partial.exists():
            os.replace(partial, cached)
        if cached.exists():
            return cached
    return qm if qm.exists() else None


def install(language: str | None = None) -> str:
    """Load the catalogue of ``language`` (default: the system's) and return the language used.

    Works with or without a ``QCoreApplication``; when one exists the
    translator is installed on it too, so widgets' ``tr()`` follow.
    """
    global _current
    language = language if language in LANGUAGES else system_language()
    app = QCoreApplication.instance()
    for translator in _translators:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _translators.clear()
    _current = language
    if language != "en":
        path = _qm_path(language)
        translator = QTranslator()
        if path is not None and translator.load(str(path)):
            _translators.append(translator)
        # Qt's own strings (Save / Discard / Cancel, file dialogs, key names such as "Suppr").
        qt_translator = QTranslator()
        if qt_translator.load(f"qtbase_{language}", qt_translations_dir()):
            _translators.append(qt_translator)
        if app is not None:
            for loaded in _translators:
                QCoreApplication.installTranslator(loaded)
    return language


def qt_translations_dir() -> str:
    """The folder of Qt's own catalogues (``qtbase_fr.qm``...) shipped with PySide6 (or the frozen bundle)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def current_language() -> str:
    """The language installed last (``en`` before any call to :func:`install`)."""
    return _current


def translate(context: str, text: str) -> str:
    """Translate ``text`` of ``context`` with the installed catalogue (or return it unchanged)."""
    for translator in _translators:
        result = translator.translate(context, text)
        if result:
            return result
    return text


_catalogues: dict[str, QTranslator | None] = {}


def translate_in(language: str, context: str, text: str) -> str:
    """Translate ``text`` into ``language`` whatever the interface speaks (documents in the project's language).

    The catalogue is loaded once per language and never installed on the
    application, so the interface keeps its own language; unknown languages
    and English return ``text``.
    """
    if language not in _catalogues:
        translator = None
        if language in LANGUAGES and language != "en":
            path = _qm_path(language)
            candidate = QTranslator()
            if path is not None and candidate.load(str(path)):
                translator = candidate
        _catalogues[language] = translator
    translator = _catalogues[language]
    if translator is None:
        return text
    return translator.translate(context, text) or text
