"""Project and meetings: the project's own fields, meetings and their agendas, mixed into
``ProjectService``. Each edit is one transaction returning which meetings changed.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from workshop_app.domain.changes import Changes
from workshop_app.domain.model import (
    AgendaItem,
    Meeting,
    MeetingWithAgenda,
    Project,
    new_uuid,
)
from workshop_app.domain.validation import InvalidValue, check_value
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.refusals import found as _found
from workshop_app.services.refusals import moved
from workshop_app.storage import repository
from workshop_app.storage.database import ProjectStore


def checked_field(field: str, value: Any) -> Any:
    """A project, meeting or agenda value as stored; BAD_INPUT naming the field if refused."""
    try:
        return check_value(field, value)
    except InvalidValue as exc:
        raise KnownError(ErrorKind.BAD_INPUT, "", problem=f"{field}: {exc}") from None


def _check_agenda_item(item: AgendaItem) -> None:
    for name in ("title", "duration_min", "method", "responsible"):
        checked_field(name, getattr(item, name))


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

    # -- project ---------------------------------------------------------------------------------

    def set_project_field(self, field: str, value: Any) -> Changes:
        value = checked_field(field, value)
        with self.store.transaction() as db:
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
        for name in ("title", "place", "purpose"):
            checked_field(name, getattr(m, name))
        for item in meeting.agenda:
            _check_agenda_item(item)
        with self.store.transaction() as db:
            order = repository.meeting_uuids(db)
            position = max(0, min(m.position, len(order)))
            order.insert(position, m.uuid)
            repository.insert_meeting(db, dataclasses.replace(m, position=len(order)))
            repository.set_meeting_order(db, order)
            for index, item in enumerate(meeting.agenda):
                repository.insert_agenda_item(
                    db, dataclasses.replace(item, meeting_uuid=m.uuid, position=index)
                )
        return Changes(meeting_list=True, meetings=frozenset({m.uuid}))

    def delete_meeting(self, uuid: str) -> Changes:
        with self.store.transaction() as db:
            repository.delete_meeting(db, uuid)
            repository.set_meeting_order(db, repository.meeting_uuids(db))
        return Changes(meeting_list=True, meetings=frozenset({uuid}))

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
        where = count if position is None else max(0, min(position, count))
        return AgendaItem(uuid=new_uuid(), meeting_uuid=meeting_uuid, position=where)

    def restore_agenda_item(self, item: AgendaItem) -> Changes:
        """Insert an agenda item at its position (used by add, undo of delete)."""
        _check_agenda_item(item)
        with self.store.transaction() as db:
            order = repository.agenda_uuids(db, item.meeting_uuid)
            order.insert(max(0, min(item.position, len(order))), item.uuid)
            repository.insert_agenda_item(db, dataclasses.replace(item, position=len(order)))
            repository.set_agenda_order(db, order)
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
