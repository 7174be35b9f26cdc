"""Undo commands for the engagement plan (who is involved how, when, by whom).

Same rules as ``ui/commands.py``: the push is the edit, old values are captured when the command
is made, and every step is a :class:`ServiceCall`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.actors import PlanEntry
from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.ui.commands import ServiceCommand, SetFieldCommand, push
from workshop_app.ui.session import ProjectSession


def set_plan_field(
    session: ProjectSession, uuid: str, field: str, label: str, old: Any, new: Any
) -> None:
    """One cell of one plan entry; typing in the same cell again merges into one undo step."""
    text = QCoreApplication.translate("PlanCommands", "Edit plan: {0}").format(label)
    push(
        session,
        SetFieldCommand(session, ProjectService.set_plan_value, (uuid,), field, text, old, new),
    )


def add_plan_entry(
    session: ProjectSession, actor_uuid: str, method: str = "", position: int | None = None
) -> str:
    """A new entry for ``actor_uuid`` (last, or at ``position``); returns its uuid."""
    entry = session.service.new_plan_entry(actor_uuid, method=method)
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("PlanCommands", "Add to engagement plan"),
            ServiceCall(ProjectService.restore_plan_entry, (entry, position)),
            ServiceCall(ProjectService.delete_plan_entry, (entry.uuid,)),
        ),
    )
    return entry.uuid


def delete_plan_entry(session: ProjectSession, entry: PlanEntry, position: int) -> None:
    """Undo puts ``entry`` back exactly as it was, at ``position`` in the plan."""
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("PlanCommands", "Delete plan entry"),
            ServiceCall(ProjectService.delete_plan_entry, (entry.uuid,)),
            ServiceCall(ProjectService.restore_plan_entry, (entry, position)),
        ),
    )


def move_plan_entry(session: ProjectSession, uuid: str, old: int, new: int) -> None:
    if old == new:
        return
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("PlanCommands", "Move plan entry"),
            ServiceCall(ProjectService.move_plan_entry, (uuid, new)),
            ServiceCall(ProjectService.move_plan_entry, (uuid, old)),
        ),
    )
