"""The bundled DejaVu Sans family, registered once with ReportLab, and what it can render.

DejaVu Sans draws a few hundred characters beyond U+FFFF (emoticons such as 😀, playing cards,
mathematical letters). ReportLab's ToUnicode map writes such a code point as five hex digits, which
PDF readers take as four: 😀 (U+1F600) then copies and searches as "ὠ" (U+1F60).
:func:`register_fonts` installs a map that writes them as UTF-16 surrogate pairs, as the PDF
specification asks, so every character drawn also reads back as itself.
"""

from __future__ import annotations

import threading
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.tables import CellStyle

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


_reportlab_cmap = ttfonts.makeToUnicodeCMap


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap with code points beyond U+FFFF as UTF-16BE surrogate pairs."""
    lines = _reportlab_cmap(fontname, subset).split("\n")
    wide = {f"<{index:02X}> <{code:04X}>": (index, code) for index, code in enumerate(subset)}
    for number, line in enumerate(lines):
        if line in wide and wide[line][1] > 0xFFFF:
            index, code = wide[line]
            pair = chr(code).encode("utf-16-be").hex().upper()
            lines[number] = f"<{index:02X}> <{pair}>"
    return "\n".join(lines)


def register_fonts() -> None:
    """Register the four DejaVu Sans faces and the family mapping, make the family ReportLab's
    default font for canvases and graphics (so nothing falls back to an unembedded base-14 font)
    and install the corrected ToUnicode map (see the module docstring). Safe to call
    repeatedly."""
    global _registered
    with _lock:
        if _registered:
            return
        ttfonts.makeToUnicodeCMap = to_unicode_cmap
        for face in _FACES:
            pdfmetrics.registerFont(TTFont(face, str(resource("fonts", f"{face}.ttf"))))
        # ``baseFontFor``: the family is also the font a fresh canvas, a table cell and a
        # chart's shapes start in (ReportLab's default is base-14 Helvetica, which is never
        # embedded: every Drawing and every Table without a FONTNAME command referenced it).
        pdfmetrics.registerFontFamily(
            FAMILY,
            normal=REGULAR,
            bold=BOLD,
            italic=ITALIC,
            boldItalic=BOLD_ITALIC,
            baseFontFor="canvas graphics",
        )
        # The two defaults ReportLab read from that setting when it was imported: a table cell
        # holding a plain string (even "") and a paragraph style made without a parent.
        CellStyle.fontname = REGULAR
        for key in ("fontName", "bulletFontName"):
            ParagraphStyle.defaults[key] = REGULAR
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
