"""Typing a paper tally sheet as the paper reads (issue 12, item 4).

Row by row: Enter starts the next row at the column where typing began in this row; a blank cell
is "not counted" (not 0) in the stored session and in the summary; a block copied from a
spreadsheet pastes as one undo step, and a bad cell refuses the whole paste.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from test_trial_counts import add_session, make_panel

from tests.ui.helpers import book, focused, press, type_keys

N = None  # a blank cell: nothing typed, not counted


def stored(window, uuid: str):  # type: ignore[no-untyped-def]
    return next(c for c in book(window).counts if c.uuid == uuid)


def type_row(qtbot, *cells: str) -> None:  # type: ignore[no-untyped-def]
    """One line of the paper sheet: the cells with Tab between them, Enter at the end."""
    for index, cell in enumerate(cells):
        type_keys(qtbot, cell)
        press(qtbot, Qt.Key.Key_Tab if index < len(cells) - 1 else Qt.Key.Key_Return)


def test_three_rows_typed_as_on_paper_land_in_the_right_cells(window, qtbot) -> None:
    panel = make_panel(window, qtbot)
    add_session(panel, qtbot, start=(10, 0), end=(10, 40))  # four blocks
    uuid = panel.selected_uuid()
    assert focused() is panel.passing_view
    # walking Tab cycling Tab other Enter, three times: each row starts again at walking.
    type_row(qtbot, "12", "3", "1")
    type_row(qtbot, "9", "0", "2")
    type_row(qtbot, "15", "4", "7")
    assert stored(window, uuid).passing == ((12, 3, 1), (9, 0, 2), (15, 4, 7), (N, N, N))
    view = panel.passing_view
    assert (view.currentIndex().row(), view.currentIndex().column()) == (3, 0)

    # Typing that starts in the middle of a row goes on from there: cycling Tab other Enter.
    view.setCurrentIndex(panel.passing.index(0, 1))  # a click: a new start
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 1)

    # The staying sheet reads the same way.
    panel.staying_view.setFocus()
    panel.staying_view.setCurrentIndex(panel.staying.index(0, 1))
    type_row(qtbot, "2", "0")
    type_row(qtbot, "5", "1")
    assert stored(window, uuid).staying[:2] == ((N, 2, 0, N), (N, 5, 1, N))


def test_blanks_are_not_zeros_in_the_session_and_the_summary(window, qtbot) -> None:
    panel = make_panel(window, qtbot)
    trial = panel.trial()
    service = window.session.service
    during = service.trial_summary(trial).counts["during"]
    # The demo's running test: 450 people passed in 120 minutes, 225 per hour.
    assert during.passing_per_hour == pytest.approx(225.0)

    # A session of an hour typed half-way: three blocks of six.
    panel.new_phase.setCurrentIndex(panel.new_phase.findData("during"))
    add_session(panel, qtbot, start=(14, 0), end=(15, 0))
    uuid = panel.selected_uuid()
    type_row(qtbot, "30", "6", "1")
    type_row(qtbot, "31", "6", "1")
    type_row(qtbot, "30", "7", "0")  # a real 0: counted, nobody came
    session = stored(window, uuid)
    assert session.passing == ((30, 6, 1), (31, 6, 1), (30, 7, 0), (N, N, N), (N, N, N), (N, N, N))
    assert session.staying == ((N, N, N, N),) * 4

    # 112 people in the 30 minutes counted: the average stays near 225 (blanks as zeros: 187).
    during = service.trial_summary(trial).counts["during"]
    assert during.passing_per_hour == pytest.approx((450 + 112) / 150 * 60)
    # The grid and the session's totals say the same: a blank row has no total, 0 shows as 0.
    assert panel.passing.index(3, 3).data() == ""
    assert panel.passing.index(2, 2).data() == "0"
    assert "per hour 224" in panel.passing_box.totals.text()

    # Backspace makes a cell blank again (not 0).
    panel.passing_view.setCurrentIndex(panel.passing.index(2, 2))
    press(qtbot, Qt.Key.Key_Backspace)
    assert stored(window, uuid).passing[2] == (30, 7, N)


def test_a_block_from_a_spreadsheet_pastes_as_one_undo_step(window, qtbot) -> None:
    panel = make_panel(window, qtbot)
    add_session(panel, qtbot, start=(10, 0), end=(10, 30))  # three blocks of three modes
    uuid = panel.selected_uuid()
    undo = window.session.undo_stack
    steps = undo.count()
    blank = stored(window, uuid)
    QGuiApplication.clipboard().setText("1\t2\t3\r\n4\t5\t6\r\n7\t\t9\r\n")  # as LibreOffice copies
    qtbot.keyClick(panel.passing_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stored(window, uuid).passing == ((1, 2, 3), (4, 5, 6), (7, N, 9))
    assert undo.count() == steps + 1
    undo.undo()
    assert stored(window, uuid) == blank
    undo.redo()
    assert stored(window, uuid).passing == ((1, 2, 3), (4, 5, 6), (7, N, 9))

    # Pasted while a cell is open: the block still goes into the grid, from that cell.
    panel.passing_view.setCurrentIndex(panel.passing.index(2, 0))
    type_keys(qtbot, "4")  # opens the cell
    QGuiApplication.clipboard().setText("8\t9\n")
    qtbot.keyClick(focused(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stored(window, uuid).passing[2] == (8, 9, 9)
    undo.undo()
    assert stored(window, uuid).passing[2] == (7, N, 9)

    # Into the staying grid at a cell inside it.
    panel.staying_view.setFocus()
    panel.staying_view.setCurrentIndex(panel.staying.index(1, 1))
    QGuiApplication.clipboard().setText("5\t6\n0\t8")
    qtbot.keyClick(panel.staying_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stored(window, uuid).staying[1:3] == ((N, 5, 6, N), (N, 0, 8, N))
    assert undo.count() == steps + 2  # the undone paste above is replaced by this one


def test_a_paste_with_a_letter_or_too_big_is_refused_and_changes_nothing(window, qtbot) -> None:
    panel = make_panel(window, qtbot)
    add_session(panel, qtbot, start=(10, 0), end=(10, 30))
    uuid = panel.selected_uuid()
    undo = window.session.undo_stack
    steps = undo.count()
    before = stored(window, uuid)
    QGuiApplication.clipboard().setText("1\t2\t3\n4\tx\t6\n7\t8\t9")
    qtbot.keyClick(panel.passing_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stored(window, uuid) == before
    assert undo.count() == steps
    text = panel.message.text()
    assert panel.message.isVisible() and text.startswith("Nothing was pasted.")
    assert "10:10–10:20, Cycling" in text and "“x” is not a number" in text

    panel.passing_view.setCurrentIndex(panel.passing.index(1, 1))
    QGuiApplication.clipboard().setText("1\t2\t3")
    qtbot.keyClick(panel.passing_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stored(window, uuid) == before and undo.count() == steps
    assert "does not fit" in panel.message.text()
