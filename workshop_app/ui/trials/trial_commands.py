"""Undo commands for phase 3 test records and their decisions.

Same rules as ``ui/commands.py``: the push is the edit, old values (and everything a delete
removes) are captured when the command is made, and every step is one of the generic family
there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.trials import BudgetLine, Decision, Permit, StatusChange
from workshop_app.services.project_service import EditMethod, ProjectService, ServiceCall
from workshop_app.services.trial_service import DecisionRecord
from workshop_app.ui.commands import (
    add_step,
    delete_step,
    field_setter,
    macro,
    mover,
    set_field,
    step,
)
from workshop_app.ui.session import ProjectSession


def _set(
    session: ProjectSession, fn: EditMethod, text: str, uuid: str, field: str, old: Any, new: Any
) -> None:
    """One field of one record (``text`` is "Edit …: {0}", filled with the field's label)."""
    set_field(session, fn, (uuid,), field, text, (old, new))


# -- tests ---------------------------------------------------------------------------------------


set_trial_field = field_setter(
    ProjectService.set_trial_value,
    lambda: QCoreApplication.translate("TrialCommands", "Edit test: {0}"),
)


def add_trial(session: ProjectSession, title: str, position: int | None = None) -> str:
    """A new test (status "idea"), last or at ``position``; returns its uuid."""
    trial = session.service.new_trial(title=title)
    if position is not None:
        trial = dataclasses.replace(trial, position=position)
    text = QCoreApplication.translate("TrialCommands", "Add test")
    restore = ServiceCall(ProjectService.restore_trial, (trial,))
    add_step(session, text, restore, ProjectService.delete_trial, trial.uuid)
    return trial.uuid


def delete_trial(session: ProjectSession, uuid: str) -> None:
    """Undo puts the test back with its evidence, decisions and links, where they were."""
    d = session.service.trial_dependents(uuid)
    captured = (d.trial, d.counts, d.feedback, d.decisions, d.versions, d.spawned, d.citations)
    text = QCoreApplication.translate("TrialCommands", "Delete test")
    restore = ServiceCall(ProjectService.restore_trial, captured)
    delete_step(session, text, ProjectService.delete_trial, uuid, restore)


move_trial = mover(
    ProjectService.move_trial, lambda: QCoreApplication.translate("TrialCommands", "Move test")
)


# -- status --------------------------------------------------------------------------------------


def change_status(session: ProjectSession, trial_uuid: str, status: str, date: dt.date) -> str:
    """Add a status change at the end of the history; returns its uuid."""
    change = session.service.new_status_change(trial_uuid, status, date)
    text = QCoreApplication.translate("TrialCommands", "Change test status")
    restore = ServiceCall(ProjectService.restore_status_change, (change,))
    add_step(session, text, restore, ProjectService.delete_status_change, change.uuid)
    return change.uuid


def delete_status_change(session: ProjectSession, change: StatusChange, position: int) -> None:
    text = QCoreApplication.translate("TrialCommands", "Delete status change")
    restore = ServiceCall(ProjectService.restore_status_change, (change, position))
    delete_step(session, text, ProjectService.delete_status_change, change.uuid, restore)


# -- budget lines and permits --------------------------------------------------------------------


set_budget_field = field_setter(
    ProjectService.set_budget_value,
    lambda: QCoreApplication.translate("TrialCommands", "Edit budget: {0}"),
)


def add_budget_line(session: ProjectSession, trial_uuid: str, position: int | None = None) -> str:
    line = session.service.new_budget_line(trial_uuid)
    text = QCoreApplication.translate("TrialCommands", "Add budget line")
    restore = ServiceCall(ProjectService.restore_budget_line, (line, position))
    add_step(session, text, restore, ProjectService.delete_budget_line, line.uuid)
    return line.uuid


def delete_budget_line(session: ProjectSession, line: BudgetLine, position: int) -> None:
    text = QCoreApplication.translate("TrialCommands", "Delete budget line")
    restore = ServiceCall(ProjectService.restore_budget_line, (line, position))
    delete_step(session, text, ProjectService.delete_budget_line, line.uuid, restore)


move_budget_line = mover(
    ProjectService.move_budget_line,
    lambda: QCoreApplication.translate("TrialCommands", "Move budget line"),
)


set_permit_field = field_setter(
    ProjectService.set_permit_value,
    lambda: QCoreApplication.translate("TrialCommands", "Edit permit: {0}"),
)


def add_permits(
    session: ProjectSession, trial_uuid: str, kinds: Sequence[str], position: int | None = None
) -> list[str]:
    """One permit per kind (in order, last or from ``position``), as one undo step."""
    permits: list[Permit] = [session.service.new_permit(trial_uuid, kind=k) for k in kinds]
    text = (
        QCoreApplication.translate("TrialCommands", "Add permit")
        if len(permits) == 1
        else QCoreApplication.translate("TrialCommands", "Add the usual permits")
    )
    with macro(session, text, when=bool(permits)):
        for index, permit in enumerate(permits):
            where = None if position is None else position + index
            restore = ServiceCall(ProjectService.restore_permit, (permit, where))
            add_step(session, text, restore, ProjectService.delete_permit, permit.uuid)
    return [p.uuid for p in permits]


def delete_permit(session: ProjectSession, permit: Permit, position: int) -> None:
    text = QCoreApplication.translate("TrialCommands", "Delete permit")
    restore = ServiceCall(ProjectService.restore_permit, (permit, position))
    delete_step(session, text, ProjectService.delete_permit, permit.uuid, restore)


move_permit = mover(
    ProjectService.move_permit, lambda: QCoreApplication.translate("TrialCommands", "Move permit")
)


# -- decisions -----------------------------------------------------------------------------------


def record_decision(session: ProjectSession, record: DecisionRecord) -> None:
    """The decision with all it creates (next version, new ideas, status "decided") as one step:
    undo removes all of it, redo puts back the same rows with the same uuids."""
    text = QCoreApplication.translate("TrialCommands", "Record decision")
    restore = ServiceCall(ProjectService.restore_decision, (record,))
    step(session, text, restore, ServiceCall(ProjectService.remove_decision, (record,)))


def delete_decision(session: ProjectSession, decision: Decision) -> None:
    """Only the decision goes (what it created stays); undo puts it back exactly."""
    text = QCoreApplication.translate("TrialCommands", "Delete decision")
    restore = ServiceCall(ProjectService.restore_decision, (DecisionRecord(decision),))
    delete_step(session, text, ProjectService.delete_decision, decision.uuid, restore)


set_decision_field = field_setter(
    ProjectService.set_decision_value,
    lambda: QCoreApplication.translate("TrialCommands", "Edit decision: {0}"),
)
