"""Far-out titles are wrapped with fewer measures and the same lines (issue 12).

``card_paint._wrap`` skips Qt's elision of a line it measured within the width, and stops
measuring once a line more than the card has room for begins. Both shortcuts are checked
against the wrapping that measures and elides everything, over titles with long words
(which must be elided), many words (which must be cut), accents and CJK, at many font sizes,
widths and line counts.
"""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from app.ui import theme
from app.ui.canvas.card_paint import _wrap

_WORDS = ("onboarding badge laptop welcome e-mail manager contract payroll réception café accès "
          "Supercalifragilisticexpialidocious-orientation 受付 バッジ a I of").split()


def _every_measure(text: str, metrics: QFontMetricsF, width: float, count: int) -> tuple[str, ...]:
    """The wrapping that measures every word and elides every line."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if not current or metrics.horizontalAdvance(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > count:
        lines = lines[:count]
        lines[-1] = lines[-1] + " …"
    return tuple(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines)


def test_the_shortcuts_wrap_titles_into_the_same_lines(qapp) -> None:
    rng = random.Random(12)
    titles = [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 12))) for _ in range(120)]
    checked = elided = cut = 0
    for size in (9, 14, 21, 28, 40, 63):
        metrics = QFontMetricsF(theme.pixel_font(size, True))
        for width in (60.0, 121.5, 164.0, 300.0):
            for count in (1, 2, 3, 6):
                for title in titles:
                    lines = _wrap(title, metrics, width, count)
                    assert lines == _every_measure(title, metrics, width, count), (title, size, width, count)
                    checked += 1
                    elided += any(line.endswith("…") and not line.endswith(" …") for line in lines)
                    cut += bool(lines) and lines[-1].endswith(" …")
    # The cases the shortcuts must not get wrong were met: lines Qt elides, titles cut short.
    assert checked and elided > 100 and cut > 100
