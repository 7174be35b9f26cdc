"""Save, undo, save again: every save stores exactly one entry and says nothing about "not
saved" (issue 11). After an undo Qt drops the redo steps, so the undo stack does not grow on
the next push; the pages learn whether an edit happened from ``commands.push``, not from the
stack's count."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime

from workshop_app.services.project_service import ProjectService
from workshop_app.ui.commands import SetFieldCommand, push
from workshop_app.ui.trials.counts import CountsPanel
from workshop_app.ui.trials.feedback import FeedbackPanel
from workshop_app.ui.trials.ideas import IdeaBank


def _running_trial(window) -> str:
    return next(t.uuid for t in window.session.service.trial_book().trials if t.status == "running")


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def test_feedback_saved_after_an_undo_is_stored_once_and_reported_saved(window, qtbot) -> None:
    trial = _running_trial(window)
    service = window.session.service
    panel = _show(qtbot, FeedbackPanel(window.session))
    panel.set_trial(trial)
    before = len(service.trial_book().feedback_of(trial))

    panel.what_works.setText("Nice benches")
    first = panel.save()
    assert first is not None
    assert len(service.trial_book().feedback_of(trial)) == before + 1

    window.session.undo_stack.undo()  # Ctrl+Z
    assert len(service.trial_book().feedback_of(trial)) == before

    panel.what_works.setText("More shade")
    second = panel.save()
    assert second is not None
    entries = service.trial_book().feedback_of(trial)
    assert len(entries) == before + 1  # exactly one stored entry for this save
    assert [e.what_works for e in entries].count("More shade") == 1
    assert panel.message.text() == ""  # no "The entry was not saved."
    assert panel.what_works.text() == ""  # the form is cleared for the next card
    assert panel.status.text().endswith("saved.")

    # Saving the next card right away stores one more (no duplicate of the last).
    panel.what_works.setText("Kids play here")
    assert panel.save() is not None
    assert len(service.trial_book().feedback_of(trial)) == before + 2


def test_counting_session_added_after_an_undo_is_stored_once(window, qtbot) -> None:
    trial = _running_trial(window)
    service = window.session.service
    panel = _show(qtbot, CountsPanel(window.session))
    panel.set_trial(trial)
    before = len(service.trial_book().counts_of(trial))

    def add(start: tuple[int, int], end: tuple[int, int]) -> str | None:
        panel.new_date.setDate(QDate(2027, 3, 6))
        panel.new_start.setTime(QTime(*start))
        panel.new_end.setTime(QTime(*end))
        return panel.add_session()

    assert add((10, 0), (10, 25)) is not None
    window.session.undo_stack.undo()
    assert len(service.trial_book().counts_of(trial)) == before

    uuid = add((11, 0), (11, 25))
    assert uuid is not None  # reported as added
    counts = service.trial_book().counts_of(trial)
    assert len(counts) == before + 1
    assert panel.selected_uuid() == uuid
    assert not panel.message.isVisible() or panel.message.text() == ""


def test_idea_added_after_an_undo_is_stored_once(window, qtbot) -> None:
    service = window.session.service
    bank = _show(qtbot, IdeaBank(window.session))
    before = len(service.trial_book().ideas)

    assert bank.add_idea() is not None
    window.session.undo_stack.undo()
    assert len(service.trial_book().ideas) == before

    uuid = bank.add_idea()
    assert uuid is not None
    assert len(service.trial_book().ideas) == before + 1
    assert bank.selected_uuid() == uuid


def test_push_says_whether_the_edit_happened(window) -> None:
    """A refused edit is False; an edit that merges into the last step, or that follows an
    undo (the stack does not grow either time), is True."""
    session = window.session
    service = session.service
    old = service.project().name

    def edit(new: str) -> bool:
        command = SetFieldCommand(
            session, ProjectService.set_project_field, (), "name", "Edit name", old, new
        )
        return push(session, command)

    assert edit("a\x00b") is False  # a control character: refused, nothing stored
    assert service.project().name == old
    assert edit("Torvet") is True
    count = session.undo_stack.count()
    assert edit("Torvet 2") is True  # merged into the same step
    assert session.undo_stack.count() == count
    assert service.project().name == "Torvet 2"
    session.undo_stack.undo()
    assert edit("Torvet 3") is True
    assert service.project().name == "Torvet 3"
