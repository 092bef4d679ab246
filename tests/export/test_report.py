"""The A4 reports: the action plan (matrix, quick wins first, nothing lost) and the persona sheets."""

from __future__ import annotations

import datetime as dt
import re
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from app import __version__
from app.export.progress import ExportCancelled
from app.export.report import ReportError, ReportResult, export_action_plan, export_persona_sheets
from app.export.report_matrix import FILL_IN, MAJOR, QUICK_WIN, THANKLESS, quadrant
from app.model.enums import ActionStatus, Horizon, JourneyState, LaneKind
from app.model.schema import Action, Base, Card, Department, Journey, Lane, Persona, Project, Stage
from tests.export.conftest import onboarding_sample

CREATED = dt.date(2026, 1, 2)
A4_PT = (210.0 * 72.0 / 25.4, 297.0 * 72.0 / 25.4)
FRENCH = "Été à Noël : ça coûte « cher » — l’œuvre è"


def _engine_session() -> tuple[object, Session]:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    session = Session(engine)
    session.add(Project(title="Projet d’essai", organisation="Hexagone", author="Équipe CX"))
    session.flush()
    return engine, session


@pytest.fixture(scope="module")
def sample() -> Iterator[Session]:
    """The French onboarding sample, in memory (read only by these tests)."""
    yield from onboarding_sample("fr")


@pytest.fixture
def empty() -> Iterator[Session]:
    """A project with nothing but its title."""
    engine, session = _engine_session()
    yield session
    session.close()
    engine.dispose()


def _add_actions(session: Session, specs: list[tuple[str, int, int, Horizon | None]], **extra: object) -> None:
    for position, (title, impact, effort, horizon) in enumerate(specs):
        session.add(Action(position=position, title=title, impact=impact, effort=effort, horizon=horizon, **extra))
    session.flush()


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def png_bytes(width: int = 24, height: int = 32) -> bytes:
    """A small RGB gradient PNG, written by hand."""
    rows = b"".join(b"\x00" + bytes(v for x in range(width) for v in (x * 255 // width, y * 255 // height, 160))
                    for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _assert_a4_and_embedded(path: Path) -> None:
    reader = pypdf.PdfReader(path)
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(A4_PT[0], abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(A4_PT[1], abs=0.01)
        fonts = page["/Resources"]["/Font"]
        assert fonts
        for font in fonts.values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), font["/BaseFont"]


# ---------------------------------------------------------------------- the action plan


def test_quadrants_follow_high_impact_low_effort():
    assert quadrant(5, 1) == quadrant(3, 2) == QUICK_WIN
    assert quadrant(3, 3) == quadrant(5, 5) == MAJOR
    assert quadrant(2, 2) == quadrant(1, 1) == FILL_IN
    assert quadrant(2, 3) == quadrant(1, 5) == THANKLESS


def test_the_sample_action_plan_is_a4_with_embedded_fonts_and_every_action(sample, tmp_path):
    out = tmp_path / "plan.pdf"
    result = export_action_plan(sample, out, created=CREATED)
    assert isinstance(result, ReportResult) and result.path == out
    assert len(pypdf.PdfReader(out).pages) == result.pages >= 2
    _assert_a4_and_embedded(out)
    text = _flat(_text(out))
    for action in sample.scalars(select(Action)):
        assert action.title in text
    assert f"page 1/{result.pages}" in text and f"page {result.pages}/{result.pages}" in text
    assert f"Parcours {__version__} · 02/01/2026" in text
    # Linked irritants with their stage, and the indicators measured on them.
    assert "Pas d'ordinateur le premier jour (Premier jour)" in text
    assert "Arrivants équipés le premier jour" in text
    assert "Services généraux" in text and "15/12/2026" in text


def test_quick_wins_come_first_then_impact_then_effort(empty, tmp_path):
    _add_actions(empty, [("Thankless one", 2, 5, None), ("Big project", 5, 4, None), ("Quick easy", 4, 1, None),
                         ("Planned later", 5, 1, Horizon.LATER), ("Quick middling", 3, 2, None),
                         ("Quarter project", 5, 3, Horizon.MONTHS_3), ("Fill in", 1, 1, None)])
    out = tmp_path / "plan.pdf"
    export_action_plan(empty, out, created=CREATED)
    text = _flat(_text(out))
    order = ["Quick easy", "Quick middling", "Quarter project", "Planned later", "Big project", "Thankless one",
             "Fill in"]
    positions = [text.index(f" {title}") for title in order]
    assert positions == sorted(positions), text
    assert re.search(r"\b1 Quick easy", text) and re.search(r"\b2 Quick middling", text)


def test_the_matrix_draws_a_numbered_dot_per_action(empty, tmp_path):
    _add_actions(empty, [(f"Action {index}", 1 + index % 5, 1 + index // 5 % 5, None) for index in range(14)])
    out = tmp_path / "plan.pdf"
    export_action_plan(empty, out, created=CREATED)
    first = pypdf.PdfReader(out).pages[0].extract_text()
    tokens = set(first.split())
    assert {str(number) for number in range(6, 15)} <= tokens
    for name in ("Quick wins", "Major projects", "Fill-ins", "Thankless tasks"):
        assert name in first


def test_a_crowded_cell_lists_its_numbers_as_ranges(empty, tmp_path):
    _add_actions(empty, [(f"Même case {index}", 5, 1, None) for index in range(120)] + [("Seule", 1, 5, None)])
    out = tmp_path / "plan.pdf"
    export_action_plan(empty, out, created=CREATED)
    first = _flat(pypdf.PdfReader(out).pages[0].extract_text())
    assert "120 actions:" in first and "1–120" in first and "121" in first.split()


def test_french_text_is_extractable(empty, tmp_path):
    department = Department(position=0, name="Ressources humaines", colour="#B0507F")
    empty.add(department)
    empty.flush()
    _add_actions(empty, [(FRENCH, 5, 1, Horizon.QUICK_WIN)],
                 description="Déjà « prêt » ? Oui — l’équipe s’en charge.", department_id=department.id)
    out = tmp_path / "plan.pdf"
    export_action_plan(empty, out, created=CREATED)
    text = _flat(_text(out))
    assert FRENCH in text
    assert "Déjà « prêt » ? Oui — l’équipe s’en charge." in text
    _assert_a4_and_embedded(out)


def test_the_same_input_gives_the_same_bytes(sample, tmp_path):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    export_action_plan(sample, first, created=CREATED)
    export_action_plan(sample, second, created=CREATED)
    assert first.read_bytes() == second.read_bytes()
    export_persona_sheets(sample, first, created=CREATED)
    export_persona_sheets(sample, second, created=CREATED)
    assert first.read_bytes() == second.read_bytes()


def test_two_hundred_long_actions_run_over_several_pages_and_lose_nothing(empty, tmp_path):
    long_text = " ".join(f"mot{index % 10}" for index in range(600))  # ~3,000 characters
    unbroken = "Z" * 3000
    for position in range(200):
        description = long_text if position % 20 == 0 else f"Description {position}."
        empty.add(Action(position=position, title=f"Chantier numéro {position:03d}", description=description,
                         impact=1 + position % 5, effort=1 + position * 7 % 5, status=ActionStatus.PLANNED,
                         horizon=[Horizon.QUICK_WIN, Horizon.MONTHS_3, Horizon.MONTHS_12, None][position % 4]))
    empty.add(Action(position=200, title="Titre " + "très long " * 300, description=unbroken, impact=5, effort=5))
    empty.flush()
    out = tmp_path / "plan.pdf"
    result = export_action_plan(empty, out, created=CREATED)
    assert result.pages >= 8
    text = _text(out)
    flat = _flat(text)
    for position in range(200):
        assert f"Chantier numéro {position:03d}" in flat
    assert flat.count("mot7") == 10 * 60  # every word of the ten long descriptions
    assert text.count("Z") == 3000  # a word longer than a line is split across lines, not clipped
    assert flat.count("très long") == 300
    _assert_a4_and_embedded(out)


def test_text_never_leaves_the_page(empty, tmp_path):
    _add_actions(empty, [("Titre " + "interminable " * 400, 5, 1, None)], description="Y" * 3000)
    out = tmp_path / "plan.pdf"
    export_action_plan(empty, out, created=CREATED)
    for page in pypdf.PdfReader(out).pages:
        origins: list[tuple[float, float]] = []
        page.extract_text(visitor_text=lambda text, cm, tm, font, size, seen=origins: seen.append(
            (tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5])) if text.strip() else None)
        for x, y in origins:
            assert 0.0 <= x <= A4_PT[0] and 0.0 <= y <= A4_PT[1]


def test_a_journeys_plan_has_its_actions_and_the_project_wide_ones(sample, tmp_path):
    journeys = sample.scalars(select(Journey).order_by(Journey.position)).all()
    to_be = next(journey for journey in journeys if journey.state is JourneyState.TO_BE)
    as_is = next(journey for journey in journeys if journey.state is JourneyState.AS_IS)
    general = Action(position=100, title="Former les managers à l’accueil", impact=4, effort=2)
    sample.add(general)
    sample.flush()
    try:
        out = tmp_path / "plan.pdf"
        export_action_plan(sample, out, journey_id=as_is.id, created=CREATED)
        text = _flat(_text(out))
        assert "Former les managers à l’accueil" in text and "Un seul e-mail de bienvenue commun" in text
        assert as_is.title in text
        export_action_plan(sample, out, journey_id=to_be.id, created=CREATED)
        text = _flat(_text(out))
        assert "Former les managers à l’accueil" in text
        assert "Un seul e-mail de bienvenue commun" not in text
    finally:
        sample.delete(general)
        sample.flush()


def test_no_actions_is_one_sentence(empty, tmp_path):
    out = tmp_path / "plan.pdf"
    with pytest.raises(ReportError) as caught:
        export_action_plan(empty, out)
    assert caught.value.message() == "This project has no actions yet: add some before printing an action plan."
    assert not out.exists()
    with pytest.raises(ReportError) as caught:
        export_action_plan(empty, out, journey_id=999)
    assert caught.value.message() == "There is no such journey in this project."


def test_cancelling_leaves_no_file_and_progress_rises_to_one(sample, tmp_path):
    out = tmp_path / "plan.pdf"

    def cancel(fraction: float) -> None:
        if fraction > 0.5:
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        export_action_plan(sample, out, created=CREATED, progress=cancel)
    with pytest.raises(ExportCancelled):
        export_persona_sheets(sample, out, created=CREATED, progress=cancel)
    assert list(tmp_path.iterdir()) == []
    seen: list[float] = []
    export_action_plan(sample, out, created=CREATED, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 5
    seen.clear()
    export_persona_sheets(sample, out, created=CREATED, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_an_irritant_of_another_journey_names_its_journey(empty, tmp_path):
    journeys = []
    for position, title in enumerate(("Commander", "Être livré")):
        journey = Journey(position=position, title=title)
        empty.add(journey)
        empty.flush()
        stage = Stage(journey_id=journey.id, position=0, name="Attente")
        lane = Lane(journey_id=journey.id, position=0, kind=LaneKind.IRRITANTS)
        empty.add_all([stage, lane])
        empty.flush()
        empty.add(Card(lane_id=lane.id, stage_id=stage.id, position=0, title=f"Retard {position}"))
        journeys.append(journey)
    empty.flush()
    cards = empty.scalars(select(Card).order_by(Card.id)).all()
    empty.add(Action(position=0, title="Prévenir le client", journey_id=journeys[0].id, cards=cards))
    empty.flush()
    out = tmp_path / "plan.pdf"
    export_action_plan(empty, out, created=CREATED)
    text = _flat(_text(out))
    assert "Retard 0 (Attente)" in text and "Retard 1 (Être livré › Attente)" in text


# ---------------------------------------------------------------------- persona sheets


def test_one_a4_sheet_per_persona(sample, tmp_path):
    out = tmp_path / "personas.pdf"
    result = export_persona_sheets(sample, out, created=CREATED)
    personas = sample.scalars(select(Persona).order_by(Persona.position)).all()
    reader = pypdf.PdfReader(out)
    assert result.pages == len(reader.pages) == len(personas)
    _assert_a4_and_embedded(out)
    for page, persona in zip(reader.pages, personas, strict=True):
        text = _flat(page.extract_text())
        assert persona.name in text and persona.role in text
        quote = persona.quote.strip("«» ")
        assert f"« {quote} »" in text
        assert "Mon nouvel emploi" in text
        assert f"page {personas.index(persona) + 1}/{len(personas)}" in text


def _persona(session: Session, position: int, **fields: object) -> Persona:
    persona = Persona(position=position, **fields)
    session.add(persona)
    session.flush()
    return persona


def _images(page: pypdf.PageObject) -> int:
    objects = page["/Resources"].get("/XObject", {})
    return sum(1 for item in objects.values() if item.get_object()["/Subtype"] == "/Image")


def test_photo_placeholder_and_corrupt_photo(empty, tmp_path):
    _persona(empty, 0, name="Avec Photo", photo=png_bytes(), photo_type="image/png", colour="#2F80C0",
             quote="Simple.", digital_ease=4)
    _persona(empty, 1, name="Sans Photo", colour="#E08A1E")
    _persona(empty, 2, name="Photo Cassée", photo=png_bytes()[:60] + b"garbage", photo_type="image/png")
    _persona(empty, 3, name="Pas Une Image", photo=b"not an image at all", photo_type="image/jpeg")
    out = tmp_path / "personas.pdf"
    result = export_persona_sheets(empty, out, created=CREATED)
    assert result.pages == 4
    pages = pypdf.PdfReader(out).pages
    assert [_images(page) for page in pages] == [1, 0, 0, 0]
    assert "SP" in pages[1].extract_text().split() and "PC" in pages[2].extract_text().split()
    assert "“Simple.”" in _flat(pages[0].extract_text())
    _assert_a4_and_embedded(out)


def test_long_persona_texts_shrink_then_shorten_on_one_page(empty, tmp_path):
    _persona(empty, 0, name="Bavarde", role="Cheffe de projet", biography="Une vie bien remplie, vraiment. " * 400,
             goals="\n".join(f"- objectif {index} très important" for index in range(80)),
             frustrations="Attendre. " * 300, hobbies="Lecture, " * 200, quote="Je parle beaucoup. " * 50,
             digital_ease=2)
    out = tmp_path / "personas.pdf"
    assert export_persona_sheets(empty, out, created=CREATED).pages == 1
    page = pypdf.PdfReader(out).pages[0]
    text = page.extract_text()
    assert "…" in text and "Bavarde" in text and "Cheffe de projet" in text
    origins = []
    page.extract_text(visitor_text=lambda t, cm, tm, font, size: origins.append(tm[5] * cm[3] + cm[5])
                      if t.strip() else None)
    assert min(origins) >= 10.0 * 72.0 / 25.4 and max(origins) <= A4_PT[1]


def test_a_journeys_personas_only(empty, tmp_path):
    first = _persona(empty, 0, name="Première")
    _persona(empty, 1, name="Seconde")
    journey = Journey(position=0, title="Acheter", personas=[first])
    lonely = Journey(position=1, title="Vide")
    empty.add_all([journey, lonely])
    empty.flush()
    out = tmp_path / "personas.pdf"
    assert export_persona_sheets(empty, out, journey_id=journey.id, created=CREATED).pages == 1
    assert "Première" in _text(out) and "Seconde" not in _text(out)
    with pytest.raises(ReportError) as caught:
        export_persona_sheets(empty, out, journey_id=lonely.id)
    assert caught.value.message() == ("The journey Vide has no personas yet: add some before printing persona "
                                      "sheets.")


def test_no_personas_is_one_sentence(empty, tmp_path):
    out = tmp_path / "personas.pdf"
    with pytest.raises(ReportError) as caught:
        export_persona_sheets(empty, out)
    assert caught.value.message() == "This project has no personas yet: add some before printing persona sheets."
    assert not out.exists()
