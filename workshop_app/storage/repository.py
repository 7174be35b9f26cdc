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
from workshop_app.domain.personal import (
    SCOPE_PERSONAL_COLUMNS,
    SCOPE_PERSONAL_FIELDS,
    PersonalData,
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
from workshop_app.domain.trials import (
    BUDGET_FIELDS,
    COUNT_FIELDS,
    FEEDBACK_FIELDS,
    IDEA_FIELDS,
    PERMIT_FIELDS,
    TRIAL_FIELDS,
    BudgetLine,
    CountSession,
    Decision,
    Feedback,
    Idea,
    InvalidTrialValue,
    Permit,
    StatusChange,
    Trial,
    TrialBook,
    Vote,
    check_budget_line,
    check_count_session,
    check_decision,
    check_feedback,
    check_idea,
    check_permit,
    check_trial,
    check_vote,
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
        trials=load_trial_book(db),
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
    )


def clear_personal_data(db: Database) -> None:
    """Blank every personal field of the project (see ``domain/personal.py``)."""
    blank = ", ".join(f"{name} = ''" for name in PERSONAL_FIELDS)
    db.execute(f"UPDATE actor SET {blank}")
    db.execute("UPDATE engagement_plan SET responsible = '' WHERE responsible <> ''")
    db.execute("UPDATE agenda_item SET responsible = '' WHERE responsible <> ''")
    db.execute("UPDATE project SET facilitators = '' WHERE facilitators <> ''")
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


# -- prototype tests (phase 3) -----------------------------------------------------------------
#
# Reading checks every value with the domain's rules (``domain/trials.py``); a value that breaks
# one raises ValueError (the file is damaged). Writing functions take checked objects; callers own
# the transaction. A trial's budget lines, permits and status history, and the feedback of a
# trial, are ordered by ``position`` within their trial.

_IDEA_COLUMNS = "uuid, position, " + ", ".join(IDEA_FIELDS) + ", merged_into"
_TRIAL_COLUMNS = "uuid, position, version_of, " + ", ".join(
    f for f in TRIAL_FIELDS if f != "responsible"
)
_BUDGET_COLUMNS = "uuid, trial_uuid, " + ", ".join(BUDGET_FIELDS)
_PERMIT_COLUMNS = "uuid, trial_uuid, " + ", ".join(PERMIT_FIELDS)
_COUNT_COLUMNS = "uuid, trial_uuid, " + ", ".join(COUNT_FIELDS) + ", passing, staying"
_FEEDBACK_COLUMNS = "uuid, trial_uuid, " + ", ".join(FEEDBACK_FIELDS)
_DECISION_COLUMNS = "uuid, trial_uuid, date, kind, reasoning"

#: Tables of phase 3 whose rows belong to one trial and are ordered within it.
_TRIAL_CHILD_TABLES = ("trial_budget", "trial_permit", "trial_status", "feedback")
_TRIAL_TABLES = (
    "idea",
    "idea_vote",
    "trial",
    "trial_actor",
    "count_session",
    "decision",
    "decision_evidence",
    *_TRIAL_CHILD_TABLES,
)


def _damaged(what: str, uuid: Any, check: Any, *args: Any) -> Any:
    try:
        return check(*args)
    except (InvalidTrialValue, TypeError) as exc:
        raise ValueError(f"{what} {uuid}: {exc}") from None


def _bool_in(value: Any) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool) or value not in (0, 1):
        raise ValueError(f"not a yes/no value: {value!r}")
    return bool(value)


def _bool_out(value: bool | None) -> int | None:
    return None if value is None else int(value)


def trial_row_exists(db: Database, table: str, uuid: str) -> bool:
    """Whether a phase 3 table already holds a row with this uuid."""
    if table not in _TRIAL_TABLES:
        raise ValueError(f"not a phase 3 table: {table!r}")
    return db.execute(f"SELECT 1 FROM {table} WHERE uuid = ?", [uuid]).fetchone() is not None


def evidence_kind(db: Database, uuid: str) -> str | None:
    """``"count"`` or ``"feedback"`` for a count session's or a feedback's uuid, else None."""
    if trial_row_exists(db, "count_session", uuid):
        return "count"
    if trial_row_exists(db, "feedback", uuid):
        return "feedback"
    return None


# ideas


def _idea_from_row(row: tuple[Any, ...]) -> Idea:
    uuid, position, *rest = row
    raw = dict(zip((*IDEA_FIELDS, "merged_into"), rest, strict=True))
    raw["tags"] = tuple(_json_in(raw["tags"])) if isinstance(raw["tags"], str) else raw["tags"]
    raw["created"] = _date_in(raw["created"])
    if not isinstance(position, int):
        raise ValueError("idea with a broken position")
    return _damaged("idea", uuid, check_idea, Idea(uuid=uuid, position=position, **raw))


def idea_uuids(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT uuid FROM idea ORDER BY position, uuid")]


def load_idea(db: Database, uuid: str) -> Idea:
    row = db.execute(f"SELECT {_IDEA_COLUMNS} FROM idea WHERE uuid = ?", [uuid]).fetchone()
    if row is None:
        raise LookupError(f"no idea {uuid}")
    return _idea_from_row(row)


def load_ideas(db: Database) -> tuple[Idea, ...]:
    rows = db.execute(f"SELECT {_IDEA_COLUMNS} FROM idea ORDER BY position, uuid").fetchall()
    return tuple(
        dataclasses.replace(_idea_from_row(r), position=index) for index, r in enumerate(rows)
    )


def _idea_values(idea: Idea) -> list[Any]:
    return [
        idea.title,
        idea.description,
        idea.origin_meeting,
        idea.origin_actor,
        idea.origin_trial,
        idea.origin_note,
        _json_out(list(idea.tags)),
        _date_out(idea.created),
        idea.merged_into,
    ]


def insert_idea(db: Database, idea: Idea) -> None:
    marks = ", ".join("?" for _ in range(len(IDEA_FIELDS) + 3))
    db.execute(
        f"INSERT INTO idea({_IDEA_COLUMNS}) VALUES ({marks})",
        [idea.uuid, idea.position, *_idea_values(idea)],
    )


def update_idea(db: Database, idea: Idea) -> None:
    """Write every field of a stored idea (its position stays)."""
    names = (*IDEA_FIELDS, "merged_into")
    assignments = ", ".join(f"{name} = ?" for name in names)
    cursor = db.execute(
        f"UPDATE idea SET {assignments} WHERE uuid = ?", [*_idea_values(idea), idea.uuid]
    )
    if cursor.rowcount != 1:
        raise LookupError(f"no idea {idea.uuid}")


def delete_idea(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM idea WHERE uuid = ?", [uuid])


def set_idea_order(db: Database, uuids: Iterable[str]) -> None:
    for position, uuid in enumerate(uuids):
        db.execute("UPDATE idea SET position = ? WHERE uuid = ?", [position, uuid])


def ideas_merged_into(db: Database, uuid: str) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT uuid FROM idea WHERE merged_into = ? ORDER BY position, uuid", [uuid]
        )
    ]


def ideas_from_trial(db: Database, trial_uuid: str) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT uuid FROM idea WHERE origin_trial = ? ORDER BY position, uuid", [trial_uuid]
        )
    ]


def ideas_from(db: Database, column: str, uuid: str) -> list[str]:
    """Ideas whose ``origin_meeting`` or ``origin_actor`` is ``uuid``."""
    if column not in ("origin_meeting", "origin_actor"):
        raise ValueError(f"not an origin column: {column!r}")
    return [
        r[0]
        for r in db.execute(f"SELECT uuid FROM idea WHERE {column} = ? ORDER BY position", [uuid])
    ]


def set_idea_link(db: Database, uuid: str, column: str, value: str | None) -> None:
    """Set one link column of an idea (``merged_into``, ``origin_*``)."""
    if column not in ("merged_into", "origin_meeting", "origin_actor", "origin_trial"):
        raise ValueError(f"not a link column: {column!r}")
    cursor = db.execute(f"UPDATE idea SET {column} = ? WHERE uuid = ?", [value, uuid])
    if cursor.rowcount != 1:
        raise LookupError(f"no idea {uuid}")


# votes


def _vote_from_row(row: tuple[Any, ...]) -> Vote:
    return _damaged("vote", row[0], check_vote, Vote(*row))


def load_votes(db: Database) -> tuple[Vote, ...]:
    return tuple(
        _vote_from_row(r)
        for r in db.execute(
            "SELECT v.uuid, v.idea_uuid, v.meeting_uuid, v.count FROM idea_vote v "
            "JOIN idea i ON i.uuid = v.idea_uuid ORDER BY i.position, i.uuid, v.meeting_uuid"
        )
    )


def load_vote(db: Database, idea_uuid: str, meeting_uuid: str) -> Vote | None:
    row = db.execute(
        "SELECT uuid, idea_uuid, meeting_uuid, count FROM idea_vote "
        "WHERE idea_uuid = ? AND meeting_uuid = ?",
        [idea_uuid, meeting_uuid],
    ).fetchone()
    return None if row is None else _vote_from_row(row)


def votes_where(db: Database, column: str, uuid: str) -> tuple[Vote, ...]:
    """Votes of one idea (``idea_uuid``) or at one meeting (``meeting_uuid``)."""
    if column not in ("idea_uuid", "meeting_uuid"):
        raise ValueError(f"not a vote column: {column!r}")
    return tuple(
        _vote_from_row(r)
        for r in db.execute(
            f"SELECT uuid, idea_uuid, meeting_uuid, count FROM idea_vote WHERE {column} = ? "
            "ORDER BY idea_uuid, meeting_uuid",
            [uuid],
        )
    )


def insert_vote(db: Database, vote: Vote) -> None:
    db.execute(
        "INSERT INTO idea_vote(uuid, idea_uuid, meeting_uuid, count) VALUES (?, ?, ?, ?)",
        [vote.uuid, vote.idea_uuid, vote.meeting_uuid, vote.count],
    )


def update_vote_count(db: Database, uuid: str, count: int) -> None:
    db.execute("UPDATE idea_vote SET count = ? WHERE uuid = ?", [count, uuid])


def delete_vote(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM idea_vote WHERE uuid = ?", [uuid])


# trials and what belongs to them


def child_uuids(db: Database, table: str, trial_uuid: str) -> list[str]:
    """Budget lines, permits, status changes or feedback of a trial, in order."""
    if table not in _TRIAL_CHILD_TABLES:
        raise ValueError(f"not an ordered phase 3 table: {table!r}")
    return [
        r[0]
        for r in db.execute(
            f"SELECT uuid FROM {table} WHERE trial_uuid = ? ORDER BY position, uuid", [trial_uuid]
        )
    ]


def set_child_order(db: Database, table: str, uuids: Iterable[str]) -> None:
    if table not in _TRIAL_CHILD_TABLES:
        raise ValueError(f"not an ordered phase 3 table: {table!r}")
    for position, uuid in enumerate(uuids):
        db.execute(f"UPDATE {table} SET position = ? WHERE uuid = ?", [position, uuid])


def trial_of(db: Database, table: str, uuid: str) -> str:
    """The trial a row of a phase 3 table belongs to; LookupError if there is no such row."""
    if table not in (*_TRIAL_CHILD_TABLES, "count_session", "decision"):
        raise ValueError(f"not a phase 3 table of a trial: {table!r}")
    row = db.execute(f"SELECT trial_uuid FROM {table} WHERE uuid = ?", [uuid]).fetchone()
    if row is None:
        what = {
            "trial_budget": "budget line",
            "trial_permit": "permit",
            "trial_status": "status change",
            "count_session": "count session",
        }.get(table, table)
        raise LookupError(f"no {what} {uuid}")
    return str(row[0])


def _budget_from_row(row: tuple[Any, ...]) -> BudgetLine:
    uuid, trial_uuid, text, amount, in_kind = row
    return _damaged(
        "budget line",
        uuid,
        check_budget_line,
        BudgetLine(uuid, trial_uuid, text, amount, _bool_in(in_kind) is True),
    )


def _permit_from_row(row: tuple[Any, ...]) -> Permit:
    uuid, trial_uuid, kind, needed, applied, granted, by_whom, date, note = row
    return _damaged(
        "permit",
        uuid,
        check_permit,
        Permit(
            uuid,
            trial_uuid,
            kind,
            _bool_in(needed),
            _bool_in(applied),
            _bool_in(granted),
            by_whom,
            _date_in(date),
            note,
        ),
    )


def _children(db: Database, sql: str, trial_uuid: str | None) -> list[tuple[Any, ...]]:
    if trial_uuid is None:
        return db.execute(sql + " ORDER BY trial_uuid, position, uuid").fetchall()
    return db.execute(
        sql + " WHERE trial_uuid = ? ORDER BY position, uuid", [trial_uuid]
    ).fetchall()


def _trial_parts(db: Database, trial_uuid: str | None = None) -> dict[str, dict[str, list[Any]]]:
    """Budget lines, permits, history and responsible actors, by trial."""
    parts: dict[str, dict[str, list[Any]]] = {}

    def add(kind: str, trial: str, item: Any) -> None:
        parts.setdefault(trial, {}).setdefault(kind, []).append(item)

    for row in _children(db, f"SELECT {_BUDGET_COLUMNS} FROM trial_budget", trial_uuid):
        add("budget", row[1], _budget_from_row(row))
    for row in _children(db, f"SELECT {_PERMIT_COLUMNS} FROM trial_permit", trial_uuid):
        add("permits", row[1], _permit_from_row(row))
    for uuid, trial, status, date in _children(
        db, "SELECT uuid, trial_uuid, status, date FROM trial_status", trial_uuid
    ):
        day = dt.date.fromisoformat(date) if isinstance(date, str) else date
        add("history", trial, StatusChange(uuid, trial, status, day))
    for trial, actor in _children(db, "SELECT trial_uuid, actor_uuid FROM trial_actor", trial_uuid):
        add("responsible", trial, actor)
    return parts


def _trial_from_row(row: tuple[Any, ...], parts: dict[str, list[Any]]) -> Trial:
    uuid, position, version_of, *rest = row
    raw = dict(zip((f for f in TRIAL_FIELDS if f != "responsible"), rest, strict=True))
    raw["start_date"] = _date_in(raw["start_date"])
    raw["end_date"] = _date_in(raw["end_date"])
    if not isinstance(position, int):
        raise ValueError("trial with a broken position")
    trial = Trial(
        uuid=uuid,
        position=position,
        version_of=version_of,
        responsible=tuple(parts.get("responsible", ())),
        budget=tuple(parts.get("budget", ())),
        permits=tuple(parts.get("permits", ())),
        history=tuple(parts.get("history", ())),
        **raw,
    )
    return _damaged("test", uuid, check_trial, trial)


def trial_uuids(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT uuid FROM trial ORDER BY position, uuid")]


def load_trial(db: Database, uuid: str) -> Trial:
    row = db.execute(f"SELECT {_TRIAL_COLUMNS} FROM trial WHERE uuid = ?", [uuid]).fetchone()
    if row is None:
        raise LookupError(f"no test {uuid}")
    return _trial_from_row(row, _trial_parts(db, uuid).get(uuid, {}))


def load_trials(db: Database) -> tuple[Trial, ...]:
    parts = _trial_parts(db)
    rows = db.execute(f"SELECT {_TRIAL_COLUMNS} FROM trial ORDER BY position, uuid").fetchall()
    return tuple(
        dataclasses.replace(_trial_from_row(r, parts.get(r[0], {})), position=index)
        for index, r in enumerate(rows)
    )


def _trial_values(trial: Trial) -> list[Any]:
    return [to_column(getattr(trial, name)) for name in TRIAL_FIELDS if name != "responsible"]


def insert_trial(db: Database, trial: Trial) -> None:
    """Insert a trial with its budget lines, permits, status history and responsible actors."""
    count = len(TRIAL_FIELDS) - 1 + 3
    marks = ", ".join("?" for _ in range(count))
    db.execute(
        f"INSERT INTO trial({_TRIAL_COLUMNS}) VALUES ({marks})",
        [trial.uuid, trial.position, trial.version_of, *_trial_values(trial)],
    )
    set_responsible(db, trial.uuid, trial.responsible)
    for position, line in enumerate(trial.budget):
        insert_budget_line(db, line, position)
    for position, permit in enumerate(trial.permits):
        insert_permit(db, permit, position)
    for position, change in enumerate(trial.history):
        insert_status_change(db, change, position)


def update_trial(db: Database, trial: Trial) -> None:
    """Write the fields of a stored trial and its responsible actors (not its position, budget,
    permits or history)."""
    names = ["version_of", *(f for f in TRIAL_FIELDS if f != "responsible")]
    assignments = ", ".join(f"{name} = ?" for name in names)
    cursor = db.execute(
        f"UPDATE trial SET {assignments} WHERE uuid = ?",
        [trial.version_of, *_trial_values(trial), trial.uuid],
    )
    if cursor.rowcount != 1:
        raise LookupError(f"no test {trial.uuid}")
    set_responsible(db, trial.uuid, trial.responsible)


def set_responsible(db: Database, trial_uuid: str, actor_uuids: Iterable[str]) -> None:
    db.execute("DELETE FROM trial_actor WHERE trial_uuid = ?", [trial_uuid])
    for position, actor in enumerate(actor_uuids):
        db.execute(
            "INSERT INTO trial_actor(uuid, trial_uuid, actor_uuid, position) VALUES (?, ?, ?, ?)",
            [str(_uuid.uuid4()), trial_uuid, actor, position],
        )


def responsibilities_of(db: Database, actor_uuid: str) -> list[tuple[str, int]]:
    """(trial uuid, position) of every place an actor holds among a trial's responsible
    actors (for undo of deleting the actor)."""
    return [
        (r[0], r[1])
        for r in db.execute(
            "SELECT trial_uuid, position FROM trial_actor WHERE actor_uuid = ? ORDER BY trial_uuid",
            [actor_uuid],
        )
    ]


def delete_trial(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM trial WHERE uuid = ?", [uuid])


def set_trial_order(db: Database, uuids: Iterable[str]) -> None:
    for position, uuid in enumerate(uuids):
        db.execute("UPDATE trial SET position = ? WHERE uuid = ?", [position, uuid])


def trials_where(db: Database, column: str, uuid: str) -> list[str]:
    """Trials whose ``idea_uuid`` or ``version_of`` is ``uuid``, in order."""
    if column not in ("idea_uuid", "version_of"):
        raise ValueError(f"not a trial link column: {column!r}")
    return [
        r[0]
        for r in db.execute(
            f"SELECT uuid FROM trial WHERE {column} = ? ORDER BY position, uuid", [uuid]
        )
    ]


def set_trial_link(db: Database, uuid: str, column: str, value: str | None) -> None:
    if column not in ("idea_uuid", "version_of"):
        raise ValueError(f"not a trial link column: {column!r}")
    cursor = db.execute(f"UPDATE trial SET {column} = ? WHERE uuid = ?", [value, uuid])
    if cursor.rowcount != 1:
        raise LookupError(f"no test {uuid}")


def insert_budget_line(db: Database, line: BudgetLine, position: int) -> None:
    db.execute(
        f"INSERT INTO trial_budget({_BUDGET_COLUMNS}, position) VALUES (?, ?, ?, ?, ?, ?)",
        [line.uuid, line.trial_uuid, line.text, line.amount, int(line.in_kind), position],
    )


def load_budget_line(db: Database, uuid: str) -> BudgetLine:
    row = db.execute(
        f"SELECT {_BUDGET_COLUMNS} FROM trial_budget WHERE uuid = ?", [uuid]
    ).fetchone()
    if row is None:
        raise LookupError(f"no budget line {uuid}")
    return _budget_from_row(row)


def update_budget_line(db: Database, line: BudgetLine) -> None:
    db.execute(
        "UPDATE trial_budget SET text = ?, amount = ?, in_kind = ? WHERE uuid = ?",
        [line.text, line.amount, int(line.in_kind), line.uuid],
    )


def insert_permit(db: Database, permit: Permit, position: int) -> None:
    db.execute(
        f"INSERT INTO trial_permit({_PERMIT_COLUMNS}, position) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            permit.uuid,
            permit.trial_uuid,
            permit.kind,
            _bool_out(permit.needed),
            _bool_out(permit.applied),
            _bool_out(permit.granted),
            permit.by_whom,
            _date_out(permit.date),
            permit.note,
            position,
        ],
    )


def load_permit(db: Database, uuid: str) -> Permit:
    row = db.execute(
        f"SELECT {_PERMIT_COLUMNS} FROM trial_permit WHERE uuid = ?", [uuid]
    ).fetchone()
    if row is None:
        raise LookupError(f"no permit {uuid}")
    return _permit_from_row(row)


def update_permit(db: Database, permit: Permit) -> None:
    db.execute(
        "UPDATE trial_permit SET kind = ?, needed = ?, applied = ?, granted = ?, by_whom = ?, "
        "date = ?, note = ? WHERE uuid = ?",
        [
            permit.kind,
            _bool_out(permit.needed),
            _bool_out(permit.applied),
            _bool_out(permit.granted),
            permit.by_whom,
            _date_out(permit.date),
            permit.note,
            permit.uuid,
        ],
    )


def insert_status_change(db: Database, change: StatusChange, position: int) -> None:
    db.execute(
        "INSERT INTO trial_status(uuid, trial_uuid, position, status, date) VALUES (?, ?, ?, ?, ?)",
        [change.uuid, change.trial_uuid, position, change.status, _date_out(change.date)],
    )


def delete_child(db: Database, table: str, uuid: str) -> None:
    """Delete a budget line, permit, status change or feedback."""
    if table not in _TRIAL_CHILD_TABLES:
        raise ValueError(f"not an ordered phase 3 table: {table!r}")
    db.execute(f"DELETE FROM {table} WHERE uuid = ?", [uuid])


# count sessions


def _count_from_row(row: tuple[Any, ...]) -> CountSession:
    uuid, trial_uuid, date, start, end, weather, place, phase, note, passing, staying = row
    session = CountSession(
        uuid,
        trial_uuid,
        _date_in(date),  # type: ignore[arg-type]
        _time_in(start),  # type: ignore[arg-type]
        _time_in(end),  # type: ignore[arg-type]
        weather,
        place,
        phase,
        note,
        _json_in(passing),
        _json_in(staying),
    )
    return _damaged("count session", uuid, check_count_session, session)


def load_counts(db: Database) -> tuple[CountSession, ...]:
    return tuple(
        _count_from_row(r)
        for r in db.execute(
            f"SELECT {', '.join('c.' + c for c in _COUNT_COLUMNS.split(', '))} "
            "FROM count_session c JOIN trial t ON t.uuid = c.trial_uuid "
            "ORDER BY t.position, t.uuid, c.date, c.start_time, c.uuid"
        )
    )


def load_count_session(db: Database, uuid: str) -> CountSession:
    row = db.execute(
        f"SELECT {_COUNT_COLUMNS} FROM count_session WHERE uuid = ?", [uuid]
    ).fetchone()
    if row is None:
        raise LookupError(f"no count session {uuid}")
    return _count_from_row(row)


def _count_values(session: CountSession) -> list[Any]:
    return [
        *(to_column(getattr(session, name)) for name in COUNT_FIELDS),
        _json_out([list(row) for row in session.passing]),
        _json_out([list(row) for row in session.staying]),
    ]


def insert_count_session(db: Database, session: CountSession) -> None:
    marks = ", ".join("?" for _ in range(len(COUNT_FIELDS) + 4))
    db.execute(
        f"INSERT INTO count_session({_COUNT_COLUMNS}) VALUES ({marks})",
        [session.uuid, session.trial_uuid, *_count_values(session)],
    )


def update_count_session(db: Database, session: CountSession) -> None:
    names = (*COUNT_FIELDS, "passing", "staying")
    assignments = ", ".join(f"{name} = ?" for name in names)
    db.execute(
        f"UPDATE count_session SET {assignments} WHERE uuid = ?",
        [*_count_values(session), session.uuid],
    )


def delete_count_session(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM count_session WHERE uuid = ?", [uuid])


# feedback


def _feedback_from_row(row: tuple[Any, ...]) -> Feedback:
    uuid, trial_uuid, date, *rest = row
    raw = dict(zip(FEEDBACK_FIELDS[1:], rest, strict=True))
    raw["tags"] = tuple(_json_in(raw["tags"]))
    return _damaged(
        "feedback", uuid, check_feedback, Feedback(uuid, trial_uuid, _date_in(date), **raw)
    )


def load_feedback(db: Database) -> tuple[Feedback, ...]:
    return tuple(
        _feedback_from_row(r)
        for r in db.execute(
            f"SELECT {', '.join('f.' + c for c in _FEEDBACK_COLUMNS.split(', '))} "
            "FROM feedback f JOIN trial t ON t.uuid = f.trial_uuid "
            "ORDER BY t.position, t.uuid, f.position, f.uuid"
        )
    )


def load_feedback_entry(db: Database, uuid: str) -> Feedback:
    row = db.execute(f"SELECT {_FEEDBACK_COLUMNS} FROM feedback WHERE uuid = ?", [uuid]).fetchone()
    if row is None:
        raise LookupError(f"no feedback {uuid}")
    return _feedback_from_row(row)


def _feedback_values(feedback: Feedback) -> list[Any]:
    values = [to_column(getattr(feedback, name)) for name in FEEDBACK_FIELDS]
    values[-1] = _json_out(list(feedback.tags))
    return values


def insert_feedback(db: Database, feedback: Feedback, position: int) -> None:
    marks = ", ".join("?" for _ in range(len(FEEDBACK_FIELDS) + 3))
    db.execute(
        f"INSERT INTO feedback({_FEEDBACK_COLUMNS}, position) VALUES ({marks})",
        [feedback.uuid, feedback.trial_uuid, *_feedback_values(feedback), position],
    )


def update_feedback(db: Database, feedback: Feedback) -> None:
    assignments = ", ".join(f"{name} = ?" for name in FEEDBACK_FIELDS)
    db.execute(
        f"UPDATE feedback SET {assignments} WHERE uuid = ?",
        [*_feedback_values(feedback), feedback.uuid],
    )


def card_holder(db: Database, trial_uuid: str, card_number: int) -> str | None:
    """The feedback that already has this card number in this trial, if any."""
    row = db.execute(
        "SELECT uuid FROM feedback WHERE trial_uuid = ? AND card_number = ?",
        [trial_uuid, card_number],
    ).fetchone()
    return None if row is None else str(row[0])


def max_card_number(db: Database, trial_uuid: str) -> int:
    row = db.execute(
        "SELECT max(card_number) FROM feedback WHERE trial_uuid = ?", [trial_uuid]
    ).fetchone()
    return int(row[0] or 0)


# decisions


def _evidence(db: Database, decision_uuid: str | None = None) -> dict[str, list[str]]:
    sql = "SELECT decision_uuid, coalesce(count_uuid, feedback_uuid) FROM decision_evidence"
    args: list[Any] = []
    if decision_uuid is not None:
        sql += " WHERE decision_uuid = ?"
        args.append(decision_uuid)
    out: dict[str, list[str]] = {}
    for decision, evidence in db.execute(sql + " ORDER BY decision_uuid, position", args):
        out.setdefault(decision, []).append(evidence)
    return out


def _decision_from_row(row: tuple[Any, ...], evidence: list[str]) -> Decision:
    uuid, trial_uuid, date, kind, reasoning = row
    day = dt.date.fromisoformat(date) if isinstance(date, str) else date
    return _damaged(
        "decision",
        uuid,
        check_decision,
        Decision(uuid, trial_uuid, day, kind, reasoning, tuple(evidence)),
    )


def load_decisions(db: Database) -> tuple[Decision, ...]:
    evidence = _evidence(db)
    return tuple(
        _decision_from_row(r, evidence.get(r[0], []))
        for r in db.execute(
            f"SELECT {', '.join('d.' + c for c in _DECISION_COLUMNS.split(', '))} "
            "FROM decision d JOIN trial t ON t.uuid = d.trial_uuid "
            "ORDER BY t.position, t.uuid, d.date, d.uuid"
        )
    )


def load_decision(db: Database, uuid: str) -> Decision:
    row = db.execute(f"SELECT {_DECISION_COLUMNS} FROM decision WHERE uuid = ?", [uuid]).fetchone()
    if row is None:
        raise LookupError(f"no decision {uuid}")
    return _decision_from_row(row, _evidence(db, uuid).get(uuid, []))


def set_evidence(db: Database, decision_uuid: str, evidence: Iterable[str]) -> None:
    """Replace the evidence of a decision; each uuid must be a count session or a feedback."""
    db.execute("DELETE FROM decision_evidence WHERE decision_uuid = ?", [decision_uuid])
    for position, uuid in enumerate(evidence):
        kind = evidence_kind(db, uuid)
        if kind is None:
            raise LookupError(f"no count session or feedback {uuid}")
        db.execute(
            "INSERT INTO decision_evidence(uuid, decision_uuid, position, count_uuid, "
            "feedback_uuid) VALUES (?, ?, ?, ?, ?)",
            [
                str(_uuid.uuid4()),
                decision_uuid,
                position,
                uuid if kind == "count" else None,
                uuid if kind == "feedback" else None,
            ],
        )


def insert_decision(db: Database, decision: Decision) -> None:
    db.execute(
        f"INSERT INTO decision({_DECISION_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
        [
            decision.uuid,
            decision.trial_uuid,
            _date_out(decision.date),
            decision.kind,
            decision.reasoning,
        ],
    )
    set_evidence(db, decision.uuid, decision.evidence)


def update_decision(db: Database, decision: Decision) -> None:
    db.execute(
        "UPDATE decision SET date = ?, reasoning = ? WHERE uuid = ?",
        [_date_out(decision.date), decision.reasoning, decision.uuid],
    )
    set_evidence(db, decision.uuid, decision.evidence)


def delete_decision(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM decision WHERE uuid = ?", [uuid])


def citing(db: Database, evidence_uuid: str) -> list[tuple[str, int]]:
    """(decision uuid, position in its evidence) of every decision citing this count session or
    feedback (for undo of deleting it)."""
    return [
        (r[0], r[1])
        for r in db.execute(
            "SELECT decision_uuid, position FROM decision_evidence "
            "WHERE count_uuid = ? OR feedback_uuid = ? ORDER BY decision_uuid",
            [evidence_uuid, evidence_uuid],
        )
    ]


def load_trial_book(db: Database) -> TrialBook:
    return TrialBook(
        ideas=load_ideas(db),
        votes=load_votes(db),
        trials=load_trials(db),
        counts=load_counts(db),
        feedback=load_feedback(db),
        decisions=load_decisions(db),
    )


def insert_trial_book(db: Database, book: TrialBook) -> None:
    """Write a whole phase 3 into a file that has none (create, import, demo). Links between
    rows are written after all rows exist, so any order of ideas and trials works."""
    ideas = sorted(book.ideas, key=lambda i: i.position)
    trials = sorted(book.trials, key=lambda t: t.position)
    for position, idea in enumerate(ideas):
        insert_idea(
            db,
            dataclasses.replace(idea, position=position, origin_trial=None, merged_into=None),
        )
    for position, trial in enumerate(trials):
        insert_trial(db, dataclasses.replace(trial, position=position, version_of=None))
    for idea in ideas:
        if idea.origin_trial is not None:
            set_idea_link(db, idea.uuid, "origin_trial", idea.origin_trial)
        if idea.merged_into is not None:
            set_idea_link(db, idea.uuid, "merged_into", idea.merged_into)
    for trial in trials:
        if trial.version_of is not None:
            set_trial_link(db, trial.uuid, "version_of", trial.version_of)
    for vote in book.votes:
        insert_vote(db, vote)
    for session in book.counts:
        insert_count_session(db, session)
    positions: dict[str, int] = {}
    for feedback in book.feedback:
        position = positions.get(feedback.trial_uuid, 0)
        insert_feedback(db, feedback, position)
        positions[feedback.trial_uuid] = position + 1
    for decision in book.decisions:
        insert_decision(db, decision)
