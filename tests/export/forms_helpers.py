"""Helpers for the blank forms' tests: build a form to bytes, record the marks it draws, read the
text lines' boxes back with pdftotext, check the fonts."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.lib import pagesizes

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.export.forms import FormLabels, marks, write_form

TODAY = dt.date(2026, 6, 1)
MM = 72 / 25.4
#: The printable area: no text line nearer than this to an edge of the paper.
EDGE = 10 * MM
A4: tuple[float, float] = pagesizes.A4

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def form_pdf(
    kind: str, snapshot: ProjectSnapshot, labels: FormLabels | None = None, **kwargs: Any
) -> bytes:
    buffer = io.BytesIO()
    write_form(kind, snapshot, labels or FormLabels(), buffer, today=TODAY, **kwargs)
    return buffer.getvalue()


@dataclass
class Drawn:
    """The QR codes (page, payload) and the corner-mark frames (page, x, y, w, h) drawn."""

    qr: list[tuple[int, str]] = field(default_factory=list)
    corners: list[tuple[int, float, float, float, float]] = field(default_factory=list)


@contextmanager
def recording(monkeypatch: pytest.MonkeyPatch) -> Iterator[Drawn]:
    """Record every QR code and corner-mark frame the forms draw (and still draw them)."""
    drawn = Drawn()
    draw_qr, draw_corners = marks.draw_qr, marks.draw_corner_marks

    def qr(canvas: Any, payload: str, *args: Any, **kwargs: Any) -> None:
        drawn.qr.append((canvas.getPageNumber(), payload))
        draw_qr(canvas, payload, *args, **kwargs)

    def corners(canvas: Any, x: float, y: float, w: float, h: float, inset: float) -> None:
        drawn.corners.append((canvas.getPageNumber(), x, y, w, h))
        draw_corners(canvas, x, y, w, h, inset)

    monkeypatch.setattr(marks, "draw_qr", qr)
    monkeypatch.setattr(marks, "draw_corner_marks", corners)
    yield drawn


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the pages use: base name → whether its program is embedded."""
    out: dict[str, bool] = {}

    def visit(resources: DictionaryObject | None) -> None:
        if resources is None:
            return
        font_dict = resources.get("/Font")
        for ref in (font_dict.get_object() if font_dict is not None else {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            descendants = font.get("/DescendantFonts")
            if descriptor is None and descendants is not None:
                descriptor = descendants.get_object()[0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            out[str(font.get("/BaseFont"))] = embedded
        xobjects = resources.get("/XObject")
        for ref in (xobjects.get_object() if xobjects is not None else {}).values():
            visit(ref.get_object().get("/Resources"))

    for page in reader(pdf).pages:
        visit(page.get("/Resources"))
    return out


@dataclass(frozen=True)
class Line:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


_LINE = re.compile(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">')
_WORD = re.compile(r"<word [^>]*>(.*?)</word>")


def text_lines(pdf: bytes) -> list[Line]:
    """Every text line with its box (points, from the top left corner), as pdftotext sees it."""
    done = subprocess.run(
        ["pdftotext", "-q", "-bbox-layout", "-", "-"], input=pdf, capture_output=True, check=True
    )
    out: list[Line] = []
    for number, page in enumerate(done.stdout.decode("utf-8").split("<page ")[1:], start=1):
        for chunk in page.split("<line ")[1:]:
            match = _LINE.match("<line " + chunk)
            if match is None:
                continue
            words = " ".join(_WORD.findall(chunk.split("</line>")[0]))
            x0, y0, x1, y1 = (float(v) for v in match.groups())
            out.append(Line(number, x0, y0, x1, y1, words))
    return out


def outside_printable_area(pdf: bytes) -> list[Line]:
    width, height = A4
    return [
        line
        for line in text_lines(pdf)
        if line.x0 < EDGE or line.y0 < EDGE or line.x1 > width - EDGE or line.y1 > height - EDGE
    ]


def pdf_text(pdf: bytes) -> str:
    """The text as a reader copies it, spaces collapsed (pdftotext)."""
    done = subprocess.run(
        ["pdftotext", "-q", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return " ".join(done.stdout.decode("utf-8").split())
