"""Progress and cancellation for long exports, shared by every exporter and the editor's export dialog.

An exporter that can take a while accepts ``progress: Progress | None``
and calls :func:`step` as it goes. The callback receives the fraction
done (0.0 to 1.0); it may raise :class:`ExportCancelled` to stop the
export. Exporters write their file atomically, so a cancelled export
leaves nothing behind and the previous file, if any, untouched.
"""

from __future__ import annotations

from collections.abc import Callable

#: Called with the fraction done, 0.0 to 1.0; may raise :class:`ExportCancelled`.
Progress = Callable[[float], None]


class ExportCancelled(Exception):  # noqa: N818 - a request the user made, not an error
    """The user cancelled an export; nothing was written."""


def step(progress: Progress | None, done: float, total: float) -> None:
    """Tell ``progress`` (if any) that ``done`` of ``total`` units are done."""
    if progress is not None:
        progress(min(1.0, max(0.0, done / total)) if total > 0 else 1.0)
