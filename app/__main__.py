"""``python -m app`` and the ``parcours`` console script.

Without a sub-command (``parcours`` or ``parcours FILE``) this opens the
editor; ``new``, ``info``, ``check``, ``export`` and ``import`` run headless
(see :mod:`app.cli`). Both shortcuts below import as little as they can:
``--version`` nothing at all, the editor neither the command line's parser
nor its exporters (see :func:`app.ui.editor_start.run`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

#: The sub-commands of :mod:`app.cli` (kept equal to ``app.cli.COMMANDS`` by a test).
COMMANDS = ("new", "info", "check", "export", "import", "library")


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``parcours`` with ``argv`` (default: the process's arguments) and return the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--version"]:
        # Answered before anything is imported: no ORM, no Qt (the whole CLI takes several times longer).
        from app import __version__

        print(f"parcours {__version__}")
        return 0
    if len(arguments) <= 1 and not (arguments and (arguments[0] in COMMANDS or arguments[0].startswith("-"))):
        editor = _editor()
        if editor is not None:  # else the command line says, in one sentence, that there is no editor
            from pathlib import Path

            return int(editor(Path(arguments[0]) if arguments else None) or 0)
    from app.cli import main as run

    return run(argv)


def _editor() -> Callable[..., int] | None:
    """The editor's ``run`` (given a path or None), or None when this installation has none (a headless build)."""
    try:
        from app.ui.editor_start import run
    except ImportError:
        return None
    return run


if __name__ == "__main__":
    sys.exit(main())
