"""Python's cyclic garbage collector kept out of the way while a map is read and laid out.

Reading and laying out a big map allocates hundreds of thousands of objects;
the collector would walk every object of the process several times meanwhile
(full collections of 100 ms and more on a 10,000-card map), a wait before the
first paint that finds almost no garbage. See also
:func:`app.ui.canvas.lazy.freeze_long_lived`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_for_a_new_map() -> Iterator[None]:
    """The collector off inside the block, and back as it was after it, even on an error.

    When objects are frozen (a big map is shown and is about to be replaced), the
    collector stays on: the replaced map's objects are thawed inside the block, and
    its garbage must be collected then, not frozen again with the new map.
    """
    if not gc.isenabled() or gc.get_freeze_count() > 0:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
