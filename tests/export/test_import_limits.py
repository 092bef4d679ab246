"""Hostile inputs to every importer: each is refused by one sentence naming the limit, fast and in little memory.

The files are built here. Time and peak memory are measured in a child
process (its own high-water mark, ``VmHWM``), which runs the importer the
way the command line does.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from app.export import ojf
from app.export.read import limits
from app.export.read import spreadsheet as spreadsheet_read
from app.export.read.project_json import import_project
from app.model.errors import ParcoursError
from app.model.schema import Card

ROOT = Path(__file__).resolve().parents[2]
#: Peak memory a refusal may take, in MB (the issue's budget).
PEAK_MB = 300
#: Time a refusal may take, in seconds (the child's start included).
SECONDS = 10

_CHILD = textwrap.dedent("""
    import json, resource, sys, time
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session
    from app import i18n
    from app.model.errors import ParcoursError
    from app.model.schema import Base, Project
    import importlib
    module = importlib.import_module("app.export." + "{module}")

    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    session = Session(engine)
    session.add(Project(title="Limits"))
    session.flush()
    started = time.perf_counter()
    message = None
    try:
        module.{function}(session, *{arguments!r})
    except ParcoursError as error:
        message = error.message(i18n.translate)
    # VmHWM is this process's own peak: ru_maxrss would start from the parent's (pytest's) size,
    # which Linux carries over fork and exec.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({{"message": message, "seconds": time.perf_counter() - started, "peak_mb": peak}}))
""")


def run_child(module: str, function: str, *arguments: object) -> dict:
    """Run ``app.export.<module>.<function>(session, *arguments)`` in a fresh process; its refusal, time and peak."""
    code = _CHILD.format(module=module, function=function, arguments=tuple(arguments))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def assert_refused_in_budget(result: dict, *fragments: str) -> None:
    """One sentence holding ``fragments``, in seconds, under :data:`PEAK_MB`."""
    message = result["message"]
    assert message is not None, "the file was accepted"
    assert message.count(". ") == 0 and message.endswith("."), message
    for fragment in fragments:
        assert fragment in message, message
    assert result["seconds"] < SECONDS, result
    assert result["peak_mb"] < PEAK_MB, result


def zero_link(tmp_path: Path, name: str) -> Path:
    """A file ``name`` that is a link to ``/dev/zero``: endless data."""
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    link = tmp_path / name
    link.symlink_to("/dev/zero")
    return link


# --------------------------------------------------------------------------- endless and oversized files


def test_a_mermaid_link_to_dev_zero_stops_at_the_size_limit(tmp_path):
    # CSV, .ojf and JSON: the command-line tests below, in a child process each too.
    result = run_child("mermaid", "import_mermaid", str(zero_link(tmp_path, "endless.mmd")))
    assert_refused_in_budget(result, f"{limits.MAX_FILE_BYTES // (1024 * 1024)} MB")


def test_a_file_larger_than_the_limit_is_refused_from_its_size(tmp_path, session):
    big = tmp_path / "big.csv"
    with big.open("wb") as stream:
        stream.truncate(limits.MAX_FILE_BYTES + 1)  # sparse: nothing is written, nothing need be read
    with pytest.raises(ParcoursError) as caught:
        spreadsheet_read.import_table(session, big)
    assert caught.value.params == {"limit": "20"}


# --------------------------------------------------------------------------- workbooks


def member_workbook(name: str, chunks: int, chunk: bytes = b"<si><t>a</t></si>" * 4096) -> bytes:
    """A small valid workbook plus an entry ``name`` of ``chunks`` times ``chunk`` (compressed)."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["title", "stage", "lane"])
    raw = io.BytesIO()
    book.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info, source.read(info.filename))
        with target.open(name, "w", force_zip64=True) as stream:
            for _ in range(chunks):
                stream.write(chunk)
    return out.getvalue()


def test_a_shared_strings_bomb_is_refused_before_it_is_unpacked(tmp_path):
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(member_workbook("xl/sharedStrings.xml", 1000))  # 70 MB of strings in under 1 MB
    assert path.stat().st_size < 1024 * 1024
    result = run_child("read.spreadsheet", "import_table", str(path))
    assert_refused_in_budget(result, "xl/sharedStrings.xml", f"{limits.MAX_MEMBER_BYTES // (1024 * 1024)} MB")


def test_a_part_compressed_like_a_zip_bomb_is_refused(session):
    data = member_workbook("xl/sharedStrings.xml", 40)  # 2.8 MB from a few kB
    with pytest.raises(ParcoursError) as caught:
        spreadsheet_read.import_table(session, data, kind="xlsx")
    assert caught.value.params == {"name": "xl/sharedStrings.xml", "limit": limits.MAX_RATIO}


def test_a_large_ordinary_workbook_stays_under_the_ratio_limit():
    rows = [["title", "stage", "lane"]] + [[f"Card {index} " * 3, f"Stage {index % 12}", f"Lane {index % 9}"]
                                           for index in range(12_000)]
    data = _xlsx(rows, write_only=True)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        limits.check_zip(archive)  # no refusal
        sheet = archive.getinfo("xl/worksheets/sheet1.xml")
    assert sheet.file_size > limits.RATIO_FLOOR


def _xlsx(rows: list[list[object]], *, write_only: bool = False) -> bytes:
    """A workbook of ``rows``: shared strings and a ``<dimension>``, or streamed (``write_only``)."""
    from openpyxl import Workbook

    book = Workbook(write_only=write_only)
    sheet = book.create_sheet() if write_only else book.active
    for row in rows:
        sheet.append(row)
    raw = io.BytesIO()
    book.save(raw)
    return raw.getvalue()


def _replace(data: bytes, name: str, change) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            target.writestr(info, change(content) if info.filename == name else content)
    return out.getvalue()


def test_a_stale_dimension_does_not_cut_the_cards_short(session):
    rows = [["title", "stage", "lane"]] + [[f"Card {index}", "S", "L"] for index in range(10)]
    data = _replace(_xlsx(rows), "xl/worksheets/sheet1.xml",
                    lambda xml: re.sub(rb'<dimension ref="[^"]*" ?/>', b'<dimension ref="A1:D3"/>', xml))
    assert b'ref="A1:D3"' in zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    result = spreadsheet_read.import_table(session, data, kind="xlsx")
    assert result.cards == 10


_XXE = (b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
        b'<si><t>&xxe;</t></si></sst>')
_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'.encode()
                      for i in range(1, 10))
           + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>')


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _with_shared_strings(xml: bytes) -> bytes:
    """A hand-made workbook whose one sheet reads its cells from the shared strings ``xml``."""
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
        "_rels/.rels": (f'<Relationships xmlns="{_RELS}"><Relationship Id="rId1" Target="xl/workbook.xml" '
                        f'Type="{_DOC}/officeDocument"/></Relationships>'),
        "xl/workbook.xml": (f'<workbook xmlns="{_MAIN}" xmlns:r="{_DOC}"><sheets>'
                            '<sheet name="Cards" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{_RELS}"><Relationship Id="rId1" Target="worksheets/sheet1.xml" '
            f'Type="{_DOC}/worksheet"/><Relationship Id="rId2" Target="sharedStrings.xml" '
            f'Type="{_DOC}/sharedStrings"/></Relationships>'),
        "xl/worksheets/sheet1.xml": (
            f'<worksheet xmlns="{_MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>title</t></is></c>'
            '<c r="B1" t="inlineStr"><is><t>stage</t></is></c><c r="C1" t="inlineStr"><is><t>lane</t></is></c>'
            '</row><row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="inlineStr"><is><t>S</t></is></c>'
            '<c r="C2" t="inlineStr"><is><t>L</t></is></c></row></sheetData></worksheet>'),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
        archive.writestr("xl/sharedStrings.xml", xml)
    return out.getvalue()


def test_the_hand_made_workbook_reads_its_shared_strings(session):
    xml = f'<sst xmlns="{_MAIN}"><si><t>Shared</t></si></sst>'.encode()
    result = spreadsheet_read.import_table(session, _with_shared_strings(xml), kind="xlsx")
    assert result.cards == 1 and session.scalar(select(Card.title)) == "Shared"


@pytest.mark.parametrize("xml", [_XXE, _LAUGHS], ids=["external-entity", "billion-laughs"])
def test_xml_declaring_entities_is_refused_in_one_sentence(session, xml):
    with pytest.raises(ParcoursError) as caught:
        spreadsheet_read.import_table(session, _with_shared_strings(xml), kind="xlsx")
    assert "declares entities" in caught.value.message()


def test_an_entity_hidden_behind_a_long_comment_is_stopped_by_defusedxml(session):
    import openpyxl

    assert openpyxl.DEFUSEDXML  # openpyxl parses through defusedxml
    hidden = _XXE.replace(b"<!DOCTYPE", b"<!--" + b" " * 10_000 + b"--><!DOCTYPE")
    with pytest.raises(ParcoursError) as caught:
        spreadsheet_read.import_table(session, _with_shared_strings(hidden), kind="xlsx")
    assert "declares entities" in caught.value.message()


def test_malformed_xml_is_refused_in_one_sentence(session):
    data = _replace(_xlsx([["title", "stage", "lane"], ["A", "S", "L"]]), "xl/worksheets/sheet1.xml",
                    lambda xml: xml[: len(xml) // 2])
    with pytest.raises(ParcoursError) as caught:
        spreadsheet_read.import_table(session, data, kind="xlsx")
    assert "damaged" in caught.value.message()


def test_the_command_line_refuses_an_xxe_workbook_with_exit_1(tmp_path):
    source = tmp_path / "xxe.xlsx"
    source.write_bytes(_with_shared_strings(_XXE))
    done = subprocess.run([sys.executable, "-m", "app", "import", str(tmp_path / "p.parcours"), str(source)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "PARCOURS_DATA_DIR": str(tmp_path)})
    assert done.returncode == 1, done.stderr
    assert "declares entities" in done.stderr and "Internal error" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


# --------------------------------------------------------------------------- rows, columns, cells


def test_a_csv_wider_than_the_column_limit_is_refused(session):
    header = ",".join(["title", "stage", "lane"] + [f"extra{i}" for i in range(limits.MAX_COLUMNS)])
    with pytest.raises(ParcoursError) as caught:
        spreadsheet_read.import_table(session, (header + "\r\nA,S,L\r\n").encode(), kind="csv")
    assert caught.value.params == {"row": 1, "limit": limits.MAX_COLUMNS}


def test_a_workbook_wider_than_the_column_limit_is_refused(session):
    row = ["A", "S", "L"] + [None] * limits.MAX_COLUMNS + ["far"]
    with pytest.raises(ParcoursError) as caught:
        spreadsheet_read.import_table(session, _xlsx([["title", "stage", "lane"], row]), kind="xlsx")
    assert caught.value.params == {"row": 2, "limit": limits.MAX_COLUMNS}


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_cell_longer_than_the_limit_is_refused(session, kind):
    long = "x" * (limits.MAX_CELL_CHARS + 1)  # openpyxl writes no more than that: the file is edited after
    data = (_replace(_xlsx([["title", "stage", "lane"], ["A", "S", "LONG"]], write_only=True),
                     "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b"LONG", long.encode()))
            if kind == "xlsx" else f"title,stage,lane\r\nA,S,{long}\r\n".encode())
    with pytest.raises(ParcoursError) as caught:
        spreadsheet_read.import_table(session, data, kind=kind)
    assert caught.value.params == {"row": 2, "column": "C", "limit": "32,767"}


# --------------------------------------------------------------------------- JSON and .ojf


def _ojf_with(value: str) -> bytes:
    return ('{"stages": [{"id": "s1", "name": "S"}], "swimlanes": [{"id": "l1", "name": "L"}], '
            '"nodes": [{"id": "n1", "stageId": "s1", "swimlaneId": "l1", "title": "T", "score": ' + value
            + "}]}").encode()


def test_a_5000_digit_number_is_refused_in_ojf_and_json(session):
    with pytest.raises(ParcoursError) as caught:
        ojf.import_ojf(session, _ojf_with("1" * 5000))
    assert caught.value.params == {"kind": "OJF", "limit": limits.MAX_DIGITS}
    with pytest.raises(ParcoursError) as caught:
        import_project(session, ('{"format": "parcours-project", "version": ' + "9" * 5000 + "}"))
    assert caught.value.params == {"kind": "JSON", "limit": limits.MAX_DIGITS}


def test_deep_nesting_is_refused_in_ojf_and_json(session):
    deep = "[" * 100_000 + "]" * 100_000
    with pytest.raises(ParcoursError) as caught:
        ojf.import_ojf(session, _ojf_with(deep))
    assert caught.value.params == {"kind": "OJF", "limit": limits.MAX_NESTING}
    with pytest.raises(ParcoursError) as caught:
        import_project(session, '{"format": ' + deep + "}")
    assert caught.value.params == {"kind": "JSON", "limit": limits.MAX_NESTING}


def test_brackets_and_digits_inside_text_do_not_count(session):
    text = json.dumps("[" * 500 + "9" * 500 + '\\"{')
    result = ojf.import_ojf(session, _ojf_with("1").replace(b'"title": "T"', b'"title": ' + text.encode()))
    assert result.cards == 1


def test_an_ojf_with_duplicate_node_ids_is_refused(session):
    document = json.loads(_ojf_with("1"))
    document["nodes"].append({**document["nodes"][0], "title": "Other"})
    with pytest.raises(ParcoursError) as caught:
        ojf.import_ojf(session, json.dumps(document).encode())
    assert caught.value.params == {"id": "n1"}
    assert "node n1 twice" in caught.value.message()


# --------------------------------------------------------------------------- the command line


_WRAPPER = ("import json, resource, subprocess, sys, time\n"
            "started = time.perf_counter()\n"
            "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
            "print(json.dumps({'code': done.returncode, 'err': done.stderr, 'seconds': time.perf_counter() - started,"
            " 'peak_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))\n")


@pytest.mark.parametrize("name", ["endless.csv", "endless.ojf", "endless.json"])
def test_the_command_line_refuses_endless_input_in_one_sentence(tmp_path, name):
    link = zero_link(tmp_path, name)
    done = subprocess.run([sys.executable, "-c", _WRAPPER, sys.executable, "-m", "app", "import",
                           str(tmp_path / "p.parcours"), str(link)], capture_output=True, text=True, timeout=120,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), "PARCOURS_DATA_DIR": str(tmp_path)})
    result = json.loads(done.stdout)
    assert result["code"] == 1, result
    assert len(result["err"].strip().splitlines()) == 1 and "larger than" in result["err"], result
    assert result["seconds"] < SECONDS and result["peak_mb"] < PEAK_MB, result
    assert not (tmp_path / "p.parcours").exists()


def test_a_stray_cell_a_million_rows_down_is_refused_without_walking_to_it(session):
    data = _replace(_xlsx([["title", "stage", "lane"], ["A", "S", "L"]], write_only=True), "xl/worksheets/sheet1.xml",
                    lambda xml: xml.replace(b"</sheetData>", b'<row r="1000000"><c r="A1000000" t="inlineStr">'
                                                             b"<is><t>far</t></is></c></row></sheetData>"))
    with pytest.raises(ParcoursError) as caught:
        spreadsheet_read.import_table(session, data, kind="xlsx")
    assert caught.value.params == {"sheet": "Sheet", "limit": f"{limits.MAX_SHEET_ROWS:,}"}


def _long_sheet(path: Path, rows: int) -> None:
    """A workbook of ``rows`` card rows, streamed into the zip (a few MB that unpack to tens)."""
    base = _xlsx([["title", "stage", "lane"]], write_only=True)
    with zipfile.ZipFile(io.BytesIO(base)) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info, source.read(info.filename))
        xml = source.read("xl/worksheets/sheet1.xml")
        head, tail = xml.split(b"</sheetData>")
        with target.open("xl/worksheets/sheet1.xml", "w") as stream:
            stream.write(head)
            for number in range(2, rows + 2):
                stream.write(f'<row r="{number}"><c r="A{number}" t="inlineStr"><is><t>Card {number}</t></is></c>'
                             f'<c r="B{number}" t="inlineStr"><is><t>S{number % 9}</t></is></c>'
                             f'<c r="C{number}" t="inlineStr"><is><t>L</t></is></c></row>'.encode())
            stream.write(b"</sheetData>" + tail)


@pytest.mark.slow
def test_a_workbook_of_300000_rows_is_refused_at_the_row_limit_in_little_memory(tmp_path):
    path = tmp_path / "long.xlsx"
    _long_sheet(path, 300_000)
    assert path.stat().st_size < limits.MAX_FILE_BYTES
    result = run_child("read.spreadsheet", "import_table", str(path))
    assert_refused_in_budget(result, "100,000 rows")
