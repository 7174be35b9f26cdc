"""Phase 2, re-assessments: the current ratings saved as a dated assessment (one undo step; redo
restores the very same one), the list of saved assessments, and delete with exact undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLabel

from workshop_app.domain.actors import current_ratings
from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.ui import commands
from workshop_app.ui.actors.assessments import (
    AssessmentList,
    SaveAssessmentDialog,
    save_assessment,
)


def stored(session):
    return session.service.actor_map()


def answer(label: str = "Efter borgermødet", date: dt.date = dt.date(2027, 3, 1)):
    asked: list[int] = []

    def ask(parent, actors: int):
        asked.append(actors)
        return label, date

    ask.asked = asked  # type: ignore[attr-defined]
    return ask


def test_save_the_current_ratings_with_undo_and_redo(session) -> None:
    before = stored(session)
    # Move one actor first, so the saved ratings are today's and not the last assessment's.
    actor = before.actors[0]
    commands.rate_actor(session, actor.uuid, (actor.influence, actor.interest), (1, 1))
    ratings = current_ratings(stored(session).actors)
    ask = answer()

    uuid = save_assessment(session, None, ask=ask)
    assert uuid is not None
    assert ask.asked == [27]
    saved = next(a for a in stored(session).assessments if a.uuid == uuid)
    assert (saved.label, saved.date) == ("Efter borgermødet", dt.date(2027, 3, 1))
    assert saved.ratings == ratings
    assert saved.ratings[0][1:3] == (1, 1)
    assert session.undo_stack.undoText() == "Save assessment"

    session.undo_stack.undo()
    assert all(a.uuid != uuid for a in stored(session).assessments)
    session.undo_stack.redo()
    assert next(a for a in stored(session).assessments if a.uuid == uuid) == saved


def test_cancel_read_only_and_a_refused_label(session, monkeypatch: pytest.MonkeyPatch) -> None:
    depth = session.undo_stack.count()
    before = stored(session)
    assert save_assessment(session, None, ask=lambda parent, n: None) is None
    assert save_assessment(session, None, ask=answer(label="x" * 10_000)) is None  # too long
    assert stored(session) == before and session.undo_stack.count() == depth

    # Without a test seam the real dialog asks (its classmethod is what a test replaces).
    monkeypatch.setattr(
        SaveAssessmentDialog,
        "ask",
        classmethod(lambda cls, parent, n: ("Via dialog", dt.date(2027, 1, 2))),
    )
    uuid = save_assessment(session)
    assert next(a for a in stored(session).assessments if a.uuid == uuid).label == "Via dialog"

    monkeypatch.setattr(type(session.service), "read_only", property(lambda self: True))
    assert save_assessment(session, None, ask=answer()) is None


def test_list_shows_date_label_and_actors_rated(session, qtbot) -> None:
    w = AssessmentList(session, ask=answer("Tredje runde", dt.date(2027, 3, 1)))
    qtbot.addWidget(w)
    w.resize(360, 240)
    w.show()
    dates = [a.date.strftime("%d-%m-%Y") for a in stored(session).assessments]
    assert w.rows() == [
        (dates[0], "Første vurdering i styregruppen", "27"),
        (dates[1], "Efter opstartsmødet", "27"),
    ]
    assert not w.delete_button.isEnabled() and w.save_button.isEnabled()
    assert not w.empty.isVisible()

    qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    assert w.rows()[-1] == ("01-03-2027", "Tredje runde", "27")
    new = stored(session).assessments[-1]
    assert w.selected_uuid() == new.uuid
    assert w.delete_button.isEnabled()

    session.undo_stack.undo()
    assert len(w.rows()) == 2
    assert w.selected_uuid() is None and not w.delete_button.isEnabled()


def test_delete_with_exact_undo(session, qtbot) -> None:
    w = AssessmentList(session)
    qtbot.addWidget(w)
    w.show()
    before = stored(session)
    first = before.assessments[0]
    w.select(first.uuid)
    assert w.selected_uuid() == first.uuid
    qtbot.mouseClick(w.delete_button, Qt.MouseButton.LeftButton)
    assert [a.uuid for a in stored(session).assessments] == [before.assessments[1].uuid]
    assert [r[1] for r in w.rows()] == ["Efter opstartsmødet"]
    assert session.undo_stack.undoText() == "Delete assessment"
    session.undo_stack.undo()
    assert stored(session) == before
    assert len(w.rows()) == 2
    session.undo_stack.redo()
    assert len(stored(session).assessments) == 1


def test_activating_an_assessment(session, qtbot) -> None:
    w = AssessmentList(session)
    qtbot.addWidget(w)
    w.show()
    second = stored(session).assessments[1]
    w.select(second.uuid)
    with qtbot.waitSignal(w.assessment_activated, timeout=1000) as blocker:
        qtbot.keyClick(w.tree, Qt.Key.Key_Return)
    assert blocker.args == [second.uuid]


def test_empty_list_says_what_to_do(session, qtbot) -> None:
    for assessment in stored(session).assessments:
        assert session.apply(ServiceCall(ProjectService.delete_assessment, (assessment.uuid,)))
    w = AssessmentList(session)
    qtbot.addWidget(w)
    w.show()
    assert w.rows() == []
    assert w.empty.isVisible() and not w.tree.isVisible()
    assert w.empty.text().startswith("No assessment saved yet.")


def test_dialog_defaults_and_blank_label(qtbot) -> None:
    dialog = SaveAssessmentDialog(None, 27, today=dt.date(2027, 3, 1))
    qtbot.addWidget(dialog)
    assert dialog.label_edit.text() == "Assessment 01-03-2027"
    assert dialog.ok_button().isEnabled()
    assert dialog.values() == ("Assessment 01-03-2027", dt.date(2027, 3, 1))
    assert "the 27 actors on the map" in dialog.findChild(QLabel, "assessment_intro").text()

    # The suggested label follows the date until the person writes their own.
    dialog.date_edit.setDate(QDate(2027, 4, 15))
    assert dialog.label_edit.text() == "Assessment 15-04-2027"

    dialog.label_edit.setText("   ")
    assert not dialog.ok_button().isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted

    dialog.label_edit.setText("  Efter byvandringen ")
    dialog.date_edit.setDate(QDate(2027, 5, 2))
    assert dialog.label_edit.text() == "  Efter byvandringen "
    assert dialog.ok_button().isEnabled()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == ("Efter byvandringen", dt.date(2027, 5, 2))
