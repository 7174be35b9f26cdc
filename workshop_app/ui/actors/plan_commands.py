"""Undo commands for the engagement plan (who is involved how, when, by whom).

A plan entry is a :class:`RecordKind` of ``ui/commands.py``; its edits and moves come from the
generic factories there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.actors import PlanEntry
from workshop_app.services.project_service import ProjectService
from workshop_app.ui.commands import Deleter, RecordKind, field_setter, mover
from workshop_app.ui.session import ProjectSession

_ENTRY = RecordKind(ProjectService.restore_plan_entry, ProjectService.delete_plan_entry)

# One cell of one plan entry; typing in the same cell again merges into one undo step.
set_plan_field = field_setter(
    ProjectService.set_plan_value,
    lambda: QCoreApplication.translate("PlanCommands", "Edit plan: {0}"),
)
# Undo puts the entry back exactly as it was, at its position in the plan.
delete_plan_entry: Deleter[PlanEntry] = _ENTRY.remover(
    lambda: QCoreApplication.translate("PlanCommands", "Delete plan entry")
)
move_plan_entry = mover(
    ProjectService.move_plan_entry,
    lambda: QCoreApplication.translate("PlanCommands", "Move plan entry"),
)


def add_plan_entry(
    session: ProjectSession, actor_uuid: str, method: str = "", position: int | None = None
) -> str:
    """A new entry for ``actor_uuid`` (last, or at ``position``); returns its uuid."""
    entry = session.service.new_plan_entry(actor_uuid, method=method)
    text = QCoreApplication.translate("PlanCommands", "Add to engagement plan")
    _ENTRY.add(session, text, entry, position)
    return entry.uuid
