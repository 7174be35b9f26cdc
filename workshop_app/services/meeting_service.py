"""Project and meetings: the project's own fields, meetings and their agendas, attendance,
action items and decisions, mixed into ``ProjectService``. Each edit is one transaction returning
which meetings changed (live mode and captured notes: ``live_service.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from workshop_app.domain.changes import Changes
from workshop_app.domain.meetings import (
    ACTION_FIELDS,
    AGENDA_EXTRA_FIELDS,
    MEETING_DECISION_FIELDS,
    MEETING_EXTRA_FIELDS,
    MEETING_KINDS,
    PARTICIPANT_FIELDS,
    ActionItem,
    CitizenCount,
    InvalidMeetingValue,
    MeetingDecision,
    Participant,
    agenda_template,
    check_action,
    check_choice,
    check_citizen_count,
    check_extra_field,
    check_live_state,
    check_meeting_decision,
    check_note,
    check_participant,
    is_extra_field,
)
from workshop_app.domain.model import (
    AGENDA_EDIT_FIELDS,
    MEETING_EDIT_FIELDS,
    AgendaItem,
    Meeting,
    MeetingWithAgenda,
    Project,
    ProjectSnapshot,
    new_uuid,
)
from workshop_app.domain.validation import InvalidValue, check_value
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.refusals import bad_input, clamp, insert_at, moved, require_new
from workshop_app.services.refusals import found as _found
from workshop_app.storage import repository
from workshop_app.storage.database import ProjectStore


def checked_field(field: str, value: Any) -> Any:
    """A project, meeting or agenda value as stored; BAD_INPUT naming the field if refused."""
    try:
        if is_extra_field(field):
            return check_extra_field(field, value)
        return check_value(field, value)
    except (InvalidValue, InvalidMeetingValue) as exc:
        raise KnownError(ErrorKind.BAD_INPUT, "", problem=f"{field}: {exc}") from None


def meeting_valid(check: Callable[..., Any], *args: Any) -> Any:
    """``check(*args)`` with :class:`InvalidMeetingValue` turned into BAD_INPUT."""
    try:
        return check(*args)
    except InvalidMeetingValue as exc:
        raise bad_input(str(exc)) from None


def _check_agenda_item(item: AgendaItem) -> None:
    for name in AGENDA_EDIT_FIELDS:
        checked_field(name, getattr(item, name))


def check_whole_meeting(meeting: MeetingWithAgenda) -> None:
    """Every value of a meeting and of what it gathered (BAD_INPUT naming the first problem)."""
    for name in MEETING_EDIT_FIELDS:
        checked_field(name, getattr(meeting.meeting, name))
    for item in meeting.agenda:
        _check_agenda_item(item)
    for count in meeting.citizen_counts:
        meeting_valid(check_citizen_count, count)
    for check, rows in (
        (check_participant, meeting.participants),
        (check_note, meeting.notes),
        (check_action, meeting.actions),
        (check_meeting_decision, meeting.decisions),
    ):
        for row in rows:
            meeting_valid(check, row)
    if meeting.live is not None:
        meeting_valid(check_live_state, meeting.live)
    agenda = {item.uuid for item in meeting.agenda}
    for note in meeting.notes:
        if note.item_uuid is not None and note.item_uuid not in agenda:
            raise bad_input(f"note {note.uuid}: no agenda item {note.item_uuid} in its meeting")
    live = meeting.live
    if live is not None and live.item_uuid is not None and live.item_uuid not in agenda:
        raise bad_input(f"live state: no agenda item {live.item_uuid} in its meeting")


def _require_meeting(db: Any, uuid: str) -> None:
    if uuid not in repository.meeting_uuids(db):
        raise bad_input(f"no meeting {uuid}")


def _record_changes(meeting_uuid: str) -> Changes:
    return Changes(meetings=frozenset({meeting_uuid}))


class MeetingServiceMixin:
    """The project and its meetings, as methods of ``ProjectService`` (which provides
    ``store``)."""

    store: ProjectStore

    def project(self) -> Project:
        return repository.load_project(self.store.db)

    def meeting(self, uuid: str) -> MeetingWithAgenda:
        return repository.load_meeting(self.store.db, uuid)

    def meeting_uuids(self) -> list[str]:
        return repository.meeting_uuids(self.store.db)

    def meeting_list(self) -> tuple[Meeting, ...]:
        """Every meeting's own row, in list order: what a list of meetings shows, without the
        agendas and notes of every meeting."""
        return self.store.read(repository.load_meeting_rows)

    def meetings(self) -> tuple[MeetingWithAgenda, ...]:
        """Every meeting with all it holds, in list order (one kept read, not one per meeting)."""
        return self.store.meetings()

    # -- project ---------------------------------------------------------------------------------

    def set_project_field(self, field: str, value: Any) -> Changes:
        """A project field; ``named_participants`` may be switched off only once no meeting
        lists anyone by name."""
        value = checked_field(field, value)
        with self.store.transaction() as db:
            if field == "named_participants" and not value and repository.count_participants(db):
                raise bad_input("named_participants: delete the named participants first")
            repository.update_project_field(db, field, value)
        return Changes(project=True)

    # -- meetings --------------------------------------------------------------------------------

    def new_meeting(self, **fields: Any) -> MeetingWithAgenda:
        """A meeting not yet stored, placed last; pass it to :meth:`restore_meeting`."""
        for name, value in fields.items():
            checked_field(name, value)
        position = len(self.meeting_uuids())
        return MeetingWithAgenda(Meeting(uuid=new_uuid(), position=position, **fields))

    def restore_meeting(self, meeting: MeetingWithAgenda) -> Changes:
        """Insert a meeting with its agenda at its position (used by add, undo of delete)."""
        m = meeting.meeting
        check_whole_meeting(meeting)
        with self.store.transaction() as db:
            order = repository.meeting_uuids(db)
            insert_at(order, m.position, m.uuid)
            known = set(repository.actor_uuids(db))
            for actor in meeting.actors_present:
                if actor not in known:
                    raise bad_input(f"actors_present: there is no actor {actor}")
            repository.insert_whole_meeting(db, meeting, len(order))
            repository.set_meeting_order(db, order)
        return Changes(meeting_list=True, meetings=frozenset({m.uuid}))

    def delete_meeting(self, uuid: str) -> Changes:
        with self.store.transaction() as db:
            repository.delete_meeting(db, uuid)
            repository.set_meeting_order(db, repository.meeting_uuids(db))
        return Changes(meeting_list=True, meetings=frozenset({uuid}))

    def duplicate_meeting(self, uuid: str) -> MeetingWithAgenda:
        """A copy of a meeting and its agenda (new uuids, placed right after it, nothing it
        gathered: no attendance, notes, actions, decisions or live state, no minutes added
        live), not yet stored; the caller chooses a title and passes it to
        :meth:`restore_meeting`."""
        original = _found(lambda: repository.load_meeting(self.store.db, uuid))
        copy = dataclasses.replace(
            original.meeting, uuid=new_uuid(), position=original.meeting.position + 1
        )
        agenda = tuple(
            dataclasses.replace(item, uuid=new_uuid(), meeting_uuid=copy.uuid, extra_min=0)
            for item in original.agenda
        )
        return MeetingWithAgenda(copy, agenda)

    def next_meeting(self, today: dt.date) -> str | None:
        """The first meeting dated ``today`` or later (by date, start time, then list order)."""
        dated = [
            (m.date, m.start_time or dt.time(0, 0), m.position, m)
            for m in self.meeting_list()
            if m.date is not None and m.date >= today
        ]
        if not dated:
            return None
        return min(dated, key=lambda t: t[:3])[3].uuid

    def set_meeting_field(self, uuid: str, field: str, value: Any) -> Changes:
        value = checked_field(field, value)
        with self.store.transaction() as db:
            repository.update_meeting_field(db, uuid, field, value)
        return Changes(meetings=frozenset({uuid}))

    def move_meeting(self, uuid: str, position: int) -> Changes:
        with self.store.transaction() as db:
            order = moved(repository.meeting_uuids(db), uuid, position, "meeting")
            repository.set_meeting_order(db, order)
        return Changes(meeting_list=True)

    # -- agenda ----------------------------------------------------------------------------------

    def new_agenda_item(self, meeting_uuid: str, position: int | None = None) -> AgendaItem:
        count = len(repository.agenda_uuids(self.store.db, meeting_uuid))
        where = clamp(position, count)
        return AgendaItem(uuid=new_uuid(), meeting_uuid=meeting_uuid, position=where)

    def restore_agenda_item(self, item: AgendaItem, notes: Sequence[str] = ()) -> Changes:
        """Insert an agenda item at its position (used by add, undo of delete); the captured
        ``notes`` (uuids) that were tagged with it are tagged with it again."""
        _check_agenda_item(item)
        with self.store.transaction() as db:
            order = repository.agenda_uuids(db, item.meeting_uuid)
            insert_at(order, item.position, item.uuid)
            repository.insert_agenda_item(db, dataclasses.replace(item, position=len(order)))
            repository.set_agenda_order(db, order)
            repository.tag_notes(db, item.meeting_uuid, item.uuid, notes)
        return Changes(meetings=frozenset({item.meeting_uuid}))

    def delete_agenda_item(self, uuid: str) -> Changes:
        with self.store.transaction() as db:
            meeting_uuid = repository.agenda_item_meeting(db, uuid)
            repository.delete_agenda_item(db, uuid)
            repository.set_agenda_order(db, repository.agenda_uuids(db, meeting_uuid))
        return Changes(meetings=frozenset({meeting_uuid}))

    def set_agenda_field(self, uuid: str, field: str, value: Any) -> Changes:
        value = checked_field(field, value)
        with self.store.transaction() as db:
            meeting_uuid = repository.agenda_item_meeting(db, uuid)
            repository.update_agenda_field(db, uuid, field, value)
        return Changes(meetings=frozenset({meeting_uuid}))

    def move_agenda_item(self, uuid: str, position: int) -> Changes:
        with self.store.transaction() as db:
            meeting_uuid = _found(lambda: repository.agenda_item_meeting(db, uuid))
            order = moved(repository.agenda_uuids(db, meeting_uuid), uuid, position, "agenda item")
            repository.set_agenda_order(db, order)
        return Changes(meetings=frozenset({meeting_uuid}))

    def agenda_from_template(
        self, meeting_uuid: str, kind: str, lang: str
    ) -> tuple[AgendaItem, ...]:
        """The template agenda of ``kind`` as new items after the meeting's own, not stored (for
        :meth:`set_agenda`)."""
        meeting_valid(check_choice, kind, MEETING_KINDS)
        count = len(_found(lambda: repository.load_meeting(self.store.db, meeting_uuid)).agenda)
        return tuple(
            AgendaItem(
                uuid=new_uuid(),
                meeting_uuid=meeting_uuid,
                position=count + n,
                title=draft.title,
                duration_min=draft.duration_min,
                method=draft.method,
            )
            for n, draft in enumerate(agenda_template(kind, lang))
        )

    def apply_agenda_template(self, meeting_uuid: str, kind: str, lang: str) -> Changes:
        """Add the template agenda of ``kind`` after the meeting's own items. To undo, capture
        the agenda first and hand it to :meth:`set_agenda` (or call :meth:`set_agenda` with the
        old agenda plus :meth:`agenda_from_template` as the edit)."""
        old = _found(lambda: repository.load_meeting(self.store.db, meeting_uuid)).agenda
        return self.set_agenda(
            meeting_uuid, old + self.agenda_from_template(meeting_uuid, kind, lang)
        )

    def set_agenda(self, meeting_uuid: str, items: Sequence[AgendaItem]) -> Changes:
        """Make the meeting's agenda exactly ``items``, in that order: items kept by uuid are
        updated in place (their notes stay with them), others added, the rest deleted."""
        for item in items:
            _check_agenda_item(item)
        wanted = [dataclasses.replace(i, meeting_uuid=meeting_uuid) for i in items]
        if len({i.uuid for i in wanted}) != len(wanted):
            raise bad_input("agenda: an item is given twice")
        with self.store.transaction() as db:
            _require_meeting(db, meeting_uuid)
            have = set(repository.agenda_uuids(db, meeting_uuid))
            for uuid in have - {i.uuid for i in wanted}:
                repository.delete_agenda_item(db, uuid)
            for position, item in enumerate(wanted):
                item = dataclasses.replace(item, position=position)
                if item.uuid in have:
                    for name in AGENDA_EDIT_FIELDS:
                        repository.update_agenda_field(db, item.uuid, name, getattr(item, name))
                else:
                    require_new(db, "agenda_item", item.uuid)
                    repository.insert_agenda_item(db, item)
            repository.set_agenda_order(db, [i.uuid for i in wanted])
        return _record_changes(meeting_uuid)

    # -- attendance ------------------------------------------------------------------------------

    def set_actor_present(self, meeting_uuid: str, actor_uuid: str, present: bool) -> Changes:
        """Whether an actor from the register came to the meeting."""
        with self.store.transaction() as db:
            _require_meeting(db, meeting_uuid)
            if actor_uuid not in repository.actor_uuids(db):
                raise bad_input(f"no actor {actor_uuid}")
            repository.set_actor_present(db, meeting_uuid, actor_uuid, bool(present))
        return _record_changes(meeting_uuid)

    def set_citizen_count(
        self, meeting_uuid: str, age_band: str, group: str, count: int | None
    ) -> Changes:
        """One cell of the citizens counted (age band × resident / visitor / trader); ``None``
        empties it."""
        cell = meeting_valid(
            check_citizen_count, CitizenCount(meeting_uuid, age_band, group, count)
        )
        with self.store.transaction() as db:
            _require_meeting(db, meeting_uuid)
            repository.set_citizen_count(db, cell)
        return _record_changes(meeting_uuid)

    def _require_named_participants(self, db: Any) -> None:
        if not repository.load_project(db).named_participants:
            raise bad_input("named participants are switched off for this project")

    def new_participant(self, meeting_uuid: str, **values: Any) -> Participant:
        """A named participant not yet stored, placed last (only when the project lists
        participants by name); pass it to :meth:`restore_participant`."""
        self._require_named_participants(self.store.db)
        return self._new_record("participant", Participant, check_participant, meeting_uuid, values)

    def restore_participant(self, participant: Participant) -> Changes:
        self._require_named_participants(self.store.db)
        return self._restore_record("participant", check_participant, participant)

    def overdue_participants(self, today: dt.date) -> tuple[Participant, ...]:
        """Named participants whose deletion date has come (``delete_by`` on or before
        ``today``), meeting by meeting, for the UI to offer deleting them."""
        return tuple(
            p
            for meeting in repository.load_meetings(self.store.db)
            for p in meeting.participants
            if p.delete_by is not None and p.delete_by <= today
        )

    def delete_participant(self, uuid: str) -> Changes:
        """Always allowed, also once named participants are switched off."""
        return self._delete_record("participant", uuid)

    def set_participant_field(self, uuid: str, field: str, value: Any) -> Changes:
        self._require_named_participants(self.store.db)
        return self._set_record_field(
            "participant",
            uuid,
            field,
            value,
            PARTICIPANT_FIELDS,
            repository.load_participant,
            check_participant,
        )

    # -- action items and decisions --------------------------------------------------------------

    def new_action_item(self, meeting_uuid: str, **values: Any) -> ActionItem:
        """An action item (what, who, by when) not yet stored, placed last."""
        return self._new_record("action_item", ActionItem, check_action, meeting_uuid, values)

    def restore_action_item(self, action: ActionItem) -> Changes:
        return self._restore_record("action_item", check_action, action)

    def delete_action_item(self, uuid: str) -> Changes:
        return self._delete_record("action_item", uuid)

    def set_action_item_field(self, uuid: str, field: str, value: Any) -> Changes:
        return self._set_record_field(
            "action_item", uuid, field, value, ACTION_FIELDS, repository.load_action, check_action
        )

    def new_meeting_decision(self, meeting_uuid: str, **values: Any) -> MeetingDecision:
        return self._new_record(
            "meeting_decision", MeetingDecision, check_meeting_decision, meeting_uuid, values
        )

    def restore_meeting_decision(self, decision: MeetingDecision) -> Changes:
        return self._restore_record("meeting_decision", check_meeting_decision, decision)

    def delete_meeting_decision(self, uuid: str) -> Changes:
        return self._delete_record("meeting_decision", uuid)

    def set_meeting_decision_field(self, uuid: str, field: str, value: Any) -> Changes:
        return self._set_record_field(
            "meeting_decision",
            uuid,
            field,
            value,
            MEETING_DECISION_FIELDS,
            repository.load_meeting_decision,
            check_meeting_decision,
        )

    # -- the records' shared steps ---------------------------------------------------------------

    def _new_record(
        self,
        table: str,
        make: Callable[..., Any],
        check: Callable[[Any], Any],
        meeting_uuid: str,
        values: dict[str, Any],
    ) -> Any:
        """A record of the meeting not yet stored, placed last in ``table``'s list."""
        position = len(repository.record_uuids(self.store.db, table, meeting_uuid))
        values.setdefault("uuid", new_uuid())
        try:
            record = make(meeting_uuid=meeting_uuid, position=position, **values)
        except TypeError as exc:
            raise bad_input(str(exc)) from None
        return meeting_valid(check, record)

    def _restore_record(self, table: str, check: Callable[[Any], Any], record: Any) -> Changes:
        """Insert a participant, note, action item or decision at its position (clamped): add,
        and undo of delete."""
        record = meeting_valid(check, record)
        insert = _INSERTS[table]
        with self.store.transaction() as db:
            _require_meeting(db, record.meeting_uuid)
            require_new(db, table, record.uuid)
            order = repository.record_uuids(db, table, record.meeting_uuid)
            order.insert(clamp(record.position, len(order)), record.uuid)
            insert(db, dataclasses.replace(record, position=len(order)))
            repository.set_record_order(db, table, order)
        return _record_changes(record.meeting_uuid)

    def _delete_record(self, table: str, uuid: str) -> Changes:
        with self.store.transaction() as db:
            meeting_uuid = _found(lambda: repository.record_meeting(db, table, uuid))
            repository.delete_record(db, table, uuid)
            order = repository.record_uuids(db, table, meeting_uuid)
            repository.set_record_order(db, table, order)
        return _record_changes(meeting_uuid)

    def _set_record_field(
        self,
        table: str,
        uuid: str,
        field: str,
        value: Any,
        fields: tuple[str, ...],
        load: Callable[[Any, str], Any],
        check: Callable[[Any], Any],
    ) -> Changes:
        if field not in fields:
            raise bad_input(f"{field}: unknown field")
        with self.store.transaction() as db:
            record = _found(lambda: load(db, uuid))
            changed = meeting_valid(check, dataclasses.replace(record, **{field: value}))
            repository.update_record_field(db, table, uuid, field, getattr(changed, field))
        return _record_changes(record.meeting_uuid)


_INSERTS: dict[str, Callable[[Any, Any], None]] = {
    "participant": repository.insert_participant,
    "meeting_note": repository.insert_note,
    "action_item": repository.insert_action,
    "meeting_decision": repository.insert_meeting_decision,
}


def meeting_value_problems(snapshot: ProjectSnapshot) -> list[str]:
    """What the meetings of a file hold that the app and the JSON import refuse (issue 13's
    fields and records, and where they point), each as "where: why" in the JSON's terms."""
    problems: list[str] = []
    known = {
        "idea": {i.uuid for i in snapshot.trials.ideas},
        "actor": {a.uuid for a in snapshot.actors.actors},
        "knowledge": {r.uuid for r in snapshot.scope.rows if r.list_key == "knowledge"},
    }
    for m, meeting in enumerate(snapshot.meetings):
        where = f"meetings[{m}]"
        problems += _field_problems(where, meeting.meeting, MEETING_EXTRA_FIELDS)
        for a, item in enumerate(meeting.agenda):
            problems += _field_problems(f"{where}.agenda[{a}]", item, AGENDA_EXTRA_FIELDS)
        rows: list[tuple[str, Callable[[Any], Any], Sequence[Any]]] = [
            ("citizen_counts", check_citizen_count, meeting.citizen_counts),
            ("participants", check_participant, meeting.participants),
            ("notes", check_note, meeting.notes),
            ("actions", check_action, meeting.actions),
            ("decisions", check_meeting_decision, meeting.decisions),
        ]
        for key, check, records in rows:
            for n, record in enumerate(records):
                try:
                    check(record)
                except InvalidMeetingValue as exc:
                    problems.append(f"{where}.{key}[{n}].{exc}")
        if meeting.participants and not snapshot.project.named_participants:
            problems.append(f"{where}.participants: the project does not list them by name")
        if meeting.live is not None:
            try:
                check_live_state(meeting.live)
            except InvalidMeetingValue as exc:
                problems.append(f"{where}.live.{exc}")
        problems += _link_problems(where, meeting, known)
    return problems


def _field_problems(where: str, record: Any, names: Sequence[str]) -> list[str]:
    out = []
    for name in names:
        try:
            check_extra_field(name, getattr(record, name))
        except InvalidMeetingValue as exc:
            out.append(f"{where}.{name}: {exc}")
    return out


def _link_problems(where: str, meeting: MeetingWithAgenda, known: dict[str, set[str]]) -> list[str]:
    """Links a meeting's records make that the database's foreign keys do not guard."""
    out = []
    items = {i.uuid for i in meeting.agenda}
    notes = {n.uuid for n in meeting.notes}
    here = known | {
        "decision": {d.uuid for d in meeting.decisions},
        "action": {a.uuid for a in meeting.actions},
    }
    for n, note in enumerate(meeting.notes):
        if note.item_uuid is not None and note.item_uuid not in items:
            out.append(f"{where}.notes[{n}].item: an agenda item of another meeting")
        if note.became_kind in here and note.became_uuid not in here[note.became_kind]:
            out.append(f"{where}.notes[{n}].became_uuid: no {note.became_kind} {note.became_uuid}")
    linked: tuple[tuple[str, Sequence[ActionItem | MeetingDecision]], ...] = (
        ("actions", meeting.actions),
        ("decisions", meeting.decisions),
    )
    for key, records in linked:
        for n, record in enumerate(records):
            if record.note_uuid and record.note_uuid not in notes:
                out.append(f"{where}.{key}[{n}].note: no note {record.note_uuid} in this meeting")
    live = meeting.live
    if live is not None and live.item_uuid is not None and live.item_uuid not in items:
        out.append(f"{where}.live.item: an agenda item of another meeting")
    return out
