"""Rows kept in order come back numbered 0, 1, 2… whatever positions the file holds; a row that
has its number already is not copied (two thousand actors read on every open)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from workshop_app.domain.actors import Actor
from workshop_app.services.demo import write_demo
from workshop_app.storage.repository.actors import _ACTOR_COLUMNS, _actor_from_row
from workshop_app.storage.repository.rows import load_in_order


def _recording(monkeypatch, module: object, *names: str) -> list[object]:  # type: ignore[no-untyped-def]
    """The uuids of the rows the makers ``names`` of ``module`` make from now on (each still
    makes its record)."""
    made: list[object] = []
    for name in names:
        real = getattr(module, name)
        monkeypatch.setattr(
            module, name, lambda row, real=real: (made.append(row[0]), real(row))[1]
        )
    return made


def test_positions_are_renumbered_and_rows_numbered_already_are_not_copied(
    tmp_path: Path,
) -> None:
    service = write_demo(tmp_path / "demo.bymidte", dt.date(2027, 3, 1))
    try:
        db = service.store.db
        made: list[Actor] = []
        real = _actor_from_row

        def reading(row):  # type: ignore[no-untyped-def]
            made.append(real(row))
            return made[-1]

        actors = load_in_order(db, "actor", _ACTOR_COLUMNS, reading)
        assert [a.position for a in actors] == list(range(len(actors)))
        assert all(a is b for a, b in zip(actors, made, strict=True))
        with service.store.transaction() as tx:  # gaps, as an older version may leave them
            tx.execute("UPDATE actor SET position = position * 10 + 3")
        made.clear()
        again = load_in_order(db, "actor", _ACTOR_COLUMNS, reading)
        assert [a.position for a in again] == list(range(len(again)))
        assert [a.uuid for a in again] == [a.uuid for a in actors]
        assert all(
            a is not b and a.position != b.position for a, b in zip(again, made, strict=True)
        )
    finally:
        service.close()


def test_a_whole_read_makes_again_only_the_rows_it_has_not_seen(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # An actor added, moved or deleted reads the whole table again (every position may move);
    # the rows read before come back as the records made then, not checked again: on a map of
    # two thousand actors that check was most of a 90 ms stall. What comes back is what a read
    # with nothing remembered gives.
    from workshop_app.storage import repository
    from workshop_app.storage.connection import Connection
    from workshop_app.storage.repository import actors as actor_rows

    service = write_demo(tmp_path / "demo.bymidte", dt.date(2027, 3, 1))
    try:
        db = service.store.db
        made: list[str] = []
        real = actor_rows._ACTORS.from_row

        def reading(row):  # type: ignore[no-untyped-def]
            made.append(row[0])
            return real(row)

        monkeypatch.setattr(
            actor_rows, "_ACTORS", dataclasses.replace(actor_rows._ACTORS, from_row=reading)
        )

        def fresh() -> tuple[Actor, ...]:  # a connection that remembers nothing
            return actor_rows._ACTORS.load_all(Connection(db.conn))

        first = actor_rows._ACTORS.load_all(db)
        assert len(made) == len(first)  # nothing seen yet: every row made and checked
        count = len(first)
        for step in ("insert", "move", "update", "delete"):
            with service.store.transaction() as tx:
                if step == "insert":
                    new = dataclasses.replace(first[2], uuid="0b5f6a3e-1111-4c2b-9d1e-3f4a5b6c7d8e")
                    repository.insert_actor(tx, dataclasses.replace(new, position=1))
                    tx.execute(
                        "UPDATE actor SET position = position + 1"
                        " WHERE position >= 1 AND uuid <> ?",
                        [new.uuid],
                    )
                elif step == "move":
                    tx.execute(
                        "UPDATE actor SET position = ? WHERE uuid = ?", [count + 5, first[0].uuid]
                    )
                elif step == "update":
                    tx.execute("UPDATE actor SET name = 'Omdøbt' WHERE uuid = ?", [first[4].uuid])
                else:
                    tx.execute("DELETE FROM actor WHERE uuid = ?", [first[3].uuid])
            made.clear()
            again = actor_rows._ACTORS.load_all(db)
            expected = {"insert": [new.uuid], "move": [], "update": [first[4].uuid], "delete": []}
            assert made == expected[step], step
            made.clear()
            assert again == fresh(), step
            assert [a.position for a in again] == list(range(len(again)))
        # Only the last read's rows are remembered: the renamed actor's old row is gone.
        assert len(db.row_memo["actor"]) == len(again)
        # A position broken in the file is found however well the row is known (the file's
        # rules refuse one, so the rows come from a stand-in connection).
        rows = db.execute(f"SELECT {_ACTOR_COLUMNS} FROM actor ORDER BY position").fetchall()
        broken = [(rows[0][0], "x", *rows[0][2:]), *rows[1:]]

        class Stub:
            row_memo = db.row_memo

            def execute(self, *_args):  # type: ignore[no-untyped-def]
                return self

            def fetchall(self):  # type: ignore[no-untyped-def]
                return broken

        with pytest.raises(ValueError, match="broken position"):
            actor_rows._ACTORS.load_all(Stub())  # type: ignore[arg-type]
    finally:
        service.close()


def test_a_whole_read_of_the_tests_makes_again_only_a_test_whose_row_or_parts_changed(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # A test is made of its row and of its budget, permits, history and responsible actors:
    # a part added to one test makes that test again, the others come back as they were.
    from workshop_app.storage import repository
    from workshop_app.storage.connection import Connection
    from workshop_app.storage.repository import trials as trial_rows

    service = write_demo(tmp_path / "demo.bymidte", dt.date(2027, 3, 1))
    try:
        db = service.store.db
        made: list[str] = []
        real = trial_rows._trial_from_row

        def making(row, parts):  # type: ignore[no-untyped-def]
            made.append(row[0])
            return real(row, parts)

        monkeypatch.setattr(trial_rows, "_trial_from_row", making)
        first = repository.load_trials(db)
        assert len(made) == len(first)
        made.clear()
        assert repository.load_trials(db) == first and made == []  # nothing changed
        target = first[1]
        service.restore_budget_line(service.new_budget_line(target.uuid, text="Bænke", amount=1200))
        made.clear()
        again = repository.load_trials(db)
        assert made == [target.uuid]
        assert again == repository.load_trials(Connection(db.conn))  # as a fresh read
        ideas = repository.load_ideas(db)
        assert repository.load_ideas(Connection(db.conn)) == ideas
    finally:
        service.close()


def test_relations_and_plan_entries_read_again_are_not_made_again(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # An actor added reads the whole actor map again: its relations and plan entries (thousands
    # on a grown project) come back as made, checked once.
    from workshop_app.storage import repository
    from workshop_app.storage.connection import Connection
    from workshop_app.storage.repository import actors as actor_rows

    service = write_demo(tmp_path / "demo.bymidte", dt.date(2027, 3, 1))
    try:
        db = service.store.db
        made = _recording(monkeypatch, actor_rows, "_relation_from_row", "_plan_from_row")
        first = repository.load_actor_map(db)
        assert len(made) == len(first.relations) + len(first.plan) > 0
        service.restore_actor(service.new_actor(name="Ny aktør"))
        made.clear()
        again = repository.load_actor_map(db)
        assert made == []
        assert again.relations == first.relations and again.plan == first.plan
        assert again == repository.load_actor_map(Connection(db.conn))  # as a fresh read
    finally:
        service.close()


def test_a_tests_evidence_read_again_makes_again_only_the_entries_changed(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # Each of a test's tabs reads its evidence as it is first shown, and its summary again after
    # each card: thousands of entries on a grown project, checked once.
    from workshop_app.storage.connection import Connection
    from workshop_app.storage.repository import trial_evidence

    service = write_demo(tmp_path / "demo.bymidte", dt.date(2027, 3, 1))
    try:
        made = _recording(monkeypatch, trial_evidence, "_feedback_from_row", "_count_from_row")
        trial = max(
            service.trial_outline().trials,
            key=lambda t: len(service.trial_evidence(t.uuid).feedback_of(t.uuid)),
        ).uuid
        first = service.trial_evidence(trial)
        made.clear()
        again = service.trial_evidence(trial)
        assert made == [] and again == first
        entry = first.feedback_of(trial)[0]
        service.set_feedback_value(entry.uuid, "quote", "Nyt citat")
        made.clear()
        edited = service.trial_evidence(trial)
        assert made == [entry.uuid]  # the entry changed alone, made and checked again
        assert edited.feedback_of(trial)[0].quote == "Nyt citat"
        fresh = Connection(service.store.db.conn)  # as a fresh read, with no memo of its own
        assert edited == trial_evidence.load_evidence(fresh, service.trial_outline(), (trial,))
        made.clear()
        counts = service.trial_counts(trial)
        assert counts.feedback == () and counts.counts == first.counts
        assert all(uuid not in {f.uuid for f in first.feedback} for uuid in made)
    finally:
        service.close()


def test_ratings_read_again_are_checked_once(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Every actor added or deleted reads the map again, assessments and all: a rating read
    # before comes back as checked then; one changed is checked again; the map is as read fresh.
    from workshop_app.domain import actors as actor_rules
    from workshop_app.storage import repository
    from workshop_app.storage.connection import Connection
    from workshop_app.storage.repository import actors as actor_rows

    service = write_demo(tmp_path / "demo.bymidte", dt.date(2027, 3, 1))
    try:
        db = service.store.db
        checked: list[tuple[object, ...]] = []
        real = actor_rules.check_assessment_rating
        monkeypatch.setattr(
            actor_rows,
            "check_assessment_rating",
            lambda row: (checked.append(tuple(row)), real(row))[1],
        )
        first = repository.load_actor_map(db)
        ratings = [r for a in first.assessments for r in a.ratings]
        assert len(checked) == len(ratings) > 0
        service.restore_actor(service.new_actor(name="Ny aktør"))
        checked.clear()
        again = repository.load_actor_map(db)
        assert checked == [] and again.assessments == first.assessments
        rating = first.assessments[0].ratings[0]
        db.execute(
            "UPDATE actor_rating SET influence = ? WHERE actor_uuid = ? AND assessment_uuid = ?",
            (6 - rating.influence, rating.actor_uuid, first.assessments[0].uuid),
        )
        changed = repository.load_actor_map(db)
        assert checked == [(rating.actor_uuid, 6 - rating.influence, *rating[2:])]
        assert changed == repository.load_actor_map(Connection(db.conn))  # as a fresh read
    finally:
        service.close()


def test_an_actor_added_or_moved_reads_no_relation_plan_or_rating_and_keeps_their_order(
    tmp_path: Path,
) -> None:
    # The actor map is made of parts kept apart: an actor added or moved reads the actors again,
    # not the relations, plan and ratings (thousands on a grown project), and puts those in the
    # actors' new order; an actor deleted (its relations and ratings with it) reads them again.
    from workshop_app.storage import repository
    from workshop_app.storage.connection import Connection

    service = write_demo(tmp_path / "demo.bymidte", dt.date(2027, 3, 1))
    try:
        conn = service.store.db.conn
        seen: list[str] = []

        def fresh():  # type: ignore[no-untyped-def]
            return repository.load_actor_map(Connection(conn))

        first = service.actor_map()
        assert first.relations and first.assessments and first.plan
        conn.set_trace_callback(seen.append)
        try:
            service.restore_actor(service.new_actor(name="Ny aktør"))
            added = service.actor_map()
            parts = ("FROM actor_relation", "FROM actor_rating", "FROM actor_assessment")
            assert not [s for s in seen if any(p in s for p in parts)]
            assert added.relations is first.relations  # still in order: the same objects
            assert added.plan is first.plan
            assert all(a is b for a, b in zip(added.assessments, first.assessments, strict=True))
            assert added == fresh()
            # The first related actor moved to the end: the relations follow its new place.
            moved = next(a for a in added.actors if a.uuid == added.relations[0].source)
            service.move_actor(moved.uuid, len(added.actors) - 1)
            after_move = service.actor_map()
            assert after_move.relations != added.relations
            assert after_move == fresh()
            seen.clear()
            service.delete_actor(moved.uuid)
            after_delete = service.actor_map()
        finally:
            conn.set_trace_callback(None)
        assert any("actor_relation" in s for s in seen)  # its relations went: read again
        assert all(moved.uuid not in (r.source, r.target) for r in after_delete.relations)
        assert after_delete == fresh()
    finally:
        service.close()


def test_votes_read_again_with_the_outline_are_not_made_again(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # A test added reads the whole outline again, the ideas' votes with it (thousands on a
    # grown project): a vote read before comes back as made; one changed is made again.
    from workshop_app.storage import repository
    from workshop_app.storage.connection import Connection
    from workshop_app.storage.repository import trials as trial_rows

    service = write_demo(tmp_path / "demo.bymidte", dt.date(2027, 3, 1))
    try:
        db = service.store.db
        made = _recording(monkeypatch, trial_rows, "_vote_from_row")
        first = repository.load_votes(db)
        assert len(made) == len(first) > 0
        service.restore_trial(service.new_trial(title="Ny afprøvning"))
        made.clear()
        again = repository.load_votes(db)
        assert made == [] and again == first
        vote = first[0]
        db.execute("UPDATE idea_vote SET count = ? WHERE uuid = ?", (vote.count + 1, vote.uuid))
        changed = repository.load_votes(db)
        assert made == [vote.uuid] and changed[0].count == vote.count + 1
        assert changed == repository.load_votes(Connection(db.conn))  # as a fresh read
    finally:
        service.close()
