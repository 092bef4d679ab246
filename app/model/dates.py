"""Dates as a reader of the interface or of a deliverable expects them: 15/01/2027 in French, ISO otherwise.

The action plan's due dates, the comments, the recovery question, the poster's title block and
the reports each wrote ISO dates (2027-01-15) whatever the language, and a French consultant who
typed a due date as 15/01/2027 was refused. Here: one way to write a date and one way to read one.
"""

from __future__ import annotations

import datetime as dt
import re

#: Languages that write the day first, then the month (the others get unambiguous ISO dates).
_DAY_FIRST = frozenset({"fr"})
#: A typed day-first date: 15/01/2027, 15.01.2027 or 15-01-2027 (the year in four digits).
_TYPED_DAY_FIRST = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")


def date_text(value: dt.date, language: str) -> str:
    """``value`` written for ``language``: 15/01/2027 in French, 2027-01-15 otherwise."""
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.strftime("%d/%m/%Y") if language in _DAY_FIRST else value.isoformat()


def datetime_text(value: dt.datetime, language: str) -> str:
    """``value`` (local time) to the minute: 15/01/2027 14:05 in French, 2027-01-15 14:05 otherwise."""
    return f"{date_text(value.date(), language)} {value:%H:%M}"


def read_date(text: str, language: str) -> dt.date:
    """The date typed in ``text``: ISO in any language, and day first (15/01/2027) where it is written so.

    Raises ValueError for anything else, or for a day that does not exist (31/02/2027).
    """
    typed = text.strip()
    if language in _DAY_FIRST:
        found = _TYPED_DAY_FIRST.fullmatch(typed)
        if found:
            day, month, year = (int(part) for part in found.groups())
            return dt.date(year, month, day)
    return dt.date.fromisoformat(typed)


def local_time(value: dt.datetime) -> dt.datetime:
    """``value`` in the computer's time zone; a naive ``value`` is UTC (as the project file stores times)."""
    return (value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)).astimezone()
