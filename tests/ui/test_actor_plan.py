"""Phase 2, the engagement plan: the table model, edits with undo, add / delete / move with exact
undo, the filter to one actor, refused values and read-only files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from workshop_app.domain.methods import load_catalogue, suggested_methods
from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.ui.actors.page import ActorsPage
from workshop_app.ui.actors.plan import COLUMNS, PlanModel, PlanWidget, parse_when
from workshop_app.ui.scope.rows_model import CHOICES_ROLE


def stored(session):
    return session.service.actor_map()


def make_plan(session, qtbot) -> PlanWidget:
    widget = PlanWidget(session, "en")
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    return widget


def cell(widget: PlanWidget, uuid: str, key: str):
    row = widget.model.row_of(uuid)
    return widget.proxy.mapFromSource(widget.model.index(row, COLUMNS.index(key)))


def test_model_passes_qtmodeltester(session, qtbot, qtmodeltester) -> None:
    model = PlanModel(session, "en")
    model.set_map(stored(session))
    qtmodeltester.check(model, force_py=True)
    widget = make_plan(session, qtbot)
    qtmodeltester.check(widget.proxy, force_py=True)


def test_demo_plan_is_listed(session, qtbot) -> None:
    widget = make_plan(session, qtbot)
    plan = stored(session).plan
    assert widget.model.rowCount() == 8 == len(plan)
    headers = [widget.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Actor", "Method", "When", "Responsible", "Note"]
    first = plan[0]
    actor = stored(session).actor(first.actor_uuid)
    assert widget.model.index(0, 0).data() == actor.name
    assert widget.model.index(0, 1).data() == load_catalogue("en")[first.method].name
    assert isinstance(first.when, dt.date)
    shown_when = widget.model.index(0, 2).data()
    assert str(first.when.year) in shown_when and "-" not in shown_when  # a date, shown nicely
    assert widget.count.text() == "8 entries"
    assert widget.stack.currentWidget() is widget.view


def test_edit_each_column_with_undo(session, qtbot) -> None:
    widget = make_plan(session, qtbot)
    before = stored(session)
    entry = before.plan[0]
    undo = session.undo_stack
    other = next(a for a in before.actors if a.uuid != entry.actor_uuid)

    actor_cell = cell(widget, entry.uuid, "actor_uuid")
    assert other.uuid in [v for v, _ in actor_cell.data(CHOICES_ROLE)]
    assert widget.proxy.setData(actor_cell, other.uuid)
    method_cell = cell(widget, entry.uuid, "method")
    assert "survey" in [v for v, _ in method_cell.data(CHOICES_ROLE)]
    assert widget.proxy.setData(method_cell, "survey")
    assert widget.proxy.setData(cell(widget, entry.uuid, "when"), "24-12-2027")
    assert widget.proxy.setData(cell(widget, entry.uuid, "responsible"), "Jonas  Brandt")
    assert widget.proxy.setData(cell(widget, entry.uuid, "note"), "Bring <b>coffee</b> & cake")

    after = next(p for p in stored(session).plan if p.uuid == entry.uuid)
    assert after.actor_uuid == other.uuid
    assert after.method == "survey"
    assert after.when == dt.date(2027, 12, 24)
    assert after.responsible == "Jonas Brandt"
    assert after.note == "Bring <b>coffee</b> & cake"
    tip = cell(widget, entry.uuid, "note").data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;" in tip and "<b>" not in tip  # user text is escaped in tooltips
    assert cell(widget, entry.uuid, "actor_uuid").data() == other.name

    # Free text in "When" stays text; an ISO date becomes a date.
    assert widget.proxy.setData(cell(widget, entry.uuid, "when"), "After the summer holidays")
    assert stored(session).plan[0].when == "After the summer holidays"
    assert widget.proxy.setData(cell(widget, entry.uuid, "when"), "2027-06-01")
    assert stored(session).plan[0].when == dt.date(2027, 6, 1)
    # Consecutive edits of the same cell merge into one undo step.
    assert undo.count() == 6
    undo.undo()
    assert stored(session).plan[0].when == dt.date(2027, 12, 24)
    for _ in range(5):
        undo.undo()
    assert stored(session) == before
    assert cell(widget, entry.uuid, "method").data() == widget.model.method_name(entry.method)
    for _ in range(6):
        undo.redo()
    assert stored(session).plan[0].when == dt.date(2027, 6, 1)
    assert stored(session).plan[0].method == "survey"


def test_parse_when() -> None:
    assert parse_when("2027-03-05") == dt.date(2027, 3, 5)
    assert parse_when("5.3.2027") == dt.date(2027, 3, 5)
    assert parse_when(" 05/03/2027 ") == dt.date(2027, 3, 5)
    assert parse_when("  week 24 ") == "week 24"
    assert parse_when("") == ""


def test_bad_when_is_refused_with_a_clear_message(session, qtbot, errors) -> None:
    widget = make_plan(session, qtbot)
    before = stored(session)
    entry = before.plan[0]
    assert not widget.proxy.setData(cell(widget, entry.uuid, "when"), "30-02-2027")
    assert len(errors) == 1
    title, text = errors[0]
    assert title == "The change was not made"
    assert "“30-02-2027” is not a date in the calendar" in text and "31-12-2026" in text
    assert not widget.proxy.setData(cell(widget, entry.uuid, "when"), "x" * 501)
    assert "at most 500 characters" in errors[1][1]
    assert stored(session) == before
    assert session.undo_stack.count() == 0


def test_add_delete_move_with_exact_undo(session, qtbot) -> None:
    widget = make_plan(session, qtbot)
    undo = session.undo_stack
    before = stored(session)
    actor = next(a for a in before.actors if a.category == "property_owners")

    # Without an actor from the page, "Add entry" adds for the first actor of the register.
    widget.add_entry()
    first = stored(session).plan[-1]
    assert first.actor_uuid == before.actors[0].uuid
    undo.undo()
    assert stored(session) == before

    widget.set_current_actor(actor.uuid)
    assert actor.name in widget.add_button.toolTip()
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    added = stored(session).plan[-1]
    assert added.actor_uuid == actor.uuid
    assert added.method == suggested_methods("property_owners")[0]
    assert widget.selected_uuid() == added.uuid
    assert widget.count.text() == "9 entries"
    undo.undo()
    assert stored(session) == before
    assert widget.model.rowCount() == 8

    # Delete the third entry; undo puts it back where it was.
    target = before.plan[2]
    widget.select(target.uuid)
    qtbot.mouseClick(widget.delete_button, Qt.MouseButton.LeftButton)
    assert target.uuid not in [p.uuid for p in stored(session).plan]
    assert widget.model.rowCount() == 7
    undo.undo()
    assert stored(session) == before
    undo.redo()
    undo.undo()
    assert stored(session) == before

    # Move the third entry up, then down twice.
    widget.select(target.uuid)
    qtbot.mouseClick(widget.up_button, Qt.MouseButton.LeftButton)
    order = [p.uuid for p in stored(session).plan]
    assert order.index(target.uuid) == 1
    assert widget.selected_uuid() == target.uuid
    widget.move_down()
    widget.move_down()
    assert [p.uuid for p in stored(session).plan].index(target.uuid) == 3
    undo.undo()
    undo.undo()
    undo.undo()
    assert stored(session) == before


def test_keyboard_adds_and_deletes(session, qtbot) -> None:
    widget = make_plan(session, qtbot)
    before = stored(session)
    with qtbot.waitActive(widget, timeout=2000):
        widget.activateWindow()
    widget.view.setFocus()
    qtbot.keyClick(
        widget.view,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(stored(session).plan) == 9
    added = stored(session).plan[-1]
    assert widget.selected_uuid() == added.uuid
    # The method editor opened on add; Escape closes it, then Delete removes the entry.
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert widget.view.hasFocus()
    qtbot.keyClick(widget.view, Qt.Key.Key_Delete)
    assert stored(session) == before


def test_filter_to_the_selected_actor(session, qtbot) -> None:
    widget = make_plan(session, qtbot)
    plan = stored(session).plan
    actor_uuid = plan[0].actor_uuid
    assert not widget.only_actor.isEnabled()
    widget.set_current_actor(actor_uuid)
    assert widget.only_actor.isEnabled()
    widget.only_actor.setChecked(True)
    expected = sum(1 for p in plan if p.actor_uuid == actor_uuid)
    assert widget.proxy.rowCount() == expected < 8
    assert widget.count.text() == f"{expected} of 8 entries shown"

    # An actor without entries: the hint says so instead of an empty table.
    lonely = next(a for a in stored(session).actors if not stored(session).plan_of(a.uuid))
    widget.set_current_actor(lonely.uuid)
    assert widget.proxy.rowCount() == 0
    assert widget.stack.currentWidget() is widget.empty_hint
    assert lonely.name in widget.empty_hint.text()
    widget.add_entry()
    assert widget.proxy.rowCount() == 1
    widget.only_actor.setChecked(False)
    assert widget.proxy.rowCount() == 9


def test_sorting_disables_moving(session, qtbot) -> None:
    widget = make_plan(session, qtbot)
    widget.select(stored(session).plan[3].uuid)
    assert widget.up_button.isEnabled()
    widget.view.sortByColumn(COLUMNS.index("when"), Qt.SortOrder.AscendingOrder)
    assert not widget.up_button.isEnabled() and not widget.down_button.isEnabled()
    whens = [widget.proxy.index(r, 2).data(Qt.ItemDataRole.EditRole) for r in range(8)]
    dated = [dt.datetime.strptime(w, "%d-%m-%Y").date() for w in whens if w[:1].isdigit()]
    assert dated == sorted(dated) and len(dated) >= 1
    widget.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert widget.up_button.isEnabled()


def test_refresh_keeps_selection_and_follows_renames(session, open_page, qtbot) -> None:
    widget = make_plan(session, qtbot)
    entry = stored(session).plan[4]
    widget.select(entry.uuid)
    page = open_page(ActorsPage)
    row = page.model.row_of(entry.actor_uuid)
    page.model.setData(page.model.index(row, 0), "Renamed actor")
    assert widget.selected_uuid() == entry.uuid
    assert cell(widget, entry.uuid, "actor_uuid").data() == "Renamed actor"


def test_empty_plan_shows_a_hint(session, qtbot) -> None:
    widget = make_plan(session, qtbot)
    for entry in stored(session).plan:
        assert session.apply(ServiceCall(ProjectService.delete_plan_entry, (entry.uuid,)))
    assert widget.model.rowCount() == 0
    assert widget.stack.currentWidget() is widget.empty_hint
    assert widget.empty_hint.text().startswith("No engagement plan yet")
    assert not widget.delete_button.isEnabled()


def test_read_only_file_allows_no_edits(make_window, demo_file: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = make_window("en")
    assert win.open_path(demo_file, read_only=True)
    widget = PlanWidget(win.session, "en")
    qtbot.addWidget(widget)
    before = win.session.service.actor_map()
    index = widget.proxy.index(0, COLUMNS.index("responsible"))
    assert not (widget.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable)
    assert not widget.proxy.setData(index, "Someone")
    widget.set_current_actor(before.actors[0].uuid)
    assert not widget.add_button.isEnabled()
    assert widget.add_button.toolTip() == "The project is open read-only"
    widget.select(before.plan[1].uuid)
    assert not widget.delete_button.isEnabled() and not widget.up_button.isEnabled()
    widget.add_entry()
    widget.delete_entry()
    widget.move_up()
    assert win.session.service.actor_map() == before
    win.close()
