"""What starting costs: ``parcours --version`` answers without the ORM or Qt; the editor defers pyqtgraph."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _modules_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nimport json\nprint(json.dumps(sorted(sys.modules)))"
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                               env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
                               timeout=60, check=True)
    return set(json.loads(completed.stdout.strip().splitlines()[-1]))


def test_version_imports_no_orm_and_no_qt() -> None:
    completed = subprocess.run([sys.executable, "-m", "app", "--version"], capture_output=True, text=True, cwd=ROOT,
                               env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert completed.returncode == 0 and completed.stdout.startswith("parcours ")
    loaded = _modules_after("import io, contextlib\nfrom app.__main__ import main\n"
                            "with contextlib.redirect_stdout(io.StringIO()):\n    main(['--version'])")
    assert not {"sqlalchemy", "sqlalchemy.orm", "PySide6.QtCore"} & loaded
