"""The kept outline of phase 3 takes a test's own fields typed in row by row (issue 15): typing a
plan field on a project grown over years reads that test, not five hundred with their budget
lines and permits; any other edit of the outline is a full read, and either equals a fresh read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop_app.services.demo import write_demo
from workshop_app.services.project_service import ProjectService
from workshop_app.storage import repository

TODAY = dt.date(2026, 5, 4)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ProjectService]:
    service = write_demo(tmp_path / "demo.bymidte", TODAY)
    yield service
    service.close()


def _no_full_outline(service: ProjectService, monkeypatch: pytest.MonkeyPatch) -> None:
    real = service.store._cached

    def cached(area, load):  # type: ignore[no-untyped-def]
        if area == "trial_outline":
            return real(area, _refuse)
        return real(area, load)

    monkeypatch.setattr(service.store, "_cached", cached)


def _refuse(db):  # type: ignore[no-untyped-def]
    raise AssertionError("a full read of the outline")


def test_typing_a_tests_plan_reads_that_test_not_the_outline(
    service: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    outline = service.trial_outline()
    trial = outline.trials[2]
    _no_full_outline(service, monkeypatch)
    service.set_trial_value(trial.uuid, "place", "Torvet, nord")
    service.set_trial_value(outline.trials[0].uuid, "we_believe", "Flere bænke giver liv")
    after = service.trial_outline()
    assert after.trial(trial.uuid).place == "Torvet, nord"  # type: ignore[union-attr]
    assert [t.uuid for t in after.trials] == [t.uuid for t in outline.trials]
    assert after.ideas is outline.ideas and after.decisions is outline.decisions
    assert after.trials[1] is outline.trials[1]  # the tests not typed in stay as they were
    monkeypatch.undo()
    assert after == repository.load_trial_outline(service.store.db)


def test_the_kept_outline_equals_a_fresh_read_after_every_kind_of_edit(
    service: ProjectService,
) -> None:
    def same() -> None:
        db = service.store.db
        assert service.trial_outline() == repository.load_trial_outline(db)
        assert service.trial_book() == repository.load_trial_book(db)

    trials = service.trial_outline().trials
    first, second = trials[0].uuid, trials[1].uuid
    same()
    service.set_trial_value(first, "title", "Først")  # in place
    same()
    service.set_trial_value(second, "start_date", dt.date(2026, 3, 1))
    service.set_trial_value(first, "materials", "Bænke")
    same()
    service.move_trial(first, 3)  # a move: a full read
    same()
    service.set_trial_value(first, "title", "Flyttet og omdøbt")
    same()
    actors = [a.uuid for a in service.actor_map().actors[:2]]
    service.set_trial_value(first, "responsible", tuple(actors))  # its actors: written again
    same()
    service.set_trial_value(first, "responsible", tuple(reversed(actors)))
    same()
    assert service.trial_outline().trial(first).responsible == tuple(reversed(actors))  # type: ignore[union-attr]
    status = "evaluated" if trials[1].status != "evaluated" else "decided"
    service.set_trial_status(second, status, TODAY + dt.timedelta(days=400))  # its history
    same()
    service.restore_trial(service.new_trial(title="Ny test"))  # an insert
    same()
    service.set_trial_value(second, "place", "Åen")
    service.delete_trial(first)  # with what hangs on it
    same()
