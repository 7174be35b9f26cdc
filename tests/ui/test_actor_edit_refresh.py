"""An edit on the actors page touches what it changed and no more: a view on a tab not shown
catches up when it is shown (``ProjectSession.follow``), the warnings and the relations of the
selected actor are not made again for an edit they do not depend on, and a renamed actor's line
changes in place. On a project grown over years (two thousand actors) that is the difference
between typing and waiting."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workshop_app.domain.changes import Changes
from workshop_app.ui import commands
from workshop_app.ui.actors.checks import ActorChecks
from workshop_app.ui.actors.page import ActorsPage
from workshop_app.ui.actors.plan import COLUMNS as PLAN_COLUMNS
from workshop_app.ui.actors.relations import ActorRelations


def rename(session, uuid: str, name: str) -> None:  # type: ignore[no-untyped-def]
    old = session.service.actor_map().actor(uuid).name
    commands.set_actor_field(session, uuid, "name", "Name", old, name)


def test_a_tab_not_shown_catches_up_when_shown(session, open_page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ActorsPage)
    page.show_tab("register")
    plan = page.plan
    entry = session.service.actor_map().plan[0]
    filled: list[int] = []
    real = plan.model.set_map
    monkeypatch.setattr(plan.model, "set_map", lambda *a: filled.append(1) or real(*a))

    rename(session, entry.actor_uuid, "Første navn")
    rename(session, entry.actor_uuid, "Andet navn")
    assert filled == []  # the plan's tab is not shown: nothing read or filled for it
    cell = plan.model.index(plan.model.row_of(entry.uuid), PLAN_COLUMNS.index("actor_uuid"))
    assert cell.data() != "Andet navn"

    page.show_tab("plan")
    assert filled == [1]  # both edits at once
    assert cell.data() == "Andet navn"
    rename(session, entry.actor_uuid, "Tredje navn")  # shown now: at once
    assert filled == [1, 1]
    assert cell.data() == "Tredje navn"


def test_views_follow_at_once_when_hidden_by_their_own_code_or_with_no_window(
    session, qtbot
) -> None:  # type: ignore[no-untyped-def]
    seen: list[Changes] = []
    alone = QWidget()  # never shown: no window to wait for
    qtbot.addWidget(alone)
    session.follow(alone, seen.append)
    holder = QWidget()
    qtbot.addWidget(holder)
    inner = QWidget(holder)
    session.follow(inner, seen.append)
    holder.show()
    inner.hide()  # a panel that hides while it has nothing to say: it may show on a change
    actor = session.service.actor_map().actors[0]
    rename(session, actor.uuid, "Nyt navn")
    assert len(seen) == 2


def test_an_edit_the_warnings_do_not_depend_on_leaves_them_alone(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    checks = ActorChecks(session)
    qtbot.addWidget(checks)
    checks.resize(1024, 120)
    checks.show()
    lines = checks.strip.lines()
    warned = {w.actor_uuid for w in checks.warnings()}
    quiet = next(a for a in session.service.actor_map().actors if a.uuid not in warned)
    rename(session, quiet.uuid, "Ingen advarsel")
    assert all(a is b for a, b in zip(checks.strip.lines(), lines, strict=True))

    # A warned actor renamed: its line says the new name, in place.
    loud = checks.warnings()[0]
    assert loud.actor_uuid is not None
    rename(session, loud.actor_uuid, "Zebra Byg")
    assert all(a is b for a, b in zip(checks.strip.lines()[1:], lines[1:], strict=True))
    assert checks.texts()[0] == "Zebra Byg has high influence but no next step"
    # Given a next step, the warning goes.
    commands.set_actor_field(session, loud.actor_uuid, "next_step", "Next step", "", "Ring op")
    assert loud.actor_uuid not in {w.actor_uuid for w in checks.warnings()}
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert checks.warnings()[0] == loud


def test_an_edit_elsewhere_leaves_the_relations_list_alone(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ActorRelations(session)
    qtbot.addWidget(panel)
    panel.resize(360, 500)
    panel.show()
    actor_map = session.service.actor_map()
    shown = next(a for a in actor_map.actors if actor_map.relations_of(a.uuid))
    panel.show_actor(shown.uuid)
    items = [panel.list.item(i) for i in range(panel.list.count())]
    related = set()
    for relation in actor_map.relations_of(shown.uuid):
        related |= {relation.source, relation.target}
    stranger = next(a for a in actor_map.actors if a.uuid not in related)
    rename(session, stranger.uuid, "Fremmed")
    assert [panel.list.item(i) for i in range(panel.list.count())] == items

    other = next(iter(related - {shown.uuid}))
    rename(session, other, "Nabo")
    assert any("Nabo" in text for text in panel.texts())


def test_the_roles_a_table_model_skips_are_those_it_never_answers(session, open_page) -> None:  # type: ignore[no-untyped-def]
    """A table measuring its columns asks every cell for a dozen roles; the models answer the
    ones they do not serve at once. Each skipped role must be one they answer with nothing."""
    from PySide6.QtCore import Qt

    page = open_page(ActorsPage)
    roles = [
        *range(0, 14),
        *range(int(Qt.ItemDataRole.UserRole), int(Qt.ItemDataRole.UserRole) + 8),
    ]
    for model in (page.model, page.plan.model):
        assert model.ROLES is not None
        for row in range(min(model.rowCount(), 6)):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role in roles:
                    answered = model.data(index, role)
                    type(model).ROLES, kept = None, type(model).ROLES
                    try:
                        assert model.data(index, role) == answered, (column, role)
                    finally:
                        type(model).ROLES = kept


def test_the_plan_tab_is_built_on_its_first_visit_for_the_selected_actor(
    session, open_page
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ActorsPage)
    assert page._plan is None and page._cards is None  # the register opens without them
    actor = session.service.actor_map().actors[2]
    page.select(actor.uuid)
    page.show_tab("plan")
    assert page._plan is not None and page._cards is not None
    assert page.plan.current_actor() == actor.uuid
    other = session.service.actor_map().actors[3]
    page.select(other.uuid)
    assert page.plan.current_actor() == other.uuid


def test_selecting_another_actor_swaps_two_lines_of_the_other_actor_list(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ActorRelations(session)
    qtbot.addWidget(panel)
    actors = session.service.actor_map().actors
    panel.show_actor(actors[0].uuid)
    model = panel.other.model()
    seen: list[str] = []
    model.rowsInserted.connect(lambda *_: seen.append("in"))
    model.rowsRemoved.connect(lambda *_: seen.append("out"))
    model.modelReset.connect(lambda: seen.append("reset"))
    panel.other.setEditText("Egeb")
    panel.show_actor(actors[4].uuid)
    assert sorted(seen) == ["in", "out"]
    listed = [uuid for uuid, _name in panel.other_choices()]
    assert listed == [a.uuid for a in actors if a.uuid != actors[4].uuid]
    assert [panel.other.itemText(i) for i in range(panel.other.count())] == [
        a.name or "–" for a in actors if a.uuid != actors[4].uuid
    ]
    assert panel.other.currentIndex() == -1


def test_a_warned_actor_renamed_rewords_its_line_without_making_every_warning_again(  # type: ignore[no-untyped-def]
    session, qtbot, monkeypatch
) -> None:
    from workshop_app.ui.actors import checks as checks_module

    checks = ActorChecks(session)
    qtbot.addWidget(checks)
    checks.resize(1024, 120)
    checks.show()
    made: list[object] = []
    real = checks_module.actor_warnings
    monkeypatch.setattr(
        checks_module, "actor_warnings", lambda actor_map: (made.append(1), real(actor_map))[1]
    )
    loud = next(w for w in checks.warnings() if w.actor_uuid is not None)
    assert loud.actor_uuid is not None
    rename(session, loud.actor_uuid, "Zebra Byg")
    assert made == []  # only its lines worded anew
    assert checks.warnings() == real(session.service.actor_map())  # as made afresh
    assert any(text.startswith("Zebra Byg ") for text in checks.texts())
