"""Attendance on the meetings page: actors ticked present from the register, citizens counted by
age band and group (blank is not 0), and named participants only once the project allows them.
Every edit is stored and undone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import K, focused, type_keys
from workshop_app.domain.meetings import ATTENDANCE_GROUPS
from workshop_app.domain.vocabulary import AGE_BANDS
from workshop_app.ui.meetings.view import MeetingsPage


@pytest.fixture
def page(open_page, qtbot):  # type: ignore[no-untyped-def]
    page = open_page(MeetingsPage)
    page.show_tab("attendance")
    with qtbot.waitActive(page, timeout=3000):
        page.activateWindow()
    return page


def stored(session, page):  # type: ignore[no-untyped-def]
    return session.service.meeting(page.current_meeting())


def counts(session, page) -> dict[tuple[str, str], int | None]:  # type: ignore[no-untyped-def]
    return {(c.age_band, c.group): c.count for c in stored(session, page).citizen_counts}


def test_an_actor_ticked_present_is_stored_and_undone(session, page, qtbot) -> None:  # type: ignore[no-untyped-def]
    actors = page.attendance.actor_list
    assert actors.count() == len(session.service.actor_map().actors) > 0
    before = set(stored(session, page).actors_present)
    item = actors.item(0)
    uuid = item.data(Qt.ItemDataRole.UserRole)
    wanted = uuid not in before
    actors.setFocus()
    actors.setCurrentRow(0)
    qtbot.keyClick(actors, K.Key_Space)
    assert (uuid in stored(session, page).actors_present) is wanted
    assert (actors.item(0).checkState() == Qt.CheckState.Checked) is wanted
    session.undo_stack.undo()
    assert set(stored(session, page).actors_present) == before
    assert (actors.item(0).checkState() == Qt.CheckState.Checked) is not wanted


def test_citizens_are_counted_by_typing_and_blank_is_not_zero(session, page, qtbot) -> None:  # type: ignore[no-untyped-def]
    grid, model = page.attendance.grid, page.attendance.grid_model
    grid.setFocus()
    grid.setCurrentIndex(model.index(1, 0))
    type_keys(qtbot, "12")
    qtbot.keyClick(focused(), K.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(
        lambda: (AGE_BANDS[1], ATTENDANCE_GROUPS[0]) in counts(session, page), timeout=2000
    )
    grid.setCurrentIndex(model.index(1, 1))
    type_keys(qtbot, "0")
    qtbot.keyClick(focused(), K.Key_Return)
    qtbot.waitUntil(
        lambda: counts(session, page).get((AGE_BANDS[1], ATTENDANCE_GROUPS[1])) == 0, timeout=2000
    )
    got = counts(session, page)
    assert got[(AGE_BANDS[1], ATTENDANCE_GROUPS[0])] == 12
    assert got[(AGE_BANDS[1], ATTENDANCE_GROUPS[1])] == 0
    assert got.get((AGE_BANDS[1], ATTENDANCE_GROUPS[2])) is None
    # Totals: the row, the column and everyone; blank cells add nothing.
    total_column = len(ATTENDANCE_GROUPS)
    assert model.data(model.index(1, total_column)) == "12"
    assert model.data(model.index(1, 1)) == "0"
    assert model.data(model.index(1, 2)) == ""
    assert not model.flags(model.index(1, total_column)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(1, 0), "mange")
    # Delete makes a cell blank again (not 0).
    grid.setCurrentIndex(model.index(1, 1))
    qtbot.keyClick(grid, K.Key_Delete)
    assert counts(session, page).get((AGE_BANDS[1], ATTENDANCE_GROUPS[1])) is None
    session.undo_stack.undo()
    assert counts(session, page)[(AGE_BANDS[1], ATTENDANCE_GROUPS[1])] == 0
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert counts(session, page).get((AGE_BANDS[1], ATTENDANCE_GROUPS[0])) is None


def test_named_participants_only_once_the_project_allows_them(session, page, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = page.attendance
    assert not session.service.project().named_participants  # off by default
    assert not panel.participants_part.isVisible()
    assert not panel.named_switch.isChecked()
    panel.named_switch.setFocus()
    qtbot.keyClick(panel.named_switch, K.Key_Space)
    assert session.service.project().named_participants
    assert panel.participants_part.isVisible()

    panel.participants_part.add_button.click()
    qtbot.keyClicks(focused(), "Deltager 12")
    qtbot.keyClick(focused(), K.Key_Return)
    qtbot.waitUntil(
        lambda: stored(session, page).participants[0].name == "Deltager 12", timeout=2000
    )
    (participant,) = stored(session, page).participants
    assert participant.name == "Deltager 12"
    assert not participant.consent
    model = panel.participant_model
    assert model.setData(model.index(0, 1), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.setData(model.index(0, 2), dt.date(2027, 9, 1))
    (participant,) = stored(session, page).participants
    assert (participant.consent, participant.delete_by) == (True, dt.date(2027, 9, 1))
    panel.participants.setFocus()
    panel.participants.selectRow(0)
    qtbot.keyClick(panel.participants, K.Key_Delete)
    assert stored(session, page).participants == ()
    session.undo_stack.undo()
    assert stored(session, page).participants == (participant,)
    for _ in range(4):  # delete-by, consent, name, the participant
        session.undo_stack.undo()
    assert stored(session, page).participants == ()
    session.undo_stack.undo()  # the switch
    assert not session.service.project().named_participants
    assert not panel.participants_part.isVisible()
    assert not panel.named_switch.isChecked()
