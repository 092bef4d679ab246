"""The steering committee's deck: slides, real text, pictures at the slide's resolution, the project's language."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator

import pytest
from pptx import Presentation
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.__main__ import main
from app.export.deck import SLIDE, TOP_IRRITANTS, export_deck
from app.export.deck_map import SLIDE_DPI, plan_parts
from app.export.poster import PosterDrawing
from app.model.enums import LaneKind
from app.model.schema import KPI, Action, Card, Lane
from tests.export.conftest import onboarding_sample

CREATED = dt.date(2026, 1, 2)


@pytest.fixture(scope="module")
def english() -> Iterator[Session]:
    yield from onboarding_sample("en")


@pytest.fixture(scope="module")
def french() -> Iterator[Session]:
    yield from onboarding_sample("fr")


def _texts(slide) -> list[str]:
    texts = []
    for shape in slide.shapes:
        if shape.has_text_frame and shape.text_frame.text:
            texts.append(shape.text_frame.text)
        if shape.has_table:
            texts += [cell.text for row in shape.table.rows for cell in row.cells]
    return texts


def test_the_deck_has_a_title_the_map_in_parts_the_irritants_the_plan_the_matrix_and_the_kpis(
        qapp, english, tmp_path):
    out = tmp_path / "deck.pptx"
    result = export_deck(english, None, out, created=CREATED)
    deck = Presentation(str(out))
    slides = list(deck.slides)
    drawn = PosterDrawing(english, None, CREATED, legend=False, persona_panel=False)
    parts = plan_parts(drawn.data, drawn.metrics, (SLIDE[0] - 60.0, SLIDE[1] - 76.0))
    assert len(slides) == result.slides == 2 + len(parts) + 4
    assert len(parts) > 1  # the map is cut: the whole of it would not be legible on one slide
    title = " ".join(_texts(slides[0]))
    assert "My new job" in title and "as-is" in title
    # Every stage appears on the map slides' titles, in order.
    names = [stage.name for stage in drawn.data.stages]
    titled = " ".join(" ".join(_texts(slide)[:1]) for slide in slides[2:2 + len(parts)])
    assert names[0] in titled and names[-1] in titled
    irritants = english.scalar(select(func.count(Card.id)).join(Lane).where(
        Lane.kind == LaneKind.IRRITANTS, Lane.journey_id == drawn.data.journey_id))
    table = [shape for shape in slides[-4].shapes if shape.has_table][0].table
    assert len(table.rows) == 1 + min(TOP_IRRITANTS, irritants)
    plan = [shape for shape in slides[-3].shapes if shape.has_table][0].table
    assert len(plan.rows) == 1 + english.scalar(select(func.count(Action.id)))
    dots = [shape for shape in slides[-2].shapes if shape.has_text_frame and shape.text_frame.text.isdigit()]
    assert len(dots) == english.scalar(select(func.count(Action.id)))
    kpis = [shape for shape in slides[-1].shapes if shape.has_table][0].table
    assert len(kpis.rows) == 1 + english.scalar(select(func.count(KPI.id)))
    kpi_name = english.scalars(select(KPI.name)).first()
    assert kpi_name in _texts(slides[-1])


def test_pictures_are_at_the_slides_resolution(qapp, english, tmp_path):
    out = tmp_path / "deck.pptx"
    export_deck(english, None, out, created=CREATED)
    pictures = [shape for slide in Presentation(str(out)).slides for shape in slide.shapes if shape.shape_type == 13]
    assert pictures
    for picture in pictures:
        width_in = picture.width / 914400
        assert picture.image.size[0] == pytest.approx(width_in * SLIDE_DPI, abs=2)
        assert width_in <= SLIDE[0] / 72.0


def test_a_french_project_gets_a_french_deck(qapp, french, tmp_path):
    out = tmp_path / "deck.pptx"
    export_deck(french, None, out, created=CREATED)
    words = " ".join(text for slide in Presentation(str(out)).slides for text in _texts(slide))
    assert "Plan d’actions" in words or "Plan d'actions" in words
    assert "Indicateurs" in words and "Action plan" not in words


def test_the_command_line_writes_a_deck(tmp_path, capsys):
    project = tmp_path / "p.parcours"
    assert main(["new", str(project)]) == 0
    assert main(["export", str(project), str(tmp_path / "deck.pptx")]) == 0
    assert "slides" in capsys.readouterr().out
    assert len(Presentation(str(tmp_path / "deck.pptx")).slides) > 6


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_the_deck_to_pdf(qapp, english, tmp_path):
    out = tmp_path / "deck.pptx"
    result = export_deck(english, None, out, created=CREATED)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, timeout=240, capture_output=True)
    import pypdf

    assert len(pypdf.PdfReader(tmp_path / "deck.pdf").pages) == result.slides
