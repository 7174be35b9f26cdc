"""Phase 2, relations between actors: listed per actor in words that follow the direction, added
from a searchable list, kind and note edited in place, deleted, every step undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workshop_app.ui import commands
from workshop_app.ui.actors.relations import ActorRelations


def stored(session):
    return session.service.actor_map()


def by_name(session, start: str):
    return next(a for a in stored(session).actors if a.name.startswith(start))


def make(session, qtbot, start: str | None = None) -> ActorRelations:
    widget = ActorRelations(session)
    qtbot.addWidget(widget)
    widget.resize(360, 500)
    widget.show()
    if start is not None:
        widget.show_actor(by_name(session, start).uuid)
    return widget


def test_texts_follow_kind_and_direction(session, qtbot) -> None:
    w = make(session, qtbot, "Egeby Handelsstand")
    assert w.texts() == [
        "Conflict with Egeby Borgerforening",
        "Cooperation with Citychef for Egeby",
    ]
    assert w.list.isVisible() and not w.empty.isVisible()
    assert w.note.text().startswith("Uenige om parkeringen")  # the first one is selected

    w.show_actor(by_name(session, "Skovlund Kommune").uuid)
    assert w.texts() == [
        "Depends on Teknik- og Miljøudvalget",
        "Cooperation with Citychef for Egeby",
    ]
    w.show_actor(by_name(session, "Teknik").uuid)
    assert w.texts() == ["Skovlund Kommune, Plan og Udvikling depends on this actor"]

    w.show_actor(by_name(session, "Hotel Egeby Kro").uuid)
    assert w.texts() == []
    assert w.empty.isVisible() and w.empty.text() == "No relations yet."
    assert not w.editor.isVisible()
    w.show_actor(None)
    assert w.empty.text() == "Select an actor to see its relations."
    assert not w.add_group.isVisible()


def test_add_from_the_form_with_undo(session, qtbot) -> None:
    w = make(session, qtbot, "Hotel Egeby Kro")
    before = stored(session)
    kro = by_name(session, "Hotel Egeby Kro")
    avis = by_name(session, "Egeby Avis")
    assert w.other.findText(kro.name) < 0  # not offered as its own partner
    w.other.setEditText("egeby avis")  # typed, in any case (typing would pop up the completer)
    w.add_kind.setCurrentIndex(w.add_kind.findData("needed_by"))
    qtbot.keyClicks(w.add_note, "Avisen skriver om kroen")
    qtbot.mouseClick(w.add_button, Qt.MouseButton.LeftButton)

    added = stored(session).relations_of(kro.uuid)
    assert len(added) == 1
    relation = added[0]
    assert (relation.source, relation.target, relation.kind, relation.note) == (
        avis.uuid,
        kro.uuid,
        "dependency",
        "Avisen skriver om kroen",
    )
    assert w.texts() == ["Egeby Avis depends on this actor"]
    assert w.selected_relation() == relation
    assert w.other.currentText() == "" and w.add_note.text() == ""
    assert not w.message.isVisible()

    session.undo_stack.undo()
    assert stored(session) == before
    assert w.texts() == []
    session.undo_stack.redo()
    assert stored(session).relations_of(kro.uuid) == (relation,)


def test_pick_from_the_list_and_add_by_call(session, qtbot) -> None:
    w = make(session, qtbot, "Hotel Egeby Kro")
    kro = by_name(session, "Hotel Egeby Kro")
    index = w.other.findText("Destination Skovlund")
    w.other.setCurrentIndex(index)
    w.add_kind.setCurrentIndex(w.add_kind.findData("cooperation"))
    uuid = w.add_from_form()
    assert uuid is not None
    relation = next(r for r in stored(session).relations if r.uuid == uuid)
    assert (relation.source, relation.kind) == (kro.uuid, "cooperation")

    # The same relation again is refused and the existing one selected.
    assert w.add_relation(relation.target, "cooperation") is None
    assert w.message.text() == "This relation is already listed."
    assert len(stored(session).relations_of(kro.uuid)) == 1

    # Depends on, from this actor.
    dep = w.add_relation(by_name(session, "Sparekassen").uuid, "depends_on", "Lån")
    assert dep is not None
    assert "Depends on Sparekassen Egeby" in w.texts()


def test_a_relation_to_itself_is_refused(session, qtbot) -> None:
    w = make(session, qtbot, "Egeby Handelsstand")
    actor = by_name(session, "Egeby Handelsstand")
    before = stored(session)
    depth = session.undo_stack.count()

    w.other.setEditText(actor.name)
    assert w.add_from_form() is None
    assert w.message.isVisible()
    assert w.message.text() == "An actor cannot have a relation to itself. Choose another actor."
    assert w.add_relation(actor.uuid, "conflict") is None
    assert stored(session) == before
    assert session.undo_stack.count() == depth

    w.other.setEditText("Nobody by this name")
    assert w.add_from_form() is None
    assert "There is no actor called “Nobody by this name”" in w.message.text()
    w.other.setEditText("")
    assert w.add_from_form() is None
    assert w.message.text() == "Choose the other actor first."
    assert stored(session) == before


def test_edit_kind_and_note_in_place_with_undo(session, qtbot) -> None:
    w = make(session, qtbot, "Egeby Handelsstand")
    undo = session.undo_stack
    original = w.relations()[0]
    assert w.selected_relation() == original
    depth = undo.count()

    w.note.setFocus()
    w.note.selectAll()
    qtbot.keyClicks(w.note, "Uenige om p-pladser")
    w.note_binder.flush()
    qtbot.keyClicks(w.note, " ved Torvet")
    qtbot.keyClick(w.note, Qt.Key.Key_Return)
    changed = next(r for r in stored(session).relations if r.uuid == original.uuid)
    assert changed.note == "Uenige om p-pladser ved Torvet"
    assert undo.count() == depth + 1  # typing in one field is one step
    assert w.note.text() == "Uenige om p-pladser ved Torvet"

    w.set_kind("cooperation")
    assert next(r for r in stored(session).relations if r.uuid == original.uuid).kind == (
        "cooperation"
    )
    assert w.texts()[0] == "Cooperation with Egeby Borgerforening"
    assert w.selected_relation().uuid == original.uuid  # still selected after the refresh

    undo.undo()
    undo.undo()
    assert next(r for r in stored(session).relations if r.uuid == original.uuid) == original
    assert w.note.text() == original.note
    assert w.kind.currentData() == "conflict"
    undo.redo()
    undo.redo()
    after = next(r for r in stored(session).relations if r.uuid == original.uuid)
    assert (after.kind, after.note) == ("cooperation", "Uenige om p-pladser ved Torvet")


def test_delete_with_exact_undo(session, qtbot) -> None:
    w = make(session, qtbot, "Egeby Handelsstand")
    before = stored(session)
    second = w.relations()[1]
    w.select_relation(second.uuid)
    qtbot.mouseClick(w.delete_button, Qt.MouseButton.LeftButton)
    assert all(r.uuid != second.uuid for r in stored(session).relations)
    assert w.texts() == ["Conflict with Egeby Borgerforening"]
    assert w.selected_relation() is not None
    session.undo_stack.undo()
    assert stored(session) == before
    assert len(w.texts()) == 2
    session.undo_stack.redo()
    assert all(r.uuid != second.uuid for r in stored(session).relations)


def test_activating_the_other_actor(session, qtbot) -> None:
    w = make(session, qtbot, "Egeby Handelsstand")
    citychef = by_name(session, "Citychef")
    item = w.list.item(1)
    rect = w.list.visualItemRect(item)
    qtbot.mouseClick(w.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.list.currentRow() == 1
    with qtbot.waitSignal(w.actor_activated, timeout=1000) as blocker:
        qtbot.mouseDClick(w.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [citychef.uuid]
    with qtbot.waitSignal(w.actor_activated, timeout=1000) as blocker:
        qtbot.keyClick(w.list, Qt.Key.Key_Return)
    assert blocker.args == [citychef.uuid]

    w.list.setCurrentRow(0)
    with qtbot.waitSignal(w.actor_activated, timeout=1000) as blocker:
        qtbot.mouseClick(w.go_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [by_name(session, "Egeby Borgerforening").uuid]


def test_follows_changes_made_elsewhere(session, qtbot) -> None:
    w = make(session, qtbot, "Egeby Handelsstand")
    borgerforening = by_name(session, "Egeby Borgerforening")
    assert w.other.findText(borgerforening.name) >= 0
    commands.delete_actor(session, borgerforening.uuid)
    assert w.texts() == ["Cooperation with Citychef for Egeby"]
    assert w.other.findText(borgerforening.name) < 0
    session.undo_stack.undo()
    assert len(w.texts()) == 2

    # The shown actor itself is deleted: nothing is shown.
    shown = by_name(session, "Egeby Handelsstand")
    commands.delete_actor(session, shown.uuid)
    assert w.uuid is None and w.texts() == []


def test_read_only_lists_but_does_not_edit(session, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(type(session.service), "read_only", property(lambda self: True))
    w = make(session, qtbot, "Egeby Handelsstand")
    before = stored(session)
    assert len(w.texts()) == 2
    assert not w.add_group.isVisible()
    assert w.note.isReadOnly() and not w.kind.isEnabled() and not w.delete_button.isEnabled()
    assert w.go_button.isEnabled()
    w.delete_selected()
    assert w.add_relation(by_name(session, "Egeby Avis").uuid, "conflict") is None
    assert stored(session) == before


def test_a_rename_changes_only_its_line_in_the_other_actor_list(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.ui import commands
    from workshop_app.ui.actors.relations import ActorRelations

    panel = ActorRelations(session)
    qtbot.addWidget(panel)
    actors = session.service.actor_map().actors
    panel.show_actor(actors[0].uuid)
    others = panel.other_choices()
    commands.set_actor_field(session, actors[2].uuid, "name", "Name", actors[2].name, "Nyt navn")
    after = panel.other_choices()
    expected = [(u, "Nyt navn" if u == actors[2].uuid else n) for u, n in others]
    assert after == expected
    session.undo_stack.undo()
    again = panel.other_choices()
    assert again == others
    panel.show_actor(actors[1].uuid)  # another actor: the list is made again without it
    listed = [uuid for uuid, _name in panel.other_choices()]
    assert actors[1].uuid not in listed and actors[0].uuid in listed


def test_the_shown_actors_own_edit_leaves_the_panel_as_it_is(session, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Typing the shown actor's name changes nothing the panel shows (its lines name the
    # others; the list to relate to holds the others): it is not refilled on every edit. A
    # related actor renamed, or an unrelated one, still shows at once.
    w = make(session, qtbot, "Egeby Handelsstand")
    shown = by_name(session, "Egeby Handelsstand")
    lines, others = w.texts(), w.other_choices()
    refilled: list[str] = []
    real_lines = ActorRelations._lines
    monkeypatch.setattr(
        ActorRelations, "_lines", lambda self: (refilled.append("lines"), real_lines(self))[1]
    )
    commands.set_actor_field(session, shown.uuid, "name", "Name", shown.name, "Egeby Handel")
    assert refilled == [] and w.texts() == lines and w.other_choices() == others
    assert w.uuid == shown.uuid
    related = by_name(session, "Egeby Borgerforening")
    commands.set_actor_field(session, related.uuid, "name", "Name", related.name, "Borgerne")
    assert refilled  # a related actor renamed: the lines are made again
    assert any("Borgerne" in line for line in w.texts())
    other = by_name(session, "Egeby Avis")
    commands.set_actor_field(session, other.uuid, "name", "Name", other.name, "Avisen")
    assert (other.uuid, "Avisen") in w.other_choices()
