"""The actor register sorted by a column: the model sorts (each key made once, not asked of the
model twice per comparison by the proxy: 400 ms for two thousand actors), the selection stays
on its actor, edits and new actors land in their sorted place, up and down wait for the
register's own order, and clearing the sort gives that order back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop_app.ui.actors.model import COLUMNS, SORT_ROLE, UUID_ROLE, ActorsModel
from workshop_app.ui.actors.page import ActorsPage


@pytest.fixture
def page(open_page):  # type: ignore[no-untyped-def]
    return open_page(ActorsPage)


def stored(session):  # type: ignore[no-untyped-def]
    return session.service.actor_map()


def shown_uuids(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.proxy.index(r, 0).data(UUID_ROLE) for r in range(page.proxy.rowCount())]


def names_shown(page) -> list[str]:  # type: ignore[no-untyped-def]
    name = COLUMNS.index("name")
    return [page.proxy.index(r, name).data() for r in range(page.proxy.rowCount())]


def test_a_sorted_model_passes_qtmodeltester(session, page, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page.view.sortByColumn(COLUMNS.index("category"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(page.model, force_py=True)
    qtmodeltester.check(page.proxy, force_py=True)


def test_sorting_by_name_and_back_to_the_register_order(session, page) -> None:  # type: ignore[no-untyped-def]
    register = [a.uuid for a in stored(session).actors]
    chosen = stored(session).actors[3]
    page.select(chosen.uuid)
    name = COLUMNS.index("name")
    page.view.sortByColumn(name, Qt.SortOrder.AscendingOrder)
    names = names_shown(page)
    assert names == sorted(names, key=str.casefold) and names != [
        a.name for a in stored(session).actors
    ]
    assert page.selected_uuid() == chosen.uuid  # the selection went with its actor
    page.view.sortByColumn(name, Qt.SortOrder.DescendingOrder)
    assert names_shown(page) == sorted(names, key=str.casefold, reverse=True)
    page.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the indicator cleared
    assert shown_uuids(page) == register
    assert page.selected_uuid() == chosen.uuid


def test_equal_keys_keep_the_register_order(session, page) -> None:  # type: ignore[no-untyped-def]
    column = COLUMNS.index("influence")
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        page.view.sortByColumn(column, order)
        actors = {a.uuid: a for a in stored(session).actors}
        shown = [actors[u] for u in shown_uuids(page)]
        for level in {a.influence for a in shown}:
            same = [a.position for a in shown if a.influence == level]
            assert same == sorted(same)  # as a stable sort keeps them


def test_an_edit_or_a_new_actor_lands_in_its_sorted_place(session, page, qtbot) -> None:  # type: ignore[no-untyped-def]
    name = COLUMNS.index("name")
    page.view.sortByColumn(name, Qt.SortOrder.AscendingOrder)
    actor = stored(session).actors[0]
    page.select(actor.uuid)
    index = page.proxy.mapFromSource(page.model.index(page.model.row_of(actor.uuid), name))
    page.proxy.setData(index, "Ååå sidst i alfabetet", Qt.ItemDataRole.EditRole)
    names = names_shown(page)
    assert names == sorted(names, key=str.casefold) and "Ååå sidst i alfabetet" in names
    assert page.selected_uuid() == actor.uuid
    session.undo_stack.undo()
    assert names_shown(page) == sorted(names_shown(page), key=str.casefold)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.view.setFocus()  # leave the name's editor
    new = stored(session).actors[-1]  # added last in the register
    assert new.uuid in shown_uuids(page)
    assert names_shown(page) == sorted(names_shown(page), key=str.casefold)
    assert page.selected_uuid() == new.uuid


def test_up_and_down_wait_for_the_registers_own_order(session, page) -> None:  # type: ignore[no-untyped-def]
    actor = stored(session).actors[2]
    page.select(actor.uuid)
    assert page.up_button.isEnabled() and page.down_button.isEnabled()
    page.view.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    assert not page.up_button.isEnabled() and not page.down_button.isEnabled()
    assert "sorted" in page.up_button.toolTip()  # says why, and how to get them back
    page.move_actor(+1)  # the shortcut too: nothing moves
    assert stored(session).actor(actor.uuid).position == 2
    page.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert page.up_button.isEnabled() and page.down_button.isEnabled()
    assert "register" in page.up_button.toolTip()
    page.move_actor(+1)
    assert stored(session).actor(actor.uuid).position == 3


def test_each_sort_key_is_made_once_per_actor(session, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    real = ActorsModel._role_data

    def role_data(self, role, column, value):  # type: ignore[no-untyped-def]
        if role == SORT_ROLE:
            asked.append(column)
        return real(self, role, column, value)

    monkeypatch.setattr(ActorsModel, "_role_data", role_data)
    count = len(stored(session).actors)
    page.view.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    assert len(asked) == count  # a proxy sorting asked two per comparison
    asked.clear()
    page.view.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.DescendingOrder)
    assert asked == []  # the same keys, the other way
    actor = stored(session).actors[1]
    page.model.setData(
        page.model.index(page.model.row_of(actor.uuid), COLUMNS.index("name")),
        "Omdøbt",
        Qt.ItemDataRole.EditRole,
    )
    assert asked == ["name"]  # only the edited actor's key again
