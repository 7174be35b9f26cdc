"""The one stylesheet for every PDF: A4, DejaVu Sans, black and white friendly."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from workshop_app.export.fonts import BOLD, FAMILY, REGULAR, register_fonts

PAGE_SIZE = A4
MARGIN_LEFT = 22 * mm
MARGIN_RIGHT = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 21 * mm
#: Distance of the running header / footer baselines from the paper edge.
HEADER_Y = PAGE_SIZE[1] - 14 * mm
FOOTER_Y = 12 * mm

INK = colors.black
MUTED = colors.Color(0.30, 0.30, 0.30)
RULE = colors.Color(0.55, 0.55, 0.55)
ZEBRA = colors.Color(0.94, 0.94, 0.94)

BODY_SIZE = 10.0
#: Space a heading needs below it on the page, else it starts the next page (see CondPageBreak).
HEADING_ROOM = 22 * mm
SMALL_SIZE = 8.5


@dataclass(frozen=True)
class Styles:
    kicker: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    #: A heading within a section.
    subheading: ParagraphStyle
    body: ParagraphStyle
    label: ParagraphStyle
    fact: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle


def bold(
    name: str, parent: ParagraphStyle, size: float, leading: float, **more: Any
) -> ParagraphStyle:
    """A bold style (kicker, title, heading, label) of ``size`` on ``leading``."""
    return ParagraphStyle(
        name, parent=parent, fontName=BOLD, fontSize=size, leading=leading, **more
    )


#: Cell and header sizes of a document of dense tables: body text stays at 10 pt.
DENSE_CELL = 10.0
DENSE_HEAD = 9.0


@dataclass(frozen=True)
class Dense:
    """The styles of a document of dense tables (the actor map, the test report): 10 pt cells,
    9 pt bold headers, muted 9 pt notes, and headings with ``space`` above them."""

    s: Styles
    cell: ParagraphStyle
    head: ParagraphStyle
    muted: ParagraphStyle
    heading: ParagraphStyle


def dense(prefix: str, space: float) -> Dense:
    s = make_styles()
    cell = ParagraphStyle(
        f"{prefix}-cell", parent=s.cell, fontSize=DENSE_CELL, leading=DENSE_CELL * 1.25
    )
    return Dense(
        s=s,
        cell=cell,
        head=ParagraphStyle(
            f"{prefix}-head", parent=s.cell_head, fontSize=DENSE_HEAD, leading=DENSE_HEAD * 1.2
        ),
        muted=ParagraphStyle(
            f"{prefix}-muted", parent=cell, textColor=MUTED, fontSize=DENSE_HEAD, leading=11.5
        ),
        heading=ParagraphStyle(f"{prefix}-heading", parent=s.heading, spaceBefore=space),
    )


def make_styles() -> Styles:
    """Build the stylesheet (registers the fonts first). Cheap; call once per document."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.3,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=BODY_SIZE * 0.6,
        splitLongWords=1,
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=10, leading=13, spaceAfter=0, spaceBefore=0)
    cell_head = ParagraphStyle(
        "cell_head", parent=cell, fontName=BOLD, fontSize=SMALL_SIZE + 0.5, leading=12
    )
    return Styles(
        # Headings keep with what follows them (see document._Document.handle_keepWithNext).
        kicker=bold(
            "kicker",
            body,
            SMALL_SIZE,
            SMALL_SIZE * 1.3,
            textColor=MUTED,
            spaceAfter=3 * mm,
            keepWithNext=1,
        ),
        title=bold("title", body, 22, 27, spaceAfter=6 * mm, keepWithNext=1),
        heading=bold(
            "heading", body, 13, 17, spaceBefore=4 * mm, spaceAfter=2.5 * mm, keepWithNext=1
        ),
        subheading=bold(
            "subheading", body, 11, 14, spaceBefore=3 * mm, spaceAfter=1.5 * mm, keepWithNext=1
        ),
        body=body,
        label=ParagraphStyle("label", parent=body, fontName=BOLD, spaceAfter=0),
        fact=ParagraphStyle("fact", parent=body, spaceAfter=0),
        small=ParagraphStyle(
            "small",
            parent=body,
            fontName=FAMILY,
            fontSize=SMALL_SIZE,
            leading=SMALL_SIZE * 1.3,
            textColor=MUTED,
            spaceAfter=0,
        ),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=cell_head,
        cell_head_right=ParagraphStyle("cell_head_right", parent=cell_head, alignment=TA_RIGHT),
    )
