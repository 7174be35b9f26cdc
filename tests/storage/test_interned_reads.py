"""A whole-area read keeps equal texts once (``storage/repository/interned.py``): a project grown
over years holds twenty thousand feedback entries and notes, each of which brought its own copy
of its test's uuid, its channel, sentiment, age band… A read gives the same values as before,
numbers stay as they were stored (a damaged row is still seen), and nothing else changes."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from workshop_app.domain.meetings import Note
from workshop_app.domain.trials import CountSession, Feedback
from workshop_app.services.project_service import ProjectService
from workshop_app.storage.repository.interned import repeated, shared, shared_after_uuid, sharer


def _copy(text: str) -> str:
    """An equal text that is another object (as SQLite gives each row its own)."""
    return "".join(list(text))


def test_shared_keeps_equal_texts_of_the_named_columns_once() -> None:
    rows = [(_copy("a-uuid"), _copy("trial"), _copy("card")) for _ in range(3)]
    assert rows[0][1] is not rows[1][1]
    out = shared(rows, (1, 2))
    assert out == rows
    assert all(isinstance(row, tuple) for row in out)
    assert out[0][1] is out[1][1] is out[2][1]
    assert out[0][2] is out[2][2]
    assert out[0][0] is not out[1][0]  # a column not named stays as read
    assert shared([], (1,)) == []
    assert shared(rows, ()) == rows


def test_numbers_and_none_are_never_merged_with_equal_values() -> None:
    """``1``, ``1.0`` and ``True`` are equal in Python: a float stored in an integer column must
    still reach the checks as a float."""
    rows = [(1,), (1.0,), (None,), (_copy("1.0"),), (b"1",)]
    out = shared(rows, (0,))
    assert [type(row[0]) for row in out] == [int, float, type(None), str, bytes]
    share = sharer((0,))
    assert [type(share(row)[0]) for row in rows] == [int, float, type(None), str, bytes]


def test_sharer_shares_across_the_rows_of_one_read_only() -> None:
    share = sharer((0,))
    first, second = share((_copy("a-test"), 1)), share((_copy("a-test"), 2))
    assert first[0] is second[0] and second == ("a-test", 2)
    assert sharer((0,))((_copy("a-test"),))[0] is not first[0]  # a new read, a new pool


def test_repeated_names_columns_by_their_place_in_a_select_list() -> None:
    assert repeated("uuid, trial_uuid, channel", "channel", "trial_uuid") == (2, 1)


def _one_object_per_value(rows: Sequence[object], field: str) -> bool:
    values = [getattr(row, field) for row in rows]
    return len({id(v) for v in values}) == len(set(values))


def test_a_full_read_keeps_each_repeated_text_once(demo_service: ProjectService) -> None:
    service = demo_service
    book = service.trial_book()
    feedback = list(book.feedback)
    assert len(feedback) > 20
    for field in ("trial_uuid", "channel", "sentiment", "age_band", "respondent_group"):
        assert _one_object_per_value(feedback, field), field
    assert _one_object_per_value(list(book.counts), "trial_uuid")
    notes = [note for meeting in service.meetings() for note in meeting.notes]
    assert notes
    assert _one_object_per_value(notes, "meeting_uuid")
    assert _one_object_per_value(notes, "item_uuid")


def test_ordered_tables_and_test_parts_keep_repeated_texts_once(
    demo_service: ProjectService,
) -> None:
    actors = list(demo_service.actor_map().actors)
    for field in ("category", "involvement_now", "involvement_wanted"):
        assert _one_object_per_value(actors, field), field
    assert len({a.uuid for a in actors}) == len(actors)
    budget = [line for trial in demo_service.trial_book().trials for line in trial.budget]
    assert budget
    assert _one_object_per_value(budget, "trial_uuid")


def test_shared_after_uuid_leaves_the_first_column_alone() -> None:
    rows = [(_copy("same-uuid"), _copy("cat-a")), (_copy("same-uuid"), _copy("cat-a"))]
    out = shared_after_uuid(rows)
    assert out == rows and out[0][1] is out[1][1] and out[0][0] is not out[1][0]
    assert shared_after_uuid([]) == []


def test_equal_stored_dates_are_one_date_and_a_bad_one_still_fails() -> None:
    import datetime as dt

    import pytest

    from workshop_app.storage.repository.common import _date_in

    first, second = _date_in(_copy("2027-05-14")), _date_in(_copy("2027-05-14"))
    assert first == dt.date(2027, 5, 14) and first is second
    assert _date_in(None) is None and _date_in("") is None
    for bad in ("2027-13-01", "14.05.2027"):
        with pytest.raises(ValueError):
            _date_in(bad)
    with pytest.raises(TypeError):
        _date_in(20270514)  # type: ignore[arg-type]


def test_the_records_that_come_by_the_thousand_carry_no_dict() -> None:
    """Slots: twenty thousand feedback entries or notes without a ``__dict__`` each."""
    for kind in (Feedback, Note, CountSession):
        assert "__slots__" in vars(kind), kind
        fields = {f.name: None for f in dataclasses.fields(kind)}
        assert not hasattr(kind(**fields), "__dict__"), kind  # type: ignore[arg-type]


def test_a_damaged_row_is_still_found_after_sharing(tmp_path: Path) -> None:
    """Sharing is no check and hides none: a wrong value in a shared column is refused as it
    was before (the storage tests cover every kind; this is the shared column's case)."""
    import sqlite3

    import pytest

    from workshop_app.errors import KnownError
    from workshop_app.services.demo import write_demo
    from workshop_app.services.project_service import open_project

    path = tmp_path / "demo.bymidte"
    write_demo(path).close()
    con = sqlite3.connect(path)
    with con:
        con.execute(
            "UPDATE feedback SET sentiment = 1.0 WHERE rowid = (SELECT min(rowid) FROM feedback)"
        )
    con.close()
    service = open_project(path)
    try:
        with pytest.raises(KnownError):
            service.trial_book()
    finally:
        service.close()
