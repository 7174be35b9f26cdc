"""Undo commands for the engagement plan (who is involved how, when, by whom).

Same rules as ``ui/commands.py``: the push is the edit, old values are captured when the command
is made, and every step is one of the generic family there.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.actors import PlanEntry
from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.ui.commands import add_step, delete_step, set_field, swap
from workshop_app.ui.session import ProjectSession


def set_plan_field(
    session: ProjectSession, uuid: str, field: str, label: str, old: Any, new: Any
) -> None:
    """One cell of one plan entry; typing in the same cell again merges into one undo step."""
    text = QCoreApplication.translate("PlanCommands", "Edit plan: {0}").format(label)
    set_field(session, ProjectService.set_plan_value, (uuid,), field, text, (old, new))


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


def move_plan_entry(session: ProjectSession, uuid: str, old: int, new: int) -> None:
    text = QCoreApplication.translate("PlanCommands", "Move plan entry")
    swap(session, text, ProjectService.move_plan_entry, (uuid,), old, new)
