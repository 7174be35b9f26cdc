"""Undo commands. The push *is* the edit: ``redo()`` calls the service, ``undo()`` calls it back.

Old values are captured when a command is made, never read back after the change. Each step is
a :class:`ServiceCall` (the service method itself and its arguments: data, not a closure) so an
edit that could not be written yet can wait in the session and be retried or replayed on a copy.
Every command of every phase goes on the stack through :func:`push`, which says whether the edit
happened. Commands are written with the generic family below, not by hand:

- :func:`step`: one edit and its undo (both a :class:`ServiceCall`);
- :func:`swap`: ``fn(…, new)`` undone by ``fn(…, old)``, nothing when they are equal;
- :class:`RecordKind`: how a kind of record is put back and deleted (``add``, ``remove``,
  ``remover``); :func:`mover` and :func:`field_setter` make the move and set-field commands;
- :func:`macro`: several pushes as one undo step.

::

    _IDEA = RecordKind(ProjectService.restore_idea, ProjectService.delete_idea)
    move_idea = mover(
        ProjectService.move_idea, lambda: QCoreApplication.translate("IdeaCommands", "Move idea")
    )

    def rename_category(session: ProjectSession, uuid: str, old: str, new: str) -> None:
        text = QCoreApplication.translate("ActorCategories", "Rename category")
        swap(session, text, ProjectService.rename_category, (uuid,), old, new)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

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


@contextmanager
def macro(session: ProjectSession, text: str, when: bool = True) -> Iterator[None]:
    """Several pushes as one undo step: ``with macro(session, text): ...`` (no grouping when
    ``when`` is False, e.g. for a single step)."""
    if when:
        session.undo_stack.beginMacro(text)
    try:
        yield
    finally:
        if when:
            session.undo_stack.endMacro()


# -- the generic family: every command of every phase is one of these ------------------------------


def step(
    session: ProjectSession, text: str, do: ServiceCall, undo: ServiceCall | tuple[ServiceCall, ...]
) -> bool:
    """One undo step: ``do`` now and on redo, ``undo`` on undo; True when the edit happened."""
    return push(session, ServiceCommand(session, text, do, undo))


def swap(
    session: ProjectSession, text: str, fn: EditMethod, args: tuple[Any, ...], old: Any, new: Any
) -> bool:
    """``fn(*args, new)``, undone by ``fn(*args, old)`` (a move, a rename, a count); nothing at
    all (False) when ``old == new``."""
    if old == new:
        return False
    return step(session, text, ServiceCall(fn, (*args, new)), ServiceCall(fn, (*args, old)))


def add_step(
    session: ProjectSession, text: str, restore: ServiceCall, delete: EditMethod, uuid: str
) -> bool:
    """Store a new record with ``restore``; undo deletes it by ``uuid``."""
    return step(session, text, restore, ServiceCall(delete, (uuid,)))


def delete_step(
    session: ProjectSession,
    text: str,
    delete: EditMethod,
    uuid: str,
    restore: ServiceCall | tuple[ServiceCall, ...],
) -> bool:
    """Delete the record ``uuid``; undo puts it back with ``restore`` (captured beforehand)."""
    return step(session, text, ServiceCall(delete, (uuid,)), restore)


def set_field(
    session: ProjectSession,
    fn: EditMethod,
    target: tuple[str, ...],
    field: str,
    text: str,
    change: tuple[Any, Any],
) -> bool:
    """One field of one record, ``change`` is (old, new); typing in it again merges."""
    old, new = change
    return push(session, SetFieldCommand(session, fn, target, field, text, old, new))


class Identified(Protocol):
    @property
    def uuid(self) -> str: ...


T = TypeVar("T")
# A ``delete_…(session, record, position)`` command (:meth:`RecordKind.remover`).
Deleter = Callable[[ProjectSession, T, int], None]


@dataclass(frozen=True)
class RecordKind:
    """One kind of stored record as the undo steps see it: the service method that puts a
    record back (with its place and what hangs on it) and the one that deletes it by uuid."""

    restore: EditMethod
    delete: EditMethod

    def add(self, session: ProjectSession, text: str, record: Identified, *more: Any) -> bool:
        """Store ``record`` (made by the service, not stored yet); undo deletes it."""
        return add_step(
            session, text, ServiceCall(self.restore, (record, *more)), self.delete, record.uuid
        )

    def remove(self, session: ProjectSession, text: str, record: Identified, *more: Any) -> bool:
        """Delete ``record``; undo restores it with ``more`` (its place, links…, captured now)."""
        restore = ServiceCall(self.restore, (record, *more))
        return delete_step(session, text, self.delete, record.uuid, restore)

    def remover(self, text: Callable[[], str]) -> Deleter[Any]:
        """The command ``delete_…(session, record, position)``; ``text`` as for :func:`mover`."""

        def delete(session: ProjectSession, record: Any, position: int) -> None:
            self.remove(session, text(), record, position)

        return delete


Mover = Callable[[ProjectSession, str, int, int], None]
FieldSetter = Callable[[ProjectSession, str, str, str, Any, Any], None]


def mover(fn: EditMethod, text: Callable[[], str]) -> Mover:
    """The command ``move_…(session, uuid, old, new)`` of one kind of ordered record: ``fn(uuid,
    new)``, undone by ``fn(uuid, old)``. ``text()`` names the step (a lambda around
    ``QCoreApplication.translate``: translated when the step is made, seen by lupdate)."""

    def move(session: ProjectSession, uuid: str, old: int, new: int) -> None:
        swap(session, text(), fn, (uuid,), old, new)

    return move


def field_setter(fn: EditMethod, text: Callable[[], str], lower: bool = False) -> FieldSetter:
    """The command ``set_…_field(session, uuid, field, label, old, new)``: one field of one
    record, typing in it again merges. ``text()`` ("Edit test: {0}", as for :func:`mover`) gets
    the field's label (``lower``: lower-cased, as it continues a sentence)."""

    def set_value(
        session: ProjectSession, uuid: str, field: str, label: str, old: Any, new: Any
    ) -> None:
        step_text = text().format(lower_first(label) if lower else label)
        set_field(session, fn, (uuid,), field, step_text, (old, new))

    return set_value


def _edit_text(label: str) -> str:
    """ "Edit influence": the field's label continues the sentence (sentence case in menus)."""
    return QCoreApplication.translate("Commands", "Edit {0}").format(lower_first(label))


def _edit_setter(fn: EditMethod) -> FieldSetter:
    """The field setter whose step is "Edit influence" (see :func:`_edit_text`)."""
    return field_setter(fn, lambda: QCoreApplication.translate("Commands", "Edit {0}"), True)


def set_project_field(session: ProjectSession, field: str, label: str, old: Any, new: Any) -> None:
    set_field(session, ProjectService.set_project_field, (), field, _edit_text(label), (old, new))


set_meeting_field = _edit_setter(ProjectService.set_meeting_field)


set_agenda_field = _edit_setter(ProjectService.set_agenda_field)


def add_meeting(session: ProjectSession, title: str) -> str:
    meeting = session.service.new_meeting(title=title)
    uuid = meeting.meeting.uuid
    text = QCoreApplication.translate("Commands", "Add meeting")
    restore = ServiceCall(ProjectService.restore_meeting, (meeting,))
    add_step(session, text, restore, ProjectService.delete_meeting, uuid)
    return uuid


def delete_meeting(session: ProjectSession, uuid: str) -> None:
    """Undo puts the meeting back with its agenda, and the dot-votes and idea origins that
    phase 3 had linked to it."""
    text = QCoreApplication.translate("Commands", "Delete meeting")
    restore = (
        ServiceCall(ProjectService.restore_meeting, (session.service.meeting(uuid),)),
        ServiceCall(ProjectService.restore_links, (session.service.links_to(uuid),)),
    )
    delete_step(session, text, ProjectService.delete_meeting, uuid, restore)


move_meeting = mover(
    ProjectService.move_meeting, lambda: QCoreApplication.translate("Commands", "Move meeting")
)
_AGENDA = RecordKind(ProjectService.restore_agenda_item, ProjectService.delete_agenda_item)


def add_agenda_item(
    session: ProjectSession, meeting_uuid: str, title: str, position: int | None = None
) -> str:
    item = session.service.new_agenda_item(meeting_uuid, position)
    item = dataclasses.replace(item, title=title)
    _AGENDA.add(session, QCoreApplication.translate("Commands", "Add agenda item"), item)
    return item.uuid


def delete_agenda_item(session: ProjectSession, meeting_uuid: str, uuid: str) -> None:
    meeting = session.service.meeting(meeting_uuid)
    captured = next(i for i in meeting.agenda if i.uuid == uuid)
    # Notes taken during the item lose their tag with it; undo tags them again.
    notes = tuple(n.uuid for n in meeting.notes if n.item_uuid == uuid)
    text = QCoreApplication.translate("Commands", "Delete agenda item")
    _AGENDA.remove(session, text, captured, notes)


move_agenda_item = mover(
    ProjectService.move_agenda_item,
    lambda: QCoreApplication.translate("Commands", "Move agenda item"),
)


# -- phase 1: scope ------------------------------------------------------------------------------

_SCOPE_ROW = RecordKind(ProjectService.restore_scope_row, ProjectService.delete_scope_row)


def set_scope_value(session: ProjectSession, key: str, label: str, old: Any, new: Any) -> None:
    set_field(session, ProjectService.set_scope_value, (), key, _edit_text(label), (old, new))


set_scope_row_value = _edit_setter(ProjectService.set_scope_row_value)
move_scope_row = mover(
    ProjectService.move_scope_row, lambda: QCoreApplication.translate("Commands", "Move row")
)


def add_scope_row(
    session: ProjectSession, list_key: str, position: int | None = None
) -> str | None:
    """A new row; its uuid, or None when the edit was refused."""
    row = session.service.new_scope_row(list_key, position)
    added = _SCOPE_ROW.add(session, QCoreApplication.translate("Commands", "Add row"), row)
    return row.uuid if added else None


def delete_scope_row(session: ProjectSession, row: ScopeRow) -> None:
    _SCOPE_ROW.remove(session, QCoreApplication.translate("Commands", "Delete row"), row)


def set_map_image(
    session: ProjectSession, file_name: str, data: bytes, old: MapImage | None
) -> bool:
    text = QCoreApplication.translate("Commands", "Set map")
    do = ServiceCall(ProjectService.set_map_image, (file_name, data))
    return step(session, text, do, ServiceCall(ProjectService.restore_map_image, (old,)))


def remove_map_image(session: ProjectSession, old: MapImage) -> None:
    text = QCoreApplication.translate("Commands", "Remove map")
    swap(session, text, ProjectService.restore_map_image, (), old, None)


# -- phase 2: actors -----------------------------------------------------------------------------

_ACTOR = RecordKind(ProjectService.restore_actor, ProjectService.delete_actor)
set_actor_field = _edit_setter(ProjectService.set_actor_value)
# A new place in the register (its number on the grid and in the PDF follows).
move_actor = mover(
    ProjectService.move_actor, lambda: QCoreApplication.translate("Commands", "Move actor")
)


def add_actor(session: ProjectSession, name: str) -> str:
    actor = session.service.new_actor(name=name)
    _ACTOR.add(session, QCoreApplication.translate("Commands", "Add actor"), actor)
    return actor.uuid


def duplicate_actor(session: ProjectSession, uuid: str, name: str) -> str:
    """A copy placed right after the original; personal data is not copied."""
    actor = dataclasses.replace(session.service.duplicate_actor(uuid), name=name)
    _ACTOR.add(session, QCoreApplication.translate("Commands", "Duplicate actor"), actor)
    return actor.uuid


def delete_actor(session: ProjectSession, uuid: str) -> None:
    """Undo puts the actor back with its relations, plan entries and ratings, where they were,
    and with its place among a test's responsible actors and as the origin of ideas."""
    c = session.service.actor_dependents(uuid)
    text = QCoreApplication.translate("Commands", "Delete actor")
    restore = (
        ServiceCall(
            ProjectService.restore_actor,
            (c.actor, c.relations, c.plan, c.ratings, c.plan_positions),
        ),
        ServiceCall(ProjectService.restore_links, (session.service.links_to(uuid),)),
    )
    delete_step(session, text, ProjectService.delete_actor, uuid, restore)


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
    do = ServiceCall(ProjectService.set_actor_ratings, (uuid, *new))
    undo = ServiceCall(ProjectService.set_actor_ratings, (uuid, *old))
    step(session, QCoreApplication.translate("Commands", "Move actor on the grid"), do, undo)
