"""A date field with real key presses: a blank date field (fields.make_date_edit) is no
keyboard trap and takes a typed date, in the tests' plan and in an actor's details."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QTabWidget, QVBoxLayout, QWidget

from tests.ui.helpers import CTRL, SHIFT, K, book, focused, press, type_keys
from workshop_app.ui.fields import BlankableDateEdit, make_date_edit


def activate(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 860)
    with qtbot.waitActive(window, timeout=3000):
        window.activateWindow()


def actors(window):  # type: ignore[no-untyped-def]
    return window.session.service.actor_map()


def new_trial(window, qtbot):  # type: ignore[no-untyped-def]
    """A new test on the tests page, its blank start date with the keyboard."""
    activate(window, qtbot)
    window.workspace.show_page("trials")
    page = window.workspace.trials
    page.show_tab("trials", "plan")
    uuid = page.list.add_trial()
    start = page.form.editors["start_date"]
    assert isinstance(start, BlankableDateEdit)
    assert start.text() == "No date" and book(window).trial(uuid).start_date is None
    start.setFocus()
    assert focused() is start
    return page, uuid, start


def blank_next_step_date(window, qtbot):  # type: ignore[no-untyped-def]
    """The selected actor's next-step date, blank, with the keyboard."""
    activate(window, qtbot)
    window.workspace.show_page("actors")
    page = window.workspace.actors
    actor = actors(window).actors[0]
    page.select(actor.uuid)
    edit = page.details.next_step_date
    if actor.next_step_date is not None:
        page.details.clear_date.click()
    assert edit.text() == "No date"
    assert actors(window).actor(actor.uuid).next_step_date is None
    edit.setFocus()
    assert focused() is edit
    return page, actor.uuid, edit


# -- a blank date field is no keyboard trap ----------------------------------------------------


def test_tab_and_shift_tab_leave_a_blank_date_field(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, uuid, start = new_trial(window, qtbot)
    press(qtbot, K.Key_Tab)
    assert focused() is not start
    start.setFocus()
    press(qtbot, K.Key_Backtab, SHIFT)
    assert focused() is not start
    assert start.text() == "No date"  # passing through leaves no date behind
    assert book(window).trial(uuid).start_date is None


def test_tab_leaves_a_date_field_with_a_date_at_once(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, _uuid, start = new_trial(window, qtbot)
    start.setDate(QDate(2027, 5, 1))
    start.setFocus()
    press(qtbot, K.Key_Tab)  # not day -> month -> year first
    assert focused() is not start


def test_ctrl_tab_from_a_blank_date_field_opens_the_next_tab(qtbot) -> None:  # type: ignore[no-untyped-def]
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    first = QWidget()
    edit = make_date_edit(first, "No date")
    QVBoxLayout(first).addWidget(edit)
    tabs.addTab(first, "one")
    tabs.addTab(QLineEdit(), "two")
    tabs.show()
    with qtbot.waitActive(tabs, timeout=3000):
        tabs.activateWindow()
    edit.setFocus()
    assert focused() is edit
    press(qtbot, K.Key_Tab, CTRL)
    assert tabs.currentIndex() == 1


# -- typing a date into a blank field ----------------------------------------------------------


def test_digits_typed_into_a_blank_date_set_it_as_one_undo_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, uuid, start = new_trial(window, qtbot)
    steps = window.session.undo_stack.count()
    type_keys(qtbot, "01052027")
    # Stored when typed to its end, without leaving the field or a flush.
    assert book(window).trial(uuid).start_date == dt.date(2027, 5, 1)
    assert start.text() == "01-05-2027"
    assert window.session.undo_stack.count() == steps + 1
    window.session.undo_stack.undo()
    assert book(window).trial(uuid).start_date is None
    assert start.text() == "No date"


def test_a_date_with_separators_goes_into_a_blank_actor_date(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, uuid, edit = blank_next_step_date(window, qtbot)
    type_keys(qtbot, "10-05-2027")
    assert actors(window).actor(uuid).next_step_date == dt.date(2027, 5, 10)
    press(qtbot, K.Key_Tab)
    assert focused() is not edit
    assert edit.text() == "10-05-2027"


def test_short_day_and_month_with_slashes(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, uuid, _start = new_trial(window, qtbot)
    type_keys(qtbot, "1/5/2027")
    assert book(window).trial(uuid).start_date == dt.date(2027, 5, 1)


def test_nothing_is_stored_while_a_date_is_half_typed(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, uuid, start = new_trial(window, qtbot)
    type_keys(qtbot, "0105")
    window.session.flush()
    assert book(window).trial(uuid).start_date is None
    assert start.date() == start.minimumDate()  # still blank to the form


def test_leaving_with_a_whole_date_shown_stores_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, uuid, start = new_trial(window, qtbot)
    type_keys(qtbot, "105")  # the day and month; the year is this year's
    press(qtbot, K.Key_Tab)
    assert focused() is not start
    assert book(window).trial(uuid).start_date == dt.date(dt.date.today().year, 5, 10)


def test_leaving_an_unfinished_date_makes_it_blank_again(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, uuid, start = new_trial(window, qtbot)
    type_keys(qtbot, "0")  # a day of "0": no date
    press(qtbot, K.Key_Tab)
    assert focused() is not start
    assert start.text() == "No date"
    assert book(window).trial(uuid).start_date is None


def test_escape_while_typing_makes_it_blank_again(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, uuid, start = new_trial(window, qtbot)
    type_keys(qtbot, "0105")
    press(qtbot, K.Key_Escape)
    assert start.text() == "No date"
    window.session.flush()
    assert book(window).trial(uuid).start_date is None


def test_letters_do_not_go_into_the_no_date_text(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, uuid, start = new_trial(window, qtbot)
    type_keys(qtbot, "abc-")
    press(qtbot, K.Key_Backspace)
    press(qtbot, K.Key_Delete)
    assert start.text() == "No date"
    window.session.flush()
    assert book(window).trial(uuid).start_date is None


def test_arrow_up_on_a_blank_date_starts_at_today(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, uuid, _start = new_trial(window, qtbot)
    press(qtbot, K.Key_Up)
    assert book(window).trial(uuid).start_date == dt.date.today()


# -- clearing a date with the keyboard ---------------------------------------------------------


def test_select_all_and_delete_clears_a_date_and_undo_brings_it_back(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    activate(window, qtbot)
    window.workspace.show_page("actors")
    page = window.workspace.actors
    actor = next(a for a in actors(window).actors if a.next_step_date is not None)
    page.select(actor.uuid)
    edit = page.details.next_step_date
    edit.setFocus()
    press(qtbot, K.Key_A, CTRL)
    press(qtbot, K.Key_Delete)
    assert edit.text() == "No date"
    assert actors(window).actor(actor.uuid).next_step_date is None
    window.session.undo_stack.undo()
    assert actors(window).actor(actor.uuid).next_step_date == actor.next_step_date


def test_select_all_and_backspace_clears_a_date(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, uuid, start = new_trial(window, qtbot)
    type_keys(qtbot, "01052027")
    press(qtbot, K.Key_A, CTRL)
    press(qtbot, K.Key_Backspace)
    assert start.text() == "No date"
    assert book(window).trial(uuid).start_date is None


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_blank_dates_calendar_opens_at_this_month(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate, QPoint
    from PySide6.QtTest import QTest

    from workshop_app.ui.fields import make_date_edit

    edit = make_date_edit(None, "No date")
    qtbot.addWidget(edit)
    edit.resize(200, 30)
    edit.show()
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(190, 15))
    calendar = edit.calendarWidget()
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert edit.date() == edit.minimumDate()  # still blank until a day is picked
    calendar.hide()
