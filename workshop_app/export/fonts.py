"""The bundled DejaVu Sans family, registered once with ReportLab, and what it can render."""

from __future__ import annotations

import threading
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workshop_app.paths import resource

#: Family name used in styles; ``<b>`` and ``<i>`` map to the other faces.
FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FACES = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the four DejaVu Sans faces and the family mapping. Safe to call repeatedly."""
    global _registered
    with _lock:
        if _registered:
            return
        for face in _FACES:
            pdfmetrics.registerFont(TTFont(face, str(resource("fonts", f"{face}.ttf"))))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True


@cache
def covered_code_points() -> frozenset[int]:
    """Code points every face of the family has a glyph for (so bold text is safe too)."""
    register_fonts()
    common: set[int] | None = None
    for face in _FACES:
        font = pdfmetrics.getFont(face)
        points = set(font.face.charToGlyph)
        common = points if common is None else common & points
    return frozenset(common or ())
