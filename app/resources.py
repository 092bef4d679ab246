"""Where the bundled files live: fonts, translations, the JSON schema, icons.

They sit in the top-level ``resources/`` folder of the repository. Three
installations are supported, tried in this order:

1. ``PARCOURS_RESOURCES_DIR`` names the folder (packagers, tests); when it is
   set, no other folder is tried;
2. a checkout or an editable install (``pip install -e .``): the folder beside
   the ``app`` package;
3. a plain ``pip install .``: the wheel installs the folder as data files under
   ``<prefix>/share/parcours/resources``, found through the installed
   distribution's file list (so ``--user`` and venv installs both work).

This module imports no Qt, so the model, the exporters and the CLI may use it.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path, PurePosixPath

from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError

#: Environment variable that overrides where the resources are looked for.
RESOURCES_ENV = "PARCOURS_RESOURCES_DIR"
#: Name of the installed distribution (``pip install .``).
DISTRIBUTION = "parcours"
#: Where the wheel puts the folder, relative to the installation prefix.
INSTALLED_SUBDIR = PurePosixPath("share", "parcours", "resources")
#: The font family shared by the canvas and the posters, so print matches screen.
FONT_FAMILY = "DejaVu Sans"
#: File of each style of :data:`FONT_FAMILY` in ``resources/fonts``.
FONT_FILES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
}
#: A file every complete resources folder holds; tells ours from any other ``resources``.
_MARKER = PurePosixPath("fonts", FONT_FILES["regular"])


class ResourcesMissingError(ParcoursError):
    """The installation lacks the bundled files (or one of them)."""


def _is_resources_dir(path: Path) -> bool:
    return (path / _MARKER).is_file()


def _installed_dirs() -> list[Path]:
    """Candidate folders of a non-editable install, best first."""
    from importlib import metadata  # only for a plain install (loading it costs the editor's start)

    found: list[Path] = []
    try:
        distribution = metadata.distribution(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        distribution = None
    marker = f"{INSTALLED_SUBDIR}/{_MARKER}"
    for file in (distribution.files or []) if distribution is not None else []:
        if PurePosixPath(file).as_posix().endswith(marker):
            located = Path(str(file.locate())).resolve()
            # located is <root>/fonts/DejaVuSans.ttf: climb back to <root>.
            found.append(located.parents[len(_MARKER.parts) - 1])
            break
    import site  # here: only a plain install looks there
    import sysconfig

    prefixes = [sysconfig.get_path("data"), sys.prefix, getattr(site, "USER_BASE", None)]
    found.extend(Path(prefix) / INSTALLED_SUBDIR for prefix in prefixes if prefix)
    return found


def candidate_dirs() -> list[Path]:
    """Every folder :func:`resources_dir` considers, in the order it tries them."""
    candidates: list[Path] = []
    override = os.environ.get(RESOURCES_ENV)
    if override:
        candidates.append(Path(override).expanduser())
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    candidates.extend(_installed_dirs())
    return list(dict.fromkeys(candidates))


@cache
def _find(override: str | None) -> Path:
    if override:
        # A packager who names a folder means that one: no silent fallback to another copy.
        if _is_resources_dir(Path(override).expanduser()):
            return Path(override).expanduser()
        raise ResourcesMissingError(QT_TRANSLATE_NOOP(
            "errors", "The folder {path} named by {variable} does not hold the Parcours resources."),
            path=override, variable=RESOURCES_ENV)
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if _is_resources_dir(checkout):  # the first candidate without an override: the installed ones not even listed
        return checkout
    for candidate in candidate_dirs():
        if _is_resources_dir(candidate):
            return candidate
    raise ResourcesMissingError(QT_TRANSLATE_NOOP(
        "errors", "Parcours is not installed completely: its resources folder is missing; reinstall it."))


def resources_dir() -> Path:
    """The ``resources`` folder of this installation.

    Raises :class:`ResourcesMissingError` when no complete folder is found.
    """
    return _find(os.environ.get(RESOURCES_ENV) or None)


def resource_path(*parts: str) -> Path:
    """The path of ``resources/<parts...>``; raises :class:`ResourcesMissingError` if it does not exist."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise ResourcesMissingError(QT_TRANSLATE_NOOP(
            "errors", "Parcours is not installed completely: {name} is missing; reinstall it."),
            name="/".join(parts))
    return path


def font_path(style: str = "regular") -> Path:
    """The TTF file of :data:`FONT_FAMILY` in ``style`` (``regular``, ``bold`` or ``italic``)."""
    if style not in FONT_FILES:
        raise ValueError(f"unknown font style {style!r}; expected one of {', '.join(FONT_FILES)}")
    return resource_path("fonts", FONT_FILES[style])


def font_paths() -> dict[str, Path]:
    """Every style of the bundled font family, by style name."""
    return {style: font_path(style) for style in FONT_FILES}


def translations_dir() -> Path:
    """The folder of the ``parcours_<lang>.ts`` catalogues and their compiled ``.qm`` files."""
    return resource_path("translations")


def schema_path() -> Path:
    """The JSON schema of the project interchange format (``parcours export FILE OUT.json``)."""
    return resource_path("schema", "parcours-project.schema.json")
