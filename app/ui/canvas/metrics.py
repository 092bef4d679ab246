"""Text measured with Qt, for :func:`app.model.layout.compute_layout`."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF

from app.ui import theme


class QtTextMetrics:
    """:class:`~app.model.layout.TextMetrics` of the bundled font, measured by Qt.

    Widths are cached per (text, size, bold): a map's words repeat a lot, and
    re-laying out a 10,000-card map measures each distinct word once.
    """

    def __init__(self) -> None:
        self._metrics: dict[tuple[float, bool], QFontMetricsF] = {}
        #: Widths per (size, bold), then by text (no key tuple per text measured).
        self._widths: dict[tuple[float, bool], dict[str, float]] = {}

    def _font_metrics(self, size: float, bold: bool) -> QFontMetricsF:
        metrics = self._metrics.get((size, bold))
        if metrics is None:
            metrics = self._metrics[(size, bold)] = QFontMetricsF(theme.pixel_font(size, bold))
        return metrics

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """Advance width of ``text`` on one line, in pixels."""
        widths = self._widths.get((size, bold))
        if widths is None:
            widths = self._widths[(size, bold)] = {}
        width = widths.get(text)
        if width is None:
            if len(widths) > 200_000:
                widths.clear()
            width = widths[text] = self._font_metrics(size, bold).horizontalAdvance(text)
        return width

    def line_height(self, size: float) -> float:
        """Distance between two baselines at ``size`` pixels."""
        return self._font_metrics(size, False).lineSpacing()
