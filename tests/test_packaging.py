"""The packaging recipes name files that exist and agree with the application.

The Linux bundle and .deb are built and proven by ``bash scripts/setup.sh dist`` and
``packaging/check.sh`` (run by CI); the Windows and macOS recipes cannot run here, so
what can be checked without those systems is checked here: the spec, the data-file
list, the Info.plist, the installer script, the workflow and the .deb's control file.
"""

from __future__ import annotations

import ast
import plistlib
import re
import sys
from pathlib import Path

import pytest

import app

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))
import bundle_files  # noqa: E402 - lives in packaging/, which is not a package

sys.path.remove(str(PACKAGING))


def test_the_version_is_read_from_the_one_place_it_is_written() -> None:
    assert bundle_files.read_version(ROOT) == app.__version__


def test_every_bundled_file_exists_and_lands_in_the_resources_folder_the_app_reads() -> None:
    if not list((ROOT / "resources" / "translations").glob("*.qm")):
        pytest.skip("translations are not compiled (make translations)")
    pairs = bundle_files.data_files(ROOT)
    targets = {Path(source).name: target for source, target in pairs}
    for source, _target in pairs:
        assert Path(source).is_file(), source
    assert targets["DejaVuSans.ttf"] == "resources/fonts"
    assert targets["parcours_fr.qm"] == "resources/translations"
    assert targets["parcours-project.schema.json"] == "resources/schema"
    assert not any(name.endswith(".ts") for name in targets), "sources must not ship, only .qm"
    # Alembic reads the team library's migrations from files: they travel as data.
    assert targets["0001_library.py"] == "app/library/migrations/versions"
    assert targets["env.py"] == "app/library/migrations"


def test_a_missing_resource_stops_the_build(tmp_path: Path) -> None:
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    with pytest.raises(FileNotFoundError, match="fonts"):
        bundle_files.data_files(tmp_path)


def test_the_spec_parses_and_uses_the_shared_lists() -> None:
    tree = ast.parse((PACKAGING / "parcours.spec").read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                and node.module == "bundle_files" for alias in node.names}
    assert {"data_files", "EXCLUDED_MODULES", "HIDDEN_IMPORTS", "read_version"} <= imported
    for name in imported:
        assert hasattr(bundle_files, name), name


def test_modules_loaded_by_name_are_declared_hidden_imports() -> None:
    loaded = set()
    for path in (ROOT / "app").rglob("*.py"):
        loaded.update(re.findall(r'import_module\("(app\.[\w.]+)"\)', path.read_text(encoding="utf-8")))
    assert loaded <= set(bundle_files.HIDDEN_IMPORTS)


def test_modules_the_libraries_import_at_start_up_are_not_excluded() -> None:
    # pyqtgraph imports QtOpenGL while loading its plot items: leaving it out broke the editor once.
    for needed in ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSvg", "numpy"):
        assert needed not in bundle_files.EXCLUDED_MODULES


def test_the_macos_plist_declares_the_project_file_type() -> None:
    plist = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    (document,) = plist["CFBundleDocumentTypes"]
    (exported,) = plist["UTExportedTypeDeclarations"]
    assert document["CFBundleTypeRole"] == "Editor"
    assert exported["UTTypeIdentifier"] in document["LSItemContentTypes"]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["parcours"]
    assert tags["public.mime-type"] == "application/x-parcours"
    assert set(plist["CFBundleLocalizations"]) == {"en", "fr"}


def test_the_windows_installer_script_names_files_that_exist() -> None:
    text = (PACKAGING / "windows" / "parcours.iss").read_text(encoding="utf-8")
    for relative in re.findall(r"^LicenseFile=(.+)$", text, re.MULTILINE):
        assert (PACKAGING / "windows" / relative.replace("\\", "/")).resolve().is_file(), relative
    assert 'Subkey: "Software\\Classes\\.parcours"' in text
    assert "{#AppVersion}" in text and "#error" in text  # the version is passed, never written here
    assert '"%1"' in text  # double-clicking a project opens it


def test_the_workflow_builds_with_the_shared_recipes() -> None:
    text = (ROOT / ".github" / "workflows" / "package.yml").read_text(encoding="utf-8")
    assert "packaging/windows/build.ps1" in text and "packaging/macos/build_dmg.sh" in text
    for script in ("windows/build.ps1", "macos/build_dmg.sh"):
        body = (PACKAGING / script).read_text(encoding="utf-8")
        assert "packaging/parcours.spec" in body and "read_version" in body


def test_the_deb_depends_on_the_system_libraries_the_setup_script_installs() -> None:
    control = (PACKAGING / "debian" / "control.in").read_text(encoding="utf-8")
    depends = {part.strip() for part in re.search(r"^Depends: (.+)$", control, re.MULTILINE)[1].split(",")}
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    wanted = set()
    for name in ("QT_PACKAGES", "XCB_PACKAGES"):
        wanted.update(re.search(rf'^{name}="([^"]+)"', setup, re.MULTILINE)[1].split())
    wanted -= {"fonts-dejavu-core"}  # the bundle carries its own DejaVu fonts
    assert wanted <= depends, wanted - depends
    for placeholder in ("@VERSION@", "@ARCH@", "@SIZE@"):
        assert placeholder in control


def test_the_icon_renders_at_every_size(qapp, tmp_path: Path) -> None:
    sys.path.insert(0, str(PACKAGING))
    try:
        import render_icons
    finally:
        sys.path.remove(str(PACKAGING))
    written = render_icons.render(PACKAGING / "icons" / "parcours.svg", tmp_path)
    assert len(written) == len(render_icons.SIZES)
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "256x256" / "apps" / "parcours.png"))
    assert (image.width(), image.height()) == (256, 256)
    colours = {image.pixel(x, y) for x in range(0, 256, 16) for y in range(0, 256, 16)}
    assert len(colours) > 3, "the icon rendered blank"
