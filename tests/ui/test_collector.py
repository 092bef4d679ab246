"""The garbage collector is paused while a map is read and laid out, and always comes back as it was."""

from __future__ import annotations

import gc

import pytest

from app.model import journey_data
from app.ui import collector


@pytest.fixture
def collector_on():
    """The collector on and nothing frozen, as in a fresh editor; restored after the test."""
    was_enabled = gc.isenabled()
    gc.unfreeze()
    gc.enable()
    yield
    gc.unfreeze()
    if was_enabled:  # as it was (a test that turned it off must not leave it off for the tests after)
        gc.enable()
    else:
        gc.disable()


def _spy_on_reads(monkeypatch) -> list[bool]:
    """Whether the collector was on at each read of a journey by the scene."""
    seen: list[bool] = []
    read = journey_data.read_journey  # the scene imports it when it reads (the first paint needs no ORM)

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return read(*args, **kwargs)

    monkeypatch.setattr(journey_data, "read_journey", spy)
    return seen


def test_opening_a_project_reads_its_map_with_the_collector_paused_then_on_again(
        make_window, sample_path, monkeypatch, collector_on) -> None:
    seen = _spy_on_reads(monkeypatch)
    window = make_window(sample_path)
    assert seen == [False] and gc.isenabled()
    assert len(window.scene.cards) > 20


def test_a_collector_turned_off_by_someone_else_stays_off(make_window, sample_path, monkeypatch,
                                                          collector_on) -> None:
    seen = _spy_on_reads(monkeypatch)
    gc.disable()
    make_window(sample_path)
    assert seen == [False] and not gc.isenabled()


def test_with_a_frozen_map_to_replace_the_collector_stays_on(make_window, sample_path, monkeypatch,
                                                             collector_on) -> None:
    seen = _spy_on_reads(monkeypatch)
    gc.freeze()  # what a big map shown leaves (lazy.freeze_long_lived)
    make_window(sample_path)
    assert seen == [True] and gc.isenabled()


def test_an_error_inside_the_pause_turns_the_collector_back_on(collector_on) -> None:
    with pytest.raises(RuntimeError, match="read failed"), collector.paused_for_a_new_map():
        assert not gc.isenabled()
        raise RuntimeError("read failed")
    assert gc.isenabled()
