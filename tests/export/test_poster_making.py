"""While a poster is made the garbage collector is paused and its streams use a faster zlib level; both come back."""

from __future__ import annotations

import datetime as dt
import gc
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from sqlalchemy.orm import Session

from app.export.fallback_canvas import FLATE_LEVEL
from app.export.poster import export_poster
from app.export.progress import ExportCancelled
from app.export.report import export_persona_sheets

CREATED = dt.date(2026, 1, 2)
_STREAM = re.compile(rb"/Length (\d+).*?>>\s*stream\r?\n", re.S)


def _streams(path: Path) -> list[bytes]:
    """The raw (still compressed) data of every stream in the PDF at ``path``."""
    data = path.read_bytes()
    return [data[match.end():match.end() + int(match.group(1))] for match in _STREAM.finditer(data)]


@pytest.fixture
def collector_on() -> Iterator[None]:
    """The collector on for the test, and as it was after it."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_off_while_the_poster_is_drawn_and_back_on_after(sample: Session, tmp_path, collector_on):
    seen: list[bool] = []
    export_poster(sample, None, tmp_path / "poster.pdf", paper="A2", created=CREATED,
                  progress=lambda _done: seen.append(gc.isenabled()))
    assert len(seen) > 3
    assert not any(seen[:-1])  # every step until the file is written
    assert gc.isenabled()


@pytest.mark.parametrize("tile", [None, "A4"])
def test_a_cancelled_or_failed_poster_turns_the_collector_and_reportlab_back_as_they_were(
        sample: Session, tmp_path, collector_on, tile):
    flate, a85 = pdfdoc.PDFZCompress, rl_config.useA85
    calls: list[float] = []
    paused: list[bool] = []

    def cancel_midway(done: float) -> None:
        calls.append(done)
        if len(calls) == 3:  # the map's first cards are drawn (the first two: started, laid out)
            paused.append(not gc.isenabled())
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        export_poster(sample, None, tmp_path / "poster.pdf", paper="A2", tile=tile, created=CREATED,
                      progress=cancel_midway)
    assert paused == [True]
    assert calls[-1] < 1.0
    assert gc.isenabled()
    assert pdfdoc.PDFZCompress is flate
    assert rl_config.useA85 == a85
    assert not (tmp_path / "poster.pdf").exists()
    with pytest.raises(ZeroDivisionError):
        export_poster(sample, None, tmp_path / "poster.pdf", paper="A2", created=CREATED,
                      progress=lambda done: 1 / 0 if done > 0.2 else None)
    assert gc.isenabled()
    assert pdfdoc.PDFZCompress is flate


def test_a_collector_the_caller_turned_off_stays_off(sample: Session, tmp_path):
    was = gc.isenabled()
    gc.disable()
    try:
        export_poster(sample, None, tmp_path / "poster.pdf", paper="A3", created=CREATED)
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


def test_the_poster_streams_are_flate_at_the_faster_level_and_a_report_keeps_zlib_default(sample: Session,
                                                                                         tmp_path):
    export_poster(sample, None, tmp_path / "poster.pdf", paper="A2", created=CREATED)
    page = max(_streams(tmp_path / "poster.pdf"), key=len)
    raw = zlib.decompress(page)
    assert zlib.compress(raw, FLATE_LEVEL) != zlib.compress(raw)  # the two levels differ on this page
    assert page == zlib.compress(raw, FLATE_LEVEL)
    export_persona_sheets(sample, tmp_path / "report.pdf")
    page = max(_streams(tmp_path / "report.pdf"), key=len)
    assert page == zlib.compress(zlib.decompress(page))
    assert pdfdoc.PDFZCompress.__class__ is pdfdoc.PDFStreamFilterZCompress
