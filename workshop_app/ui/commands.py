"""Undo commands. The push *is* the edit: ``redo()`` calls the service, ``undo()`` calls it back.

Old values are captured when a command is made, never read back after the change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workshop_app.domain.changes import Changes
from workshop_app.ui.session import ProjectSession

_FIELD_EDIT_ID = 1001


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        session: ProjectSession,
        text: str,
        do: Callable[[], Changes],
        undo: Callable[[], Changes],
    ) -> None:
        super().__init__(text)
        self._session = session
        self._do = do
        self._undo = undo

    def redo(self) -> None:
        if not self._session.apply(self._do):
            # The edit did not happen: drop the command instead of recording a lie.
            self.setObsolete(True)

    def undo(self) -> None:
        self._session.apply(self._undo)


class SetFieldCommand(ServiceCommand):
    """One field of one object; consecutive edits of the same field merge into one step."""

    def __init__(
        self,
        session: ProjectSession,
        key: tuple[str, str, str],
        text: str,
        setter: Callable[[Any], Changes],
        old: Any,
        new: Any,
    ) -> None:
        super().__init__(session, text, lambda: setter(self.new), lambda: setter(self.old))
        self.key = key
        self.old = old
        self.new = new

    def id(self) -> int:
        return _FIELD_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or other.key != self.key:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


def set_project_field(session: ProjectSession, field: str, label: str, old: Any, new: Any) -> None:
    service = session.service
    session.undo_stack.push(
        SetFieldCommand(
            session,
            ("project", "", field),
            QCoreApplication.translate("Commands", "Edit {0}").format(label),
            lambda value: service.set_project_field(field, value),
            old,
            new,
        )
    )


def set_meeting_field(
    session: ProjectSession, uuid: str, field: str, label: str, old: Any, new: Any
) -> None:
    service = session.service
    session.undo_stack.push(
        SetFieldCommand(
            session,
            ("meeting", uuid, field),
            QCoreApplication.translate("Commands", "Edit {0}").format(label),
            lambda value: service.set_meeting_field(uuid, field, value),
            old,
            new,
        )
    )


def set_agenda_field(
    session: ProjectSession, uuid: str, field: str, label: str, old: Any, new: Any
) -> None:
    service = session.service
    session.undo_stack.push(
        SetFieldCommand(
            session,
            ("agenda", uuid, field),
            QCoreApplication.translate("Commands", "Edit {0}").format(label),
            lambda value: service.set_agenda_field(uuid, field, value),
            old,
            new,
        )
    )


def add_meeting(session: ProjectSession, title: str) -> str:
    service = session.service
    meeting = service.new_meeting(title=title)
    uuid = meeting.meeting.uuid
    session.undo_stack.push(
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Add meeting"),
            lambda: service.restore_meeting(meeting),
            lambda: service.delete_meeting(uuid),
        )
    )
    return uuid


def delete_meeting(session: ProjectSession, uuid: str) -> None:
    service = session.service
    captured = service.meeting(uuid)
    session.undo_stack.push(
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Delete meeting"),
            lambda: service.delete_meeting(uuid),
            lambda: service.restore_meeting(captured),
        )
    )


def move_meeting(session: ProjectSession, uuid: str, old: int, new: int) -> None:
    service = session.service
    session.undo_stack.push(
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Move meeting"),
            lambda: service.move_meeting(uuid, new),
            lambda: service.move_meeting(uuid, old),
        )
    )


def add_agenda_item(
    session: ProjectSession, meeting_uuid: str, title: str, position: int | None = None
) -> str:
    service = session.service
    item = service.new_agenda_item(meeting_uuid, position)
    item = dataclasses.replace(item, title=title)
    session.undo_stack.push(
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Add agenda item"),
            lambda: service.restore_agenda_item(item),
            lambda: service.delete_agenda_item(item.uuid),
        )
    )
    return item.uuid


def delete_agenda_item(session: ProjectSession, meeting_uuid: str, uuid: str) -> None:
    service = session.service
    captured = next(i for i in service.meeting(meeting_uuid).agenda if i.uuid == uuid)
    session.undo_stack.push(
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Delete agenda item"),
            lambda: service.delete_agenda_item(uuid),
            lambda: service.restore_agenda_item(captured),
        )
    )


def move_agenda_item(session: ProjectSession, uuid: str, old: int, new: int) -> None:
    service = session.service
    session.undo_stack.push(
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Move agenda item"),
            lambda: service.move_agenda_item(uuid, new),
            lambda: service.move_agenda_item(uuid, old),
        )
    )
