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


def test_the_editor_starts_without_the_command_line_parser() -> None:
    loaded = _modules_after("from pathlib import Path\nimport app.ui.editor_start as editor\nopened = []\n"
                            "editor.run = lambda path: opened.append(path) or 0\n"
                            "from app.__main__ import main\nassert main(['some.parcours']) == 0 and main([]) == 0\n"
                            "assert opened == [Path('some.parcours'), None], opened")
    assert "app.cli" not in loaded and "app.cli_formats" not in loaded


def test_the_entry_knows_every_sub_command() -> None:
    from app import cli
    from app.__main__ import COMMANDS

    assert COMMANDS == cli.COMMANDS


def test_the_editor_s_first_paint_path_imports_no_orm() -> None:
    loaded = _modules_after("from PySide6.QtWidgets import QApplication\nqt = QApplication([])\n"
                            "import app.ui.editor_start, app.ui.canvas.scene, app.ui.canvas.view, app.model.first_read")
    assert "app.ui.main_window" in loaded and "app.model.first_read" in loaded
    assert not {name for name in loaded if name.split(".")[0] == "sqlalchemy"}
    assert not {"app.model.store", "app.model.schema", "app.ui.document", "app.model.ops"} & loaded
