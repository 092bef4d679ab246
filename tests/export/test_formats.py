"""The format table: one list of suffixes behind the command line's export and import and the editor's File > Import."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import cli_formats
from app.export import formats
from app.export.poster_options import MARK_NAMES, PosterContent, PosterOptions
from app.model.errors import ParcoursError


def test_every_format_of_the_table_has_its_command_line_adapter():
    assert sorted(cli_formats.EXPORTERS) == sorted(formats.EXPORT_SUFFIXES)
    assert sorted(cli_formats.IMPORTERS) == sorted(formats.IMPORT_SUFFIXES)


def test_the_journey_formats_are_what_the_editor_imports():
    assert formats.JOURNEY_SUFFIXES == (".csv", ".xlsx", ".ojf", ".mmd")
    assert ".json" in formats.IMPORT_SUFFIXES and ".json" not in formats.JOURNEY_SUFFIXES
    assert formats.POSTER_SUFFIXES == (".pdf", ".png", ".svg")


@pytest.mark.parametrize("name", ["notes.docx", "plan.json", "README"])
def test_another_file_is_refused_in_one_sentence_naming_the_journey_formats(session, name):
    with pytest.raises(ParcoursError) as caught:
        formats.import_journey(session, Path(name))
    message = str(caught.value)
    assert message.startswith("Parcours cannot import ") and message.endswith(" for now.")
    assert ".csv, .mmd, .ojf, .xlsx" in message and (Path(name).suffix or name) in message


def test_poster_options_carry_every_mark_and_map_onto_the_exporter():
    options = PosterOptions(paper="A2", tile="A4", bleed_mm=3.0, kpis=False, evidence_images=True)
    assert options.content() == PosterContent(kpis=False, evidence_images=True)
    assert set(MARK_NAMES) == set(PosterContent.__dataclass_fields__)
    keywords = options.keywords()
    assert keywords["bleed_mm"] == 3.0 and "kpis" not in keywords  # as given: the exporter refuses the pair
    assert options.export_keywords()["bleed_mm"] == 0.0  # the dialog offers one or the other: tiling wins


def test_nonsense_remembered_options_fall_back_to_automatic():
    odd = PosterOptions(orientation="sideways", tile="A5", tile_orientation="up", scale_percent=5000.0)
    assert odd.sanitised() == PosterOptions()
    assert PosterOptions(scale_percent=100.0).sanitised().scale_percent == 100.0
