"""Phase 3, the lineage view: the family tree of ideas and tests, decisions on the test nodes,
activation signals, and folding and selection kept across refreshes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workshop_app.services.demo import _id
from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.ui.commands import ServiceCommand
from workshop_app.ui.trials import idea_commands
from workshop_app.ui.trials.lineage import LineageView

BENCHES = _id("idea/benches")
SEATS = _id("idea/seats_river")
CARFREE_IDEA = _id("idea/carfree")
PLAY_STREET = _id("idea/play_street")
DELIVERY = _id("idea/delivery")
LIVING_ROOM = _id("trial/living_room")
LIVING_ROOM_2 = _id("trial/living_room_2")
CARFREE = _id("trial/carfree")
POPUP = _id("trial/popup")


def make_view(session, qtbot) -> LineageView:
    view = LineageView(session)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    return view


def children(view: LineageView, kind: str, uuid: str) -> list[tuple[str, str]]:
    item = view.item(kind, uuid)
    assert item is not None
    return [view._key(item.child(i)) for i in range(item.childCount())]  # type: ignore[arg-type]  # i < childCount()


def test_tree_shows_every_idea_and_test_once(session, qtbot) -> None:
    view = make_view(session, qtbot)
    book = session.service.trial_book()
    keys = [view._key(item) for item in view.items()]
    assert len(keys) == len(set(keys)) == len(book.ideas) + len(book.trials)
    assert all(item.isExpanded() for item in view.items() if item.childCount())
    assert view.stack.currentWidget() is view.tree


def test_adjust_and_retest_chain(session, qtbot) -> None:
    view = make_view(session, qtbot)
    assert children(view, "idea", BENCHES) == [("idea", SEATS), ("trial", LIVING_ROOM)]
    assert children(view, "trial", LIVING_ROOM) == [("trial", LIVING_ROOM_2)]
    first = view.item("trial", LIVING_ROOM)
    second = view.item("trial", LIVING_ROOM_2)
    assert first.text(0) == "Byens stue på Torvet"
    assert second.text(0) == "Byens stue på Torvet (v2)"
    assert first.text(1).startswith("Decided on ")
    assert first.text(2).startswith("Decided: Adjust and test again, ")
    assert "2027" in first.text(2)
    assert "ryglæn" in first.toolTip(2)  # the reasoning
    assert second.text(1).startswith("Running since ")
    assert second.text(2) == ""
    merged = view.item("idea", SEATS)
    assert merged.text(1) == "Merged idea · 3 dots"
    assert view.item("idea", BENCHES).text(1) == "Idea · 12 dots"


def test_spawned_ideas_sit_under_the_discarded_test(session, qtbot) -> None:
    view = make_view(session, qtbot)
    assert children(view, "idea", CARFREE_IDEA) == [("trial", CARFREE)]
    assert children(view, "trial", CARFREE) == [("idea", PLAY_STREET), ("idea", DELIVERY)]
    carfree = view.item("trial", CARFREE)
    assert "Discard" in carfree.text(2) and "Spawn new ideas" in carfree.text(2)
    spawned = view.item("idea", PLAY_STREET)
    assert spawned.text(0) == "Legegade søndag formiddag"
    assert spawned.text(1).startswith("New idea from this test")
    assert view.item("trial", POPUP).text(1).startswith("Planned since ")


def test_double_click_and_enter_activate(session, qtbot) -> None:
    view = make_view(session, qtbot)
    tree = view.tree
    item = view.item("trial", LIVING_ROOM_2)
    assert item is not None
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    with qtbot.waitSignal(view.trial_activated, timeout=1000) as signal:
        # What a real double-click delivers: press, release, double-click, release.
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseRelease(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [LIVING_ROOM_2]

    view.select("idea", DELIVERY)
    assert view.selected() == ("idea", DELIVERY)
    with qtbot.waitSignal(view.idea_activated, timeout=1000) as signal:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert signal.args == [DELIVERY]


def test_refresh_keeps_folding_and_selection(session, qtbot) -> None:
    view = make_view(session, qtbot)
    view.item("idea", BENCHES).setExpanded(False)
    view.select("trial", POPUP)
    undo = session.undo_stack
    old = session.service.trial_book().idea(BENCHES).title
    idea_commands.set_idea_field(session, BENCHES, "title", "Idea", old, "Bænke")
    assert view.item("idea", BENCHES).text(0) == "Bænke"
    assert not view.item("idea", BENCHES).isExpanded()
    assert view.item("trial", LIVING_ROOM).isExpanded()
    assert view.selected() == ("trial", POPUP)

    # A new version of a test shows under it at once; undo takes it away again.
    trial = session.service.new_trial(title="Pop-up, second try", version_of=POPUP)
    undo.push(
        ServiceCommand(
            session,
            "test",
            ServiceCall(ProjectService.restore_trial, (trial,)),
            ServiceCall(ProjectService.delete_trial, (trial.uuid,)),
        )
    )
    assert children(view, "trial", POPUP) == [("trial", trial.uuid)]
    assert view.item("trial", trial.uuid).text(0) == "Pop-up, second try (v2)"
    undo.undo()
    assert children(view, "trial", POPUP) == []

    view.collapse_all()
    view._refresh()
    # Folded stays folded (the selected node's parents open so it shows).
    assert not view.item("idea", BENCHES).isExpanded()
    assert not view.item("trial", CARFREE).isExpanded()
    view.expand_all()
    assert all(item.isExpanded() for item in view.items() if item.childCount())


def test_empty_project_says_what_to_do(session, qtbot) -> None:
    service = session.service
    for trial in reversed(service.trial_book().trials):
        service.delete_trial(trial.uuid)
    for idea in service.trial_book().ideas:
        service.delete_idea(idea.uuid)
    view = make_view(session, qtbot)
    assert view.items() == []
    assert view.stack.currentWidget() is view.empty
