"""The live console's clock as pure functions: every time is handed in, nothing waits."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from workshop_app.domain import live
from workshop_app.domain.meetings import LiveState
from workshop_app.domain.model import AgendaItem, Meeting, MeetingWithAgenda

M = "00000000-0000-4000-8000-00000000000m"
T0 = dt.datetime(2027, 3, 1, 19, 0, 0)


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=round(minutes * 60))


def _agenda(*minutes: int) -> tuple[AgendaItem, ...]:
    return tuple(
        AgendaItem(uuid=f"item-{n}", meeting_uuid=M, position=n, title=f"Item {n}", duration_min=m)
        for n, m in enumerate(minutes)
    )


AGENDA = _agenda(10, 20, 30)


def _meeting(
    state: LiveState | None, agenda: tuple[AgendaItem, ...] = AGENDA, **kw: object
) -> MeetingWithAgenda:
    return MeetingWithAgenda(Meeting(uuid=M, position=0, **kw), agenda, live=state)  # type: ignore[arg-type]


def figures(
    state: LiveState | None, minutes: float, agenda: tuple[AgendaItem, ...] = AGENDA
) -> live.LiveFigures:
    return live.live_figures(_meeting(state, agenda), at(minutes))


def test_before_the_start_nothing_runs_and_the_first_item_is_next() -> None:
    f = figures(None, 5)
    assert (f.running, f.paused, f.item, f.item_index) == (False, False, None, None)
    assert f.meeting_elapsed_s == f.behind_min == 0
    assert f.next_item == AGENDA[0]


def test_start_puts_the_first_item_on_and_counts_it_down() -> None:
    state = live.start(None, AGENDA, T0)
    assert state == LiveState(M, T0, "item-0", T0)
    f = figures(state, 4)
    assert f.running and not f.paused
    assert (f.item_index, f.item) == (0, AGENDA[0])
    assert (f.item_elapsed_s, f.item_remaining_s, f.meeting_elapsed_s) == (240, 360, 240)
    assert f.next_item == AGENDA[1]
    assert f.behind_min == 0


def test_start_again_while_running_changes_nothing_but_after_the_end_starts_over() -> None:
    state = live.start(None, AGENDA, T0)
    assert live.start(state, AGENDA, at(3)) is state
    ended = live.end(state, at(30))
    assert live.start(ended, AGENDA, at(40)) == LiveState(M, at(40), "item-0", at(40))


def test_an_item_that_runs_over_goes_negative_and_the_meeting_falls_behind() -> None:
    state = live.start(None, AGENDA, T0)
    f = figures(state, 13)
    assert f.item_remaining_s == -180
    assert f.planned_elapsed_s == 600
    assert f.behind_min == 3


def test_next_item_early_puts_the_meeting_ahead() -> None:
    state = live.next_item(live.start(None, AGENDA, T0), AGENDA, at(6))
    assert (state.item_uuid, state.item_started_at) == ("item-1", at(6))
    f = figures(state, 8)
    assert (f.item_index, f.item_elapsed_s, f.item_remaining_s) == (1, 120, 1080)
    assert f.planned_elapsed_s == 600 + 120
    assert f.behind_min == -4
    assert f.next_item == AGENDA[2]


def test_next_at_the_last_item_and_previous_at_the_first_change_nothing() -> None:
    state = live.start(None, AGENDA, T0)
    assert live.previous_item(state, AGENDA, at(1)) is state
    last = live.go_to(state, "item-2", at(2))
    assert live.next_item(last, AGENDA, at(3)) is last
    f = figures(last, 3)
    assert f.next_item is None


def test_previous_goes_back_with_a_fresh_timer() -> None:
    state = live.next_item(live.start(None, AGENDA, T0), AGENDA, at(10))
    back = live.previous_item(state, AGENDA, at(12))
    assert (back.item_uuid, back.item_started_at) == ("item-0", at(12))
    assert figures(back, 13).item_elapsed_s == 60


def test_pause_stops_the_item_timer_not_the_meeting_clock() -> None:
    state = live.start(None, AGENDA, T0)
    paused = live.pause(state, at(2))
    assert live.pause(paused, at(3)) is paused  # pausing twice is one pause
    f = figures(paused, 5)
    assert f.paused and f.running
    assert (f.item_elapsed_s, f.meeting_elapsed_s) == (120, 300)
    resumed = live.resume(paused, at(5))
    assert (resumed.paused_at, resumed.paused_s) == (None, 180)
    f = figures(resumed, 6)
    assert not f.paused
    assert (f.item_elapsed_s, f.item_remaining_s) == (180, 420)
    # three minutes of pause with the item at three minutes: three behind the plan
    assert f.behind_min == 3


def test_resume_without_a_pause_changes_nothing() -> None:
    state = live.start(None, AGENDA, T0)
    assert live.resume(state, at(1)) == state


def test_moving_on_during_a_pause_ends_it_and_starts_the_next_item_fresh() -> None:
    paused = live.pause(live.start(None, AGENDA, T0), at(2))
    state = live.next_item(paused, AGENDA, at(4))
    assert (state.item_uuid, state.paused_at, state.paused_s) == ("item-1", None, 0)


def test_added_minutes_extend_the_item_but_not_the_plan() -> None:
    state = live.start(None, AGENDA, T0)
    extended = (dataclasses.replace(AGENDA[0], extra_min=5), *AGENDA[1:])
    f = figures(state, 12, extended)
    assert f.item_remaining_s == 180  # 10 planned + 5 added, 12 gone
    assert f.behind_min == 2  # the plan still says 10


def test_end_freezes_the_figures_and_folds_a_running_pause() -> None:
    state = live.pause(live.start(None, AGENDA, T0), at(4))
    ended = live.end(state, at(6))
    assert (ended.ended_at, ended.paused_at, ended.paused_s) == (at(6), None, 120)
    later = figures(ended, 90)
    assert later.ended and not later.running and not later.paused
    assert (later.meeting_elapsed_s, later.item_elapsed_s) == (360, 240)


@pytest.mark.parametrize(
    "step",
    [
        lambda s: live.next_item(s, AGENDA, at(1)),
        lambda s: live.previous_item(s, AGENDA, at(1)),
        lambda s: live.go_to(s, "item-1", at(1)),
        lambda s: live.pause(s, at(1)),
        lambda s: live.resume(s, at(1)),
        lambda s: live.end(s, at(1)),
    ],
)
def test_transitions_need_a_running_meeting(step: object) -> None:
    for state in (None, LiveState(M), live.end(live.start(None, AGENDA, T0), at(1))):
        with pytest.raises(live.LiveError):
            step(state)  # type: ignore[operator]


def test_an_item_deleted_while_live_leaves_no_current_item_and_next_goes_to_the_first() -> None:
    state = live.start(None, AGENDA, T0)
    gone = LiveState(M, T0, None, None)
    f = figures(gone, 5)
    assert f.item is None and f.item_index is None
    assert live.next_item(gone, AGENDA, at(5)).item_uuid == "item-0"
    assert state.item_uuid == "item-0"


def test_an_empty_agenda_runs_the_meeting_clock_only() -> None:
    state = live.start(None, (), T0, meeting_uuid=M)
    f = figures(state, 7, ())
    assert (f.meeting_elapsed_s, f.behind_min, f.item) == (420, 0, None)
    assert live.next_item(state, (), at(8)) is state


def test_clock_times_follow_the_plan_from_the_start_time() -> None:
    meeting = _meeting(None, start_time=dt.time(19, 0))
    assert live.clock_times(meeting) == (dt.time(19, 0), dt.time(19, 10), dt.time(19, 30))
    assert live.clock_times(_meeting(None)) == (None, None, None)
    started = _meeting(live.start(None, AGENDA, dt.datetime(2027, 3, 1, 18, 2, 40)))
    assert live.clock_times(started)[1] == dt.time(18, 12)


def test_behind_rounds_to_whole_minutes_half_away_from_zero() -> None:
    state = live.start(None, AGENDA, T0)
    assert figures(state, 10.5).behind_min == 1  # 30 s behind
    assert figures(state, 10.4).behind_min == 0
    early = live.next_item(state, AGENDA, at(9.5))  # 30 s ahead
    assert figures(early, 9.5).behind_min == -1
