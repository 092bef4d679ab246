"""Python's cyclic garbage collector kept out of the way while a PDF is drawn.

Drawing a poster of a big map allocates hundreds of thousands of short-lived
objects (layouts, wrapped lines, operator strings); the collector would walk
every object of the process several times meanwhile and find almost no
garbage. The same pause as the editor's when it reads a map
(``app.ui.collector``; this layer cannot import the user interface's).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off inside the block, and back as it was after it, even on an error.

    A collector already off (a caller pausing it too) stays off. The switch is the
    process's: an export in a worker thread pauses it for the editor too, for the
    export's length only (the cycles made meanwhile are collected after it).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
