"""Entry point of the frozen bundle: the same ``parcours`` command as the console script."""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
