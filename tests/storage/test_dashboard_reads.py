"""The navigation and the overview's dashboard read what they show of phase 3 narrowly
(``storage/repository/dashboard_reads.py``): each test's status by one statement, the running
tests listed read whole and checked. What they show is exactly what a whole read shows, on the
demo and on a project with many tests; opening a project reads no test whole."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from bench.generate import generate
from workshop_app.domain.dashboard import RUNNING_SHOWN, dashboard
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.demo import write_demo
from workshop_app.services.project_service import ProjectService, open_project
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.workspace import PAGES, Workspace

TODAY = dt.date(2027, 3, 1)


@pytest.fixture
def demo(tmp_path: Path):  # type: ignore[no-untyped-def]
    service = write_demo(tmp_path / "demo.bymidte", TODAY)
    yield service
    service.close()


@pytest.fixture
def grown(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A generated project with many tests, more of them running than the dashboard lists."""
    sizes = dict(actors=60, tests=40, feedback=300, counts=40, meetings=4, notes=10)
    service = generate(tmp_path / "grown.bymidte", sizes, quiet=True)
    for number, trial in enumerate(service.trial_outline().trials[::3]):
        status = "running" if number % 4 else "evaluated"
        service.set_trial_status(trial.uuid, status, TODAY + dt.timedelta(days=number))
    yield service
    service.close()


def _same_as_a_whole_read(service: ProjectService) -> None:
    outline = service.trial_outline()
    statuses = service.trial_statuses()
    assert statuses == tuple((t.uuid, t.status) for t in outline.trials)
    facts = service.dashboard_facts(TODAY)
    assert dashboard(facts, TODAY) == dashboard(service.snapshot(), TODAY)
    assert [t.uuid for t in facts.trials.trials] == [
        t.uuid for t in outline.trials if t.status == "running"
    ][:RUNNING_SHOWN]


def test_the_demos_dashboard_and_statuses_are_those_of_a_whole_read(
    demo: ProjectService,
) -> None:
    _same_as_a_whole_read(demo)
    assert dashboard(demo.dashboard_facts(TODAY), TODAY).running


def test_a_project_with_many_tests_shows_the_same_as_a_whole_read(
    grown: ProjectService,
) -> None:
    running = [s for _u, s in grown.trial_statuses() if s == "running"]
    assert len(running) > RUNNING_SHOWN
    _same_as_a_whole_read(grown)
    first = grown.trial_statuses()[0][0]
    grown.set_trial_status(first, "running", TODAY + dt.timedelta(days=90))  # kept read follows
    assert grown.trial_statuses()[0] == (first, "running")
    _same_as_a_whole_read(grown)


def test_a_damaged_running_test_is_damaged_to_the_dashboard(demo: ProjectService) -> None:
    running = next(u for u, s in demo.trial_statuses() if s == "running")
    with demo.store.db.conn:
        demo.store.db.execute(
            "UPDATE trial SET start_date = 'x', end_date = NULL WHERE uuid = ?", [running]
        )
    with pytest.raises(KnownError) as error:
        demo.dashboard_facts(TODAY)
    assert error.value.kind is ErrorKind.DAMAGED


@pytest.mark.parametrize(
    ("column", "value"),
    [("next_step_date", "'not a date'"), ("name", "'x' || char(7)"), ("influence", "9")],
)
def test_a_damaged_actor_field_the_overview_reads_is_damaged_to_it(
    demo: ProjectService, column: str, value: str
) -> None:
    """The overview checks each field it reads of an actor, as a whole read does."""
    with demo.store.db.conn:
        demo.store.db.execute("PRAGMA ignore_check_constraints = ON")
        demo.store.db.execute(f"UPDATE actor SET {column} = {value} WHERE position = 3")
    with pytest.raises(KnownError) as error:
        demo.dashboard_facts(TODAY)
    assert error.value.kind is ErrorKind.DAMAGED


#: A statement reading every test (or every test's budget, permits, people) whole.
_WHOLE_TESTS = re.compile(r"\bFROM (trial|trial_budget|trial_permit|trial_actor)\b(?! t\b)")


def test_opening_a_project_on_the_overview_reads_no_test_whole(  # type: ignore[no-untyped-def]
    grown: ProjectService, qtbot
) -> None:
    path = grown.path
    grown.close()
    session = ProjectSession(open_project(path))
    seen: list[str] = []
    session.service.store._conn.set_trace_callback(seen.append)
    workspace = Workspace(session)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 768)
    workspace.show()
    workspace.show_page("overview")
    qtbot.wait(1)
    session.service.store._conn.set_trace_callback(None)
    try:
        whole = [s for s in seen if _WHOLE_TESTS.search(s) and "WHERE" not in s]
        assert not whole
        assert any("FROM trial t" in s for s in seen)  # the statuses, by one statement
        line = workspace.navigation.item(PAGES.index("trials")).text()
        assert f"{len(session.service.trial_statuses())} " in line  # "40 tests, 9 running"
    finally:
        workspace.close()
        session.close()


def test_the_overview_reads_the_plan_lines_due_and_no_actors_long_texts(
    demo: ProjectService,
) -> None:
    """A project grown over years opens on the overview: it reads what its cards show (the
    actors' names, ratings and next steps, the plan lines due), not every actor's texts or the
    whole plan."""
    from workshop_app.domain.dashboard import DUE_WITHIN_DAYS

    facts = demo.dashboard_facts(TODAY)  # first: nothing of the actors is kept yet
    full = demo.actor_map()
    horizon = TODAY + dt.timedelta(days=DUE_WITHIN_DAYS)
    due = [e for e in full.plan if isinstance(e.when, dt.date) and e.when <= horizon]
    assert due and list(facts.actors.plan) == due
    assert len(full.plan) > len(due)
    assert any(a.motivation for a in full.actors)
    assert not any(a.motivation or a.notes or a.contact for a in facts.actors.actors)
    assert [(a.uuid, a.name, a.next_step) for a in facts.actors.actors] == [
        (a.uuid, a.name, a.next_step) for a in full.actors
    ]
