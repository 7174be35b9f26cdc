"""A feedback entry is made from its row by position (a test's thousands of entries are read
so): the columns are the entry's fields in their order, every field comes back as written, and
a damaged value is still refused."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from workshop_app.domain.trials import Feedback
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.demo import write_demo
from workshop_app.storage.repository.trials import _FEEDBACK_COLUMNS

TODAY = dt.date(2027, 3, 1)


def test_the_columns_are_the_entrys_fields_in_their_order() -> None:
    fields = [field.name for field in dataclasses.fields(Feedback)]
    assert _FEEDBACK_COLUMNS.split(", ") == fields


def test_every_field_comes_back_as_written(tmp_path: Path) -> None:
    service = write_demo(tmp_path / "demo.bymidte", TODAY)
    try:
        trial = service.trial_outline().trials[0].uuid
        written = service.new_feedback(
            trial,
            date=dt.date(2027, 2, 3),
            channel="card",
            card_number=77,
            sentiment="negative",
            what_works="Bænkene",
            could_be_better="Mere skygge",
            quote="“Endelig et sted at sidde”",
            age_band=service.trial_feedback(trial).feedback[0].age_band or "",
            respondent_group="",
            tags=("bænke", "skygge"),
        )
        service.restore_feedback(written)
        read = {f.uuid: f for f in service.trial_feedback(trial).feedback}[written.uuid]
        assert read == written
    finally:
        service.close()


@pytest.mark.parametrize(
    ("column", "value"),
    [("channel", "'pigeon'"), ("tags", "'{\"a\": 1}'"), ("quote", "'x' || char(1)")],
)
def test_a_damaged_value_is_refused(tmp_path: Path, column: str, value: str) -> None:
    service = write_demo(tmp_path / "demo.bymidte", TODAY)
    try:
        trial = service.trial_outline().trials[0].uuid
        with service.store.db.conn:
            service.store.db.execute("PRAGMA ignore_check_constraints = ON")
            service.store.db.execute(
                f"UPDATE feedback SET {column} = {value} WHERE trial_uuid = ?", [trial]
            )
        with pytest.raises(KnownError) as error:
            service.trial_feedback(trial)
        assert error.value.kind is ErrorKind.DAMAGED
    finally:
        service.close()


@pytest.mark.parametrize("value", ["'{\"a\": 1}'", "'\"abc\"'", "7"])
def test_tags_not_a_list_are_refused_for_ideas_and_feedback_alike(
    tmp_path: Path, value: str
) -> None:
    """Tags are stored as a JSON list: an object (its keys) or a string (its letters) were
    taken for tags."""
    service = write_demo(tmp_path / "demo.bymidte", TODAY)
    try:
        trial = service.trial_outline().trials[0].uuid
        with service.store.db.conn:  # as another program might (the schema's check aside)
            service.store.db.execute("PRAGMA ignore_check_constraints = ON")
            service.store.db.execute(f"UPDATE idea SET tags = {value}")
        with pytest.raises(KnownError) as error:
            service.trial_outline()
        assert error.value.kind is ErrorKind.DAMAGED
    finally:
        service.close()
    service = write_demo(tmp_path / "demo2.bymidte", TODAY)
    try:
        with service.store.db.conn:
            service.store.db.execute("PRAGMA ignore_check_constraints = ON")
            service.store.db.execute(f"UPDATE feedback SET tags = {value}")
        with pytest.raises(KnownError) as error:
            service.trial_feedback(trial)
        assert error.value.kind is ErrorKind.DAMAGED
    finally:
        service.close()


def test_a_tests_entries_made_in_steps_are_not_made_again_by_its_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The steps say how many entries there are, then how many are made; the read of the test's
    feedback after them makes none and gives what a read in one go gives."""
    from workshop_app.storage.repository import trial_evidence

    service = write_demo(tmp_path / "demo.bymidte", TODAY)
    try:
        book = service.trial_book()
        trial = max(book.trials, key=lambda t: len(book.feedback_of(t.uuid))).uuid
        whole = book.feedback_of(trial)
        made: list[object] = []
        real = trial_evidence._feedback_from_row
        monkeypatch.setattr(
            trial_evidence, "_feedback_from_row", lambda row: (made.append(row[0]), real(row))[1]
        )
        total, steps = service.feedback_steps(trial, 2)
        assert total == len(whole)
        assert list(steps) == [min(n + 2, total) for n in range(0, total, 2)]
        assert len(made) == total
        made.clear()
        assert service.trial_feedback(trial).feedback_of(trial) == whole
        assert made == []
    finally:
        service.close()


def test_steps_meeting_a_damaged_entry_end_and_the_read_says_damaged(tmp_path: Path) -> None:
    service = write_demo(tmp_path / "demo.bymidte", TODAY)
    try:
        trial = service.trial_outline().trials[0].uuid
        with service.store.db.conn:
            service.store.db.execute("PRAGMA ignore_check_constraints = ON")
            service.store.db.execute(
                "UPDATE feedback SET channel = 'pigeon' WHERE trial_uuid = ?", [trial]
            )
        total, steps = service.feedback_steps(trial, 1)
        assert total > 0 and list(steps) == []  # the entries counted, none made
        with pytest.raises(KnownError) as error:
            service.trial_feedback(trial)
        assert error.value.kind is ErrorKind.DAMAGED
    finally:
        service.close()
