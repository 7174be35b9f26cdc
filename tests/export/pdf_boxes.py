"""Where the text of a PDF stands: every run of text drawn, with its box, font and size, read with
pypdf's text visitor (pdfplumber is not a dependency; pypdf is). Widths come from the font's own
metrics through ReportLab, since every font in our PDFs is a bundled DejaVu Sans face."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject
from reportlab.pdfbase.pdfmetrics import stringWidth

from workshop_app.export.fonts import register_fonts

#: The 14 fonts every PDF reader has, which a PDF names without embedding them.
STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip


@dataclass(frozen=True)
class Run:
    """A run of text on a page: its text, left/bottom/right/top in points (baseline to the
    font's size above it), font name without the subset prefix, and size in points."""

    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    font: str
    size: float


def _font_name(font: Any) -> str:
    if not isinstance(font, DictionaryObject):
        return ""
    name = str(font.get("/BaseFont", ""))
    return name.lstrip("/").split("+", 1)[-1]


def _multiply(a: list[float], b: list[float]) -> list[float]:
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def runs(pdf: bytes) -> list[Run]:
    """Every non-blank run of text in ``pdf``, page by page (pages count from 1)."""
    register_fonts()
    out: list[Run] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):

        def visit(
            text: str, cm: Any, tm: Any, font: Any, size: float, number: int = number
        ) -> None:
            if not text.strip():
                return
            matrix = _multiply([float(v) for v in tm], [float(v) for v in cm])
            scale = (matrix[2] ** 2 + matrix[3] ** 2) ** 0.5
            name = _font_name(font)
            points = size * scale
            x, y = matrix[4], matrix[5]
            try:
                width = stringWidth(text.rstrip("\n"), name, points)
            except KeyError:  # a font we did not register: measure in DejaVu Sans
                width = stringWidth(text.rstrip("\n"), "DejaVuSans", points)
            out.append(
                Run(
                    number,
                    text.strip("\n"),
                    x,
                    y - 0.25 * points,
                    x + width,
                    y + points,
                    name,
                    points,
                )
            )

        page.extract_text(visitor_text=visit)
    return out


def fonts(pdf: bytes) -> Iterator[tuple[str, bool]]:
    """(font name, embedded?) of every font a page of ``pdf`` uses, XObjects included."""
    for page in PdfReader(io.BytesIO(pdf)).pages:
        yield from _fonts_of(page.get("/Resources"))


def _fonts_of(resources: Any) -> Iterator[tuple[str, bool]]:
    if isinstance(resources, IndirectObject):
        resources = resources.get_object()
    if not isinstance(resources, DictionaryObject):
        return
    for font in (resources.get("/Font") or DictionaryObject()).values():
        font = font.get_object()
        descriptor = font.get("/FontDescriptor")
        for child in font.get("/DescendantFonts") or ():
            descriptor = child.get_object().get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else None
        embedded = descriptor is not None and any(
            key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
        )
        yield _font_name(font), embedded
    for xobject in (resources.get("/XObject") or DictionaryObject()).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            yield from _fonts_of(xobject.get("/Resources"))
