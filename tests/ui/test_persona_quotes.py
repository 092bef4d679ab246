"""Persona quotes wear the marks of the reader's language, in the gallery as on the poster and the sheets."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import i18n
from app.model.quotes import quoted
from app.model.schema import Persona


@pytest.mark.parametrize(("typed", "language", "shown"), [
    ("Je veux être utile.", "fr", "«\u00a0Je veux être utile.\u00a0»"),
    ("« Déjà entre guillemets »", "fr", "«\u00a0Déjà entre guillemets\u00a0»"),
    ("“Already quoted”", "en", "“Already quoted”"),
    ("\"straight\"", "en", "“straight”"),
    ("  ", "fr", ""),
])
def test_a_quote_gets_its_languages_marks_once(typed: str, language: str, shown: str) -> None:
    assert quoted(typed, language) == shown


@pytest.mark.parametrize(("language", "opening"), [("fr", "«\u00a0"), ("en", "“")])
def test_the_gallery_quotes_in_the_interface_language(make_window, sample_path: Path, language: str,
                                                      opening: str) -> None:
    i18n.install(language)
    try:
        window = make_window(sample_path)
        gallery = window.personas_view.gallery
        persona = window.document.session.get(Persona, gallery.row_id(0))
        assert persona is not None and persona.quote
        text = gallery.item(0).text()
        quote_line = text.splitlines()[-1]
        assert quote_line.startswith(opening) and quote_line.count("«") + quote_line.count("“") == 1
    finally:
        i18n.install("en")
