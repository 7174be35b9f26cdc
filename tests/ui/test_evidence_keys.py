"""The evidence panels of a test (counts.py, feedback.py) with real key presses:
Tab and Shift+Tab leave a tally grid at its edges (keeping the number typed), a grid of a new
session starts at its first cell, Tab leaves the sessions and feedback tables, Ctrl+Shift+N goes
to the new-session form and Ctrl+Tab in a tally grid switches tabs."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit

from tests.ui.helpers import CTRL, SHIFT, K, focused, press, type_keys


def cell(view) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    index = view.currentIndex()
    return index.row(), index.column()


def stored(window, uuid: str):  # type: ignore[no-untyped-def]
    return next(c for c in window.session.service.trial_book().counts if c.uuid == uuid)


def open_tab(window, qtbot, tab: str):  # type: ignore[no-untyped-def]
    window.resize(1280, 860)
    with qtbot.waitActive(window, timeout=3000):
        window.activateWindow()
    window.workspace.show_page("trials")
    page = window.workspace.trials
    page.show_tab("trials", tab)
    return page


def new_session(page, qtbot, day: dt.date) -> str:  # type: ignore[no-untyped-def]
    """A session added with Enter in the form; the keyboard is then in the passing grid."""
    counts = page.counts
    counts.new_date.setDate(QDate(day.year, day.month, day.day))
    counts.new_place.setFocus()
    press(qtbot, K.Key_Return)
    assert focused() is counts.passing_view
    uuid = counts.selected_uuid()
    assert uuid is not None
    return uuid


@pytest.fixture
def counts_page(window, qtbot):  # type: ignore[no-untyped-def]
    return open_tab(window, qtbot, "counts")


# -- 1. Tab / Shift+Tab at the edges of a tally grid ----------------------------------------------


def test_tab_after_typing_in_the_last_passing_cell_keeps_it_and_moves_to_staying(
    window, counts_page, qtbot
) -> None:  # type: ignore[no-untyped-def]
    counts = counts_page.counts
    uuid = new_session(counts_page, qtbot, dt.date(2027, 3, 20))
    last_row = counts.passing.rowCount() - 1
    last_column = counts.passing.editable_columns - 1
    counts.passing_view.setCurrentIndex(counts.passing.index(last_row, last_column))
    type_keys(qtbot, "42")
    assert isinstance(focused(), QLineEdit)  # the cell's editor
    press(qtbot, K.Key_Tab)
    assert focused() is counts.staying_view
    assert cell(counts.staying_view) == (0, 0)
    type_keys(qtbot, "7")
    press(qtbot, K.Key_Tab)
    count = stored(window, uuid)
    assert count.passing[last_row][last_column] == 42  # not overwritten by the 7
    assert count.staying[0][0] == 7
    assert cell(counts.staying_view) == (0, 1)


def test_tab_in_the_last_passing_cell_without_typing_moves_to_staying(counts_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    counts = counts_page.counts
    new_session(counts_page, qtbot, dt.date(2027, 3, 20))
    last_row = counts.passing.rowCount() - 1
    counts.passing_view.setCurrentIndex(counts.passing.index(last_row, 2))
    press(qtbot, K.Key_Tab)
    assert focused() is counts.staying_view
    assert cell(counts.staying_view) == (0, 0)


def test_tab_after_typing_in_the_last_staying_cell_leaves_the_grids(
    window, counts_page, qtbot
) -> None:  # type: ignore[no-untyped-def]
    counts = counts_page.counts
    uuid = new_session(counts_page, qtbot, dt.date(2027, 3, 20))
    last_row = counts.staying.rowCount() - 1
    last_column = counts.staying.editable_columns - 1
    counts.staying_view.setFocus()
    counts.staying_view.setCurrentIndex(counts.staying.index(last_row, last_column))
    type_keys(qtbot, "5")
    press(qtbot, K.Key_Tab)
    assert focused() not in (counts.staying_view, counts.passing_view)
    assert not counts.staying_view.isAncestorOf(focused())
    assert stored(window, uuid).staying[last_row][last_column] == 5


def test_shift_tab_after_typing_in_the_first_staying_cell_goes_back_to_the_last_passing_cell(
    window, counts_page, qtbot
) -> None:  # type: ignore[no-untyped-def]
    counts = counts_page.counts
    uuid = new_session(counts_page, qtbot, dt.date(2027, 3, 20))
    counts.staying_view.setFocus()
    counts.staying_view.setCurrentIndex(counts.staying.index(0, 0))
    type_keys(qtbot, "3")
    press(qtbot, K.Key_Backtab, SHIFT)
    assert focused() is counts.passing_view
    last = (counts.passing.rowCount() - 1, counts.passing.editable_columns - 1)
    assert cell(counts.passing_view) == last
    type_keys(qtbot, "9")
    press(qtbot, K.Key_Return)
    count = stored(window, uuid)
    assert count.staying[0][0] == 3
    assert count.passing[last[0]][last[1]] == 9


def test_shift_tab_after_typing_in_the_first_passing_cell_leaves_the_grid(
    window, counts_page, qtbot
) -> None:  # type: ignore[no-untyped-def]
    counts = counts_page.counts
    uuid = new_session(counts_page, qtbot, dt.date(2027, 3, 20))
    assert cell(counts.passing_view) == (0, 0)
    type_keys(qtbot, "12")
    press(qtbot, K.Key_Backtab, SHIFT)
    assert focused() is not counts.passing_view
    assert not counts.passing_view.isAncestorOf(focused())
    assert stored(window, uuid).passing[0][0] == 12


def test_tab_inside_the_grid_still_moves_cell_by_cell(window, counts_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    counts = counts_page.counts
    uuid = new_session(counts_page, qtbot, dt.date(2027, 3, 20))
    columns = counts.passing.editable_columns
    for n in range(columns + 1):
        type_keys(qtbot, str(n + 1))
        press(qtbot, K.Key_Tab)
    assert focused() is counts.passing_view
    assert cell(counts.passing_view) == (1, 1)
    count = stored(window, uuid)
    assert list(count.passing[0]) == list(range(1, columns + 1))
    assert count.passing[1][0] == columns + 1
    # Enter in the last row commits and keeps the keyboard in the grid.
    last_row = counts.passing.rowCount() - 1
    counts.passing_view.setCurrentIndex(counts.passing.index(last_row, 0))
    type_keys(qtbot, "8")
    press(qtbot, K.Key_Return)
    assert focused() is counts.passing_view
    assert cell(counts.passing_view) == (last_row, 0)
    assert stored(window, uuid).passing[last_row][0] == 8


# -- 2. both grids start at their first cell for another session ----------------------------------


def test_a_new_session_puts_both_grids_at_their_first_cell(counts_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    counts = counts_page.counts
    new_session(counts_page, qtbot, dt.date(2027, 3, 20))
    counts.passing_view.setCurrentIndex(counts.passing.index(2, 2))
    counts.staying_view.setFocus()
    counts.staying_view.setCurrentIndex(counts.staying.index(3, 3))
    new_session(counts_page, qtbot, dt.date(2027, 3, 27))
    assert cell(counts.passing_view) == (0, 0)
    assert cell(counts.staying_view) == (0, 0)


def test_choosing_another_session_puts_both_grids_at_their_first_cell(counts_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    counts = counts_page.counts
    new_session(counts_page, qtbot, dt.date(2027, 3, 20))
    new_session(counts_page, qtbot, dt.date(2027, 3, 27))
    counts.passing_view.setCurrentIndex(counts.passing.index(1, 1))
    counts.staying_view.setCurrentIndex(counts.staying.index(2, 2))
    counts.sessions_view.setFocus()
    row = counts.sessions.row_of(counts.selected_uuid())
    assert row > 0
    press(qtbot, K.Key_Up)
    assert counts.sessions.row_of(counts.selected_uuid()) == row - 1
    assert cell(counts.passing_view) == (0, 0)
    assert cell(counts.staying_view) == (0, 0)


def test_tab_into_a_grid_starts_at_its_first_cell(counts_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    counts = counts_page.counts
    new_session(counts_page, qtbot, dt.date(2027, 3, 20))
    counts.staying_view.setCurrentIndex(counts.staying.index(2, 3))
    counts.passing_view.setCurrentIndex(counts.passing.index(counts.passing.rowCount() - 1, 3))
    press(qtbot, K.Key_Tab)  # the last passing cell: on to the staying grid
    assert focused() is counts.staying_view
    assert cell(counts.staying_view) == (0, 0)


# -- 3. Tab leaves the tables; Ctrl+Shift+N goes to the new-session form ---------------------------


@pytest.mark.parametrize("which", ["counts", "feedback"])
@pytest.mark.parametrize("back", [False, True])
def test_tab_and_shift_tab_leave_the_evidence_tables(window, qtbot, which: str, back: bool) -> None:  # type: ignore[no-untyped-def]
    page = open_tab(window, qtbot, which)
    view = page.counts.sessions_view if which == "counts" else page.feedback.view
    assert view.model().rowCount() > 1
    assert not view.tabKeyNavigation()
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    if back:
        press(qtbot, K.Key_Backtab, SHIFT)
    else:
        press(qtbot, K.Key_Tab)
    assert focused() is not view
    assert not view.isAncestorOf(focused())


def test_ctrl_shift_n_goes_to_the_day_of_the_new_session_form(counts_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    counts = counts_page.counts
    new_session(counts_page, qtbot, dt.date(2027, 3, 20))
    type_keys(qtbot, "4")  # an open cell editor has the keyboard
    press(qtbot, K.Key_N, CTRL | SHIFT)
    assert focused() is counts.new_date
    assert counts.new_date.currentSection() == QDateTimeEdit.Section.DaySection
    # from the sessions table as well
    counts.sessions_view.setFocus()
    press(qtbot, K.Key_N, CTRL | SHIFT)
    assert focused() is counts.new_date
    assert "Ctrl+Shift+N" in counts.new_box.toolTip()
    assert "Ctrl+Shift+N" in counts.new_date.toolTip()


def test_ctrl_shift_n_is_used_once_in_the_window(window) -> None:  # type: ignore[no-untyped-def]
    window.workspace.page_titles()  # every page built (they are built when first shown)
    keys = QKeySequence("Ctrl+Shift+N")
    shortcuts = [s for s in window.findChildren(QShortcut) if s.key() == keys]
    actions = [a for a in window.findChildren(QAction) if keys in a.shortcuts()]
    assert len(shortcuts) == 1 and not actions
    assert shortcuts[0].parent() is window.workspace.trials.counts


# -- 4. Ctrl+Tab in a tally grid switches tabs -----------------------------------------------------


def test_ctrl_tab_and_ctrl_shift_tab_from_a_tally_grid_switch_tabs(counts_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    counts = counts_page.counts
    new_session(counts_page, qtbot, dt.date(2027, 3, 20))
    counts.passing_view.setCurrentIndex(counts.passing.index(1, 1))
    press(qtbot, K.Key_Tab, CTRL)
    assert counts_page.test_tabs.currentWidget() is counts_page.feedback
    assert cell(counts.passing_view) == (1, 1)  # the grid did not move
    counts_page.show_tab("trials", "counts")
    counts.staying_view.setFocus()
    counts.staying_view.setCurrentIndex(counts.staying.index(1, 1))
    press(qtbot, K.Key_Backtab, CTRL | SHIFT)
    assert counts_page.test_tabs.currentIndex() == counts_page.TEST_TABS.index("plan")
    assert cell(counts.staying_view) == (1, 1)


def test_ctrl_tab_while_typing_in_a_cell_keeps_the_number_and_switches_tabs(
    window, counts_page, qtbot
) -> None:  # type: ignore[no-untyped-def]
    counts = counts_page.counts
    uuid = new_session(counts_page, qtbot, dt.date(2027, 3, 20))
    counts.passing_view.setCurrentIndex(counts.passing.index(1, 1))
    type_keys(qtbot, "6")
    assert isinstance(focused(), QLineEdit)
    press(qtbot, K.Key_Tab, CTRL)
    assert counts_page.test_tabs.currentWidget() is counts_page.feedback
    assert stored(window, uuid).passing[1][1] == 6
    assert cell(counts.passing_view) == (1, 1)
