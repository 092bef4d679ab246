"""Render the SVG application icon to the PNG sizes desktops look for (hicolor theme).

    python packaging/render_icons.py OUT_FOLDER

writes ``OUT_FOLDER/<size>x<size>/apps/parcours.png`` for each size, with Qt's SVG
renderer offscreen (no screen needed), so the .deb carries crisp bitmaps beside the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402 - the platform must be chosen before Qt loads
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

#: Bitmap sizes of the hicolor theme that menus, docks and file managers use.
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, out: Path) -> list[Path]:
    """Draw ``svg`` at every size of :data:`SIZES` under ``out``; return the files written."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG file")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "apps" / "parcours.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/render_icons.py OUT_FOLDER")
    application = QGuiApplication([])
    render(Path(__file__).resolve().parent / "icons" / "parcours.svg", Path(sys.argv[1]))
