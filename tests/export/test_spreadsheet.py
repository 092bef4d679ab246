"""The long card table: CSV and XLSX export, import into a new journey, round trips and refusals."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import i18n
from app.__main__ import main
from app.export.read import spreadsheet as spreadsheet_read
from app.export.read.spreadsheet import import_table
from app.export.spreadsheet import CARD_COLUMNS, COLUMNS, csv_bytes, export_xlsx, table_rows, xlsx_bytes
from app.export.workbook_words import header
from app.model import templates
from app.model.enums import LaneKind, Language
from app.model.errors import ModelError, ParcoursError, ProjectFileError
from app.model.schema import Card, Channel, Journey, Lane, Stage

HEADER = "title,stage,lane\r\n"


@pytest.fixture
def sample(new_session: Callable[[], Session]) -> Session:
    """The English onboarding sample, with an awkward card to carry (quotes, commas, newlines, tags)."""
    session = new_session()
    templates.populate(session, "onboarding", "en")
    card = session.scalars(select(Card).order_by(Card.id)).first()
    card.body, card.tags, card.affected_share = 'Says "hello", then\nleaves; =1+1', ["a", "b c"], 12.5
    card.moment_of_truth, card.colour, card.severity = True, "#1A2B3C", 4
    card.note, card.duration = "  indented\tnote\n", "2 days "
    session.commit()
    return session


def journey_count(session: Session) -> tuple[int, int, int, int]:
    """Journeys, stages, lanes and cards of a project: what a refused import must leave alone."""
    return tuple(session.scalar(select(func.count()).select_from(model)) for model in (Journey, Stage, Lane, Card))


def refusal(session: Session, data: bytes, kind: str = "csv") -> ParcoursError:
    """Import ``data``, expect a refusal, and check that nothing was written."""
    before = journey_count(session)
    with pytest.raises(ParcoursError) as caught:
        import_table(session, data, kind=kind)
    assert journey_count(session) == before
    return caught.value


def workbook_bytes(rows: list[list[Any]], merge: str | None = None) -> bytes:
    """An XLSX file whose first sheet holds ``rows`` (and a merged range)."""
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


# --------------------------------------------------------------------------- export


def test_csv_is_utf8_with_a_bom_commas_crlf_and_rfc4180_quoting(sample):
    data = csv_bytes(sample)
    assert data.startswith(b"\xef\xbb\xbf" + ",".join(COLUMNS).encode() + b"\r\n")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    cards = sample.scalar(select(func.count(Card.id)).join(Lane).where(Lane.journey_id == 1))
    assert len(rows) == cards + 1
    first = dict(zip(COLUMNS, rows[1], strict=False))
    assert first["body"] == 'Says "hello", then\nleaves; =1+1'
    assert (first["tags"], first["moment_of_truth"], first["affected_share"]) == ("a; b c", "yes", "12.5")
    assert b'"Says ""hello"", then\nleaves; =1+1"' in data


def test_xlsx_has_the_table_the_matrix_and_a_bold_frozen_header(sample):
    workbook = load_workbook(io.BytesIO(xlsx_bytes(sample)))
    assert workbook.sheetnames == ["Cards", "Matrix", "Journey", "Stages", "Lanes", "Channels", "Personas",
                                   "Links", "Actions", "KPIs"]
    cards, matrix = workbook["Cards"], workbook["Matrix"]
    assert [cell.value for cell in cards[1]] == [header("cards", column, Language.EN) for column in CARD_COLUMNS]
    assert cards.freeze_panes == "A2" and cards["A1"].font.b
    assert cards["G2"].data_type == "s" and cards["G2"].value.endswith("=1+1")
    journey = sample.get(Journey, 1)
    assert [cell.value for cell in matrix[1]][1:] == [stage.name for stage in journey.stages]
    assert [row[0].value for row in matrix.iter_rows(min_row=2)] == [lane.name for lane in journey.lanes]
    assert matrix["B2"].alignment.wrap_text and 8 <= matrix.column_dimensions["B"].width <= 40
    assert workbook.properties.created == workbook.properties.modified


def test_xlsx_export_gives_the_same_bytes_twice(sample):
    assert xlsx_bytes(sample) == xlsx_bytes(sample)


# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_export_import_export_gives_the_same_table(sample, new_session, kind):
    data = csv_bytes(sample) if kind == "csv" else xlsx_bytes(sample)
    fresh = new_session()
    result = import_table(fresh, data, kind=kind, journey_title="Copy")
    fresh.commit()
    assert table_rows(fresh, result.journey_id) == table_rows(sample, 1)
    assert csv_bytes(fresh, result.journey_id) == csv_bytes(sample, 1)
    assert result.cards == len(table_rows(sample, 1))
    assert fresh.get(Journey, result.journey_id).title == "Copy"


def test_a_second_import_matches_the_channels_it_added_the_first_time(sample, new_session):
    fresh = new_session()
    first = import_table(fresh, csv_bytes(sample))
    assert first.warnings and all(w.params.get("name") for w in first.warnings)
    assert import_table(fresh, csv_bytes(sample)).warnings == []


def test_french_headers_semicolons_and_guessed_lane_kinds(new_session):
    session = new_session()
    templates.seed_channels(session, "fr")
    text = ("Étape;Couloir;TITRE;Note de satisfaction;Canal;Émotion;Moment de vérité;Étiquettes;Colonne inconnue\r\n"
            "Arrivée;Points de contact;Accueil;7,5;e-mail;joie;oui;a; b;x\r\n"
            "Arrivée;Irritants;Badge en retard;2;;colère;non;;y\r\n"
            "Départ;Points de contact;Pot;9;email;;;;z\r\n")
    text = text.replace("a; b", '"a; b"')
    result = import_table(session, text.encode("utf-8"), journey_title="Arrivée")
    assert [w.params for w in result.warnings] == [{"column": "Colonne inconnue"}]
    journey = session.get(Journey, result.journey_id)
    assert [stage.name for stage in journey.stages] == ["Arrivée", "Départ"]
    assert [(lane.name, lane.kind) for lane in journey.lanes] == [
        ("Points de contact", LaneKind.TOUCHPOINTS), ("Irritants", LaneKind.IRRITANTS)]
    rows = table_rows(session, result.journey_id)
    assert [(r["title"], r["score"], r["channel"], r["emotion"], r["tags"], r["moment_of_truth"]) for r in rows] == [
        ("Accueil", 7.5, "email", "joy", "a; b", True), ("Pot", 9.0, "email", None, None, None),
        ("Badge en retard", 2.0, None, "anger", None, False)]


def test_an_old_windows_csv_is_read_as_windows_1252(new_session):
    session = new_session()
    result = import_table(session, (HEADER + "Caf\xe9,\xc9tape 1,Notes\r\n").encode("cp1252"))
    assert table_rows(session, result.journey_id)[0]["title"] == "Café"


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf\r\n  \r\n"])
def test_an_empty_file_is_refused(new_session, data, kind):
    error = refusal(new_session(), data, kind)
    assert isinstance(error, ProjectFileError) and error.kind == "empty"


def test_a_header_without_cards_is_refused(new_session):
    assert isinstance(refusal(new_session(), HEADER.encode()), ProjectFileError)


def test_random_bytes_are_not_a_workbook(new_session):
    error = refusal(new_session(), os.urandom(2048), "xlsx")
    assert isinstance(error, ProjectFileError) and "not an Excel workbook" in str(error)
    assert isinstance(refusal(new_session(), b"PK\x03\x04" + os.urandom(300), "xlsx"), ProjectFileError)


def test_missing_required_columns_are_named(new_session):
    error = refusal(new_session(), b"titre,body\r\nA,B\r\n")
    assert error.params == {"row": 1, "column": "stage, lane"}


@pytest.mark.parametrize(("cell", "column", "fragment"), [
    ("abc", "Score", "abc is not a number"),
    ("11", "Score", "between 0 and 10"),
    ("-1", "Score", "between 0 and 10"),
])
def test_bad_scores_name_the_row_and_the_column(new_session, cell, column, fragment):
    data = f"Title,Stage,Lane,Score\r\nA,S,Touchpoints,5\r\nB,S,Touchpoints,{cell}\r\n".encode()
    error = refusal(new_session(), data)
    assert (error.params["row"], error.params["column"]) == (3, column)
    assert fragment in str(error) and "Row 3, column Score" in str(error)


@pytest.mark.parametrize(("column", "value"), [("severity", "9"), ("emotion", "happy"), ("colour", "red"),
                                               ("moment_of_truth", "maybe"), ("lane_kind", "wall"),
                                               ("severity", "2.5")])
def test_other_bad_values_name_the_row_and_the_column(new_session, column, value):
    error = refusal(new_session(), f"title,stage,lane,{column}\r\nA,S,L,{value}\r\n".encode())
    assert (error.params["row"], error.params["column"]) == (2, column)


def test_a_card_without_a_title_or_a_stage_is_refused(new_session):
    assert refusal(new_session(), (HEADER + ",S,L\r\n").encode()).params == {"row": 2, "column": "title"}
    assert refusal(new_session(), (HEADER + "A,,L\r\n").encode()).params == {"row": 2, "column": "stage"}


def test_a_csv_with_broken_quoting_names_the_row(new_session):
    error = refusal(new_session(), (HEADER + 'A,S,L\r\nB,"S"x,L\r\n').encode())
    assert error.params["row"] == 3 and "Row 3 of the CSV file cannot be read" in str(error)


def test_formulas_are_refused_with_their_cell(new_session):
    data = workbook_bytes([["title", "stage", "lane", "score"], ["A", "S", "L", 3], ["B", "S", "L", "=B2*2"]])
    error = refusal(new_session(), data, "xlsx")
    assert error.params == {"row": 3, "column": "D", "value": "=B2*2"}


def test_merged_cells_are_refused(new_session):
    data = workbook_bytes([["title", "stage", "lane"], ["A", "S", "L"], ["B", None, "L"]], merge="B2:B3")
    assert refusal(new_session(), data, "xlsx").params == {"row": 2, "column": "B", "cells": "B2:B3"}


def test_more_than_100000_rows_are_refused(new_session):
    data = (HEADER + "A,S,L\r\n" * 100_001).encode()
    error = refusal(new_session(), data)
    assert error.params == {"limit": "100,000", "row": 100_002}


def test_a_long_workbook_is_refused_from_its_dimension(new_session, monkeypatch):
    monkeypatch.setattr(spreadsheet_read, "MAX_ROWS", 3)
    data = workbook_bytes([["title", "stage", "lane"]] + [["A", "S", "L"]] * 4)
    assert refusal(new_session(), data, "xlsx").params["row"] == 5


def test_a_csv_with_a_broken_encoding_names_the_row(new_session):
    data = (HEADER + "Café,S,L\r\n").encode() + b"ab\xff\xfe,S,L\r\n"
    error = refusal(new_session(), data)
    assert error.params == {"row": 3, "column": 3}


def test_an_error_on_the_last_row_leaves_nothing_behind(sample):
    rows = csv_bytes(sample) + b"S,1,L,notes,,T,,,,99\r\n"
    error = refusal(sample, rows)
    assert error.params == {"row": len(table_rows(sample)) + 2, "column": "score", "value": "99", "low": "0",
                            "high": "10"}


def test_a_failure_while_writing_rolls_the_whole_import_back(sample, monkeypatch):
    lanes = []

    def failing_add_lane(session, journey_id, kind, **fields):
        lanes.append(kind)
        if len(lanes) == 3:
            raise ModelError("boom")
        return add_lane(session, journey_id, kind, **fields)

    add_lane = spreadsheet_read.ops.add_lane
    monkeypatch.setattr(spreadsheet_read.ops, "add_lane", failing_add_lane)
    channels = sample.scalar(select(func.count(Channel.id)))
    assert str(refusal(sample, csv_bytes(sample))) == "boom"
    assert sample.scalar(select(func.count(Channel.id))) == channels


# --------------------------------------------------------------------------- command line


def test_the_command_line_exports_csv_and_imports_xlsx(tmp_path: Path, capsys):
    project, table, book = tmp_path / "p.parcours", tmp_path / "out.csv", tmp_path / "in.xlsx"
    try:
        assert main(["new", str(project), "--lang", "en"]) == 0
        assert main(["export", str(project), str(table)]) == 0
        assert main(["export", str(project), str(book)]) == 0
        assert table.read_bytes().startswith(b"\xef\xbb\xbfstage,")
        capsys.readouterr()
        assert main(["import", str(project), str(book)]) == 0  # its own journey back: merged, not copied
        assert "were merged" in capsys.readouterr().err
        assert main(["import", str(project), str(book), "--journey", "in"]) == 0  # a copy under a new title
        capsys.readouterr()
        assert main(["info", str(project), "--json"]) == 0
        assert '"title": "in"' in capsys.readouterr().out
        book.write_bytes(b"not a workbook")
        assert main(["import", str(project), str(book)]) == 1
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 1 and "Excel" in err
    finally:
        i18n.install("en")


def test_an_xlsx_export_tells_its_progress_and_can_be_cancelled(sample, tmp_path):
    from app.export.progress import ExportCancelled

    seen: list[float] = []
    out = tmp_path / "cards.xlsx"
    export_xlsx(sample, out, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    out.write_bytes(b"previous")

    for after in (0.5, -1.0):  # while the workbook is saved, and in the middle of its rows

        def cancel(fraction: float, after: float = after) -> None:
            if fraction > after:
                raise ExportCancelled

        with pytest.raises(ExportCancelled):
            export_xlsx(sample, out, progress=cancel)
        assert out.read_bytes() == b"previous"


def test_the_command_line_exports_the_journey_named_and_titles_the_one_imported(tmp_path, capsys):
    from app import cli
    from app.model.store import ProjectStore

    project = tmp_path / "sample.parcours"
    assert cli.main(["new", str(project), "--lang", "en"]) == 0
    with ProjectStore.open(project, read_only=True) as store:
        titles = list(store.session.scalars(select(Journey.title).order_by(Journey.position)))
    assert len(titles) >= 2
    out = tmp_path / "second.csv"
    assert cli.main(["export", str(project), str(out), "--journey", titles[1]]) == 0
    with ProjectStore.open(project, read_only=True) as store:
        second = store.session.scalars(select(Journey).where(Journey.title == titles[1])).one()
        assert out.read_bytes() == csv_bytes(store.session, second.id)
    target = tmp_path / "target.parcours"
    assert cli.main(["import", str(target), str(out), "--journey", "Atelier du 12"]) == 0
    with ProjectStore.open(target, read_only=True) as store:
        assert list(store.session.scalars(select(Journey.title))) == ["Atelier du 12"]
    assert cli.main(["export", str(project), str(tmp_path / "x.xlsx"), "--journey", "Nope"]) == 1
    assert "There is no journey Nope" in capsys.readouterr().err
