"""Cleaning of text at the input boundary.

Everything a user types, pastes or imports passes through :func:`clean_text`
before it reaches the model: lone surrogates (which cannot be encoded in UTF-8
and would break the file) and C0 control characters (which no editor shows)
are dropped; tabs and line breaks are kept, and ``\\r\\n`` becomes ``\\n``.
Everything else - accents, « guillemets », non-breaking spaces, emoji,
right-to-left text - is kept exactly.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def clean_text(value: str | None) -> str | None:
    """Return ``value`` without lone surrogates and C0 controls (tab and newline kept).

    ``None`` passes through unchanged. Non-string values are refused with
    ``TypeError`` so that a bug upstream is not silently stored as text.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value)
