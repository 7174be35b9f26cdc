"""Phase 2: actors, categories, relations, assessments and the engagement plan."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid as _uuid
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from workshop_app.domain.actors import (
    ACTOR_FIELDS,
    PERSONAL_FIELDS,
    Actor,
    ActorMap,
    Assessment,
    CustomCategory,
    InvalidActorValue,
    PlanEntry,
    Rating,
    Relation,
    check_actor,
    check_assessment,
    check_category_name,
    check_plan_entry,
    check_relation,
    check_uuid,
)
from workshop_app.domain.personal import (
    SCOPE_PERSONAL_COLUMNS,
    SCOPE_PERSONAL_FIELDS,
    PersonalData,
)
from workshop_app.storage.repository.common import (
    _date_in,
    _date_out,
    ordered_rows,
    ordered_uuids,
    row_by_uuid,
    set_order,
    to_column,
)
from workshop_app.storage.repository.meetings import (
    clear_meeting_personal_data,
    meeting_personal_data,
)
from workshop_app.storage.repository.scope import (
    _json_in,
    _json_out,
    load_scope_rows,
    load_scope_values,
    set_scope_value,
    update_scope_row_value,
)

# -- actors (phase 2) --------------------------------------------------------------------------
#
# Reading checks every value with the domain's rules (``domain/actors.py``); a value that breaks
# one raises ValueError (the file is damaged).

_ACTOR_COLUMNS = "uuid, position, " + ", ".join(ACTOR_FIELDS)
_PLAN_COLUMNS = "uuid, position, actor_uuid, method, planned_when, responsible, note"


def _actor_column(name: str, value: Any) -> Any:
    if name == "can_bring":
        return _json_out(list(value))
    return to_column(value)


def _actor_from_row(row: tuple[Any, ...]) -> Actor:
    uuid, position, *rest = row
    raw = dict(zip(ACTOR_FIELDS, rest, strict=True))
    raw["can_bring"] = _json_in(raw["can_bring"])
    if raw["next_step_date"] is not None:
        raw["next_step_date"] = _date_in(raw["next_step_date"])
    if not isinstance(position, int):
        raise ValueError("actor with a broken position")
    try:
        return check_actor(Actor(uuid=uuid, position=position, **raw))
    except InvalidActorValue as exc:
        raise ValueError(f"actor {uuid}: {exc}") from None


def actor_uuids(db: Database) -> list[str]:
    return ordered_uuids(db, "actor")


def load_actor(db: Database, uuid: str) -> Actor:
    row = row_by_uuid(db, "actor", _ACTOR_COLUMNS, uuid, "actor")
    return _actor_from_row(row)


def load_actors(db: Database) -> tuple[Actor, ...]:
    rows = ordered_rows(db, "actor", _ACTOR_COLUMNS)
    return tuple(
        dataclasses.replace(_actor_from_row(r), position=index) for index, r in enumerate(rows)
    )


def insert_actor(db: Database, actor: Actor) -> None:
    values = [_actor_column(name, getattr(actor, name)) for name in ACTOR_FIELDS]
    marks = ", ".join("?" for _ in range(len(ACTOR_FIELDS) + 2))
    db.execute(
        f"INSERT INTO actor({_ACTOR_COLUMNS}) VALUES ({marks})",
        [actor.uuid, actor.position, *values],
    )


def update_actor_field(db: Database, uuid: str, field: str, value: Any) -> None:
    if field not in ACTOR_FIELDS:
        raise ValueError(f"unknown actor field {field!r}")
    cursor = db.execute(
        f"UPDATE actor SET {field} = ? WHERE uuid = ?", [_actor_column(field, value), uuid]
    )
    if cursor.rowcount != 1:
        raise LookupError(f"no actor {uuid}")


def delete_actor(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM actor WHERE uuid = ?", [uuid])


def set_actor_order(db: Database, uuids: Iterable[str]) -> None:
    set_order(db, "actor", uuids)


def _texts(db: Database, sql: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(v) for v in row if v) for row in db.execute(sql))


def load_personal_data(db: Database) -> PersonalData:
    """Every personal text of the project, by kind (see ``domain/personal.py``)."""
    values = load_scope_values(db)
    groups = tuple((str(values[key]),) for key in SCOPE_PERSONAL_FIELDS if values.get(key))
    owners = tuple(
        (str(row.values[column]),)
        for list_key, column in SCOPE_PERSONAL_COLUMNS
        for row in load_scope_rows(db, list_key)
        if row.values.get(column)
    )
    return PersonalData(
        contact_persons=_texts(
            db,
            "SELECT person_name, contact FROM actor WHERE person_name <> '' OR contact <> ''"
            " ORDER BY position, uuid",
        ),
        plan_responsible=_texts(
            db, "SELECT responsible FROM engagement_plan WHERE responsible <> ''"
        ),
        agenda_responsible=_texts(
            db, "SELECT responsible FROM agenda_item WHERE responsible <> ''"
        ),
        facilitators=_texts(db, "SELECT facilitators FROM project WHERE facilitators <> ''"),
        knowledge_owners=owners,
        group_members=groups,
        **meeting_personal_data(db),
    )


def clear_personal_data(db: Database) -> None:
    """Blank every personal field of the project (see ``domain/personal.py``)."""
    blank = ", ".join(f"{name} = ''" for name in PERSONAL_FIELDS)
    db.execute(f"UPDATE actor SET {blank}")
    db.execute("UPDATE engagement_plan SET responsible = '' WHERE responsible <> ''")
    db.execute("UPDATE agenda_item SET responsible = '' WHERE responsible <> ''")
    db.execute("UPDATE project SET facilitators = '' WHERE facilitators <> ''")
    clear_meeting_personal_data(db)
    for key in SCOPE_PERSONAL_FIELDS:
        set_scope_value(db, key, "")
    for list_key, column in SCOPE_PERSONAL_COLUMNS:
        for row in load_scope_rows(db, list_key):
            if row.values.get(column):
                update_scope_row_value(db, row.uuid, column, "")


# custom categories


def load_categories(db: Database) -> tuple[CustomCategory, ...]:
    out = []
    for uuid, name in db.execute("SELECT uuid, name FROM actor_category ORDER BY position, uuid"):
        try:
            out.append(CustomCategory(check_uuid(uuid), check_category_name(name)))
        except InvalidActorValue as exc:
            raise ValueError(f"custom category {uuid}: {exc}") from None
    return tuple(out)


def category_uuids(db: Database) -> list[str]:
    return ordered_uuids(db, "actor_category")


def insert_category(db: Database, category: CustomCategory, position: int) -> None:
    db.execute(
        "INSERT INTO actor_category(uuid, position, name) VALUES (?, ?, ?)",
        [category.uuid, position, category.name],
    )


def rename_category(db: Database, uuid: str, name: str) -> None:
    cursor = db.execute("UPDATE actor_category SET name = ? WHERE uuid = ?", [name, uuid])
    if cursor.rowcount != 1:
        raise LookupError(f"no custom category {uuid}")


def delete_category(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM actor_category WHERE uuid = ?", [uuid])


def set_category_order(db: Database, uuids: Iterable[str]) -> None:
    set_order(db, "actor_category", uuids)


def category_in_use(db: Database, category: str) -> int:
    return int(
        db.execute("SELECT count(*) FROM actor WHERE category = ?", [category]).fetchone()[0]
    )


# relations


def _relation_from_row(row: tuple[Any, ...]) -> Relation:
    try:
        return check_relation(Relation(*row))
    except InvalidActorValue as exc:
        raise ValueError(f"relation {row[0]}: {exc}") from None


def load_relations(db: Database) -> tuple[Relation, ...]:
    return tuple(
        _relation_from_row(r)
        for r in db.execute(
            "SELECT r.uuid, r.source, r.target, r.kind, r.note FROM actor_relation r "
            "JOIN actor s ON s.uuid = r.source JOIN actor t ON t.uuid = r.target "
            "ORDER BY s.position, t.position, r.uuid"
        )
    )


def load_relation(db: Database, uuid: str) -> Relation:
    row = row_by_uuid(db, "actor_relation", "uuid, source, target, kind, note", uuid, "relation")
    return _relation_from_row(row)


def insert_relation(db: Database, relation: Relation) -> None:
    db.execute(
        "INSERT INTO actor_relation(uuid, source, target, kind, note) VALUES (?, ?, ?, ?, ?)",
        [relation.uuid, relation.source, relation.target, relation.kind, relation.note],
    )


def update_relation(db: Database, relation: Relation) -> None:
    db.execute(
        "UPDATE actor_relation SET source = ?, target = ?, kind = ?, note = ? WHERE uuid = ?",
        [relation.source, relation.target, relation.kind, relation.note, relation.uuid],
    )


def delete_relation(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM actor_relation WHERE uuid = ?", [uuid])


# assessments


def load_assessments(db: Database) -> tuple[Assessment, ...]:
    ratings: dict[str, list[Rating]] = {}
    for assessment_uuid, *rating in db.execute(
        "SELECT r.assessment_uuid, r.actor_uuid, r.influence, r.interest, r.attitude "
        "FROM actor_rating r JOIN actor a ON a.uuid = r.actor_uuid "
        "ORDER BY r.assessment_uuid, a.position, a.uuid"
    ):
        ratings.setdefault(assessment_uuid, []).append(Rating(*rating))
    out = []
    for uuid, date, label in db.execute(
        "SELECT uuid, date, label FROM actor_assessment ORDER BY date, label, uuid"
    ):
        try:
            day = dt.date.fromisoformat(date) if isinstance(date, str) else None
            out.append(
                check_assessment(Assessment(uuid, day, label, tuple(ratings.get(uuid, ()))))  # type: ignore[arg-type]
            )
        except (InvalidActorValue, ValueError) as exc:
            raise ValueError(f"assessment {uuid}: {exc}") from None
    return tuple(out)


def insert_assessment(db: Database, assessment: Assessment) -> None:
    db.execute(
        "INSERT INTO actor_assessment(uuid, date, label) VALUES (?, ?, ?)",
        [assessment.uuid, _date_out(assessment.date), assessment.label],
    )
    for rating in assessment.ratings:
        db.execute(
            "INSERT INTO actor_rating(uuid, assessment_uuid, actor_uuid, influence, interest, "
            "attitude) VALUES (?, ?, ?, ?, ?, ?)",
            [str(_uuid.uuid4()), assessment.uuid, *rating],
        )


def insert_rating(db: Database, assessment_uuid: str, rating: Rating) -> None:
    db.execute(
        "INSERT INTO actor_rating(uuid, assessment_uuid, actor_uuid, influence, interest, "
        "attitude) VALUES (?, ?, ?, ?, ?, ?)",
        [str(_uuid.uuid4()), assessment_uuid, *rating],
    )


def ratings_of_actor(db: Database, actor_uuid: str) -> list[tuple[str, Rating]]:
    return [
        (r[0], Rating(actor_uuid, r[1], r[2], r[3]))
        for r in db.execute(
            "SELECT assessment_uuid, influence, interest, attitude FROM actor_rating "
            "WHERE actor_uuid = ? ORDER BY assessment_uuid",
            [actor_uuid],
        )
    ]


def delete_assessment(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM actor_assessment WHERE uuid = ?", [uuid])


# engagement plan


def _plan_from_row(row: tuple[Any, ...]) -> PlanEntry:
    uuid, _position, actor_uuid, method, when, responsible, note = row
    try:
        return check_plan_entry(PlanEntry(uuid, actor_uuid, method, when, responsible, note))
    except InvalidActorValue as exc:
        raise ValueError(f"plan entry {uuid}: {exc}") from None


def load_plan(db: Database) -> tuple[PlanEntry, ...]:
    return tuple(
        _plan_from_row(r)
        for r in db.execute(f"SELECT {_PLAN_COLUMNS} FROM engagement_plan ORDER BY position, uuid")
    )


def load_plan_entry(db: Database, uuid: str) -> PlanEntry:
    row = row_by_uuid(db, "engagement_plan", _PLAN_COLUMNS, uuid, "plan entry")
    return _plan_from_row(row)


def plan_uuids(db: Database) -> list[str]:
    return ordered_uuids(db, "engagement_plan")


def plan_positions(db: Database, actor_uuid: str) -> list[int]:
    """Where an actor's plan entries stand in the whole plan (for undo of deleting the actor)."""
    order = plan_uuids(db)
    mine = {
        r[0]
        for r in db.execute("SELECT uuid FROM engagement_plan WHERE actor_uuid = ?", [actor_uuid])
    }
    return [index for index, uuid in enumerate(order) if uuid in mine]


def insert_plan_entry(db: Database, entry: PlanEntry, position: int) -> None:
    db.execute(
        f"INSERT INTO engagement_plan({_PLAN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            entry.uuid,
            position,
            entry.actor_uuid,
            entry.method,
            to_column(entry.when),
            entry.responsible,
            entry.note,
        ],
    )


def update_plan_entry(db: Database, entry: PlanEntry) -> None:
    db.execute(
        "UPDATE engagement_plan SET actor_uuid = ?, method = ?, planned_when = ?, "
        "responsible = ?, note = ? WHERE uuid = ?",
        [
            entry.actor_uuid,
            entry.method,
            to_column(entry.when),
            entry.responsible,
            entry.note,
            entry.uuid,
        ],
    )


def delete_plan_entry(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM engagement_plan WHERE uuid = ?", [uuid])


def set_plan_order(db: Database, uuids: Iterable[str]) -> None:
    set_order(db, "engagement_plan", uuids)


def load_actor_map(db: Database) -> ActorMap:
    return ActorMap(
        actors=load_actors(db),
        categories=load_categories(db),
        relations=load_relations(db),
        assessments=load_assessments(db),
        plan=load_plan(db),
    )


def insert_actor_map(db: Database, actor_map: ActorMap) -> None:
    """Write a whole actor map into a file that has none (create, import, demo)."""
    for position, category in enumerate(actor_map.categories):
        insert_category(db, category, position)
    for position, actor in enumerate(sorted(actor_map.actors, key=lambda a: a.position)):
        insert_actor(db, dataclasses.replace(actor, position=position))
    for relation in actor_map.relations:
        insert_relation(db, relation)
    for assessment in actor_map.assessments:
        insert_assessment(db, assessment)
    for position, entry in enumerate(actor_map.plan):
        insert_plan_entry(db, entry, position)


_ACTOR_TABLES = (
    "actor",
    "actor_category",
    "actor_relation",
    "actor_assessment",
    "engagement_plan",
)


def actor_row_exists(db: Database, table: str, uuid: str) -> bool:
    """Whether a phase 2 table already holds a row with this uuid."""
    if table not in _ACTOR_TABLES:
        raise ValueError(f"not a phase 2 table: {table!r}")
    return db.execute(f"SELECT 1 FROM {table} WHERE uuid = ?", [uuid]).fetchone() is not None
