"""The ``parcours`` command line: sub-commands, exit codes, one-line errors, no widgets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import __version__, cli, i18n
from app.__main__ import main
from tests.made_files import MadeFiles

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Commands install the catalogue of the environment's language; leave English for the next test."""
    yield
    i18n.install("en")


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    """Run ``parcours args`` in-process: (exit status, stdout, stderr)."""
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(result: tuple[int, str, str], fragment: str, code: int = 1) -> None:
    """The command failed with exactly one line on stderr containing ``fragment``, and no traceback."""
    status, _out, err = result
    assert status == code
    assert len(err.splitlines()) == 1, err
    assert fragment in err
    assert "Traceback" not in err


@pytest.fixture
def project_file(tmp_path: Path, made_files: MadeFiles, capsys: pytest.CaptureFixture[str]) -> Path:
    """A project made by ``parcours new`` from the onboarding sample, in English (made once, copied per test)."""
    path = made_files.new_project(tmp_path / "onboarding.parcours", "en")
    capsys.readouterr()
    return path


def journey_titles(capsys: pytest.CaptureFixture[str], path: Path) -> list[str]:
    code, out, _err = run(capsys, "info", path, "--json")
    assert code == 0
    return [journey["title"] for journey in json.loads(out)["journeys"]]


# --------------------------------------------------------------------------- new


def test_new_creates_a_project_that_check_finds_sound(capsys, project_file):
    assert project_file.is_file()
    code, out, err = run(capsys, "check", project_file)
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == 1


@pytest.mark.parametrize("template", ["onboarding", "blank"])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_new_accepts_every_template_and_language(capsys, tmp_path, template, language):
    path = tmp_path / "p.parcours"
    code, out, err = run(capsys, "new", path, "--template", template, "--lang", language)
    assert (code, err) == (0, "")
    assert str(path) in out
    code, out, _err = run(capsys, "info", path, "--json")
    assert json.loads(out)["language"] == language


def test_new_follows_the_system_language_by_default(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("PARCOURS_LANG", "fr")
    path = tmp_path / "p.parcours"
    assert run(capsys, "new", path)[0] == 0
    code, out, _err = run(capsys, "info", path, "--json")
    assert json.loads(out)["language"] == "fr"


def test_new_refuses_to_overwrite_unless_forced(capsys, project_file):
    before = project_file.read_bytes()
    assert_one_line_error(run(capsys, "new", project_file), "already exists; add --force")
    assert project_file.read_bytes() == before
    code, _out, err = run(capsys, "new", project_file, "--force", "--template", "blank")
    assert (code, err) == (0, "")
    assert run(capsys, "check", project_file)[0] == 0


def test_new_refuses_an_unknown_template_and_language(capsys, tmp_path):
    path = tmp_path / "p.parcours"
    assert_one_line_error(run(capsys, "new", path, "--template", "circus"),
                          "There is no template named circus; choose one of: onboarding, ecommerce, service_desk, "
                          "bank_account, patient_visit, blank")
    assert_one_line_error(run(capsys, "new", path, "--lang", "de"), "There is no language de")
    assert not path.exists()


def test_new_refuses_a_folder(capsys, tmp_path):
    assert_one_line_error(run(capsys, "new", tmp_path, "--force"), "is a folder, not a file.")


# --------------------------------------------------------------------------- info and check


def test_info_prints_a_table_of_journeys_and_the_lists(capsys, project_file):
    code, out, err = run(capsys, "info", project_file)
    assert (code, err) == (0, "")
    for header in ("Project:", "Journeys:", "Journey", "State", "Stages", "Lanes", "Cards", "Personas:",
                   "Actions:", "KPIs:"):
        assert header in out
    summary = json.loads(run(capsys, "info", project_file, "--json")[1])
    for journey in summary["journeys"]:
        assert journey["title"] in out


def test_info_json_gives_counts_and_names(capsys, project_file):
    code, out, _err = run(capsys, "info", project_file, "--json")
    summary = json.loads(out)
    assert code == 0
    assert set(summary) >= {"title", "journeys", "personas", "actions", "kpis", "totals"}
    assert summary["totals"]["journeys"] == len(summary["journeys"]) >= 1
    journey = summary["journeys"][0]
    assert set(journey) == {"id", "title", "state", "personas", "stages", "lanes", "cards"}
    assert summary["totals"]["cards"] == sum(j["cards"] for j in summary["journeys"])


def test_info_refuses_a_missing_file_a_folder_and_a_stranger(capsys, tmp_path):
    stranger = tmp_path / "notes.txt"
    stranger.write_text("not a project\n" * 20, encoding="utf-8")
    for path in (tmp_path / "missing.parcours", tmp_path, stranger):
        status, _out, err = run(capsys, "info", path)
        assert status == 1 and len(err.splitlines()) == 1 and "Traceback" not in err, err


def test_check_says_not_ours_for_a_text_file(capsys, tmp_path):
    stranger = tmp_path / "notes.parcours"
    stranger.write_text("Bonjour\n" * 200, encoding="utf-8")
    status, out, err = run(capsys, "check", stranger)
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1


def test_check_says_damaged_for_a_corrupted_project(capsys, project_file):
    data = bytearray(project_file.read_bytes())
    data[len(data) // 2:] = b"\xde\xad" * ((len(data) - len(data) // 2) // 2)
    project_file.write_bytes(bytes(data))
    status, out, err = run(capsys, "check", project_file)
    assert (status, out) == (1, "")
    assert len(err.splitlines()) == 1


# --------------------------------------------------------------------------- export and import


def test_export_writes_the_project_as_json(capsys, project_file, tmp_path):
    out = tmp_path / "project.json"
    code, _out, err = run(capsys, "export", project_file, out)
    assert (code, err) == (0, "")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("parcours-project", 1)
    assert [j["title"] for j in data["journeys"]] == journey_titles(capsys, project_file)


def test_export_refuses_other_formats_for_now(capsys, project_file, tmp_path):
    error = run(capsys, "export", project_file, tmp_path / "notes.docx")
    assert_one_line_error(error, "cannot export to .docx files yet")
    assert ".json" in error[2] and ".csv" in error[2] and ".xlsx" in error[2]
    assert not (tmp_path / "notes.docx").exists()


def test_formats_register_by_suffix(capsys, project_file, tmp_path, monkeypatch):
    monkeypatch.setitem(cli.EXPORTERS, ".txt", lambda session, path, options: path.write_text("hello"))
    assert run(capsys, "export", project_file, tmp_path / "out.TXT")[0] == 0
    assert (tmp_path / "out.TXT").read_text() == "hello"


def test_export_into_a_missing_folder_is_one_line(capsys, project_file, tmp_path):
    out = tmp_path / "nowhere" / "p.json"
    assert_one_line_error(run(capsys, "export", project_file, out), f"Parcours could not write {out}: ")


def test_import_into_a_missing_file_creates_it(capsys, project_file, tmp_path):
    exported, copy = tmp_path / "p.json", tmp_path / "copy.parcours"
    run(capsys, "export", project_file, exported)
    code, out, err = run(capsys, "import", copy, exported)
    assert (code, err) == (0, "")
    assert str(copy) in out
    assert journey_titles(capsys, copy) == journey_titles(capsys, project_file)
    run(capsys, "export", copy, tmp_path / "again.json")
    first, again = (json.loads((tmp_path / name).read_text(encoding="utf-8")) for name in ("p.json", "again.json"))
    assert {key: again[key] for key in again if key != "project"} == {k: first[k] for k in first if k != "project"}


def test_import_into_an_existing_file_appends_and_saves_in_place(capsys, project_file, tmp_path):
    exported = tmp_path / "p.json"
    run(capsys, "export", project_file, exported)
    titles = journey_titles(capsys, project_file)
    code, _out, err = run(capsys, "import", project_file, exported)
    assert (code, err) == (0, "")
    assert journey_titles(capsys, project_file) == titles + titles


@pytest.mark.parametrize("content, fragment", [
    ("{\"format\": \"parcours-project\",", "not valid JSON (line 1"),
    ("[]", "holds no JSON object"),
    ("{\"format\": \"trello\"}", "is not a Parcours project export"),
])
def test_import_of_a_bad_json_changes_nothing(capsys, project_file, tmp_path, content, fragment):
    source = tmp_path / "bad.json"
    source.write_text(content, encoding="utf-8")
    before = project_file.read_bytes()
    assert_one_line_error(run(capsys, "import", project_file, source), fragment)
    assert project_file.read_bytes() == before
    assert_one_line_error(run(capsys, "import", tmp_path / "new.parcours", source), fragment)
    assert not (tmp_path / "new.parcours").exists()


def test_import_refuses_a_missing_source_a_folder_and_other_formats(capsys, project_file, tmp_path):
    assert_one_line_error(run(capsys, "import", project_file, tmp_path / "none.json"), "There is no file")
    folder = tmp_path / "folder.json"
    folder.mkdir()
    assert_one_line_error(run(capsys, "import", project_file, folder), "is a folder, not a file.")
    (tmp_path / "notes.docx").write_text("hello")
    assert_one_line_error(run(capsys, "import", project_file, tmp_path / "notes.docx"), "cannot import .docx files yet")


def test_import_into_a_stranger_file_is_one_line(capsys, tmp_path, project_file):
    exported, stranger = tmp_path / "p.json", tmp_path / "notes.parcours"
    run(capsys, "export", project_file, exported)
    stranger.write_text("hello " * 100, encoding="utf-8")
    status, _out, err = run(capsys, "import", stranger, exported)
    assert status == 1 and len(err.splitlines()) == 1 and "Traceback" not in err
    assert stranger.read_text(encoding="utf-8") == "hello " * 100


# --------------------------------------------------------------------------- the command line itself


def test_version(capsys):
    code, out, _err = run(capsys, "--version")
    assert (code, out.strip()) == (0, f"parcours {__version__}")


@pytest.mark.parametrize("args", [["--bogus"], ["info"], ["new", "a", "--template"], ["a.parcours", "b.parcours"]])
def test_argparse_mistakes_exit_2(capsys, args):
    code, _out, err = run(capsys, *args)
    assert code == 2
    assert "usage: parcours" in err and "Traceback" not in err


def test_an_unexpected_exception_is_one_internal_error_line(capsys, project_file, monkeypatch):
    def explode(args):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(cli, "_command_info", explode)
    monkeypatch.delenv("PARCOURS_DEBUG", raising=False)
    assert_one_line_error(run(capsys, "info", project_file), "Internal error: RuntimeError: boom second line",
                          code=70)
    monkeypatch.setenv("PARCOURS_DEBUG", "1")
    code, _out, err = run(capsys, "info", project_file)
    assert code == 70 and "Traceback" in err and err.startswith("Internal error")


def test_the_editor_missing_is_one_line(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "app.ui.editor_start", None)
    assert_one_line_error(run(capsys, "some.parcours"), "The editor is not available")
    assert_one_line_error(run(capsys), "The editor is not available")


def test_the_editor_receives_the_file(capsys, monkeypatch, tmp_path):
    opened = []
    editor = type(sys)("app.ui.editor_start")
    editor.run = lambda path: opened.append(path) or 0
    monkeypatch.setitem(sys.modules, "app.ui.editor_start", editor)
    assert run(capsys, tmp_path / "x.parcours")[0] == 0
    assert run(capsys)[0] == 0
    assert opened == [tmp_path / "x.parcours", None]


def test_commands_work_in_french(capsys, project_file, tmp_path, monkeypatch):
    monkeypatch.setenv("PARCOURS_LANG", "fr")
    assert run(capsys, "info", project_file)[0] == 0
    assert run(capsys, "export", project_file, tmp_path / "p.json")[0] == 0
    status, _out, err = run(capsys, "info", tmp_path / "missing.parcours")
    assert status == 1 and len(err.splitlines()) == 1


# --------------------------------------------------------------------------- as a program


def python_m_app(*args: object, **env: str) -> subprocess.Popen[str]:
    """Start ``python -m app args`` as the user would, from the repository (read it with :func:`finished`)."""
    environment = {**os.environ, "PARCOURS_LANG": "en", **env}
    return subprocess.Popen([sys.executable, "-m", "app", *map(str, args)], cwd=ROOT, env=environment,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finished(child: subprocess.Popen[str]) -> subprocess.CompletedProcess[str]:
    """What a command started by :func:`python_m_app` printed, and its exit status."""
    stdout, stderr = child.communicate(timeout=60)
    return subprocess.CompletedProcess(child.args, child.returncode, stdout, stderr)


def test_python_m_app_runs_headless_without_widgets(project_file):
    code = ("import sys; from app.__main__ import main; status = main(sys.argv[1:]); "
            "print('widgets' if 'PySide6.QtWidgets' in sys.modules else 'headless'); sys.exit(status)")
    result = subprocess.run([sys.executable, "-c", code, "info", str(project_file)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "headless"


def test_python_m_app_exit_codes(project_file, tmp_path):
    stranger = tmp_path / "notes.parcours"
    stranger.write_text("nothing to see\n" * 50, encoding="utf-8")
    # Four programs side by side: each is a fresh interpreter, and a second core is often idle.
    version, sound, foreign, missing = (python_m_app("--version"), python_m_app("check", project_file),
                                        python_m_app("check", stranger),
                                        python_m_app("info", tmp_path / "missing.parcours", PARCOURS_LANG="fr"))
    assert finished(version).stdout.strip() == f"parcours {__version__}"
    assert finished(sound).returncode == 0
    result = finished(foreign)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    result = finished(missing)
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("out", "options", "option"), [
    ("map.pdf", ["--dpi", "150"], "--dpi"),
    ("map.png", ["--bleed", "3"], "--bleed"),
    ("map.svg", ["--tile", "A4"], "--tile"),
    ("cards.csv", ["--paper", "A3"], "--paper"),
    ("cards.xlsx", ["--landscape"], "--landscape"),
    ("map.mmd", ["--crop-marks"], "--crop-marks"),
])
def test_an_option_the_format_would_ignore_is_refused_in_one_sentence(tmp_path, capsys, out, options, option):
    project = tmp_path / "sample.parcours"
    assert main(["new", str(project), "--lang", "en"]) == 0
    capsys.readouterr()
    assert main(["export", str(project), str(tmp_path / out), *options]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and f"The option {option} does not apply to" in error
    assert not (tmp_path / out).exists()
