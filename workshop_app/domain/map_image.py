"""The rules for a map image (phase 1, "area"): PNG or JPEG, size-limited, fully decodable.

Shared by the service that stores a chosen file and the JSON import, so an image that one
refuses the other refuses too. Pillow (already a ReportLab dependency) decodes the image; the
file's bytes are untrusted.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from workshop_app.domain.scope import MAP_MAX_BYTES, MAP_MAX_SIDE
from workshop_app.domain.values import InvalidValue, sample_text

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
MIME_TYPES = ("image/png", "image/jpeg")

#: What a refused file looks like, by its first bytes (checked in order).
_LOOKS_LIKE: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"GIF8", "a GIF image"),
    (b"BM", "a BMP image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00\x00\x01\x00", "an icon file"),
)


class InvalidMapImage(InvalidValue):
    """The bytes are not an acceptable map image. ``reason`` is a stable key for the UI
    (``empty``, ``too_large``, ``not_image``, ``too_many_pixels``, ``damaged``); ``details`` hold
    the numbers and words the message uses; the message itself is plain English."""

    def __init__(self, reason: str, message: str, **details: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.details = {"reason": reason, **details}


@dataclass(frozen=True, slots=True)
class ImageInfo:
    mime: str
    width: int
    height: int


def limit_mb() -> str:
    """The byte limit in MB, as a person reads it ("8")."""
    return f"{MAP_MAX_BYTES / (1024 * 1024):g}"


def looks_like(data: bytes) -> str:
    """A few words on what ``data`` looks like, for a message about a file that was refused."""
    for magic, words in _LOOKS_LIKE:
        if data.startswith(magic):
            return words
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP image"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc"):
        return "a HEIC image (from a phone camera)"
    text = sample_text(data[:2048])
    if text is None:
        return "unknown binary data"
    if "<svg" in text.lower():
        return "an SVG drawing"
    if all(ch.isprintable() or ch in "\n\r\t" for ch in text):
        return "a text file"
    return "unknown binary data"


def inspect_map_image(data: bytes) -> ImageInfo:
    """The image's type and size, after checking every rule; :class:`InvalidMapImage` if not."""
    if not data:
        raise InvalidMapImage("empty", "The file is empty (0 bytes), not an image.")
    if len(data) > MAP_MAX_BYTES:
        size = f"{len(data) / (1024 * 1024):.1f}"
        raise InvalidMapImage(
            "too_large",
            f"The image is too large ({size} MB); a map image may be at most {limit_mb()} MB.",
            size_mb=size,
            limit_mb=limit_mb(),
        )
    if data.startswith(PNG_MAGIC):
        mime, kind = "image/png", "PNG"
    elif data.startswith(JPEG_MAGIC):
        mime, kind = "image/jpeg", "JPEG"
    else:
        words = looks_like(data)
        raise InvalidMapImage(
            "not_image",
            f"The file is not a PNG or JPEG image; it looks like {words}.",
            looks_like=words,
        )
    damaged = InvalidMapImage(
        "damaged",
        f"The {kind} image is damaged or incomplete and cannot be read.",
        format=kind,
    )
    from PIL import Image  # here: only a chosen or imported map needs Pillow, not start-up

    try:
        with warnings.catch_warnings():
            # Our own side limit below is the guard; Pillow's pixel-count warning is not needed.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[kind]) as probe:
                width, height = probe.size
                if width > MAP_MAX_SIDE or height > MAP_MAX_SIDE:
                    raise InvalidMapImage(
                        "too_many_pixels",
                        f"The image is {width} × {height} pixels; a map image may be at most "
                        f"{MAP_MAX_SIDE} pixels on each side.",
                        width=str(width),
                        height=str(height),
                        max_side=str(MAP_MAX_SIDE),
                    )
                probe.verify()
            with Image.open(io.BytesIO(data), formats=[kind]) as image:
                image.load()
    except InvalidMapImage:
        raise
    except MemoryError:
        raise
    except Exception:  # untrusted bytes: Pillow raises many kinds of error on bad data
        raise damaged from None
    if width < 1 or height < 1:
        raise damaged
    return ImageInfo(mime, width, height)
