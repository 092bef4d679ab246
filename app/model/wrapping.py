"""Word wrapping of card text, measured by a :class:`TextMetrics` (no Qt).

:class:`TextWrapper` remembers what it wrapped: the canvas keeps one for the
life of a map, so laying the map out again after an edit measures only the
text that changed.
"""

from __future__ import annotations

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


class TextWrapper:
    """:func:`wrap_text` with memory: results and word widths are cached for its lifetime.

    Lines are filled by adding up cached word widths; a line whose sum comes
    close to the limit (see :meth:`_fits`) is then measured whole, so
    kerning or shaping across words can never make a line wider than asked
    (such a line is wrapped again word by word).
    """

    #: Beyond this many remembered results the memory starts afresh (a long session of edits).
    MAX_RESULTS = 200_000

    def __init__(self, metrics: TextMetrics) -> None:
        self._metrics = metrics
        #: Results per (size, width, max_lines, bold), then by text: a key is the card's own string, not a
        #: tuple made for it (a 100,000-card map keeps some 170,000 of them).
        self._results: dict[tuple[float, float, int, bool], dict[str, tuple[tuple[str, ...], bool]]] = {}
        self._result_count = 0
        self._widths: dict[tuple[float, bool], dict[str, float]] = {}
        #: Per (size, bold): lines measured whole so far, and the largest gap per space between a line
        #: measured whole and its words added up.
        self._slack: dict[tuple[float, bool], tuple[int, float]] = {}

    def wrap(self, text: str, size: float, width: float, max_lines: int,
             bold: bool = False) -> tuple[tuple[str, ...], bool]:
        """Same as :func:`wrap_text`, remembered per (text, size, width, max_lines, bold)."""
        results = self._results.get((size, width, max_lines, bold))
        if results is None:
            results = self._results[(size, width, max_lines, bold)] = {}
        result = results.get(text)
        if result is None:
            if self._result_count >= self.MAX_RESULTS:
                self._results.clear()
                self._result_count = 0
                results = self._results[(size, width, max_lines, bold)] = {}
            result = results[text] = self._wrap(text, size, width, max_lines, bold)
            self._result_count += 1
        return result

    def _wrap(self, text: str, size: float, width: float, max_lines: int,
              bold: bool) -> tuple[tuple[str, ...], bool]:
        if max_lines < 1:
            raise ValueError("max_lines must be at least 1")
        if not text:
            return (), False
        lines: list[str] = []
        for paragraph in text.split("\n") if "\n" in text else (text,):
            self._wrap_paragraph(paragraph, size, width, bold, lines, max_lines + 1)
            if len(lines) > max_lines:
                break
        else:
            return tuple(lines), False
        kept = lines[:max_lines]
        kept[-1] = self._with_ellipsis(kept[-1], size, width, bold)
        return tuple(kept), True

    def _word_widths(self, size: float, bold: bool) -> dict[str, float]:
        widths = self._widths.get((size, bold))
        if widths is None:
            widths = self._widths[(size, bold)] = {" ": self._metrics.width(" ", size, bold)}
        return widths

    def _fits(self, words: list[str], estimate: float, size: float, width: float, bold: bool) -> bool:
        """Whether the words, whose widths add up to ``estimate``, fit on one line of ``width``.

        Kerning and shaping across words make a line a little wider or
        narrower than its words added up. The first lines of each font size
        are measured whole to learn by how much per space at most; after
        that only a line within that much of the limit is measured whole.
        """
        gaps = len(words) - 1
        key = (size, bold)
        seen, slack = self._slack.get(key, (0, 0.0))
        if seen >= _CALIBRATION_LINES and gaps > 0:
            margin = (slack + 0.75) * gaps
            if estimate <= width - margin:
                return True
            if estimate > width + margin:
                return False
        whole = self._metrics.width(" ".join(words), size, bold)
        if gaps > 0:
            self._slack[key] = (seen + 1, max(slack, abs(whole - estimate) / gaps))
        return whole <= width

    def _wrap_paragraph(self, paragraph: str, size: float, width: float, bold: bool,
                        lines: list[str], limit: int) -> None:
        """Append the lines of one paragraph to ``lines``, stopping once ``limit`` lines are there."""
        measure = self._metrics.width
        words = paragraph.split()
        widths = self._word_widths(size, bold)
        space = widths[" "]
        word_widths = []
        for word in words:
            word_width = widths.get(word)
            if word_width is None:
                word_width = widths[word] = measure(word, size, bold)
            word_widths.append(word_width)
        total = sum(word_widths) + space * max(0, len(words) - 1)
        if self._fits(words, total, size, width, bold):
            lines.append(" ".join(words))
            return
        current: list[str] = []
        current_width = 0.0
        for word, word_width in zip(words, word_widths, strict=True):
            if current and current_width + space + word_width <= width:
                current.append(word)
                current_width += space + word_width
                continue
            if current:
                if len(current) > 1 and not self._fits(current, current_width, size, width, bold):
                    self._rewrap(current, size, width, bold, lines)
                else:
                    lines.append(" ".join(current))
                if len(lines) >= limit:
                    return
            while word_width > width:
                cut = self._fitting_prefix(word, size, width, bold)
                lines.append(word[:cut])
                if len(lines) >= limit:
                    return
                word = word[cut:]
                word_width = measure(word, size, bold)
            current = [word]
            current_width = word_width
        if len(current) > 1 and not self._fits(current, current_width, size, width, bold):
            self._rewrap(current, size, width, bold, lines)
        else:
            lines.append(" ".join(current))

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
