"""The meeting handout for participants: facts, purpose and the timed agenda of one meeting.

Contains no personal data beyond what the facilitator typed into an agenda item's "responsible".
"""

from __future__ import annotations

import datetime as dt
import pathlib
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, TableStyle

from workshop_app.domain.model import MeetingWithAgenda, ProjectSnapshot
from workshop_app.domain.schedule import end_time, next_meeting, timed_agenda, total_minutes
from workshop_app.export import styles as st
from workshop_app.export.blocks import MONTHS_EN
from workshop_app.export.document import CancelFn, PageFurniture, ProgressFn, build_pdf
from workshop_app.export.flowables import FlowingTable
from workshop_app.export.fonts import REGULAR
from workshop_app.export.text import blocks, markup, para


@dataclass(frozen=True)
class HandoutLabels:
    """Every fixed text of the handout, translated by the caller. English defaults."""

    document_title: str = "Handout"
    purpose: str = "Purpose"
    date: str = "Date"
    time: str = "Time"
    place: str = "Place"
    agenda: str = "Agenda"
    clock: str = "Time"
    item: str = "Item"
    minutes: str = "Min."
    method: str = "Method"
    responsible: str = "Responsible"
    no_agenda: str = "No agenda items yet."
    not_set: str = "Not set"
    total: str = "Total"
    page_of: str = "Page {page} of {pages}"
    printed: str = "Printed {date}"
    months: tuple[str, ...] = MONTHS_EN
    date_format: str = "{day} {month} {year}"
    minutes_unit: str = "min"


def format_date(day: dt.date, labels: HandoutLabels) -> str:
    month = labels.months[day.month - 1] if len(labels.months) == 12 else str(day.month)
    try:
        return labels.date_format.format(day=day.day, month=month, year=day.year)
    except (KeyError, IndexError, ValueError):  # a broken translation must not break the PDF
        return day.isoformat()


def _clock(t: dt.time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def _span(start: dt.time | None, end: dt.time | None) -> str:
    if start is None:
        return ""
    if end is None or end == start:
        return _clock(start)
    return f"{_clock(start)}–{_clock(end)}"


def _pick_meeting(
    snapshot: ProjectSnapshot, meeting_uuid: str | None, today: dt.date
) -> MeetingWithAgenda:
    if not snapshot.meetings:
        raise ValueError("The project has no meetings to make a handout for.")
    if meeting_uuid is None:
        found = next_meeting(snapshot, today)
    else:
        found = snapshot.meeting(meeting_uuid)
    if found is None:
        raise ValueError(f"No meeting with id {meeting_uuid!r} in this project.")
    return found


def _facts(entry: MeetingWithAgenda, labels: HandoutLabels, s: st.Styles) -> Flowable:
    meeting = entry.meeting
    when = format_date(meeting.date, labels) if meeting.date else labels.not_set
    span = _span(meeting.start_time, end_time(meeting, entry.agenda)) or labels.not_set
    if meeting.start_time is not None and entry.agenda:
        span += f" ({total_minutes(entry.agenda)} {labels.minutes_unit})"
    rows = [
        (labels.date, when),
        (labels.time, span),
        (labels.place, meeting.place.strip() or labels.not_set),
    ]
    data = [[para(label, s.label), blocks(value, s.fact)] for label, value in rows]
    table = FlowingTable(data, colWidths=[32 * mm, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                (
                    "FONTNAME",
                    (0, 0),
                    (-1, -1),
                    REGULAR,
                ),  # else Table references Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _agenda(
    entry: MeetingWithAgenda, labels: HandoutLabels, s: st.Styles, width: float
) -> FlowingTable:
    start = entry.meeting.start_time
    timed = timed_agenda(start, entry.agenda)
    with_clock = start is not None
    head = [
        para(labels.item, s.cell_head),
        para(labels.minutes, s.cell_head_right),
        para(labels.method, s.cell_head),
        para(labels.responsible, s.cell_head),
    ]
    widths = [0.0, 15 * mm, 0.0, 0.0]
    if with_clock:
        head.insert(0, para(labels.clock, s.cell_head))
        widths.insert(0, 27 * mm)
    free = width - sum(widths)
    shares = iter((0.40, 0.21, 0.39))
    widths = [w if w else free * next(shares) for w in widths]

    rows: list[list[Flowable | list[Flowable] | str]] = [list(head)]
    for t in timed:
        row: list[Flowable | list[Flowable] | str] = [
            blocks(t.item.title, s.cell),
            para(str(t.item.duration_min), s.cell_right),
            blocks(t.item.method, s.cell),
            blocks(t.item.responsible, s.cell),
        ]
        if with_clock:
            row.insert(0, para(_span(t.start, t.end), s.cell))
        rows.append(row)
    total_row: list[Flowable | list[Flowable] | str] = [
        Paragraph(f"<b>{markup(labels.total)}</b>", s.cell),
        Paragraph(f"<b>{total_minutes(entry.agenda)}</b>", s.cell_right),
        "",
        "",
    ]
    if with_clock:
        total_row.insert(0, "")
    rows.append(total_row)

    last = len(rows) - 1
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else Table references Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, st.INK),
        ("ROWBACKGROUNDS", (0, 1), (-1, last - 1), [st.ZEBRA, None]),
        ("LINEBELOW", (0, 1), (-1, last - 1), 0.25, st.RULE),
        ("LINEABOVE", (0, last), (-1, last), 0.9, st.INK),
    ]
    table = FlowingTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _heading(text: str, s: st.Styles) -> list[Flowable]:
    """A section heading that never ends a page: it needs room for a few lines below it."""
    return [CondPageBreak(st.HEADING_ROOM), para(text, s.heading)]


def _story(
    entry: MeetingWithAgenda, labels: HandoutLabels, s: st.Styles, width: float
) -> list[Flowable]:
    meeting = entry.meeting
    story: list[Flowable] = [
        para(labels.document_title, s.kicker),
        para(meeting.title.strip() or labels.not_set, s.title),
        _facts(entry, labels, s),
    ]
    if meeting.purpose.strip():
        story.extend(_heading(labels.purpose, s))
        story.extend(blocks(meeting.purpose, s.body))
    story.extend(_heading(labels.agenda, s))
    if entry.agenda:
        story.append(_agenda(entry, labels, s, width))
    else:
        story.append(para(labels.no_agenda, s.body))
    return story


def write_handout(
    snapshot: ProjectSnapshot,
    meeting_uuid: str | None,
    labels: HandoutLabels,
    out: pathlib.Path | BinaryIO,
    *,
    today: dt.date | None = None,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> None:
    """Write the handout of one meeting (``None``: the project's next meeting) as an A4 PDF.

    Raises ``ValueError`` when the project has no meetings or ``meeting_uuid`` is unknown, and
    :class:`workshop_app.export.Cancelled` when ``is_cancelled()`` turns true; in both cases
    nothing is written. A path is replaced atomically.
    """
    today = today or dt.date.today()
    entry = _pick_meeting(snapshot, meeting_uuid, today)
    if progress is not None:
        progress(0)
    s = st.make_styles()
    width = st.PAGE_SIZE[0] - st.MARGIN_LEFT - st.MARGIN_RIGHT
    story = _story(entry, labels, s, width)
    if progress is not None:
        progress(10)
    meeting_title = entry.meeting.title.strip()
    title = f"{labels.document_title} – {meeting_title}" if meeting_title else labels.document_title
    try:
        printed = labels.printed.format(date=format_date(today, labels))
    except (KeyError, IndexError, ValueError):
        printed = format_date(today, labels)
    furniture = PageFurniture(
        header_left=snapshot.project.name,
        header_right=meeting_title,
        footer_left=printed,
        page_of=labels.page_of,
    )
    build_pdf(
        story,
        out,
        title=title,
        subject=labels.document_title,
        furniture=furniture,
        progress=progress,
        is_cancelled=is_cancelled,
    )
    if progress is not None:
        progress(100)
