"""Undo commands for the evidence of a test: count sessions, their tallies, and feedback.

A count session and a piece of feedback are each a :class:`RecordKind` of ``ui/commands.py``;
what a delete removes (the decisions citing it) is captured when the command is made.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.trials import Cell, CountSession, Feedback, Tally
from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.ui.commands import RecordKind, field_setter, macro, step, swap
from workshop_app.ui.session import ProjectSession

_COUNT = RecordKind(ProjectService.restore_count_session, ProjectService.delete_count_session)
_FEEDBACK = RecordKind(ProjectService.restore_feedback, ProjectService.delete_feedback)

# -- count sessions ------------------------------------------------------------------------------


def add_count_session(session: ProjectSession, count: CountSession) -> bool:
    """Store a new count session (from ``service.new_count_session``); False when refused."""
    text = QCoreApplication.translate("EvidenceCommands", "Add counting session")
    return _COUNT.add(session, text, count)


def delete_count_session(session: ProjectSession, count: CountSession) -> None:
    """Undo puts the session back with its tallies and into the decisions that cited it."""
    text = QCoreApplication.translate("EvidenceCommands", "Delete counting session")
    _COUNT.remove(session, text, count, session.service.citations(count.uuid))


set_count_field = field_setter(
    ProjectService.set_count_value,
    lambda: QCoreApplication.translate("EvidenceCommands", "Edit counting session: {0}"),
)


def set_passing(
    session: ProjectSession, uuid: str, block: int, mode: str, old: Cell, new: Cell
) -> None:
    """People passing in one 10-minute block by one mode: one undo step per cell."""
    text = QCoreApplication.translate("EvidenceCommands", "Count people passing")
    swap(session, text, ProjectService.set_passing, (uuid, block, mode), old, new)


def set_staying(
    session: ProjectSession, uuid: str, activity: str, age_band: str, old: Cell, new: Cell
) -> None:
    """People staying by activity and age band: one undo step per cell."""
    text = QCoreApplication.translate("EvidenceCommands", "Count people staying")
    swap(session, text, ProjectService.set_staying, (uuid, activity, age_band), old, new)


def set_tally(session: ProjectSession, count: CountSession, name: str, new: Tally) -> bool:
    """Replace the whole passing or staying tally (a pasted block): one undo step. False when
    refused or nothing changed."""
    old = count.passing if name == "passing" else count.staying
    if old == new:
        return False

    def call(tally: Tally) -> ServiceCall:  # set_tallies(uuid, passing, staying): None keeps
        args = (None, tally) if name == "staying" else (tally, None)
        return ServiceCall(ProjectService.set_tallies, (count.uuid, *args))

    text = QCoreApplication.translate("EvidenceCommands", "Paste counts")
    return step(session, text, call(new), call(old))


# -- feedback ------------------------------------------------------------------------------------


def add_feedback(session: ProjectSession, feedback: Feedback) -> bool:
    """Store one piece of feedback (from ``service.new_feedback``), last of its test; False when
    refused (nothing was stored)."""
    text = QCoreApplication.translate("EvidenceCommands", "Add feedback")
    return _FEEDBACK.add(session, text, feedback)


def delete_feedback(session: ProjectSession, feedback: Feedback) -> None:
    """Undo puts the feedback back where it stood, and into the decisions that cited it."""
    position = session.service.feedback_position(feedback.uuid)
    cited_by = session.service.citations(feedback.uuid)
    text = QCoreApplication.translate("EvidenceCommands", "Delete feedback")
    _FEEDBACK.remove(session, text, feedback, position, cited_by)


set_feedback_field = field_setter(
    ProjectService.set_feedback_value,
    lambda: QCoreApplication.translate("EvidenceCommands", "Edit feedback: {0}"),
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
    fn = ProjectService.set_feedback_value
    with macro(session, text):
        swap(session, text, fn, (feedback.uuid, "card_number"), feedback.card_number, None)
        swap(session, text, fn, (feedback.uuid, "channel"), feedback.channel, new)
