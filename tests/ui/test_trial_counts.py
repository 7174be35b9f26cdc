"""Phase 3 evidence, counting: add a session from the keyboard, type a tally with digits, Tab and
Enter, undo each cell, refuse negative numbers and times that end before they start, edit the
header in place and delete a session with exact undo (its citations included)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime

from tests.ui.helpers import focused, press, type_keys
from workshop_app.ui.trials.counts import (
    SESSION_COLUMNS,
    CountSessionsModel,
    CountsPanel,
    TallyModel,
    block_labels,
    guess_phase,
    parse_count,
)


def book(window):
    return window.session.service.trial_book()


def running_trial(window) -> str:
    return next(t.uuid for t in book(window).trials if t.status == "running")


def make_panel(window, qtbot, trial: str | None = None) -> CountsPanel:
    panel = CountsPanel(window.session)
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    with qtbot.waitActive(panel, timeout=2000):
        panel.activateWindow()
    panel.set_trial(trial or running_trial(window))
    return panel


def add_session(panel: CountsPanel, qtbot, start=(10, 0), end=(10, 25), day=(2027, 3, 6)):
    panel.new_date.setDate(QDate(*day))
    panel.new_start.setTime(QTime(*start))
    panel.new_end.setTime(QTime(*end))
    panel.new_place.setFocus()
    qtbot.keyClick(panel.new_place, Qt.Key.Key_Return)  # Enter in the form adds the session


def test_helpers() -> None:
    assert block_labels(dt.time(10, 0), dt.time(10, 25)) == [
        "10:00–10:10",
        "10:10–10:20",
        "10:20–10:25",
    ]
    assert parse_count(" 12 ") == 12
    assert parse_count("") is None  # blank: not counted
    assert parse_count("0") == 0  # a real zero
    for bad in ("-3", "abc", "1.5", "100001"):
        try:
            parse_count(bad)
        except ValueError as exc:
            assert str(exc)
        else:
            raise AssertionError(bad)


def test_phase_is_guessed_from_the_test_dates(window) -> None:
    trial = next(t for t in book(window).trials if t.start_date and t.end_date)
    assert guess_phase(trial, trial.start_date - dt.timedelta(days=1)) == "before"
    assert guess_phase(trial, trial.start_date) == "during"
    assert guess_phase(trial, trial.end_date + dt.timedelta(days=1)) == "after"
    assert guess_phase(None, dt.date(2027, 1, 1)) == "before"


def test_models_pass_qtmodeltester(window, qtbot, qtmodeltester) -> None:
    panel = make_panel(window, qtbot, book(window).trials[0].uuid)
    assert panel.sessions.rowCount() == 4
    qtmodeltester.check(panel.sessions, force_py=True)
    qtmodeltester.check(panel.passing, force_py=True)
    qtmodeltester.check(panel.staying, force_py=True)
    empty = CountSessionsModel(window.session)
    qtmodeltester.check(empty, force_py=True)
    grid = TallyModel(window.session, ["a"], lambda *_: None, lambda *_: None)
    qtmodeltester.check(grid, force_py=True)


def test_demo_sessions_and_tally_are_shown(window, qtbot) -> None:
    trial = book(window).trials[0]
    panel = make_panel(window, qtbot, trial.uuid)
    counts = book(window).counts_of(trial.uuid)
    headers = [
        panel.sessions.headerData(c, Qt.Orientation.Horizontal) for c in range(len(SESSION_COLUMNS))
    ]
    assert headers[:3] == ["Date", "From", "To"]
    last = counts[-1]
    assert panel.selected_uuid() == last.uuid  # the newest session is selected
    row = panel.sessions.row_of(last.uuid)
    assert panel.sessions.index(row, SESSION_COLUMNS.index("passing")).data() == str(
        last.passing_total
    )
    assert panel.passing.rowCount() == len(last.passing)
    assert (
        panel.passing.headerData(0, Qt.Orientation.Vertical)
        == block_labels(last.start_time, last.end_time)[0]
    )
    assert panel.passing.index(0, 3).data() == str(sum(last.passing[0]))  # row total
    assert f"Total {last.passing_total}" in panel.passing_box.totals.text()
    assert panel.staying.rowCount() == 4 and panel.staying.columnCount() == 5


def test_keyboard_entry_of_a_counting_session(window, qtbot) -> None:
    panel = make_panel(window, qtbot)
    trial = running_trial(window)
    undo = window.session.undo_stack
    before = book(window)
    add_session(panel, qtbot)
    added = [c for c in book(window).counts_of(trial) if c.date == dt.date(2027, 3, 6)]
    assert len(added) == 1
    uuid = added[0].uuid
    n = None  # a blank cell: not counted
    assert added[0].passing == ((n, n, n),) * 3
    assert panel.selected_uuid() == uuid
    assert focused() is panel.passing_view  # straight into the grid
    assert panel.passing_view.currentIndex().row() == 0
    assert panel.passing_view.currentIndex().column() == 0

    # Row one across with Tab (wrapping to the next row), then down with Enter.
    type_keys(qtbot, "12")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "3")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "1")
    press(qtbot, Qt.Key.Key_Tab)
    assert (
        panel.passing_view.currentIndex().row(),
        panel.passing_view.currentIndex().column(),
    ) == (
        1,
        0,
    )
    type_keys(qtbot, "9")
    press(qtbot, Qt.Key.Key_Return)
    type_keys(qtbot, "4")
    press(qtbot, Qt.Key.Key_Enter)
    stored = next(c for c in book(window).counts if c.uuid == uuid)
    assert stored.passing == ((12, 3, 1), (9, n, n), (4, n, n))
    # Totals are live: the row total, the grid's totals and the list of sessions.
    assert panel.passing.index(0, 3).data() == "16"
    assert "Total 29" in panel.passing_box.totals.text()
    assert panel.sessions.index(panel.sessions.row_of(uuid), 6).data() == "29"

    # The staying grid takes digits the same way.
    panel.staying_view.setFocus()
    panel.staying_view.setCurrentIndex(panel.staying.index(1, 2))
    type_keys(qtbot, "5")
    press(qtbot, Qt.Key.Key_Return)
    stored = next(c for c in book(window).counts if c.uuid == uuid)
    assert stored.staying[1] == (n, n, 5, n)

    # Backspace blanks a cell (one more undo step).
    panel.passing_view.setFocus()
    panel.passing_view.setCurrentIndex(panel.passing.index(1, 0))
    press(qtbot, Qt.Key.Key_Backspace)
    stored = next(c for c in book(window).counts if c.uuid == uuid)
    assert stored.passing[1] == (n, n, n)

    # Each cell is one undo step.
    assert undo.count() == 8  # add + 5 passing + 1 staying + 1 clear
    undo.undo()
    assert next(c for c in book(window).counts if c.uuid == uuid).passing[1] == (9, n, n)
    undo.undo()
    assert next(c for c in book(window).counts if c.uuid == uuid).staying[1] == (n, n, n, n)
    undo.undo()
    assert next(c for c in book(window).counts if c.uuid == uuid).passing[2] == (n, n, n)
    for _ in range(4):
        undo.undo()
    assert next(c for c in book(window).counts if c.uuid == uuid).passing == ((n, n, n),) * 3
    undo.undo()
    assert book(window) == before
    assert panel.sessions.row_of(uuid) == -1
    for _ in range(8):
        undo.redo()
    stored = next(c for c in book(window).counts if c.uuid == uuid)
    assert stored.passing == ((12, 3, 1), (n, n, n), (4, n, n))


def test_negative_and_non_numbers_are_refused(window, qtbot) -> None:
    panel = make_panel(window, qtbot)
    add_session(panel, qtbot)
    uuid = panel.selected_uuid()
    undo = window.session.undo_stack
    steps = undo.count()
    type_keys(qtbot, "-")  # opens the cell; the editor refuses the minus sign
    assert panel.message.isVisible()
    assert "Only digits" in panel.message.text()
    press(qtbot, Qt.Key.Key_Escape)
    assert not panel.passing.setData(panel.passing.index(0, 1), "-3")
    assert "cannot be negative (-3)" in panel.message.text()
    assert not panel.passing.setData(panel.passing.index(0, 1), "lots")
    assert "“lots” is not a number" in panel.message.text()
    assert not panel.passing.setData(panel.passing.index(0, 3), "5")  # the total: read-only
    assert next(c for c in book(window).counts if c.uuid == uuid).passing[0] == (None,) * 3
    assert undo.count() == steps
    # A good value hides the message again.
    assert panel.passing.setData(panel.passing.index(0, 1), "7")
    assert not panel.message.isVisible()


def test_a_session_must_end_after_it_starts(window, qtbot, errors) -> None:
    panel = make_panel(window, qtbot)
    before = book(window)
    add_session(panel, qtbot, start=(11, 0), end=(10, 30))
    assert book(window) == before
    assert "must end after it starts (10:30 is not after 11:00)" in panel.message.text()
    assert window.session.undo_stack.count() == 0


def test_edit_header_in_place_with_undo(window, qtbot, errors) -> None:
    panel = make_panel(window, qtbot)
    add_session(panel, qtbot, start=(10, 0), end=(10, 30))
    uuid = panel.selected_uuid()
    assert uuid is not None
    original = next(c for c in book(window).counts if c.uuid == uuid)
    undo = window.session.undo_stack
    model = panel.sessions

    def cell(key: str):
        return model.index(model.row_of(uuid), SESSION_COLUMNS.index(key))

    assert model.setData(cell("weather"), "rain")
    assert model.setData(cell("place"), "  By the   fountain ")
    assert model.setData(cell("phase"), "after")
    assert model.setData(cell("end_time"), QTime(10, 50))  # longer: two empty blocks added
    stored = next(c for c in book(window).counts if c.uuid == uuid)
    assert (stored.weather, stored.place, stored.phase) == ("rain", "By the fountain", "after")
    assert stored.end_time == dt.time(10, 50) and len(stored.passing) == 5
    assert panel.passing.rowCount() == 5

    # Shorter times that would drop typed counts are refused, naming the block.
    assert panel.passing.setData(panel.passing.index(4, 0), 3)
    assert not model.setData(cell("end_time"), QTime(10, 30))
    assert "10:40–10:50" in errors[-1][1] and "Clear those cells first" in errors[-1][1]
    assert not model.setData(cell("start_time"), QTime(11, 0))
    assert "must end after it starts" in errors[-1][1]

    assert model.setData(cell("date"), QDate(2027, 3, 7))
    assert next(c for c in book(window).counts if c.uuid == uuid).date == dt.date(2027, 3, 7)
    assert undo.count() == 7  # add + 4 header edits + 1 cell + the date
    for _ in range(6):
        undo.undo()
    assert next(c for c in book(window).counts if c.uuid == uuid) == original
    assert panel.passing.rowCount() == 3


def test_delete_with_exact_undo_including_citations(window, qtbot) -> None:
    service = window.session.service
    first = book(window).trials[0]
    cited = next(c.uuid for c in book(window).counts_of(first.uuid) if service.citations(c.uuid))
    panel = make_panel(window, qtbot, first.uuid)
    before = book(window)
    panel.select(cited)
    panel.sessions_view.setFocus()
    qtbot.keyClick(panel.sessions_view, Qt.Key.Key_Delete)
    after = book(window)
    assert cited not in {c.uuid for c in after.counts}
    assert all(cited not in d.evidence for d in after.decisions)
    assert panel.sessions.rowCount() == 3
    window.session.undo_stack.undo()
    assert book(window) == before
    assert panel.sessions.rowCount() == 4
    window.session.undo_stack.redo()
    assert cited not in {c.uuid for c in book(window).counts}


def test_read_only_and_no_test(window, qtbot) -> None:
    panel = make_panel(window, qtbot)
    panel.set_trial(None)
    assert panel.sessions.rowCount() == 0
    assert not panel.new_box.isEnabled()
    assert panel.add_session() is None
    assert "Choose a test" in panel.empty_hint.text()
