"""A child process for the kill -9 tests: open a document, edit and save, and kill itself at one point.

``python kill_child.py DOCUMENT POINT N``: the process sends itself SIGKILL
the ``N``-th time it reaches ``POINT`` (see :data:`POINTS`). It prints
``returned I`` once edit ``I`` has returned (committed to the working copy)
and ``saved I`` once the save after edit ``I`` has returned. Edit ``I`` sets
the title of card ``CARDS[I % len(CARDS)]`` to ``edit I``; a save follows
every edit ``I`` with ``I % 4 == 3``.
"""

from __future__ import annotations

import os
import signal
import sys

from sqlalchemy import event, select

from app.model import ops, recovery, storefile
from app.model import store as store_module
from app.model.schema import Card
from app.model.store import ProjectStore

EDITS = 12
POINTS = ("after_flush", "before_commit", "after_commit", "save_start", "save_copied", "save_fsync",
          "before_rename", "after_rename", "save_folder_sync", "save_record")


def main(document: str, point: str, count: int) -> None:
    hits = 0

    def reach(name: str) -> None:
        nonlocal hits
        if name == point:
            hits += 1
            if hits == count:
                os.kill(os.getpid(), signal.SIGKILL)

    def before(name: str, function):
        def wrapped(*args, **kwargs):
            reach(name)
            return function(*args, **kwargs)
        return wrapped

    def after(name: str, function):
        def wrapped(*args, **kwargs):
            result = function(*args, **kwargs)
            reach(name)
            return result
        return wrapped

    real_replace = os.replace

    def replace(source, target, *args, **kwargs):
        ours = str(target).endswith(".parcours")
        if ours:
            reach("before_rename")
        real_replace(source, target, *args, **kwargs)
        if ours:
            reach("after_rename")

    os.replace = replace
    store_module.write_document = before("save_start", store_module.write_document)
    storefile.copy_database = after("save_copied", storefile.copy_database)
    storefile.fsync_path = before("save_fsync", storefile.fsync_path)
    storefile._fsync_folder = before("save_folder_sync", storefile._fsync_folder)
    recovery.WorkingCopy.write_record = before("save_record", recovery.WorkingCopy.write_record)

    store = ProjectStore.open(document)
    session = store.session
    for name in ("after_flush", "before_commit", "after_commit"):
        event.listen(session, name, lambda *_args, name=name: reach(name))
    cards = list(session.scalars(select(Card.id).order_by(Card.id)))
    for index in range(EDITS):
        ops.update_card(session, cards[index % len(cards)], title=f"edit {index}")
        session.commit()
        print(f"returned {index}", flush=True)
        if index % 4 == 3:
            store.save()
            print(f"saved {index}", flush=True)
    store.close()
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
