"""The project, its meta table, meetings and agenda items."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from workshop_app.domain.model import (
    AGENDA_EDIT_FIELDS,
    MEETING_EDIT_FIELDS,
    PROJECT_EDIT_FIELDS,
    AgendaItem,
    Meeting,
    MeetingWithAgenda,
    Project,
)
from workshop_app.storage.connection import Database
from workshop_app.storage.repository.common import (
    _date_in,
    _date_out,
    _time_in,
    _time_out,
    ordered_uuids,
    row_by_uuid,
    set_order,
    to_column,
)
from workshop_app.storage.repository.meetings import insert_meeting_records, meeting_records

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


_PROJECT_COLUMNS = (
    "uuid, name, town, municipality, description, facilitators, start_date, end_date, "
    "named_participants, logo, accent, privacy_controller, privacy_purpose, privacy_contact, "
    "privacy_keep_until"
)


def insert_project(db: Database, project: Project) -> None:
    db.execute(
        f"INSERT INTO project({_PROJECT_COLUMNS}) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            project.uuid,
            project.name,
            project.town,
            project.municipality,
            project.description,
            project.facilitators,
            _date_out(project.start_date),
            _date_out(project.end_date),
            int(project.named_participants),
            project.logo,
            project.accent,
            project.privacy_controller,
            project.privacy_purpose,
            project.privacy_contact,
            _date_out(project.privacy_keep_until),
        ],
    )


def load_project(db: Database) -> Project:
    row = db.execute(f"SELECT {_PROJECT_COLUMNS} FROM project LIMIT 1").fetchone()
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
        named_participants=bool(row[8]),
        logo=None if row[9] is None else bytes(row[9]),
        accent=row[10],
        privacy_controller=row[11],
        privacy_purpose=row[12],
        privacy_contact=row[13],
        privacy_keep_until=_date_in(row[14]),
    )


def update_project_field(db: Database, field: str, value: Any) -> None:
    if field not in PROJECT_EDIT_FIELDS:
        raise ValueError(f"unknown project field {field!r}")
    db.execute(f"UPDATE project SET {field} = ?", [to_column(value)])


# -- meetings ----------------------------------------------------------------------------------

_MEETING_COLUMNS = (
    "uuid, position, title, date, start_time, place, purpose, kind, facilitators, phase"
)
_AGENDA_COLUMNS = (
    "uuid, meeting_uuid, position, title, duration_min, method, responsible, materials, notes, "
    "extra_min"
)


def _meeting_from_row(row: tuple[Any, ...]) -> Meeting:
    return Meeting(
        uuid=row[0],
        position=row[1],
        title=row[2],
        date=_date_in(row[3]),
        start_time=_time_in(row[4]),
        place=row[5],
        purpose=row[6],
        kind=row[7],
        facilitators=row[8],
        phase=row[9],
    )


def _agenda_from_row(row: tuple[Any, ...]) -> AgendaItem:
    return AgendaItem(*row)  # _AGENDA_COLUMNS are the item's fields, in order


def load_meeting(db: Database, uuid: str) -> MeetingWithAgenda:
    row = row_by_uuid(db, "meeting", _MEETING_COLUMNS, uuid, "meeting")
    items = db.execute(
        f"SELECT {_AGENDA_COLUMNS} FROM agenda_item WHERE meeting_uuid = ? ORDER BY position",
        [uuid],
    ).fetchall()
    records = meeting_records(db, uuid).get(uuid, {})
    return MeetingWithAgenda(
        _meeting_from_row(row), tuple(_agenda_from_row(r) for r in items), **records
    )


def load_meetings(db: Database) -> tuple[MeetingWithAgenda, ...]:
    """Every meeting with its agenda, in order."""
    meetings = load_meeting_rows(db)
    agenda: dict[str, list[AgendaItem]] = {m.uuid: [] for m in meetings}
    for r in db.execute(
        f"SELECT {_AGENDA_COLUMNS} FROM agenda_item ORDER BY meeting_uuid, position"
    ):
        agenda.setdefault(r[1], []).append(_agenda_from_row(r))
    records = meeting_records(db)
    return tuple(
        MeetingWithAgenda(m, tuple(agenda[m.uuid]), **records.get(m.uuid, {})) for m in meetings
    )


def load_meeting_rows(db: Database) -> tuple[Meeting, ...]:
    """Every meeting's own fields, in order, without its agenda or what it gathered (the
    overview's next meeting)."""
    return tuple(
        _meeting_from_row(r)
        for r in db.execute(f"SELECT {_MEETING_COLUMNS} FROM meeting ORDER BY position")
    )


def meeting_uuids(db: Database) -> list[str]:
    return ordered_uuids(db, "meeting", order="position")


def insert_meeting(db: Database, meeting: Meeting) -> None:
    db.execute(
        f"INSERT INTO meeting({_MEETING_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            meeting.uuid,
            meeting.position,
            meeting.title,
            _date_out(meeting.date),
            _time_out(meeting.start_time),
            meeting.place,
            meeting.purpose,
            meeting.kind,
            meeting.facilitators,
            meeting.phase,
        ],
    )


def update_meeting_field(db: Database, uuid: str, field: str, value: Any) -> None:
    if field not in MEETING_EDIT_FIELDS:
        raise ValueError(f"unknown meeting field {field!r}")
    cursor = db.execute(f"UPDATE meeting SET {field} = ? WHERE uuid = ?", [to_column(value), uuid])
    if cursor.rowcount != 1:
        raise LookupError(f"no meeting {uuid}")


def delete_meeting(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM meeting WHERE uuid = ?", [uuid])


def set_meeting_order(db: Database, uuids: Iterable[str]) -> None:
    set_order(db, "meeting", uuids)


# -- agenda items ------------------------------------------------------------------------------


def insert_agenda_item(db: Database, item: AgendaItem) -> None:
    db.execute(
        f"INSERT INTO agenda_item({_AGENDA_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            item.uuid,
            item.meeting_uuid,
            item.position,
            item.title,
            item.duration_min,
            item.method,
            item.responsible,
            item.materials,
            item.notes,
            item.extra_min,
        ],
    )


def agenda_item_meeting(db: Database, uuid: str) -> str:
    row = row_by_uuid(db, "agenda_item", "meeting_uuid", uuid, "agenda item")
    return str(row[0])


def update_agenda_field(db: Database, uuid: str, field: str, value: Any) -> None:
    if field not in AGENDA_EDIT_FIELDS:
        raise ValueError(f"unknown agenda field {field!r}")
    db.execute(f"UPDATE agenda_item SET {field} = ? WHERE uuid = ?", [to_column(value), uuid])


def delete_agenda_item(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM agenda_item WHERE uuid = ?", [uuid])


def set_agenda_order(db: Database, uuids: Iterable[str]) -> None:
    set_order(db, "agenda_item", uuids)


def agenda_uuids(db: Database, meeting_uuid: str) -> list[str]:
    return ordered_uuids(db, "agenda_item", "meeting_uuid = ?", [meeting_uuid], order="position")


def insert_whole_meeting(db: Database, meeting: MeetingWithAgenda, position: int) -> None:
    """A meeting with its agenda and everything it gathered, at ``position`` (its lists numbered
    in the order given)."""
    insert_meeting(db, dataclasses.replace(meeting.meeting, position=position))
    for index, item in enumerate(meeting.agenda):
        insert_agenda_item(
            db, dataclasses.replace(item, meeting_uuid=meeting.meeting.uuid, position=index)
        )
    insert_meeting_records(db, meeting)
