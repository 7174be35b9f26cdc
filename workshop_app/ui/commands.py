"""Undo commands. The push *is* the edit: ``redo()`` calls the service, ``undo()`` calls it back.

Old values are captured when a command is made, never read back after the change. Each step is
a :class:`ServiceCall` (the service method itself and its arguments: data, not a closure) so an
edit that could not be written yet can wait in the session and be retried or replayed on a copy.
Every command of every phase goes on the stack through :func:`push`, which says whether the edit
happened::

    def rename_actor(session: ProjectSession, uuid: str, old: str, new: str) -> bool:
        return push(
            session,
            ServiceCommand(
                session,
                QCoreApplication.translate("Commands", "Rename actor"),
                ServiceCall(ProjectService.set_actor_value, (uuid, "name", new)),
                ServiceCall(ProjectService.set_actor_value, (uuid, "name", old)),
            ),
        )
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workshop_app.domain.scope import MapImage, ScopeRow
from workshop_app.services.project_service import EditMethod, ProjectService, ServiceCall
from workshop_app.ui.i18n import lower_first
from workshop_app.ui.session import ProjectSession

_FIELD_EDIT_ID = 1001


def push(session: ProjectSession, command: QUndoCommand) -> bool:
    """Push ``command`` (the push *is* the edit) and say whether the edit happened.

    The one way every phase learns it: False when the service refused the edit (the session's
    ``failed`` signal has already shown why). Never compare ``undo_stack.count()``: after an
    undo Qt drops the redo steps, and a merged field edit adds no step, so the count says
    nothing about the edit.
    """
    before = session.refusals
    session.undo_stack.push(command)
    return session.refusals == before


class ServiceCommand(QUndoCommand):
    """``do`` on redo, ``undo`` on undo; ``undo`` may be several calls, made in order (e.g. an
    actor put back, then the links other phases had to it)."""

    def __init__(
        self,
        session: ProjectSession,
        text: str,
        do: ServiceCall,
        undo: ServiceCall | tuple[ServiceCall, ...],
    ) -> None:
        super().__init__(text)
        self._session = session
        self._do = do
        self._undo = undo if isinstance(undo, tuple) else (undo,)

    def redo(self) -> None:
        if not self._session.apply(self._do):
            # The edit was refused: drop the command instead of recording a lie.
            self.setObsolete(True)

    def undo(self) -> None:
        for call in self._undo:
            if not self._session.apply(call):
                break


class SetFieldCommand(QUndoCommand):
    """One field of one object; consecutive edits of the same field merge into one step."""

    def __init__(
        self,
        session: ProjectSession,
        fn: EditMethod,
        target: tuple[str, ...],
        field: str,
        text: str,
        old: Any,
        new: Any,
    ) -> None:
        super().__init__(text)
        self._session = session
        self.key = (fn, *target, field)
        self._fn = fn
        self._args = (*target, field)
        self.old = old
        self.new = new

    def _call(self, value: Any) -> ServiceCall:
        return ServiceCall(self._fn, (*self._args, value))

    def redo(self) -> None:
        if not self._session.apply(self._call(self.new)):
            self.setObsolete(True)

    def undo(self) -> None:
        self._session.apply(self._call(self.old))

    def id(self) -> int:
        return _FIELD_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or other.key != self.key:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


def _edit_text(label: str) -> str:
    """ "Edit influence": the field's label continues the sentence (sentence case in menus)."""
    return QCoreApplication.translate("Commands", "Edit {0}").format(lower_first(label))


def set_project_field(session: ProjectSession, field: str, label: str, old: Any, new: Any) -> None:
    push(
        session,
        SetFieldCommand(
            session, ProjectService.set_project_field, (), field, _edit_text(label), old, new
        ),
    )


def set_meeting_field(
    session: ProjectSession, uuid: str, field: str, label: str, old: Any, new: Any
) -> None:
    push(
        session,
        SetFieldCommand(
            session, ProjectService.set_meeting_field, (uuid,), field, _edit_text(label), old, new
        ),
    )


def set_agenda_field(
    session: ProjectSession, uuid: str, field: str, label: str, old: Any, new: Any
) -> None:
    push(
        session,
        SetFieldCommand(
            session, ProjectService.set_agenda_field, (uuid,), field, _edit_text(label), old, new
        ),
    )


def add_meeting(session: ProjectSession, title: str) -> str:
    meeting = session.service.new_meeting(title=title)
    uuid = meeting.meeting.uuid
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Add meeting"),
            ServiceCall(ProjectService.restore_meeting, (meeting,)),
            ServiceCall(ProjectService.delete_meeting, (uuid,)),
        ),
    )
    return uuid


def delete_meeting(session: ProjectSession, uuid: str) -> None:
    """Undo puts the meeting back with its agenda, and the dot-votes and idea origins that
    phase 3 had linked to it."""
    captured = session.service.meeting(uuid)
    links = session.service.links_to(uuid)
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Delete meeting"),
            ServiceCall(ProjectService.delete_meeting, (uuid,)),
            (
                ServiceCall(ProjectService.restore_meeting, (captured,)),
                ServiceCall(ProjectService.restore_links, (links,)),
            ),
        ),
    )


def move_meeting(session: ProjectSession, uuid: str, old: int, new: int) -> None:
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Move meeting"),
            ServiceCall(ProjectService.move_meeting, (uuid, new)),
            ServiceCall(ProjectService.move_meeting, (uuid, old)),
        ),
    )


def add_agenda_item(
    session: ProjectSession, meeting_uuid: str, title: str, position: int | None = None
) -> str:
    item = session.service.new_agenda_item(meeting_uuid, position)
    item = dataclasses.replace(item, title=title)
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Add agenda item"),
            ServiceCall(ProjectService.restore_agenda_item, (item,)),
            ServiceCall(ProjectService.delete_agenda_item, (item.uuid,)),
        ),
    )
    return item.uuid


def delete_agenda_item(session: ProjectSession, meeting_uuid: str, uuid: str) -> None:
    captured = next(i for i in session.service.meeting(meeting_uuid).agenda if i.uuid == uuid)
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Delete agenda item"),
            ServiceCall(ProjectService.delete_agenda_item, (uuid,)),
            ServiceCall(ProjectService.restore_agenda_item, (captured,)),
        ),
    )


def move_agenda_item(session: ProjectSession, uuid: str, old: int, new: int) -> None:
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Move agenda item"),
            ServiceCall(ProjectService.move_agenda_item, (uuid, new)),
            ServiceCall(ProjectService.move_agenda_item, (uuid, old)),
        ),
    )


# -- phase 1: scope ------------------------------------------------------------------------------


def set_scope_value(session: ProjectSession, key: str, label: str, old: Any, new: Any) -> None:
    push(
        session,
        SetFieldCommand(
            session, ProjectService.set_scope_value, (), key, _edit_text(label), old, new
        ),
    )


def set_scope_row_value(
    session: ProjectSession, uuid: str, column: str, label: str, old: Any, new: Any
) -> None:
    push(
        session,
        SetFieldCommand(
            session,
            ProjectService.set_scope_row_value,
            (uuid,),
            column,
            _edit_text(label),
            old,
            new,
        ),
    )


def add_scope_row(
    session: ProjectSession, list_key: str, position: int | None = None
) -> str | None:
    """A new row; its uuid, or None when the edit was refused."""
    row = session.service.new_scope_row(list_key, position)
    added = push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Add row"),
            ServiceCall(ProjectService.restore_scope_row, (row,)),
            ServiceCall(ProjectService.delete_scope_row, (row.uuid,)),
        ),
    )
    return row.uuid if added else None


def delete_scope_row(session: ProjectSession, row: ScopeRow) -> None:
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Delete row"),
            ServiceCall(ProjectService.delete_scope_row, (row.uuid,)),
            ServiceCall(ProjectService.restore_scope_row, (row,)),
        ),
    )


def move_scope_row(session: ProjectSession, uuid: str, old: int, new: int) -> None:
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Move row"),
            ServiceCall(ProjectService.move_scope_row, (uuid, new)),
            ServiceCall(ProjectService.move_scope_row, (uuid, old)),
        ),
    )


def set_map_image(
    session: ProjectSession, file_name: str, data: bytes, old: MapImage | None
) -> bool:
    return push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Set map"),
            ServiceCall(ProjectService.set_map_image, (file_name, data)),
            ServiceCall(ProjectService.restore_map_image, (old,)),
        ),
    )


def remove_map_image(session: ProjectSession, old: MapImage) -> None:
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Remove map"),
            ServiceCall(ProjectService.restore_map_image, (None,)),
            ServiceCall(ProjectService.restore_map_image, (old,)),
        ),
    )


# -- phase 2: actors -----------------------------------------------------------------------------


def set_actor_field(
    session: ProjectSession, uuid: str, field: str, label: str, old: Any, new: Any
) -> None:
    push(
        session,
        SetFieldCommand(
            session, ProjectService.set_actor_value, (uuid,), field, _edit_text(label), old, new
        ),
    )


def add_actor(session: ProjectSession, name: str) -> str:
    actor = session.service.new_actor(name=name)
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Add actor"),
            ServiceCall(ProjectService.restore_actor, (actor,)),
            ServiceCall(ProjectService.delete_actor, (actor.uuid,)),
        ),
    )
    return actor.uuid


def duplicate_actor(session: ProjectSession, uuid: str, name: str) -> str:
    """A copy placed right after the original; personal data is not copied."""
    actor = dataclasses.replace(session.service.duplicate_actor(uuid), name=name)
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Duplicate actor"),
            ServiceCall(ProjectService.restore_actor, (actor,)),
            ServiceCall(ProjectService.delete_actor, (actor.uuid,)),
        ),
    )
    return actor.uuid


def delete_actor(session: ProjectSession, uuid: str) -> None:
    """Undo puts the actor back with its relations, plan entries and ratings, where they were,
    and with its place among a test's responsible actors and as the origin of ideas."""
    captured = session.service.actor_dependents(uuid)
    links = session.service.links_to(uuid)
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Delete actor"),
            ServiceCall(ProjectService.delete_actor, (uuid,)),
            (
                ServiceCall(
                    ProjectService.restore_actor,
                    (
                        captured.actor,
                        captured.relations,
                        captured.plan,
                        captured.ratings,
                        captured.plan_positions,
                    ),
                ),
                ServiceCall(ProjectService.restore_links, (links,)),
            ),
        ),
    )


def rate_actor(
    session: ProjectSession,
    uuid: str,
    old: tuple[int | None, int | None],
    new: tuple[int | None, int | None],
) -> None:
    """Influence and interest in one undo step: ``old``/``new`` are (influence, interest);
    ``(None, None)`` is an actor nobody has rated yet (undo puts it back off the grid)."""
    if old == new:
        return
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Move actor on the grid"),
            ServiceCall(ProjectService.set_actor_ratings, (uuid, *new)),
            ServiceCall(ProjectService.set_actor_ratings, (uuid, *old)),
        ),
    )


def move_actor(session: ProjectSession, uuid: str, old: int, new: int) -> None:
    """A new place in the register (its number on the grid and in the PDF follows)."""
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("Commands", "Move actor"),
            ServiceCall(ProjectService.move_actor, (uuid, new)),
            ServiceCall(ProjectService.move_actor, (uuid, old)),
        ),
    )
