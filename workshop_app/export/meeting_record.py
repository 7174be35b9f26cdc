"""What the meeting documents read from a meeting: the agenda as held, attendance in numbers, the
ideas voted on, the decisions and action items, the next meeting.

Plain functions over the immutable snapshot (no ReportLab here), shared by the participants'
handout and the facilitator's run-sheet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from workshop_app.domain.actors import Actor
from workshop_app.domain.model import AgendaItem, MeetingWithAgenda, ProjectSnapshot
from workshop_app.domain.schedule import next_meeting
from workshop_app.domain.trials import Idea, vote_tallies


@dataclass(frozen=True)
class HeldItem:
    """An agenda item with its clock times, planned minutes and the minutes added live."""

    item: AgendaItem
    start: dt.time | None
    end: dt.time | None
    planned_min: int
    extra_min: int

    @property
    def held_min(self) -> int:
        return self.planned_min + self.extra_min


def pick_meeting(
    snapshot: ProjectSnapshot, meeting_uuid: str | None, today: dt.date
) -> MeetingWithAgenda:
    """The meeting asked for, or (``None``) the next planned one, else the latest.

    Raises ``ValueError`` when the project has no meetings or the id is unknown.
    """
    if not snapshot.meetings:
        raise ValueError("The project has no meetings to print.")
    found = (
        next_meeting(snapshot, today) if meeting_uuid is None else snapshot.meeting(meeting_uuid)
    )
    if found is None:
        raise ValueError(f"No meeting with id {meeting_uuid!r} in this project.")
    return found


def _add(t: dt.time, minutes: int) -> dt.time:
    return (dt.datetime.combine(dt.date(2000, 1, 1), t) + dt.timedelta(minutes=minutes)).time()


def held_agenda(entry: MeetingWithAgenda, *, with_extra: bool = True) -> list[HeldItem]:
    """Each item with clock times from the meeting's start; ``with_extra`` counts the minutes
    added live (the agenda as held), else the plan only (the run-sheet)."""
    start = entry.meeting.start_time
    out: list[HeldItem] = []
    offset = 0
    for item in entry.agenda:
        extra = max(0, item.extra_min) if with_extra else 0
        minutes = item.duration_min + extra
        begin = None if start is None else _add(start, offset)
        end = None if start is None else _add(start, offset + minutes)
        out.append(HeldItem(item, begin, end, item.duration_min, extra))
        offset += minutes
    return out


def held_minutes(items: Sequence[HeldItem]) -> int:
    return sum(i.held_min for i in items)


def clock(t: dt.time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def span(start: dt.time | None, end: dt.time | None) -> str:
    """ "17:00–17:45", "17:00" or ``""``."""
    if start is None:
        return ""
    if end is None or end == start:
        return clock(start)
    return f"{clock(start)}–{clock(end)}"


def actors_present(snapshot: ProjectSnapshot, entry: MeetingWithAgenda) -> list[Actor]:
    """The organisations present, in the register's order (unknown ids are left out)."""
    present = set(entry.actors_present)
    return [a for a in snapshot.actors.actors if a.uuid in present]


def citizen_grid(entry: MeetingWithAgenda) -> dict[tuple[str, str], int]:
    """Counted citizens per (age band, group); blank cells are left out."""
    grid: dict[tuple[str, str], int] = {}
    for cell in entry.citizen_counts:
        if cell.count is not None:
            grid[(cell.age_band, cell.group)] = (
                grid.get((cell.age_band, cell.group), 0) + cell.count
            )
    return grid


def voted_ideas(snapshot: ProjectSnapshot, meeting_uuid: str) -> list[tuple[Idea, int]]:
    """Ideas that got votes at the meeting or came from it, most votes first."""
    book = snapshot.trials
    tallies = vote_tallies(book.ideas, book.votes, meeting_uuid)
    order = {idea.uuid: n for n, idea in enumerate(book.ideas)}
    rows = [
        (idea, tallies.get(idea.uuid, 0))
        for idea in book.ideas
        if idea.merged_into is None
        and (tallies.get(idea.uuid, 0) > 0 or idea.origin_meeting == meeting_uuid)
    ]
    return sorted(rows, key=lambda row: (-row[1], order[row[0].uuid]))


def following_meeting(
    snapshot: ProjectSnapshot, entry: MeetingWithAgenda
) -> MeetingWithAgenda | None:
    """The first dated meeting after this one (by date and start time)."""
    this = entry.meeting
    if this.date is None:
        return None
    key = (this.date, this.start_time or dt.time(0, 0))
    later = [
        m
        for m in snapshot.meetings
        if m.meeting.date is not None
        and m.meeting.uuid != this.uuid
        and (m.meeting.date, m.meeting.start_time or dt.time(0, 0)) > key
    ]
    later.sort(key=lambda m: (m.meeting.date, m.meeting.start_time or dt.time(0, 0)))
    return later[0] if later else None
