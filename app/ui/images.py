"""Safe image loading for persona photos and evidence images: checked, decoded, downscaled, re-encoded.

The raw bytes are first checked without decoding (:func:`app.model.images.inspect`:
format, declared size, proportions), then decoded by Qt with an allocation
limit, checked again, downscaled to at most
:data:`~app.model.images.STORED_SIDE` pixels and re-encoded as PNG (when
the picture has transparency) or JPEG. What is stored is therefore always
an image Parcours produced itself, never the file as it came.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader, QImageWriter, QPainter, QPixmap

from app.model import images
from app.model.errors import QT_TRANSLATE_NOOP, ModelError

#: Qt's decoder refuses to allocate more than this (MB) for one picture.
ALLOCATION_LIMIT_MB = 256


def read_file(path: Path | str) -> bytes:
    """The bytes of an image file, or ModelError (too large, unreadable)."""
    path = Path(path)
    try:
        if path.stat().st_size > images.MAX_FILE_BYTES:
            raise ModelError(QT_TRANSLATE_NOOP("errors", "The image is too large: at most {megabytes} MB."),
                             megabytes=images.MAX_FILE_BYTES // (1024 * 1024))
        return path.read_bytes()
    except OSError:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "The image {name} cannot be read."), name=path.name) from None


def decode(data: bytes) -> QImage:
    """Decode checked image bytes into a QImage, or ModelError (damaged, bomb, hostile)."""
    header = images.inspect(data)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        images.check_size(size.width(), size.height())
    if max(header.width, header.height) > images.STORED_SIDE * 2 and reader.supportsOption(
            QImageIOHandler.ImageOption.ScaledSize):
        # Let the decoder (JPEG) shrink while it reads: less memory for a big camera photo.
        width, height = images.stored_size(header.width, header.height, images.STORED_SIDE * 2)
        reader.setScaledSize(QSize(width, height))
    image = reader.read()
    buffer.close()
    if image.isNull():
        raise ModelError(QT_TRANSLATE_NOOP("errors", "The image is damaged and cannot be read."))
    if not reader.scaledSize().isValid():
        images.check_size(image.width(), image.height())
    return image


def prepare(data: bytes) -> tuple[bytes, str]:
    """Check, decode, downscale to 1024 px and re-encode an image; returns (bytes, MIME type).

    Raises :class:`~app.model.errors.ModelError` with one sentence for a
    broken, huge or hostile image.
    """
    image = decode(data)
    width, height = images.stored_size(image.width(), image.height())
    if (width, height) != (image.width(), image.height()):
        image = image.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    alpha = image.hasAlphaChannel()
    mime = "image/png" if alpha else "image/jpeg"
    encoded = encode(image, "PNG" if alpha else "JPEG")
    if len(encoded) > images.MAX_STORED_BYTES and alpha:  # a noisy transparent picture: JPEG on white
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(Qt.GlobalColor.white)
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        encoded, mime = encode(flat, "JPEG"), "image/jpeg"
    images.check_image_bytes(encoded)
    return encoded, mime


def encode(image: QImage, fmt: str) -> bytes:
    """``image`` encoded as ``fmt`` (PNG or JPEG at quality 88)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(fmt.encode("ascii")))
    writer.setQuality(88 if fmt == "JPEG" else -1)
    writer.write(image)
    buffer.close()
    return bytes(array.data())


def pixmap(data: bytes | None, side: int | None = None) -> QPixmap:
    """A stored image as a pixmap, scaled to fit ``side`` pixels (empty pixmap when it cannot be read)."""
    if not data:
        return QPixmap()
    result = QPixmap()
    if not result.loadFromData(QByteArray(bytes(data))):
        return QPixmap()
    if side is not None and max(result.width(), result.height()) > side:
        result = result.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
    return result

