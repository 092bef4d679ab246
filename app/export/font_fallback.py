"""Characters the bundled font lacks (Chinese, Japanese, Korean...), drawn with an installed font that has them.

The platform's font database (fontconfig's ``fc-match``, sorted for
"sans-serif") lists the installed fonts; each is asked, in that order,
whether it has a glyph for the character. Only TrueType outlines can be
embedded by ReportLab (subset, ``/FontFile2``), so fonts with PostScript
(CFF) or colour bitmap glyphs are passed over. A character that no usable
font has stays a "□", and the exporters name it in a warning.

:class:`app.export.fallback_canvas.FallbackCanvas` is a ReportLab canvas whose
text objects switch to the fallback font for those characters, run by run
(:func:`runs`), and whose string widths count each run in its own font.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import threading
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app import resources

_LOCK = threading.Lock()
#: Names the fallback fonts are registered under with ReportLab.
_PREFIX = "ParcoursFallback"
#: Per character: the ReportLab name of the font that draws it (None: no installed font can).
_CHOSEN: dict[str, str | None] = {}
#: The fallback fonts loaded so far: (ReportLab name, the code points it has), in preference order.
_LOADED: list[tuple[str, frozenset[int]]] = []
_TRIED: set[tuple[str, int]] = set()


@lru_cache(maxsize=1)
def _candidates() -> tuple[tuple[str, int], ...]:
    """(file, face index) of the installed TrueType fonts, in fontconfig's order for sans-serif text."""
    program = shutil.which("fc-match")
    if program is None:
        return ()
    try:
        listed = subprocess.run([program, "-s", "sans-serif", "--format", "%{file}\t%{index}\t%{fontformat}\n"],
                                capture_output=True, text=True, timeout=20, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    bundled = {str(resources.font_path(style).resolve()) for style in ("regular", "bold")}
    seen: set[tuple[str, int]] = set()
    fonts = []
    for line in listed.splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[2] != "TrueType" or not parts[0].lower().endswith((".ttf", ".ttc")):
            continue
        try:
            key = (str(Path(parts[0]).resolve()), int(parts[1] or 0))
        except ValueError:
            continue
        if key[0] in bundled or key in seen:
            continue
        seen.add(key)
        fonts.append(key)
    return tuple(fonts)


def _load_next() -> bool:
    """Load the next candidate font that ReportLab can embed; False when none is left."""
    for path, index in _candidates():
        if (path, index) in _TRIED:
            continue
        _TRIED.add((path, index))
        name = f"{_PREFIX}{len(_LOADED)}"
        try:
            font = TTFont(name, path, subfontIndex=index)
        except Exception:  # CFF outlines, colour bitmaps, damaged files: not usable here
            continue
        pdfmetrics.registerFont(font)
        _LOADED.append((name, frozenset(font.face.charToGlyph)))
        return True
    return False


def fallback_font(char: str) -> str | None:
    """The ReportLab name of an installed font that has ``char`` (None: none that can be embedded)."""
    chosen = _CHOSEN.get(char, "")
    if chosen != "":
        return chosen
    code = ord(char)
    with _LOCK:
        index = 0
        while True:
            while index < len(_LOADED):
                name, codes = _LOADED[index]
                if code in codes:
                    _CHOSEN[char] = name
                    return name
                index += 1
            if not _load_next():
                _CHOSEN[char] = None
                return None


#: The font files of the fallback fonts made from CFF fonts (they exist only in memory).
_MADE: dict[str, bytes] = {}


def prepare(text: str, supported: frozenset[int]) -> None:
    """Find a font for every character of ``text`` the bundled font lacks, CFF fonts included.

    Called once with all the text a document prints: a character that no
    installed TrueType font has is looked up in the installed CFF fonts
    (Noto Sans CJK...), and each such font is converted once, for just the
    characters asked (see :mod:`app.export.font_cff`).
    """
    wanted = {char for char in set(text) if ord(char) >= 0x20 and ord(char) not in supported}
    unfound = {char for char in wanted if fallback_font(char) is None}
    if not unfound:
        return
    from app.export import font_cff

    with _LOCK:
        for path, index in font_cff.cff_candidates():
            codes = font_cff.coverage(path, index)
            if not any(ord(char) in codes for char in unfound):
                continue
            # This font is needed: it takes every character of the text it has, so a word is not set in
            # two fonts (a TrueType fallback may have the ideographs but not the kana).
            here = {char for char in wanted if ord(char) in codes}
            try:
                data = font_cff.truetype_subset(path, index, {ord(char) for char in here})
                name = f"{_PREFIX}Cff{len(_MADE)}"
                font = TTFont(name, io.BytesIO(data))
            except Exception:  # a font fontTools or ReportLab cannot take: try the next
                continue
            pdfmetrics.registerFont(font)
            _MADE[name] = data
            for char in here:
                if ord(char) in font.face.charToGlyph:
                    _CHOSEN[char] = name
            unfound -= here
            wanted -= here
            if not unfound:
                return


def font_file(name: str) -> bytes | None:
    """The bytes of fallback font ``name`` (for painters that load fonts themselves); None for another font."""
    if name in _MADE:
        return _MADE[name]
    font = pdfmetrics.getFont(name) if name.startswith(_PREFIX) else None
    path = getattr(getattr(font, "face", None), "filename", None)
    try:
        return Path(path).read_bytes() if path else None
    except OSError:
        return None


def runs(text: str, main: str, supported: frozenset[int]) -> list[tuple[str, str]]:
    """``text`` cut into (font name, piece) runs: ``main`` where it has the glyph, the fallback elsewhere."""
    pieces: list[tuple[str, str]] = []
    for char in text:
        font = main if ord(char) in supported or char in "\n\t" else (fallback_font(char) or main)
        if pieces and pieces[-1][0] == font:
            pieces[-1] = (font, pieces[-1][1] + char)
        else:
            pieces.append((font, char))
    return pieces
