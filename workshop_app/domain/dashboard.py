"""The overview's dashboard: what a facilitator needs to see when a project opens, from one
snapshot (or the :class:`DashboardFacts` read for it) and the date of today (passed in, so it is
tested with known dates).

No Qt here: the overview page only renders a :class:`Dashboard`. The model has no "action items"
of their own; what is due is the actors' next steps and the dated lines of the engagement plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from workshop_app.domain.actors import ActorMap, is_placed
from workshop_app.domain.model import Meeting, Project, ProjectSnapshot
from workshop_app.domain.scope import (
    SECTION_KEYS,
    Progress,
    Scope,
    phase_progress,
    section_progress,
    task_looks_decided,
)
from workshop_app.domain.trials import CountSession, Trial, TrialBook, TrialSummary, trial_summary
from workshop_app.domain.vocabulary import TRIAL_STATUSES

#: A next step is "due" from this many days ahead (and overdue once its date has passed).
DUE_WITHIN_DAYS = 7
#: The running tests the dashboard shows (the first in the list), each with its evidence.
RUNNING_SHOWN = 6


class _Parts(Protocol):
    """What the dashboard's counts read: a :class:`ProjectSnapshot` or :class:`DashboardFacts`."""

    @property
    def project(self) -> Project: ...

    @property
    def scope(self) -> Scope: ...

    @property
    def actors(self) -> ActorMap: ...

    @property
    def trials(self) -> TrialBook: ...


@dataclass(frozen=True)
class DashboardFacts:
    """What the dashboard is made from, and no more: the meetings' own rows (not their agendas
    and notes), and the tests with the evidence of the running tests it shows alone
    (:func:`shown_running`), not the twenty thousand feedback entries of every test."""

    project: Project
    scope: Scope
    actors: ActorMap
    meetings: tuple[Meeting, ...]
    trials: TrialBook
    #: Every test's status now, in list order, when ``trials`` holds the running tests shown
    #: alone (:func:`shown_running`, read narrowly); ``None``: count ``trials``' tests.
    trial_statuses: tuple[str, ...] | None = None

    @classmethod
    def of(cls, snapshot: ProjectSnapshot) -> DashboardFacts:
        meetings = tuple(m.meeting for m in snapshot.meetings)
        return cls(snapshot.project, snapshot.scope, snapshot.actors, meetings, snapshot.trials)


@dataclass(frozen=True, slots=True)
class DueStep:
    """An actor's next step or a dated line of the engagement plan."""

    #: "next_step" (``uuid`` is the actor's) or "plan" (``uuid`` is the plan entry's).
    kind: str
    uuid: str
    actor_uuid: str
    actor_name: str
    #: The next step's text, or the plan entry's method key.
    text: str
    date: dt.date
    overdue: bool


@dataclass(frozen=True, slots=True)
class RunningTest:
    """A test that runs now, with its latest evidence."""

    uuid: str
    title: str
    end_date: dt.date | None
    #: The newest counting session (by date and start time), if any.
    latest_count: CountSession | None
    summary: TrialSummary


@dataclass(frozen=True, slots=True)
class PhaseProgress:
    scope_done: int
    scope_total: int
    #: The first section of phase 1 not yet complete (``None`` when all are).
    scope_next: str | None
    actors: int
    #: Actors rated on influence and interest (placed on the grid).
    actors_rated: int
    actors_with_next_step: int
    #: How many tests have each status (every ``TRIAL_STATUSES`` key, in order).
    trials_by_status: dict[str, int]


@dataclass(frozen=True, slots=True)
class Dashboard:
    next_meeting: Meeting | None
    #: Dated meetings from today on (the next one included).
    meetings_ahead: int
    #: Overdue first, then due; each by date.
    due: tuple[DueStep, ...]
    #: The first :data:`RUNNING_SHOWN` running tests, in the order of the list.
    running: tuple[RunningTest, ...]
    progress: PhaseProgress
    #: Phrases that make the task (phase 1) read like a decided solution, unless the facilitator
    #: confirmed it is open; each once.
    task_phrases: tuple[str, ...] = ()


def next_meeting(meetings: tuple[Meeting, ...], today: dt.date) -> Meeting | None:
    """The earliest dated meeting on or after ``today`` (by date, start time, list order)."""
    ahead = [m for m in meetings if m.date is not None and m.date >= today]
    return min(ahead, key=_meeting_order, default=None)


def _meeting_order(meeting: Meeting) -> tuple[dt.date, bool, dt.time, int]:
    assert meeting.date is not None
    time = meeting.start_time
    return (meeting.date, time is None, time or dt.time(0), meeting.position)


def due_steps(snapshot: _Parts, today: dt.date) -> tuple[DueStep, ...]:
    """Next steps and dated plan lines due within :data:`DUE_WITHIN_DAYS` or overdue."""
    horizon = today + dt.timedelta(days=DUE_WITHIN_DAYS)
    actors = snapshot.actors
    found: list[DueStep] = []
    for actor in actors.actors:
        date = actor.next_step_date
        if date is not None and date <= horizon:
            found.append(
                DueStep(
                    "next_step", actor.uuid, actor.uuid, actor.name, actor.next_step,
                    date, date < today,
                )
            )  # fmt: skip
    for entry in actors.plan:
        when = entry.when
        if isinstance(when, dt.date) and when <= horizon:
            owner = actors.actor(entry.actor_uuid)
            found.append(
                DueStep(
                    "plan", entry.uuid, entry.actor_uuid, owner.name if owner else "",
                    entry.method, when, when < today,
                )
            )  # fmt: skip
    found.sort(key=lambda s: (not s.overdue, s.date, s.actor_name.casefold(), s.kind))
    return tuple(found)


def shown_running(trials: tuple[Trial, ...]) -> tuple[str, ...]:
    """The running tests the dashboard shows: the first :data:`RUNNING_SHOWN` in the list."""
    return shown_running_of((t.uuid, t.status) for t in trials)


def shown_running_of(statuses: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """:func:`shown_running` from each test's ``(uuid, status now)`` in list order."""
    return tuple(uuid for uuid, status in statuses if status == "running")[:RUNNING_SHOWN]


def running_tests(snapshot: _Parts) -> tuple[RunningTest, ...]:
    """The running tests shown, with their evidence (the book need hold no other test's)."""
    book = snapshot.trials
    result = []
    shown = set(shown_running(book.trials))
    for trial in book.trials:
        if trial.uuid not in shown:
            continue
        counts = book.counts_of(trial.uuid)
        latest = max(counts, key=lambda c: (c.date, c.start_time), default=None)
        summary = trial_summary(book, trial.uuid)
        result.append(RunningTest(trial.uuid, trial.title, trial.end_date, latest, summary))
    return tuple(result)


def phase_progress_of(snapshot: _Parts) -> PhaseProgress:
    project = snapshot.project
    dates = project.start_date is not None and project.end_date is not None
    done, total = phase_progress(snapshot.scope, dates)
    unfinished = (
        key
        for key in SECTION_KEYS
        if section_progress(snapshot.scope, key, dates) is not Progress.COMPLETE
    )
    actors = snapshot.actors.actors
    statuses = {status: 0 for status in TRIAL_STATUSES}
    for status in _statuses(snapshot):
        statuses[status] = statuses.get(status, 0) + 1
    return PhaseProgress(
        scope_done=done,
        scope_total=total,
        scope_next=next(unfinished, None),
        actors=len(actors),
        actors_rated=sum(1 for a in actors if is_placed(a)),
        actors_with_next_step=sum(1 for a in actors if a.next_step.strip()),
        trials_by_status=statuses,
    )


def _statuses(parts: _Parts) -> tuple[str, ...]:
    kept = parts.trial_statuses if isinstance(parts, DashboardFacts) else None
    return kept if kept is not None else tuple(t.status for t in parts.trials.trials)


def task_phrases(scope: Scope) -> tuple[str, ...]:
    if scope.get("task_open_confirmed"):
        return ()
    return tuple(dict.fromkeys(task_looks_decided(scope.get("task"))))


def dashboard(source: ProjectSnapshot | DashboardFacts, today: dt.date) -> Dashboard:
    facts = DashboardFacts.of(source) if isinstance(source, ProjectSnapshot) else source
    meetings = facts.meetings
    return Dashboard(
        next_meeting=next_meeting(meetings, today),
        meetings_ahead=sum(1 for m in meetings if m.date is not None and m.date >= today),
        due=due_steps(facts, today),
        running=running_tests(facts),
        progress=phase_progress_of(facts),
        task_phrases=task_phrases(facts.scope),
    )
