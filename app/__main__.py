"""``python -m app`` and the ``parcours`` console script.

Without a sub-command (``parcours`` or ``parcours FILE``) this opens the
editor; ``new``, ``info``, ``check``, ``export`` and ``import`` run headless
(see :mod:`app.cli`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``parcours`` with ``argv`` (default: the process's arguments) and return the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--version"]:
        # Answered before anything is imported: no ORM, no Qt (the whole CLI takes several times longer).
        from app import __version__

        print(f"parcours {__version__}")
        return 0
    from app.cli import main as run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
