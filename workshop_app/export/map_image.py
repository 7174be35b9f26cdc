"""The phase-1 map or sketch, prepared to embed in a PDF: read with Pillow, flattened on white,
limited in size; an image that cannot be read gives None (the page reports it), never an error."""

from __future__ import annotations

import io
import warnings

from reportlab.lib.utils import ImageReader

from workshop_app.domain.scope import MapImage

#: Longest side (pixels) of the map as embedded: about 300 dpi across the text width.
_MAP_PIXELS = 2000


def _prepared_image(data: bytes) -> tuple[bytes, int, int]:
    """The image as PNG or JPEG bytes, flattened on white and at most :data:`_MAP_PIXELS` a side.

    Pillow comes with ReportLab. The size was limited when the image was stored
    (``MAP_MAX_SIDE``), so Pillow's decompression-bomb warning is expected and silenced here.
    """
    from PIL import Image as PILImage

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
        with PILImage.open(io.BytesIO(data)) as source:
            fmt = source.format
            if fmt == "JPEG" and source.mode in ("RGB", "L") and max(source.size) <= _MAP_PIXELS:
                return data, source.size[0], source.size[1]
            if fmt == "JPEG":
                source.draft("RGB", (_MAP_PIXELS, _MAP_PIXELS))
            image = source.convert("RGBA")
    image.thumbnail((_MAP_PIXELS, _MAP_PIXELS))
    flat = PILImage.new("RGB", image.size, "white")
    flat.paste(image, mask=image.getchannel("A"))
    out = io.BytesIO()
    if fmt == "JPEG":
        flat.save(out, format="JPEG", quality=88)
    else:
        flat.save(out, format="PNG", optimize=True)
    return out.getvalue(), flat.size[0], flat.size[1]


def map_data(image: MapImage) -> tuple[bytes, int, int] | None:
    """The map ready to embed with its size in pixels, or None if it cannot be read."""
    try:
        data, _, _ = _prepared_image(image.data)
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # a damaged image must not stop the charter; the page reports it
        return None
    if width <= 0 or height <= 0:
        return None
    return data, width, height


#: Longest side (pixels) of a logo as embedded: sharp at the header's 8 mm, small in the file.
_LOGO_PIXELS = 600


def logo_image(data: bytes) -> tuple[ImageReader, int, int] | None:
    """The project's logo ready to draw, with its size in pixels, or None when it cannot be read
    (a damaged or foreign file never breaks a document: it prints without a logo)."""
    try:
        from PIL import Image as PILImage

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            with PILImage.open(io.BytesIO(data)) as source:
                source.draft("RGB", (_LOGO_PIXELS, _LOGO_PIXELS))
                image = source.convert("RGBA")
        image.thumbnail((_LOGO_PIXELS, _LOGO_PIXELS))
        out = io.BytesIO()
        image.save(out, format="PNG")
        reader = ImageReader(io.BytesIO(out.getvalue()))
        width, height = reader.getSize()
    except Exception:  # any unreadable image: no logo, never a failed PDF
        return None
    if width <= 0 or height <= 0:
        return None
    return reader, width, height
