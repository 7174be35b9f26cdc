"""The live console's clock as pure functions: no Qt, no clock reads (``now`` is passed in).

A :class:`~workshop_app.domain.meetings.LiveState` says when the meeting started, which agenda
item is current and since when, whether it is paused and how long the current item has been
paused so far, and when the meeting ended. From it and the agenda :func:`live_figures` works out
everything the console and the projector show; the transitions return a new state.

- The meeting clock is wall time since the start (a pause still uses the room's time).
- An item's elapsed time leaves its pauses out; its planned time is ``duration_min + extra_min``
  (the minutes added live), so "remaining" goes negative when it runs over.
- Behind/ahead compares with the original plan (``duration_min`` only): the plan expects the
  current item to start after the planned minutes of the items before it; behind is how much
  later than that the meeting is at the current point of the item (never counting an item as
  further along than its planned length). Positive is behind, negative ahead.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from workshop_app.domain.meetings import LiveState
from workshop_app.domain.model import AgendaItem, MeetingWithAgenda


class LiveError(ValueError):
    """A transition that does not apply (the meeting has not started, or has ended)."""


@dataclass(frozen=True, slots=True)
class LiveFigures:
    item_index: int | None
    item: AgendaItem | None
    item_elapsed_s: int
    #: Planned (``duration_min + extra_min``) minus elapsed; negative when over.
    item_remaining_s: int
    meeting_elapsed_s: int
    #: Where the original plan would be at the current point of the current item.
    planned_elapsed_s: int
    #: Minutes behind the plan (negative: ahead).
    behind_min: int
    paused: bool
    running: bool
    next_item: AgendaItem | None
    #: The planned clock time each agenda item starts (None throughout without a start time).
    clock_times: tuple[dt.time | None, ...]
    #: True once the meeting has ended.
    ended: bool = False


def planned_s(item: AgendaItem) -> int:
    """An item's planned length in seconds, with the minutes added live."""
    return (item.duration_min + item.extra_min) * 60


def clock_times(meeting: MeetingWithAgenda) -> tuple[dt.time | None, ...]:
    """When each item starts by the plan: from the meeting's start time, else from when the live
    meeting started, else unknown."""
    start = meeting.meeting.start_time
    if start is None and meeting.live is not None and meeting.live.started_at is not None:
        start = meeting.live.started_at.time().replace(second=0)
    if start is None:
        return tuple(None for _ in meeting.agenda)
    at = dt.datetime.combine(dt.date(2000, 1, 1), start)
    times = []
    for item in meeting.agenda:
        times.append(at.time())
        at += dt.timedelta(minutes=item.duration_min)
    return tuple(times)


def _seconds(later: dt.datetime, earlier: dt.datetime) -> int:
    return max(0, int((later - earlier).total_seconds()))


def item_elapsed_s(state: LiveState, now: dt.datetime) -> int:
    """Seconds spent on the current item, pauses left out."""
    if state.item_started_at is None:
        return 0
    until = state.ended_at or state.paused_at or now
    return max(0, _seconds(until, state.item_started_at) - state.paused_s)


def _index(agenda: Sequence[AgendaItem], uuid: str | None) -> int | None:
    return next((n for n, item in enumerate(agenda) if item.uuid == uuid), None)


def live_figures(meeting: MeetingWithAgenda, now: dt.datetime) -> LiveFigures:
    """What the console shows at ``now`` (frozen at the end once the meeting has ended)."""
    state = meeting.live or LiveState(meeting.meeting.uuid)
    agenda = meeting.agenda
    if state.ended_at is not None:
        now = state.ended_at
    index = _index(agenda, state.item_uuid)
    item = agenda[index] if index is not None else None
    elapsed = item_elapsed_s(state, now) if item is not None else 0
    meeting_elapsed = _seconds(now, state.started_at) if state.started_at else 0
    if index is not None:
        before = sum(i.duration_min * 60 for i in agenda[:index])
        planned = before + min(elapsed, agenda[index].duration_min * 60)
    elif state.started_at is None:
        planned = 0
    elif agenda:  # the current item was deleted: count the whole plan as done
        planned = sum(i.duration_min * 60 for i in agenda)
    else:  # no agenda: no plan to be behind
        planned = meeting_elapsed
    behind_s = meeting_elapsed - planned if state.started_at else 0
    following = index + 1 if index is not None else (0 if state.started_at is None else None)
    return LiveFigures(
        item_index=index,
        item=item,
        item_elapsed_s=elapsed,
        item_remaining_s=(planned_s(item) - elapsed) if item is not None else 0,
        meeting_elapsed_s=meeting_elapsed,
        planned_elapsed_s=planned,
        behind_min=_minutes(behind_s),
        paused=state.paused_at is not None and state.ended_at is None,
        running=state.running,
        next_item=agenda[following] if following is not None and following < len(agenda) else None,
        clock_times=clock_times(meeting),
        ended=state.ended_at is not None,
    )


def _minutes(seconds: int) -> int:
    """Whole minutes, rounded half away from zero (90 s behind is 2 minutes behind)."""
    sign = -1 if seconds < 0 else 1
    return sign * ((abs(seconds) + 30) // 60)


# -- transitions ---------------------------------------------------------------------------------


def _running(state: LiveState | None) -> LiveState:
    if state is None or state.started_at is None:
        raise LiveError("the meeting has not started")
    if state.ended_at is not None:
        raise LiveError("the meeting has ended")
    return state


def _fold_pause(state: LiveState, now: dt.datetime) -> LiveState:
    """The state with a running pause added to ``paused_s`` and ended."""
    if state.paused_at is None:
        return state
    return dataclasses.replace(
        state, paused_at=None, paused_s=state.paused_s + _seconds(now, state.paused_at)
    )


def start(
    state: LiveState | None,
    agenda: Sequence[AgendaItem],
    now: dt.datetime,
    meeting_uuid: str | None = None,
) -> LiveState:
    """Start the meeting at its first item. A meeting already running goes on unchanged (the
    console resumes it); one that has ended starts again from the beginning."""
    if state is not None and state.running:
        return state
    uuid = meeting_uuid or (state.meeting_uuid if state else None)
    if uuid is None:
        if not agenda:
            raise LiveError("no meeting to start")
        uuid = agenda[0].meeting_uuid
    first = agenda[0].uuid if agenda else None
    return LiveState(
        meeting_uuid=uuid,
        started_at=now,
        item_uuid=first,
        item_started_at=now if first else None,
    )


def go_to(state: LiveState | None, item_uuid: str | None, now: dt.datetime) -> LiveState:
    """Make ``item_uuid`` the current item, its timer from zero (a pause ends with it)."""
    state = _running(state)
    return dataclasses.replace(
        state,
        item_uuid=item_uuid,
        item_started_at=now if item_uuid is not None else None,
        paused_at=None,
        paused_s=0,
    )


def next_item(state: LiveState | None, agenda: Sequence[AgendaItem], now: dt.datetime) -> LiveState:
    """The next agenda item (the first if the current one is gone; unchanged at the last)."""
    state = _running(state)
    index = _index(agenda, state.item_uuid)
    target = 0 if index is None else index + 1
    if target >= len(agenda):
        return state
    return go_to(state, agenda[target].uuid, now)


def previous_item(
    state: LiveState | None, agenda: Sequence[AgendaItem], now: dt.datetime
) -> LiveState:
    """The item before the current one, its timer from zero (unchanged at the first)."""
    state = _running(state)
    index = _index(agenda, state.item_uuid)
    target = 0 if index is None else index - 1
    if target < 0 or not agenda or target == index:
        return state
    return go_to(state, agenda[target].uuid, now)


def pause(state: LiveState | None, now: dt.datetime) -> LiveState:
    state = _running(state)
    if state.paused_at is not None:
        return state
    return dataclasses.replace(state, paused_at=now)


def resume(state: LiveState | None, now: dt.datetime) -> LiveState:
    return _fold_pause(_running(state), now)


def end(state: LiveState | None, now: dt.datetime) -> LiveState:
    """End the meeting; the figures stay as they were at ``now``."""
    state = _fold_pause(_running(state), now)
    return dataclasses.replace(state, ended_at=now)
