"""Blank forms to print, numbered and marked so that the answers can be typed back (issue 14):
feedback cards, counting sheets, a dot-voting sheet, a sign-in sheet with the privacy notice and
the meeting handout in large print.

One entry point, :func:`write_form`. Every form is an A4 PDF made by ``document.build_pdf`` with
the bundled fonts; every card and every page carries a QR code (``marks.qr_payload``) and four
corner marks. No form asks for or shows a person's name (the sign-in sheet has an empty column
people write their own name in, under the privacy notice).
"""

from __future__ import annotations

import pathlib
from functools import partial
from typing import BinaryIO, Unpack

from workshop_app.domain.model import MeetingWithAgenda, ProjectSnapshot
from workshop_app.export.document import Options, today_of
from workshop_app.export.form_kinds import (
    COUNTING_SHEET,
    FEEDBACK_CARDS,
    FORM_KINDS,
    LARGE_PRINT,
    MEETING_FORMS,
    SIGN_IN,
    TRIAL_FORMS,
    VOTE_SHEET,
)
from workshop_app.export.forms import cards, counting, large_print, sign_in, votes
from workshop_app.export.forms.labels import FormLabels
from workshop_app.export.forms.marks import qr_payload
from workshop_app.export.forms.page import FormDoc, day_text, form_styles, write_page_form
from workshop_app.export.forms.parts import pick_trial
from workshop_app.export.meeting_record import pick_meeting

__all__ = [
    "COUNTING_SHEET",
    "FEEDBACK_CARDS",
    "FORM_KINDS",
    "LARGE_PRINT",
    "MEETING_FORMS",
    "SIGN_IN",
    "TRIAL_FORMS",
    "VOTE_SHEET",
    "FormLabels",
    "qr_payload",
    "write_form",
]


def meeting_line(entry: MeetingWithAgenda, labels: FormLabels) -> str:
    """ "Meeting: Borgermøde om torvet · 27 November 2025, 19:00 · Egeby Bibliotek": what a
    sheet is for, so that a stack of them is sorted afterwards."""
    meeting = entry.meeting
    parts = [meeting.title.strip() or labels.meeting_labels.not_set]
    if meeting.date is not None:
        when = day_text(labels, meeting.date)
        if meeting.start_time is not None:
            when += f", {meeting.start_time:%H:%M}"
        parts.append(when)
    if meeting.place.strip():
        parts.append(meeting.place.strip())
    return f"{labels.meeting}: {' · '.join(parts)}"


def sheet_meeting(
    snapshot: ProjectSnapshot, meeting_uuid: str | None, options: Options
) -> MeetingWithAgenda | None:
    """The meeting a vote or sign-in sheet is for: the one chosen, else the next planned one
    (else the latest); ``None`` in a project without meetings."""
    if meeting_uuid is None and not snapshot.meetings:
        return None
    return pick_meeting(snapshot, meeting_uuid, today_of(options))


def write_form(
    kind: str,
    snapshot: ProjectSnapshot,
    labels: FormLabels,
    out: pathlib.Path | BinaryIO,
    *,
    trial_uuid: str | None = None,
    meeting_uuid: str | None = None,
    first: int = 1,
    count: int = 4,
    **options: Unpack[Options],
) -> None:
    """Write the blank form ``kind`` (one of :data:`FORM_KINDS`) as an A4 PDF.

    - ``feedback-cards``: ``count`` cards numbered from ``first`` for the test ``trial_uuid``
      (default: the first running test, else the first one).
    - ``counting-sheet``: for the test ``trial_uuid`` (same default; blank without tests).
    - ``vote-sheet``, ``sign-in``: for the meeting ``meeting_uuid`` (default: the next
      meeting, else the latest; none in a project without meetings), named at the top.
    - ``large-print``: the handout of ``meeting_uuid`` (default: the next meeting, else the
      latest).

    Raises ``ValueError`` for an unknown kind, test or meeting, for cards without a test or a
    large-print handout without meetings, and :class:`~workshop_app.export.Cancelled` when
    ``is_cancelled()`` turns true; then nothing is written. A path is replaced atomically.
    """
    if kind not in FORM_KINDS:
        raise ValueError(f"Unknown form {kind!r}; one of {', '.join(FORM_KINDS)}.")
    s = form_styles()
    if kind in TRIAL_FORMS:
        trial = pick_trial(snapshot, trial_uuid)
        doc = FormDoc(kind, snapshot, labels, s, trial)
        if kind == FEEDBACK_CARDS:
            cards.write_cards(doc, first, count, out, **options)
            return
        context = f"{labels.test}: {doc.trial_name}" if trial is not None else ""
        write_page_form(doc, context, counting.story, out, **options)
        return
    doc = FormDoc(kind, snapshot, labels, s)
    if kind == LARGE_PRINT:
        entry = pick_meeting(snapshot, meeting_uuid, today_of(options))
        story = partial(large_print.story, entry=entry, today=today_of(options))
        title = labels.meeting_labels.document_title  # the handout's own name, once
        write_page_form(doc, "", story, out, title=title, **options)
        return
    meeting = sheet_meeting(snapshot, meeting_uuid, options)
    context = meeting_line(meeting, labels) if meeting is not None else ""
    if kind == VOTE_SHEET:
        write_page_form(doc, context, lambda d: votes.story(d, meeting), out, **options)
    else:
        write_page_form(doc, context, sign_in.story, out, **options)
