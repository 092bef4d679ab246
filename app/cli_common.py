"""What every part of the command line uses: its translations, the ``--journey`` option, input and output files.

Below :mod:`app.cli` (the sub-commands) and :mod:`app.cli_formats` (the
formats of ``export`` and ``import``), so that neither imports the other back.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.orm import Session

from app import i18n
from app.export.files import write_bytes_atomically
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError

#: The translation context of the command line's own sentences.
CONTEXT = "cli"


def tr(text: str) -> str:
    """``text`` (marked with ``QT_TRANSLATE_NOOP("cli", ...)``) in the user's language."""
    return i18n.translate(CONTEXT, text)


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 (newlines as written) beside ``path``, then rename it over ``path``."""
    write_bytes_atomically(path, text.encode("utf-8"))


def check_source(path: Path) -> None:
    """A one-sentence error when an input file is missing or a folder."""
    if path.is_dir():
        raise ParcoursError(QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a file."), path=str(path))
    if not path.exists():
        raise ParcoursError(QT_TRANSLATE_NOOP("errors", "There is no file {path}."), path=str(path))


def journey_option(session: Session, options: argparse.Namespace | None) -> int | None:
    """The id of the journey ``--journey`` names (its title, any case, or its id); None without the option."""
    from sqlalchemy import select

    from app.model.schema import Journey

    wanted: str | None = getattr(options, "journey", None)
    if wanted is None:
        return None
    for ident, title in session.execute(select(Journey.id, Journey.title).order_by(Journey.position)):
        if title.casefold() == wanted.strip().casefold() or str(ident) == wanted.strip():
            return int(ident)
    raise ParcoursError(QT_TRANSLATE_NOOP("errors", "There is no journey {name} in this project."), name=wanted)
