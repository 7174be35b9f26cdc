"""Undo commands for what a meeting holds beyond its agenda: its copy, a template agenda,
attendance, and what came out (notes, action items, decisions).

Same rules as ``ui/commands.py``: the push is the edit, old values (and whatever a delete
removes) are captured when the command is made, and every step is a :class:`ServiceCall`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.model import AgendaItem, MeetingWithAgenda
from workshop_app.services.project_service import EditMethod, ProjectService, ServiceCall
from workshop_app.ui.commands import (
    Identified,
    RecordKind,
    add_step,
    set_field,
    step,
    swap,
)
from workshop_app.ui.i18n import lower_first
from workshop_app.ui.session import ProjectSession

# -- generic: add, delete, edit one record -----------------------------------------------------


NOTE = RecordKind(ProjectService.restore_note, ProjectService.delete_note)
ACTION_ITEM = RecordKind(ProjectService.restore_action_item, ProjectService.delete_action_item)
DECISION = RecordKind(
    ProjectService.restore_meeting_decision, ProjectService.delete_meeting_decision
)
PARTICIPANT = RecordKind(ProjectService.restore_participant, ProjectService.delete_participant)


def add_to_meeting(
    session: ProjectSession,
    meeting: MeetingWithAgenda | None,
    kind: RecordKind,
    text: str,
    new: Callable[[str], Identified],
) -> str | None:
    """Store the record ``new`` makes for ``meeting`` (given its uuid); the record's uuid, or
    None when no meeting is shown, the file is read-only or the service refused it."""
    if meeting is None or session.read_only:
        return None
    record = new(meeting.meeting.uuid)
    return record.uuid if kind.add(session, text, record) else None


def deleter(session: ProjectSession, kind: RecordKind, text: str) -> Callable[[Any], object]:
    """What a records table calls to delete a record (as stored now); undo puts it back."""
    return lambda record: kind.remove(session, text, record)


def set_record_field(
    session: ProjectSession,
    fn: EditMethod,
    uuid: str,
    field: str,
    label: str,
    old: Any,
    new: Any,
) -> bool:
    """One field of one record; editing the same field again merges into one undo step."""
    text = QCoreApplication.translate("MeetingCommands", "Edit {0}").format(lower_first(label))
    return set_field(session, fn, (uuid,), field, text, (old, new))


# -- meetings ------------------------------------------------------------------------------------


def duplicate_meeting(session: ProjectSession, uuid: str, title: str) -> str:
    """A copy of the meeting's plan (new uuids) titled ``title``; returns its uuid."""
    copy = session.service.duplicate_meeting(uuid)
    copy = dataclasses.replace(copy, meeting=dataclasses.replace(copy.meeting, title=title))
    add_step(
        session,
        QCoreApplication.translate("MeetingCommands", "Duplicate meeting"),
        ServiceCall(ProjectService.restore_meeting, (copy,)),
        ProjectService.delete_meeting,
        copy.meeting.uuid,
    )
    return copy.meeting.uuid


def replace_agenda(
    session: ProjectSession,
    meeting_uuid: str,
    old: Sequence[AgendaItem],
    new: Sequence[AgendaItem],
) -> bool:
    """The whole agenda at once (a template applied): one undo step back to ``old``."""
    return step(
        session,
        QCoreApplication.translate("MeetingCommands", "Apply agenda template"),
        ServiceCall(ProjectService.set_agenda, (meeting_uuid, tuple(new))),
        ServiceCall(ProjectService.set_agenda, (meeting_uuid, tuple(old))),
    )


# -- attendance ----------------------------------------------------------------------------------


def set_actor_present(
    session: ProjectSession, meeting_uuid: str, actor_uuid: str, present: bool
) -> bool:
    text = (
        QCoreApplication.translate("MeetingCommands", "Mark actor present")
        if present
        else QCoreApplication.translate("MeetingCommands", "Mark actor absent")
    )
    args = (meeting_uuid, actor_uuid)
    return swap(session, text, ProjectService.set_actor_present, args, not present, present)


def set_citizen_count(
    session: ProjectSession,
    meeting_uuid: str,
    age_band: str,
    group: str,
    old: int | None,
    new: int | None,
) -> bool:
    """One cell of the age × group grid (None is blank: not counted). Each number typed is its
    own undo step (cells are typed whole, not letter by letter)."""
    return step(
        session,
        QCoreApplication.translate("MeetingCommands", "Edit citizen count"),
        ServiceCall(ProjectService.set_citizen_count, (meeting_uuid, age_band, group, new)),
        ServiceCall(ProjectService.set_citizen_count, (meeting_uuid, age_band, group, old)),
    )
