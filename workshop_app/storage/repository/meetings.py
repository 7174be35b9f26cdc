"""What a meeting gathers (issue 13): actors present, citizen counts, participants, captured
notes, action items, decisions and the live state. The meeting and agenda rows themselves are in
``project.py``, which attaches these records when it loads meetings."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid as _uuid
from collections.abc import Iterable, Sequence
from typing import Any

from workshop_app.domain.meetings import (
    ACTION_FIELDS,
    MEETING_DECISION_FIELDS,
    NOTE_FIELDS,
    PARTICIPANT_FIELDS,
    ActionItem,
    CitizenCount,
    LiveState,
    MeetingDecision,
    Note,
    Participant,
    citizen_order,
)
from workshop_app.storage.connection import Database
from workshop_app.storage.repository.common import (
    _date_in,
    _date_out,
    ordered_uuids,
    personal_texts,
    row_by_uuid,
    set_order,
    to_column,
)
from workshop_app.storage.repository.interned import repeated, sharer

_NAMESPACE = _uuid.UUID("5f0c2a51-8d7e-4c1e-9a53-2d1b8e6f4a13")


def derived_uuid(*parts: str) -> str:
    """The uuid of a row that is one of a kind per its parts (a grid cell, a presence mark)."""
    return str(_uuid.uuid5(_NAMESPACE, "\x1f".join(parts)))


def moment_out(value: dt.datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


def moment_in(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _moment_required(value: str) -> dt.datetime:
    moment = moment_in(value)
    if moment is None:
        raise ValueError("a note without a time")
    return moment


def _stored(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return moment_out(value)
    return to_column(value)


# -- reading -----------------------------------------------------------------------------------

_PARTICIPANT_COLUMNS = "uuid, meeting_uuid, position, name, consent, delete_by"
_NOTE_COLUMNS = "uuid, meeting_uuid, position, item_uuid, at, text, became_kind, became_uuid"
_ACTION_COLUMNS = "uuid, meeting_uuid, position, what, who, due, done, note_uuid"
_DECISION_COLUMNS = "uuid, meeting_uuid, position, text, note_uuid"
_LIVE_COLUMNS = (
    "meeting_uuid, started_at, item_uuid, item_started_at, paused_at, paused_s, ended_at"
)


def _participant(r: tuple[Any, ...]) -> Participant:
    return Participant(r[0], r[1], r[2], r[3], bool(r[4]), _date_in(r[5]))


def _note(r: tuple[Any, ...]) -> Note:
    return Note(r[0], r[1], r[2], r[3], _moment_required(r[4]), r[5], r[6], r[7])


def _action(r: tuple[Any, ...]) -> ActionItem:
    return ActionItem(r[0], r[1], r[2], r[3], r[4], _date_in(r[5]), bool(r[6]), r[7])


def _decision(r: tuple[Any, ...]) -> MeetingDecision:
    return MeetingDecision(r[0], r[1], r[2], r[3], r[4])


def _live(r: tuple[Any, ...]) -> LiveState:
    return LiveState(
        r[0], moment_in(r[1]), r[2], moment_in(r[3]), moment_in(r[4]), r[5], moment_in(r[6])
    )


def _grouped(
    db: Database, sql: str, args: list[Any], make: Any, key: int = 1, repeats: tuple[int, ...] = ()
) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    share = sharer((key, *repeats))  # equal texts once (repository/interned.py)
    for r in db.execute(sql, args):
        out.setdefault(r[key], []).append(make(share(r)))
    return out


def meeting_records(db: Database, meeting_uuid: str | None = None) -> dict[str, dict[str, Any]]:
    """Per meeting uuid, the keyword values of ``MeetingWithAgenda`` beyond its agenda (all
    meetings, or one)."""
    where, args = ("WHERE meeting_uuid = ?", [meeting_uuid]) if meeting_uuid else ("", [])
    parts: dict[str, dict[str, list[Any]]] = {
        "participants": _grouped(
            db,
            f"SELECT {_PARTICIPANT_COLUMNS} FROM participant {where} ORDER BY position, uuid",
            args,
            _participant,
        ),
        "notes": _grouped(
            db,
            f"SELECT {_NOTE_COLUMNS} FROM meeting_note {where} ORDER BY position, uuid",
            args,
            _note,
            repeats=repeated(_NOTE_COLUMNS, "item_uuid", "became_kind"),
        ),
        "actions": _grouped(
            db,
            f"SELECT {_ACTION_COLUMNS} FROM action_item {where} ORDER BY position, uuid",
            args,
            _action,
        ),
        "decisions": _grouped(
            db,
            f"SELECT {_DECISION_COLUMNS} FROM meeting_decision {where} ORDER BY position, uuid",
            args,
            _decision,
        ),
        "citizen_counts": _grouped(
            db,
            "SELECT meeting_uuid, age_band, attendance_group, count FROM citizen_count "
            f"{where} ORDER BY age_band, attendance_group",
            args,
            lambda r: CitizenCount(r[0], r[1], r[2], r[3]),
            key=0,
        ),
        "actors_present": _grouped(
            db,
            "SELECT p.actor_uuid, p.meeting_uuid FROM actor_present p "
            "JOIN actor a ON a.uuid = p.actor_uuid "
            f"{where.replace('meeting_uuid', 'p.meeting_uuid')} ORDER BY a.position, a.uuid",
            args,
            lambda r: r[0],
        ),
    }
    live = _grouped(db, f"SELECT {_LIVE_COLUMNS} FROM live_state {where}", args, _live, key=0)
    out: dict[str, dict[str, Any]] = {}
    for name, by_meeting in parts.items():
        for uuid, rows in by_meeting.items():
            if name == "citizen_counts":
                rows = sorted(rows, key=citizen_order)
            out.setdefault(uuid, {})[name] = tuple(rows)
    for uuid, states in live.items():
        out.setdefault(uuid, {})["live"] = states[0]
    return out


def load_live_state(db: Database, meeting_uuid: str) -> LiveState | None:
    row = db.execute(
        f"SELECT {_LIVE_COLUMNS} FROM live_state WHERE meeting_uuid = ?", [meeting_uuid]
    ).fetchone()
    return _live(tuple(row)) if row else None


def running_live_meetings(db: Database) -> list[str]:
    """Meetings whose live state has started and not ended, the most recently started first."""
    return [
        r[0]
        for r in db.execute(
            "SELECT l.meeting_uuid FROM live_state l JOIN meeting m ON m.uuid = l.meeting_uuid "
            "WHERE l.started_at IS NOT NULL AND l.ended_at IS NULL "
            "ORDER BY l.started_at DESC, m.position"
        )
    ]


def load_participant(db: Database, uuid: str) -> Participant:
    return _participant(row_by_uuid(db, "participant", _PARTICIPANT_COLUMNS, uuid, "participant"))


def load_note(db: Database, uuid: str) -> Note:
    return _note(row_by_uuid(db, "meeting_note", _NOTE_COLUMNS, uuid, "note"))


def load_action(db: Database, uuid: str) -> ActionItem:
    return _action(row_by_uuid(db, "action_item", _ACTION_COLUMNS, uuid, "action item"))


def load_meeting_decision(db: Database, uuid: str) -> MeetingDecision:
    return _decision(row_by_uuid(db, "meeting_decision", _DECISION_COLUMNS, uuid, "decision"))


def count_participants(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM participant").fetchone()[0])


# -- writing -----------------------------------------------------------------------------------

#: The ordered per-meeting record tables: (table, what), for positions and lookups.
RECORD_TABLES = {
    "participant": "participant",
    "meeting_note": "note",
    "action_item": "action item",
    "meeting_decision": "decision",
}


def record_uuids(db: Database, table: str, meeting_uuid: str) -> list[str]:
    if table not in RECORD_TABLES:
        raise ValueError(f"unknown record table {table!r}")
    return ordered_uuids(db, table, "meeting_uuid = ?", [meeting_uuid])


def set_record_order(db: Database, table: str, uuids: Iterable[str]) -> None:
    if table not in RECORD_TABLES:
        raise ValueError(f"unknown record table {table!r}")
    set_order(db, table, uuids)


def record_meeting(db: Database, table: str, uuid: str) -> str:
    """The meeting a participant, note, action item or decision belongs to."""
    if table not in RECORD_TABLES:
        raise ValueError(f"unknown record table {table!r}")
    return str(row_by_uuid(db, table, "meeting_uuid", uuid, RECORD_TABLES[table])[0])


def delete_record(db: Database, table: str, uuid: str) -> None:
    if table not in RECORD_TABLES:
        raise ValueError(f"unknown record table {table!r}")
    db.execute(f"DELETE FROM {table} WHERE uuid = ?", [uuid])


_UPDATABLE = {
    "participant": PARTICIPANT_FIELDS,
    "meeting_note": (*NOTE_FIELDS, "became_kind", "became_uuid"),
    "action_item": (*ACTION_FIELDS, "note_uuid"),
    "meeting_decision": (*MEETING_DECISION_FIELDS, "note_uuid"),
}


def update_record_field(db: Database, table: str, uuid: str, field: str, value: Any) -> None:
    if field not in _UPDATABLE.get(table, ()):
        raise ValueError(f"unknown field {field!r} of {table}")
    cursor = db.execute(f"UPDATE {table} SET {field} = ? WHERE uuid = ?", [_stored(value), uuid])
    if cursor.rowcount != 1:
        raise LookupError(f"no {RECORD_TABLES[table]} {uuid}")


def insert_participant(db: Database, p: Participant) -> None:
    db.execute(
        f"INSERT INTO participant({_PARTICIPANT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
        [p.uuid, p.meeting_uuid, p.position, p.name, int(p.consent), _date_out(p.delete_by)],
    )


def insert_note(db: Database, n: Note) -> None:
    db.execute(
        f"INSERT INTO meeting_note({_NOTE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            n.uuid,
            n.meeting_uuid,
            n.position,
            n.item_uuid,
            moment_out(n.at),
            n.text,
            n.became_kind,
            n.became_uuid,
        ],
    )


def insert_action(db: Database, a: ActionItem) -> None:
    db.execute(
        f"INSERT INTO action_item({_ACTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            a.uuid,
            a.meeting_uuid,
            a.position,
            a.what,
            a.who,
            _date_out(a.due),
            int(a.done),
            a.note_uuid,
        ],
    )


def insert_meeting_decision(db: Database, d: MeetingDecision) -> None:
    db.execute(
        f"INSERT INTO meeting_decision({_DECISION_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
        [d.uuid, d.meeting_uuid, d.position, d.text, d.note_uuid],
    )


def set_citizen_count(db: Database, count: CitizenCount) -> None:
    """Store one cell of the attendance grid (``None`` removes it)."""
    uuid = derived_uuid(count.meeting_uuid, count.age_band, count.group)
    db.execute("DELETE FROM citizen_count WHERE uuid = ?", [uuid])
    if count.count is not None:
        db.execute(
            "INSERT INTO citizen_count(uuid, meeting_uuid, age_band, attendance_group, count) "
            "VALUES (?, ?, ?, ?, ?)",
            [uuid, count.meeting_uuid, count.age_band, count.group, count.count],
        )


def set_actor_present(db: Database, meeting_uuid: str, actor_uuid: str, present: bool) -> None:
    uuid = derived_uuid(meeting_uuid, actor_uuid)
    db.execute("DELETE FROM actor_present WHERE uuid = ?", [uuid])
    if present:
        db.execute(
            "INSERT INTO actor_present(uuid, meeting_uuid, actor_uuid) VALUES (?, ?, ?)",
            [uuid, meeting_uuid, actor_uuid],
        )


def save_live_state(db: Database, state: LiveState) -> None:
    """Insert or replace the live state of its meeting."""
    db.execute(
        f"INSERT INTO live_state(uuid, {_LIVE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(meeting_uuid) DO UPDATE SET started_at = excluded.started_at, "
        "item_uuid = excluded.item_uuid, item_started_at = excluded.item_started_at, "
        "paused_at = excluded.paused_at, paused_s = excluded.paused_s, "
        "ended_at = excluded.ended_at",
        [
            derived_uuid("live", state.meeting_uuid),
            state.meeting_uuid,
            moment_out(state.started_at),
            state.item_uuid,
            moment_out(state.item_started_at),
            moment_out(state.paused_at),
            state.paused_s,
            moment_out(state.ended_at),
        ],
    )


def delete_live_state(db: Database, meeting_uuid: str) -> None:
    db.execute("DELETE FROM live_state WHERE meeting_uuid = ?", [meeting_uuid])


def insert_meeting_records(db: Database, meeting: Any) -> None:
    """Insert everything a ``MeetingWithAgenda`` gathers beyond its agenda (its meeting and agenda
    rows must be there), each list numbered 0, 1, 2… in the order given."""
    uuid = meeting.meeting.uuid
    for actor_uuid in meeting.actors_present:
        set_actor_present(db, uuid, actor_uuid, True)
    for count in meeting.citizen_counts:
        set_citizen_count(db, dataclasses.replace(count, meeting_uuid=uuid))
    for insert, rows in (
        (insert_participant, meeting.participants),
        (insert_note, meeting.notes),
        (insert_action, meeting.actions),
        (insert_meeting_decision, meeting.decisions),
    ):
        for position, row in enumerate(rows):
            insert(db, dataclasses.replace(row, meeting_uuid=uuid, position=position))
    if meeting.live is not None:
        save_live_state(db, dataclasses.replace(meeting.live, meeting_uuid=uuid))


# -- personal data -------------------------------------------------------------------------------


def meeting_personal_data(db: Database) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The personal texts meetings hold (``domain/personal.py``), as ``PersonalData`` keywords:
    facilitators, named participants (the whole row goes) and who does an action item."""
    return {
        "meeting_facilitators": personal_texts(
            db,
            "SELECT facilitators FROM meeting WHERE facilitators <> '' ORDER BY position, uuid",
        ),
        "participants": personal_texts(
            db, "SELECT name FROM participant WHERE name <> '' ORDER BY meeting_uuid, position"
        ),
        "action_who": personal_texts(
            db, "SELECT who FROM action_item WHERE who <> '' ORDER BY meeting_uuid, position"
        ),
    }


def clear_meeting_personal_data(db: Database) -> None:
    """Blank the facilitators of every meeting and who does each action item, and delete every
    named participant (a participant is nothing but personal data)."""
    db.execute("UPDATE meeting SET facilitators = '' WHERE facilitators <> ''")
    db.execute("UPDATE action_item SET who = '' WHERE who <> ''")
    db.execute("DELETE FROM participant")


def tag_notes(db: Database, meeting_uuid: str, item_uuid: str, notes: Sequence[str]) -> None:
    """Tag the untagged ``notes`` (uuids) of a meeting with the agenda item ``item_uuid`` again
    (the undo of deleting the item, which left them untagged)."""
    if not notes:
        return
    marks = ",".join("?" * len(notes))
    db.execute(
        f"UPDATE meeting_note SET item_uuid = ? WHERE meeting_uuid = ? AND item_uuid IS NULL "
        f"AND uuid IN ({marks})",
        [item_uuid, meeting_uuid, *notes],
    )
