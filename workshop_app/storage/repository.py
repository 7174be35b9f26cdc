"""Rows <-> domain objects. Plain SQL with parameters; callers own the transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid as _uuid
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from workshop_app.domain.actors import (
    ACTOR_FIELDS,
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
from workshop_app.domain.model import (
    AGENDA_FIELDS,
    MEETING_FIELDS,
    PROJECT_FIELDS,
    AgendaItem,
    Meeting,
    MeetingWithAgenda,
    Project,
    ProjectSnapshot,
)
from workshop_app.domain.scope import (
    FIELDS,
    LISTS,
    MAP_MAX_BYTES,
    MAP_MAX_SIDE,
    MapImage,
    Scope,
    ScopeRow,
)
from workshop_app.domain.scope_values import (
    canonical_rows,
    from_plain,
    full_row_values,
    is_empty,
    to_plain,
)


def _date_out(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date_in(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _time_out(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def _time_in(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def to_column(value: Any) -> Any:
    """A domain value as stored in a column (dates ISO, times HH:MM)."""
    if isinstance(value, dt.date):
        return _date_out(value)
    if isinstance(value, dt.time):
        return _time_out(value)
    return value


# -- meta --------------------------------------------------------------------------------------


def read_meta(db: Database) -> dict[str, str]:
    return {row[0]: row[1] for row in db.execute("SELECT key, value FROM meta")}


def set_meta(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


# -- project -----------------------------------------------------------------------------------


def insert_project(db: Database, project: Project) -> None:
    db.execute(
        "INSERT INTO project(uuid, name, town, municipality, description, facilitators, "
        "start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            project.uuid,
            project.name,
            project.town,
            project.municipality,
            project.description,
            project.facilitators,
            _date_out(project.start_date),
            _date_out(project.end_date),
        ],
    )


def load_project(db: Database) -> Project:
    row = db.execute(
        "SELECT uuid, name, town, municipality, description, facilitators, start_date, end_date "
        "FROM project LIMIT 1"
    ).fetchone()
    if row is None:
        raise LookupError("the file has no project row")
    return Project(
        uuid=row[0],
        name=row[1],
        town=row[2],
        municipality=row[3],
        description=row[4],
        facilitators=row[5],
        start_date=_date_in(row[6]),
        end_date=_date_in(row[7]),
    )


def update_project_field(db: Database, field: str, value: Any) -> None:
    if field not in PROJECT_FIELDS:
        raise ValueError(f"unknown project field {field!r}")
    db.execute(f"UPDATE project SET {field} = ?", [to_column(value)])


# -- meetings ----------------------------------------------------------------------------------

_MEETING_COLUMNS = "uuid, position, title, date, start_time, place, purpose"
_AGENDA_COLUMNS = "uuid, meeting_uuid, position, title, duration_min, method, responsible"


def _meeting_from_row(row: tuple[Any, ...]) -> Meeting:
    return Meeting(
        uuid=row[0],
        position=row[1],
        title=row[2],
        date=_date_in(row[3]),
        start_time=_time_in(row[4]),
        place=row[5],
        purpose=row[6],
    )


def _agenda_from_row(row: tuple[Any, ...]) -> AgendaItem:
    return AgendaItem(
        uuid=row[0],
        meeting_uuid=row[1],
        position=row[2],
        title=row[3],
        duration_min=row[4],
        method=row[5],
        responsible=row[6],
    )


def load_meeting(db: Database, uuid: str) -> MeetingWithAgenda:
    row = db.execute(f"SELECT {_MEETING_COLUMNS} FROM meeting WHERE uuid = ?", [uuid]).fetchone()
    if row is None:
        raise LookupError(f"no meeting {uuid}")
    items = db.execute(
        f"SELECT {_AGENDA_COLUMNS} FROM agenda_item WHERE meeting_uuid = ? ORDER BY position",
        [uuid],
    ).fetchall()
    return MeetingWithAgenda(_meeting_from_row(row), tuple(_agenda_from_row(r) for r in items))


def load_snapshot(db: Database) -> ProjectSnapshot:
    project = load_project(db)
    meetings = [
        _meeting_from_row(r)
        for r in db.execute(f"SELECT {_MEETING_COLUMNS} FROM meeting ORDER BY position")
    ]
    agenda: dict[str, list[AgendaItem]] = {m.uuid: [] for m in meetings}
    for r in db.execute(
        f"SELECT {_AGENDA_COLUMNS} FROM agenda_item ORDER BY meeting_uuid, position"
    ):
        agenda.setdefault(r[1], []).append(_agenda_from_row(r))
    return ProjectSnapshot(
        project=project,
        meetings=tuple(MeetingWithAgenda(m, tuple(agenda[m.uuid])) for m in meetings),
        scope=load_scope(db),
        actors=load_actor_map(db),
    )


def meeting_uuids(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT uuid FROM meeting ORDER BY position")]


def insert_meeting(db: Database, meeting: Meeting) -> None:
    db.execute(
        f"INSERT INTO meeting({_MEETING_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            meeting.uuid,
            meeting.position,
            meeting.title,
            _date_out(meeting.date),
            _time_out(meeting.start_time),
            meeting.place,
            meeting.purpose,
        ],
    )


def update_meeting_field(db: Database, uuid: str, field: str, value: Any) -> None:
    if field not in MEETING_FIELDS:
        raise ValueError(f"unknown meeting field {field!r}")
    cursor = db.execute(f"UPDATE meeting SET {field} = ? WHERE uuid = ?", [to_column(value), uuid])
    if cursor.rowcount != 1:
        raise LookupError(f"no meeting {uuid}")


def delete_meeting(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM meeting WHERE uuid = ?", [uuid])


def set_meeting_order(db: Database, uuids: Iterable[str]) -> None:
    for position, uuid in enumerate(uuids):
        db.execute("UPDATE meeting SET position = ? WHERE uuid = ?", [position, uuid])


# -- agenda items ------------------------------------------------------------------------------


def insert_agenda_item(db: Database, item: AgendaItem) -> None:
    db.execute(
        f"INSERT INTO agenda_item({_AGENDA_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            item.uuid,
            item.meeting_uuid,
            item.position,
            item.title,
            item.duration_min,
            item.method,
            item.responsible,
        ],
    )


def agenda_item_meeting(db: Database, uuid: str) -> str:
    row = db.execute("SELECT meeting_uuid FROM agenda_item WHERE uuid = ?", [uuid]).fetchone()
    if row is None:
        raise LookupError(f"no agenda item {uuid}")
    return str(row[0])


def update_agenda_field(db: Database, uuid: str, field: str, value: Any) -> None:
    if field not in AGENDA_FIELDS:
        raise ValueError(f"unknown agenda field {field!r}")
    db.execute(f"UPDATE agenda_item SET {field} = ? WHERE uuid = ?", [to_column(value), uuid])


def delete_agenda_item(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM agenda_item WHERE uuid = ?", [uuid])


def set_agenda_order(db: Database, uuids: Iterable[str]) -> None:
    for position, uuid in enumerate(uuids):
        db.execute("UPDATE agenda_item SET position = ? WHERE uuid = ?", [position, uuid])


def agenda_uuids(db: Database, meeting_uuid: str) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT uuid FROM agenda_item WHERE meeting_uuid = ? ORDER BY position", [meeting_uuid]
        )
    ]


# -- scope (phase 1) ---------------------------------------------------------------------------
#
# Values and row data are JSON (``domain/scope_values.py``). Reading is tolerant of what a newer
# version may have added (unknown keys, lists and columns are skipped and kept as they are) but
# not of values that break their field's rules: those raise ValueError (the file is damaged).


def _json_out(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _json_in(text: Any) -> Any:
    if not isinstance(text, str):
        raise ValueError("scope JSON is not text")
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("scope JSON nested too deeply") from None


def _row_values(list_key: str, data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ValueError(f"scope row data of {list_key} is not an object")
    spec = LISTS[list_key]
    return full_row_values(
        list_key, {c.key: from_plain(c, data[c.key]) for c in spec.columns if c.key in data}
    )


def load_scope_values(db: Database) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, text in db.execute("SELECT key, value FROM scope_value"):
        spec = FIELDS.get(key)
        if spec is None:
            continue  # written by a newer version
        value = from_plain(spec, _json_in(text))
        if not is_empty(spec, value):
            values[key] = value
    return values


def load_scope_rows(db: Database, list_key: str | None = None) -> tuple[ScopeRow, ...]:
    """Rows of one list (or of all lists), in canonical order with positions 0, 1, 2…"""
    sql = "SELECT uuid, list, position, data FROM scope_row"
    args: list[Any] = []
    if list_key is not None:
        sql += " WHERE list = ?"
        args.append(list_key)
    rows = []
    for uuid, key, position, text in db.execute(sql + " ORDER BY list, position, uuid", args):
        if key not in LISTS:
            continue  # written by a newer version
        if not isinstance(uuid, str) or not isinstance(position, int):
            raise ValueError("scope row with a broken uuid or position")
        rows.append(ScopeRow(uuid, key, position, _row_values(key, _json_in(text))))
    return canonical_rows(rows)


def load_map_image(db: Database) -> MapImage | None:
    found = db.execute(
        "SELECT uuid, file_name, mime, width, height, data FROM scope_map"
    ).fetchall()
    if not found:
        return None
    if len(found) > 1:
        raise ValueError("more than one map image")
    uuid, file_name, mime, width, height, data = found[0]
    if (
        mime not in ("image/png", "image/jpeg")
        or not isinstance(data, bytes)
        or not 0 < len(data) <= MAP_MAX_BYTES
        or not isinstance(width, int)
        or not isinstance(height, int)
        or not (0 < width <= MAP_MAX_SIDE and 0 < height <= MAP_MAX_SIDE)
        or not isinstance(file_name, str)
    ):
        raise ValueError("the map image breaks its rules")
    return MapImage(uuid, file_name, mime, width, height, data)


def load_scope(db: Database) -> Scope:
    return Scope(
        values=load_scope_values(db), rows=load_scope_rows(db), map_image=load_map_image(db)
    )


def set_scope_value(db: Database, key: str, value: Any) -> None:
    """Store a checked value; an empty value removes the stored one."""
    spec = FIELDS[key]
    if is_empty(spec, value):
        db.execute("DELETE FROM scope_value WHERE key = ?", [key])
        return
    db.execute(
        "INSERT INTO scope_value(uuid, key, value) VALUES (?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [str(_uuid.uuid4()), key, _json_out(to_plain(spec, value))],
    )


def scope_row_list(db: Database, uuid: str) -> str:
    row = db.execute("SELECT list FROM scope_row WHERE uuid = ?", [uuid]).fetchone()
    if row is None:
        raise LookupError(f"no scope row {uuid}")
    return str(row[0])


def scope_row_uuids(db: Database, list_key: str) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT uuid FROM scope_row WHERE list = ? ORDER BY position, uuid", [list_key]
        )
    ]


def insert_scope_row(db: Database, row: ScopeRow) -> None:
    """Insert a row with checked values; columns not given are stored empty."""
    spec = LISTS[row.list_key]
    values = full_row_values(row.list_key, row.values)
    data = {c.key: to_plain(c, values[c.key]) for c in spec.columns}
    db.execute(
        "INSERT INTO scope_row(uuid, list, position, data) VALUES (?, ?, ?, ?)",
        [row.uuid, row.list_key, row.position, _json_out(data)],
    )


def update_scope_row_value(db: Database, uuid: str, column: str, value: Any) -> None:
    """Set one checked column value; other keys in the row's data (even unknown ones) stay."""
    found = db.execute("SELECT list, data FROM scope_row WHERE uuid = ?", [uuid]).fetchone()
    if found is None:
        raise LookupError(f"no scope row {uuid}")
    list_key, text = found
    data = _json_in(text)
    if not isinstance(data, dict):
        raise ValueError(f"scope row data of {list_key} is not an object")
    data[column] = to_plain(LISTS[list_key].column(column), value)
    db.execute("UPDATE scope_row SET data = ? WHERE uuid = ?", [_json_out(data), uuid])


def delete_scope_row(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM scope_row WHERE uuid = ?", [uuid])


def set_scope_row_order(db: Database, uuids: Iterable[str]) -> None:
    for position, uuid in enumerate(uuids):
        db.execute("UPDATE scope_row SET position = ? WHERE uuid = ?", [position, uuid])


def set_map_image(db: Database, image: MapImage | None) -> None:
    """Replace the map image (``None``: remove it)."""
    db.execute("DELETE FROM scope_map")
    if image is not None:
        db.execute(
            "INSERT INTO scope_map(uuid, file_name, mime, width, height, data) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [image.uuid, image.file_name, image.mime, image.width, image.height, image.data],
        )


def insert_scope(db: Database, scope: Scope) -> None:
    """Write a whole scope into a file that has none (create, import, demo)."""
    for key, value in scope.values.items():
        set_scope_value(db, key, value)
    for row in canonical_rows(scope.rows):
        insert_scope_row(db, row)
    set_map_image(db, scope.map_image)


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
    return [r[0] for r in db.execute("SELECT uuid FROM actor ORDER BY position, uuid")]


def load_actor(db: Database, uuid: str) -> Actor:
    row = db.execute(f"SELECT {_ACTOR_COLUMNS} FROM actor WHERE uuid = ?", [uuid]).fetchone()
    if row is None:
        raise LookupError(f"no actor {uuid}")
    return _actor_from_row(row)


def load_actors(db: Database) -> tuple[Actor, ...]:
    rows = db.execute(f"SELECT {_ACTOR_COLUMNS} FROM actor ORDER BY position, uuid").fetchall()
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
    for position, uuid in enumerate(uuids):
        db.execute("UPDATE actor SET position = ? WHERE uuid = ?", [position, uuid])


def clear_personal_data(db: Database) -> int:
    """Blank every personal field of every actor; the number of actors that held any."""
    cursor = db.execute(
        "UPDATE actor SET person_name = '', contact = '' WHERE person_name <> '' OR contact <> ''"
    )
    return int(cursor.rowcount)


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
    return [r[0] for r in db.execute("SELECT uuid FROM actor_category ORDER BY position, uuid")]


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
    for position, uuid in enumerate(uuids):
        db.execute("UPDATE actor_category SET position = ? WHERE uuid = ?", [position, uuid])


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
    row = db.execute(
        "SELECT uuid, source, target, kind, note FROM actor_relation WHERE uuid = ?", [uuid]
    ).fetchone()
    if row is None:
        raise LookupError(f"no relation {uuid}")
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
    row = db.execute(
        f"SELECT {_PLAN_COLUMNS} FROM engagement_plan WHERE uuid = ?", [uuid]
    ).fetchone()
    if row is None:
        raise LookupError(f"no plan entry {uuid}")
    return _plan_from_row(row)


def plan_uuids(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT uuid FROM engagement_plan ORDER BY position, uuid")]


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
    for position, uuid in enumerate(uuids):
        db.execute("UPDATE engagement_plan SET position = ? WHERE uuid = ?", [position, uuid])


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
