"""Phase 2, the actor register: the table model, edits with undo, filters, sorting, add /
duplicate / delete with exact undo, and personal data kept out of the table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit

from workshop_app.ui.actors.model import COLUMNS, ActorsModel
from workshop_app.ui.scope.rows_model import CHOICES_ROLE


def page(window):
    window.workspace.show_page("actors")
    return window.workspace.actors


def stored(window):
    return window.session.service.actor_map()


def by_name(window, name: str):
    return next(a for a in stored(window).actors if a.name == name)


def cell(p, uuid: str, key: str):
    row = p.model.row_of(uuid)
    return p.proxy.mapFromSource(p.model.index(row, COLUMNS.index(key)))


def test_model_passes_qtmodeltester(window, qtmodeltester) -> None:
    model = ActorsModel(window.session)
    model.set_map(stored(window))
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(page(window).proxy, force_py=True)


def test_demo_actors_are_listed(window) -> None:
    p = page(window)
    assert p.model.rowCount() == 27 == p.proxy.rowCount()
    names = {p.model.index(r, 0).data() for r in range(27)}
    assert names == {a.name for a in stored(window).actors}
    assert p.count.text() == "27 of 27 actors shown"
    headers = [p.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers[:3] == ["Name", "Category", "Influence"]
    first = stored(window).actors[0]
    attitude = p.model.index(0, COLUMNS.index("attitude")).data()
    assert attitude.startswith(("−2", "−1", "0", "+1", "+2"))
    assert p.model.index(0, 1).data() == p.model.category_label(first.category)


def test_edit_text_choice_and_number_with_undo(window) -> None:
    p = page(window)
    actor = stored(window).actors[0]
    undo = window.session.undo_stack

    assert p.proxy.setData(
        cell(p, actor.uuid, "name"), "Egeby Handel & Co", Qt.ItemDataRole.EditRole
    )
    assert stored(window).actor(actor.uuid).name == "Egeby Handel & Co"

    choice = cell(p, actor.uuid, "involvement_wanted")
    values = [v for v, _label in choice.data(CHOICES_ROLE)]
    new_level = "co_decide" if actor.involvement_wanted != "co_decide" else "inform"
    assert new_level in values
    assert p.proxy.setData(choice, new_level, Qt.ItemDataRole.EditRole)
    assert stored(window).actor(actor.uuid).involvement_wanted == new_level

    new_influence = 1 if actor.influence != 1 else 5
    assert p.proxy.setData(cell(p, actor.uuid, "influence"), new_influence)
    assert stored(window).actor(actor.uuid).influence == new_influence
    assert not p.proxy.setData(cell(p, actor.uuid, "influence"), 9)  # refused by the service
    assert stored(window).actor(actor.uuid).influence == new_influence

    assert p.proxy.setData(cell(p, actor.uuid, "next_step_date"), QDate(2027, 3, 1))
    assert stored(window).actor(actor.uuid).next_step_date == dt.date(2027, 3, 1)

    undo.undo()
    undo.undo()
    assert stored(window).actor(actor.uuid).influence == actor.influence
    undo.undo()
    assert stored(window).actor(actor.uuid).involvement_wanted == actor.involvement_wanted
    undo.undo()
    assert stored(window).actor(actor.uuid) == actor
    assert cell(p, actor.uuid, "name").data() == actor.name
    undo.redo()
    undo.redo()
    undo.redo()
    after = stored(window).actor(actor.uuid)
    assert (after.name, after.involvement_wanted, after.influence) == (
        "Egeby Handel & Co",
        new_level,
        new_influence,
    )


def test_filter_by_text_and_category(window, qtbot) -> None:
    p = page(window)
    actors = stored(window).actors
    target = actors[3]
    qtbot.keyClicks(p.filter_edit, target.name)
    shown = {p.proxy.index(r, 0).data() for r in range(p.proxy.rowCount())}
    assert target.name in shown and p.proxy.rowCount() < 27
    p.filter_edit.clear()
    assert p.proxy.rowCount() == 27

    category = target.category
    p.category_filter.setCurrentIndex(p.category_filter.findData(category))
    expected = sum(1 for a in actors if a.category == category)
    assert p.proxy.rowCount() == expected
    assert p.count.text() == f"{expected} of 27 actors shown"
    p.category_filter.setCurrentIndex(0)
    assert p.category_filter.currentText() == "All categories"
    assert p.proxy.rowCount() == 27


def test_sort_by_influence(window) -> None:
    p = page(window)
    column = COLUMNS.index("influence")
    p.view.horizontalHeader().sectionClicked.emit(column)  # as a click on the header
    p.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    values = [int(p.proxy.index(r, column).data()) for r in range(p.proxy.rowCount())]
    assert values == sorted(values, reverse=True) and values[0] > values[-1]
    p.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    values = [int(p.proxy.index(r, column).data()) for r in range(p.proxy.rowCount())]
    assert values == sorted(values)


def test_add_duplicate_delete_with_exact_undo(window, qtbot) -> None:
    p = page(window)
    undo = window.session.undo_stack
    before = stored(window)

    qtbot.mouseClick(p.add_button, Qt.MouseButton.LeftButton)
    after_add = stored(window)
    assert len(after_add.actors) == 28
    new = after_add.actors[-1]
    assert new.name == "New actor"
    assert p.selected_uuid() == new.uuid
    undo.undo()
    assert stored(window) == before

    # The actor with relations and plan entries: delete, then undo brings all of it back.
    actor = next(a for a in before.actors if before.relations_of(a.uuid) and before.plan_of(a.uuid))
    p.select(actor.uuid)
    qtbot.mouseClick(p.duplicate_button, Qt.MouseButton.LeftButton)
    copy = stored(window).actors[actor.position + 1]
    assert copy.name == f"{actor.name} (copy)" and copy.uuid != actor.uuid
    assert copy.person_name == "" and copy.contact == ""
    undo.undo()
    assert stored(window) == before

    p.select(actor.uuid)
    qtbot.mouseClick(p.delete_button, Qt.MouseButton.LeftButton)
    gone = stored(window)
    assert gone.actor(actor.uuid) is None
    assert not gone.relations_of(actor.uuid) and not gone.plan_of(actor.uuid)
    assert p.model.rowCount() == 26
    undo.undo()
    assert stored(window) == before
    assert p.model.rowCount() == 27
    undo.redo()
    assert stored(window).actor(actor.uuid) is None
    undo.undo()
    assert stored(window) == before


def test_shortcut_adds_an_actor(window, qtbot) -> None:
    p = page(window)
    p.view.setFocus()
    qtbot.keyClick(
        p.view,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(stored(window).actors) == 28


def test_details_form_and_personal_data(window, qtbot) -> None:
    p = page(window)
    actor = stored(window).actors[2]
    p.select(actor.uuid)
    edit = window.findChild(QLineEdit, "actor_person_name")
    assert edit.isVisible()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Mette Jensen")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert stored(window).actor(actor.uuid).person_name == "Mette Jensen"
    for row in range(p.model.rowCount()):
        for column in range(p.model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                assert "Mette Jensen" not in str(p.model.index(row, column).data(role))
    headers = [p.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert "Contact person" not in headers and "Contact details" not in headers

    box = p.details.can_bring["premises"]
    had = "premises" in actor.can_bring
    box.click()
    assert ("premises" in stored(window).actor(actor.uuid).can_bring) is not had
    window.session.undo_stack.undo()
    assert ("premises" in stored(window).actor(actor.uuid).can_bring) is had
    assert box.isChecked() is had
    window.session.undo_stack.undo()
    assert stored(window).actor(actor.uuid).person_name == actor.person_name
    assert edit.text() == actor.person_name


def test_next_step_date_can_be_cleared_and_undo_brings_it_back(window, qtbot) -> None:
    p = page(window)
    actor = next(a for a in stored(window).actors if a.next_step_date is not None)
    p.select(actor.uuid)
    qtbot.mouseClick(p.details.clear_date, Qt.MouseButton.LeftButton)
    assert stored(window).actor(actor.uuid).next_step_date is None
    assert p.details.next_step_date.text() == "No date"
    window.session.undo_stack.undo()
    assert stored(window).actor(actor.uuid).next_step_date == actor.next_step_date


def test_move_actor_changes_its_number_and_undo_moves_it_back(window, qtbot) -> None:
    p = page(window)
    order = [a.uuid for a in stored(window).actors]
    p.select(order[1])
    assert p.up_button.isEnabled()
    qtbot.mouseClick(p.up_button, Qt.MouseButton.LeftButton)
    assert [a.uuid for a in stored(window).actors][:2] == [order[1], order[0]]
    assert p.selected_uuid() == order[1]
    assert not p.up_button.isEnabled()  # first now
    qtbot.keyClick(p.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [a.uuid for a in stored(window).actors] == order
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert [a.uuid for a in stored(window).actors] == order


def test_own_categories_add_rename_delete_with_undo(window, qtbot, errors) -> None:
    p = page(window)
    p.categories_button.click()
    dialog = p.categories_dialog
    qtbot.addWidget(dialog)
    before = stored(window).categories
    dialog.add_button.click()
    added = [c for c in stored(window).categories if c not in before]
    assert [c.name for c in added] == ["New category"]
    item = dialog.list.currentItem()
    item.setText("Kirken & menighedsrådet")
    assert stored(window).categories[-1].name == "Kirken & menighedsrådet"
    # The register offers it at once.
    assert ("Kirken & menighedsrådet") in [label for _k, label in p.model.category_choices()]

    # In use: refused with a message, nothing deleted.
    actor = stored(window).actors[0]
    window.session.service.set_actor_value(actor.uuid, "category", added[0].uuid)
    dialog.delete_button.click()
    assert errors and "Actors in this category: 1." in errors[-1][1]
    assert len(stored(window).categories) == len(before) + 1
    window.session.service.set_actor_value(actor.uuid, "category", actor.category)

    dialog.delete_button.click()
    assert stored(window).categories == before
    window.session.undo_stack.undo()
    assert stored(window).categories[-1].name == "Kirken & menighedsrådet"
    window.session.undo_stack.undo()  # rename
    assert stored(window).categories[-1].name == "New category"
    window.session.undo_stack.undo()  # add
    assert stored(window).categories == before
