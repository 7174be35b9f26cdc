"""Undo commands for phase 3 test records and their decisions.

Same rules as ``ui/commands.py``: the push is the edit, old values (and everything a delete
removes) are captured when the command is made, and every step is a :class:`ServiceCall`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.trials import BudgetLine, Decision, Permit, StatusChange
from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.services.trial_service import DecisionRecord
from workshop_app.ui.commands import ServiceCommand, SetFieldCommand, push
from workshop_app.ui.session import ProjectSession

# -- tests ---------------------------------------------------------------------------------------


def set_trial_field(
    session: ProjectSession, uuid: str, field: str, label: str, old: Any, new: Any
) -> None:
    """One field of a test; typing in the same field again merges into one undo step."""
    text = QCoreApplication.translate("TrialCommands", "Edit test: {0}").format(label)
    push(
        session,
        SetFieldCommand(session, ProjectService.set_trial_value, (uuid,), field, text, old, new),
    )


def add_trial(session: ProjectSession, title: str, position: int | None = None) -> str | None:
    """A new test (status "idea"), last or at ``position``; returns its uuid (None if refused)."""
    trial = session.service.new_trial(title=title)
    if position is not None:
        trial = dataclasses.replace(trial, position=position)
    added = push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("TrialCommands", "Add test"),
            ServiceCall(ProjectService.restore_trial, (trial,)),
            ServiceCall(ProjectService.delete_trial, (trial.uuid,)),
        ),
    )
    return trial.uuid if added else None


def delete_trial(session: ProjectSession, uuid: str) -> None:
    """Undo puts the test back with its evidence, decisions and links, where they were."""
    d = session.service.trial_dependents(uuid)
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("TrialCommands", "Delete test"),
            ServiceCall(ProjectService.delete_trial, (uuid,)),
            ServiceCall(
                ProjectService.restore_trial,
                (d.trial, d.counts, d.feedback, d.decisions, d.versions, d.spawned, d.citations),
            ),
        ),
    )


def move_trial(session: ProjectSession, uuid: str, old: int, new: int) -> None:
    if old == new:
        return
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("TrialCommands", "Move test"),
            ServiceCall(ProjectService.move_trial, (uuid, new)),
            ServiceCall(ProjectService.move_trial, (uuid, old)),
        ),
    )


# -- status --------------------------------------------------------------------------------------


def change_status(
    session: ProjectSession, trial_uuid: str, status: str, date: dt.date
) -> str | None:
    """Add a status change at the end of the history; returns its uuid (None if refused)."""
    change = session.service.new_status_change(trial_uuid, status, date)
    added = push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("TrialCommands", "Change test status"),
            ServiceCall(ProjectService.restore_status_change, (change,)),
            ServiceCall(ProjectService.delete_status_change, (change.uuid,)),
        ),
    )
    return change.uuid if added else None


def delete_status_change(session: ProjectSession, change: StatusChange, position: int) -> None:
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("TrialCommands", "Delete status change"),
            ServiceCall(ProjectService.delete_status_change, (change.uuid,)),
            ServiceCall(ProjectService.restore_status_change, (change, position)),
        ),
    )


# -- budget lines and permits --------------------------------------------------------------------


def set_budget_field(
    session: ProjectSession, uuid: str, field: str, label: str, old: Any, new: Any
) -> None:
    text = QCoreApplication.translate("TrialCommands", "Edit budget: {0}").format(label)
    push(
        session,
        SetFieldCommand(session, ProjectService.set_budget_value, (uuid,), field, text, old, new),
    )


def add_budget_line(
    session: ProjectSession, trial_uuid: str, position: int | None = None
) -> str | None:
    """A new budget line; its uuid, or None when the edit was refused."""
    line = session.service.new_budget_line(trial_uuid)
    added = push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("TrialCommands", "Add budget line"),
            ServiceCall(ProjectService.restore_budget_line, (line, position)),
            ServiceCall(ProjectService.delete_budget_line, (line.uuid,)),
        ),
    )
    return line.uuid if added else None


def delete_budget_line(session: ProjectSession, line: BudgetLine, position: int) -> None:
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("TrialCommands", "Delete budget line"),
            ServiceCall(ProjectService.delete_budget_line, (line.uuid,)),
            ServiceCall(ProjectService.restore_budget_line, (line, position)),
        ),
    )


def move_budget_line(session: ProjectSession, uuid: str, old: int, new: int) -> None:
    if old == new:
        return
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("TrialCommands", "Move budget line"),
            ServiceCall(ProjectService.move_budget_line, (uuid, new)),
            ServiceCall(ProjectService.move_budget_line, (uuid, old)),
        ),
    )


def set_permit_field(
    session: ProjectSession, uuid: str, field: str, label: str, old: Any, new: Any
) -> None:
    text = QCoreApplication.translate("TrialCommands", "Edit permit: {0}").format(label)
    push(
        session,
        SetFieldCommand(session, ProjectService.set_permit_value, (uuid,), field, text, old, new),
    )


def add_permits(
    session: ProjectSession, trial_uuid: str, kinds: Sequence[str], position: int | None = None
) -> list[str]:
    """One permit per kind (in order, last or from ``position``), as one undo step; the uuids
    of those stored (a refused one is left out)."""
    permits: list[Permit] = [session.service.new_permit(trial_uuid, kind=k) for k in kinds]
    if not permits:
        return []
    stack = session.undo_stack
    text = (
        QCoreApplication.translate("TrialCommands", "Add permit")
        if len(permits) == 1
        else QCoreApplication.translate("TrialCommands", "Add the usual permits")
    )
    stored: list[str] = []
    stack.beginMacro(text)
    try:
        for index, permit in enumerate(permits):
            where = None if position is None else position + index
            if push(
                session,
                ServiceCommand(
                    session,
                    text,
                    ServiceCall(ProjectService.restore_permit, (permit, where)),
                    ServiceCall(ProjectService.delete_permit, (permit.uuid,)),
                ),
            ):
                stored.append(permit.uuid)
    finally:
        stack.endMacro()
    return stored


def delete_permit(session: ProjectSession, permit: Permit, position: int) -> None:
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("TrialCommands", "Delete permit"),
            ServiceCall(ProjectService.delete_permit, (permit.uuid,)),
            ServiceCall(ProjectService.restore_permit, (permit, position)),
        ),
    )


def move_permit(session: ProjectSession, uuid: str, old: int, new: int) -> None:
    if old == new:
        return
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("TrialCommands", "Move permit"),
            ServiceCall(ProjectService.move_permit, (uuid, new)),
            ServiceCall(ProjectService.move_permit, (uuid, old)),
        ),
    )


# -- decisions -----------------------------------------------------------------------------------


def record_decision(session: ProjectSession, record: DecisionRecord) -> bool:
    """The decision with all it creates (next version, new ideas, status "decided") as one step:
    undo removes all of it, redo puts back the same rows with the same uuids. False when
    refused."""
    return push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("TrialCommands", "Record decision"),
            ServiceCall(ProjectService.restore_decision, (record,)),
            ServiceCall(ProjectService.remove_decision, (record,)),
        ),
    )


def delete_decision(session: ProjectSession, decision: Decision) -> None:
    """Only the decision goes (what it created stays); undo puts it back exactly."""
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("TrialCommands", "Delete decision"),
            ServiceCall(ProjectService.delete_decision, (decision.uuid,)),
            ServiceCall(ProjectService.restore_decision, (DecisionRecord(decision),)),
        ),
    )


def set_decision_field(
    session: ProjectSession, uuid: str, field: str, label: str, old: Any, new: Any
) -> None:
    text = QCoreApplication.translate("TrialCommands", "Edit decision: {0}").format(label)
    push(
        session,
        SetFieldCommand(session, ProjectService.set_decision_value, (uuid,), field, text, old, new),
    )
