"""What came out of a meeting, typed in after it (or during it): notes, action items and
decisions are added, edited and deleted on the meetings page, each as an undo step."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import K, focused
from workshop_app.ui.meetings.view import MeetingsPage

NOW = dt.datetime(2027, 3, 10, 19, 42, 5)


@pytest.fixture
def page(open_page, session, qtbot):  # type: ignore[no-untyped-def]
    page = open_page(MeetingsPage)
    page.show_tab("outcome")
    # A meeting with nothing come out of it yet.
    empty = next(
        u
        for u in session.service.meeting_uuids()
        if not session.service.meeting(u).notes and not session.service.meeting(u).actions
    )
    page.select_meeting(empty)
    page.outcome.now = lambda: NOW
    with qtbot.waitActive(page, timeout=3000):
        page.activateWindow()
    return page


def stored(session, page):  # type: ignore[no-untyped-def]
    return session.service.meeting(page.current_meeting())


def test_a_note_typed_and_entered_is_stored_and_can_be_edited(session, page, qtbot) -> None:  # type: ignore[no-untyped-def]
    capture = page.outcome.capture
    capture.setFocus()
    qtbot.keyClicks(focused(), "Flere bænke ved åen & <b>skygge</b>")
    qtbot.keyClick(capture, K.Key_Return)
    assert capture.text() == ""
    (note,) = stored(session, page).notes
    assert (note.text, note.at, note.item_uuid) == (
        "Flere bænke ved åen & <b>skygge</b>",
        NOW,
        None,
    )
    model = page.outcome.note_model
    assert model.data(model.index(0, 0)) == "19:42"
    first_item = stored(session, page).agenda[0]
    assert model.setData(model.index(0, 1), first_item.uuid)
    assert model.setData(model.index(0, 2), "Flere bænke ved åen")
    (note,) = stored(session, page).notes
    assert (note.item_uuid, note.text) == (first_item.uuid, "Flere bænke ved åen")
    assert model.data(model.index(0, 1)).endswith(first_item.title)
    view = page.outcome.notes.view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, K.Key_Delete)
    assert stored(session, page).notes == ()
    session.undo_stack.undo()
    assert stored(session, page).notes == (note,)
    for _ in range(3):
        session.undo_stack.undo()
    assert stored(session, page).notes == ()


def test_action_items_what_who_by_when_done(session, page, qtbot) -> None:  # type: ignore[no-untyped-def]
    actions = page.outcome.action_items
    actions.add_button.click()
    qtbot.keyClicks(focused(), "Søg om tilladelse til bænke")
    qtbot.keyClick(focused(), K.Key_Return)
    qtbot.waitUntil(
        lambda: stored(session, page).actions[0].what == "Søg om tilladelse til bænke", timeout=2000
    )
    model = actions.model
    assert model.setData(model.index(0, 1), "Jonas")
    assert model.setData(model.index(0, 2), dt.date(2027, 4, 1))
    assert model.setData(model.index(0, 3), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    (action,) = stored(session, page).actions
    assert (action.what, action.who, action.due, action.done) == (
        "Søg om tilladelse til bænke",
        "Jonas",
        dt.date(2027, 4, 1),
        True,
    )
    actions.view.setFocus()
    actions.view.setCurrentIndex(model.index(0, 2))
    qtbot.keyClick(actions.view, K.Key_Delete)  # on a date: clears the date
    assert stored(session, page).actions[0].due is None
    session.undo_stack.undo()
    assert stored(session, page).actions[0].due == dt.date(2027, 4, 1)
    actions.view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(actions.view, K.Key_Delete)
    assert stored(session, page).actions == ()
    session.undo_stack.undo()
    assert stored(session, page).actions == (action,)


def test_decisions_are_added_edited_and_deleted_with_undo(session, page, qtbot) -> None:  # type: ignore[no-untyped-def]
    decisions = page.outcome.decisions
    decisions.add_button.click()
    qtbot.keyClicks(focused(), "Vi afprøver bænke på Torvet i juni")
    qtbot.keyClick(focused(), K.Key_Return)
    qtbot.waitUntil(
        lambda: stored(session, page).decisions[0].text.startswith("Vi afprøver"), timeout=2000
    )
    (decision,) = stored(session, page).decisions
    assert decision.text == "Vi afprøver bænke på Torvet i juni"
    decisions.view.selectRow(0)
    decisions.delete_button.click()
    assert stored(session, page).decisions == ()
    session.undo_stack.undo()
    session.undo_stack.undo()  # the text
    assert stored(session, page).decisions[0].text != decision.text
    session.undo_stack.undo()  # the decision
    assert stored(session, page).decisions == ()
