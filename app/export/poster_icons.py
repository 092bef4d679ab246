"""The channel icons of cards and the legend, as vector paths ported from the canvas's icons.

:func:`draw_icon` draws one in a rectangle of the map (a dot for an unknown
channel); on a PDF canvas each icon's path is built once and shared by every
card that shows it.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import PATH_OPS, Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from app.export import pdf_operators
from app.export.fallback_canvas import FallbackCanvas
from app.export.pdf_operators import rgb
from app.model.layout import Rect

#: Icons drawn filled rather than outlined (as on the canvas).
_FILLED = {"phone", "in_person"}


#: The canvas's channel icons in a 16 x 16 box (y down), as path commands: M/L x y (move, line),
#: C x1 y1 x2 y2 x y (curve), Z (close), R x y w h (rectangle), Q x y w h r (rounded rectangle),
#: E x y w h (ellipse), O x y r (circle).
_ICON_PATHS = {
    "phone": "M 4 1.5 L 6.5 4.5 L 5 6.5 C 6 8.5 7.5 10 9.5 11 L 11.5 9.5 L 14.5 12 L 12.5 14.5 "
             "C 7 14 2 9 1.5 3.5 Z",
    "email": "R 1.5 3.5 13 9 M 1.5 3.5 L 8 9 L 14.5 3.5",
    "website": "E 1.5 1.5 13 13 E 5 1.5 6 13 M 1.5 8 L 14.5 8",
    "mobile_app": "Q 4 1 8 14 1.5 M 7 12.5 L 9 12.5",
    "portal": "R 1.5 2.5 13 11 M 1.5 5.5 L 14.5 5.5 R 4 8 3 3 M 9 8.5 L 12 8.5 M 9 10.5 L 12 10.5",
    "chat": "Q 1.5 2 13 9 2.5 M 4 11 L 3.5 14.5 L 7.5 11",
    "sms": "Q 1.5 2 13 9 2.5 M 4 11 L 3.5 14.5 L 7.5 11 O 5 6.5 0.6 O 8 6.5 0.6 O 11 6.5 0.6",
    "letter": "M 3 1.5 L 10 1.5 L 13 4.5 L 13 14.5 L 3 14.5 Z M 5.5 6 L 10.5 6 M 5.5 8.5 L 10.5 8.5 "
              "M 5.5 11 L 10.5 11",
    "in_person": "E 5 1.5 6 6 M 2 14.5 C 2 9 14 9 14 14.5 Z",
    "social_media": "M 4 8 L 12 3.5 M 4 8 L 12 12.5 O 4 8 2.2 O 12 3.5 2.2 O 12 12.5 2.2",
    "video_call": "Q 1.5 4 9 8 1.5 M 10.5 7 L 14.5 4.5 L 14.5 11.5 L 10.5 9",
}
_DOT = "E 4 4 8 8"
#: Arguments of each command, and the ReportLab path method that draws it.
_COMMANDS = {"M": (2, "moveTo"), "L": (2, "lineTo"), "C": (6, "curveTo"), "Z": (0, "close"),
             "R": (4, "rect"), "Q": (5, "roundRect"), "E": (4, "ellipse"), "O": (3, "circle")}


@lru_cache(maxsize=64)
def _icon_steps(commands: str) -> tuple[tuple[str, tuple[float, ...]], ...]:
    """``commands`` (see :data:`_ICON_PATHS`) as (path method, arguments), read once per icon."""
    tokens = commands.split()
    steps = []
    index = 0
    while index < len(tokens):
        count, method = _COMMANDS[tokens[index]]
        steps.append((method, tuple(float(token) for token in tokens[index + 1:index + 1 + count])))
        index += 1 + count
    return tuple(steps)


def _build_icon(path: object, commands: str) -> None:
    """Replay ``commands`` (see :data:`_ICON_PATHS`) on a ReportLab path object."""
    for method, arguments in _icon_steps(commands):
        getattr(path, method)(*arguments)


@lru_cache(maxsize=64)
def _pdf_icon(commands: str) -> PDFPathObject:
    """The PDF path of an icon, built once."""
    path = PDFPathObject()
    _build_icon(path, commands)
    return path


def draw_icon(c: Canvas, rect: Rect, key: str | None, colour: str) -> None:
    """Draw the channel icon ``key`` (a 16 x 16 glyph, y down) scaled into ``rect`` (layout units)."""
    scale = rect.w / 16.0
    if isinstance(c, FallbackCanvas) and c.writes_directly():
        # What the calls below write, the part inside the saved state shared by every card showing the icon.
        c.saved_state_with(fp_str(scale, 0, 0, -scale, rect.x, -rect.y), _icon_operators(key, colour, c._fillMode))
        return
    c.saveState()
    # Into the icon's own box: origin at its top left, y down (the paths are written as on the canvas).
    c.transform(scale, 0, 0, -scale, rect.x, -rect.y)
    commands = _ICON_PATHS.get(key or "", _DOT)
    path = c.beginPath()
    if isinstance(path, PDFPathObject):
        path = _pdf_icon(commands)  # a PDF path is only read when drawn: one per icon serves every card
    else:
        _build_icon(path, commands)
    r, g, b = rgb(colour)
    filled = (key or "") in _FILLED or key not in _ICON_PATHS
    if filled:
        c.setFillColorRGB(r, g, b)
    c.setStrokeColorRGB(r, g, b)
    c.setLineWidth(1.3)
    c.setLineJoin(1)
    c.drawPath(path, stroke=0 if filled else 1, fill=1 if filled else 0)
    c.restoreState()


@lru_cache(maxsize=256)
def _icon_operators(key: str | None, colour: str, fill_mode: int) -> str:
    """What :func:`draw_icon` writes after its transformation, until it restores the graphics state."""
    commands = _ICON_PATHS.get(key or "", _DOT)
    r, g, b = rgb(colour)
    filled = (key or "") in _FILLED or key not in _ICON_PATHS
    path = _pdf_icon(commands)
    operators = [pdf_operators.colour(r, g, b, "rg")] if filled else []
    operators += [pdf_operators.colour(r, g, b, "RG"), f"{fp_str(1.3)} w", "1 j", str(path.getCode()),
                  PATH_OPS[0 if filled else 1, 1 if filled else 0, getattr(path, "_fillMode", fill_mode)]]
    return "\n".join(operators)
