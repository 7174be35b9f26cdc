"""The overview's dashboard from known inputs and a fixed "today" (no Qt, no storage)."""

from __future__ import annotations

import datetime as dt

from workshop_app.domain.actors import Actor, ActorMap, PlanEntry
from workshop_app.domain.dashboard import (
    DUE_WITHIN_DAYS,
    RUNNING_SHOWN,
    DashboardFacts,
    dashboard,
    shown_running,
)
from workshop_app.domain.model import Meeting, MeetingWithAgenda, Project, ProjectSnapshot
from workshop_app.domain.scope import SECTION_KEYS, phase_progress
from workshop_app.domain.trials import (
    CountSession,
    Feedback,
    StatusChange,
    Trial,
    TrialBook,
    empty_passing,
    empty_staying,
)

TODAY = dt.date(2027, 3, 10)


def uid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def snap(**parts: object) -> ProjectSnapshot:
    return ProjectSnapshot(project=Project(uid(999), name="P"), **parts)  # type: ignore[arg-type]


def meetings(*rows: tuple[int, dt.date | None, dt.time | None]) -> tuple[MeetingWithAgenda, ...]:
    return tuple(
        MeetingWithAgenda(Meeting(uid(n), position=n, title=f"M{n}", date=d, start_time=t))
        for n, d, t in rows
    )


def test_next_meeting_is_the_earliest_from_today_on() -> None:
    board = dashboard(
        snap(
            meetings=meetings(
                (1, day(-1), dt.time(9)),  # yesterday: past
                (2, day(12), dt.time(9)),
                (3, None, None),  # undated: not planned yet
                (4, day(3), dt.time(19)),
                (5, day(3), dt.time(10)),  # same day, earlier: this one
                (6, day(30), None),
            )
        ),
        TODAY,
    )
    assert board.next_meeting is not None
    assert board.next_meeting.uuid == uid(5)
    assert board.meetings_ahead == 4


def test_a_meeting_today_is_next_and_none_ahead_gives_none() -> None:
    board = dashboard(snap(meetings=meetings((1, day(0), None), (2, day(5), None))), TODAY)
    assert board.next_meeting is not None and board.next_meeting.uuid == uid(1)
    board = dashboard(snap(meetings=meetings((1, day(-5), None), (2, None, None))), TODAY)
    assert board.next_meeting is None
    assert board.meetings_ahead == 0


def actor(n: int, name: str, step: str = "", when: dt.date | None = None, **kw: object) -> Actor:
    return Actor(uid(n), position=n, name=name, next_step=step, next_step_date=when, **kw)  # type: ignore[arg-type]


def test_overdue_steps_come_first_then_those_due_within_a_week() -> None:
    actors = ActorMap(
        actors=(
            actor(1, "Later", "call", day(DUE_WITHIN_DAYS + 1)),  # beyond the week: not shown
            actor(2, "Due", "visit", day(DUE_WITHIN_DAYS)),  # the last day of the week: due
            actor(3, "Late", "write", day(-2)),
            actor(4, "Today", "meet", day(0)),
            actor(5, "Undated", "someday"),
        ),
        plan=(
            PlanEntry(uid(20), uid(1), method="workshop", when=day(-9)),
            PlanEntry(uid(21), uid(2), method="town_walk", when="after the summer"),
            PlanEntry(uid(22), uid(3), method="coffee_visit", when=day(2)),
        ),
    )
    due = dashboard(snap(actors=actors), TODAY).due
    assert [(s.kind, s.uuid, s.overdue) for s in due] == [
        ("plan", uid(20), True),  # 9 days late
        ("next_step", uid(3), True),  # 2 days late
        ("next_step", uid(4), False),  # today is due, not overdue
        ("plan", uid(22), False),
        ("next_step", uid(2), False),
    ]
    plan_line = due[0]
    assert (plan_line.actor_uuid, plan_line.actor_name, plan_line.text) == (
        uid(1),
        "Later",
        "workshop",
    )
    assert due[1].text == "write" and due[1].date == day(-2)


def count(n: int, trial: str, date: dt.date, start: int, phase: str = "during") -> CountSession:
    begin, end = dt.time(start), dt.time(start + 1)
    passing = tuple((1, *row[1:]) for row in empty_passing(begin, end))
    return CountSession(
        uid(n), trial, date, begin, end, phase=phase, passing=passing, staying=empty_staying()
    )


def trial(n: int, *statuses: str) -> Trial:
    history = tuple(
        StatusChange(uid(100 + n * 10 + i), uid(n), s, day(-30 + i)) for i, s in enumerate(statuses)
    )
    return Trial(uid(n), position=n, title=f"T{n}", history=history, end_date=day(20))


def test_running_tests_carry_their_latest_evidence() -> None:
    book = TrialBook(
        trials=(
            trial(1, "planned", "running"),
            trial(2, "planned"),
            trial(3, "planned", "running", "evaluated", "decided"),
            trial(4),  # an idea, no history
        ),
        counts=(
            count(50, uid(1), day(-3), 16),
            count(51, uid(1), day(-1), 9),  # the newest
            count(52, uid(1), day(-3), 8),
            count(53, uid(3), day(0), 9),  # another test's
        ),
        feedback=(
            Feedback(uid(60), uid(1), sentiment="positive"),
            Feedback(uid(61), uid(1), sentiment="negative"),
            Feedback(uid(62), uid(3), sentiment="positive"),
        ),
    )
    running = dashboard(snap(trials=book), TODAY).running
    assert [r.uuid for r in running] == [uid(1)]
    test = running[0]
    assert test.latest_count is not None and test.latest_count.uuid == uid(51)
    assert test.summary.feedback_total == 2
    assert test.summary.counts["during"].sessions == 3
    assert test.end_date == day(20)


def test_a_running_test_without_evidence_has_no_latest_count() -> None:
    running = dashboard(snap(trials=TrialBook(trials=(trial(1, "running"),))), TODAY).running
    assert running[0].latest_count is None
    assert running[0].summary.feedback_total == 0


def test_progress_numbers() -> None:
    actors = ActorMap(
        actors=(
            actor(1, "A", "call", day(30), influence=4, interest=2),
            actor(2, "B", "  ", influence=None, interest=None),  # blank: no next step; unrated
            actor(3, "C", "visit", influence=1, interest=5),
        )
    )
    book = TrialBook(
        trials=(
            trial(1, "planned"),
            trial(2, "planned", "running"),
            trial(3, "planned"),
            trial(4, "planned", "running", "evaluated", "decided"),
        )
    )
    progress = dashboard(snap(actors=actors, trials=book), TODAY).progress
    assert (progress.actors, progress.actors_rated, progress.actors_with_next_step) == (3, 2, 2)
    assert progress.trials_by_status == {
        "idea": 0,
        "planned": 2,
        "running": 1,
        "evaluated": 0,
        "decided": 1,
    }
    assert (progress.scope_done, progress.scope_total) == (0, len(SECTION_KEYS))
    assert progress.scope_next == SECTION_KEYS[0]


def test_scope_progress_is_the_navigations() -> None:
    """The same count the navigation shows, with the project's dates taken into account."""
    from workshop_app.services.demo import demo_snapshot

    demo = demo_snapshot(TODAY)
    progress = dashboard(demo, TODAY).progress
    assert (progress.scope_done, progress.scope_total) == phase_progress(demo.scope, True)
    undated = ProjectSnapshot(
        project=Project(uid(1)), scope=demo.scope, actors=demo.actors, trials=demo.trials
    )
    without = dashboard(undated, TODAY).progress
    assert (without.scope_done, without.scope_total) == phase_progress(demo.scope, False)
    assert without.scope_done < progress.scope_done  # the time frame needs the dates
    assert progress.scope_next == "organisation"  # the demo's first open section
    assert without.scope_next == "timeframe"


def test_a_task_that_reads_decided_is_a_check_until_confirmed_open() -> None:
    from workshop_app.domain.scope import Scope

    task = "Vi skal bygge en scene. Det er besluttet, og vi skal bygge den i år."
    board = dashboard(snap(scope=Scope(values={"task": task})), TODAY)
    assert board.task_phrases == ("Vi skal bygge", "er besluttet", "vi skal bygge")
    confirmed = Scope(values={"task": task, "task_open_confirmed": True})
    assert dashboard(snap(scope=confirmed), TODAY).task_phrases == ()
    assert (
        dashboard(
            snap(scope=Scope(values={"task": "Hvordan bliver Torvet levende?"})), TODAY
        ).task_phrases
        == ()
    )


def test_at_most_the_first_running_tests_are_shown_each_with_its_evidence() -> None:
    trials = tuple(trial(n, "running") for n in range(1, RUNNING_SHOWN + 3))
    assert shown_running(trials) == tuple(uid(n) for n in range(1, RUNNING_SHOWN + 1))
    book = TrialBook(trials=trials, feedback=(Feedback(uid(60), uid(2), sentiment="positive"),))
    board = dashboard(snap(trials=book), TODAY)
    assert [r.uuid for r in board.running] == list(shown_running(trials))
    assert board.running[1].summary.feedback_total == 1
    assert board.progress.trials_by_status["running"] == RUNNING_SHOWN + 2


def test_the_facts_make_the_same_dashboard_as_the_snapshot() -> None:
    snapshot = snap(
        meetings=meetings((1, day(2), None)),
        trials=TrialBook(trials=(trial(1, "running"), trial(2))),
    )
    facts = DashboardFacts.of(snapshot)
    assert facts.meetings == (snapshot.meetings[0].meeting,)
    assert dashboard(facts, TODAY) == dashboard(snapshot, TODAY)
