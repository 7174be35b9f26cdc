"""Undo commands for phase 3 test records and their decisions.

Built from the generic family of ``ui/commands.py``: each kind of record (test, status change,
budget line, permit) is a :class:`RecordKind`; moves and field edits come from ``mover`` and
``field_setter``. Old values, and all a delete removes, are captured when the command is made.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.trials import BudgetLine, Decision, Permit, StatusChange
from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.services.trial_service import DecisionRecord
from workshop_app.ui.commands import Deleter, RecordKind, field_setter, macro, mover, step
from workshop_app.ui.session import ProjectSession

_TRIAL = RecordKind(ProjectService.restore_trial, ProjectService.delete_trial)
_STATUS = RecordKind(ProjectService.restore_status_change, ProjectService.delete_status_change)
_BUDGET = RecordKind(ProjectService.restore_budget_line, ProjectService.delete_budget_line)
_PERMIT = RecordKind(ProjectService.restore_permit, ProjectService.delete_permit)


# -- tests ---------------------------------------------------------------------------------------

set_trial_field = field_setter(
    ProjectService.set_trial_value,
    lambda: QCoreApplication.translate("TrialCommands", "Edit test: {0}"),
)
move_trial = mover(
    ProjectService.move_trial, lambda: QCoreApplication.translate("TrialCommands", "Move test")
)


def add_trial(session: ProjectSession, title: str, position: int | None = None) -> str | None:
    """A new test (status "idea"), last or at ``position``; returns its uuid (None if refused)."""
    trial = session.service.new_trial(title=title)
    if position is not None:
        trial = dataclasses.replace(trial, position=position)
    added = _TRIAL.add(session, QCoreApplication.translate("TrialCommands", "Add test"), trial)
    return trial.uuid if added else None


def delete_trial(session: ProjectSession, uuid: str) -> None:
    """Undo puts the test back with its evidence, decisions and links, where they were."""
    d = session.service.trial_dependents(uuid)
    more = (d.counts, d.feedback, d.decisions, d.versions, d.spawned, d.citations, d.card_runs)
    _TRIAL.remove(
        session, QCoreApplication.translate("TrialCommands", "Delete test"), d.trial, *more
    )


# -- status --------------------------------------------------------------------------------------


def change_status(
    session: ProjectSession, trial_uuid: str, status: str, date: dt.date
) -> str | None:
    """Add a status change at the end of the history; returns its uuid (None if refused)."""
    change = session.service.new_status_change(trial_uuid, status, date)
    text = QCoreApplication.translate("TrialCommands", "Change test status")
    return change.uuid if _STATUS.add(session, text, change) else None


delete_status_change: Deleter[StatusChange] = _STATUS.remover(
    lambda: QCoreApplication.translate("TrialCommands", "Delete status change")
)

# -- budget lines and permits --------------------------------------------------------------------

set_budget_field = field_setter(
    ProjectService.set_budget_value,
    lambda: QCoreApplication.translate("TrialCommands", "Edit budget: {0}"),
)
delete_budget_line: Deleter[BudgetLine] = _BUDGET.remover(
    lambda: QCoreApplication.translate("TrialCommands", "Delete budget line")
)
move_budget_line = mover(
    ProjectService.move_budget_line,
    lambda: QCoreApplication.translate("TrialCommands", "Move budget line"),
)


def add_budget_line(
    session: ProjectSession, trial_uuid: str, position: int | None = None
) -> str | None:
    """A new budget line; its uuid, or None when the edit was refused."""
    line = session.service.new_budget_line(trial_uuid)
    text = QCoreApplication.translate("TrialCommands", "Add budget line")
    return line.uuid if _BUDGET.add(session, text, line, position) else None


set_permit_field = field_setter(
    ProjectService.set_permit_value,
    lambda: QCoreApplication.translate("TrialCommands", "Edit permit: {0}"),
)
delete_permit: Deleter[Permit] = _PERMIT.remover(
    lambda: QCoreApplication.translate("TrialCommands", "Delete permit")
)
move_permit = mover(
    ProjectService.move_permit, lambda: QCoreApplication.translate("TrialCommands", "Move permit")
)


def add_permits(
    session: ProjectSession, trial_uuid: str, kinds: Sequence[str], position: int | None = None
) -> list[str]:
    """One permit per kind (in order, last or from ``position``), as one undo step; the uuids
    of those stored (a refused one is left out)."""
    permits: list[Permit] = [session.service.new_permit(trial_uuid, kind=k) for k in kinds]
    text = (
        QCoreApplication.translate("TrialCommands", "Add permit")
        if len(permits) == 1
        else QCoreApplication.translate("TrialCommands", "Add the usual permits")
    )
    stored: list[str] = []
    with macro(session, text, when=bool(permits)):
        for index, permit in enumerate(permits):
            where = None if position is None else position + index
            if _PERMIT.add(session, text, permit, where):
                stored.append(permit.uuid)
    return stored


# -- decisions -----------------------------------------------------------------------------------


def record_decision(session: ProjectSession, record: DecisionRecord) -> bool:
    """The decision with all it creates (next version, new ideas, status "decided") as one step:
    undo removes all of it, redo puts back the same rows with the same uuids. False when
    refused."""
    text = QCoreApplication.translate("TrialCommands", "Record decision")
    restore = ServiceCall(ProjectService.restore_decision, (record,))
    return step(session, text, restore, ServiceCall(ProjectService.remove_decision, (record,)))


def delete_decision(session: ProjectSession, decision: Decision) -> None:
    """Only the decision goes (what it created stays); undo puts it back exactly."""
    text = QCoreApplication.translate("TrialCommands", "Delete decision")
    restore = ServiceCall(ProjectService.restore_decision, (DecisionRecord(decision),))
    step(session, text, ServiceCall(ProjectService.delete_decision, (decision.uuid,)), restore)


set_decision_field = field_setter(
    ProjectService.set_decision_value,
    lambda: QCoreApplication.translate("TrialCommands", "Edit decision: {0}"),
)
