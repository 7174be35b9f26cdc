"""The console's undo steps: a captured note, its text, its deletion, turning it into an idea,
an actor, a knowledge need, a decision or an action item, and minutes added to an item.

Same rules as ``ui/commands.py``: the push is the edit, old values are captured when the command
is made, and every step is a :class:`ServiceCall`. Moving through the agenda, pausing and ending
are not here: the service stores them as they happen, outside the undo stack.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.changes import Changes
from workshop_app.domain.meetings import Note
from workshop_app.domain.model import new_uuid
from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.ui.commands import add_step, delete_step, set_field, step
from workshop_app.ui.session import ProjectSession


def kind_names() -> dict[str, str]:
    """What a note can become, as the buttons and the undo menu say it."""
    return {
        "idea": QCoreApplication.translate("LiveCommands", "idea"),
        "actor": QCoreApplication.translate("LiveCommands", "actor"),
        "knowledge": QCoreApplication.translate("LiveCommands", "knowledge need"),
        "decision": QCoreApplication.translate("LiveCommands", "decision"),
        "action": QCoreApplication.translate("LiveCommands", "action item"),
    }


def capture_note(
    session: ProjectSession,
    meeting_uuid: str,
    text: str,
    at: dt.datetime,
    item_uuid: str | None,
) -> str | None:
    """Store a note tagged with the item and the time; its uuid, or None when refused."""
    note = session.service.new_note(meeting_uuid, text, at, item_uuid)
    done = add_step(
        session,
        QCoreApplication.translate("LiveCommands", "Capture note"),
        ServiceCall(ProjectService.restore_note, (note,)),
        ProjectService.delete_note,
        note.uuid,
    )
    return note.uuid if done else None


def set_note_text(session: ProjectSession, uuid: str, old: str, new: str) -> None:
    if old == new:
        return
    text = QCoreApplication.translate("LiveCommands", "Edit note")
    set_field(session, ProjectService.set_note_field, (uuid,), "text", text, (old, new))


def delete_note(session: ProjectSession, note: Note) -> None:
    delete_step(
        session,
        QCoreApplication.translate("LiveCommands", "Delete note"),
        ProjectService.delete_note,
        note.uuid,
        ServiceCall(ProjectService.restore_note, (note,)),
    )


def _convert(service: ProjectService, uuid: str, kind: str, values: dict[str, Any]) -> Changes:
    """:meth:`ProjectService.convert_note` with its fields as one argument (a step's
    arguments are positional data)."""
    return service.convert_note(uuid, kind, **values)


def convert_note(session: ProjectSession, uuid: str, kind: str, values: dict[str, Any]) -> bool:
    """Turn the note into ``kind`` made of ``values`` (one transaction); undo removes what it
    made and the link (one transaction too), redo makes the same record again (same uuid).
    False when the service refused it."""
    text = QCoreApplication.translate("LiveCommands", "Turn note into {0}").format(
        kind_names()[kind]
    )
    return step(
        session,
        text,
        ServiceCall(_convert, (uuid, kind, {**values, "uuid": new_uuid()})),
        ServiceCall(ProjectService.unconvert_note, (uuid,)),
    )


def add_minutes(
    session: ProjectSession, meeting_uuid: str, item_uuid: str, title: str, minutes: int
) -> bool:
    """``minutes`` more for the agenda item (its planned duration stays as planned); undo takes
    them back from that item, whichever item is current by then."""
    text = QCoreApplication.translate("LiveCommands", "Add {0} min to {1}").format(minutes, title)
    return step(
        session,
        text,
        ServiceCall(ProjectService.live_add_minutes, (meeting_uuid, minutes, item_uuid)),
        ServiceCall(ProjectService.live_add_minutes, (meeting_uuid, -minutes, item_uuid)),
    )
