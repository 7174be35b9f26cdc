"""Phase 2 views refresh from what an edit changed (``Changes.actor_items``): an edit to one
actor or plan entry repaints that row only, the table does not reset, the selection and the
scroll position stay, and what shows after undo is what is stored."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex

from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.ui import commands
from workshop_app.ui.actors import plan_commands
from workshop_app.ui.actors.model import COLUMNS
from workshop_app.ui.actors.page import ActorsPage
from workshop_app.ui.actors.plan import COLUMNS as PLAN_COLUMNS


@pytest.fixture
def page(open_page):  # type: ignore[no-untyped-def]
    return open_page(ActorsPage)


class Repaints:
    """The rows a model said changed, and whether it reset."""

    def __init__(self, model: Any) -> None:
        self.rows: list[int] = []
        self.resets = 0
        model.dataChanged.connect(self._on_data)
        model.modelReset.connect(self._on_reset)

    def _on_data(self, top: QModelIndex, bottom: QModelIndex, *_: object) -> None:
        self.rows.extend(range(top.row(), bottom.row() + 1))

    def _on_reset(self) -> None:
        self.resets += 1

    def clear(self) -> None:
        self.rows.clear()
        self.resets = 0


def name_cell(page: ActorsPage, uuid: str) -> Any:
    return page.model.index(page.model.row_of(uuid), COLUMNS.index("name")).data()


def test_an_actor_edit_repaints_its_row_only_and_undo_shows_the_stored_value(session, page) -> None:
    actors = session.service.actor_map().actors
    selected, edited = actors[-1], actors[1]
    page.select(selected.uuid)
    scrolled = page.view.verticalScrollBar().value()
    seen = Repaints(page.model)

    commands.set_actor_field(session, edited.uuid, "name", "Name", edited.name, "Egeby Torv")

    assert seen.resets == 0
    assert set(seen.rows) == {page.model.row_of(edited.uuid)}
    assert name_cell(page, edited.uuid) == "Egeby Torv"
    assert page.selected_uuid() == selected.uuid
    assert page.view.verticalScrollBar().value() == scrolled

    seen.clear()
    session.undo_stack.undo()
    stored = session.service.actor_map().actor(edited.uuid)
    assert stored is not None and stored.name == edited.name
    assert (seen.resets, set(seen.rows)) == (0, {page.model.row_of(edited.uuid)})
    assert name_cell(page, edited.uuid) == stored.name
    assert page.selected_uuid() == selected.uuid


def test_the_details_follow_an_edit_of_the_shown_actor_and_its_undo(session, page) -> None:
    actor = session.service.actor_map().actors[2]
    page.select(actor.uuid)
    commands.set_actor_field(session, actor.uuid, "name", "Name", actor.name, "Egeby Torv")
    assert page.details.title.text() == "Egeby Torv"
    session.undo_stack.undo()
    assert page.details.title.text() == actor.name
    assert page.selected_uuid() == actor.uuid


def test_a_renamed_category_repaints_the_actors_in_it(session, page) -> None:
    category = session.service.new_category("Torvegruppen")
    commands.add_step(
        session,
        "Add category",
        ServiceCall(ProjectService.restore_category, (category,)),
        ProjectService.delete_category,
        category.uuid,
    )
    actors = session.service.actor_map().actors
    commands.set_actor_field(
        session, actors[0].uuid, "category", "Category", actors[0].category, category.uuid
    )
    seen = Repaints(page.model)
    commands.swap(
        session,
        "Rename category",
        ProjectService.rename_category,
        (category.uuid,),
        "Torvegruppen",
        "Torvelauget",
    )
    assert seen.resets == 0
    assert set(seen.rows) == {0}
    assert page.model.index(0, COLUMNS.index("category")).data() == "Torvelauget"


def test_a_move_reloads_and_keeps_the_selection(session, page) -> None:
    actor = session.service.actor_map().actors[3]
    page.select(actor.uuid)
    seen = Repaints(page.model)
    commands.move_actor(session, actor.uuid, 3, 1)
    assert seen.resets == 1
    assert page.model.row_of(actor.uuid) == 1
    assert page.selected_uuid() == actor.uuid
    session.undo_stack.undo()
    assert page.model.row_of(actor.uuid) == 3
    assert page.selected_uuid() == actor.uuid


def test_a_plan_edit_repaints_its_row_and_an_actor_rename_the_actor_s_entries(
    session, page
) -> None:
    page.show_tab("plan")  # a hidden tab catches up when shown (test below)
    plan = page.plan
    entries = session.service.actor_map().plan
    entry = entries[2]
    plan.select(entries[0].uuid)
    seen = Repaints(plan.model)

    plan_commands.set_plan_field(session, entry.uuid, "note", "Note", entry.note, "Ring først")
    assert (seen.resets, set(seen.rows)) == (0, {plan.model.row_of(entry.uuid)})
    note = plan.model.index(plan.model.row_of(entry.uuid), PLAN_COLUMNS.index("note"))
    assert note.data() == "Ring først"
    session.undo_stack.undo()
    assert note.data() == " ".join(entry.note.split())
    assert plan.selected_uuid() == entries[0].uuid

    seen.clear()
    actor = session.service.actor_map().actor(entry.actor_uuid)
    assert actor is not None
    commands.set_actor_field(session, actor.uuid, "name", "Name", actor.name, "Egeby Torv")
    of_actor = {plan.model.row_of(e.uuid) for e in entries if e.actor_uuid == actor.uuid}
    assert (seen.resets, set(seen.rows)) == (0, of_actor)
    assert plan.model.index(min(of_actor), 0).data() == "Egeby Torv"
