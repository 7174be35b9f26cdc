"""Phase 2: actors, categories, relations, assessments and the engagement plan."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import uuid as _uuid
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from workshop_app.domain.actors import (
    ACTOR_FIELDS,
    PERSONAL_FIELDS,
    RELATION_FIELDS,
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
    check_assessment_rating,
    check_category_name,
    check_plan_entry,
    check_relation,
    check_uuid,
)
from workshop_app.domain.personal import (
    PROJECT_PERSONAL_FIELDS,
    SCOPE_PERSONAL_COLUMNS,
    SCOPE_PERSONAL_FIELDS,
    PersonalData,
)
from workshop_app.storage.connection import Database
from workshop_app.storage.repository.common import (
    _date_in,
    _date_out,
    ordered_rows,
    personal_texts,
    row_by_uuid,
    to_column,
)
from workshop_app.storage.repository.meetings import (
    clear_meeting_personal_data,
    meeting_personal_data,
)
from workshop_app.storage.repository.rows import (
    Table,
    damaged,
    delete_row,
    insert_row,
    load_in_order,
    made_once,
    position_of,
    row_exists,
    update_row,
)
from workshop_app.storage.repository.scope import (
    _json_list_in,
    _json_out,
    load_scope_rows,
    load_scope_values,
    set_scope_value,
    update_scope_row_value,
)

_K = TypeVar("_K")

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


def _actor_from_row(row: tuple[Any, ...], fields: Sequence[str] = ACTOR_FIELDS) -> Actor:
    """The actor of ``row`` (uuid, position, then ``fields``; those not read keep their
    defaults), checked."""
    uuid, _position, *rest = row
    raw = dict(zip(fields, rest, strict=True))
    if "can_bring" in raw:
        raw["can_bring"] = _json_list_in(raw["can_bring"])
    if raw.get("next_step_date") is not None:
        raw["next_step_date"] = _date_in(raw["next_step_date"])
    actor = Actor(uuid=uuid, position=position_of(row, "actor"), **raw)
    return damaged("actor", uuid, check_actor, actor, fields)


_ACTORS = Table("actor", "actor", _ACTOR_COLUMNS, _actor_from_row, remember=True)
actor_uuids, delete_actor, set_actor_order = _ACTORS.list_steps()
load_actor, load_actors = _ACTORS.load, _ACTORS.load_all


def insert_actor(db: Database, actor: Actor) -> None:
    values = [_actor_column(name, getattr(actor, name)) for name in ACTOR_FIELDS]
    insert_row(db, "actor", _ACTOR_COLUMNS, [actor.uuid, actor.position, *values])


def update_actor_field(db: Database, uuid: str, field: str, value: Any) -> None:
    if field not in ACTOR_FIELDS:
        raise ValueError(f"unknown actor field {field!r}")
    update_row(db, "actor", [field], [_actor_column(field, value)], uuid, "actor")


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
        contact_persons=personal_texts(
            db,
            "SELECT person_name, contact FROM actor WHERE person_name <> '' OR contact <> ''"
            " ORDER BY position, uuid",
        ),
        plan_responsible=personal_texts(
            db, "SELECT responsible FROM engagement_plan WHERE responsible <> ''"
        ),
        agenda_responsible=personal_texts(
            db, "SELECT responsible FROM agenda_item WHERE responsible <> ''"
        ),
        facilitators=personal_texts(
            db, "SELECT facilitators FROM project WHERE facilitators <> ''"
        ),
        privacy_notice=personal_texts(
            db,
            f"SELECT {', '.join(PROJECT_PERSONAL_FIELDS)} FROM project WHERE "
            + " OR ".join(f"{name} <> ''" for name in PROJECT_PERSONAL_FIELDS),
        ),
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
    db.execute(
        f"UPDATE project SET {', '.join(f'{n} = ?' for n in PROJECT_PERSONAL_FIELDS)}",
        ["" for _ in PROJECT_PERSONAL_FIELDS],
    )
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
        checked = damaged("custom category", uuid, check_uuid, uuid)
        out.append(
            CustomCategory(checked, damaged("custom category", uuid, check_category_name, name))
        )
    return tuple(out)


#: Custom categories are read (checked) by load_categories.
_CATEGORIES = Table("actor_category", "custom category", "uuid, position, name", tuple)
category_uuids, delete_category, set_category_order = _CATEGORIES.list_steps()


def insert_category(db: Database, category: CustomCategory, position: int) -> None:
    insert_row(
        db, "actor_category", "uuid, position, name", [category.uuid, position, category.name]
    )


def rename_category(db: Database, uuid: str, name: str) -> None:
    update_row(db, "actor_category", ["name"], [name], uuid, "custom category")


def category_in_use(db: Database, category: str) -> int:
    return int(
        db.execute("SELECT count(*) FROM actor WHERE category = ?", [category]).fetchone()[0]
    )


# relations


def _relation_from_row(row: tuple[Any, ...]) -> Relation:
    return damaged("relation", row[0], check_relation, Relation(*row))


def load_relations(db: Database) -> tuple[Relation, ...]:
    """Every relation, by uuid: :func:`actor_map_of` puts them in the actors' order (read
    apart from the actors, they are kept while an actor is added or moved)."""
    return made_once(
        db,
        "actor_relation",
        db.execute(
            "SELECT uuid, source, target, kind, note FROM actor_relation ORDER BY uuid"
        ).fetchall(),
        _relation_from_row,
    )


def load_relation(db: Database, uuid: str) -> Relation:
    row = row_by_uuid(db, "actor_relation", "uuid, source, target, kind, note", uuid, "relation")
    return _relation_from_row(row)


def _relation_values(relation: Relation) -> list[Any]:
    """The relation's fields as stored, in ``RELATION_FIELDS`` order."""
    return [getattr(relation, name) for name in RELATION_FIELDS]


def insert_relation(db: Database, relation: Relation) -> None:
    values = [relation.uuid, *_relation_values(relation)]
    insert_row(db, "actor_relation", "uuid, " + ", ".join(RELATION_FIELDS), values)


def update_relation(db: Database, relation: Relation) -> None:
    values = _relation_values(relation)
    update_row(db, "actor_relation", RELATION_FIELDS, values, relation.uuid, "relation")


def delete_relation(db: Database, uuid: str) -> None:
    delete_row(db, "actor_relation", uuid)


# assessments


def load_assessments(db: Database) -> tuple[Assessment, ...]:
    """Every assessment in its order, each actor's ratings by the actor's uuid:
    :func:`actor_map_of` puts them in the actors' order (see :func:`load_relations`)."""
    ratings: dict[str, list[tuple[Any, ...]]] = {}
    for assessment_uuid, *rating in db.execute(
        "SELECT assessment_uuid, actor_uuid, influence, interest, attitude "
        "FROM actor_rating ORDER BY assessment_uuid, actor_uuid"
    ):
        ratings.setdefault(assessment_uuid, []).append(tuple(rating))
    # Every actor added or deleted reads the map again: a rating read before (by its row) comes
    # back as checked then (twelve assessments of two thousand actors: 100 ms of checks).
    memo = getattr(db, "row_memo", None)
    seen: dict[tuple[Any, ...], Rating] = memo.get("actor_rating", {}) if memo is not None else {}
    made: dict[tuple[Any, ...], Rating] = {}

    def checked(row: tuple[Any, ...]) -> Rating:
        rating = seen.get(row)
        if rating is None:
            rating = check_assessment_rating(row)
        made[row] = rating
        return rating

    out = []
    for uuid, date, label in db.execute(
        "SELECT uuid, date, label FROM actor_assessment ORDER BY date, label, uuid"
    ):
        try:
            day = dt.date.fromisoformat(date) if isinstance(date, str) else None
            head = Assessment(uuid, day, label, tuple(ratings.get(uuid, ())))  # type: ignore[arg-type]
            out.append(check_assessment(head, checked))
        except (InvalidActorValue, ValueError) as exc:
            raise ValueError(f"assessment {uuid}: {exc}") from None
    if memo is not None:
        memo["actor_rating"] = made
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
    delete_row(db, "actor_assessment", uuid)


# engagement plan


def _plan_from_row(row: tuple[Any, ...]) -> PlanEntry:
    uuid, _position, actor_uuid, method, when, responsible, note = row
    entry = PlanEntry(uuid, actor_uuid, method, when, responsible, note)
    return damaged("plan entry", uuid, check_plan_entry, entry)


_PLAN = Table("engagement_plan", "plan entry", _PLAN_COLUMNS, _plan_from_row)
plan_uuids, delete_plan_entry, set_plan_order = _PLAN.list_steps()
load_plan_entry = _PLAN.load


def load_plan(db: Database) -> tuple[PlanEntry, ...]:
    """The plan in its order (entries have no position of their own)."""
    return made_once(
        db, "engagement_plan", ordered_rows(db, "engagement_plan", _PLAN_COLUMNS), _plan_from_row
    )


def plan_positions(db: Database, actor_uuid: str) -> list[int]:
    """Where an actor's plan entries stand in the whole plan (for undo of deleting the actor)."""
    order = plan_uuids(db)
    mine = {
        r[0]
        for r in db.execute("SELECT uuid FROM engagement_plan WHERE actor_uuid = ?", [actor_uuid])
    }
    return [index for index, uuid in enumerate(order) if uuid in mine]


#: The stored plan columns after uuid and position (``when`` is ``planned_when``).
_PLAN_VALUE_COLUMNS = ("actor_uuid", "method", "planned_when", "responsible", "note")


def _plan_values(entry: PlanEntry) -> list[Any]:
    return [entry.actor_uuid, entry.method, to_column(entry.when), entry.responsible, entry.note]


def insert_plan_entry(db: Database, entry: PlanEntry, position: int) -> None:
    insert_row(db, "engagement_plan", _PLAN_COLUMNS, [entry.uuid, position, *_plan_values(entry)])


def update_plan_entry(db: Database, entry: PlanEntry) -> None:
    values = _plan_values(entry)
    update_row(db, "engagement_plan", _PLAN_VALUE_COLUMNS, values, entry.uuid, "plan entry")


def load_actor_map(db: Database) -> ActorMap:
    return actor_map_of(
        load_actors(db),
        load_categories(db),
        load_relations(db),
        load_assessments(db),
        load_plan(db),
    )


def actor_map_of(
    actors: tuple[Actor, ...],
    categories: tuple[CustomCategory, ...],
    relations: tuple[Relation, ...],
    assessments: tuple[Assessment, ...],
    plan: tuple[PlanEntry, ...],
    before: ActorMap | None = None,
) -> ActorMap:
    """The actor map of its parts, the relations and each assessment's ratings in the order of
    the actors (a relation by its source, then its target, then its uuid). ``before``: the map
    last made of the same ``relations`` and ``assessments``: what is still in order is taken
    from it as it is (an actor added leaves the others' order alone: no sort, the same
    objects for the views)."""
    place = {actor.uuid: actor.position for actor in actors}

    def relation_key(relation: Relation) -> tuple[int, int, str]:
        return place[relation.source], place[relation.target], relation.uuid

    ordered = before.relations if before is not None else relations
    known = all(r.source in place and r.target in place for r in ordered)
    if not (known and _in_order(ordered, relation_key)):
        ordered = tuple(
            sorted(
                (r for r in relations if r.source in place and r.target in place),
                key=relation_key,
            )
        )
    rated = before.assessments if before is not None else assessments
    rated = tuple(_ratings_in_order(assessment, place) for assessment in rated)
    return ActorMap(
        actors=actors,
        categories=categories,
        relations=ordered,
        assessments=rated,
        plan=plan,
    )


def _in_order(items: Sequence[_K], key: Callable[[_K], Any]) -> bool:
    keys = [key(item) for item in items]
    return all(a < b for a, b in itertools.pairwise(keys))


def _ratings_in_order(assessment: Assessment, place: dict[str, int]) -> Assessment:
    """``assessment`` with its ratings in the actors' order (itself when they are)."""
    ratings = assessment.ratings
    if all(r.actor_uuid in place for r in ratings) and _in_order(
        ratings, lambda r: place[r.actor_uuid]
    ):
        return assessment
    kept = sorted((r for r in ratings if r.actor_uuid in place), key=lambda r: place[r.actor_uuid])
    return dataclasses.replace(assessment, ratings=tuple(kept))


#: What the overview reads of each actor (the checks, the steps due, the progress); the rest of
#: an actor's fields (motivation, notes, contact…) are left at their defaults.
_OVERVIEW_FIELDS = ("name", "category", "influence", "interest", "next_step", "next_step_date")


def load_overview_actor_map(db: Database) -> ActorMap:
    """The actor map as the overview's dashboard reads it: each actor with only what the checks,
    the steps due and the progress use (:data:`_OVERVIEW_FIELDS`, the rest left at their
    defaults), no relations, assessments or plan (see :func:`load_due_plan`). A project grown
    over years opens on the overview: its actors' long texts, thousands of relations and plan
    lines were read and checked before the first paint."""
    columns = "uuid, position, " + ", ".join(_OVERVIEW_FIELDS)
    actors = load_in_order(db, "actor", columns, lambda row: _actor_from_row(row, _OVERVIEW_FIELDS))
    return ActorMap(actors=actors, categories=load_categories(db))


def load_due_plan(db: Database, until: dt.date) -> tuple[PlanEntry, ...]:
    """The plan lines dated (an ISO date, as their check reads one) up to ``until``, in the
    plan's order: the overview's steps due, without the whole plan."""
    rows = db.execute(
        f"SELECT {_PLAN_COLUMNS} FROM engagement_plan "
        "WHERE planned_when GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' "
        "AND planned_when <= ? ORDER BY position, uuid",
        (until.isoformat(),),
    ).fetchall()
    return tuple(_plan_from_row(row) for row in rows)


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
    return row_exists(db, table, uuid)
