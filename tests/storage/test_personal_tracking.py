"""The personal texts are read again after an edit only when the edit may have changed them
(``storage/personal_tracking.py``): renaming an actor of a project grown over years must not walk
every actor, meeting and plan line twice; blanking, adding or deleting a contact person must."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from workshop_app.domain.personal import SCOPE_PERSONAL_FIELDS
from workshop_app.services.demo import write_demo
from workshop_app.services.project_service import ProjectService
from workshop_app.storage import database, repository
from workshop_app.storage.personal_tracking import TRACKED

TODAY = dt.date(2027, 3, 1)
#: Columns the loader reads to choose or order rows, never a personal text.
ORDER_COLUMNS = {"uuid", "position", "meeting_uuid"}
#: The loader itself (the fixture ``reads`` counts the store's calls of it).
LOAD = repository.load_personal_data


@pytest.fixture
def service(tmp_path: Path):  # type: ignore[no-untyped-def]
    service = write_demo(tmp_path / "demo.bymidte", TODAY)
    yield service
    service.close()


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry each time the store reads every personal text."""
    counted: list[int] = []
    real = database.repository.load_personal_data

    def load(db):  # type: ignore[no-untyped-def]
        counted.append(1)
        return real(db)

    monkeypatch.setattr(database.repository, "load_personal_data", load)
    return counted


def test_every_column_the_personal_data_comes_from_is_tracked(tmp_path: Path) -> None:
    path = tmp_path / "closed.bymidte"
    write_demo(path, TODAY).close()
    conn = sqlite3.connect(path)  # fresh: every statement is prepared, so the authorizer sees it
    seen: set[tuple[str, str]] = set()

    def note(action: int, table: str | None, column: str | None, db: str | None, _t: str | None):  # type: ignore[no-untyped-def]
        if action == sqlite3.SQLITE_READ and db == "main" and table and column:
            seen.add((table, column))
        return sqlite3.SQLITE_OK

    conn.set_authorizer(note)
    try:
        repository.load_personal_data(Database(conn))
    finally:
        conn.close()
    assert seen
    untracked = {
        (table, column)
        for table, column in seen
        if column not in ORDER_COLUMNS
        and (table not in TRACKED or column not in TRACKED[table].columns)
    }
    # A personal text read from a column no trigger watches could change unnoticed: the copies
    # holding the old text would stay.
    assert untracked == set()


def kept_is_true(service: ProjectService) -> None:
    kept = service.store._personal_kept
    assert kept is not None
    assert kept[1] == LOAD(service.store.db).texts()


def test_edits_away_from_personal_fields_keep_the_texts(
    service: ProjectService, reads: list[int]
) -> None:
    actors = service.actor_map().actors
    service.set_actor_value(actors[0].uuid, "name", "Først")  # the first edit reads them
    reads.clear()
    service.set_actor_value(actors[0].uuid, "name", "Omdøbt")
    service.set_actor_value(actors[0].uuid, "next_step", "Ring")
    service.move_actor(actors[0].uuid, 3)
    plain = service.new_actor(name="Uden kontakt")
    service.restore_actor(plain)
    service.delete_actor(plain.uuid)
    # The same contact written again changes nothing either.
    holder = next(a for a in service.actor_map().actors if a.person_name)
    service.set_actor_value(holder.uuid, "person_name", holder.person_name)
    meeting = service.meetings()[0].meeting
    service.set_meeting_field(meeting.uuid, "title", "Nyt møde")
    assert reads == []
    kept_is_true(service)


def test_every_change_of_a_personal_text_is_seen(
    service: ProjectService, reads: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    forgotten: list[set[str]] = []
    monkeypatch.setattr(service.store, "forget", lambda texts: forgotten.append(set(texts)))
    actors = service.actor_map().actors
    service.set_actor_value(actors[0].uuid, "name", "Først")
    reads.clear()
    # A new actor with a contact person: its texts are kept from now on, so blanking them later
    # removes the copies holding them.
    added = service.new_actor(name="Ny", person_name="Zorbulina Ek", contact="z@ek.dk")
    service.restore_actor(added)
    assert reads == [1]  # after it (before it: the texts kept)
    kept_is_true(service)
    service.set_actor_value(added.uuid, "name", "Ny igen")
    assert reads == [1]
    service.set_actor_value(added.uuid, "person_name", "")
    assert forgotten[-1] == {"Zorbulina Ek"}
    service.delete_actor(added.uuid)
    assert forgotten[-1] == {"z@ek.dk"}
    kept_is_true(service)
    # Every other kind: a plan line, a meeting's facilitators, the charter's groups.
    entry = service.actor_map().plan[0]
    service.set_plan_value(entry.uuid, "responsible", "Ulvine Tørk")
    service.set_plan_value(entry.uuid, "responsible", "")
    assert forgotten[-1] == {"Ulvine Tørk"}
    meeting = service.meetings()[0].meeting
    service.set_meeting_field(meeting.uuid, "facilitators", "Pebbelund Ager")
    service.set_meeting_field(meeting.uuid, "facilitators", "")
    assert forgotten[-1] == {"Pebbelund Ager"}
    service.set_scope_value(SCOPE_PERSONAL_FIELDS[0], "Kvarts Mølby")
    service.set_scope_value(SCOPE_PERSONAL_FIELDS[0], "")
    assert forgotten[-1] == {"Kvarts Mølby"}
    kept_is_true(service)


def test_a_rolled_back_edit_leaves_the_kept_texts_true(service: ProjectService) -> None:
    actor = next(a for a in service.actor_map().actors if a.person_name)
    service.set_actor_value(actor.uuid, "name", "Først")
    with pytest.raises(RuntimeError), service.store.transaction() as db:
        db.execute("UPDATE actor SET person_name = 'Midlertidig' WHERE uuid = ?", [actor.uuid])
        raise RuntimeError("refused")
    service.set_actor_value(actor.uuid, "name", "Igen")
    kept_is_true(service)
    assert "Midlertidig" not in service.store._personal_kept[1]  # type: ignore[index]


def test_an_edit_after_an_edit_asks_the_counter_once(service: ProjectService) -> None:
    """The counter is asked at the start of an edit only when something was written since the
    texts were kept (typing in a large project: one statement fewer per edit)."""
    conn = service.store._conn
    actor = service.actor_map().actors[0]
    service.set_actor_value(actor.uuid, "name", "Første")
    asked: list[str] = []
    conn.set_trace_callback(asked.append)
    try:
        service.set_actor_value(actor.uuid, "name", "Anden")
        counter = [s for s in asked if "bymidte_personal_version" in s and s.startswith("SELECT")]
        assert len(counter) == 1  # at the end only
        kept_is_true(service)
        asked.clear()
        conn.execute("UPDATE actor SET contact = 'ny@egeby.dk' WHERE uuid = ?", (actor.uuid,))
        service.set_actor_value(actor.uuid, "name", "Tredje")  # written since: asked again
        counter = [s for s in asked if "bymidte_personal_version" in s and s.startswith("SELECT")]
        assert len(counter) == 2
    finally:
        conn.set_trace_callback(None)
    kept_is_true(service)
