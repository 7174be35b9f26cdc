"""Meeting edits the meetings page needs beyond the meeting service (issue 13): service
functions of ``ProjectService`` (called as ``fn(service, …)`` by a ``ServiceCall``), one
transaction each, returning what changed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from workshop_app.domain.changes import Changes
from workshop_app.domain.model import AgendaItem
from workshop_app.services.meeting_service import checked_field
from workshop_app.services.refusals import bad_input, found
from workshop_app.storage import repository

if TYPE_CHECKING:
    from workshop_app.services.project_service import ProjectService

_AGENDA_CHECKED = ("title", "duration_min", "method", "responsible", "materials", "notes")


def replace_agenda(
    service: ProjectService, meeting_uuid: str, items: Sequence[AgendaItem]
) -> Changes:
    """The meeting's agenda becomes ``items`` in their order (a template applied, and its undo
    putting the old items back with their uuids), in one transaction."""
    for item in items:
        if item.meeting_uuid != meeting_uuid:
            raise bad_input("agenda item of another meeting")
        for name in _AGENDA_CHECKED:
            checked_field(name, getattr(item, name))
    with service.store.transaction() as db:
        found(lambda: repository.load_meeting(db, meeting_uuid))  # refused when it is gone
        for uuid in repository.agenda_uuids(db, meeting_uuid):
            repository.delete_agenda_item(db, uuid)
        for index, item in enumerate(items):
            repository.insert_agenda_item(db, dataclasses.replace(item, position=index))
        repository.set_agenda_order(db, [item.uuid for item in items])
    return Changes(meetings=frozenset({meeting_uuid}))
