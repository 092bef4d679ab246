"""What the canvas draws: full text on hover when a card is elided, text skipped when far out, pinch zoom."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QPainter, QPointingDevice
from PySide6.QtWidgets import QApplication, QStyleOptionGraphicsItem

from app.ui.canvas.card_paint import FAR_LOD
from app.ui.commands import EditCardCommand, push


def _paint(item, scale: float) -> QImage:
    rect = item.boundingRect()
    image = QImage(int(rect.width() * scale) + 2, int(rect.height() * scale) + 2, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.translate(-rect.topLeft())
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image


def _dark_pixels(image: QImage) -> int:
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if image.pixelColor(x, y).lightness() < 60)


def test_a_long_title_is_elided_and_shown_whole_on_hover(window, journey_map) -> None:
    card = journey_map.card("Offer e-mail")
    long_title = " ".join(["Offer e-mail with every detail of the salary, the start date and the benefits"] * 3)
    push(window.document, EditCardCommand(window.document, card, title=long_title))
    item = window.canvas_view.scene().card_item(card)
    assert item.box.title_elided and item.box.title_lines[-1].endswith("…")
    assert long_title in item.toolTip()
    push(window.document, EditCardCommand(window.document, card, merge=False, title="Short"))
    assert window.canvas_view.scene().card_item(card).toolTip() == ""


def test_text_is_drawn_near_and_skipped_far(window, journey_map) -> None:
    item = window.canvas_view.scene().card_item(journey_map.card("Offer e-mail"))
    near = _paint(item, 1.0)
    far = _paint(item, FAR_LOD * 0.8)
    assert _dark_pixels(near) > 50  # the title's letters
    assert _dark_pixels(far) == 0


def test_a_pinch_zooms(window) -> None:
    from PySide6.QtGui import QNativeGestureEvent

    view = window.canvas_view
    device = QPointingDevice.primaryPointingDevice()
    centre = QPointF(view.viewport().rect().center())
    event = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture, device, 2, centre, centre,
                                QPointF(view.viewport().mapToGlobal(centre.toPoint())), 0.5, QPointF(), 0)
    QApplication.sendEvent(view.viewport(), event)
    assert abs(view.zoom - 1.5) < 1e-6


def test_far_out_one_overview_draws_the_cards_and_dragging_still_works(window, journey_map, qtbot) -> None:
    from PySide6.QtWidgets import QGraphicsItem

    from tests.ui.canvas import mouse

    view, scene = window.canvas_view, window.canvas_view.scene()
    view.set_zoom(0.3)
    no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    assert scene.far and scene.overview.isVisible()
    assert all(item.flags() & no_contents for item in scene.cards.values())
    window.canvas_view.viewport().repaint()  # a zoom never drawn: titles it had no time for come just after
    qtbot.waitUntil(lambda: not scene.overview.titles_pending(), timeout=10_000)
    image = window.canvas_view.grab().toImage()
    news = journey_map.card("No news for 3 weeks")
    box = scene.layout.cards[news].rect
    centre = mouse.scene_point(view, QPointF(box.x + box.w / 2, box.y + box.h / 2))
    assert image.pixelColor(centre).name().upper() == "#FFE1DE"  # the pain point's fill, drawn by the overview
    target = scene.cell_rect(journey_map.lane("Pain points"), journey_map.stage("First month"))
    mouse.drag(view, centre, mouse.scene_point(view, QPointF(target.center().x(), target.bottom() - 3)))
    assert journey_map.cell_of(news)[:2] == (journey_map.lane("Pain points"), journey_map.stage("First month"))
    assert scene.cards[news].flags() & no_contents and not scene.overview.skipped
    assert news in scene.overview.selected
    view.set_zoom(1.0)
    assert not scene.far and not scene.overview.isVisible()
    # Near, the card layer draws the cards from their pixmaps: the items still have no contents.
    assert scene.card_layer.isVisible() and not scene.cards[news].dragging
    assert all(item.flags() & no_contents for item in scene.cards.values())
