"""What an image must be before Parcours decodes it: Qt-free checks on the raw bytes.

Persona photos and evidence images come from anywhere (a drop, a file
dialog, a colleague's project). Before any decoder sees them, :func:`inspect`
reads the format from the first bytes (PNG, JPEG or WebP only) and the
pixel size from the header, and refuses with one sentence a file that is too
big, a decompression bomb (a small file that declares a huge picture), or a
picture of absurd proportions. Decoding and downscaling are the UI's job
(:mod:`app.ui.images`), which checks the decoded size again.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from app.model.errors import QT_TRANSLATE_NOOP, ModelError

#: Largest file accepted for reading (before downscaling).
MAX_FILE_BYTES = 32 * 1024 * 1024
#: Largest picture accepted, in pixels (a 40-megapixel camera photo passes; a bomb does not).
MAX_PIXELS = 50_000_000
#: Longest side accepted, in pixels.
MAX_SIDE = 20_000
#: Most elongated shape accepted (long side / short side).
MAX_RATIO = 20
#: Longest side of what is stored in the project file.
STORED_SIDE = 1024
#: Largest stored image (the database CHECKs the same).
MAX_STORED_BYTES = 4 * 1024 * 1024

#: Formats accepted, by the MIME type stored beside the bytes.
ACCEPTED = ("image/png", "image/jpeg", "image/webp")


@dataclass(frozen=True)
class ImageHeader:
    """What the first bytes of an image say: its MIME type and pixel size."""

    mime: str
    width: int
    height: int


def _refuse(text: str, **params: object) -> ModelError:
    return ModelError(text, **params)


def sniff(data: bytes) -> str | None:
    """The MIME type told by the first bytes (PNG, JPEG, WebP), or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def _png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    index, end = 2, len(data)
    while index + 4 <= end:
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker == 0xFF:
            index += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            index += 2
            continue
        (length,) = struct.unpack(">H", data[index + 2:index + 4])
        if length < 2:
            return None
        # SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if index + 9 > end:
                return None
            height, width = struct.unpack(">HH", data[index + 5:index + 9])
            return width, height
        index += 2 + length
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X" and len(data) >= 30:
        width = 1 + int.from_bytes(data[24:27], "little")
        height = 1 + int.from_bytes(data[27:30], "little")
        return width, height
    if chunk == b"VP8 " and len(data) >= 30:
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(data) >= 25:
        bits = int.from_bytes(data[21:25], "little")
        return 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)
    return None


def inspect(data: bytes) -> ImageHeader:
    """Check raw image bytes before decoding; raise ModelError with one sentence when they are refused."""
    if not data:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "The image is empty."))
    if len(data) > MAX_FILE_BYTES:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "The image is too large: at most {megabytes} MB."),
                      megabytes=MAX_FILE_BYTES // (1024 * 1024))
    mime = sniff(data)
    if mime is None:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "This is not a PNG, JPEG or WebP image."))
    size = {"image/png": _png_size, "image/jpeg": _jpeg_size, "image/webp": _webp_size}[mime](data)
    if size is None:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "The image is damaged and cannot be read."))
    check_size(*size)
    return ImageHeader(mime, *size)


def check_size(width: int, height: int) -> None:
    """Refuse a picture without pixels, too many pixels, too long a side or absurd proportions."""
    if width <= 0 or height <= 0:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "The image is damaged and cannot be read."))
    if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
        raise _refuse(QT_TRANSLATE_NOOP(
            "errors", "The image is too big: {width} × {height} pixels (at most {megapixels} megapixels)."),
            width=width, height=height, megapixels=MAX_PIXELS // 1_000_000)
    if max(width, height) > MAX_RATIO * min(width, height):
        raise _refuse(QT_TRANSLATE_NOOP("errors", "The image is too narrow to show: {width} × {height} pixels."),
                      width=width, height=height)


def stored_size(width: int, height: int, side: int = STORED_SIDE) -> tuple[int, int]:
    """The size a picture is stored at: its own, or downscaled so that its longest side is ``side``."""
    longest = max(width, height)
    if longest <= side:
        return width, height
    ratio = side / longest
    return max(1, round(width * ratio)), max(1, round(height * ratio))


def check_image_bytes(data: bytes) -> None:
    """Refuse stored image bytes that are not a PNG or JPEG of at most 4 MB (what the file may hold)."""
    if not isinstance(data, (bytes, bytearray)) or not data:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "The image is empty."))
    if len(data) > MAX_STORED_BYTES:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "The image is too large: at most {megabytes} MB."),
                      megabytes=MAX_STORED_BYTES // (1024 * 1024))
    if sniff(bytes(data[:16])) not in ("image/png", "image/jpeg"):
        raise _refuse(QT_TRANSLATE_NOOP("errors", "This is not a PNG, JPEG or WebP image."))
