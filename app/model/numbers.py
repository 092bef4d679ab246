"""Numbers as a reader of the interface or of a deliverable expects them: "5,8" in French, "5.8" in English.

Python's ``f"{value:g}"`` wrote "5.8" in French tables and reports, and "1e+06" for a KPI of a million
customers. Here: no exponent, no useless decimals (at most six), and the language's decimal mark.
"""

from __future__ import annotations

#: Languages that write a decimal comma (the others write a point).
_DECIMAL_COMMA = frozenset({"fr"})


def number_text(value: float | None, language: str, unknown: str = "") -> str:
    """``value`` written for ``language`` ("12", "12,5" / "12.5", "1000000"); ``unknown`` when None."""
    if value is None:
        return unknown
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    if text in {"-0", ""}:
        text = "0"
    return decimal_mark(text, language)


def decimal_mark(text: str, language: str) -> str:
    """``text``, a number Python wrote (with a point), with ``language``'s decimal mark."""
    return text.replace(".", ",") if language in _DECIMAL_COMMA else text
