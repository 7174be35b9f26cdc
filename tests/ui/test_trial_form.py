"""Phase 3 test records in the UI: the list and the form, every kind of edit done, undone and
redone with the database checked."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from tests.ui.helpers import book
from workshop_app.ui.trials.trial_form import USUAL_PERMITS, TrialForm, hypothesis_sentence
from workshop_app.ui.trials.trial_list import STATUS_ROLE, VERSION_ROLE, TrialList

TODAY = dt.date(2027, 3, 1)


@pytest.fixture
def parts(session, qtbot):  # type: ignore[no-untyped-def]
    """A list and a form side by side, wired as the page wires them."""
    host = QWidget()
    qtbot.addWidget(host)
    trials = TrialList(session, host)
    form = TrialForm(session, host)
    form.today = lambda: TODAY + dt.timedelta(days=1)
    trials.trial_selected.connect(form.set_trial)
    form.set_trial(trials.selected_uuid())
    host.show()
    yield trials, form
    host.close()
    del host


def uuid_of(session, index: int) -> str:  # type: ignore[no-untyped-def]
    return book(session).trials[index].uuid


def test_list_shows_tests_versions_and_status(session, parts, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    trials, form = parts
    model = trials.model
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4
    assert [model.index(r).data(VERSION_ROLE) for r in range(4)] == [1, 2, 1, 1]
    assert [model.index(r).data(STATUS_ROLE) for r in range(4)] == [
        "decided",
        "running",
        "decided",
        "planned",
    ]
    assert trials.selected_uuid() == uuid_of(session, 0)
    assert form.uuid == uuid_of(session, 0)
    assert "v2" in model.index(1).data(Qt.ItemDataRole.AccessibleTextRole)
    trials.select(uuid_of(session, 1))
    assert form.uuid == uuid_of(session, 1)
    assert form.version_label.isVisible()
    assert "Version 2" in form.version_label.text()


def test_add_by_shortcut_delete_and_move_with_undo(session, parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    trials, form = parts
    stack = session.undo_stack
    before = book(session)
    trials.view.setFocus()
    with qtbot.waitSignal(trials.trial_selected, timeout=1000):
        trials.add_shortcut.activated.emit()
    after = book(session)
    assert len(after.trials) == 5
    new = after.trials[1]  # right after the selected one
    assert new.title == "New test" and new.status == "idea"
    assert trials.selected_uuid() == new.uuid == form.uuid
    stack.undo()
    assert book(session) == before
    stack.redo()
    assert book(session).trials[1].uuid == new.uuid
    stack.undo()

    # delete the first test, which has counts, feedback, a decision and a version
    trials.select(uuid_of(session, 0))
    trials.delete_trial()
    gone = book(session)
    assert len(gone.trials) == 3 and not gone.decisions_of(before.trials[0].uuid)
    assert gone.trials[0].version_of is None  # its version stays, unlinked
    assert trials.selected_uuid() is not None
    stack.undo()
    assert book(session) == before

    trials.select(uuid_of(session, 2))
    trials.move_trial(-1)
    assert [t.uuid for t in book(session).trials] == [
        before.trials[0].uuid,
        before.trials[2].uuid,
        before.trials[1].uuid,
        before.trials[3].uuid,
    ]
    assert trials.selected_uuid() == before.trials[2].uuid
    stack.undo()
    assert book(session) == before


def test_text_fields_typed_saved_and_undone(session, parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    _trials, form = parts
    stack = session.undo_stack
    uuid = form.uuid
    old_title = book(session).trial(uuid).title
    title = form.editors["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Town living room")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert book(session).trial(uuid).title == "Town living room"
    stack.undo()
    assert book(session).trial(uuid).title == old_title
    assert title.text() == old_title
    stack.redo()
    assert book(session).trial(uuid).title == "Town living room"

    for field, text in (
        ("strategic_aim", "A square people like to stay on"),
        ("materials", "12 benches"),
        ("success_criteria", "50 percent more people staying"),
        ("measurement_plan", "Count before and during"),
        ("place", "Torvet north"),
    ):
        edit = form.editors[field]
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, text)
        session.flush()  # what a pause in typing or leaving the field does
        assert getattr(book(session).trial(uuid), field) == text, field
        stack.undo()
        assert getattr(book(session).trial(uuid), field) != text, field


def test_hypothesis_reads_as_a_sentence(session, parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    trials, form = parts
    trials.select(uuid_of(session, 3))
    for field in ("we_believe", "will", "we_will_see"):
        form.editors[field].clear()
        form.binders[field].flush()  # what leaving the field does
    assert form.hypothesis_text() == "We believe that … will …. We will see it when …."
    believe = form.editors["we_believe"]
    believe.setFocus()
    qtbot.keyClicks(believe, "an empty shop used as a town living room")
    qtbot.keyClicks(form.editors["will"], "bring people to the quiet end of the street.")
    qtbot.keyClicks(form.editors["we_will_see"], "more people pass the shop")
    expected = (
        "We believe that an empty shop used as a town living room will bring people to the "
        "quiet end of the street. We will see it when more people pass the shop."
    )
    assert form.hypothesis_text() == expected
    assert form.preview.text() == expected  # live, before anything is saved
    session.flush()
    trial = book(session).trial(form.uuid)
    assert hypothesis_sentence(trial.we_believe, trial.will, trial.we_will_see) == expected


def test_type_and_idea_choices_with_undo(session, parts) -> None:  # type: ignore[no-untyped-def]
    _trials, form = parts
    stack = session.undo_stack
    uuid = form.uuid
    combo = form.type_combo
    combo.setCurrentIndex(combo.findData("event"))
    combo.activated.emit(combo.currentIndex())
    assert book(session).trial(uuid).trial_type == "event"
    stack.undo()
    assert book(session).trial(uuid).trial_type == "street_furniture"
    assert combo.currentData() == "street_furniture"

    old_idea = book(session).trial(uuid).idea_uuid
    ideas = form.idea_combo
    ideas.setCurrentIndex(0)  # no idea
    ideas.activated.emit(0)
    assert book(session).trial(uuid).idea_uuid is None
    other = next(i for i in book(session).ideas if i.uuid != old_idea and i.merged_into is None)
    ideas.setCurrentIndex(ideas.findData(other.uuid))
    ideas.activated.emit(ideas.currentIndex())
    assert book(session).trial(uuid).idea_uuid == other.uuid
    stack.undo()
    stack.undo()
    assert book(session).trial(uuid).idea_uuid == old_idea
    assert ideas.currentData() == old_idea


def test_dates_and_end_before_start_refused(session, parts) -> None:  # type: ignore[no-untyped-def]
    _trials, form = parts
    stack = session.undo_stack
    uuid = form.uuid
    trial = book(session).trial(uuid)
    start, end = form.editors["start_date"], form.editors["end_date"]
    end.setDate(QDate(2027, 2, 20))
    assert book(session).trial(uuid).end_date == dt.date(2027, 2, 20)
    assert form.date_error.isHidden()
    stack.undo()
    assert book(session).trial(uuid).end_date == trial.end_date

    count = stack.count()
    end.setDate(QDate(2027, 2, 1))  # before the start, 09-02-2027
    assert book(session).trial(uuid).end_date == trial.end_date
    assert stack.count() == count
    assert form.date_error.isVisible()
    assert "cannot end before it starts" in form.date_error.text()
    assert "01-02-2027" in form.date_error.text()
    assert end.date() == QDate(2027, 2, 16)  # back to what is stored

    start.setDate(QDate(2027, 3, 1))  # after the end: refused too
    assert book(session).trial(uuid).start_date == trial.start_date

    form.clear_buttons["start_date"].click()
    assert book(session).trial(uuid).start_date is None
    assert form.date_error.isHidden()
    stack.undo()
    assert book(session).trial(uuid).start_date == trial.start_date


def test_responsible_actors_checked_and_undone(session, parts) -> None:  # type: ignore[no-untyped-def]
    _trials, form = parts
    stack = session.undo_stack
    uuid = form.uuid
    old = book(session).trial(uuid).responsible
    checks = form.responsible_model
    assert form.actors.model() is checks
    assert checks.rowCount() == len(session.service.actor_map().actors)
    row = next(r for r in range(checks.rowCount()) if checks.uuid(r) not in old)
    added = checks.uuid(row)
    _click(form, row)
    new = book(session).trial(uuid).responsible
    assert new == (*old, added)
    assert checks.index(row).data() in form.actors_summary.text()
    _click(form, checks.row_of(old[0]))
    assert book(session).trial(uuid).responsible == (*old[1:], added)
    stack.undo()
    stack.undo()
    assert book(session).trial(uuid).responsible == old
    assert checks.index(row).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def _click(form, row: int) -> None:  # type: ignore[no-untyped-def]
    """A click on the box of the actor in ``row``: the view sets the model's check state."""
    index = form.responsible_model.index(row)
    checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    state = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
    assert form.responsible_model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)


def test_budget_add_edit_delete_with_total(session, parts, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    trials, form = parts
    stack = session.undo_stack
    trials.select(uuid_of(session, 3))
    uuid = form.uuid
    qtmodeltester.check(form.budget_model, force_py=True)
    before = book(session).trial(uuid)
    model = form.budget_model
    form.budget.view.clearSelection()
    form.budget.add_row()
    lines = book(session).trial(uuid).budget
    assert len(lines) == len(before.budget) + 1
    row = model.row_of(lines[-1].uuid)
    assert model.setData(model.index(row, 0), "Paint")
    assert model.setData(model.index(row, 1), 12500)
    line = book(session).trial(uuid).budget[row]
    assert (line.text, line.amount, line.in_kind) == ("Paint", 12500, False)
    assert model.index(row, 1).data() == "12,500 kr."
    paid = before.budget_total + 12500
    assert f"{paid:,} kr." in form.budget_total.text()
    assert model.setData(
        model.index(row, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert book(session).trial(uuid).budget[row].in_kind is True
    assert f"{before.budget_total:,} kr." in form.budget_total.text()
    stack.undo()  # in kind
    stack.undo()  # amount
    assert book(session).trial(uuid).budget[row].amount == 0
    stack.redo()
    stack.redo()
    form.budget.view.selectRow(row)
    form.budget.delete_row()
    assert book(session).trial(uuid).budget == before.budget
    stack.undo()
    assert book(session).trial(uuid).budget[row] == line.__class__(
        line.uuid, uuid, "Paint", 12500, True
    )
    for _ in range(4):
        stack.undo()
    assert book(session).trial(uuid) == before


def test_budget_rows_move(session, parts) -> None:  # type: ignore[no-untyped-def]
    _trials, form = parts
    uuid = form.uuid
    before = book(session).trial(uuid).budget
    form.budget.view.selectRow(0)
    form.budget.move_row(+1)
    assert [b.uuid for b in book(session).trial(uuid).budget][:2] == [
        before[1].uuid,
        before[0].uuid,
    ]
    session.undo_stack.undo()
    assert book(session).trial(uuid).budget == before


def test_permits_usual_rows_and_three_states(session, parts, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    trials, form = parts
    stack = session.undo_stack
    trials.select(uuid_of(session, 0))  # has road or square use and temporary structures
    uuid = form.uuid
    before = book(session).trial(uuid).permits
    form.usual_permits.click()
    permits = book(session).trial(uuid).permits
    kinds = [p.kind for p in permits]
    assert kinds[: len(before)] == [p.kind for p in before]
    assert sorted(kinds) == sorted(set(USUAL_PERMITS) | {p.kind for p in before})
    assert not form.usual_permits.isEnabled()  # nothing left to add
    stack.undo()  # one step for all of them
    assert book(session).trial(uuid).permits == before
    stack.redo()

    model = form.permits_model
    qtmodeltester.check(model, force_py=True)
    row = len(before)
    assert model.index(row, 1).data() == "Not known"
    assert model.setData(model.index(row, 1), "yes")
    assert model.setData(model.index(row, 3), "no")
    assert model.setData(model.index(row, 5), QDate(2027, 3, 5))
    assert model.setData(model.index(row, 4), "Politiet")
    permit = book(session).trial(uuid).permits[row]
    assert (permit.needed, permit.applied, permit.granted) == (True, None, False)
    assert (permit.by_whom, permit.date) == ("Politiet", dt.date(2027, 3, 5))
    assert model.index(row, 1).data() == "Yes" and model.index(row, 3).data() == "No"
    form.permits.view.setCurrentIndex(model.index(row, 5))
    form.permits.eventFilter(
        form.permits.view,
        QKeyEvent(
            QEvent.Type.KeyPress,
            Qt.Key.Key_Delete,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    assert book(session).trial(uuid).permits[row].date is None
    stack.undo()
    assert book(session).trial(uuid).permits[row].date == dt.date(2027, 3, 5)
    form.permits.view.selectRow(row)
    form.permits.add_row()  # a single permit after the selected one
    assert book(session).trial(uuid).permits[row + 1].kind == "other"


def test_status_moves_on_dated_today_and_a_wrong_change_is_deleted(session, parts) -> None:  # type: ignore[no-untyped-def]
    trials, form = parts
    stack = session.undo_stack
    trials.select(uuid_of(session, 1))  # running
    uuid = form.uuid
    before = book(session).trial(uuid)
    assert form.next_status.text() == "Move to next status: Evaluated"
    form.next_status.click()
    trial = book(session).trial(uuid)
    assert trial.status == "evaluated"
    assert trial.history[-1].date == TODAY + dt.timedelta(days=1)
    assert form.status_chip.text() == "Evaluated"
    assert form.history.rowCount() == 3
    assert form.history.item(2, 1).text() == "02-03-2027"
    form.next_status.click()
    assert book(session).trial(uuid).status == "decided"
    assert form.next_status.isHidden()
    stack.undo()
    stack.undo()
    assert book(session).trial(uuid) == before

    form.history.selectRow(1)  # "running" was a mistake
    form.delete_status.click()
    assert [c.status for c in book(session).trial(uuid).history] == ["planned"]
    stack.undo()
    assert book(session).trial(uuid) == before

    form.today = lambda: dt.date(2027, 2, 1)  # before the last change: said, not stored
    form.next_status.click()
    assert book(session).trial(uuid) == before
    assert form.status_message.isVisible()
    assert "26-02-2027" in form.status_message.text()


def test_switching_tests_writes_pending_typing_first(session, parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    trials, form = parts
    first = form.uuid
    place = form.editors["place"]
    place.setFocus()
    place.selectAll()
    qtbot.keyClicks(place, "Half the square")
    trials.select(uuid_of(session, 2))
    assert book(session).trial(first).place == "Half the square"
    assert form.editors["place"].text() == book(session).trial(form.uuid).place


def test_nothing_selected_shows_a_hint(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = TrialForm(session)
    qtbot.addWidget(form)
    form.show()
    assert form.empty.isVisible() and not form.body.isVisible()


def test_an_actor_renamed_changes_its_item_alone_and_a_refused_click_is_put_back(  # type: ignore[no-untyped-def]
    session, parts, monkeypatch
) -> None:
    """The responsible actors' list is not made again for every edit of an actor (two thousand
    on a grown project): a rename changes that item's text; a click the form does not store
    (refused) is undone when the form shows the test again."""
    from workshop_app.ui import commands

    _trials, form = parts
    checks = form.responsible_model
    resets: list[bool] = []
    changed: list[tuple[int, int]] = []
    checks.modelReset.connect(lambda: resets.append(True))
    checks.dataChanged.connect(lambda a, b, _roles: changed.append((a.row(), b.row())))
    first = session.service.actor_map().actors[0]
    commands.set_actor_field(session, first.uuid, "name", "Label", first.name, "Nyt navn")
    assert resets == []
    assert changed == [(0, 0)]
    assert checks.index(0).data() == "Nyt navn"
    uuid = form.uuid
    old = book(session).trial(uuid).responsible
    row = next(r for r in range(checks.rowCount()) if checks.uuid(r) not in old)
    monkeypatch.setattr(form, "_write", lambda *args: None)  # as a refused edit
    _click(form, row)
    assert checks.index(row).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    form.set_trial(uuid)
    assert checks.index(row).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert book(session).trial(uuid).responsible == old


def test_the_responsible_actors_list_passes_qtmodeltester_and_the_space_bar_ticks_a_box(  # type: ignore[no-untyped-def]
    session, parts, qtbot, qtmodeltester
) -> None:
    """The actors to choose from are a list model (no item made per actor): a view's model
    checks, and a box ticked from the keyboard is stored as a click is."""
    _trials, form = parts
    checks = form.responsible_model
    qtmodeltester.check(checks, force_py=True)
    uuid = form.uuid
    old = book(session).trial(uuid).responsible
    row = next(r for r in range(checks.rowCount()) if checks.uuid(r) not in old)
    form.actors.setFocus()
    form.actors.setCurrentIndex(checks.index(row))
    qtbot.keyClick(form.actors, Qt.Key.Key_Space)
    assert book(session).trial(uuid).responsible == (*old, checks.uuid(row))
    assert checks.checked() == {*old, checks.uuid(row)}


def test_the_responsible_actors_are_counted_by_qt_not_by_python(session, parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A list view lays out its rows asking the model for an index of each, and each index asks
    for the number of rows: two thousand actors on a grown project made four thousand calls
    into Python on the plan's first show. Qt counts the rows (its string list, kept to the
    names, a rename too); the view still asks Python for the rows it paints."""
    from PySide6.QtCore import QStringListModel

    from workshop_app.ui import commands

    _trials, form = parts
    checks = form.responsible_model
    assert type(checks).rowCount is QStringListModel.rowCount
    names = [a.name or "–" for a in session.service.actor_map().actors]
    assert checks.stringList() == names
    first = session.service.actor_map().actors[0]
    commands.set_actor_field(session, first.uuid, "name", "Label", first.name, "Nyt navn")
    assert checks.stringList() == ["Nyt navn", *names[1:]]
    assert checks.rowCount() == len(names) and checks.index(0).data() == "Nyt navn"
