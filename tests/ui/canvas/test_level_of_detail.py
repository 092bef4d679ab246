"""Card titles are drawn whenever they are legible on screen: the sample reads at Fit on 1920x1080 and 1280x720."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QImage

from app.ui.canvas.card_paint import MIN_TEXT_PX, title_lines_at


def _ink_rows(image: QImage, rect: QRect) -> list[int]:
    """Rows of ``rect`` holding dark text pixels (the card fills and borders are light)."""
    rows = []
    for y in range(max(0, rect.top()), min(image.height(), rect.bottom() + 1)):
        columns = range(max(0, rect.left()), min(image.width(), rect.right()))
        if any(image.pixelColor(x, y).lightness() < 90 for x in columns):
            rows.append(y)
    return rows


def _first_run(rows: list[int]) -> int:
    """Height of the first run of consecutive rows (one line of text)."""
    if not rows:
        return 0
    height = 1
    for before, after in zip(rows, rows[1:], strict=False):
        if after != before + 1:
            break
        height += 1
    return height


@pytest.mark.parametrize("width, height, docks, titles", [
    # The editor as it opens on a 1920x1080 screen: every title reads at Fit.
    (1920, 1080, True, ("Offer e-mail", "Apply online", "No news for 3 weeks", "Badge hand-over")),
    # A 1280x720 projector showing the map alone (docks closed): the cards with room for a 7 px line.
    (1280, 720, False, ("Two contradictory welcome e-mails", "Make the equipment hand-over a small celebration")),
])
def test_titles_are_legible_at_fit(qtbot, window, journey_map, width: int, height: int, docks: bool,
                                   titles: tuple[str, ...]) -> None:
    for dock in (window.palette_dock, window.inspector_dock, window.emotion_dock):
        dock.setVisible(docks)
    window.resize(width, height)
    qtbot.wait(50)
    view, scene = window.canvas_view, window.scene
    view.fit()
    scene.render_queue.flush()
    view.viewport().repaint()
    # A zoom never drawn may greek the titles its first frame has no time for: they come in the next turns.
    qtbot.waitUntil(lambda: not scene.overview.titles_pending(), timeout=10_000)
    zoom = view.zoom
    assert zoom < 0.54  # fitted, the layout's 13 px titles would be under 7 px: the rule is what draws them
    image = view.viewport().grab().toImage()
    measured = []
    for title in titles:
        item = scene.card_item(journey_map.card(title))
        size, lines = title_lines_at(item, zoom)
        assert lines and size * zoom >= MIN_TEXT_PX  # the title's font is at least 7 px on screen
        box = item.box.rect
        top_left = view.mapFromScene(QPointF(box.x, box.y))
        bottom_right = view.mapFromScene(QPointF(box.x + box.w, box.y + box.h))
        # The title's first line: from the card's padding down one line of the title font.
        pad = round(item.style.card_padding * zoom)
        line = round(size * zoom * 1.4)
        area = QRect(top_left.x() + pad + 2, top_left.y() + pad - 1, bottom_right.x() - top_left.x() - 2 * pad - 12,
                     line + 2)
        ink = _first_run(_ink_rows(image, area))
        measured.append(ink)
        # Letters with ascenders (capitals, l, f...) are about 0.7 of the font size: that many rows hold ink.
        assert ink >= round(0.7 * MIN_TEXT_PX), (title, zoom, size, ink)
    print(f"Fit at {width}x{height}: zoom {zoom:.2f}, title ink heights {measured} px")


def test_a_title_shrinks_to_one_elided_line_before_it_disappears(window, journey_map) -> None:
    item = window.scene.card_item(journey_map.card("Two contradictory welcome e-mails"))
    counts = []
    zoom = 1.0
    while zoom > 0.05:
        size, lines = title_lines_at(item, zoom)
        counts.append(len(lines))
        if lines:
            assert size * zoom >= MIN_TEXT_PX
        if lines and len(" ".join(lines).split()) < len(item.card_data.title.split()):
            assert lines[-1].endswith("…")  # never cut silently
        zoom *= 0.97
    assert counts[0] == len(item.box.title_lines) and counts[-1] == 0
    # The bigger font may take the body's room at first; from then on: fewer lines as the zoom goes down.
    tail = counts[counts.index(max(counts)):]
    assert tail == sorted(tail, reverse=True)
    assert 1 in counts  # one line is the last step before nothing
    last_one = max(n for n, count in enumerate(counts) if count == 1)
    assert title_lines_at(item, 0.97 ** last_one)[1][0].endswith("…")
