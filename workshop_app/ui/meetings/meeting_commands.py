"""Undo commands for what a meeting holds beyond its agenda: its copy, a template agenda,
attendance, and what came out (notes, action items, decisions).

Same rules as ``ui/commands.py``: the push is the edit, old values (and whatever a delete
removes) are captured when the command is made, and every step is a :class:`ServiceCall`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.model import AgendaItem
from workshop_app.services.project_service import EditMethod, ProjectService, ServiceCall
from workshop_app.ui.commands import add_step, delete_step, set_field, step, swap
from workshop_app.ui.i18n import lower_first
from workshop_app.ui.session import ProjectSession

# -- generic: add, delete, edit one record -----------------------------------------------------


def add_record(
    session: ProjectSession, text: str, record: Any, restore: EditMethod, delete: EditMethod
) -> bool:
    """Store ``record`` (made by a service's ``new_…``): ``restore`` does, ``delete`` undoes."""
    return add_step(session, text, ServiceCall(restore, (record,)), delete, record.uuid)


def delete_record(
    session: ProjectSession, text: str, record: Any, delete: EditMethod, restore: EditMethod
) -> bool:
    """Delete ``record`` (as stored now); undo puts it back where it was."""
    return delete_step(session, text, delete, record.uuid, ServiceCall(restore, (record,)))


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
