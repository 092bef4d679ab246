"""A small picture of a project's first journey, shown beside it in the library's listing."""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy.orm import Session

#: Longest side of a thumbnail, in pixels.
SIZE = 480


def thumbnail_png(session: Session) -> bytes | None:
    """A PNG of the first journey at most :data:`SIZE` pixels wide, or None when there is nothing to draw."""
    from app.export.image import export_image
    from app.model.errors import ParcoursError
    from app.model.schema import Journey

    if session.query(Journey.id).first() is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "thumbnail.png"
        try:
            probe = export_image(session, None, Path(folder) / "probe.svg")
            dpi = max(10.0, min(96.0, 96.0 * SIZE / max(probe.width_px, probe.height_px, 1)))
            export_image(session, None, path, dpi=dpi)
            return path.read_bytes()
        except (ParcoursError, OSError):
            return None  # a listing without a picture is still a listing
