"""Whole-area reads are kept until a table of that area changes: an edit in one area re-reads that
area only, and nothing kept is ever stale (foreign-key actions, rollbacks, snapshots)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from workshop_app.domain.dashboard import dashboard
from workshop_app.domain.trials import trial_summary
from workshop_app.services.demo import write_demo
from workshop_app.services.project_service import ProjectService
from workshop_app.storage import repository
from workshop_app.storage.read_versions import AREA_TABLES

TODAY = dt.date(2027, 3, 1)
LOADERS = {
    "project": repository.load_project,
    "meetings": repository.load_meetings,
    "scope": repository.load_scope,
    "actors": repository.load_actor_map,
    "trials": repository.load_trial_book,
    "trial_outline": repository.load_trial_outline,
    "trial_evidence": repository.load_all_evidence,
    "meeting_rows": repository.load_meeting_rows,
    "personal": repository.load_personal_data,
}


@pytest.fixture
def service(tmp_path: Path):  # type: ignore[no-untyped-def]
    service = write_demo(tmp_path / "demo.bymidte", TODAY)
    yield service
    service.close()


def tables_read(path: Path, load) -> set[str]:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(path)  # fresh: every statement is prepared, so the authorizer sees it
    seen: set[str] = set()

    def note(action: int, table: str | None, _c: str | None, db: str | None, _t: str | None) -> int:
        if action == sqlite3.SQLITE_READ and db == "main" and table:
            seen.add(table)
        return sqlite3.SQLITE_OK

    conn.set_authorizer(note)
    try:
        load(Database(conn))
    finally:
        conn.close()
    return seen


@pytest.mark.parametrize("area", sorted(LOADERS))
def test_each_area_names_every_table_its_loader_reads(tmp_path: Path, area: str) -> None:
    path = tmp_path / "closed.bymidte"
    write_demo(path, TODAY).close()
    read = tables_read(path, LOADERS[area])
    assert read, area
    # A table read but not named would let an edit there leave this area's kept read stale.
    assert read <= AREA_TABLES[area]


def test_an_actor_edit_rereads_the_actors_and_keeps_the_trial_book(service: ProjectService) -> None:
    book, scope, actors = service.trial_book(), service.store.scope(), service.actor_map()
    actor = actors.actors[0]
    service.set_actor_value(actor.uuid, "name", "Nyt navn")
    assert service.trial_book() is book
    assert service.store.scope() is scope
    assert service.actor_map().actors[0].name == "Nyt navn"


def test_an_actor_rename_keeps_the_meetings_a_move_reads_them_again(
    service: ProjectService,
) -> None:
    """The meetings read the actor table for the order of the actors present alone: renaming
    an actor (on a grown project, twenty thousand captured notes) must not read them again."""
    meetings = service.meetings()
    present = next(m for m in meetings if len(m.actors_present) > 1)
    first, second = present.actors_present[:2]
    service.set_actor_value(first, "name", "Omdøbt")
    assert service.meetings() is meetings
    positions = {a.uuid: a.position for a in service.actor_map().actors}
    service.move_actor(second, positions[first])  # the order of the actors present changes
    again = next(m for m in service.meetings() if m.meeting.uuid == present.meeting.uuid)
    assert again.actors_present[:2] == (second, first)
    assert service.meetings() == repository.load_meetings(service.store.db)


def test_a_foreign_key_action_counts_as_a_change_of_the_area_it_touches(
    service: ProjectService,
) -> None:
    book = service.trial_book()
    origin = next(i for i in book.ideas if i.origin_meeting is not None)
    assert origin.origin_meeting is not None
    service.delete_meeting(origin.origin_meeting)  # the idea's origin is set to NULL by SQLite
    again = next(i for i in service.trial_book().ideas if i.uuid == origin.uuid)
    assert again.origin_meeting is None


def test_a_rolled_back_edit_never_leaves_its_rows_behind(service: ProjectService) -> None:
    store = service.store
    actor = service.actor_map().actors[0]

    class Refused(Exception):
        pass

    with pytest.raises(Refused), store.transaction() as db:
        db.execute("UPDATE actor SET name = 'Rullet tilbage' WHERE uuid = ?", [actor.uuid])
        assert store.actor_map().actors[0].name == "Rullet tilbage"  # read inside: not kept
        raise Refused
    assert service.actor_map().actors[0].name == actor.name
    # The next edit brings the counters to the values the rolled-back one had: still no stale read.
    service.set_actor_value(actor.uuid, "name", "Gemt")
    assert service.actor_map().actors[0].name == "Gemt"


def test_the_snapshot_from_kept_reads_equals_a_fresh_read(service: ProjectService) -> None:
    service.snapshot()
    actor = service.actor_map().actors[0]
    service.set_actor_value(actor.uuid, "name", "Igen")
    service.set_project_field("name", "Et andet navn")
    assert service.snapshot() == repository.load_snapshot(service.store.db)


def test_an_edit_on_a_closed_file_is_a_known_error(tmp_path: Path) -> None:
    from workshop_app.errors import KnownError

    service = write_demo(tmp_path / "closed.bymidte", TODAY)
    actor = service.actor_map().actors[0]
    service.close()  # e.g. a date picker closing after its project did
    with pytest.raises(KnownError):
        service.set_actor_value(actor.uuid, "name", "Efter lukning")


def test_an_update_of_one_row_is_taken_in_row_by_row(service: ProjectService) -> None:
    actors = service.actor_map().actors
    book = service.trial_book()
    service.set_actor_value(actors[3].uuid, "name", "Omdøbt")
    again = service.actor_map().actors
    assert again[3].name == "Omdøbt" and again[3].position == actors[3].position
    assert all(a is b for a, b in zip(again[:3] + again[4:], actors[:3] + actors[4:], strict=True))
    entry = book.feedback[0]
    service.set_feedback_value(entry.uuid, "quote", "Flere bænke")
    kept = service.trial_book()
    assert kept.feedback[0].quote == "Flere bænke" and kept.trials is book.trials
    assert same_objects_outside(entry.trial_uuid, kept.feedback, book.feedback)


def same_objects_outside(trial_uuid: str, rows, before) -> bool:  # type: ignore[no-untyped-def]
    """Whether the rows of every test but ``trial_uuid`` are the objects they were."""
    now = [r for r in rows if r.trial_uuid != trial_uuid]
    old = [r for r in before if r.trial_uuid != trial_uuid]
    return len(now) == len(old) > 0 and all(a is b for a, b in zip(now, old, strict=True))


def test_adding_or_deleting_a_card_reads_its_test_again_not_every_test(
    service: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A paper card typed in on a project grown over years (twenty thousand cards) must not read
    every card again: the test it belongs to is read again, the other tests' rows stay."""
    book = service.trial_book()
    trial = book.feedback[0].trial_uuid
    monkeypatch.setattr(service.store, "_cached", _patch_only(service.store))
    card = service.new_feedback(trial, sentiment="positive")
    service.restore_feedback(card, position=0)  # first of its test: the others move down
    after = service.trial_book()
    assert next(f.uuid for f in after.feedback_of(trial)) == card.uuid
    assert same_objects_outside(trial, after.feedback, book.feedback)
    session = next(c for c in book.counts if not service.citations(c.uuid))  # none cites it
    service.delete_count_session(session.uuid)
    again = service.trial_book()
    assert session.uuid not in {c.uuid for c in again.counts}
    assert same_objects_outside(session.trial_uuid, again.counts, book.counts)
    monkeypatch.undo()
    assert service.trial_book() == repository.load_trial_book(service.store.db)


def _patch_only(store):  # type: ignore[no-untyped-def]
    """The store's kept reads with a full read of the trials area refused."""
    real = store._cached

    def cached(area, load):  # type: ignore[no-untyped-def]
        if area == "trial_evidence":
            return real(area, _refuse)
        return real(area, load)

    return cached


def _refuse(db):  # type: ignore[no-untyped-def]
    raise AssertionError("a full read of the tests")


def test_kept_reads_equal_full_reads_after_every_kind_of_edit(service: ProjectService) -> None:
    """Plain updates (taken in row by row) mixed with inserts, deletes and moves (full reads)."""
    import dataclasses

    def same() -> None:
        db = service.store.db
        assert service.actor_map() == repository.load_actor_map(db)
        assert service.trial_book() == repository.load_trial_book(db)
        assert service.store.snapshot() == repository.load_snapshot(db)

    actors = service.actor_map().actors
    book = service.trial_book()
    entry, session = book.feedback[0], book.counts[0]
    same()
    service.set_actor_value(actors[0].uuid, "name", "Først")
    same()
    service.move_actor(actors[0].uuid, 5)  # a move: a full read
    same()
    service.set_actor_value(actors[0].uuid, "name", "Flyttet og omdøbt")
    service.set_actor_value(actors[1].uuid, "interest", 1)
    same()
    service.set_feedback_value(entry.uuid, "quote", "Godt")
    service.set_count_value(session.uuid, "weather", "rain")
    same()
    service.set_count_value(session.uuid, "date", session.date + dt.timedelta(days=3))  # a move
    same()
    extra = service.new_feedback(entry.trial_uuid, sentiment="positive")
    service.restore_feedback(extra)  # an insert: a full read
    same()
    service.set_feedback_value(extra.uuid, "what_works", "Lyset")
    same()
    service.delete_feedback(entry.uuid)
    same()
    service.set_actor_value(actors[2].uuid, "name", "Igen")
    service.delete_actor(actors[3].uuid)  # with what hangs on it: a full read
    same()
    assert dataclasses.is_dataclass(service.actor_map())


def test_kept_meetings_equal_full_reads_after_every_kind_of_meeting_edit(
    service: ProjectService,
) -> None:
    """A meeting's own fields, its agenda and what it gathered are taken in meeting by meeting;
    every other meeting stays the object it was."""
    db = service.store.db
    meetings = service.meetings()
    first, second = meetings[0], meetings[1]
    actor = service.actor_map().actors[0]

    def same() -> None:
        assert service.meetings() == repository.load_meetings(db)
        assert service.store.snapshot() == repository.load_snapshot(db)

    service.set_meeting_field(first.meeting.uuid, "title", "Nyt navn")
    assert service.meetings()[1] is second
    same()
    note = service.new_note(first.meeting.uuid, "Flere bænke", dt.datetime(2027, 3, 1, 19))
    service.restore_note(note)
    assert service.meetings()[1] is second
    same()
    service.set_note_field(note.uuid, "text", "Færre biler")
    service.set_actor_present(first.meeting.uuid, actor.uuid, True)
    service.set_citizen_count(first.meeting.uuid, "age_30_64", "resident", 12)
    same()
    item = service.new_agenda_item(second.meeting.uuid, position=0)
    service.restore_agenda_item(item)
    service.move_agenda_item(item.uuid, 1)
    same()
    service.restore_action_item(service.new_action_item(first.meeting.uuid, what="Ring op"))
    service.delete_note(note.uuid)
    same()
    service.move_meeting(first.meeting.uuid, 1)  # the order of meetings: a full read
    same()
    service.delete_meeting(second.meeting.uuid)  # with what it gathered: a full read
    same()


def test_an_edit_away_from_personal_data_does_not_read_it_again(
    service: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workshop_app.storage import database

    entry = service.trial_book().feedback[0]
    service.set_feedback_value(entry.uuid, "quote", "Først")  # keeps the personal texts
    reads: list[int] = []
    real = database.repository.load_personal_data

    def counted(db):  # type: ignore[no-untyped-def]
        reads.append(1)
        return real(db)

    monkeypatch.setattr(database.repository, "load_personal_data", counted)
    service.set_feedback_value(entry.uuid, "quote", "Så")
    assert reads == []
    actor = next(a for a in service.actor_map().actors if a.person_name)
    service.set_actor_value(actor.uuid, "person_name", "")  # personal: read again
    assert reads == [1]


def test_row_exists_answers_for_project_tables_only(service: ProjectService) -> None:
    db = service.store.db
    actor = service.actor_map().actors[0]
    assert repository.row_exists(db, "actor", actor.uuid)
    assert not repository.row_exists(db, "meeting_note", actor.uuid)
    for table in ("no_such_table", "sqlite_master", "_sqlite_migrations", 'actor" --'):
        with pytest.raises(ValueError):
            repository.row_exists(db, table, actor.uuid)


def test_the_log_of_row_changes_keeps_only_what_a_kept_read_may_need(
    service: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A day of typing logs every change; what every kept read has taken in is dropped (every
    ``FORGET_EVERY`` entries: here 8, so that thirty cards cut it several times)."""
    from workshop_app.storage.read_versions import GROUPED, TableVersions

    monkeypatch.setattr(TableVersions, "FORGET_EVERY", 8)

    trial = service.trial_book().trials[0].uuid
    assert "feedback" in GROUPED
    for number in range(30):
        service.snapshot()  # every area read (and kept) after each card, as the views do
        card = service.new_feedback(trial, sentiment="positive", quote=f"Kort {number}")
        service.restore_feedback(card)
    service.snapshot()
    conn = service.store._conn
    logged = conn.execute("SELECT count(*) FROM temp.bymidte_row_updates").fetchone()[0]
    # one card's edit at most, and what ran on since the log was cut last
    assert logged <= 8 + 2 * len(service.trial_book().feedback_of(trial))
    assert service.trial_book() == repository.load_trial_book(service.store.db)


def test_the_outline_is_the_book_without_evidence_and_is_kept_through_a_card(
    service: ProjectService,
) -> None:
    """The tests page's list and plan, the navigation and the overview read the outline: the
    tests without their feedback and counts, so a card typed in does not read it again."""
    book, outline = service.trial_book(), service.trial_outline()
    assert outline == dataclasses.replace(book, counts=(), feedback=())
    trial = next(t.uuid for t in book.trials if book.feedback_of(t.uuid))
    service.restore_feedback(service.new_feedback(trial, what_works="Bænkene"), position=0)
    assert service.trial_outline() is outline
    assert service.trial_book() is not book
    service.set_trial_value(trial, "place", "Torvet, nord")
    assert service.trial_outline() == dataclasses.replace(
        repository.load_trial_book(service.store.db), counts=(), feedback=()
    )


def test_the_evidence_of_some_tests_is_theirs_alone_in_the_books_order(
    service: ProjectService,
) -> None:
    book = service.trial_book()
    with_evidence = [t.uuid for t in book.trials if book.feedback_of(t.uuid)]
    assert len(with_evidence) >= 2
    some = tuple(reversed(with_evidence[:2]))  # the book's order, whatever order is asked
    part = service.store.trial_evidence(some)
    assert part.trials == book.trials
    assert part.feedback == tuple(f for f in book.feedback if f.trial_uuid in some)
    assert part.counts == tuple(c for c in book.counts if c.trial_uuid in some)
    assert service.store.trial_evidence(()).feedback == ()
    assert service.trial_summary(some[0]) == trial_summary(book, some[0])


def test_the_meeting_rows_are_the_meetings_own_fields(service: ProjectService) -> None:
    rows = service.store.meeting_rows()
    assert rows == tuple(m.meeting for m in service.meetings())
    note_meeting = service.meetings()[0].meeting.uuid
    service.set_meeting_field(note_meeting, "title", "Et nyt navn")
    assert service.store.meeting_rows()[0].title == "Et nyt navn"


def test_the_dashboard_from_its_own_reads_equals_the_one_from_a_snapshot(
    service: ProjectService,
) -> None:
    board = dashboard(service.dashboard_facts(TODAY), TODAY)
    assert board.running  # the demo has a running test, with its evidence
    assert board == dashboard(service.snapshot(), TODAY)


def test_typing_a_tests_plan_reads_no_feedback_a_move_reads_it_in_the_new_order(
    service: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A test's own fields edited in place (its hypothesis typed) read the outline again, not
    twenty thousand feedback entries; moving a test, adding one or changing its status is a full
    read, in the new order."""
    book = service.trial_book()
    trial = next(t for t in book.trials[1:] if book.feedback_of(t.uuid))
    monkeypatch.setattr(service.store, "_cached", _patch_only(service.store))
    service.set_trial_value(trial.uuid, "we_believe", "Flere bænke giver liv")
    after = service.trial_book()
    assert after.trial(trial.uuid).we_believe == "Flere bænke giver liv"  # type: ignore[union-attr]
    assert after.feedback is book.feedback and after.counts is book.counts
    assert service.trial_book() is after
    monkeypatch.undo()
    assert after == repository.load_trial_book(service.store.db)
    service.move_trial(trial.uuid, 0)
    moved = service.trial_book()
    assert moved == repository.load_trial_book(service.store.db)
    assert moved.feedback[0].trial_uuid == trial.uuid
    status = "evaluated" if trial.status != "evaluated" else "decided"
    service.set_trial_status(trial.uuid, status, TODAY + dt.timedelta(days=400))
    service.restore_trial(service.new_trial(title="Ny test"))
    assert service.trial_book() == repository.load_trial_book(service.store.db)


def test_many_actors_updated_at_once_are_each_taken_in_in_their_place(
    service: ProjectService,
) -> None:
    """A few updated rows are found by uuid, many in one pass: both give a full read's map."""
    actors = service.actor_map().actors
    for count in (2, 12):  # below and above the few that are looked up one by one
        renamed = actors[-count:]
        with service.store.transaction() as db:
            for actor in renamed:
                repository.update_actor_field(db, actor.uuid, "next_step", f"Ring {count}")
        kept = service.actor_map()
        assert kept == service.store.read(repository.load_actor_map)
        assert all(a is b for a, b in zip(kept.actors[:-count], actors[:-count], strict=True))
        actors = kept.actors


def test_a_kept_read_asked_again_with_nothing_written_costs_no_query(
    service: ProjectService,
) -> None:
    """Every view asks for the actor map after an edit: once it is found true, asking again
    before anything is written runs no statement; a write (even one rolled back) asks again."""
    statements: list[str] = []
    conn = service.store._conn
    service.actor_map()
    conn.set_trace_callback(statements.append)
    try:
        first = service.actor_map()
        assert service.actor_map() is first
        assert statements == []
        actor = first.actors[0]
        service.set_actor_value(actor.uuid, "name", "Omdøbt")
        statements.clear()
        renamed = service.actor_map()
        assert statements  # written since: the counters are asked
        statements.clear()
        assert service.actor_map() is renamed and statements == []
        with pytest.raises(RuntimeError), service.store.transaction() as db:
            repository.update_actor_field(db, actor.uuid, "name", "Tilbagerullet")
            raise RuntimeError("rolled back")
        assert service.actor_map() == renamed
        assert service.actor_map().actors[0].name == "Omdøbt"
    finally:
        conn.set_trace_callback(None)


def test_the_stamp_and_the_end_of_the_log_in_one_statement(service: ProjectService) -> None:
    versions = service.store._table_versions()
    assert versions is not None
    actor = service.actor_map().actors[0]
    for name in ("Første", "Anden"):
        service.set_actor_value(actor.uuid, "name", name)
        for area in AREA_TABLES:
            assert versions.stamp_and_end(area) == (versions.stamp(area), versions.last_update())
