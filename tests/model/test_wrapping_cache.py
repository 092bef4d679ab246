"""The wrapper's memory: results kept per (size, width, lines, bold) then by text, bounded, never stale."""

from __future__ import annotations

from app.model.layout import TextWrapper, wrap_text
from tests.model.test_layout_lazy import METRICS

TEXTS = [f"word{n} " * (n % 7 + 1) + "end" for n in range(40)]


def test_results_stay_right_across_sizes_widths_and_a_full_memory(monkeypatch) -> None:
    wrapper = TextWrapper(METRICS)
    monkeypatch.setattr(TextWrapper, "MAX_RESULTS", 7)  # the memory empties itself several times below
    for round_ in range(2):
        for text in TEXTS:
            for size, width, lines, bold in ((10.0, 60.0, 2, False), (10.0, 90.0, 3, True), (12.0, 60.0, 2, False)):
                expected = wrap_text(text, METRICS, size, width, lines, bold)
                assert wrapper.count_lines(text, size, width, lines, bold) == (len(expected[0]), expected[1])
                assert wrapper.wrap(text, size, width, lines, bold) == expected, (round_, text, size, width)
    assert wrapper._result_count <= 7
    assert sum(len(results) for results in wrapper._results.values()) == wrapper._result_count
