"""Meetings and agendas in the UI: every edit is stored, undoable and redoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from workshop_app.ui.meetings.agenda_model import COL_MINUTES, COL_TIME, COL_TITLE, AgendaModel


def q(window, sql: str, *args: object):  # type: ignore[no-untyped-def]
    return window.session.service.store.db.execute(sql, args).fetchall()


def page(window):  # type: ignore[no-untyped-def]
    window.workspace.show_page("meetings")
    return window.workspace.meetings


def test_agenda_model_passes_the_model_tester(window, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = page(window).agenda_model
    assert model.rowCount() == 5
    qtmodeltester.check(model, force_py=True)


def test_clock_times_follow_start_time_and_durations(window) -> None:  # type: ignore[no-untyped-def]
    p = page(window)
    model: AgendaModel = p.agenda_model
    times = [model.data(model.index(r, COL_TIME)) for r in range(model.rowCount())]
    assert times[:3] == ["16:00–16:10", "16:10–16:30", "16:30–17:00"]
    assert "16:00" in p.total_label.text() and "17:30" in p.total_label.text()
    assert model.setData(model.index(0, COL_MINUTES), 25)
    times = [model.data(model.index(r, COL_TIME)) for r in range(model.rowCount())]
    assert times[:2] == ["16:00–16:25", "16:25–16:45"]
    window.session.undo_stack.undo()
    assert model.data(model.index(0, COL_TIME)) == "16:00–16:10"


def test_agenda_cell_edit_is_stored_and_undone(window) -> None:  # type: ignore[no-untyped-def]
    model = page(window).agenda_model
    uuid = model.item_uuid(1)
    assert model.setData(model.index(1, COL_TITLE), "Tal & fakta <b>om</b> bymidten")
    assert q(window, "SELECT title FROM agenda_item WHERE uuid = ?", uuid) == [
        ("Tal & fakta <b>om</b> bymidten",)
    ]
    assert not model.setData(model.index(1, COL_MINUTES), "lang tid")
    assert not model.setData(model.index(1, COL_MINUTES), 5000)
    window.actions_["undo"].trigger()
    assert q(window, "SELECT title FROM agenda_item WHERE uuid = ?", uuid) == [
        ("Hvorfor nu? Tal og erfaringer fra bymidten",)
    ]


def test_add_meeting_type_title_undo_redo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    p = page(window)
    before = len(q(window, "SELECT uuid FROM meeting"))
    p.add_button.click()
    assert len(q(window, "SELECT uuid FROM meeting")) == before + 1
    title = window.findChild(QLineEdit, "meeting_title")
    assert title.hasFocus() or title.selectedText() == "New meeting"
    title.selectAll()
    qtbot.keyClicks(title, "Workshop på biblioteket")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    uuid = p.current_meeting()
    assert q(window, "SELECT title FROM meeting WHERE uuid = ?", uuid) == [
        ("Workshop på biblioteket",)
    ]
    assert "Workshop på biblioteket" in p.meeting_list.currentItem().text()
    stack = window.session.undo_stack
    stack.undo()  # the title
    stack.undo()  # the meeting
    assert q(window, "SELECT count(*) FROM meeting WHERE uuid = ?", uuid) == [(0,)]
    stack.redo()
    stack.redo()
    assert q(window, "SELECT title FROM meeting WHERE uuid = ?", uuid) == [
        ("Workshop på biblioteket",)
    ]


def test_delete_meeting_and_undo_restores_its_agenda(window) -> None:  # type: ignore[no-untyped-def]
    p = page(window)
    uuid = p.current_meeting()
    items = q(
        window, "SELECT uuid, title FROM agenda_item WHERE meeting_uuid = ? ORDER BY position", uuid
    )
    p.delete_button.click()
    assert q(window, "SELECT count(*) FROM agenda_item WHERE meeting_uuid = ?", uuid) == [(0,)]
    assert p.current_meeting() != uuid
    window.session.undo_stack.undo()
    assert (
        q(
            window,
            "SELECT uuid, title FROM agenda_item WHERE meeting_uuid = ? ORDER BY position",
            uuid,
        )
        == items
    )
    assert q(window, "SELECT position FROM meeting WHERE uuid = ?", uuid) == [(0,)]


def test_add_move_delete_agenda_items_with_undo(window) -> None:  # type: ignore[no-untyped-def]
    p = page(window)
    model = p.agenda_model
    meeting = p.current_meeting()
    original = [model.item_uuid(r) for r in range(model.rowCount())]
    p.agenda_view.selectRow(0)
    p.add_agenda_item()
    new_uuid = model.item_uuid(1)
    assert new_uuid not in original
    assert model.data(model.index(1, COL_TITLE)) == "New item"
    p.agenda_view.selectRow(1)
    p.item_down_button.click()
    assert model.item_uuid(2) == new_uuid
    p.agenda_view.selectRow(2)
    p.delete_item_button.click()
    assert [model.item_uuid(r) for r in range(model.rowCount())] == original
    stack = window.session.undo_stack
    stack.undo()
    assert model.item_uuid(2) == new_uuid
    stack.undo()
    assert model.item_uuid(1) == new_uuid
    stack.undo()
    got = q(
        window, "SELECT uuid FROM agenda_item WHERE meeting_uuid = ? ORDER BY position", meeting
    )
    assert [u for (u,) in got] == original


def test_move_meeting_order_is_stored(window) -> None:  # type: ignore[no-untyped-def]
    p = page(window)
    first = p.current_meeting()
    p.down_button.click()
    order = [u for (u,) in q(window, "SELECT uuid FROM meeting ORDER BY position")]
    assert order[1] == first
    assert p.current_meeting() == first
    window.session.undo_stack.undo()
    assert q(window, "SELECT uuid FROM meeting ORDER BY position")[0] == (first,)
