"""CSV formula injection: a cell that a spreadsheet would run is written as text, and read back exactly."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest
from sqlalchemy import select

from app.export import spreadsheet
from app.export.csv_dialect import EXCEL_FR, FORMULA_STARTS, neutralise, restore
from app.export.read import spreadsheet as spreadsheet_read
from app.model.schema import Card
from app.model.text import clean_text
from tests.export.conftest import cards_of

#: One title per dangerous start (OWASP's list), as the issue gives them.
HOSTILE = ['=HYPERLINK("http://x","y")', "=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3", "\tTAB=1", "\rCR=1"]


def _retitle(session, titles: list[str]) -> list[Card]:
    cards = list(session.scalars(select(Card).order_by(Card.id)).all())[: len(titles)]
    for card, title in zip(cards, titles, strict=False):
        card.title = title
        card.note = title
    session.commit()
    return cards


def _csv_cells(data: bytes, delimiter: str = ",") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter))


#: A carriage return opens a line in the model (its text rules), so a card never starts with one:
#: the CR rule is checked on the cell writer itself.
STORED = [title for title in HOSTILE if clean_text(title) == title]


def test_a_carriage_return_cell_is_guarded_by_the_cell_writer():
    assert spreadsheet.csv_cell("\rCR=1") == "'\rCR=1"
    assert restore(spreadsheet.csv_cell("\rCR=1")) == "\rCR=1"
    assert spreadsheet.csv_cell(-2.5) == "-2.5" and spreadsheet.csv_cell(-2) == "-2"


@pytest.mark.parametrize("title", STORED)
def test_a_cell_a_spreadsheet_would_run_is_written_after_a_quote(sample, title):
    _retitle(sample, [title])
    rows = _csv_cells(spreadsheet.csv_bytes(sample))
    written = next(row for row in rows if row["title"].lstrip("'").startswith(title[0]))
    assert written["title"] == "'" + title
    assert written["note"] == "'" + title
    assert not any(value[:1] in FORMULA_STARTS for row in rows for value in row.values())


@pytest.mark.parametrize("title", STORED)
def test_the_import_gives_the_text_back_exactly(sample, new_session, title):
    _retitle(sample, [title])
    target = new_session()
    result = spreadsheet_read.import_table(target, spreadsheet.csv_bytes(sample), kind="csv")
    cards = cards_of(target, result.journey_id)
    assert title in [card.title for card in cards] and title in [card.note for card in cards]
    assert not any(card.title.startswith("'") for card in cards)


def test_text_already_starting_with_quotes_keeps_them(sample, new_session):
    titles = ["'=1+1", "''@x", "'plain", "it's"]
    _retitle(sample, titles)
    target = new_session()
    result = spreadsheet_read.import_table(target, spreadsheet.csv_bytes(sample), kind="csv")
    back = {card.title for card in cards_of(target, result.journey_id)}
    assert set(titles) <= back


@pytest.mark.parametrize("text", ["", "'", "=", "'=", "''-", "a=b", "-", "\t", "x'=", "'x"])
def test_restore_undoes_neutralise(text):
    assert restore(neutralise(text)) == text
    assert neutralise(text)[:1] not in FORMULA_STARTS


def test_numbers_stay_numbers_and_the_french_dialect_uses_a_decimal_comma(sample):
    card = sample.scalars(select(Card).where(Card.score.is_not(None))).first()
    card.score, card.affected_share = 7.5, 12.5
    sample.commit()
    rows = _csv_cells(spreadsheet.csv_bytes(sample, dialect=EXCEL_FR), ";")
    assert any(row["score"] == "7,5" and row["affected_share"] == "12,5" for row in rows)
    rows = _csv_cells(spreadsheet.csv_bytes(sample))
    assert any(row["score"] == "7.5" for row in rows)


def test_xlsx_keeps_every_hostile_title_as_text(sample, new_session):
    _retitle(sample, HOSTILE[:5])
    data = spreadsheet.xlsx_bytes(sample)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = b"".join(archive.read(name) for name in archive.namelist() if name.startswith("xl/worksheets/"))
    assert b"<f>" not in sheets and b"<f " not in sheets
    target = new_session()
    result = spreadsheet_read.import_table(target, data, kind="xlsx")
    assert set(HOSTILE[:5]) <= {card.title for card in cards_of(target, result.journey_id)}
