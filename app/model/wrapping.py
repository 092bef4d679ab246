"""Word wrapping of card text, measured by a :class:`TextMetrics` (no Qt).

:class:`TextWrapper` remembers what it wrapped: the canvas keeps one for the
life of a map, so laying the map out again after an edit measures only the
text that changed.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from itertools import accumulate
from typing import Protocol


class TextMetrics(Protocol):
    """Measures text in one font family at a given pixel size."""

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """Advance width of ``text`` on one line."""
        ...

    def line_height(self, size: float) -> float:
        """Distance between two baselines."""
        ...


#: Appended to the last line of a text that did not fit.
ELLIPSIS = "…"
#: Lines of several words measured whole before sums of word widths are trusted away from the limit.
_CALIBRATION_LINES = 24


def wrap_text(text: str, metrics: TextMetrics, size: float, width: float, max_lines: int,
              bold: bool = False) -> tuple[tuple[str, ...], bool]:
    """Word-wrap ``text`` into lines no wider than ``width``; return (lines, elided).

    Explicit newlines start new lines; runs of spaces between words count as
    one; a word longer than a line is broken between characters. When more
    than ``max_lines`` lines are needed, the last kept line ends with "…" and
    ``elided`` is True, so the caller can show the full text elsewhere. Empty
    text gives no lines. Raises ``ValueError`` when ``max_lines`` < 1.
    """
    return TextWrapper(metrics).wrap(text, size, width, max_lines, bold)


class _Font(dict[str, float]):
    """What the wrapper knows of one (size, bold): word widths, measured on first use, and its calibration.

    A dict of word widths (so a ``map`` over a text's words runs in C) with
    the width of a space and what :meth:`TextWrapper._fits` learned so far:
    how many lines were measured whole, and the largest gap per space
    between a line measured whole and its words added up.
    """

    def __init__(self, metrics: TextMetrics, size: float, bold: bool) -> None:
        super().__init__()
        self._measure = metrics.width
        self._size = size
        self._bold = bold
        self.space = metrics.width(" ", size, bold)
        self.seen = 0
        self.slack = 0.0
        #: The margin per space within which a line is measured whole: every line until calibrated.
        self.per_gap = math.inf

    def __missing__(self, word: str) -> float:
        width = self[word] = self._measure(word, self._size, self._bold)
        return width

    def learn(self, whole: float, estimate: float, gaps: int) -> None:
        """A line of ``gaps`` spaces measured ``whole`` wide when its words added up to ``estimate``."""
        self.seen += 1
        self.slack = max(self.slack, abs(whole - estimate) / gaps)
        if self.seen >= _CALIBRATION_LINES:
            self.per_gap = self.slack + 0.75


class TextWrapper:
    """:func:`wrap_text` with memory: results and word widths are cached for its lifetime.

    Lines are filled by adding up cached word widths; a line whose sum comes
    close to the limit (see :meth:`_fits`) is then measured whole, so
    kerning or shaping across words can never make a line wider than asked
    (such a line is wrapped again word by word).

    A map's height needs only how many lines each text takes:
    :meth:`count_lines` answers that, skipping what only drawing needs
    (the "…" of a cut text, measured a character at a time, and the lines
    of a text plainly too long for its room); :meth:`wrap` gives the same
    number of lines, finished.
    """

    #: Beyond this many remembered results the memory starts afresh (a long session of edits).
    MAX_RESULTS = 200_000

    def __init__(self, metrics: TextMetrics) -> None:
        self._metrics = metrics
        #: Per (size, width, max_lines, bold), then by text: (lines, elided), the last line of a cut text
        #: without its "…". The key of a text is the card's own string, not a tuple made for it (a big map
        #: keeps some 20,000 of them per 10,000 cards).
        self._results: dict[tuple[float, float, int, bool], dict[str, tuple[tuple[str, ...], bool]]] = {}
        self._result_count = 0
        #: (line, size, width, bold) -> the line shortened to fit with "…" appended.
        self._ellipses: dict[tuple[str, float, float, bool], str] = {}
        self._fonts: dict[tuple[float, bool], _Font] = {}
        #: Texts :meth:`count_lines` found cut without wrapping them (their lines are made when drawn), per
        #: (size, width, max_lines, bold).
        self._cut: dict[tuple[float, float, int, bool], set[str]] = {}

    def wrap(self, text: str, size: float, width: float, max_lines: int,
             bold: bool = False) -> tuple[tuple[str, ...], bool]:
        """Same as :func:`wrap_text`, remembered per (text, size, width, max_lines, bold)."""
        results = self._results_for((size, width, max_lines, bold))
        result = results.get(text)
        if result is None:
            result = self._wrap(text, size, width, max_lines, bold, None)
            assert result is not None  # only a count may stop short
            results = self._remember(results, (size, width, max_lines, bold), text, result)
        lines, elided = result
        if elided:
            last = (lines[-1], size, width, bold)
            ending = self._ellipses.get(last)
            if ending is None:
                ending = self._ellipses[last] = self._with_ellipsis(lines[-1], size, width, bold)
            return (*lines[:-1], ending), True
        return result

    def count_lines(self, text: str, size: float, width: float, max_lines: int,
                    bold: bool = False) -> tuple[int, bool]:
        """(how many lines, whether cut) of :meth:`wrap` with the same arguments, at a fraction of its cost.

        A one-paragraph text whose words added up cannot fit in ``max_lines``
        lines is known to be cut without being wrapped; the lines of the
        others are remembered for :meth:`wrap`.
        """
        params = (size, width, max_lines, bold)
        results = self._results_for(params)
        result = results.get(text)
        if result is None:
            cut = self._cut.get(params)
            if cut is not None and text in cut:
                return max_lines, True
            result = self._wrap(text, size, width, max_lines, bold, max_lines)
            if result is None:
                if cut is None:
                    cut = self._cut[params] = set()
                if len(cut) >= self.MAX_RESULTS:
                    cut.clear()
                cut.add(text)
                return max_lines, True
            self._remember(results, params, text, result)
        return len(result[0]), result[1]

    def _results_for(self, params: tuple[float, float, int, bool]) -> dict[str, tuple[tuple[str, ...], bool]]:
        results = self._results.get(params)
        if results is None:
            results = self._results[params] = {}
        return results

    def _remember(self, results: dict[str, tuple[tuple[str, ...], bool]], params: tuple[float, float, int, bool],
                  text: str, result: tuple[tuple[str, ...], bool]) -> dict[str, tuple[tuple[str, ...], bool]]:
        """Keep ``result`` for ``text``; returns the dict it went into (a new one when the memory was full)."""
        if self._result_count >= self.MAX_RESULTS:
            self._results.clear()
            self._ellipses.clear()
            self._result_count = 0
            results = self._results_for(params)
        results[text] = result
        self._result_count += 1
        return results

    def _wrap(self, text: str, size: float, width: float, max_lines: int, bold: bool,
              more_than: int | None) -> tuple[tuple[str, ...], bool] | None:
        """(lines, elided), the last line of a cut text without its "…".

        None when ``more_than`` is given and the text, one paragraph, plainly
        needs more lines than that (see :meth:`_wrap_paragraph`).
        """
        if max_lines < 1:
            raise ValueError("max_lines must be at least 1")
        if not text:
            return (), False
        lines: list[str] = []
        if "\n" not in text:
            if not self._wrap_paragraph(text, size, width, bold, lines, max_lines + 1, more_than):
                return None
        else:
            for paragraph in text.split("\n"):
                self._wrap_paragraph(paragraph, size, width, bold, lines, max_lines + 1)
                if len(lines) > max_lines:
                    break
        if len(lines) > max_lines:
            return tuple(lines[:max_lines]), True
        return tuple(lines), False

    def _font(self, size: float, bold: bool) -> _Font:
        font = self._fonts.get((size, bold))
        if font is None:
            font = self._fonts[(size, bold)] = _Font(self._metrics, size, bold)
        return font

    def _fits(self, words: list[str], estimate: float, font: _Font, width: float) -> bool:
        """Whether the words, whose widths add up to ``estimate``, fit on one line of ``width``.

        Kerning and shaping across words make a line a little wider or
        narrower than its words added up. The first lines of each font size
        are measured whole to learn by how much per space at most; after
        that only a line within that much of the limit is measured whole.
        """
        gaps = len(words) - 1
        if gaps > 0:
            margin = font.per_gap * gaps
            if estimate <= width - margin:
                return True
            if estimate > width + margin:
                return False
        whole = self._metrics.width(" ".join(words), font._size, font._bold)
        if gaps > 0:
            font.learn(whole, estimate, gaps)
        return whole <= width

    def _wrap_paragraph(self, paragraph: str, size: float, width: float, bold: bool,
                        lines: list[str], limit: int, more_than: int | None = None) -> bool:
        """Append the lines of one paragraph to ``lines``, stopping once ``limit`` lines are there.

        Each line takes as many words as fit by their widths added up (found
        by bisection over running sums), then :meth:`_fits` has the last word
        on whether kerning lets them fit (without a call when the line is
        clear of the limit by the calibrated margin, the common case).

        With ``more_than``, returns False (and appends nothing) when the
        paragraph, not fitting on one line, plainly needs more lines than
        that: its words added up (a space between each) exceed ``more_than``
        full lines. Every line after the first check holds words whose
        widths add up to at most ``width`` (:meth:`_fits` only ever takes
        words off), so that bound is exact, not an estimate.
        """
        words = paragraph.split()
        font = self._fonts.get((size, bold)) or self._font(size, bold)
        word_widths = list(map(font.__getitem__, words))
        space = font.space
        count = len(words)
        if count > 1:
            total = sum(word_widths) + space * (count - 1)
            margin = font.per_gap * (count - 1)  # _fits, inline: most texts are clear of the limit
            if total <= width - margin or (total <= width + margin and self._fits(words, total, font, width)):
                lines.append(" ".join(words))
                return True
        elif count == 1:
            total = word_widths[0]
            if total <= width:
                lines.append(words[0])
                return True
        else:  # no words (an empty paragraph between two newlines): an empty line
            lines.append("")
            return True
        if more_than is not None and total + space > more_than * (width + space) and max(word_widths) <= width:
            return False
        # ends[k]: the words up to k added up, each with a space before it; a line of words i..j
        # whose first (or what is left of it) is `first_width` wide is first_width + ends[j] - ends[i] wide.
        ends = list(accumulate(map(space.__add__, word_widths)))
        append = lines.append
        per_gap = font.per_gap
        start = 0
        while start < count:
            first_width = word_widths[start]
            if first_width > width:  # a word longer than a line is broken between characters
                first, first_width = self._break_word(words[start], first_width, size, width, bold, lines, limit)
                if len(lines) >= limit:
                    return True
            else:
                first = words[start]
            end = bisect_right(ends, width - first_width + ends[start], start + 1) - 1
            if end == start:
                append(first)
            else:
                estimate = first_width + ends[end] - ends[start]
                line = words[start:end + 1]
                line[0] = first
                if estimate <= width - per_gap * (end - start):
                    append(" ".join(line))
                else:
                    if self._fits(line, estimate, font, width):
                        append(" ".join(line))
                    else:
                        self._rewrap(line, size, width, bold, lines)
                    per_gap = font.per_gap  # what that line taught
            if len(lines) >= limit:
                return True
            start = end + 1
        return True

    def _break_word(self, word: str, word_width: float, size: float, width: float, bold: bool, lines: list[str],
                    limit: int) -> tuple[str, float]:
        """Append the pieces of a word longer than a line to ``lines`` (up to ``limit``): (what is left, its width)."""
        measure = self._metrics.width
        while word_width > width:
            cut = self._fitting_prefix(word, size, width, bold)
            lines.append(word[:cut])
            if len(lines) >= limit:
                break
            word = word[cut:]
            word_width = measure(word, size, bold)
        return word, word_width

    def _rewrap(self, words: list[str], size: float, width: float, bold: bool, lines: list[str]) -> None:
        """Wrap a line that measured whole is wider than its words added up, measuring each candidate."""
        current = words[0]
        for word in words[1:]:
            candidate = f"{current} {word}"
            if self._metrics.width(candidate, size, bold) <= width:
                current = candidate
            else:
                lines.append(current)
                current = word
        lines.append(current)

    def _fitting_prefix(self, text: str, size: float, width: float, bold: bool) -> int:
        """Length of the longest prefix of ``text`` that fits (at least 1, to make progress)."""
        low, high = 1, len(text)
        while low < high:
            middle = (low + high + 1) // 2
            if self._metrics.width(text[:middle], size, bold) <= width:
                low = middle
            else:
                high = middle - 1
        return low

    def _with_ellipsis(self, line: str, size: float, width: float, bold: bool) -> str:
        """``line`` shortened from the end until it fits with "…" appended."""
        line = line.rstrip()
        while line and self._metrics.width(line + ELLIPSIS, size, bold) > width:
            line = line[:-1].rstrip()
        return line + ELLIPSIS
