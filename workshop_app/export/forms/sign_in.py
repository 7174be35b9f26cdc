"""The sign-in sheet: the privacy notice filled in from the project (who is responsible, why, how
long it is kept, whom to ask), then numbered rows to sign in with boxes to consent and to ask for
news. What the project leaves blank falls back to the municipality and a plain sentence."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, TableStyle

from workshop_app.domain.model import Project
from workshop_app.domain.privacy_notice import NoticeDefaults, printed_when_empty
from workshop_app.export import styles as st
from workshop_app.export.blocks import (
    Cell,
    base_commands,
    facts_table,
    heading,
    padding,
    widest,
)
from workshop_app.export.flowables import FlowingTable
from workshop_app.export.fonts import BOLD
from workshop_app.export.forms.labels import FormLabels
from workshop_app.export.forms.page import WIDTH, FormDoc, day_text
from workshop_app.export.forms.parts import BOX
from workshop_app.export.text import para

#: Rows to sign in on.
ROWS = 16
SIGN_ROW = 10 * mm
BOX_COLUMN = 20 * mm
NUMBER_WIDTH = 10 * mm


def notice_rows(project: Project, labels: FormLabels) -> list[tuple[str, str]]:
    """(label, text) of the privacy notice, each from the project or its fallback."""
    empty = printed_when_empty(
        project,
        NoticeDefaults(
            labels.default_controller,
            labels.default_purpose,
            labels.default_keep,
            labels.default_contact,
        ),
    )
    keep = project.privacy_keep_until
    return [
        (labels.controller, project.privacy_controller.strip() or empty["privacy_controller"]),
        (labels.purpose, project.privacy_purpose.strip() or empty["privacy_purpose"]),
        (labels.keep_until, day_text(labels, keep) if keep else empty["privacy_keep_until"]),
        (labels.contact, project.privacy_contact.strip() or empty["privacy_contact"]),
    ]


def two_lines(text: str, size: float) -> float:
    """The narrowest width that ``text`` in bold ``size`` fits on two lines (a box column's
    header taller than that would push the last row onto a second page)."""
    words = text.split()
    if len(words) < 2:
        return widest(words, BOLD, size) if words else 0.0
    return min(
        max(
            stringWidth(" ".join(words[:k]), BOLD, size),
            stringWidth(" ".join(words[k:]), BOLD, size),
        )
        for k in range(1, len(words))
    )


class _Box(Flowable):
    """A box to tick, in the middle of its cell."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, BOX

    def draw(self) -> None:
        self.canv.setLineWidth(0.8)
        self.canv.rect((self.width - BOX) / 2, 0, BOX, BOX, stroke=1, fill=0)


def story(doc: FormDoc) -> list[Flowable]:
    labels, s = doc.labels, doc.s
    out: list[Flowable] = heading(labels.privacy, s.subheading)
    out.append(facts_table(notice_rows(doc.snapshot.project, labels), s.label, s.fact, 34 * mm))
    out += [Spacer(0, 2 * mm), para(labels.consent_note, s.fact), Spacer(0, 3 * mm)]
    head: list[Cell] = [
        para(labels.number, s.cell_head),
        para(labels.name, s.cell_head),
        para(labels.organisation, s.cell_head),
        para(labels.contact_details, s.cell_head),
        para(labels.agree, s.cell_head),
        para(labels.news, s.cell_head),
    ]
    data: list[list[Cell]] = [head]
    for number in range(1, ROWS + 1):
        data.append([para(str(number), s.cell), "", "", "", _Box(), _Box()])
    size = s.cell_head.fontSize
    box = max(BOX_COLUMN, *(two_lines(t, size) + 2 * 4 + 2 for t in (labels.agree, labels.news)))
    rest = WIDTH - NUMBER_WIDTH - 2 * box
    table = FlowingTable(
        data,
        colWidths=[NUMBER_WIDTH, rest * 0.36, rest * 0.28, rest * 0.36, box, box],
        rowHeights=[None] + [SIGN_ROW] * ROWS,
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                *base_commands(),
                *padding(4, top=3, bottom=4),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("GRID", (0, 0), (-1, -1), 0.6, st.INK),
                ("BACKGROUND", (0, 0), (-1, 0), st.ZEBRA),
            ]
        )
    )
    return [*out, table]
