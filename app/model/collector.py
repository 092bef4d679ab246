"""Python's cyclic garbage collector kept out of the way while a big piece of work allocates.

Reading and laying out a big map, or drawing its poster, allocates hundreds of
thousands of objects; the collector would walk every object of the process
several times meanwhile and find almost no garbage (full collections of 100 ms
and more on a 10,000-card map). The editor (``paused_for_a_new_map``) and the
poster both pause it through :func:`collector_paused`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused(*, unless_frozen: bool = False) -> Iterator[None]:
    """The collector off inside the block, and back as it was after it, even on an error.

    A collector already off (a caller pausing it too) stays off. With
    ``unless_frozen``, objects frozen by ``gc.freeze`` keep it on: their owner is
    being replaced inside the block, and its garbage must be collected then. The
    switch is the process's: an export in a worker thread pauses it for the
    editor too, for the export's length only.
    """
    if not gc.isenabled() or (unless_frozen and gc.get_freeze_count() > 0):
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
