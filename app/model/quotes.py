"""A persona's quote between the quotation marks of the reader's language: « … » in French, “…” in English."""

from __future__ import annotations

#: Marks a quote may already carry (typed by the user, or from an import): they are replaced, not doubled.
_MARKS = "\"“”«»\u00a0 "


def quoted(text: str, language: str) -> str:
    """``text`` between ``language``'s quotation marks (French: « and » with no-break spaces); "" when empty."""
    text = text.strip().strip(_MARKS)
    if not text:
        return ""
    return f"«\u00a0{text}\u00a0»" if language == "fr" else f"“{text}”"
