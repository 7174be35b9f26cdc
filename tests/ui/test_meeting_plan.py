"""Planning a meeting on the meetings page: its kind, phase and facilitators, the agenda's
materials and notes, reordering by keyboard and by drag, the template agenda for its kind, a
copy of the meeting and the way to the next one. Every edit is stored and undone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox

from tests.ui.helpers import CTRL, K, focused
from workshop_app.domain.meetings import agenda_template
from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.meetings.agenda_model import COL_METHOD, COL_MINUTES, COL_TIME, COL_TITLE
from workshop_app.ui.meetings.view import MeetingsPage

TODAY = dt.date(2027, 3, 1)  # the day tests/conftest.py writes the demo for


@pytest.fixture
def page(open_page, qtbot):  # type: ignore[no-untyped-def]
    page = open_page(MeetingsPage)
    page.today = lambda: TODAY
    with qtbot.waitActive(page, timeout=3000):
        page.activateWindow()
    return page


def stored(session, page):  # type: ignore[no-untyped-def]
    return session.service.meeting(page.current_meeting())


def agenda_uuids(session, page) -> list[str]:  # type: ignore[no-untyped-def]
    return [i.uuid for i in stored(session, page).agenda]


def pick(combo: QComboBox, key: str) -> None:
    """Choose ``key`` as a person does (``activated`` is what a choice by hand emits)."""
    index = combo.findData(key)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_kind_phase_and_facilitators_are_stored_and_undone(session, page, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = stored(session, page).meeting
    pick(page.form.kind_combo, "workshop")
    pick(page.form.phase_combo, "actors")
    page.form.facilitators_edit.setFocus()
    page.form.facilitators_edit.selectAll()
    qtbot.keyClicks(focused(), "Mette & <b>Jonas</b>")
    qtbot.keyClick(focused(), K.Key_Tab)
    after = stored(session, page).meeting
    assert (after.kind, after.phase, after.facilitators) == (
        "workshop",
        "actors",
        "Mette & <b>Jonas</b>",
    )
    for _ in range(3):
        session.undo_stack.undo()
    again = stored(session, page).meeting
    assert (again.kind, again.phase, again.facilitators) == (
        before.kind,
        before.phase,
        before.facilitators,
    )
    assert page.form.kind_combo.currentData() == before.kind


def test_materials_and_notes_belong_to_the_selected_item(session, page, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = page.agenda_view
    first, second = agenda_uuids(session, page)[:2]
    view.selectRow(0)
    page.agenda.materials_edit.setFocus()
    qtbot.keyClicks(focused(), "Post-its, tusser")
    view.setFocus()  # leaving the field writes it
    view.selectRow(1)
    page.agenda.notes_edit.setFocus()
    qtbot.keyClicks(focused(), "Husk mikrofonen")
    view.selectRow(0)  # another item: the note is written to the one it was typed for
    items = {i.uuid: i for i in stored(session, page).agenda}
    assert (items[first].materials, items[second].notes) == ("Post-its, tusser", "Husk mikrofonen")
    assert page.agenda.materials_edit.toPlainText() == "Post-its, tusser"
    assert page.agenda.notes_edit.toPlainText() == items[first].notes
    session.undo_stack.undo()
    assert {i.uuid: i for i in stored(session, page).agenda}[second].notes == ""


def test_ctrl_up_and_down_move_the_item_with_undo(session, page, qtbot) -> None:  # type: ignore[no-untyped-def]
    original = agenda_uuids(session, page)
    view = page.agenda_view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, K.Key_Down, CTRL)
    qtbot.keyClick(view, K.Key_Down, CTRL)
    assert agenda_uuids(session, page)[2] == original[0]
    assert page.agenda.selected_row() == 2  # the moved item stays selected
    qtbot.keyClick(view, K.Key_Up, CTRL)
    assert agenda_uuids(session, page)[1] == original[0]
    for _ in range(3):
        session.undo_stack.undo()
    assert agenda_uuids(session, page) == original
    session.undo_stack.redo()
    assert agenda_uuids(session, page)[1] == original[0]


def test_a_dragged_row_is_one_undoable_move(session, page) -> None:  # type: ignore[no-untyped-def]
    model = page.agenda_model
    original = agenda_uuids(session, page)
    assert len(original) >= 4
    data = model.mimeData([model.index(0, COL_TITLE)])
    # Dropped between the third and fourth rows: it becomes the third item.
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert agenda_uuids(session, page) == [*original[1:3], original[0], *original[3:]]
    # Dropped below the last row: it goes last.
    data = model.mimeData([model.index(1, COL_TITLE)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert agenda_uuids(session, page)[-1] == original[2]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert agenda_uuids(session, page) == original


def test_the_method_editor_offers_the_method_cards_and_free_text(session, page, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = page.agenda_view
    index = page.agenda_model.index(0, COL_METHOD)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QComboBox, "agenda_method_editor")
    assert editor is not None
    names = [editor.itemText(i) for i in range(editor.count())]
    assert "Byvandring" in names or "Town walk" in names
    editor.setCurrentText("Walk & talk <i>rundt</i>")
    qtbot.keyClick(focused(), K.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(
        lambda: stored(session, page).agenda[0].method == "Walk & talk <i>rundt</i>", timeout=2000
    )


def test_the_template_for_the_kind_replaces_the_agenda_in_one_undo_step(
    session, page, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def ask(cls, parent, title, text, accept):  # type: ignore[no-untyped-def]
        asked.append(text)
        return True

    monkeypatch.setattr(Dialogs, "ask", classmethod(ask))
    pick(page.form.kind_combo, "citizen_meeting")
    before = stored(session, page).agenda
    page.agenda.template_button.click()
    assert asked and str(len(before)) in asked[0]  # it asked before replacing the items
    drafts = agenda_template("citizen_meeting", "en")
    after = stored(session, page).agenda
    assert [(i.duration_min) for i in after] == [d.duration_min for d in drafts]
    assert 90 <= sum(i.duration_min for i in after) <= 120
    assert not {i.uuid for i in after} & {i.uuid for i in before}
    session.undo_stack.undo()
    assert stored(session, page).agenda == before
    session.undo_stack.redo()
    assert [i.uuid for i in stored(session, page).agenda] == [i.uuid for i in after]


def test_refusing_the_question_keeps_the_agenda(session, page) -> None:  # type: ignore[no-untyped-def]
    before = stored(session, page).agenda
    page.agenda.template_button.click()  # the test's Dialogs.ask says no
    assert stored(session, page).agenda == before


def test_duplicate_copies_the_plan_under_a_new_title(session, page) -> None:  # type: ignore[no-untyped-def]
    original = stored(session, page)
    count = len(session.service.meeting_uuids())
    page.duplicate_button.click()
    copy = stored(session, page)
    assert copy.meeting.uuid != original.meeting.uuid
    assert copy.meeting.title == f"{original.meeting.title} (copy)"
    assert [i.title for i in copy.agenda] == [i.title for i in original.agenda]
    assert not {i.uuid for i in copy.agenda} & {i.uuid for i in original.agenda}
    assert len(session.service.meeting_uuids()) == count + 1
    session.undo_stack.undo()
    assert len(session.service.meeting_uuids()) == count
    assert copy.meeting.uuid not in session.service.meeting_uuids()


def test_next_meeting_selects_the_next_planned_one(session, page, qtbot) -> None:  # type: ignore[no-untyped-def]
    expected = session.service.next_meeting(TODAY)
    assert expected is not None
    page.select_meeting(session.service.meeting_uuids()[-1])
    page.show_tab("outcome")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.current_meeting() == expected
    assert page.tabs.currentIndex() == 0  # the plan


def test_minutes_added_live_show_beside_the_plan(session, page) -> None:  # type: ignore[no-untyped-def]
    model = page.agenda_model
    first = stored(session, page).agenda[0]
    times = model.data(model.index(1, COL_TIME))
    # +5 minutes from the live console: a service call through the session.
    call = ServiceCall(ProjectService.live_add_minutes, (page.current_meeting(), 5, first.uuid))
    assert session.apply(call)
    tip = model.data(model.index(0, COL_MINUTES), Qt.ItemDataRole.ToolTipRole)
    assert f"Planned {first.duration_min} min; 5 min added" in tip
    assert model.data(model.index(0, COL_MINUTES)) == first.duration_min  # the plan stays
    assert model.data(model.index(1, COL_TIME)) == times  # planned clock times too


def test_the_tabs_and_the_copy_are_a_key_away(session, page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.meeting_list.setFocus()
    qtbot.keyClick(page.meeting_list, K.Key_PageDown, CTRL)
    assert page.tabs.currentIndex() == 1  # attendance
    qtbot.keyClick(focused(), K.Key_PageDown, CTRL)
    assert page.tabs.currentIndex() == 2  # what came out
    count = len(session.service.meeting_uuids())
    qtbot.keyClick(focused(), K.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(session.service.meeting_uuids()) == count + 1
    assert page.tabs.currentIndex() == 0  # the copy opens on its plan, its date in focus
    assert focused() is page.date_edit


def test_undo_of_deleting_an_agenda_item_gives_its_notes_their_tag_back(session) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.ui import commands

    service = session.service
    meeting = next(m for m in service.snapshot().meetings if m.notes)
    note = next(n for n in meeting.notes if n.item_uuid is not None)
    item_uuid = note.item_uuid
    commands.delete_agenda_item(session, meeting.meeting.uuid, item_uuid)
    assert all(n.item_uuid != item_uuid for n in service.meeting(meeting.meeting.uuid).notes)
    session.undo_stack.undo()
    after = {n.uuid: n.item_uuid for n in service.meeting(meeting.meeting.uuid).notes}
    assert after == {n.uuid: n.item_uuid for n in meeting.notes}
