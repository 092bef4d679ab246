"""Dates written and read as the interface's language does: day first in French, ISO in English."""

from __future__ import annotations

import datetime as dt

import pytest

from app.model.dates import date_text, datetime_text, local_time, read_date


def test_a_date_is_day_first_in_french_and_iso_in_english() -> None:
    day = dt.date(2027, 1, 5)
    assert date_text(day, "fr") == "05/01/2027"
    assert date_text(day, "en") == "2027-01-05"
    assert date_text(dt.datetime(2027, 1, 5, 23, 59), "fr") == "05/01/2027"


def test_a_time_is_written_to_the_minute() -> None:
    moment = dt.datetime(2027, 1, 5, 9, 7, 41)
    assert datetime_text(moment, "fr") == "05/01/2027 09:07"
    assert datetime_text(moment, "en") == "2027-01-05 09:07"


@pytest.mark.parametrize("typed, day", [("15/01/2027", dt.date(2027, 1, 15)), ("5/1/2027", dt.date(2027, 1, 5)),
                                        ("15.01.2027", dt.date(2027, 1, 15)), ("15-01-2027", dt.date(2027, 1, 15)),
                                        (" 15 / 01 / 2027 ", dt.date(2027, 1, 15)),
                                        ("2027-01-15", dt.date(2027, 1, 15))])
def test_french_reads_day_first_and_iso(typed: str, day: dt.date) -> None:
    assert read_date(typed, "fr") == day


@pytest.mark.parametrize("typed", ["31/02/2027", "15/13/2027", "15/01/27", "15/01", "demain", "", "2027/01/15x"])
def test_french_refuses_what_is_not_a_day(typed: str) -> None:
    with pytest.raises(ValueError):
        read_date(typed, "fr")


def test_english_reads_only_iso_day_first_is_ambiguous_there() -> None:
    assert read_date("2027-01-15", "en") == dt.date(2027, 1, 15)
    with pytest.raises(ValueError):
        read_date("01/03/2027", "en")


def test_a_stored_time_is_utc_and_shown_in_local_time(monkeypatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Paris")
    import time
    time.tzset()
    try:
        shown = local_time(dt.datetime(2027, 1, 15, 12, 0))  # naive: UTC, as the file stores it
        assert (shown.hour, shown.utcoffset()) == (13, dt.timedelta(hours=1))
        aware = dt.datetime(2027, 7, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
        assert local_time(aware).hour == 19  # 17:00 UTC is 19:00 in Paris in summer
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
