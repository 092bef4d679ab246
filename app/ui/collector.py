"""Python's cyclic garbage collector kept out of the way while a map is read and laid out.

Reading and laying out a big map allocates hundreds of thousands of objects;
the collector would walk every object of the process several times meanwhile
(full collections of 100 ms and more on a 10,000-card map), a wait before the
first paint that finds almost no garbage. The pause itself is
:func:`app.model.collector.collector_paused`. See also
:func:`app.ui.canvas.lazy.freeze_long_lived`.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from app.model.collector import collector_paused


def paused_for_a_new_map() -> AbstractContextManager[None]:
    """The collector off while a map is read and laid out, and back as it was after, even on an error.

    When objects are frozen (a big map is shown and is about to be replaced), the
    collector stays on: the replaced map's objects are thawed inside the block, and
    its garbage must be collected then, not frozen again with the new map.
    """
    return collector_paused(unless_frozen=True)
