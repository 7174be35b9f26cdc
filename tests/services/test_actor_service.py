"""Phase 2 (actor mapping) below the UI: services, storage, cascades, privacy, migration, demo."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from workshop_app.domain.actors import (
    ActorMap,
    Assessment,
    CustomCategory,
    PlanEntry,
    Rating,
    Relation,
    canonical,
)
from workshop_app.domain.changes import Changes
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.demo import demo_snapshot, write_demo
from workshop_app.services.project_service import ProjectService, new_project, open_project
from workshop_app.storage.backup import list_backups

TODAY = dt.date(2027, 3, 1)


def reopen(service: ProjectService) -> ProjectService:
    path = service.path
    service.close()
    return open_project(path)


def stored(service: ProjectService) -> ActorMap:
    """What the file holds: the service is closed and the file read afresh."""
    path = service.path
    service.close()
    fresh = open_project(path, read_only=True)
    try:
        assert fresh.snapshot().actors == fresh.actor_map()
        return fresh.actor_map()
    finally:
        fresh.close()


def refused(call: Callable[..., object], *args: object, **kwargs: object) -> KnownError:
    with pytest.raises(KnownError) as info:
        call(*args, **kwargs)
    assert info.value.kind is ErrorKind.BAD_INPUT
    assert info.value.details["problem"]
    return info.value


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ProjectService]:
    s = new_project(tmp_path / "p.bymidte", "Test")
    yield s
    s.close()


def add(service: ProjectService, **values: object) -> str:
    actor = service.new_actor(**values)
    assert service.restore_actor(actor) == Changes.in_actors(actor.uuid)
    return actor.uuid


# -- actors ------------------------------------------------------------------------------------


def test_a_new_project_has_an_empty_map(service: ProjectService) -> None:
    assert service.actor_map() == ActorMap()


def test_new_actor_is_not_stored_and_is_placed_last(service: ProjectService) -> None:
    first = service.new_actor(name="Handelsstandsforeningen", category="merchants_association")
    assert first.position == 0 and service.actor_map().actors == ()
    service.restore_actor(first)
    second = service.new_actor(name="Borgerforeningen")
    assert second.position == 1
    # Unrated until someone rates it (not placed on the grid, not counted by the checks).
    assert second.influence is None and second.interest is None and second.attitude == 0


def test_restore_actor_inserts_at_its_position(service: ProjectService) -> None:
    a = add(service, name="A")
    b = add(service, name="B")
    c = service.new_actor(name="C")
    service.restore_actor(dataclasses.replace(c, position=1))
    assert [x.uuid for x in service.actor_map().actors] == [a, c.uuid, b]
    assert [x.position for x in service.actor_map().actors] == [0, 1, 2]
    refused(service.restore_actor, c)  # already there


def test_every_actor_field_is_stored(service: ProjectService) -> None:
    uuid = add(service)
    values: dict[str, object] = {
        "name": "Nordisk Ejendomsfond",
        "person_name": "Ida Jensen",
        "category": "property_owners",
        "owner_residence": "lives_elsewhere",
        "owner_kind": "fund",
        "influence": 5,
        "interest": 1,
        "attitude": -2,
        "involvement_now": "inform",
        "involvement_wanted": "co_decide",
        "motivation": "Afkast\npå lejemål",
        "can_bring": ["network", "money"],
        "org_role": "reference_group",
        "next_step": "Enkeltsamtale",
        "next_step_date": dt.date(2027, 4, 1),
        "notes": "Æ ø å",
        "contact": "ida@example.org",
    }
    for field, value in values.items():
        assert service.set_actor_value(uuid, field, value) == Changes.in_actors(uuid)
    actor = stored(service).actors[0]
    assert actor.can_bring == ("money", "network")  # declaration order
    for field, value in values.items():
        if field != "can_bring":
            assert getattr(actor, field) == value


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("influence", 0, "influence: must be a whole number from 1 to 5"),
        ("interest", 6, "interest: must be a whole number from 1 to 5"),
        ("attitude", 3, "attitude: must be a whole number from -2 to 2"),
        ("attitude", True, "attitude: must be a whole number"),
        ("influence", 2.0, "influence: must be a whole number"),
        ("category", "aliens", "category: must be one of"),
        ("owner_kind", "trust", "owner_kind: must be one of fund, company, family"),
        ("involvement_now", "shout", "involvement_now: must be one of inform"),
        ("org_role", "boss", "org_role: must be one of"),
        ("can_bring", ["gold"], "can_bring: must be a list of money"),
        ("next_step_date", "2027-01-01", "next_step_date: must be a date"),
        ("name", "x" * 501, "name: must be at most 500 characters"),
        ("notes", "a\x00b", "notes: must not contain control characters"),
        ("colour", "red", "colour: unknown actor field"),
    ],
)
def test_bad_values_are_refused(
    service: ProjectService, field: str, value: object, problem: str
) -> None:
    uuid = add(service, name="A")
    error = refused(service.set_actor_value, uuid, field, value)
    assert error.details["problem"].startswith(problem)
    refused(service.new_actor, **{field: value})


def test_unknown_actor_and_unknown_custom_category_are_refused(service: ProjectService) -> None:
    refused(service.set_actor_value, "00000000-0000-4000-8000-000000000000", "name", "x")
    uuid = add(service, name="A")
    missing = "11111111-1111-4111-8111-111111111111"
    refused(service.set_actor_value, uuid, "category", missing)
    refused(service.restore_actor, service.new_actor(category=missing))


def test_move_and_delete_keep_positions_dense(service: ProjectService) -> None:
    a, b, c = (add(service, name=n) for n in "ABC")
    assert service.move_actor(a, 5) == Changes.in_actors(a)
    assert [x.uuid for x in service.actor_map().actors] == [b, c, a]
    assert service.delete_actor(c) == Changes.in_actors(c)
    actors = stored(service).actors
    assert [x.uuid for x in actors] == [b, a] and [x.position for x in actors] == [0, 1]


def test_duplicate_copies_all_but_personal_data(service: ProjectService) -> None:
    a = add(service, name="A", person_name="Ida", contact="ida@example.org", influence=5)
    add(service, name="B")
    copy = service.duplicate_actor(a)
    assert copy.uuid != a and copy.position == 1
    assert copy.name == "A" and copy.influence == 5
    assert copy.person_name == "" and copy.contact == ""
    assert len(service.actor_map().actors) == 2  # not stored
    service.restore_actor(dataclasses.replace(copy, name="A (2)"))
    assert [x.name for x in service.actor_map().actors] == ["A", "A (2)", "B"]
    refused(service.duplicate_actor, "00000000-0000-4000-8000-000000000000")


# -- cascades and undo of delete ---------------------------------------------------------------


def test_deleting_an_actor_cascades_and_restore_puts_everything_back(
    service: ProjectService,
) -> None:
    a, b, c = (add(service, name=n, influence=3, interest=3) for n in "ABC")
    service.restore_relation(service.new_relation(a, b, "conflict", "parkering"))
    service.restore_relation(service.new_relation(c, a, "dependency"))
    service.restore_relation(service.new_relation(b, c))
    for who in (b, a, c, a):
        service.restore_plan_entry(service.new_plan_entry(who, method="workshop"))
    service.save_assessment("Første", dt.date(2027, 1, 1))
    service.set_actor_value(a, "influence", 5)
    service.save_assessment("Anden", dt.date(2027, 2, 1))
    before = service.actor_map()

    dependents = service.actor_dependents(a)
    assert len(dependents.relations) == 2 and len(dependents.plan) == 2
    assert dependents.plan_positions == (1, 3) and len(dependents.ratings) == 2
    assert service.delete_actor(a) == Changes.in_actors(a)
    after = service.actor_map()
    assert [r.source for r in after.relations] == [b]
    assert all(p.actor_uuid != a for p in after.plan)
    assert all(len(s.ratings) == 2 for s in after.assessments)
    rows = service.store.db.execute(
        "SELECT (SELECT count(*) FROM actor_relation WHERE ? IN (source, target)), "
        "(SELECT count(*) FROM engagement_plan WHERE actor_uuid = ?), "
        "(SELECT count(*) FROM actor_rating WHERE actor_uuid = ?)",
        [a, a, a],
    ).fetchone()
    assert rows == (0, 0, 0)

    service.restore_actor(
        dependents.actor,
        dependents.relations,
        dependents.plan,
        ratings=dependents.ratings,
        plan_positions=dependents.plan_positions,
    )
    assert stored(service) == before


def test_restore_actor_refuses_relations_to_unknown_actors(service: ProjectService) -> None:
    a = add(service, name="A")
    new = service.new_actor(name="B")
    ghost = "22222222-2222-4222-8222-222222222222"
    refused(service.restore_actor, new, [Relation(ghost, new.uuid, ghost.replace("2", "3"))])
    assert [x.uuid for x in service.actor_map().actors] == [a]  # nothing half written
    rating = Rating(new.uuid, 1, 1, 0)
    refused(service.restore_actor, new, ratings=[(ghost, rating)])
    assert [x.uuid for x in service.actor_map().actors] == [a]


# -- relations ---------------------------------------------------------------------------------


def test_relations(service: ProjectService) -> None:
    a, b, c = (add(service, name=n) for n in "ABC")
    relation = service.new_relation(a, b, "cooperation", "Julemarked")
    assert service.restore_relation(relation) == Changes.in_actors(relation.uuid)
    assert service.set_relation_value(relation.uuid, "kind", "conflict") == Changes.in_actors(
        relation.uuid
    )
    assert service.set_relation_value(relation.uuid, "target", c) == Changes.in_actors(
        relation.uuid
    )
    service.set_relation_value(relation.uuid, "note", "Parkering")
    assert service.actor_map().relations == (
        Relation(relation.uuid, a, c, "conflict", "Parkering"),
    )
    refused(service.set_relation_value, relation.uuid, "kind", "love")
    refused(service.set_relation_value, relation.uuid, "target", a)  # to itself
    refused(service.set_relation_value, relation.uuid, "source", "x")
    refused(service.set_relation_value, relation.uuid, "colour", "red")
    refused(service.new_relation, a, a)
    refused(service.restore_relation, Relation(relation.uuid, a, b))  # uuid taken
    refused(
        service.restore_relation,
        Relation("44444444-4444-4444-8444-444444444444", a, "55555555-5555-4555-8555-555555555555"),
    )
    assert service.delete_relation(relation.uuid) == Changes.in_actors(relation.uuid)
    assert stored(service).relations == ()


# -- custom categories -------------------------------------------------------------------------


def test_custom_categories(service: ProjectService) -> None:
    first = service.new_category("Ildsjæle")
    second = service.new_category("Kirker")
    service.restore_category(second)
    assert service.restore_category(first, position=0) == Changes.in_actors(first.uuid)
    assert service.actor_map().categories == (first, second)
    assert service.rename_category(first.uuid, "Lokale ildsjæle") == Changes.in_actors(first.uuid)
    uuid = add(service, name="Julegadens folk", category=first.uuid)
    error = refused(service.delete_category, first.uuid)
    assert "still belong" in error.details["problem"]
    service.set_actor_value(uuid, "category", "other")
    assert service.delete_category(first.uuid) == Changes.in_actors(first.uuid)
    assert stored(service).categories == (second,)


def test_category_names_are_checked(service: ProjectService) -> None:
    refused(service.new_category, "   ")
    refused(service.new_category, "x" * 501)
    refused(service.restore_category, CustomCategory("not-a-uuid", "X"))
    refused(service.rename_category, "66666666-6666-4666-8666-666666666666", "X")


# -- assessments -------------------------------------------------------------------------------


def test_assessments_snapshot_the_current_ratings(service: ProjectService) -> None:
    a = add(service, name="A", influence=2, interest=4, attitude=-1)
    b = add(service, name="B", influence=3, interest=3)
    add(service, name="Unrated")  # an assessment holds only rated actors
    saved = service.save_assessment("Start", dt.date(2027, 1, 10))
    assert saved.actors and len(saved.actor_items) == 1  # the new assessment
    service.set_actor_value(a, "influence", 5)
    later = service.new_assessment("Senere", dt.date(2027, 2, 10))
    assert service.restore_assessment(later) == Changes.in_actors(later.uuid)
    first, second = service.actor_map().assessments
    assert first.label == "Start" and first.ratings == (Rating(a, 2, 4, -1), Rating(b, 3, 3, 0))
    assert second.ratings[0] == Rating(a, 5, 4, -1)
    assert service.delete_assessment(first.uuid) == Changes.in_actors(first.uuid)
    assert stored(service).assessments == (later,)


def test_assessment_rules(service: ProjectService) -> None:
    a = add(service, name="A")
    ghost = "77777777-7777-4777-8777-777777777777"
    uuid = "88888888-8888-4888-8888-888888888888"
    refused(service.save_assessment, "x", None)
    refused(service.restore_assessment, Assessment(uuid, TODAY, "", (Rating(ghost, 1, 1, 0),)))
    refused(
        service.restore_assessment,
        Assessment(uuid, TODAY, "", (Rating(a, 1, 1, 0), Rating(a, 2, 2, 0))),
    )
    refused(service.restore_assessment, Assessment(uuid, TODAY, "", (Rating(a, 9, 1, 0),)))


# -- engagement plan ---------------------------------------------------------------------------


def test_engagement_plan(service: ProjectService) -> None:
    a, b = (add(service, name=n) for n in "AB")
    first = service.new_plan_entry(a, method="one_to_one", when=dt.date(2027, 4, 1))
    second = service.new_plan_entry(b, method="coffee_visit", when="Efter sommerferien")
    service.restore_plan_entry(second)
    assert service.restore_plan_entry(first, position=0) == Changes.in_actors(first.uuid)
    assert [p.uuid for p in service.actor_map().plan] == [first.uuid, second.uuid]
    assert service.set_plan_value(first.uuid, "when", "2027-05-02") == Changes.in_actors(first.uuid)
    assert service.set_plan_value(first.uuid, "responsible", "Mette") == Changes.in_actors(
        first.uuid
    )
    assert service.set_plan_value(first.uuid, "actor_uuid", b) == Changes.in_actors(first.uuid)
    assert service.move_plan_entry(first.uuid, 1) == Changes.in_actors(first.uuid)
    plan = stored(service).plan
    assert plan == (
        second,
        PlanEntry(first.uuid, b, "one_to_one", dt.date(2027, 5, 2), "Mette", ""),
    )


def test_plan_rules(service: ProjectService) -> None:
    a = add(service, name="A")
    entry = service.new_plan_entry(a)
    service.restore_plan_entry(entry)
    refused(service.set_plan_value, entry.uuid, "method", "telepathy")
    refused(
        service.set_plan_value, entry.uuid, "actor_uuid", "99999999-9999-4999-8999-999999999999"
    )
    refused(service.set_plan_value, entry.uuid, "colour", "red")
    refused(service.new_plan_entry, "nobody")
    assert service.delete_plan_entry(entry.uuid) == Changes.in_actors(entry.uuid)
    assert service.actor_map().plan == ()


# -- privacy -----------------------------------------------------------------------------------


def test_delete_all_personal_data_really_removes_it(service: ProjectService) -> None:
    a = add(service, name="Handelsstandsforeningen", person_name="Zyxwvu Qponmlk")
    add(service, name="Borgerforeningen", contact="zyxwvu-contact@example.org")
    service.set_actor_value(a, "contact", "+45 12 34 56 78 zyxwvu")
    path = service.path
    service.store.backup("periodic")
    service.store.backup("periodic")
    assert service.personal_data_count() == 2
    changes = service.delete_all_personal_data()
    assert changes.actors and changes.project  # facilitators and agendas are blanked too
    assert service.personal_data_count() == 0
    backups = list_backups(service.store.file_id)
    assert [b.reason for b in backups] == ["privacy"]
    assert b"zyxwvu" not in backups[0].path.read_bytes().lower()
    actors = service.actor_map().actors
    assert all(x.person_name == "" and x.contact == "" for x in actors)
    assert [x.name for x in actors] == ["Handelsstandsforeningen", "Borgerforeningen"]
    service.close()
    raw = path.read_bytes()
    assert b"Zyxwvu" not in raw and b"zyxwvu" not in raw
    assert b"Handelsstandsforeningen" in raw
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT person_name, contact FROM actor").fetchall()
    finally:
        conn.close()
    assert rows == [("", ""), ("", "")]


def test_read_only_projects_refuse_edits(tmp_path: Path) -> None:
    write_demo(tmp_path / "demo.bymidte", TODAY).close()
    service = open_project(tmp_path / "demo.bymidte", read_only=True)
    try:
        with pytest.raises(KnownError) as info:
            service.delete_all_personal_data()
        assert info.value.kind is ErrorKind.READ_ONLY
    finally:
        service.close()


# -- demo and storage --------------------------------------------------------------------------


def test_the_demo_map(tmp_path: Path) -> None:
    demo = demo_snapshot(TODAY).actors
    assert 20 <= len(demo.actors) <= 30 and demo == canonical(demo)
    assert len({a.category for a in demo.actors}) >= 15
    kinds = {r.kind for r in demo.relations}
    assert kinds == {"cooperation", "conflict", "dependency"}
    dates = [s.date for s in demo.assessments]
    assert dates == [TODAY - dt.timedelta(weeks=8), TODAY - dt.timedelta(weeks=2)]
    first, second = demo.assessments
    assert first.ratings != second.ratings
    assert all(len(s.ratings) == len(demo.actors) for s in demo.assessments)
    assert 6 <= len(demo.plan) <= 10
    assert sum(bool(a.contact) for a in demo.actors) <= 1
    assert all(a.contact.endswith(".example") for a in demo.actors if a.contact)
    assert demo_snapshot(TODAY) == demo_snapshot(TODAY)  # stable ids
    write_demo(tmp_path / "demo.bymidte", TODAY).close()
    service = open_project(tmp_path / "demo.bymidte", read_only=True)
    try:
        assert service.actor_map() == demo
    finally:
        service.close()


def test_a_damaged_actor_value_is_refused_on_reading(service: ProjectService) -> None:
    uuid = add(service, name="A")
    with service.store.transaction() as db:
        db.execute("UPDATE actor SET org_role = 'boss' WHERE uuid = ?", [uuid])
    with pytest.raises(KnownError) as info:
        service.snapshot()
    assert info.value.kind is ErrorKind.DAMAGED


def test_the_schema_enforces_ranges_and_cascades(service: ProjectService) -> None:
    uuid = add(service, name="A", influence=3)
    with pytest.raises(KnownError), service.store.transaction() as db:
        db.execute("UPDATE actor SET influence = 9 WHERE uuid = ?", [uuid])
    reopened = reopen(service)
    try:
        assert reopened.actor_map().actors[0].influence == 3
    finally:
        reopened.close()


def test_set_actor_ratings_stores_both_and_refuses_out_of_scale(service: ProjectService) -> None:
    actor = service.new_actor(name="Handelsstandsforeningen")
    service.restore_actor(actor)
    assert service.set_actor_ratings(actor.uuid, 5, 2) == Changes.in_actors(actor.uuid)
    with pytest.raises(KnownError) as caught:
        service.set_actor_ratings(actor.uuid, 6, 2)
    assert caught.value.kind is ErrorKind.BAD_INPUT
    with pytest.raises(KnownError):
        service.set_actor_ratings("00000000-0000-4000-8000-000000000000", 2, 2)
    found = stored(service).actor(actor.uuid)
    assert found is not None
    assert (found.influence, found.interest) == (5, 2)
