"""Installed fonts with PostScript (CFF) outlines, such as Noto Sans CJK, made embeddable by ReportLab.

ReportLab embeds TrueType outlines only. :func:`truetype_subset` takes the
few characters a document prints from a CFF font, subsets the font to them
with fontTools and converts their cubic outlines to quadratic ones
(``cu2qu``, within one font unit), giving a small TrueType font that
ReportLab subsets and embeds like any other.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont  # fontTools is imported when a CFF font is met


@lru_cache(maxsize=1)
def cff_candidates() -> tuple[tuple[str, int], ...]:
    """(file, face index) of the installed CFF fonts, in fontconfig's order for sans-serif text."""
    program = shutil.which("fc-match")
    if program is None:
        return ()
    try:
        listed = subprocess.run([program, "-s", "sans-serif", "--format", "%{file}\t%{index}\t%{fontformat}\n"],
                                capture_output=True, text=True, timeout=20, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    fonts: list[tuple[str, int]] = []
    for line in listed.splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[2] != "CFF" or not parts[0].lower().endswith((".otf", ".ttc", ".otc")):
            continue
        try:
            key = (str(Path(parts[0]).resolve()), int(parts[1] or 0))
        except ValueError:
            continue
        if key not in fonts:
            fonts.append(key)
    return tuple(fonts)


@lru_cache(maxsize=64)
def coverage(path: str, index: int) -> frozenset[int]:
    """The code points font ``path`` (face ``index``) maps to glyphs (empty when it cannot be read)."""
    try:
        from fontTools.ttLib import TTFont

        with TTFont(path, fontNumber=index, lazy=True) as font:
            return frozenset(font.getBestCmap() or {})
    except Exception:  # an unreadable font is simply not a candidate
        return frozenset()


def truetype_subset(path: str, index: int, codes: set[int]) -> bytes:
    """The glyphs of ``codes`` from CFF font ``path`` (face ``index``) as a TrueType font file."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.layout_features = []
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.desubroutinize = True
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG", "JSTF", "MATH"]
    # recalcTimestamp=False: "modified" stays the font's own, not the time of the export (same input, same bytes).
    font = TTFont(path, fontNumber=index, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codes))
    subsetter.subset(font)
    _to_truetype(font)
    out = io.BytesIO()
    font.save(out)
    font.close()
    return out.getvalue()


def _to_truetype(font: TTFont) -> None:
    """Replace the CFF outlines of ``font`` by quadratic TrueType ones (fontTools' otf2ttf recipe)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    for table in ("CFF ", "VORG"):
        if table in font:
            del font[table]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 1 if field == "maxZones" else 0)
    maxp.compile(font)
    post = font["post"]
    post.formatType = 3.0  # no glyph names: CID fonts have none worth keeping
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\000\001\000\000"
