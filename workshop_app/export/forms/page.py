"""The frame of every form but the feedback cards: a document of A4 pages made by
``document.build_pdf``, each page starting with the form's head (name, what it is about, the QR
code of that sheet) and carrying the four corner marks."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pathlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO, Unpack

from reportlab.platypus import Flowable
from reportlab.platypus.flowables import SetPageTopFlowables

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.domain.trials import Trial, title_with_version
from workshop_app.export import styles as st
from workshop_app.export.blocks import fill_template, format_day
from workshop_app.export.document import (
    Options,
    PageFurniture,
    build_pdf,
    document_title,
    today_of,
)
from workshop_app.export.forms.labels import FormLabels
from workshop_app.export.forms.marks import qr_payload
from workshop_app.export.forms.parts import FormHead
from workshop_app.export.text import blocks

#: The frame's width on an A4 page.
WIDTH = st.PAGE_SIZE[0] - st.MARGIN_LEFT - st.MARGIN_RIGHT


def form_styles() -> st.Styles:
    """The house stylesheet with the tables' header cells at body size: on a form nothing is
    smaller than 10 points (the running header and footer aside)."""
    s = st.make_styles()
    head = st.bold("form-cell-head", s.cell, st.BODY_SIZE, st.BODY_SIZE * 1.25)
    return dataclasses.replace(s, cell_head=head)


@dataclass(frozen=True)
class FormDoc:
    """What one form is made from."""

    kind: str
    snapshot: ProjectSnapshot
    labels: FormLabels
    s: st.Styles
    trial: Trial | None = None

    @property
    def trial_name(self) -> str:
        """The test's title as the app names it: with its version from the second on."""
        return self.versioned(self.trial.title) if self.trial is not None else ""

    def versioned(self, title: str) -> str:
        """``title`` (the test's, maybe shortened) named as the test: with its version."""
        if self.trial is None:
            return title
        trial = dataclasses.replace(self.trial, title=title)
        labels = self.labels
        book = self.snapshot.trials
        return title_with_version(book, trial, labels.test_version, labels.untitled_test)


def day_text(labels: FormLabels, day: dt.date) -> str:
    return format_day(day, labels.months, labels.date_format)


def printed_line(labels: FormLabels, options: Options) -> str:
    day = day_text(labels, today_of(options))
    return fill_template(labels.printed, day, date=day)


#: The running header's and footer's type on a large-print form (points).
LARGE_FURNITURE = 12.0


def furniture(doc: FormDoc, detail: str, footer: str) -> PageFurniture:
    """The running header (project, form) and footer, in larger type on a large-print form;
    metadata "<form> – <detail>"."""
    name = doc.labels.title_of(doc.kind)
    project = doc.snapshot.project.name.strip()
    return PageFurniture(
        header_left=project or doc.labels.untitled,
        header_right=name,
        footer_left=footer,
        page_of=doc.labels.page_of,
        title=document_title(name, detail or project),
        subject=name,
        size=LARGE_FURNITURE if doc.kind == "large-print" else st.SMALL_SIZE,
    )


def payload_of(doc: FormDoc) -> Callable[[int], str]:
    """The QR text of page ``n`` of this form."""
    project = doc.snapshot.project.uuid
    trial = doc.trial.uuid if doc.trial is not None else None
    return lambda page: qr_payload(doc.kind, project, trial, page)


def write_page_form(
    doc: FormDoc,
    context: str,
    story: Callable[[FormDoc], list[Flowable]],
    out: pathlib.Path | BinaryIO,
    *,
    title: str | None = None,
    **options: Unpack[Options],
) -> None:
    """Build a form of pages: the head on every page (``title``, default the form's name;
    ``context`` says what the form is about: the test, the meeting), then ``story(doc)``."""
    s = doc.s
    style = st.bold("form-title", s.body, 16, 20)
    name = doc.labels.title_of(doc.kind) if title is None else title
    head = FormHead(name, context, payload_of(doc), (style, s.body))

    def make() -> list[Flowable]:
        first: list[Flowable] = [head, SetPageTopFlowables([head])]
        if head.shortened:  # the head shows what fits on a line or two; here it is in full
            first += blocks(context, s.body)
        return [*first, *story(doc)]

    build_pdf(make, out, furniture(doc, context, printed_line(doc.labels, options)), **options)
