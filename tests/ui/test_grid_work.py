"""The grid on a project grown over years does only the work a change needs: a marker dropped in
another cell sets again the markers of the cells it left and entered, not every marker; a drag
paints the cells it crosses, not the grid; the first show places the markers once, at the size
shown; tooltips are made when shown. (Counts of work, not timings: tests run on shared machines.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsScene, QToolTip

from workshop_app.ui.actors import grid_scene
from workshop_app.ui.actors.grid import ActorGrid
from workshop_app.ui.actors.grid_scene import ActorMarker, GridScene


def stored(session):  # type: ignore[no-untyped-def]
    return session.service.actor_map()


def shown_grid(qtbot, session, monkeypatch, calls):  # type: ignore[no-untyped-def]
    real_configure, real_relayout = ActorMarker.configure, GridScene.relayout

    def configure(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(("configure", self.uuid))
        return real_configure(self, *args, **kwargs)

    def relayout(self, rows=None):  # type: ignore[no-untyped-def]
        calls.append(("relayout", (self._view_size, rows)))
        return real_relayout(self, rows)

    monkeypatch.setattr(ActorMarker, "configure", configure)
    monkeypatch.setattr(GridScene, "relayout", relayout)
    grid = ActorGrid(session)
    qtbot.addWidget(grid)
    grid.resize(1100, 720)
    grid.show()
    count = len(stored(session).actors)
    qtbot.waitUntil(lambda: len(grid.scene.markers) == count)
    return grid


def record_invalidations(monkeypatch, scene: GridScene, into: list[QRectF]) -> None:  # type: ignore[no-untyped-def]
    real = scene.invalidate

    def invalidate(
        rect: QRectF | None = None,
        layers: QGraphicsScene.SceneLayer = QGraphicsScene.SceneLayer.AllLayers,
    ) -> None:
        rect = QRectF() if rect is None else rect
        into.append(QRectF(rect))  # a null rectangle: the whole scene
        real(rect, layers)

    monkeypatch.setattr(scene, "invalidate", invalidate)


def test_the_first_show_places_each_marker_once_at_the_size_shown(session, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    calls: list[tuple[str, object]] = []
    grid = shown_grid(qtbot, session, monkeypatch, calls)
    layouts = [what for kind, what in calls if kind == "relayout"]
    size = grid.view.viewport().size()
    # None for the size before it was shown; at the size shown, in two parts (the rows at the
    # top first, then the others), each marker placed once.
    assert [shown for shown, _rows in layouts] == [(size.width(), size.height())] * 2
    first, rest = layouts[0][1], layouts[1][1]
    levels = {a.influence for a in stored(session).actors if a.influence is not None}
    assert first and first < levels and min(first) > max(levels - first)  # the top rows
    assert rest is None  # then the whole grid: the rows placed already left as they are
    configured = [uuid for kind, uuid in calls if kind == "configure"]
    assert sorted(configured) == sorted(a.uuid for a in stored(session).actors)


def test_a_marker_dropped_in_another_cell_sets_only_the_cells_it_changed(
    session, qtbot, monkeypatch
):  # type: ignore[no-untyped-def]
    calls: list[tuple[str, object]] = []
    grid = shown_grid(qtbot, session, monkeypatch, calls)
    actors = stored(session).actors
    actor = next(a for a in actors if (a.influence, a.interest) == (5, 3))
    crowded = [a.uuid for a in actors if (a.influence, a.interest) == (2, 3)]
    invalidated: list[QRectF] = []
    record_invalidations(monkeypatch, grid.scene, invalidated)
    calls.clear()
    grid.place(actor.uuid, (2, 3))  # into the crowded cell: its four markers make room

    assert (
        stored(session).actor(actor.uuid).influence,
        stored(session).actor(actor.uuid).interest,
    ) == (2, 3)
    configured = {uuid for kind, uuid in calls if kind == "configure"}
    assert actor.uuid in configured
    assert configured <= {actor.uuid, *crowded}  # the cells it left and entered, no other
    assert len(configured) < len(actors)
    assert not any(rect.isNull() for rect in invalidated)  # the background stays as it was

    calls.clear()
    session.undo_stack.undo()  # back: the same few again, and the marker at home
    configured = {uuid for kind, uuid in calls if kind == "configure"}
    assert actor.uuid in configured and configured <= {actor.uuid, *crowded}
    assert grid.scene_marker(actor.uuid).pos() == grid.scene_marker(actor.uuid).home


def test_a_drag_paints_the_cells_it_crosses_not_the_whole_grid(session, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    calls: list[tuple[str, object]] = []
    grid = shown_grid(qtbot, session, monkeypatch, calls)
    scene = grid.scene
    actor = next(a for a in stored(session).actors if (a.influence, a.interest) == (5, 3))
    marker = grid.scene_marker(actor.uuid)
    invalidated: list[QRectF] = []
    record_invalidations(monkeypatch, scene, invalidated)
    viewport = grid.view.viewport()
    start = grid.view.mapFromScene(marker.pos())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for cell in [(4, 3), (3, 3), (3, 4)]:
        centre = QPointF(*scene.geometry.cell_rect(*cell).centre)
        QTest.mouseMove(viewport, grid.view.mapFromScene(centre))
        assert scene._drop_cell == cell  # the cell it would land in is marked
    end = grid.view.mapFromScene(QPointF(*scene.geometry.cell_rect(3, 4).centre))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert scene._drop_cell is None
    assert invalidated and not any(rect.isNull() for rect in invalidated)
    whole = scene.sceneRect()
    assert all(rect.width() < whole.width() / 3 for rect in invalidated)  # a cell at a time
    moved = stored(session).actor(actor.uuid)
    assert (moved.influence, moved.interest) == (3, 4)


@pytest.mark.qt_log_ignore("This plugin does not support")  # a tooltip window offscreen
def test_a_markers_tooltip_is_made_when_shown(session, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    calls: list[tuple[str, object]] = []
    made: list[str] = []
    real = grid_scene.ActorMarker.toolTip
    grid = shown_grid(qtbot, session, monkeypatch, calls)
    actor = stored(session).actors[0]
    marker = grid.scene_marker(actor.uuid)
    assert not made
    monkeypatch.setattr(
        ActorMarker, "toolTip", lambda self: (made.append(self.uuid), real(self))[1]
    )
    text = marker.toolTip()
    assert actor.name in text and made == [actor.uuid]
    # Pointed at in the view, the scene shows it.
    point = grid.view.mapFromScene(marker.pos())
    global_point = grid.view.viewport().mapToGlobal(point)
    event = QHelpEvent(QHelpEvent.Type.ToolTip, point, global_point)
    QApplication.sendEvent(grid.view.viewport(), event)
    assert actor.name in QToolTip.text()
    QToolTip.hideText()
    # Names hidden: the tooltip names the number, not the actor.
    grid.set_names_hidden(True)
    assert actor.name not in grid.scene_marker(actor.uuid).toolTip()


@pytest.mark.qt_log_ignore("This plugin does not support")  # a full-screen window offscreen
def test_the_room_screen_lays_its_grid_out_once_at_its_size(window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    # F11: the wall's grid was laid out for every look it was given as it was made, shown and
    # sized (six layouts of every marker, 330 ms on 2,028 actors): now once, at its size, in
    # two parts (see the grid's first show).
    window.workspace.show_page("actors")
    page = window.workspace.actors
    page.show_tab("grid")
    qtbot.waitUntil(page.grid.scene.laid_out)
    layouts: list[tuple[GridScene, tuple[float, float], object]] = []
    real = GridScene.relayout

    def relayout(self, rows=None):  # type: ignore[no-untyped-def]
        layouts.append((self, self._view_size, rows))
        return real(self, rows)

    monkeypatch.setattr(GridScene, "relayout", relayout)
    projector = page.open_projector()
    wall = projector.panel().grid
    qtbot.waitUntil(wall.scene.laid_out)
    on_wall = [(size, rows) for scene, size, rows in layouts if scene is wall.scene]
    size = wall.view.viewport().size()
    assert [s for s, _ in on_wall] == [(size.width(), size.height())] * 2
    assert on_wall[0][1] and on_wall[1][1] is None
    assert len(wall.scene.markers) == len(stored(window.session).actors)
    projector.close()


def test_names_hidden_on_a_large_map_are_placed_in_two_turns(session, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """Every label new (names hidden or shown) on a map of more than SPLIT_AT markers: the top
    rows are placed at once and the rest in the next turn, each marker once; a small change
    (one actor renamed) is placed at once."""
    monkeypatch.setattr(grid_scene, "SPLIT_AT", 5)  # the demo's map stands for a large one
    calls: list[tuple[str, object]] = []
    grid = shown_grid(qtbot, session, monkeypatch, calls)
    calls.clear()
    grid.set_names_hidden(True)
    assert not grid.scene.laid_out()  # the rest waits for the next turn
    layouts = [what[1] for kind, what in calls if kind == "relayout"]  # type: ignore[index]
    assert len(layouts) == 1 and layouts[0]
    qtbot.waitUntil(grid.scene.laid_out)
    layouts = [what[1] for kind, what in calls if kind == "relayout"]  # type: ignore[index]
    assert len(layouts) == 2 and layouts[1] is None
    actors = stored(session).actors
    configured = [uuid for kind, uuid in calls if kind == "configure"]
    placed = [a.uuid for a in actors if a.influence is not None and a.interest is not None]
    assert sorted(configured) == sorted(placed)  # each once
    assert all(grid.scene.markers[u].label.isdigit() for u in placed)  # numbers, every one
    calls.clear()
    actor = next(a for a in actors if a.uuid in grid.scene.markers)
    session.service.set_actor_value(actor.uuid, "next_step", "Ring i morgen")
    grid.rebuild()
    assert grid.scene.laid_out()  # a small change: at once
