"""Undo commands for the idea bank: add, edit, delete, move, merge, dot votes and "test this idea".

Same rules as ``ui/commands.py``: the push is the edit, old values are captured when the command
is made (an idea's votes, merged ideas and tests before it is deleted; a vote count before it is
typed over), and every step is a :class:`ServiceCall`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.ui.commands import ServiceCommand, SetFieldCommand, push
from workshop_app.ui.session import ProjectSession


def set_idea_field(
    session: ProjectSession, uuid: str, field: str, label: str, old: Any, new: Any
) -> None:
    """One field of one idea; typing in the same field again merges into one undo step."""
    text = QCoreApplication.translate("IdeaCommands", "Edit idea: {0}").format(label)
    push(
        session,
        SetFieldCommand(session, ProjectService.set_idea_value, (uuid,), field, text, old, new),
    )


def set_idea_fields(
    session: ProjectSession, uuid: str, label: str, changes: Sequence[tuple[str, Any, Any]]
) -> None:
    """Several fields of one idea in one undo step; ``changes`` are (field, old, new)."""
    changes = [(field, old, new) for field, old, new in changes if old != new]
    if not changes:
        return
    if len(changes) == 1:
        set_idea_field(session, uuid, changes[0][0], label, changes[0][1], changes[0][2])
        return
    text = QCoreApplication.translate("IdeaCommands", "Edit idea: {0}").format(label)
    session.undo_stack.beginMacro(text)
    try:
        for field, old, new in changes:
            push(
                session,
                SetFieldCommand(
                    session, ProjectService.set_idea_value, (uuid,), field, text, old, new
                ),
            )
    finally:
        session.undo_stack.endMacro()


def add_idea(session: ProjectSession, position: int | None = None, **values: Any) -> str | None:
    """A new idea (last, or at ``position``), created today; returns its uuid, or None when
    the edit was refused (nothing was stored)."""
    idea = session.service.new_idea(**values)
    if position is not None:
        idea = dataclasses.replace(idea, position=position)
    added = push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("IdeaCommands", "Add idea"),
            ServiceCall(ProjectService.restore_idea, (idea,)),
            ServiceCall(ProjectService.delete_idea, (idea.uuid,)),
        ),
    )
    return idea.uuid if added else None


def delete_idea(session: ProjectSession, uuid: str) -> None:
    """Undo puts the idea back where it was, with its votes, the ideas merged into it and the
    tests of it linked again."""
    captured = session.service.idea_dependents(uuid)
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("IdeaCommands", "Delete idea"),
            ServiceCall(ProjectService.delete_idea, (uuid,)),
            ServiceCall(
                ProjectService.restore_idea,
                (captured.idea, captured.votes, captured.merged_from, captured.trials),
            ),
        ),
    )


def move_idea(session: ProjectSession, uuid: str, old: int, new: int) -> None:
    if old == new:
        return
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("IdeaCommands", "Move idea"),
            ServiceCall(ProjectService.move_idea, (uuid, new)),
            ServiceCall(ProjectService.move_idea, (uuid, old)),
        ),
    )


def merge_ideas(session: ProjectSession, sources: Sequence[str], target: str) -> None:
    """Merge every idea of ``sources`` into ``target`` in one undo step (undo: unmerge each)."""
    sources = [s for s in sources if s != target]
    if not sources:
        return
    text = QCoreApplication.translate("IdeaCommands", "Merge ideas")
    if len(sources) > 1:
        session.undo_stack.beginMacro(text)
    try:
        for source in sources:
            push(
                session,
                ServiceCommand(
                    session,
                    text,
                    ServiceCall(ProjectService.merge_ideas, (source, target)),
                    ServiceCall(ProjectService.unmerge_idea, (source,)),
                ),
            )
    finally:
        if len(sources) > 1:
            session.undo_stack.endMacro()


def unmerge_idea(session: ProjectSession, uuid: str, target: str) -> None:
    """The idea stands on its own again; undo merges it back into ``target``."""
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("IdeaCommands", "Separate merged idea"),
            ServiceCall(ProjectService.unmerge_idea, (uuid,)),
            ServiceCall(ProjectService.merge_ideas, (uuid, target)),
        ),
    )


def set_votes(
    session: ProjectSession, idea_uuid: str, meeting_uuid: str, old: int, new: int
) -> None:
    """The dots an idea got at a meeting; ``old`` is the count before (0 for none)."""
    if old == new:
        return
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("IdeaCommands", "Enter dot votes"),
            ServiceCall(ProjectService.set_votes, (idea_uuid, meeting_uuid, new)),
            ServiceCall(ProjectService.set_votes, (idea_uuid, meeting_uuid, old)),
        ),
    )


def promote_idea(session: ProjectSession, idea_uuid: str) -> str | None:
    """A new test of the idea (status "idea", placed last); returns the test's uuid, or None
    when the edit was refused."""
    trial = session.service.promote_idea(idea_uuid)
    added = push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("IdeaCommands", "Test this idea"),
            ServiceCall(ProjectService.restore_trial, (trial,)),
            ServiceCall(ProjectService.delete_trial, (trial.uuid,)),
        ),
    )
    return trial.uuid if added else None
