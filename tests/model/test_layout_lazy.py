"""A map's layout counts lines for its heights and wraps a card's text only when it is first read.

Each shortcut has a test that fails if the work it skips was needed: the
counted lines are those of a full wrap (so the heights are), a box read late
shows the lines an eager wrap gives, and frozen objects made fast are the
same objects as those made the usual way.
"""

from __future__ import annotations

import dataclasses
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.model.enums import LaneKind
from app.model.frozen import fast_constructor
from app.model.journey_data import CardData, JourneyData, LaneData, StageData
from app.model.layout import ELLIPSIS, CardBox, LayoutStyle, Rect, TextWrapper, compute_layout, wrap_text

STYLE = LayoutStyle()
WORDS = ("onboarding", "badge", "a", "welcome", "e-mail", "HR", "contract", "signature", "first", "day",
         "laptop", "unpacking", "manager", "coffee", "extraordinarily-long-hyphenated-word", "é", "kit")


class Proportional:
    """Characters of different widths, a little kerning between words (a line is narrower than its words)."""

    def width(self, text: str, size: float, bold: bool = False) -> float:
        wide = sum(1.4 if char in "mwMW" else 0.5 if char in "il.,' " else 1.0 for char in text)
        return (wide * size * (0.62 if bold else 0.55)) - 0.3 * text.count(" ")

    def line_height(self, size: float) -> float:
        return size * 1.4


class Counting(Proportional):
    """Proportional, counting what it is asked to measure."""

    def __init__(self) -> None:
        self.measured: list[str] = []

    def width(self, text: str, size: float, bold: bool = False) -> float:
        self.measured.append(text)
        return super().width(text, size, bold)


METRICS = Proportional()


def varied_text(rng: random.Random) -> str:
    """Empty, one word, a sentence, several paragraphs, a word wider than a card: what people type."""
    shape = rng.randrange(6)
    if shape == 0:
        return ""
    if shape == 1:
        return rng.choice(WORDS)
    words = [rng.choice(WORDS) for _ in range(rng.randint(2, 40))]
    if shape == 2:
        return "\n".join(" ".join(words[n:n + 4]) for n in range(0, len(words), 4))
    if shape == 3:
        words.insert(rng.randrange(len(words)), "x" * rng.randint(30, 90))
    return " ".join(words)


def varied_map(seed: int, cards: int = 400) -> JourneyData:
    """Four stages; steps, touchpoints (channels and scores), irritants (marked) and a folded lane."""
    rng = random.Random(seed)
    stages = [StageData(stage_id, stage_id, f"Stage {stage_id}") for stage_id in range(1, 5)]
    lanes = [LaneData(10, 0, LaneKind.STEPS), LaneData(20, 1, LaneKind.TOUCHPOINTS),
             LaneData(25, 2, LaneKind.EMOTIONS), LaneData(30, 3, LaneKind.IRRITANTS),
             LaneData(40, 4, LaneKind.NOTES, collapsed=True)]
    card_lanes = [10, 20, 30, 40]
    positions: dict[tuple[int, int], int] = {}
    made = []
    for card_id in range(1, cards + 1):
        cell = (rng.choice(card_lanes), rng.randint(1, 4))
        positions[cell] = positions.get(cell, -1) + 1
        touchpoint = cell[0] == 20
        made.append(CardData(card_id, cell[0], cell[1], positions[cell], title=varied_text(rng),
                             body=varied_text(rng) if rng.random() < 0.7 else "",
                             channel_id=rng.choice([None, 3]) if touchpoint else None,
                             score=rng.choice([None, 2.0, 9.0]) if touchpoint else None))
    return JourneyData.from_parts(stages, lanes, made)


def expected_height(title: tuple[str, ...], body: tuple[str, ...], box: CardBox) -> float:
    """A card's height from its lines, as documented: padding, lines, the gap between, room for its marks."""
    marks = max(STYLE.icon_size, STYLE.badge_size)
    text = len(title) * METRICS.line_height(STYLE.title_size) + len(body) * METRICS.line_height(STYLE.body_size)
    if title and body:
        text += STYLE.text_gap
    if box.icon_rect is not None and box.badge_rect is not None:
        text = max(text, STYLE.icon_size + STYLE.text_gap + STYLE.badge_size)
    elif box.icon_rect is not None or box.badge_rect is not None or box.kind is LaneKind.IRRITANTS:
        text = max(text, marks)
    return max(STYLE.min_card_height, text + 2 * STYLE.card_padding)


# --------------------------------------------------------------------------- counting lines


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab mé\n", max_size=200), st.integers(min_value=1, max_value=7),
       st.sampled_from([20.0, 50.0, 136.0]), st.booleans())
def test_counted_lines_are_those_of_a_full_wrap(text, max_lines, width, bold):
    counted = TextWrapper(METRICS).count_lines(text, 10.0, width, max_lines, bold)
    lines, elided = TextWrapper(METRICS).wrap(text, 10.0, width, max_lines, bold)

    assert counted == (len(lines), elided)


def test_a_text_plainly_too_long_is_counted_without_being_wrapped():
    metrics = Counting()
    wrapper = TextWrapper(metrics)
    text = " ".join(["welcome"] * 60)

    assert wrapper.count_lines(text, 10.0, 100.0, 3) == (3, True)
    measured = list(metrics.measured)
    assert not any(ELLIPSIS in text for text in measured)  # no line was finished with its "…"
    lines, elided = wrapper.wrap(text, 10.0, 100.0, 3)
    assert (len(lines), elided) == (3, True) and lines[-1].endswith(ELLIPSIS)


def test_counting_remembers_the_lines_a_later_wrap_gives():
    wrapper = TextWrapper(METRICS)
    text = "the first day badge and the laptop unpacking"

    count, elided = wrapper.count_lines(text, 13.0, 80.0, 6, True)

    assert wrapper.wrap(text, 13.0, 80.0, 6, True) == wrap_text(text, METRICS, 13.0, 80.0, 6, True)
    assert (count, elided) == (len(wrapper.wrap(text, 13.0, 80.0, 6, True)[0]), False)


# --------------------------------------------------------------------------- boxes wrapped when read


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_boxes_read_late_show_the_lines_of_an_eager_wrap_and_are_as_tall_as_them(seed):
    data = varied_map(seed)
    layout = compute_layout(data, METRICS, STYLE)
    plain = STYLE.card_width - 2 * STYLE.card_padding
    narrow = plain - max(STYLE.icon_size, STYLE.badge_size) - STYLE.card_padding

    assert layout.cards
    for card_id, box in layout.cards.items():
        card = data.cards[card_id]
        width = narrow if box.kind is LaneKind.IRRITANTS or box.icon_rect or box.badge_rect else plain
        # Each card wrapped on its own by a fresh wrapper: what an eager layout draws.
        title, title_elided = wrap_text(card.title, METRICS, STYLE.title_size, width, STYLE.max_title_lines,
                                        STYLE.title_bold)
        body, body_elided = wrap_text(card.body, METRICS, STYLE.body_size, width, STYLE.max_body_lines)
        assert (box.title_lines, box.body_lines, box.title_elided, box.body_elided) == \
            (title, body, title_elided, body_elided), card
        assert box.rect.h == expected_height(title, body, box)


@pytest.mark.parametrize("seed", [7, 8])
def test_a_layout_made_wrapped_equals_the_one_wrapped_when_read(seed):
    # The poster lays out the map it draws whole with its lines at once: the same boxes, lines and heights.
    data = varied_map(seed)
    style = dataclasses.replace(STYLE, card_width=250.0)
    metrics = Counting()
    wrapped = compute_layout(data, metrics, style, wrapped=True)
    late = compute_layout(data, METRICS, style)

    assert any(ELLIPSIS in text for text in metrics.measured)  # cut lines were finished while laying out
    assert any(box.title_elided or box.body_elided for box in wrapped.cards.values())
    assert wrapped.cards == late.cards and wrapped.height == late.height
    for card_id, box in wrapped.cards.items():
        assert (box.title_lines, box.body_lines) == (late.cards[card_id].title_lines, late.cards[card_id].body_lines)
        moved = box.moved(box.index, box.rect.y + 12.0, 12.0)  # a wrapped box moves with its lines
        assert moved.title_lines is box.title_lines and moved == dataclasses.replace(
            box, rect=Rect(box.rect.x, box.rect.y + 12.0, box.rect.w, box.rect.h),
            icon_rect=box.icon_rect and Rect(box.icon_rect.x, box.icon_rect.y + 12.0, box.icon_rect.w,
                                             box.icon_rect.h),
            badge_rect=box.badge_rect and Rect(box.badge_rect.x, box.badge_rect.y + 12.0, box.badge_rect.w,
                                               box.badge_rect.h))


def test_laying_out_finishes_no_cut_line_until_a_box_is_read():
    data = varied_map(4, cards=120)
    metrics = Counting()
    layout = compute_layout(data, metrics, STYLE)
    cut = [box for box in layout.cards.values() if box.title_elided or box.body_elided]

    assert cut
    assert not any(ELLIPSIS in text for text in metrics.measured)
    lines = cut[0].title_lines + cut[0].body_lines
    assert any(line.endswith(ELLIPSIS) for line in lines)
    assert any(ELLIPSIS in text for text in metrics.measured)


def test_a_box_moved_before_it_is_read_keeps_its_text_for_later():
    metrics = Counting()
    layout = compute_layout(varied_map(6, cards=120), metrics, STYLE)
    box = next(box for box in layout.cards.values() if box.title_elided and box.icon_rect is not None)

    moved = box.moved(4, box.rect.y + 30.0, 30.0)

    assert not any(ELLIPSIS in text for text in metrics.measured)  # moving wrapped nothing
    assert (moved.index, moved.rect.y, moved.icon_rect.y) == (4, box.rect.y + 30.0, box.icon_rect.y + 30.0)
    assert (moved.title_lines, moved.body_lines) == (box.title_lines, box.body_lines)
    assert moved.title_lines[-1].endswith(ELLIPSIS)
    again = box.moved(1, box.rect.y, 0.0)  # a box already read moves with its lines
    assert again.title_lines is box.title_lines and again.rect == box.rect


def test_a_box_read_late_equals_the_same_box_made_with_its_lines():
    layout = compute_layout(varied_map(5, cards=60), METRICS, STYLE)
    box = next(iter(layout.cards.values()))

    eager = CardBox(box.card_id, box.lane_id, box.stage_id, box.index, box.rect, box.title_lines, box.body_lines,
                    box.title_elided, box.body_elided, box.icon_rect, box.badge_rect, box.kind)
    late = compute_layout(varied_map(5, cards=60), METRICS, STYLE).cards[box.card_id]

    assert late == eager and hash(late) == hash(eager)
    assert dataclasses.replace(late, index=9).title_lines == eager.title_lines
    with pytest.raises(dataclasses.FrozenInstanceError):
        late.index = 3  # type: ignore[misc]
    with pytest.raises(AttributeError):
        late.no_such_field  # type: ignore[attr-defined]  # noqa: B018  # the read is the test


# --------------------------------------------------------------------------- frozen objects made fast


def test_frozen_objects_made_fast_are_the_same_objects():
    make = fast_constructor(Rect)
    fast, usual = make(1.0, 2.0, 3.0, 4.0), Rect(1.0, 2.0, 3.0, 4.0)

    assert type(fast) is Rect and fast == usual and hash(fast) == hash(usual) and repr(fast) == repr(usual)
    assert make(1.0, 2.0, w=3.0, h=4.0) == usual
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.x = 9.0  # type: ignore[misc]
    card = fast_constructor(CardData)(7, 1, 2, 0, "Title")
    assert card == CardData(7, 1, 2, 0, "Title") and card.tags == ()


def test_only_frozen_slotted_dataclasses_get_a_fast_constructor():
    @dataclasses.dataclass(slots=True)
    class Loose:
        value: int

    @dataclasses.dataclass(frozen=True)
    class WithoutSlots:
        value: int

    for cls in (Loose, WithoutSlots, dict):
        with pytest.raises(TypeError):
            fast_constructor(cls)
