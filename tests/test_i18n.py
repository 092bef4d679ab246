"""French and English from the first string: the French catalogue covers every string in the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import i18n
from app.model.errors import QT_TRANSLATE_NOOP, ModelError

ROOT = Path(__file__).resolve().parent.parent
FRENCH = ROOT / "resources" / "translations" / "parcours_fr.ts"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name"), m.findtext("source")): m.find("translation")
            for ctx in root.iter("context") for m in ctx.iter("message")}


def test_every_string_of_the_code_has_a_finished_french_translation(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-extensions", "py", "-silent", str(ROOT / "app"), "-ts", str(fresh)],
                   check=True, capture_output=True)
    in_code = set(_messages(fresh))
    # A tr() that lupdate cannot place in its class is catalogued under no context: Qt never finds it.
    homeless = sorted(source for context, source in in_code if not context)
    assert not homeless, f"lupdate lost the class of these tr() calls (a def under an if in the class?): {homeless[:5]}"
    catalogue = _messages(FRENCH)
    missing = sorted(in_code - set(catalogue))
    unfinished = sorted(key for key in in_code & set(catalogue)
                        if catalogue[key].get("type") == "unfinished" or not (catalogue[key].text or "").strip())
    assert not missing, f"run `make translations-update` and translate: {missing[:5]}"
    assert not unfinished, f"translate these in {FRENCH.name}: {unfinished[:5]}"


def test_french_translations_keep_their_placeholders() -> None:
    import re

    for (context, source), translation in _messages(FRENCH).items():
        fields = lambda text: sorted(re.findall(r"\{(\w+)\}", text or ""))  # noqa: E731
        assert fields(source) == fields(translation.text), (context, source)


def test_model_errors_are_shown_in_french_when_french_is_installed() -> None:
    try:
        assert i18n.install("fr") == "fr"
        error = ModelError(QT_TRANSLATE_NOOP("errors", "These two cards are already linked."))
        assert error.message(i18n.translate) == "Ces deux cartes sont déjà reliées."
        assert error.message() == "These two cards are already linked."
    finally:
        i18n.install("en")


def test_every_translated_text_is_a_literal_that_lupdate_can_see() -> None:
    """``tr(text)`` or ``translate(context, text)`` with a variable hides the string from the catalogue.

    Strings chosen at run time are marked with QT_TRANSLATE_NOOP where they are
    written and translated with ``translate(context, variable)`` on purpose:
    those calls name a context and are allowed when the variable comes from a
    QT_TRANSLATE_NOOP table (checked by the catalogue test above).
    """
    import ast

    hidden = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            if node.func.attr == "tr" and node.args and not isinstance(node.args[0], ast.Constant):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
        # lupdate does not look inside f-strings either.
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) \
                            and inner.func.attr in ("tr", "translate"):
                        hidden.append(f"{path.relative_to(ROOT)}:{inner.lineno} (in an f-string)")
    assert not hidden, f"tr() needs a literal string lupdate can see: {hidden}"
