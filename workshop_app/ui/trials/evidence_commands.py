"""Undo commands for the evidence of a test: count sessions, their tallies, and feedback.

Same rules as ``ui/commands.py``: the push is the edit, old values (and everything a delete
removes) are captured when the command is made, and every step is a :class:`ServiceCall`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.trials import Cell, CountSession, Feedback, Tally
from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.ui.commands import ServiceCommand, SetFieldCommand, push
from workshop_app.ui.session import ProjectSession

# -- count sessions ------------------------------------------------------------------------------


def add_count_session(session: ProjectSession, count: CountSession) -> bool:
    """Store a new count session (from ``service.new_count_session``); False when refused."""
    return push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("EvidenceCommands", "Add counting session"),
            ServiceCall(ProjectService.restore_count_session, (count,)),
            ServiceCall(ProjectService.delete_count_session, (count.uuid,)),
        ),
    )


def delete_count_session(session: ProjectSession, count: CountSession) -> None:
    """Undo puts the session back with its tallies and into the decisions that cited it."""
    cited_by = session.service.citations(count.uuid)
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("EvidenceCommands", "Delete counting session"),
            ServiceCall(ProjectService.delete_count_session, (count.uuid,)),
            ServiceCall(ProjectService.restore_count_session, (count, cited_by)),
        ),
    )


def set_count_field(
    session: ProjectSession, uuid: str, field: str, label: str, old: Any, new: Any
) -> None:
    """One header field of a count session; typing in it again merges into one undo step."""
    text = QCoreApplication.translate("EvidenceCommands", "Edit counting session: {0}").format(
        label
    )
    push(
        session,
        SetFieldCommand(session, ProjectService.set_count_value, (uuid,), field, text, old, new),
    )


def set_passing(
    session: ProjectSession, uuid: str, block: int, mode: str, old: Cell, new: Cell
) -> None:
    """People passing in one 10-minute block by one mode: one undo step per cell."""
    if old == new:
        return
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("EvidenceCommands", "Count people passing"),
            ServiceCall(ProjectService.set_passing, (uuid, block, mode, new)),
            ServiceCall(ProjectService.set_passing, (uuid, block, mode, old)),
        ),
    )


def set_staying(
    session: ProjectSession, uuid: str, activity: str, age_band: str, old: Cell, new: Cell
) -> None:
    """People staying by activity and age band: one undo step per cell."""
    if old == new:
        return
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("EvidenceCommands", "Count people staying"),
            ServiceCall(ProjectService.set_staying, (uuid, activity, age_band, new)),
            ServiceCall(ProjectService.set_staying, (uuid, activity, age_band, old)),
        ),
    )


def set_tally(session: ProjectSession, count: CountSession, name: str, new: Tally) -> bool:
    """Replace the whole passing or staying tally (a pasted block): one undo step. False when
    refused or nothing changed."""
    old = count.passing if name == "passing" else count.staying
    if old == new:
        return False
    args = (None, new) if name == "staying" else (new, None)
    undo_args = (None, old) if name == "staying" else (old, None)
    return push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("EvidenceCommands", "Paste counts"),
            ServiceCall(ProjectService.set_tallies, (count.uuid, *args)),
            ServiceCall(ProjectService.set_tallies, (count.uuid, *undo_args)),
        ),
    )


# -- feedback ------------------------------------------------------------------------------------


def add_feedback(session: ProjectSession, feedback: Feedback) -> bool:
    """Store one piece of feedback (from ``service.new_feedback``), last of its test; False when
    refused (nothing was stored)."""
    return push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("EvidenceCommands", "Add feedback"),
            ServiceCall(ProjectService.restore_feedback, (feedback,)),
            ServiceCall(ProjectService.delete_feedback, (feedback.uuid,)),
        ),
    )


def delete_feedback(session: ProjectSession, feedback: Feedback) -> None:
    """Undo puts the feedback back where it stood, and into the decisions that cited it."""
    position = session.service.feedback_position(feedback.uuid)
    cited_by = session.service.citations(feedback.uuid)
    push(
        session,
        ServiceCommand(
            session,
            QCoreApplication.translate("EvidenceCommands", "Delete feedback"),
            ServiceCall(ProjectService.delete_feedback, (feedback.uuid,)),
            ServiceCall(ProjectService.restore_feedback, (feedback, position, cited_by)),
        ),
    )


def set_feedback_field(
    session: ProjectSession, uuid: str, field: str, label: str, old: Any, new: Any
) -> None:
    """One field of one piece of feedback; editing it again merges into one undo step."""
    text = QCoreApplication.translate("EvidenceCommands", "Edit feedback: {0}").format(label)
    push(
        session,
        SetFieldCommand(session, ProjectService.set_feedback_value, (uuid,), field, text, old, new),
    )


def set_feedback_channel(session: ProjectSession, feedback: Feedback, label: str, new: str) -> None:
    """A new channel; leaving "paper card" drops the card number in the same undo step (only a
    card has a number)."""
    if new == feedback.channel:
        return
    if feedback.card_number is None or new == "card":
        set_feedback_field(session, feedback.uuid, "channel", label, feedback.channel, new)
        return
    text = QCoreApplication.translate("EvidenceCommands", "Edit feedback: {0}").format(label)
    session.undo_stack.beginMacro(text)
    push(
        session,
        ServiceCommand(
            session,
            text,
            ServiceCall(ProjectService.set_feedback_value, (feedback.uuid, "card_number", None)),
            ServiceCall(
                ProjectService.set_feedback_value,
                (feedback.uuid, "card_number", feedback.card_number),
            ),
        ),
    )
    push(
        session,
        ServiceCommand(
            session,
            text,
            ServiceCall(ProjectService.set_feedback_value, (feedback.uuid, "channel", new)),
            ServiceCall(
                ProjectService.set_feedback_value, (feedback.uuid, "channel", feedback.channel)
            ),
        ),
    )
    session.undo_stack.endMacro()
