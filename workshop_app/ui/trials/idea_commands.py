"""Undo commands for the idea bank: add, edit, delete, move, merge, dot votes and "test this idea".

Same rules as ``ui/commands.py``: the push is the edit, old values are captured when the command
is made (an idea's votes, merged ideas and tests before it is deleted; a vote count before it is
typed over), and every step is one of the generic family there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.ui.commands import RecordKind, field_setter, macro, mover, step, swap
from workshop_app.ui.session import ProjectSession

_IDEA = RecordKind(ProjectService.restore_idea, ProjectService.delete_idea)


def _edit_text(label: str) -> str:
    return QCoreApplication.translate("IdeaCommands", "Edit idea: {0}").format(label)


set_idea_field = field_setter(
    ProjectService.set_idea_value,
    lambda: QCoreApplication.translate("IdeaCommands", "Edit idea: {0}"),
)


def set_idea_fields(
    session: ProjectSession, uuid: str, label: str, changes: Sequence[tuple[str, Any, Any]]
) -> None:
    """Several fields of one idea in one undo step; ``changes`` are (field, old, new)."""
    changes = [(field, old, new) for field, old, new in changes if old != new]
    with macro(session, _edit_text(label), when=len(changes) > 1):
        for field, old, new in changes:
            set_idea_field(session, uuid, field, label, old, new)


def add_idea(session: ProjectSession, position: int | None = None, **values: Any) -> str | None:
    """A new idea (last, or at ``position``), created today; returns its uuid, or None when
    the edit was refused (nothing was stored)."""
    idea = session.service.new_idea(**values)
    if position is not None:
        idea = dataclasses.replace(idea, position=position)
    added = _IDEA.add(session, QCoreApplication.translate("IdeaCommands", "Add idea"), idea)
    return idea.uuid if added else None


def delete_idea(session: ProjectSession, uuid: str) -> None:
    """Undo puts the idea back where it was, with its votes, the ideas merged into it and the
    tests of it linked again."""
    c = session.service.idea_dependents(uuid)
    text = QCoreApplication.translate("IdeaCommands", "Delete idea")
    _IDEA.remove(session, text, c.idea, c.votes, c.merged_from, c.trials)


move_idea = mover(
    ProjectService.move_idea, lambda: QCoreApplication.translate("IdeaCommands", "Move idea")
)


def merge_ideas(session: ProjectSession, sources: Sequence[str], target: str) -> None:
    """Merge every idea of ``sources`` into ``target`` in one undo step (undo: unmerge each)."""
    sources = [s for s in sources if s != target]
    text = QCoreApplication.translate("IdeaCommands", "Merge ideas")
    with macro(session, text, when=len(sources) > 1):
        for source in sources:
            merge = ServiceCall(ProjectService.merge_ideas, (source, target))
            step(session, text, merge, ServiceCall(ProjectService.unmerge_idea, (source,)))


def unmerge_idea(session: ProjectSession, uuid: str, target: str) -> None:
    """The idea stands on its own again; undo merges it back into ``target``."""
    text = QCoreApplication.translate("IdeaCommands", "Separate merged idea")
    unmerge = ServiceCall(ProjectService.unmerge_idea, (uuid,))
    step(session, text, unmerge, ServiceCall(ProjectService.merge_ideas, (uuid, target)))


def set_votes(
    session: ProjectSession, idea_uuid: str, meeting_uuid: str, old: int, new: int
) -> None:
    """The dots an idea got at a meeting; ``old`` is the count before (0 for none)."""
    text = QCoreApplication.translate("IdeaCommands", "Enter dot votes")
    swap(session, text, ProjectService.set_votes, (idea_uuid, meeting_uuid), old, new)


def promote_idea(session: ProjectSession, idea_uuid: str) -> str | None:
    """A new test of the idea (status "idea", placed last); returns the test's uuid, or None
    when the edit was refused."""
    trial = session.service.promote_idea(idea_uuid)
    kind = RecordKind(ProjectService.restore_trial, ProjectService.delete_trial)
    text = QCoreApplication.translate("IdeaCommands", "Test this idea")
    return trial.uuid if kind.add(session, text, trial) else None
