"""Feedback cards: four A6 cards on each A4 sheet, to be cut along the dashed lines.

Each card carries its printed number (typed back as "Card no." in the quick entry), the test's
name, a short invitation, boxes for the overall sentiment, room for "what works" and "what could
be better", boxes for the age band and for resident / visitor / trader, and no name field. Its QR
code holds the project, the test and the card number; four corner marks frame it.

The sheets go through ``document.build_pdf`` like every document, but without its running header
and footer (they would cross the cut and leave a piece on each card): each card says in small type
at its foot when it was printed and which run of cards it belongs to.
"""

from __future__ import annotations

import pathlib
from dataclasses import dataclass, replace
from typing import BinaryIO, Unpack

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Frame,
    KeepInFrame,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from workshop_app.domain.trials import Trial
from workshop_app.domain.vocabulary import AGE_BANDS, RESPONDENT_GROUPS, SENTIMENTS
from workshop_app.export import styles as st
from workshop_app.export.blocks import base_commands, fill_template, padding, pick
from workshop_app.export.document import Options, build_pdf, fit_text
from workshop_app.export.fonts import REGULAR
from workshop_app.export.forms import marks
from workshop_app.export.forms.page import FormDoc, furniture, printed_line
from workshop_app.export.forms.parts import TickBoxes, WritingLines, fitted
from workshop_app.export.text import para, plain

CARD_WIDTH = st.PAGE_SIZE[0] / 2
CARD_HEIGHT = st.PAGE_SIZE[1] / 2
CARDS_PER_SHEET = 4
#: The card's content box: 12 mm from its top and bottom edge; 11 mm from the paper's outer side
#: and 9 mm from the vertical cut (a row of four tick boxes fits beside its label).
VERTICAL = 12 * mm
SIDE = 11 * mm
CUT_SIDE = 9 * mm
#: The foot of the box: a line in small type, when the card was printed and its run.
FOOT = 5 * mm
FOOT_SIZE = 7.5
CONTENT_WIDTH = CARD_WIDTH - SIDE - CUT_SIDE
CONTENT_HEIGHT = CARD_HEIGHT - 2 * VERTICAL - FOOT
#: Corner marks this far inside each card's corners.
CARD_MARK_INSET = 6 * mm
CARD_QR = 20 * mm
#: Between the lines to write on (a narrow-ruled notebook has 6.35 mm).
LINE_GAP = 6.8 * mm


@dataclass(frozen=True)
class CardStyles:
    name: ParagraphStyle
    number: ParagraphStyle
    text: ParagraphStyle
    label: ParagraphStyle


def card_styles(s: st.Styles) -> CardStyles:
    return CardStyles(
        name=st.bold("card-name", s.body, 11, 13.5, spaceAfter=0),
        number=st.bold("card-number", s.body, 13, 16, spaceAfter=0),
        text=ParagraphStyle("card-text", parent=s.body, spaceAfter=0, leading=12.5),
        label=ParagraphStyle("card-label", parent=s.label, spaceBefore=1.5 * mm),
    )


def card_origins() -> list[tuple[float, float, bool]]:
    """(x, y, is_top) of the four cards of a sheet: top left, top right, bottom left, right."""
    return [
        (0.0, CARD_HEIGHT, True),
        (CARD_WIDTH, CARD_HEIGHT, True),
        (0.0, 0.0, False),
        (CARD_WIDTH, 0.0, False),
    ]


def content_box(x: float, y: float) -> tuple[float, float]:
    """The lower left corner of a card's content box (above its foot)."""
    return x + (SIDE if x == 0 else CUT_SIDE), y + VERTICAL + FOOT


class CardSheet(marks.Absolute):
    """One A4 sheet of up to four cards, numbered from ``first``, and the cutting guides;
    ``foot`` is printed small at the foot of each card."""

    def __init__(self, doc: FormDoc, trial: Trial, numbers: list[int], foot: str) -> None:
        super().__init__()
        self.doc = doc
        self.trial = trial
        self.numbers = numbers
        self.foot = plain(foot)
        self.styles = card_styles(doc.s)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, availHeight
        return availWidth, availHeight

    def page_draw(self, canvas: Canvas) -> None:
        _cut_guides(canvas)
        for number, (x, y, _) in zip(self.numbers, card_origins(), strict=False):
            self._card(canvas, number, x, y)

    def _card(self, canvas: Canvas, number: int, x: float, y: float) -> None:
        marks.draw_corner_marks(canvas, x, y, CARD_WIDTH, CARD_HEIGHT, CARD_MARK_INSET)
        left, bottom = content_box(x, y)
        canvas.saveState()
        canvas.setFillColor(st.MUTED)
        canvas.setFont(REGULAR, FOOT_SIZE)
        canvas.drawString(
            left, y + VERTICAL, fit_text(self.foot, REGULAR, FOOT_SIZE, CONTENT_WIDTH)
        )
        canvas.restoreState()
        frame = Frame(left, bottom, CONTENT_WIDTH, CONTENT_HEIGHT, 0, 0, 0, 0, id=f"card-{number}")
        content = KeepInFrame(CONTENT_WIDTH, CONTENT_HEIGHT, self._content(number), mode="shrink")
        frame.addFromList([content], canvas)
        project = self.doc.snapshot.project.uuid
        payload = marks.qr_payload(self.doc.kind, project, self.trial.uuid, number)
        marks.draw_qr(
            canvas,
            payload,
            left + CONTENT_WIDTH - CARD_QR,
            bottom + CONTENT_HEIGHT - CARD_QR,
            CARD_QR,
        )

    def _content(self, number: int) -> list[Flowable]:
        labels, cs = self.doc.labels, self.styles
        beside_qr = CONTENT_WIDTH - CARD_QR - 3 * mm
        card_no = fill_template(labels.card_number, str(number), number=str(number))
        top = Table(
            [
                [para(card_no, cs.number)],
                [fitted(self.trial.title, cs.name, beside_qr, 2, self.doc.versioned)],
                [para(labels.invitation, cs.text)],
            ],
            colWidths=[beside_qr],
            hAlign="LEFT",
        )
        top.setStyle(TableStyle([*base_commands(), *padding(0, 0, 0, 2)]))
        return [
            top,
            Spacer(0, max(0.0, CARD_QR - top.wrap(beside_qr, CONTENT_HEIGHT)[1]) + 1 * mm),
            TickBoxes(labels.overall, [pick(labels, "sentiments", k) for k in SENTIMENTS]),
            para(labels.what_works, cs.label),
            WritingLines(3, LINE_GAP),
            para(labels.could_be_better, cs.label),
            WritingLines(3, LINE_GAP),
            Spacer(0, 3 * mm),  # the last line to write on stands clear of the boxes below
            TickBoxes(labels.age, [pick(labels, "age_bands", k) for k in AGE_BANDS]),
            TickBoxes(labels.i_am, [pick(labels, "groups", k) for k in RESPONDENT_GROUPS]),
            Spacer(0, 1 * mm),
            para(labels.thanks, cs.text),
        ]


def _cut_guides(canvas: Canvas) -> None:
    """Dashed lines where the sheet is cut into four."""
    width, height = st.PAGE_SIZE
    canvas.saveState()
    canvas.setStrokeColor(st.RULE)
    canvas.setLineWidth(0.5)
    canvas.setDash(3, 3)
    canvas.line(width / 2, 0, width / 2, height)
    canvas.line(0, height / 2, width, height / 2)
    canvas.restoreState()


def sheets(count: int) -> list[range]:
    """The card indexes of each sheet: four a sheet."""
    return [
        range(start, min(start + CARDS_PER_SHEET, count))
        for start in range(0, count, CARDS_PER_SHEET)
    ]


def write_cards(
    doc: FormDoc,
    first: int,
    count: int,
    out: pathlib.Path | BinaryIO,
    **options: Unpack[Options],
) -> None:
    """``count`` cards numbered from ``first`` for ``doc.trial``."""
    trial = doc.trial
    if trial is None:
        raise ValueError("The project has no tests to print feedback cards for.")
    if count < 1 or first < 1:
        raise ValueError("Print at least one card, numbered from 1 or more.")
    labels = doc.labels
    last = first + count - 1
    run = fill_template(labels.cards_run, f"{first}–{last}", first=str(first), last=str(last))
    foot = f"{printed_line(labels, options)} · {run}"

    def make() -> list[Flowable]:
        story: list[Flowable] = []
        for indexes in sheets(count):
            if story:
                story.append(PageBreak())
            story.append(CardSheet(doc, trial, [first + i for i in indexes], foot))
        return story

    sheet = replace(furniture(doc, doc.trial_name, foot), running=False)
    build_pdf(make, out, sheet, **options)
