"""Meetings and agendas in the UI: every edit is stored, undoable and redoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QLineEdit

from workshop_app.ui.meetings.agenda_model import COL_MINUTES, COL_TIME, COL_TITLE, AgendaModel
from workshop_app.ui.meetings.view import MeetingsPage


def q(session, sql: str, *args: object):  # type: ignore[no-untyped-def]
    return session.service.store.db.execute(sql, args).fetchall()


@pytest.fixture
def page(open_page):  # type: ignore[no-untyped-def]
    return open_page(MeetingsPage)


def test_agenda_model_passes_the_model_tester(session, page, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = page.agenda_model
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_clock_times_follow_start_time_and_durations(session, page) -> None:  # type: ignore[no-untyped-def]
    model: AgendaModel = page.agenda_model
    assert model.rowCount() >= 3
    page.time_edit.setTime(QTime(16, 0))
    page.time_edit.editingFinished.emit()
    for row, minutes in enumerate((10, 20, 30)):
        model.setData(model.index(row, COL_MINUTES), minutes)
    times = [model.data(model.index(r, COL_TIME)) for r in range(model.rowCount())]
    assert times[:3] == ["16:00–16:10", "16:10–16:30", "16:30–17:00"]
    assert "16:00" in page.total_label.text()
    assert model.setData(model.index(0, COL_MINUTES), 25)
    times = [model.data(model.index(r, COL_TIME)) for r in range(model.rowCount())]
    assert times[:2] == ["16:00–16:25", "16:25–16:45"]
    session.undo_stack.undo()
    assert model.data(model.index(0, COL_TIME)) == "16:00–16:10"


def test_agenda_cell_edit_is_stored_and_undone(session, page) -> None:  # type: ignore[no-untyped-def]
    model = page.agenda_model
    uuid = model.item_uuid(1)
    (before,) = q(session, "SELECT title FROM agenda_item WHERE uuid = ?", uuid)
    assert model.setData(model.index(1, COL_TITLE), "Tal & fakta <b>om</b> bymidten")
    assert q(session, "SELECT title FROM agenda_item WHERE uuid = ?", uuid) == [
        ("Tal & fakta <b>om</b> bymidten",)
    ]
    assert not model.setData(model.index(1, COL_MINUTES), "lang tid")
    assert not model.setData(model.index(1, COL_MINUTES), 5000)
    session.undo_stack.undo()
    assert q(session, "SELECT title FROM agenda_item WHERE uuid = ?", uuid) == [before]


def test_add_meeting_type_title_undo_redo(session, page, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = len(q(session, "SELECT uuid FROM meeting"))
    page.add_button.click()
    assert len(q(session, "SELECT uuid FROM meeting")) == before + 1
    title = page.findChild(QLineEdit, "meeting_title")
    assert title.hasFocus() or title.selectedText() == "New meeting"
    title.selectAll()
    qtbot.keyClicks(title, "Workshop på biblioteket")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    uuid = page.current_meeting()
    assert q(session, "SELECT title FROM meeting WHERE uuid = ?", uuid) == [
        ("Workshop på biblioteket",)
    ]
    assert "Workshop på biblioteket" in page.meeting_list.currentItem().text()
    stack = session.undo_stack
    stack.undo()  # the title
    stack.undo()  # the meeting
    assert q(session, "SELECT count(*) FROM meeting WHERE uuid = ?", uuid) == [(0,)]
    stack.redo()
    stack.redo()
    assert q(session, "SELECT title FROM meeting WHERE uuid = ?", uuid) == [
        ("Workshop på biblioteket",)
    ]


def test_delete_meeting_and_undo_restores_its_agenda(session, page) -> None:  # type: ignore[no-untyped-def]
    uuid = page.current_meeting()
    items = q(
        session,
        "SELECT uuid, title FROM agenda_item WHERE meeting_uuid = ? ORDER BY position",
        uuid,
    )
    page.delete_button.click()
    assert q(session, "SELECT count(*) FROM agenda_item WHERE meeting_uuid = ?", uuid) == [(0,)]
    assert page.current_meeting() != uuid
    session.undo_stack.undo()
    assert (
        q(
            session,
            "SELECT uuid, title FROM agenda_item WHERE meeting_uuid = ? ORDER BY position",
            uuid,
        )
        == items
    )
    assert q(session, "SELECT position FROM meeting WHERE uuid = ?", uuid) == [(0,)]


def test_add_move_delete_agenda_items_with_undo(session, page) -> None:  # type: ignore[no-untyped-def]
    model = page.agenda_model
    meeting = page.current_meeting()
    original = [model.item_uuid(r) for r in range(model.rowCount())]
    page.agenda_view.selectRow(0)
    page.add_agenda_item()
    new_uuid = model.item_uuid(1)
    assert new_uuid not in original
    assert model.data(model.index(1, COL_TITLE)) == "New item"
    page.agenda_view.selectRow(1)
    page.item_down_button.click()
    assert model.item_uuid(2) == new_uuid
    page.agenda_view.selectRow(2)
    page.delete_item_button.click()
    assert [model.item_uuid(r) for r in range(model.rowCount())] == original
    stack = session.undo_stack
    stack.undo()
    assert model.item_uuid(2) == new_uuid
    stack.undo()
    assert model.item_uuid(1) == new_uuid
    stack.undo()
    got = q(
        session, "SELECT uuid FROM agenda_item WHERE meeting_uuid = ? ORDER BY position", meeting
    )
    assert [u for (u,) in got] == original


def test_move_meeting_order_is_stored(session, page) -> None:  # type: ignore[no-untyped-def]
    first = page.current_meeting()
    page.down_button.click()
    order = [u for (u,) in q(session, "SELECT uuid FROM meeting ORDER BY position")]
    assert order[1] == first
    assert page.current_meeting() == first
    session.undo_stack.undo()
    assert q(session, "SELECT uuid FROM meeting ORDER BY position")[0] == (first,)
