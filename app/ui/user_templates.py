"""The user's own templates: any project saved as a template, listed on the start screen.

A template is the whole project as lossless JSON
(:mod:`app.export.project_json`) in ``<data folder>/templates/NAME.json``; a
new project from it is an untitled copy (:func:`populate_from`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.model.data_folder import data_dir
from app.model.errors import QT_TRANSLATE_NOOP, ProjectFileError


def folder() -> Path:
    """Where the user's templates live."""
    return data_dir() / "templates"


def listed() -> list[tuple[str, Path]]:
    """(name, file) of each user template, by name."""
    if not folder().is_dir():
        return []
    return sorted(((path.stem, path) for path in folder().glob("*.json") if path.is_file()),
                  key=lambda item: item[0].casefold())


def file_name(name: str) -> str:
    """A safe file name for a template called ``name``."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).strip(" .")
    return (cleaned or "template")[:80] + ".json"


def save(session: Session, name: str) -> Path:
    """Write the project of ``session`` as the template ``name`` (replacing one of that name)."""
    from app.export import project_json  # when saving: the JSON exporter is not on the editor's start path

    target = folder() / file_name(name)
    try:
        folder().mkdir(parents=True, exist_ok=True)
        text = project_json.dumps(project_json.export_project(session))
        partial = target.with_suffix(".json.part")
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)
    except OSError as error:
        raise ProjectFileError("io", QT_TRANSLATE_NOOP(
            "errors", "Parcours could not write {path}: {reason}."), path=str(target),
            reason=error.strerror or str(error)) from error
    return target


def read(path: Path) -> dict[str, Any]:
    """The JSON of a user template (ProjectFileError when it cannot be read)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ProjectFileError("damaged", QT_TRANSLATE_NOOP(
            "errors", "The template {path} cannot be read; delete it or save it again."),
            path=str(path)) from error


def populate_from(path: Path) -> Callable[[Session], None]:
    """A ``populate(session)`` for :meth:`ProjectStore.create` that copies the template at ``path``."""
    from app.export.read.project_json import import_project  # when used: not on the editor's start path

    data = read(path)

    def populate(session: Session) -> None:
        import_project(session, data)  # an empty project takes the template's fields too

    return populate
