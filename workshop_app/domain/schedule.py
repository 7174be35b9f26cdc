"""Clock times of an agenda, computed from the meeting's start time and item durations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from workshop_app.domain.model import AgendaItem, Meeting, MeetingWithAgenda, ProjectSnapshot


@dataclass(frozen=True, slots=True)
class TimedItem:
    item: AgendaItem
    start: dt.time | None
    end: dt.time | None


def _add_minutes(t: dt.time, minutes: int) -> dt.time:
    base = dt.datetime.combine(dt.date(2000, 1, 1), t)
    return (base + dt.timedelta(minutes=minutes)).time()


def timed_agenda(start: dt.time | None, items: Sequence[AgendaItem]) -> list[TimedItem]:
    """Each item with its start and end clock time; ``None`` when the meeting has no start time."""
    result: list[TimedItem] = []
    offset = 0
    for item in items:
        if start is None:
            result.append(TimedItem(item, None, None))
        else:
            result.append(
                TimedItem(
                    item,
                    _add_minutes(start, offset),
                    _add_minutes(start, offset + item.duration_min),
                )
            )
        offset += item.duration_min
    return result


def total_minutes(items: Sequence[AgendaItem]) -> int:
    return sum(item.duration_min for item in items)


def end_time(meeting: Meeting, items: Sequence[AgendaItem]) -> dt.time | None:
    if meeting.start_time is None:
        return None
    return _add_minutes(meeting.start_time, total_minutes(items))


def next_meeting(snapshot: ProjectSnapshot, today: dt.date) -> MeetingWithAgenda | None:
    """The first meeting on or after ``today``; else the latest dated one; else the first one."""
    dated = sorted(
        (m for m in snapshot.meetings if m.meeting.date is not None),
        key=lambda m: (m.meeting.date, m.meeting.start_time or dt.time(0, 0)),
    )
    upcoming = [m for m in dated if m.meeting.date is not None and m.meeting.date >= today]
    if upcoming:
        return upcoming[0]
    if dated:
        return dated[-1]
    return snapshot.meetings[0] if snapshot.meetings else None
