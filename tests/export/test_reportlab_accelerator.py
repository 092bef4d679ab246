"""Posters are written with ReportLab's C accelerator (rl-accel): PDF numbers formatted in C, as before."""

from __future__ import annotations

from reportlab.lib import rl_accel


def test_reportlab_formats_numbers_with_its_c_accelerator() -> None:
    assert type(rl_accel.fp_str).__name__ == "builtin_function_or_method"  # not the Python fallback
    assert rl_accel.fp_str(0.0) == "0"
    assert rl_accel.fp_str(1.5, -2.25, 595.2756) == "1.5 -2.25 595.2756"
