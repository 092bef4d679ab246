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
    from app.cli import main as run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
