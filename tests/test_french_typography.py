"""French typography in every French string of the catalogue (issue 13): a non-breaking space before : ; ! ?
and « » quotes, never a plain space or none, never straight or English quotes."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

FRENCH = Path(__file__).resolve().parent.parent / "resources" / "translations" / "parcours_fr.ts"
#: Syntax shown to the user as it must be typed (Mermaid's "name: score: actors").
SYNTAX = ("(nom: note: acteurs)",)


def _translations() -> list[tuple[str, str]]:
    root = ET.parse(FRENCH).getroot()
    return [(m.findtext("source") or "", m.find("translation").text or "")
            for m in root.iter("message") if m.find("translation").get("type") not in ("vanished", "obsolete")]


def _plain(text: str) -> str:
    for syntax in SYNTAX:
        text = text.replace(syntax, "")
    # Placeholders, URLs, times and format specs are not prose.
    return re.sub(r"\{[^}]*\}|https?://\S+|%[A-Za-z]|\d+:\d+|<[^>]+>", "", text)


def test_high_punctuation_has_a_non_breaking_space_before_it() -> None:
    wrong = []
    for _source, french in _translations():
        plain = _plain(french)
        if re.search(r"(?<=[\w)»”.…])[:;!?](?=\s|$)", plain) or re.search(r" [:;!?](?=\s|$)", plain):
            wrong.append(french)
    assert not wrong, wrong[:5]


def test_quotes_are_french_quotes_with_non_breaking_spaces() -> None:
    wrong = [french for _source, french in _translations()
             if re.search(r"[“”\"]", _plain(french)) or re.search(r"«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»", french)]
    assert not wrong, wrong[:5]
