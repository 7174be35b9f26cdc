"""Flowables both meeting documents use: the facts at the top and the citizens' age × group grid."""

from __future__ import annotations

import datetime as dt
import pathlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import BinaryIO, Unpack

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

from workshop_app.domain.model import MeetingWithAgenda, ProjectSnapshot
from workshop_app.domain.vocabulary import AGE_BANDS
from workshop_app.export import styles as st
from workshop_app.export.blocks import Cell, facts_table, list_table
from workshop_app.export.document import (
    Options,
    PageFurniture,
    build_pdf,
    document_title,
    today_of,
)
from workshop_app.export.meeting_labels import (
    GROUPS,
    MeetingLabels,
    band_name,
    format_date,
    group_name,
    printed_line,
)
from workshop_app.export.meeting_record import (
    citizen_grid,
    held_agenda,
    held_minutes,
    pick_meeting,
    span,
    voted_ideas,
)
from workshop_app.export.text import markup, para

#: Height of an empty row of the citizens' grid: room for tally marks.
TALLY_ROW = 9 * mm
#: Room a heading needs below it when a table follows (its header and a first row or two).
TABLE_ROOM = 45 * mm
#: Width of an agenda's clock column ("17:00–17:15" at 10 pt with its padding).
CLOCK_WIDTH = 28 * mm


def is_held(entry: MeetingWithAgenda, today: dt.date) -> bool:
    """Held by ``today``: dated before it, or ended in the live console."""
    day = entry.meeting.date
    ended = entry.live is not None and entry.live.ended_at is not None
    return ended or (day is not None and day < today)


def has_record(snapshot: ProjectSnapshot, entry: MeetingWithAgenda) -> bool:
    """Something of the meeting as held is recorded: attendance, notes, minutes added live,
    decisions, action items or ideas voted on (then it was held, whatever its date says)."""
    recorded = (
        citizen_grid(entry)
        or entry.actors_present
        or entry.participants
        or entry.notes
        or entry.actions
        or entry.decisions
        or any(item.extra_min for item in entry.agenda)
    )
    return bool(recorded) or bool(voted_ideas(snapshot, entry.meeting.uuid))


def meeting_title(entry: MeetingWithAgenda, labels: MeetingLabels) -> str:
    return entry.meeting.title.strip() or labels.not_set


def meeting_facts(
    entry: MeetingWithAgenda,
    labels: MeetingLabels,
    s: st.Styles,
    *,
    held: bool,
    extra: Sequence[tuple[str, str]] = (),
) -> Flowable:
    """Date, time (with the length of the agenda; ``held``: with the minutes added live),
    place, then ``extra`` rows."""
    meeting = entry.meeting
    when = format_date(meeting.date, labels) if meeting.date else labels.not_set
    items = held_agenda(entry, with_extra=held)
    end = items[-1].end if items else None
    time = span(meeting.start_time, end) or labels.not_set
    if meeting.start_time is not None and items:
        time += f" ({held_minutes(items)} {labels.minutes_unit})"
    rows = [
        (labels.date, when),
        (labels.time, time),
        (labels.place, meeting.place.strip() or labels.not_set),
        *((name, value.strip() or labels.not_set) for name, value in extra),
    ]
    return facts_table(rows, s.label, s.fact, 32 * mm)


def citizen_table(
    grid: dict[tuple[str, str], int] | None,
    labels: MeetingLabels,
    s: st.Styles,
    width: float,
) -> Flowable:
    """Age bands down, groups across, with totals; ``None``: empty cells to count into."""
    head: list[Cell] = [para(labels.age, s.cell_head)]
    head += [para(group_name(labels, g), s.cell_head_right) for g in GROUPS]
    head.append(para(labels.total, s.cell_head_right))
    rows: list[list[Cell]] = []
    for band in AGE_BANDS:
        values = [grid.get((band, g), 0) for g in GROUPS] if grid is not None else []
        cells: list[Cell] = [para(str(v), s.cell_right) for v in values]
        if grid is not None:
            cells.append(Paragraph(f"<b>{sum(values)}</b>", s.cell_right))
        else:
            cells = [Spacer(0, TALLY_ROW) for _ in range(len(GROUPS) + 1)]
        rows.append([para(band_name(labels, band), s.cell), *cells])
    total: list[Cell] = [Paragraph(f"<b>{markup(labels.total)}</b>", s.cell)]
    if grid is not None:
        sums = [sum(grid.get((b, g), 0) for b in AGE_BANDS) for g in GROUPS]
        total += [Paragraph(f"<b>{n}</b>", s.cell_right) for n in [*sums, sum(sums)]]
    else:
        total += [""] * (len(GROUPS) + 1)
    column = min(30 * mm, width / 6)
    table = list_table(head, rows, [0.0] + [column] * (len(GROUPS) + 1), width, total=total)
    if grid is None:  # boxes to write tally marks into
        table.setStyle(TableStyle([("GRID", (1, 1), (-1, -1), 0.5, st.RULE)]))
    return table


@dataclass(frozen=True)
class MeetingDoc:
    """What a meeting document is made from; ``with_names``: names of persons may be on it."""

    snapshot: ProjectSnapshot
    entry: MeetingWithAgenda
    labels: MeetingLabels
    s: st.Styles
    with_names: bool
    #: The day it is printed (``None``: the meeting counts as held, as in the project report).
    today: dt.date | None = None

    @property
    def held(self) -> bool:
        """The meeting has been held (or has a record of it): its attendance and outcome belong
        on its documents; else they are the plan."""
        if self.today is None or is_held(self.entry, self.today):
            return True
        return has_record(self.snapshot, self.entry)

    @property
    def width(self) -> float:
        return st.PAGE_SIZE[0] - st.MARGIN_LEFT - st.MARGIN_RIGHT


@dataclass(frozen=True)
class MeetingDocument:
    """One of the meeting documents: its name (from the labels), how its story is made, and
    whether names of persons are always on it (the facilitator's copy) or only when chosen."""

    name: Callable[[MeetingLabels], str]
    story: Callable[[MeetingDoc], list[Flowable]]
    names_always: bool = False

    def write(
        self,
        snapshot: ProjectSnapshot,
        meeting_uuid: str | None,
        labels: MeetingLabels,
        out: pathlib.Path | BinaryIO,
        *,
        with_names: bool = False,
        **options: Unpack[Options],
    ) -> None:
        """Write the document of one meeting (``None``: the next planned one, else the latest)
        as an A4 PDF. With names of persons on it, every page says "Contains personal data";
        the metadata name the document and the meeting, never a person.

        Raises ``ValueError`` when the project has no meetings or ``meeting_uuid`` is unknown,
        and :class:`workshop_app.export.Cancelled` when ``is_cancelled()`` turns true; in both
        cases nothing is written. A path is replaced atomically.
        """
        today = today_of(options)
        entry = pick_meeting(snapshot, meeting_uuid, today)
        names = with_names or self.names_always
        doc = MeetingDoc(snapshot, entry, labels, st.make_styles(), names, today)
        name, title = self.name(labels), entry.meeting.title.strip()
        furniture = PageFurniture(
            header_left=snapshot.project.name,
            header_right=title,
            footer_left=printed_line(labels, today),
            page_of=labels.page_of,
            notice=labels.personal_data if names else "",
            title=document_title(name, title),
            subject=name,
            logo=snapshot.project.logo,
            accent=snapshot.project.accent,
        )
        build_pdf(partial(self.story, doc), out, furniture, **options)
