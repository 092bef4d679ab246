"""The repository's own contracts: layering, pins, set-up commands, resources, packaging files."""

from __future__ import annotations

import ast
import configparser
import os
import subprocess
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

from app import resources

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
README = ROOT / "README.md"
SETUP_COMMANDS = ("bash scripts/setup.sh run", "bash scripts/setup.sh test")
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


# --------------------------------------------------------------------------- imports


def imported_modules(source: str, module: str = "", is_package: bool = False) -> set[str]:
    """Every module ``source`` imports, anywhere in it.

    ``module`` (an ``__init__`` when ``is_package``) resolves relative imports.

    ``from a import b`` counts as both ``a`` and ``a.b``, so a sub-module imported by
    name is caught; ``importlib.import_module("x")`` and ``__import__("x")`` count too.
    """
    found: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            function = node.func
            name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
            if name in {"import_module", "__import__"} and isinstance(node.args[0].value, str):
                found.add(node.args[0].value)
    return found


#: ``file_imports``' answers by (path, modification time, size): the layer checks walk the same files many times.
_FILE_IMPORTS: dict[tuple[Path, int, int], frozenset[str]] = {}


def file_imports(path: Path, module: str) -> frozenset[str]:
    """:func:`imported_modules` of the file at ``path`` (the module ``module``), each file parsed once per run."""
    status = path.stat()
    key = (path, status.st_mtime_ns, status.st_size)
    if key not in _FILE_IMPORTS:
        _FILE_IMPORTS[key] = frozenset(imported_modules(path.read_text(encoding="utf-8"), module,
                                                        path.name == "__init__.py"))
    return _FILE_IMPORTS[key]


def module_name(path: Path) -> str:
    """``app/model/store.py`` -> ``app.model.store``; ``app/model/__init__.py`` -> ``app.model``."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def app_modules() -> dict[str, Path]:
    """Every module of the ``app`` package by dotted name."""
    return {module_name(path): path for path in APP.rglob("*.py")}


def reachable_imports(start: str, modules: dict[str, Path]) -> dict[str, str]:
    """Every module imported from ``start``, following our own modules: {imported: by whom}."""
    seen: dict[str, str] = {}
    pending = [start]
    visited: set[str] = set()
    while pending:
        current = pending.pop()
        if current in visited:
            continue
        visited.add(current)
        for imported in file_imports(modules[current], current):
            seen.setdefault(imported, current)
            if imported in modules:
                pending.append(imported)
    return seen


def forbidden_imports(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    """``"<module> imports <forbidden>"`` for every module of ``layer`` that reaches a forbidden one."""
    modules = app_modules()
    problems = []
    for name in sorted(name for name in modules if name == layer or name.startswith(layer + ".")):
        for imported, importer in reachable_imports(name, modules).items():
            if any(imported == prefix or imported.startswith(prefix + ".") for prefix in forbidden):
                problems.append(f"{name} imports {imported} (via {importer})")
    return problems


@pytest.mark.parametrize(("source", "expected"), [
    ("import PySide6.QtCore", "PySide6.QtCore"),
    ("from PySide6 import QtWidgets", "PySide6.QtWidgets"),
    ("def later():\n    from PySide6.QtGui import QColor", "PySide6.QtGui"),
    ("import importlib\nimportlib.import_module('PySide6.QtWidgets')", "PySide6.QtWidgets"),
    ("from ..ui import canvas", "app.ui.canvas"),
    ("from . import schema", "app.export.schema"),
    ("from ..model.store import ProjectStore", "app.model.store"),
])
def test_the_import_reader_sees_every_kind_of_import(source, expected):
    assert expected in imported_modules(source, "app.export.poster")


def test_relative_imports_in_a_package_init_start_from_the_package():
    assert "app.model.schema" in imported_modules("from .schema import Card", "app.model", is_package=True)


def test_the_model_imports_no_qt_even_indirectly():
    assert forbidden_imports("app.model", ("PySide6", "shiboken6", "pyqtgraph", "app.ui", "app.export",
                                           "app.cli", "app.i18n")) == []


def test_the_exporters_import_no_widgets_and_no_ui():
    assert forbidden_imports("app.export", ("PySide6.QtWidgets", "pyqtgraph", "app.ui")) == []


def test_the_team_library_imports_no_widgets_and_no_ui():
    assert forbidden_imports("app.library", ("PySide6.QtWidgets", "pyqtgraph", "app.ui", "app.cli")) == []


def test_resources_lookup_imports_no_qt():
    assert forbidden_imports("app.resources", ("PySide6", "app.ui")) == []


# --------------------------------------------------------------------------- pyproject


@pytest.fixture(scope="module")
def pyproject() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as stream:
        return tomllib.load(stream)


def test_pyside6_essentials_is_pinned_below_6_12(pyproject):
    pins = [Requirement(text) for text in pyproject["project"]["dependencies"]]
    pyside = [pin for pin in pins if pin.name.lower() == "pyside6-essentials"]
    assert len(pyside) == 1, "PySide6-Essentials must be a dependency exactly once"
    specifier = pyside[0].specifier
    assert {"6.10.0", "6.11.3"} <= set(specifier.filter(["6.9.3", "6.10.0", "6.11.3", "6.12.0", "7.0"]))
    assert not specifier.contains("6.12.0") and not specifier.contains("6.9.3")
    assert not [pin for pin in pins if pin.name.lower() == "pyside6"], "the full PySide6 is not wanted"


def test_python_3_11_or_newer_is_required(pyproject):
    requires = SpecifierSet(pyproject["project"]["requires-python"])
    assert requires.contains("3.11") and requires.contains("3.13")
    assert not requires.contains("3.10")


# --------------------------------------------------------------------------- set-up commands


def readme_lines() -> set[str]:
    return {line.strip() for line in README.read_text(encoding="utf-8").splitlines() if line.strip()}


def test_the_readme_gives_the_two_setup_commands_on_their_own_lines():
    assert set(SETUP_COMMANDS) <= readme_lines()


def test_ci_runs_the_readme_test_command():
    script = ROOT / ".ci" / "run"
    lines = script.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "#!/usr/bin/env bash"
    assert "set -euo pipefail" in lines
    assert os.access(script, os.X_OK), ".ci/run must be executable"
    commands = [line.strip() for line in lines[1:]
                if line.strip() and not line.lstrip().startswith(("#", "set ", "cd "))]
    assert commands, ".ci/run runs nothing"
    assert set(commands) <= readme_lines(), f"not in README.md: {set(commands) - readme_lines()}"
    assert SETUP_COMMANDS[1] in commands


def test_the_setup_script_is_valid_strict_bash():
    script = ROOT / "scripts" / "setup.sh"
    assert "set -euo pipefail" in script.read_text(encoding="utf-8").splitlines()
    subprocess.run(["bash", "-n", str(script)], check=True)


def test_the_setup_script_refuses_an_unknown_action_before_doing_anything():
    result = subprocess.run(["bash", str(ROOT / "scripts" / "setup.sh"), "deploy"],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert "usage:" in result.stderr and result.stdout == ""


# --------------------------------------------------------------------------- resources


def test_the_bundled_font_is_found_in_every_style():
    paths = resources.font_paths()
    assert set(paths) == {"regular", "bold", "italic"}
    for path in paths.values():
        assert path.read_bytes()[:4] == b"\x00\x01\x00\x00", f"{path} is not a TrueType font"
    assert (resources.resources_dir() / "fonts" / "LICENSE-DejaVu.txt").is_file()


def test_an_unknown_font_style_is_refused():
    with pytest.raises(ValueError, match="bold"):
        resources.font_path("bolder")


def test_the_translations_folder_and_schema_are_found():
    assert (resources.translations_dir() / "parcours_fr.ts").is_file()
    assert resources.schema_path().name == "parcours-project.schema.json"


def test_a_missing_resource_is_one_sentence_naming_it():
    with pytest.raises(resources.ResourcesMissingError, match="fonts/Comic.ttf"):
        resources.resource_path("fonts", "Comic.ttf")


def test_the_override_folder_is_used_when_complete(tmp_path, monkeypatch):
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "DejaVuSans.ttf").write_bytes(b"\x00\x01\x00\x00")
    monkeypatch.setenv(resources.RESOURCES_ENV, str(tmp_path))
    assert resources.resources_dir() == tmp_path


def test_an_override_without_the_resources_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv(resources.RESOURCES_ENV, str(tmp_path))
    with pytest.raises(resources.ResourcesMissingError) as caught:
        resources.resources_dir()
    assert resources.RESOURCES_ENV in str(caught.value) and str(tmp_path) in str(caught.value)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_catalogue_is_a_well_formed_linguist_file(language):
    root = ElementTree.parse(ROOT / "resources" / "translations" / f"parcours_{language}.ts").getroot()
    assert root.tag == "TS" and root.get("language") == language
    messages = root.findall("context/message")
    assert messages and all(message.findtext("source") for message in messages)


# --------------------------------------------------------------------------- packaging


def test_the_desktop_entry_opens_parcours_files():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive in desktop entries
    entry.read(ROOT / "packaging" / "parcours.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "Parcours"
    assert desktop["Exec"].split()[0] == "parcours"
    assert "application/x-parcours" in desktop["MimeType"].split(";")
    assert (ROOT / "packaging" / "icons" / f"{desktop['Icon']}.svg").is_file()


def test_the_mime_type_matches_the_suffix_and_the_sqlite_header():
    root = ElementTree.parse(ROOT / "packaging" / "parcours-mime.xml").getroot()
    mime = root.find(f"{MIME_NS}mime-type")
    assert mime is not None and mime.get("type") == "application/x-parcours"
    assert [glob.get("pattern") for glob in mime.iter(f"{MIME_NS}glob")] == ["*.parcours"]
    sqlite = mime.find(f"{MIME_NS}magic/{MIME_NS}match")
    assert (sqlite.get("offset"), sqlite.get("value")) == ("0", "SQLite format 3\\0")
    application_id = sqlite.find(f"{MIME_NS}match")
    assert (application_id.get("offset"), application_id.get("value")) == ("68", "PARC")


def test_the_appstream_listing_and_the_icon_are_well_formed():
    component = ElementTree.parse(ROOT / "packaging" / "io.github.parcours.Parcours.metainfo.xml").getroot()
    assert component.findtext("id") == "io.github.parcours.Parcours"
    assert component.findtext("launchable") == "parcours.desktop"
    icon = ElementTree.parse(ROOT / "packaging" / "icons" / "parcours.svg").getroot()
    assert icon.tag == "{http://www.w3.org/2000/svg}svg"


def import_cycles(modules: dict[str, Path]) -> list[list[str]]:
    """Every group of our modules that import one another in a loop (Tarjan's strongly connected components)."""
    graph = {
        name: {imported for imported in file_imports(path, name) if imported in modules and imported != name}
        for name, path in modules.items()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(start: str) -> None:
        # Iterative, so a deep import chain cannot hit the recursion limit.
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            advanced = False
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(graph[successor]))))
                    advanced = True
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cycles.append(sorted(component))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return cycles


def test_the_cycle_finder_finds_a_loop(tmp_path):
    package = tmp_path / "app"
    package.mkdir()
    (package / "a.py").write_text("from app import b\n")
    (package / "b.py").write_text("def later():\n    import app.a\n")
    (package / "c.py").write_text("import app.a\n")
    modules = {f"app.{name}": package / f"{name}.py" for name in "abc"}
    assert import_cycles(modules) == [["app.a", "app.b"]]


def test_no_module_of_the_application_imports_itself_through_others():
    assert import_cycles(app_modules()) == []
