"""Unrated actors on screen (issue 12, item 9): a new actor is not on the grid but listed as not
yet placed; rating it (register or grid) places it, undo takes it back off the grid; the checks
do not warn about its influence until someone rates it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from workshop_app.ui import commands
from workshop_app.ui.actors.checks import actor_warnings
from workshop_app.ui.actors.grid import ActorGrid
from workshop_app.ui.actors.model import COLUMNS, ActorsModel


def _grid(qtbot, session) -> ActorGrid:  # type: ignore[no-untyped-def]
    grid = ActorGrid(session)
    qtbot.addWidget(grid)
    grid.resize(1300, 720)
    grid.show()
    qtbot.waitExposed(grid)
    return grid


def _legend_texts(grid: ActorGrid) -> list[str]:
    body = grid.legend.widget()
    return [label.text() for label in body.findChildren(QLabel)] if body else []


def test_a_new_actor_waits_beside_the_grid_until_rated(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    grid = _grid(qtbot, session)
    grid.legend.setVisible(True)
    uuid = commands.add_actor(session, "Ny aktør")
    number = len(session.service.actor_map().actors)

    assert uuid not in grid.scene.markers
    texts = _legend_texts(grid)
    assert "Not yet placed (1)" in texts and f"{number}  Ny aktør" in texts
    kinds = {(w.kind, w.key) for w in actor_warnings(session.service.actor_map())}
    assert ("no_next_step", uuid) not in kinds and ("not_placed", uuid) in kinds

    model = ActorsModel(session)
    model.set_map(session.service.actor_map())
    row = number - 1
    assert model.data(model.index(row, COLUMNS.index("influence"))) == "–"

    # Rated in the register, one field after the other: placed once both are set.
    commands.set_actor_field(session, uuid, "influence", "Influence", None, 5)
    assert uuid not in grid.scene.markers
    commands.set_actor_field(session, uuid, "interest", "Interest", None, 2)
    assert uuid in grid.scene.markers
    kinds = {(w.kind, w.key) for w in actor_warnings(session.service.actor_map())}
    assert ("no_next_step", uuid) in kinds and ("not_placed", uuid) not in kinds
    assert "Not yet placed" not in _legend_texts(grid)

    # Undo goes back to unrated, off the grid.
    session.undo_stack.undo()
    session.undo_stack.undo()
    actor = session.service.actor_map().actor(uuid)
    assert actor is not None and (actor.influence, actor.interest) == (None, None)
    assert uuid not in grid.scene.markers

    # Placing on the grid (what a drop does) is one undo step back to unrated.
    commands.rate_actor(session, uuid, (None, None), (4, 4))
    assert uuid in grid.scene.markers
    session.undo_stack.undo()
    actor = session.service.actor_map().actor(uuid)
    assert actor is not None and actor.influence is None and uuid not in grid.scene.markers


def test_an_actor_not_yet_placed_is_dragged_from_the_legend_onto_the_grid(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF, Qt
    from PySide6.QtGui import QDropEvent

    from workshop_app.ui.actors.grid import ACTOR_MIME, TrayRow

    grid = _grid(qtbot, session)
    grid.legend.setVisible(True)
    uuid = commands.add_actor(session, "Ny aktør")
    rows = [r for r in grid.legend.widget().findChildren(TrayRow) if r.uuid == uuid]
    assert len(rows) == 1  # the row a facilitator drags

    target = grid.scene.geometry.cell_rect(2, 4)
    point = grid.view.mapFromScene(QPointF(*target.centre))
    mime = QMimeData()
    mime.setData(ACTOR_MIME, uuid.encode())
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    grid.view.dropEvent(drop)
    actor = session.service.actor_map().actor(uuid)
    assert actor is not None and (actor.influence, actor.interest) == (2, 4)
    assert uuid in grid.scene.markers
    session.undo_stack.undo()
    actor = session.service.actor_map().actor(uuid)
    assert actor is not None and (actor.influence, actor.interest) == (None, None)


def test_hundreds_not_yet_placed_list_the_newest_and_count_the_rest(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A register imported without ratings: the legend lists the last actors (one just added
    is among them, to drag) and counts those before them, not hundreds of rows."""
    from workshop_app.ui.actors.grid import TrayRow
    from workshop_app.ui.actors.grid_legend import TRAY_ROWS

    before = sum(1 for a in session.service.actor_map().actors if a.influence is None)
    uuids = [commands.add_actor(session, f"Uvurderet {i}") for i in range(TRAY_ROWS + 7)]
    grid = _grid(qtbot, session)
    grid.legend.setVisible(True)
    rows = grid.legend.widget().findChildren(TrayRow)
    assert [r.uuid for r in rows] == uuids[-TRAY_ROWS:]
    total = before + len(uuids)
    texts = _legend_texts(grid)
    assert f"Not yet placed ({total})" in texts
    assert f"… and {total - TRAY_ROWS} earlier in the register" in texts
