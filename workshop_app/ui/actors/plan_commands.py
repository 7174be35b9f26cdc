"""Undo commands for the engagement plan (who is involved how, when, by whom).

Same rules as ``ui/commands.py``: the push is the edit, old values are captured when the command
is made, and every step is one of the generic family there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.actors import PlanEntry
from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.ui.commands import add_step, delete_step, field_setter, mover
from workshop_app.ui.session import ProjectSession

set_plan_field = field_setter(
    ProjectService.set_plan_value,
    lambda: QCoreApplication.translate("PlanCommands", "Edit plan: {0}"),
)


def add_plan_entry(
    session: ProjectSession, actor_uuid: str, method: str = "", position: int | None = None
) -> str:
    """A new entry for ``actor_uuid`` (last, or at ``position``); returns its uuid."""
    entry = session.service.new_plan_entry(actor_uuid, method=method)
    text = QCoreApplication.translate("PlanCommands", "Add to engagement plan")
    restore = ServiceCall(ProjectService.restore_plan_entry, (entry, position))
    add_step(session, text, restore, ProjectService.delete_plan_entry, entry.uuid)
    return entry.uuid


def delete_plan_entry(session: ProjectSession, entry: PlanEntry, position: int) -> None:
    """Undo puts ``entry`` back exactly as it was, at ``position`` in the plan."""
    text = QCoreApplication.translate("PlanCommands", "Delete plan entry")
    restore = ServiceCall(ProjectService.restore_plan_entry, (entry, position))
    delete_step(session, text, ProjectService.delete_plan_entry, entry.uuid, restore)


move_plan_entry = mover(
    ProjectService.move_plan_entry,
    lambda: QCoreApplication.translate("PlanCommands", "Move plan entry"),
)
