"""Phase 2, the actor register: the table model, edits with undo, filters, sorting, add /
duplicate / delete with exact undo, and personal data kept out of the table."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit

from workshop_app.ui.actors.model import COLUMNS, ActorsModel
from workshop_app.ui.actors.page import ActorsPage
from workshop_app.ui.scope.rows_model import CHOICES_ROLE


@pytest.fixture
def page(open_page):  # type: ignore[no-untyped-def]
    return open_page(ActorsPage)


def stored(session):
    return session.service.actor_map()


def by_name(session, name: str):
    return next(a for a in stored(session).actors if a.name == name)


def cell(p, uuid: str, key: str):
    row = p.model.row_of(uuid)
    return p.proxy.mapFromSource(p.model.index(row, COLUMNS.index(key)))


def test_model_passes_qtmodeltester(session, page, qtmodeltester) -> None:
    model = ActorsModel(session)
    model.set_map(stored(session))
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(page.proxy, force_py=True)


def test_every_actor_is_listed(session, page) -> None:
    n = len(stored(session).actors)
    assert page.model.rowCount() == n == page.proxy.rowCount()
    names = {page.model.index(r, 0).data() for r in range(n)}
    assert names == {a.name for a in stored(session).actors}
    assert page.count.text() == f"{n} of {n} actors shown"
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers[:3] == ["Name", "Category", "Influence"]
    first = stored(session).actors[0]
    attitude = page.model.index(0, COLUMNS.index("attitude")).data()
    assert attitude.startswith(("−2", "−1", "0", "+1", "+2"))
    assert page.model.index(0, 1).data() == page.model.category_label(first.category)


def test_edit_text_choice_and_number_with_undo(session, page) -> None:
    actor = stored(session).actors[0]
    undo = session.undo_stack

    assert page.proxy.setData(
        cell(page, actor.uuid, "name"), "Egeby Handel & Co", Qt.ItemDataRole.EditRole
    )
    assert stored(session).actor(actor.uuid).name == "Egeby Handel & Co"

    choice = cell(page, actor.uuid, "involvement_wanted")
    values = [v for v, _label in choice.data(CHOICES_ROLE)]
    new_level = "co_decide" if actor.involvement_wanted != "co_decide" else "inform"
    assert new_level in values
    assert page.proxy.setData(choice, new_level, Qt.ItemDataRole.EditRole)
    assert stored(session).actor(actor.uuid).involvement_wanted == new_level

    new_influence = 1 if actor.influence != 1 else 5
    assert page.proxy.setData(cell(page, actor.uuid, "influence"), new_influence)
    assert stored(session).actor(actor.uuid).influence == new_influence
    assert not page.proxy.setData(cell(page, actor.uuid, "influence"), 9)  # refused by the service
    assert stored(session).actor(actor.uuid).influence == new_influence

    assert page.proxy.setData(cell(page, actor.uuid, "next_step_date"), QDate(2027, 3, 1))
    assert stored(session).actor(actor.uuid).next_step_date == dt.date(2027, 3, 1)

    undo.undo()
    undo.undo()
    assert stored(session).actor(actor.uuid).influence == actor.influence
    undo.undo()
    assert stored(session).actor(actor.uuid).involvement_wanted == actor.involvement_wanted
    undo.undo()
    assert stored(session).actor(actor.uuid) == actor
    assert cell(page, actor.uuid, "name").data() == actor.name
    undo.redo()
    undo.redo()
    undo.redo()
    after = stored(session).actor(actor.uuid)
    assert (after.name, after.involvement_wanted, after.influence) == (
        "Egeby Handel & Co",
        new_level,
        new_influence,
    )


def test_filter_by_text_and_category(session, page, qtbot) -> None:
    actors = stored(session).actors
    n = len(actors)
    target = actors[3]
    qtbot.keyClicks(page.filter_edit, target.name)
    shown = {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}
    assert target.name in shown and page.proxy.rowCount() < n
    page.filter_edit.clear()
    assert page.proxy.rowCount() == n

    category = target.category
    page.category_filter.setCurrentIndex(page.category_filter.findData(category))
    expected = sum(1 for a in actors if a.category == category)
    assert page.proxy.rowCount() == expected
    assert page.count.text() == f"{expected} of {n} actors shown"
    page.category_filter.setCurrentIndex(0)
    assert page.category_filter.currentText() == "All categories"
    assert page.proxy.rowCount() == n


def test_sort_by_influence(session, page) -> None:
    column = COLUMNS.index("influence")
    page.view.horizontalHeader().sectionClicked.emit(column)  # as a click on the header
    page.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    values = [int(page.proxy.index(r, column).data()) for r in range(page.proxy.rowCount())]
    assert values == sorted(values, reverse=True) and values[0] > values[-1]
    page.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    values = [int(page.proxy.index(r, column).data()) for r in range(page.proxy.rowCount())]
    assert values == sorted(values)


def test_add_duplicate_delete_with_exact_undo(session, page, qtbot) -> None:
    undo = session.undo_stack
    before = stored(session)

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    after_add = stored(session)
    assert len(after_add.actors) == len(before.actors) + 1
    new = after_add.actors[-1]
    assert new.name == "New actor"
    assert page.selected_uuid() == new.uuid
    undo.undo()
    assert stored(session) == before

    # The actor with relations and plan entries: delete, then undo brings all of it back.
    actor = next(a for a in before.actors if before.relations_of(a.uuid) and before.plan_of(a.uuid))
    page.select(actor.uuid)
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    copy = stored(session).actors[actor.position + 1]
    assert copy.name == f"{actor.name} (copy)" and copy.uuid != actor.uuid
    assert copy.person_name == "" and copy.contact == ""
    undo.undo()
    assert stored(session) == before

    page.select(actor.uuid)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    gone = stored(session)
    assert gone.actor(actor.uuid) is None
    assert not gone.relations_of(actor.uuid) and not gone.plan_of(actor.uuid)
    assert page.model.rowCount() == len(before.actors) - 1
    undo.undo()
    assert stored(session) == before
    assert page.model.rowCount() == len(before.actors)
    undo.redo()
    assert stored(session).actor(actor.uuid) is None
    undo.undo()
    assert stored(session) == before


def test_shortcut_adds_an_actor(session, page, qtbot) -> None:
    before = len(stored(session).actors)
    page.view.setFocus()
    qtbot.keyClick(
        page.view,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(stored(session).actors) == before + 1


def test_details_form_and_personal_data(session, page, qtbot) -> None:
    actor = stored(session).actors[2]
    page.select(actor.uuid)
    edit = page.findChild(QLineEdit, "actor_person_name")
    assert edit.isVisible()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Mette Jensen")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert stored(session).actor(actor.uuid).person_name == "Mette Jensen"
    for row in range(page.model.rowCount()):
        for column in range(page.model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                assert "Mette Jensen" not in str(page.model.index(row, column).data(role))
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert "Contact person" not in headers and "Contact details" not in headers

    box = page.details.can_bring["premises"]
    had = "premises" in actor.can_bring
    box.click()
    assert ("premises" in stored(session).actor(actor.uuid).can_bring) is not had
    session.undo_stack.undo()
    assert ("premises" in stored(session).actor(actor.uuid).can_bring) is had
    assert box.isChecked() is had
    session.undo_stack.undo()
    assert stored(session).actor(actor.uuid).person_name == actor.person_name
    assert edit.text() == actor.person_name


def test_next_step_date_can_be_cleared_and_undo_brings_it_back(session, page, qtbot) -> None:
    actor = next(a for a in stored(session).actors if a.next_step_date is not None)
    page.select(actor.uuid)
    qtbot.mouseClick(page.details.clear_date, Qt.MouseButton.LeftButton)
    assert stored(session).actor(actor.uuid).next_step_date is None
    assert page.details.next_step_date.text() == "No date"
    session.undo_stack.undo()
    assert stored(session).actor(actor.uuid).next_step_date == actor.next_step_date


def test_move_actor_changes_its_number_and_undo_moves_it_back(session, page, qtbot) -> None:
    order = [a.uuid for a in stored(session).actors]
    page.select(order[1])
    assert page.up_button.isEnabled()
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert [a.uuid for a in stored(session).actors][:2] == [order[1], order[0]]
    assert page.selected_uuid() == order[1]
    assert not page.up_button.isEnabled()  # first now
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [a.uuid for a in stored(session).actors] == order
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert [a.uuid for a in stored(session).actors] == order


def test_own_categories_add_rename_delete_with_undo(session, page, qtbot, errors) -> None:
    page.categories_button.click()
    dialog = page.categories_dialog
    qtbot.addWidget(dialog)
    before = stored(session).categories
    dialog.add_button.click()
    added = [c for c in stored(session).categories if c not in before]
    assert [c.name for c in added] == ["New category"]
    item = dialog.list.currentItem()
    item.setText("Kirken & menighedsrådet")
    assert stored(session).categories[-1].name == "Kirken & menighedsrådet"
    # The register offers it at once.
    assert ("Kirken & menighedsrådet") in [label for _k, label in page.model.category_choices()]

    # In use: refused with a message, nothing deleted.
    actor = stored(session).actors[0]
    session.service.set_actor_value(actor.uuid, "category", added[0].uuid)
    dialog.delete_button.click()
    assert errors and "Actors in this category: 1." in errors[-1][1]
    assert len(stored(session).categories) == len(before) + 1
    session.service.set_actor_value(actor.uuid, "category", actor.category)

    dialog.delete_button.click()
    assert stored(session).categories == before
    session.undo_stack.undo()
    assert stored(session).categories[-1].name == "Kirken & menighedsrådet"
    session.undo_stack.undo()  # rename
    assert stored(session).categories[-1].name == "New category"
    session.undo_stack.undo()  # add
    assert stored(session).categories == before
