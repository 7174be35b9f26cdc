"""A feedback entry is made from its row by position (a test's thousands of entries are read
so): the columns are the entry's fields in their order, every field comes back as written, and
a damaged value is still refused."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from workshop_app.domain.trials import Feedback
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.demo import write_demo
from workshop_app.services.project_service import ProjectService
from workshop_app.storage.repository.trials import _FEEDBACK_COLUMNS

TODAY = dt.date(2027, 3, 1)


def test_the_columns_are_the_entrys_fields_in_their_order() -> None:
    fields = [field.name for field in dataclasses.fields(Feedback)]
    assert _FEEDBACK_COLUMNS.split(", ") == fields


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[ProjectService]:
    service = write_demo(tmp_path / "demo.bymidte", TODAY)
    yield service
    service.close()


def _first_test(service: ProjectService) -> str:
    return service.trial_outline().trials[0].uuid


def _damage(service: ProjectService, sql: str, *params: object) -> None:
    """``sql`` run behind the app's back, as another program (or a failing disk) might, the
    schema's own checks aside."""
    with service.store.db.conn:
        service.store.db.execute("PRAGMA ignore_check_constraints = ON")
        service.store.db.execute(sql, list(params))


def _damaged_to(read: Callable[[], object]) -> None:
    with pytest.raises(KnownError) as error:
        read()
    assert error.value.kind is ErrorKind.DAMAGED


def test_every_field_comes_back_as_written(demo: ProjectService) -> None:
    trial = _first_test(demo)
    written = demo.new_feedback(
        trial,
        date=dt.date(2027, 2, 3),
        channel="card",
        card_number=77,
        sentiment="negative",
        what_works="Bænkene",
        could_be_better="Mere skygge",
        quote="“Endelig et sted at sidde”",
        age_band=demo.trial_feedback(trial).feedback[0].age_band or "",
        respondent_group="",
        tags=("bænke", "skygge"),
    )
    demo.restore_feedback(written)
    read = {f.uuid: f for f in demo.trial_feedback(trial).feedback}[written.uuid]
    assert read == written


@pytest.mark.parametrize(
    ("column", "value"),
    [("channel", "'pigeon'"), ("tags", "'{\"a\": 1}'"), ("quote", "'x' || char(1)")],
)
def test_a_damaged_value_is_refused(demo: ProjectService, column: str, value: str) -> None:
    trial = _first_test(demo)
    _damage(demo, f"UPDATE feedback SET {column} = {value} WHERE trial_uuid = ?", trial)
    _damaged_to(lambda: demo.trial_feedback(trial))


@pytest.mark.parametrize("value", ["'{\"a\": 1}'", "'\"abc\"'", "7"])
def test_tags_not_a_list_are_refused_for_ideas_and_feedback_alike(
    demo: ProjectService, value: str
) -> None:
    """Tags are stored as a JSON list: an object (its keys) or a string (its letters) were
    taken for tags."""
    trial = _first_test(demo)
    _damage(demo, f"UPDATE idea SET tags = {value}")
    _damaged_to(demo.trial_outline)
    _damage(demo, f"UPDATE feedback SET tags = {value}")
    _damaged_to(lambda: demo.trial_feedback(trial))


def test_a_tests_entries_made_in_steps_are_not_made_again_by_its_read(
    demo: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The steps say how many entries there are, then how many are made; the read of the test's
    feedback after them makes none and gives what a read in one go gives."""
    from workshop_app.storage.repository import trial_evidence

    book = demo.trial_book()
    trial = max(book.trials, key=lambda t: len(book.feedback_of(t.uuid))).uuid
    whole = book.feedback_of(trial)
    made: list[object] = []
    real = trial_evidence._feedback_from_row
    monkeypatch.setattr(
        trial_evidence, "_feedback_from_row", lambda row: (made.append(row[0]), real(row))[1]
    )
    total, steps = demo.feedback_steps(trial, 2)
    assert total == len(whole)
    assert list(steps) == [min(n + 2, total) for n in range(0, total, 2)]
    assert len(made) == total
    made.clear()
    assert demo.trial_feedback(trial).feedback_of(trial) == whole
    assert made == []


def test_steps_meeting_a_damaged_entry_end_and_the_read_says_damaged(
    demo: ProjectService,
) -> None:
    trial = _first_test(demo)
    _damage(demo, "UPDATE feedback SET channel = 'pigeon' WHERE trial_uuid = ?", trial)
    total, steps = demo.feedback_steps(trial, 1)
    assert total > 0 and list(steps) == []  # the entries counted, none made
    _damaged_to(lambda: demo.trial_feedback(trial))
