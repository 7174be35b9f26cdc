"""Phase 2, checks of the actor map: missing key groups, empty quadrants and influential actors
without a next step, said in words, live, and clickable to the actor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from workshop_app.services.project_service import ProjectService, ServiceCall, new_project
from workshop_app.ui import commands
from workshop_app.ui.actors.checks import ActorChecks
from workshop_app.ui.session import ProjectSession


def stored(session):
    return session.service.actor_map()


def make(session, qtbot, width: int = 1024) -> ActorChecks:
    widget = ActorChecks(session)
    qtbot.addWidget(widget)
    widget.resize(width, 120)
    widget.show()
    return widget


def shown_tip(w: ActorChecks, row: int) -> str:
    """The tooltip a user sees resting the mouse on line ``row``."""
    rect = w.strip.line_rect(row)
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), w.strip.mapToGlobal(rect.center()))
    QApplication.sendEvent(w.strip, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_demo_warns_about_influential_actors_without_next_step(session, qtbot) -> None:
    w = make(session, qtbot)
    assert w.texts() == [
        "Byrådsmedlemmer fra Egeby has high influence but no next step",
        "Åbyen Ejendomme ApS has high influence but no next step",
    ]
    assert w.count() == 2
    assert w.summary() == "2 warnings"
    assert [x.kind for x in w.warnings()] == ["no_next_step", "no_next_step"]


def test_deleting_every_property_owner_warns_live(session, qtbot) -> None:
    w = make(session, qtbot, width=360)
    owners = [a for a in stored(session).actors if a.category == "property_owners"]
    assert len(owners) == 3
    with qtbot.waitSignal(w.warnings_changed, timeout=1000):
        for owner in owners:
            commands.delete_actor(session, owner.uuid)
    assert w.texts()[0] == "No property owners on the map yet"
    assert "Property owners matter" in shown_tip(w, 0)
    # Åbyen Ejendomme was a property owner with high influence: that warning left with it.
    assert w.texts()[1:] == ["Byrådsmedlemmer fra Egeby has high influence but no next step"]
    assert w.summary() == "2 warnings"

    for _ in owners:
        session.undo_stack.undo()
    assert "No property owners on the map yet" not in w.texts()
    assert w.count() == 2


def test_next_step_clears_a_warning_and_all_fine_says_so(session, qtbot) -> None:
    w = make(session, qtbot)
    for warning in w.warnings():
        uuid = warning.actor_uuid
        assert uuid is not None
        commands.set_actor_field(session, uuid, "next_step", "Next step", "", "Ring op")
    assert w.count() == 0
    assert w.texts() == ["No warnings"]
    assert w.summary() == "No warnings"
    session.undo_stack.undo()
    assert w.count() == 1 and w.summary() == "1 warning"


def test_clicking_an_actor_warning_emits_its_uuid(session, qtbot) -> None:
    w = make(session, qtbot)
    byraad = next(a for a in stored(session).actors if a.name.startswith("Byrådsmedlemmer"))
    rect = w.strip.line_rect(0)
    with qtbot.waitSignal(w.actor_activated, timeout=1000) as blocker:
        qtbot.mouseClick(w.strip, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [byraad.uuid]


def test_group_and_quadrant_warnings_are_not_clickable(session, qtbot) -> None:
    owners = [a for a in stored(session).actors if a.category == "property_owners"]
    for owner in owners:
        commands.delete_actor(session, owner.uuid)
    w = make(session, qtbot)
    assert w.warnings()[0].kind == "missing_group"
    rect = w.strip.line_rect(0)
    with qtbot.assertNotEmitted(w.actor_activated):
        qtbot.mouseClick(w.strip, Qt.MouseButton.LeftButton, pos=rect.center())


def test_empty_map_misses_every_group_and_quadrant(qtbot, tmp_path: Path) -> None:
    service = new_project(tmp_path / "empty.bymidte", "Tom")
    session = ProjectSession(service)
    try:
        w = make(session, qtbot)
        assert w.texts() == [
            "No property owners on the map yet",
            "No young people on the map yet",
            "No politicians on the map yet",
            "No merchants' association on the map yet",
            "No one in “Manage closely”",
            "No one in “Keep satisfied”",
            "No one in “Keep informed”",
            "No one in “Monitor”",
        ]
        assert [x.key for x in w.warnings()][4:] == [
            "manage_closely",
            "keep_satisfied",
            "keep_informed",
            "monitor",
        ]
        assert w.count() == 8 and w.summary() == "8 warnings"
        # In a narrow column the warnings stack and wrap; in a strip they flow side by side.
        # (the list learns its new width when the layout has run: wait for it, not for time)
        w.resize(180, 200)  # narrower than the longest warning in any font
        qtbot.waitUntil(lambda: w.strip.is_wrapped(), timeout=3000)
        w.resize(1400, 200)
        qtbot.waitUntil(lambda: not w.strip.is_wrapped(), timeout=3000)

        # A young person with high influence and interest: one group and one quadrant fewer.
        actor = service.new_actor(name="Ungeråd", category="young_people", influence=4, interest=4)
        assert session.apply(ServiceCall(ProjectService.restore_actor, (actor,)))
        assert "No young people on the map yet" not in w.texts()
        assert "No one in “Manage closely”" not in w.texts()
        assert "Ungeråd has high influence but no next step" in w.texts()
    finally:
        session.close()


def test_hundreds_of_actor_warnings_show_twenty_of_a_kind_and_count_the_rest(
    session, qtbot
) -> None:
    """A register imported without ratings: each unrated actor is a warning (the count says
    all), the list shows twenty of them and one line for the others, kept right as more come
    and go."""
    from workshop_app.ui.actors.checks import ACTOR_LINES

    w = make(session, qtbot)
    before = w.count()
    added = [commands.add_actor(session, f"Uvurderet {i}") for i in range(ACTOR_LINES + 5)]
    unplaced = sum(1 for a in stored(session).actors if a.influence is None)
    assert w.count() == before + len(added)
    texts = w.texts()
    named = [t for t in texts if t.endswith("is not placed on the grid yet")]
    assert len(named) == ACTOR_LINES
    more = f"… and {unplaced - ACTOR_LINES} more actors not placed on the grid yet"
    assert texts[-1] == more
    session.undo_stack.undo()  # one fewer
    assert (
        w.texts()[-1]
        == f"… and {unplaced - ACTOR_LINES - 1} more actors not placed on the grid yet"
    )
    assert w.count() == before + len(added) - 1


def test_the_count_is_told_when_only_the_more_line_changes(session, qtbot) -> None:
    """Past the lines shown, one more actor not placed changes no line but the "… and N more"
    line: the count is told all the same (the page's header says it), and so is its undo."""
    from workshop_app.ui.actors.checks import ACTOR_LINES

    w = make(session, qtbot)
    for i in range(ACTOR_LINES + 2):
        commands.add_actor(session, f"Uvurderet {i}")
    before = w.count()
    with qtbot.waitSignal(w.warnings_changed, timeout=1000) as told:
        commands.add_actor(session, "En til")
    assert told.args == [before + 1] and w.count() == before + 1
    with qtbot.waitSignal(w.warnings_changed, timeout=1000) as told:
        session.undo_stack.undo()
    assert told.args == [before]
