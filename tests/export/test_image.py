"""PNG and SVG export: the poster's picture painted through ReportLabPainter, banded and streamed, or as SVG text."""

from __future__ import annotations

import datetime as dt
import io
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.__main__ import main
from app.export import image
from app.export.fonts import REGULAR
from app.export.image import ImageResult, export_image, render_png
from app.export.poster import CANVAS_PT, MM, PosterDrawing, PosterError
from app.export.progress import ExportCancelled
from app.export.reportlab_painter import DOTS_PER_METRE, ReportLabPainter, ensure_gui_application
from app.model import colours
from app.model.schema import Journey, Persona, Stage
from tests.export.conftest import onboarding_sample
from tests.made_files import MadeFiles

#: Image exports make a QGuiApplication when there is none; pytest-qt's QApplication made first serves
#: both them and the widget tests that run later in the same process.
pytestmark = pytest.mark.usefixtures("qapp")

CREATED = dt.date(2026, 1, 2)
FRENCH = "Étape — « déçu »"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def session() -> Iterator[Session]:
    """The French onboarding sample, in memory (read only by these tests)."""
    yield from onboarding_sample("fr")


@pytest.fixture()
def own_session() -> Iterator[Session]:
    """An English onboarding sample a test may change."""
    yield from onboarding_sample("en")


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, offset = [], 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset:offset + 4])
        kind = data[offset + 4:offset + 8]
        body = data[offset + 8:offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length:offset + 12 + length])
        assert crc == zlib.crc32(kind + body), kind
        chunks.append((kind, body))
        offset += 12 + length
    return chunks


def _decode(data: bytes) -> QImage:
    decoded = QImage.fromData(data)
    assert not decoded.isNull()
    return decoded.convertToFormat(QImage.Format.Format_RGB888)


def _pixels(decoded: QImage) -> bytes:
    line = decoded.width() * 3
    stride = decoded.bytesPerLine()
    bits = bytes(decoded.constBits())
    return b"".join(bits[row * stride:row * stride + line] for row in range(decoded.height()))


def _page_pt(session: Session, paper: str | None, margin_mm: float = 10.0) -> tuple[float, float]:
    the_poster = PosterDrawing(session, None, CREATED)
    return image._page(the_poster, paper, None, margin_mm * MM)


# ---------------------------------------------------------------------- PNG


@pytest.mark.parametrize(("paper", "dpi"), [("A4", 50.0), ("A3", 72.0), ("300x200mm", 33.3), (None, 96.0)])
def test_the_png_has_the_page_size_at_the_dpi_and_says_the_dpi(session, tmp_path, paper, dpi):
    out = tmp_path / "map.png"
    result = export_image(session, None, out, dpi=dpi, paper=paper, created=CREATED)
    width_pt, height_pt = _page_pt(session, paper)
    assert isinstance(result, ImageResult)
    assert (result.width_px, result.height_px) == (round(width_pt * dpi / 72.0), round(height_pt * dpi / 72.0))
    chunks = dict(_chunks(out.read_bytes()))
    width, height, depth, colour, *_ = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    assert (width, height, depth, colour) == (result.width_px, result.height_px, 8, 2)
    x, y, unit = struct.unpack(">IIB", chunks[b"pHYs"])
    assert (x, y, unit) == (round(dpi / 0.0254), round(dpi / 0.0254), 1)
    decoded = _decode(out.read_bytes())
    assert (decoded.width(), decoded.height()) == (result.width_px, result.height_px)


def test_a_named_paper_is_turned_to_the_map_as_the_pdf_poster_is(session):
    layout = PosterDrawing(session, None, CREATED).layout
    width, height = _page_pt(session, "A3")
    assert (width > height) == (layout.width > layout.height)
    assert sorted((width / MM, height / MM)) == pytest.approx([297.0, 420.0])
    assert _page_pt(session, "300x200mm") == pytest.approx((300.0 * MM, 200.0 * MM))


def _card_probe(monkeypatch, the_poster: PosterDrawing) -> dict[int, object]:
    """Record the page-to-pixel transform in force when each card's rounded rectangle is drawn (band 0)."""
    seen: dict[int, object] = {}
    by_corner = {(round(box.rect.x, 3), round(box.rect.bottom, 3)): card_id
                 for card_id, box in the_poster.layout.cards.items()}
    original = ReportLabPainter.roundRect

    def spy(self, x, y, width, height, radius, stroke=1, fill=0):
        card_id = by_corner.get((round(x - 0.5, 3), round(-y + 0.5, 3)))
        if card_id is not None and radius == 4.0 and card_id not in seen:
            seen[card_id] = self.painter.worldTransform()
        return original(self, x, y, width, height, radius, stroke, fill)

    monkeypatch.setattr(ReportLabPainter, "roundRect", spy)
    return seen


def test_the_natural_size_draws_the_map_at_100_percent_and_the_cards_in_their_colours(session, monkeypatch):
    the_poster = PosterDrawing(session, None, CREATED)
    margin = 10.0 * MM
    page = the_poster.natural_size(margin)
    the_poster.scale_percent = 100.0
    seen = _card_probe(monkeypatch, the_poster)
    stream = io.BytesIO()
    width, height = render_png(the_poster, page, margin, 96.0, stream, rows=100_000)
    decoded = _decode(stream.getvalue())
    assert (decoded.width(), decoded.height()) == (width, height)
    layout, data = the_poster.layout, the_poster.data
    assert set(seen) == set(layout.cards)
    # One layout unit is one pixel at 96 dpi, and the whole map is on the page.
    some = next(iter(seen.values()))
    step = some.map(QPointF(100.0, 0.0)) - some.map(QPointF(0.0, 0.0))
    assert (step.x(), step.y()) == pytest.approx((100.0, 0.0), abs=1e-6)
    assert layout.width * CANVAS_PT < page[0] and layout.height * CANVAS_PT < page[1]
    left, right = some.map(QPointF(0.0, 0.0)).x(), some.map(QPointF(layout.width, 0.0)).x()
    margin_px = margin * 96.0 / 72.0
    assert left >= margin_px - 0.5 and right <= width - margin_px + 0.5  # the whole map, inside the margins
    matches = 0
    for card_id, transform in seen.items():
        box = layout.cards[card_id]
        expected = QColor(data.cards[card_id].colour or colours.CARD_FILLS[box.kind])
        point = transform.map(QPointF(box.rect.x + box.rect.w / 2.0, -(box.rect.bottom - 5.0)))
        found = decoded.pixelColor(int(point.x()), int(point.y()))
        if max(abs(found.red() - expected.red()), abs(found.green() - expected.green()),
               abs(found.blue() - expected.blue())) <= 3:
            matches += 1
    # A link's arrow may cross a card's bottom edge; every other card shows its own fill there.
    assert matches >= len(seen) * 0.9


def test_a_band_at_a_time_gives_the_same_pixels_as_one_band(session):
    the_poster = PosterDrawing(session, None, CREATED)
    page = (200.0 * MM, 150.0 * MM)
    whole, banded = io.BytesIO(), io.BytesIO()
    render_png(the_poster, page, 5.0 * MM, 60.0, whole, rows=100_000)
    render_png(the_poster, page, 5.0 * MM, 60.0, banded, rows=37)
    one, many = _pixels(_decode(whole.getvalue())), _pixels(_decode(banded.getvalue()))
    assert len(one) == len(many)
    # The same picture; a band's offset only moves the rasteriser's rounding of a few anti-aliased edge
    # pixels by a level or three (floating point; a thin ring cut by a band's edge), never a shape or a colour.
    differences = [abs(a - b) for a, b in zip(one, many, strict=True) if a != b]
    assert max(differences, default=0) <= 4
    assert len(differences) <= len(one) * 0.001
    assert sum(kind == b"IDAT" for kind, _ in _chunks(banded.getvalue())) >= 1


def test_the_same_journey_gives_the_same_bytes(session, tmp_path):
    first, second = tmp_path / "a.png", tmp_path / "b.png"
    export_image(session, None, first, dpi=40.0, created=CREATED)
    export_image(session, None, second, dpi=40.0, created=CREATED)
    assert first.read_bytes() == second.read_bytes()
    assert b"tIME" not in first.read_bytes()


def test_the_bands_stay_small_on_a_poster_sized_image():
    # An A0 at 300 dpi is 9933 px wide: a band is ~32 MB of ARGB, far from the 560 MB of the whole sheet.
    rows = image.band_rows(9933)
    assert 16 <= rows <= 1024
    assert rows * 9933 * 4 <= image.BAND_BYTES


# ---------------------------------------------------------------------- refusals and cancelling


@pytest.mark.parametrize("dpi", [5.0, 9.99, 1200.5, 5000.0])
def test_a_resolution_out_of_range_is_refused_in_one_sentence(session, tmp_path, dpi):
    with pytest.raises(PosterError, match="dpi"):
        export_image(session, None, tmp_path / "map.png", dpi=dpi)
    assert not list(tmp_path.iterdir())


def test_an_image_too_large_is_refused_before_anything_is_painted(session, tmp_path):
    with pytest.raises(PosterError, match="too large"):
        export_image(session, None, tmp_path / "map.png", dpi=1200.0, paper="A0")
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("paper", ["B7", "A9", "10x10mm", "poster"])
def test_an_unknown_paper_is_refused(session, tmp_path, paper):
    with pytest.raises(PosterError, match="paper"):
        export_image(session, None, tmp_path / "map.png", paper=paper)


def test_an_unknown_suffix_or_orientation_is_refused(session, tmp_path):
    with pytest.raises(PosterError, match=r"\.png or \.svg"):
        export_image(session, None, tmp_path / "map.gif")
    with pytest.raises(PosterError, match="orientation"):
        export_image(session, None, tmp_path / "map.png", paper="A4", orientation="diagonal")


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_a_cancelled_export_leaves_no_file_and_keeps_the_old_one(session, tmp_path, suffix):
    fresh, old = tmp_path / f"fresh{suffix}", tmp_path / f"old{suffix}"
    old.write_bytes(b"previous")
    seen = []

    def progress(fraction: float) -> None:
        seen.append(fraction)
        if fraction > 0.3:
            raise ExportCancelled

    for target in (fresh, old):
        with pytest.raises(ExportCancelled):
            export_image(session, None, target, dpi=30.0, progress=progress)
    assert not fresh.exists()
    assert old.read_bytes() == b"previous"
    assert sorted(path.name for path in tmp_path.iterdir()) == [old.name]
    assert seen == sorted(seen) or seen  # fractions are reported as the export goes


def test_progress_runs_from_zero_to_one(session, tmp_path):
    seen: list[float] = []
    export_image(session, None, tmp_path / "map.png", dpi=30.0, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert all(0.0 <= value <= 1.0 for value in seen)


# ---------------------------------------------------------------------- SVG


def test_the_svg_has_the_page_size_and_keeps_text_as_text(own_session, tmp_path):
    stage = own_session.scalars(select(Stage).order_by(Stage.position)).first()
    stage.name = FRENCH
    own_session.flush()
    out = tmp_path / "map.svg"
    result = export_image(own_session, None, out, created=CREATED)
    width_pt, height_pt = _page_pt(own_session, None)
    root = ET.parse(out).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("width") == f"{width_pt / MM:.3f}mm"
    assert root.get("height") == f"{height_pt / MM:.3f}mm"
    box = [float(value) for value in root.get("viewBox").split()]
    assert box == pytest.approx([0.0, 0.0, width_pt, height_pt], abs=0.01)
    assert (result.width_px, result.height_px) == (round(width_pt * 96 / 72), round(height_pt * 96 / 72))
    journey = own_session.scalars(select(Journey)).first()
    assert root.find(f"{SVG}title").text == journey.title
    texts = ["".join(node.itertext()) for node in root.iter(f"{SVG}text")]
    assert journey.title in texts
    assert FRENCH in texts
    assert any("DejaVu Sans" in (node.get("font-family") or "") for node in root.iter(f"{SVG}text"))


def test_the_svg_on_a_paper_and_twice_the_same(session, tmp_path):
    first, second = tmp_path / "a.svg", tmp_path / "b.svg"
    export_image(session, None, first, paper="A4", orientation="portrait", created=CREATED)
    export_image(session, None, second, paper="A4", orientation="portrait", created=CREATED)
    root = ET.parse(first).getroot()
    assert (root.get("width"), root.get("height")) == ("210.000mm", "297.000mm")
    assert first.read_bytes() == second.read_bytes()
    assert "Mon nouvel emploi" in first.read_text(encoding="utf-8")


# ---------------------------------------------------------------------- the adapter


def test_the_poster_uses_no_canvas_method_the_adapter_lacks(own_session, tmp_path, monkeypatch):
    """Draw the whole sample poster (legend, personas with a photo, title block) and watch for gaps."""
    ensure_gui_application()
    photo = QImage(40, 30, QImage.Format.Format_RGB32)
    photo.fill(QColor(250, 0, 0))
    buffer = io.BytesIO()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    raw = QByteArray()
    device = QBuffer(raw)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    photo.save(device, "PNG")
    device.close()
    buffer.write(bytes(raw))
    persona = own_session.scalars(select(Persona)).first()
    persona.photo = buffer.getvalue()
    own_session.flush()
    missing: list[str] = []
    original = ReportLabPainter.__getattr__

    def watch(self, name):
        missing.append(name)
        return original(self, name)

    monkeypatch.setattr(ReportLabPainter, "__getattr__", watch)
    for suffix, paper in ((".png", None), (".png", "A3"), (".svg", None)):
        export_image(own_session, None, tmp_path / f"map{suffix}", dpi=40.0, paper=paper, created=CREATED)
    assert missing == []
    decoded = _decode((tmp_path / "map.png").read_bytes())
    reds = sum(1 for y in range(0, decoded.height(), 2) for x in range(0, decoded.width(), 2)
               if decoded.pixelColor(x, y).getRgb()[:3] == (250, 0, 0))
    assert reds > 4  # the persona's photo is on the sheet


def test_an_unsupported_canvas_method_raises_attribute_error_naming_it():
    ensure_gui_application()
    target = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(target)
    try:
        canvas = ReportLabPainter(painter, (10.0, 10.0))
        with pytest.raises(AttributeError, match="beginForm"):
            canvas.beginForm("poster")
        assert canvas.missing == ["beginForm"]
        with pytest.raises(AttributeError, match="textObjectMagic"):
            canvas.beginText().textObjectMagic()
    finally:
        painter.end()


def _paint(draw, size=(100.0, 100.0), scale=2.0) -> QImage:
    ensure_gui_application()
    target = QImage(int(size[0] * scale), int(size[1] * scale), QImage.Format.Format_RGB32)
    target.setDotsPerMeterX(DOTS_PER_METRE)
    target.setDotsPerMeterY(DOTS_PER_METRE)
    target.fill(QColor(255, 255, 255))
    painter = QPainter(target)
    try:
        draw(ReportLabPainter(painter, size, scale=scale))
    finally:
        painter.end()
    return target


def _ink(target: QImage, rect: QRectF | None = None) -> QRectF:
    xs, ys = [], []
    for y in range(target.height()):
        for x in range(target.width()):
            if target.pixelColor(x, y).lightness() < 160:
                xs.append(x)
                ys.append(y)
    return QRectF(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1) if xs else QRectF()


def test_page_points_are_y_up_and_text_stands_upright_on_its_baseline():
    def draw(c):
        c.setFillColorRGB(0.0, 0.0, 0.0)
        c.rect(0, 0, 10, 10, stroke=0, fill=1)  # bottom left corner of the page

    target = _paint(draw)
    assert target.pixelColor(5, 195).lightness() == 0 and target.pixelColor(5, 5).lightness() == 255

    def text(c):
        c.setFont(REGULAR, 20)
        c.drawString(10, 50, "T")

    ink = _ink(_paint(text))
    # "T" sits on the baseline y = 50 pt (100 px from the bottom), its bar at the top.
    assert ink.bottom() == pytest.approx(100, abs=2)
    assert ink.top() < 100 - 20
    upright = _paint(text)
    top_row = int(ink.top()) + 1
    bar = sum(1 for x in range(upright.width()) if upright.pixelColor(x, top_row).lightness() < 160)
    assert bar > 10  # the bar of the T is at the top: not drawn upside down


def test_right_and_centred_strings_end_where_reportlab_measures_them():
    def draw(c):
        c.setFont("ParcoursSans", 10)
        c.drawRightString(140, 20, "Intégration — « déçu »")
        c.drawCentredString(75, 60, "Intégration — « déçu »")

    painted = _paint(draw, size=(150.0, 100.0))
    ink = _ink(painted.copy(0, 120, 300, 80))
    assert ink.right() == pytest.approx(280, abs=3)
    from reportlab.pdfbase import pdfmetrics

    width = pdfmetrics.stringWidth("Intégration — « déçu »", "ParcoursSans", 10) * 2.0
    assert ink.width() == pytest.approx(width, abs=4)
    centred = _ink(painted.copy(0, 0, 300, 120))
    assert centred.center().x() == pytest.approx(150, abs=3)
    assert centred.width() == pytest.approx(width, abs=4)


def test_the_adapter_draws_the_rest_of_the_canvas_api():
    def draw(c):
        c.setTitle("t")
        c.saveState()
        c.setStrokeColorCMYK(0, 1, 1, 0)
        c.setFillColor("#336699")
        c.setFillAlpha(0.5)
        c.setLineWidth(2)
        c.setDash(3, 2)
        c.setLineCap(1)
        c.setLineJoin(2)
        c.setMiterLimit(4)
        c.ellipse(10, 10, 40, 30, stroke=1, fill=1)
        c.circle(50, 50, 10, stroke=1, fill=0)
        c.arc(10, 60, 40, 90, 0, 180)
        c.wedge(60, 60, 90, 90, 0, 90, stroke=0, fill=1)
        c.lines([(0, 0, 10, 10), (10, 0, 0, 10)])
        c.grid([0, 50, 100], [0, 50, 100])
        c.bezier(0, 0, 10, 40, 20, 40, 30, 0)
        c.setDash([])
        path = c.beginPath()
        path.moveTo(5, 5)
        path.arcTo(5, 5, 25, 25, 90, 90)
        path.roundRect(30, 30, 20, 10, 3)
        path.ellipse(0, 0, 4, 4)
        path.circle(80, 20, 5)
        path.rect(70, 70, 5, 5)
        path.close()
        c.drawPath(path, stroke=1, fill=1, fillMode=1)
        clip = c.beginPath()
        clip.rect(0, 0, 50, 50)
        c.clipPath(clip, stroke=0, fill=0)
        c.rotate(10)
        c.skew(5, 0)
        c.transform(1, 0, 0, 1, 2, 2)
        c.translate(1, 1)
        c.scale(1.1, 0.9)
        text = c.beginText(10, 40)
        text.setFont("ParcoursSans-Bold", 8, 10)
        text.setFillColorRGB(0.2, 0.2, 0.2)
        text.textOut("Ab")
        text.textLine("c")
        text.moveCursor(5, 2)
        text.textLines("ligne 1\n  ligne 2")
        c.drawText(text)
        c.drawCentredString(50, 10, "centre")
        c.restoreState()
        c.setFillGray(0.5)
        c.drawImage(_red_png(), 60, 5, 20, 10, mask="auto")
        c.drawImage(_red_png(), 60, 20, 20, 20, preserveAspectRatio=True)
        c.setTrimBox((0, 0, 1, 1))
        c.setBleedBox((0, 0, 1, 1))
        c.showPage()
        c.save()

    target = _paint(draw)
    assert target.pixelColor(int(70 * 2), int((100 - 10) * 2)).getRgb()[:3] == (255, 0, 0)


def _red_png() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    picture = QImage(8, 4, QImage.Format.Format_ARGB32)
    picture.fill(QColor(255, 0, 0))
    raw = QByteArray()
    device = QBuffer(raw)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(device, "PNG")
    device.close()
    return bytes(raw)


def test_the_image_exporter_imports_no_widgets():
    code = ("import sys, app.export.image, app.export.reportlab_painter; "
            "sys.exit(1 if 'PySide6.QtWidgets' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2]).returncode == 0


# ---------------------------------------------------------------------- the command line


@pytest.fixture()
def project_file(tmp_path, made_files: MadeFiles) -> Path:
    """The French sample made by ``parcours new`` (once per run, copied per test)."""
    return made_files.new_project(tmp_path / "sample.parcours", "fr")


def test_the_command_line_writes_a_png_at_the_dpi_asked(project_file, tmp_path, capsys):
    out = tmp_path / "map.png"
    assert main(["export", str(project_file), str(out), "--dpi", "50"]) == 0
    printed = capsys.readouterr().out
    chunks = dict(_chunks(out.read_bytes()))
    width, height = struct.unpack(">II", chunks[b"IHDR"][:8])
    assert f"{width} x {height} px" in printed
    assert struct.unpack(">IIB", chunks[b"pHYs"]) == (round(50 / 0.0254), round(50 / 0.0254), 1)


def test_the_command_line_writes_an_svg_on_a_paper(project_file, tmp_path, capsys):
    out = tmp_path / "map.svg"
    assert main(["export", str(project_file), str(out), "--paper", "A4", "--landscape"]) == 0
    root = ET.parse(out).getroot()
    assert (root.get("width"), root.get("height")) == ("297.000mm", "210.000mm")
    assert "1123 x 794 px" in capsys.readouterr().out


def test_the_command_line_refuses_a_bad_dpi_in_one_line(project_file, tmp_path, capsys):
    assert main(["export", str(project_file), str(tmp_path / "map.png"), "--dpi", "2"]) == 1
    error = capsys.readouterr().err.strip()
    assert "dpi" in error and len(error.splitlines()) == 1
    assert not (tmp_path / "map.png").exists()


def test_painting_in_another_thread_gives_the_same_bytes(session):
    """The editor exports in a QThread: painting, fonts and glyphs work off the main thread too."""
    import threading

    the_poster = PosterDrawing(session, None, CREATED)  # the database is read in the thread that opened it
    page = (150.0 * MM, 100.0 * MM)
    here, there = io.BytesIO(), io.BytesIO()
    render_png(the_poster, page, 5.0 * MM, 40.0, here)
    failures: list[BaseException] = []

    def work() -> None:
        try:
            render_png(the_poster, page, 5.0 * MM, 40.0, there)
        except BaseException as error:  # handed back to the test
            failures.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert not failures
    assert here.getvalue() == there.getvalue()
