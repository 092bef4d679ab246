"""Two processes: one saves a document while another is opening it; nothing is lost.

The opener takes the lock *before* it reads the file. The test stops the
opener just before its lock, lets another process import a journey and save,
then lets the opener go on, edit and save: the saved file must hold both the
imported journey and the opener's edit.
"""

from __future__ import annotations

import json
import textwrap

from app.model.store import data_dir
from tests.reliability.conftest import child, run_cli

OPENER = textwrap.dedent("""
    import sys
    from app.model import recovery
    from app.model.schema import Project
    from app.model.store import ProjectStore

    real_acquire = recovery.DocumentLock.acquire

    def paused_acquire(document, **options):
        print("before the lock", flush=True)
        sys.stdin.readline()  # the parent says go once the other process has saved
        return real_acquire(document, **options)

    recovery.DocumentLock.acquire = paused_acquire
    import app.model.store as store_module
    store_module.DocumentLock.acquire = paused_acquire
    with ProjectStore.open(sys.argv[1]) as store:
        store.session.get(Project, 1).title = "Renamed by the opener"
        store.session.commit()
        store.save()
    print("saved", flush=True)
""")


def test_a_save_between_the_openers_checks_and_its_lock_is_not_lost(capsys, sample, tmp_path):
    script = tmp_path / "opener.py"
    script.write_text(OPENER, encoding="utf-8")
    source = tmp_path / "extra.csv"
    source.write_text("stage,lane,title\nArrive,Actions,Badge collected\n", encoding="utf-8")
    opener = child(script, sample, PARCOURS_DATA_DIR=str(data_dir()))
    assert opener.stdout.readline().strip() == "before the lock"
    code, _out, err = run_cli(capsys, "import", sample, source, "--journey", "Imported meanwhile")
    assert (code, err) == (0, [])
    out, err = opener.communicate(input="go\n", timeout=120)
    assert (opener.returncode, out.strip(), err) == (0, "saved", "")
    code, out, _err = run_cli(capsys, "info", sample, "--json")
    summary = json.loads(out)
    assert summary["title"] == "Renamed by the opener"
    assert "Imported meanwhile" in [journey["title"] for journey in summary["journeys"]]

