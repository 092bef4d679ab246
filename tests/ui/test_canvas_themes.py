"""The map follows the theme (issue 13): the dark theme repaints cards, lanes, grid, headers, curve and overview live.

Colours are read off the screen: the viewport is grabbed and sampled, before
and after the Preferences dialog switches the theme (no restart).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from app.model.enums import LaneKind
from app.ui import theme
from app.ui.canvas import palette as canvas_palette
from app.ui.canvas.palette import DARK, LIGHT, CanvasPalette
from app.ui.commands import EditCardCommand, push
from tests.ui.canvas.conftest import Map


@pytest.fixture
def light_again(qapp) -> Iterator[None]:
    """Every test starts light and leaves the application light."""
    palette, style = qapp.palette(), qapp.style().name()
    theme.apply(qapp, "light")
    yield
    theme.apply(qapp, "light")
    qapp.setStyle(style)
    qapp.setPalette(palette)


def _choose_theme(window, choice: str) -> None:
    """Settings > Preferences, the theme combo set to ``choice``, OK (what the window does after ``exec``)."""
    from app.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(window)
    dialog.theme.setCurrentIndex(dialog.theme.findData(choice))
    dialog.apply()
    dialog.deleteLater()


def _screen(window) -> QImage:
    viewport = window.canvas_view.viewport()
    viewport.repaint()
    window.canvas_view.scene().render_queue.flush()
    QApplication.processEvents()
    return viewport.grab().toImage()


def _main_colour(image: QImage, rect: QRect) -> str:
    """The colour covering most of ``rect`` of ``image`` (the fill, whatever text or marks lie on it)."""
    counts: Counter[str] = Counter()
    rect = rect.intersected(image.rect())
    for y in range(rect.top(), rect.bottom() + 1, 2):
        for x in range(rect.left(), rect.right() + 1, 2):
            counts[image.pixelColor(x, y).name()] += 1
    return counts.most_common(1)[0][0]


def _on_screen(window, rect: QRectF) -> QRect:
    view = window.canvas_view
    return view.mapFromScene(rect).boundingRect().adjusted(3, 3, -3, -3)


def _close(first: str, second: str, tolerance: int = 10) -> bool:
    a, b = QColor(first), QColor(second)
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= tolerance


def _empty_cell(window) -> tuple[QRectF, LaneKind]:
    scene = window.canvas_view.scene()
    layout = scene.layout
    for (lane_id, stage_id), cell in layout.cells.items():
        if not layout.cell_cards.get((lane_id, stage_id)) and lane_id not in layout.curve:
            return QRectF(cell.x, cell.y, cell.w, cell.h), scene.lane_kind(lane_id)
    raise AssertionError("the sample has no empty cell")


def _colour_at(window, rect: QRectF) -> str:
    """The main colour painted over ``rect`` (scene coordinates), the view centred on it."""
    window.canvas_view.centerOn(rect.center())
    return _main_colour(_screen(window), _on_screen(window, rect))


def _looks(window, card_id: int) -> dict[str, str]:
    """The painted colours of a card, an empty cell, a stage header, a lane header and the desk."""
    scene = window.canvas_view.scene()
    layout = scene.layout
    card = scene.card_item(card_id).sceneBoundingRect().adjusted(4, 4, -4, -4)
    cell, _kind = _empty_cell(window)
    below = QRectF(layout.width * 0.5, layout.height + 8, 40, 20)
    looks = {"card": _colour_at(window, card), "cell": _colour_at(window, cell.adjusted(8, 8, -8, -8)),
             "desk": _colour_at(window, below)}
    window.canvas_view.centerOn(card.center())
    image = _screen(window)
    looks["stage"] = _main_colour(image, _on_screen(window, scene.stage_header_rect(layout.stages[1].stage_id)))
    looks["lane"] = _main_colour(image, _on_screen(window, scene.lane_header_rect(layout.lanes[1].lane_id)))
    return looks


def _expected(palette: CanvasPalette, window, card_id: int) -> dict[str, str]:
    scene = window.canvas_view.scene()
    box = scene.layout.cards[card_id]
    _cell, kind = _empty_cell(window)
    lane = scene.layout.lanes[1]
    return {"card": palette.card_fill(box.kind), "cell": palette.lane_tint(kind),
            "stage": palette.stage_header_fill, "lane": palette.lane_tint(lane.kind), "desk": palette.desk}


def test_the_dark_theme_repaints_the_map_at_once_and_the_light_one_brings_it_back(
        light_again, make_window, sample_path) -> None:
    window = make_window(sample_path, show=True)
    window.resize(1600, 1000)
    window.canvas_view.set_zoom(1.0)
    card_id = Map(window).card("Offer e-mail")
    window.canvas_view.centerOn(window.canvas_view.scene().card_item(card_id))
    light = _looks(window, card_id)
    for part, colour in _expected(LIGHT, window, card_id).items():
        assert _close(light[part], colour), (part, light[part], colour)

    _choose_theme(window, "dark")
    assert theme.is_dark() and canvas_palette.current() is DARK
    dark = _looks(window, card_id)
    for part, colour in _expected(DARK, window, card_id).items():
        assert _close(dark[part], colour), (part, dark[part], colour)
        assert QColor(dark[part]).lightness() < 110, (part, dark[part])
    # The curve pane and the overview follow too.
    pane = window.emotion_pane.pane()
    assert pane.plot.backgroundBrush().color().name() == DARK.paper
    assert pane._lines[0].opts["pen"].color().name() == DARK.curve_line.lower()
    minimap = window.minimap.grab().toImage()
    assert _main_colour(minimap, minimap.rect()) != "#ffffff"

    _choose_theme(window, "light")
    assert _looks(window, card_id) == light


def test_a_card_keeps_its_own_colour_in_the_dark_and_its_text_reads_on_it(
        light_again, make_window, sample_path) -> None:
    window = make_window(sample_path, show=True)
    window.resize(1600, 1000)
    window.canvas_view.set_zoom(1.0)
    card_id = Map(window).card("Offer e-mail")
    push(window.document, EditCardCommand(window.document, card_id, merge=False, colour="#FFD9A8"))
    window.canvas_view.centerOn(window.canvas_view.scene().card_item(card_id))
    _choose_theme(window, "dark")
    image = _screen(window)
    item = window.canvas_view.scene().card_item(card_id)
    rect = _on_screen(window, item.sceneBoundingRect().adjusted(4, 4, -4, -4))
    assert _close(_main_colour(image, rect), "#FFD9A8")
    # Its title is painted in dark ink: the darkest pixels of the card are dark, and read on its colour.
    darkest = min((image.pixelColor(x, y) for y in range(rect.top(), rect.top() + 24)
                   for x in range(rect.left() + 8, rect.right() - 30)), key=lambda c: c.lightness())
    assert darkest.lightness() < 80
    assert theme.contrast_ratio(DARK.ink_on("#FFD9A8"), "#FFD9A8") >= theme.MIN_CONTRAST


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_of_the_map_reads_at_4_5_to_1(palette: CanvasPalette) -> None:
    def reads(text: str, background: str) -> None:
        assert theme.contrast_ratio(text, background) >= theme.MIN_CONTRAST, (palette.name, text, background)

    for kind in LaneKind:
        tint, fill = palette.lane_tint(kind), palette.card_fill(kind)
        for background in (tint, fill):
            reads(palette.ink_on(background), background)
            reads(palette.muted_on(background), background)
        # What is painted without asking: the default inks on every default surface.
        reads(palette.text, tint)
        reads(palette.text, fill)
        reads(palette.muted_text, tint)
        reads(palette.muted_text, fill)
        reads(palette.visibility_line, tint)  # the "Line of visibility" label is drawn in the line's colour
        reads(palette.ink_on(fill, palette.icon), fill)
    reads(palette.stage_header_text, palette.stage_header_fill)
    reads(palette.ink_on(QColor(palette.stage_header_fill).darker(125).name(), palette.stage_header_text),
          QColor(palette.stage_header_fill).darker(125).name())
    # The curve pane: axis numbers, emotion names, the target's label and the moments' names.
    reads(palette.text, palette.paper)
    reads(palette.muted_on(palette.paper), palette.paper)
    reads(theme.readable(palette.target_line, palette.paper), palette.paper)
    reads(theme.readable(palette.moment, palette.paper), palette.paper)


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_any_colour_a_user_gives_a_card_keeps_readable_text(palette: CanvasPalette) -> None:
    steps = range(0, 256, 51)
    for red in steps:
        for green in steps:
            for blue in steps:
                colour = QColor(red, green, blue).name()
                assert palette.card_fill(LaneKind.STEPS, colour) == colour
                assert theme.contrast_ratio(palette.ink_on(colour), colour) >= theme.MIN_CONTRAST, colour
                assert theme.contrast_ratio(palette.muted_on(colour), colour) >= theme.MIN_CONTRAST, colour


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_refusals_and_warnings_read_on_the_window_in_both_themes(light_again, qapp, choice: str) -> None:
    theme.apply(qapp, choice)
    window = qapp.palette().color(QPalette.ColorRole.Window)
    for kind in ("error", "warning"):
        assert theme.contrast_ratio(theme.alert_colour(kind), window) >= theme.MIN_CONTRAST, (choice, kind)


def test_the_docks_follow_a_theme_switch_too(light_again, make_window, sample_path) -> None:
    window = make_window(sample_path, show=True)
    _choose_theme(window, "dark")
    # The palette's channel icons are drawn in the new text colour (they were left in the old one, unseen).
    phone = window.card_palette.entry("Phone")
    image = phone.icon().pixmap(48, 48).toImage()
    inked = [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())
             if image.pixelColor(x, y).alpha() > 200]
    assert inked and min(colour.lightness() for colour in inked) > 150
    # The first-steps hint (an empty map's) takes the dark theme's tooltip colours, and reads.
    QApplication.processEvents()
    hint = window.first_steps
    hint.resize(400, 60)
    painted = _main_colour(hint.grab().toImage(), QRect(0, 0, 400, 60))
    assert painted == QApplication.palette().color(QPalette.ColorRole.ToolTipBase).name() == "#33373d"
    assert theme.contrast_ratio(hint.palette().color(hint.foregroundRole()), painted) >= theme.MIN_CONTRAST
    # A refusal in the inspector is written in the dark theme's red.
    assert theme.alert_colour("error") in window.inspector.error_label.styleSheet()
    _choose_theme(window, "light")
    assert theme.alert_colour("error") in window.inspector.error_label.styleSheet()
    image = window.card_palette.entry("Phone").icon().pixmap(48, 48).toImage()
    inked = [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())
             if image.pixelColor(x, y).alpha() > 200]
    assert inked and max(colour.lightness() for colour in inked) < 100
