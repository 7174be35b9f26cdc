"""Phase 2, the power/interest grid: layout, dragging and keys with undo, clamping, hidden names,
the relations and comparison overlays, read-only projects and the projector view."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsTextItem, QLabel

from workshop_app.domain.grid_layout import cell_slots
from workshop_app.domain.moves import compare_moves
from workshop_app.ui import commands
from workshop_app.ui.actors.grid import ActorGrid
from workshop_app.ui.actors.grid_scene import Connector, Metrics, grid_geometry
from workshop_app.ui.projector import projector_for
from workshop_app.ui.session import ProjectSession


def stored(session):
    return session.service.actor_map()


def make_grid(qtbot, session, size=(1100, 720)) -> ActorGrid:
    grid = ActorGrid(session)
    qtbot.addWidget(grid)
    grid.resize(*size)
    grid.show()
    qtbot.waitExposed(grid)
    grid.fit()
    return grid


def viewport_point(grid: ActorGrid, scene_point: QPointF) -> QPoint:
    return grid.view.mapFromScene(scene_point)


def drag(grid: ActorGrid, start: QPointF, end: QPointF) -> None:
    viewport = grid.view.viewport()
    a, b = viewport_point(grid, start), viewport_point(grid, end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    QTest.mouseMove(viewport, (a + b) / 2)
    QTest.mouseMove(viewport, b)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def cell_centre(grid: ActorGrid, influence: int, interest: int) -> QPointF:
    return QPointF(*grid.scene.geometry.cell_rect(influence, interest).centre)


def actor_at(session, influence: int, interest: int):
    return next(
        a for a in stored(session).actors if (a.influence, a.interest) == (influence, interest)
    )


# -- pure layout -------------------------------------------------------------------------------


def test_cells_follow_the_ratings() -> None:
    g = grid_geometry(1000, 700, Metrics())
    top_right = g.cell_rect(5, 5)
    bottom_left = g.cell_rect(1, 1)
    assert top_right.x > bottom_left.x and top_right.y < bottom_left.y
    assert top_right.w == pytest.approx(g.cell_w) and top_right.h == pytest.approx(g.cell_h)
    assert g.width <= 1000 + 1e-6 and g.height <= 700 + 1e-6
    for influence in range(1, 6):
        for interest in range(1, 6):
            assert g.cell_at(*g.cell_rect(influence, interest).centre) == (influence, interest)
    # outside the cells clamps to the nearest rating
    assert g.cell_at(-500, -500) == (5, 1)
    assert g.cell_at(5000, 5000) == (1, 5)
    # the split between low and high lies between 2 and 3
    manage = g.quadrant_rect("manage_closely")
    assert manage.x == pytest.approx(g.cell_rect(3, 3).x)
    assert manage.bottom == pytest.approx(g.cell_rect(3, 3).bottom)
    # a tiny view still gets readable cells (the view scrolls)
    small = grid_geometry(100, 50, Metrics())
    assert small.cell_w >= Metrics().label_px * 8


@pytest.mark.parametrize("n", [1, 2, 4, 5, 9, 17, 60])
def test_actors_in_one_cell_get_distinct_places_inside_it(n: int) -> None:
    width, height = 190.0, 110.0
    slots = cell_slots(n, width, height, line_h=16, marker_d=16)
    assert len(slots) == n
    assert len({(round(s.x, 3), round(s.y, 3)) for s in slots}) == n
    for s in slots:
        assert s.diameter / 2 <= s.x <= width - s.diameter / 2 + 1e-6
        assert s.diameter / 2 <= s.y <= height - s.diameter / 2 + 1e-6
        assert s.x + s.diameter / 2 + s.label_width <= width + 1e-6
    # rows never overlap: markers in one column are at least a line apart
    columns: dict[float, list[float]] = {}
    for s in slots:
        columns.setdefault(round(s.x, 3), []).append(s.y)
    for ys in columns.values():
        ys.sort()
        least = min(slots[0].diameter, 16 * slots[0].scale)
        assert all(b - a >= least for a, b in itertools.pairwise(ys))
    assert cell_slots(0, width, height, 16, 16) == []


def test_compare_moves_is_a_pure_function(session) -> None:
    actor_map = stored(session)
    first, second = actor_map.assessments
    moves = compare_moves(actor_map, first.uuid, second.uuid)
    before = {r.actor_uuid: (r.influence, r.interest) for r in first.ratings}
    after = {r.actor_uuid: (r.influence, r.interest) for r in second.ratings}
    assert {m[0] for m in moves} == {u for u in before if before[u] != after.get(u, before[u])}
    assert all(m[1] == before[m[0]] and m[2] == after[m[0]] for m in moves)
    assert compare_moves(actor_map, "no-such-uuid") == []


# -- the widget --------------------------------------------------------------------------------


def test_one_marker_per_actor_with_distinct_positions(session, qtbot) -> None:
    grid = make_grid(qtbot, session)
    actors = stored(session).actors
    assert len(actors) > 1
    assert len(grid.scene.markers) == len(actors)
    assert {grid.scene_marker(a.uuid).actor.uuid for a in actors} == {a.uuid for a in actors}
    positions = {(round(m.pos().x()), round(m.pos().y())) for m in grid.scene.markers.values()}
    assert len(positions) == len(actors)
    for actor in actors:
        marker = grid.scene_marker(actor.uuid)
        cell = grid.scene.geometry.cell_rect(actor.influence, actor.interest)
        assert cell.x <= marker.pos().x() <= cell.right
        assert cell.y <= marker.pos().y() <= cell.bottom
        assert actor.name in marker.toolTip()
    crowded = [a for a in actors if (a.influence, a.interest) == (2, 3)]
    assert len(crowded) == 4
    assert all(grid.scene_marker(a.uuid).lines for a in crowded)  # every one labelled


def test_drag_rates_the_actor_in_one_undo_step(session, qtbot) -> None:
    grid = make_grid(qtbot, session)
    actor = actor_at(session, 5, 3)
    marker = grid.scene_marker(actor.uuid)
    chosen: list[str] = []
    grid.actor_selected.connect(chosen.append)
    undo = session.undo_stack
    steps = undo.count()

    drag(grid, marker.pos(), cell_centre(grid, 2, 5))

    moved = stored(session).actor(actor.uuid)
    assert (moved.influence, moved.interest) == (2, 5)
    assert undo.count() == steps + 1
    assert chosen == [actor.uuid]
    assert grid.selected_uuid() == actor.uuid  # kept across the rebuild
    cell = grid.scene.geometry.cell_rect(2, 5)
    assert cell.x <= marker.pos().x() <= cell.right and cell.y <= marker.pos().y() <= cell.bottom

    undo.undo()
    back = stored(session).actor(actor.uuid)
    assert (back.influence, back.interest) == (5, 3)
    assert grid.scene_marker(actor.uuid).pos() == marker.home
    undo.redo()
    assert (
        stored(session).actor(actor.uuid).influence,
        stored(session).actor(actor.uuid).interest,
    ) == (2, 5)


def test_a_click_without_moving_changes_nothing(session, qtbot) -> None:
    grid = make_grid(qtbot, session)
    actor = actor_at(session, 5, 3)
    steps = session.undo_stack.count()
    point = viewport_point(grid, grid.scene_marker(actor.uuid).pos())
    QTest.mouseClick(grid.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert grid.selected_uuid() == actor.uuid
    assert session.undo_stack.count() == steps


def test_dragging_outside_the_grid_clamps_to_the_edge(session, qtbot) -> None:
    grid = make_grid(qtbot, session)
    actor = actor_at(session, 5, 3)
    g = grid.scene.geometry
    # into the axis area left of and below the cells
    drag(grid, grid.scene_marker(actor.uuid).pos(), QPointF(2, g.height - 2))
    moved = stored(session).actor(actor.uuid)
    assert (moved.influence, moved.interest) == (1, 1)


def test_arrow_keys_move_the_selected_actor_with_undo(session, qtbot) -> None:
    grid = make_grid(qtbot, session)
    actor = actor_at(session, 5, 3)
    undo = session.undo_stack
    steps = undo.count()
    grid.select(actor.uuid)
    grid.view.setFocus()

    QTest.keyClick(grid.view, Qt.Key.Key_Right)
    QTest.keyClick(grid.view, Qt.Key.Key_Down)
    QTest.keyClick(grid.view, Qt.Key.Key_Down)
    moved = stored(session).actor(actor.uuid)
    assert (moved.influence, moved.interest) == (3, 4)
    assert undo.count() == steps + 3
    assert grid.selected_uuid() == actor.uuid

    QTest.keyClick(grid.view, Qt.Key.Key_Up)
    QTest.keyClick(grid.view, Qt.Key.Key_Up)
    QTest.keyClick(grid.view, Qt.Key.Key_Up)  # already at 5: held at the edge, no step
    assert stored(session).actor(actor.uuid).influence == 5
    assert undo.count() == steps + 5

    for _ in range(5):
        undo.undo()
    back = stored(session).actor(actor.uuid)
    assert (back.influence, back.interest) == (5, 3)


def test_tab_cycles_through_actors_in_register_order(session, qtbot) -> None:
    grid = make_grid(qtbot, session)
    actors = stored(session).actors
    chosen: list[str] = []
    grid.actor_selected.connect(chosen.append)
    grid.view.setFocus()
    assert grid.cycle()
    assert grid.cycle()
    assert chosen == [actors[0].uuid, actors[1].uuid]
    assert grid.cycle(forward=False)
    assert grid.selected_uuid() == actors[0].uuid
    assert not grid.cycle(forward=False)  # past the first: focus may leave the grid
    assert grid.selected_uuid() is None
    grid.select(actors[-1].uuid)
    assert not grid.cycle()


def test_zoom_and_fit(session, qtbot) -> None:
    grid = make_grid(qtbot, session)
    grid.view.setFocus()
    QTest.keyClick(grid.view, Qt.Key.Key_Plus)
    assert grid.view.zoom > 1 and not grid.view.fit_mode
    grid.zoom_out()
    grid.zoom_out()
    assert grid.view.zoom < 1
    QTest.keyClick(grid.view, Qt.Key.Key_0)
    assert grid.view.zoom == 1 and grid.view.fit_mode
    viewport = grid.view.viewport().size()
    assert grid.scene.sceneRect().width() <= viewport.width() + 1


@pytest.mark.parametrize("size", [(760, 600), (520, 420)], ids=["shrinks", "scrolls"])
def test_fit_shrinks_the_grid_into_a_small_view(session, qtbot, size) -> None:
    """Fit makes the grid smaller (down to 75 %) before it scrolls, and settles: the scroll
    bars it may need do not make it lay out again and again."""
    grid = make_grid(qtbot, session, size)
    base = grid.scene.base_metrics.label_px
    metrics = grid.scene.look.metrics
    assert metrics.label_px < base  # smaller than on a roomy screen
    assert metrics.label_px >= 0.75 * base - 1e-6
    viewport = grid.view.viewport().size()
    fits = grid.scene.sceneRect().width() <= viewport.width()
    fits = fits and grid.scene.sceneRect().height() <= viewport.height()
    assert fits == (size == (760, 600))
    assert not fits or not grid.view.horizontalScrollBar().isVisible()


def test_hidden_names_appear_nowhere_in_the_grid(session, qtbot) -> None:
    grid = make_grid(qtbot, session)
    grid.set_relations_visible(True)
    actor_map = stored(session)
    grid.set_compare(actor_map.assessments[0].uuid)
    grid.set_names_hidden(True)
    assert grid.names_action.isChecked()
    names = [a.name for a in actor_map.actors]
    texts: list[str] = []
    for item in grid.scene.items():
        texts.append(item.toolTip())
        if isinstance(item, QGraphicsSimpleTextItem | QGraphicsTextItem):
            texts.append(item.text() if isinstance(item, QGraphicsSimpleTextItem) else "")
    for marker in grid.scene.markers.values():
        texts.append(marker.label)
        texts.extend(marker.lines)
        assert marker.label == str(marker.actor.position + 1)
    texts.extend(label.text() for label in grid.findChildren(QLabel))
    texts.extend(label.toolTip() for label in grid.findChildren(QLabel))
    texts.append(grid.view.accessibleDescription())
    grid.select(actor_map.actors[0].uuid)
    texts.append(grid.view.accessibleDescription())
    joined = "\n".join(texts)
    assert "No. 1" in joined
    for name in names:
        assert name not in joined

    grid.set_names_hidden(False)
    assert grid.scene_marker(actor_map.actors[0].uuid).label == actor_map.actors[0].name


def test_relations_overlay_draws_one_line_per_relation(session, qtbot) -> None:
    grid = make_grid(qtbot, session)
    assert not [i for i in grid.scene.items() if isinstance(i, Connector)]
    grid.relations_action.trigger()
    relations = stored(session).relations
    lines = [i for i in grid.scene.items() if isinstance(i, Connector)]
    assert len(lines) == len(relations) == 7
    kinds = sorted(line.data(0) for line in lines)
    assert kinds == sorted(r.kind for r in relations)
    assert all(line.dashed == (line.data(0) == "conflict") for line in lines)
    assert all(line.arrow == (line.data(0) == "dependency") for line in lines)
    # a dependency's arrow runs from its source to its target
    dependency = next(r for r in relations if r.kind == "dependency")
    line = next(x for x in lines if (x.source, x.target) == (dependency.source, dependency.target))
    assert line.start == grid.scene_marker(dependency.source).pos()
    assert line.end == grid.scene_marker(dependency.target).pos()
    grid.relations_action.trigger()
    assert not [i for i in grid.scene.items() if isinstance(i, Connector)]


def test_compare_draws_arrows_for_moved_actors_only(session, qtbot) -> None:
    grid = make_grid(qtbot, session)
    service = session.service
    service.save_assessment("x", dt.date(2027, 3, 2))
    actor = actor_at(session, 5, 3)
    commands.rate_actor(session, actor.uuid, (5, 3), (4, 2))  # rebuilds the grid
    saved = next(a for a in stored(session).assessments if a.label == "x")

    grid.compare_action.trigger()
    index = grid.compare_from.findData(saved.uuid)
    assert index >= 0
    grid.compare_from.setCurrentIndex(index)
    assert grid.compare_to.currentData() == ""  # now
    arrows = [i for i in grid.scene.items() if isinstance(i, Connector)]
    assert [(a.data(0), a.target) for a in arrows] == [("move", actor.uuid)]
    assert arrows[0].end == grid.scene_marker(actor.uuid).pos()
    old_cell = grid.scene.geometry.cell_rect(5, 3)
    assert old_cell.x <= arrows[0].start.x() <= old_cell.right

    # a new actor, missing in the saved assessment, gets no arrow (nor a marker: unrated)
    new_uuid = commands.add_actor(session, "Ny aktør")
    assert new_uuid not in grid.scene.markers
    assert len([i for i in grid.scene.items() if isinstance(i, Connector)]) == 1

    grid.compare_action.trigger()
    assert not [i for i in grid.scene.items() if isinstance(i, Connector)]


def test_read_only_project_cannot_be_dragged(qtbot, demo_file: Path) -> None:
    from workshop_app.services.project_service import open_project

    service = open_project(demo_file, read_only=True)
    session = ProjectSession(service)
    try:
        grid = make_grid(qtbot, session)
        actor = next(a for a in service.actor_map().actors if (a.influence, a.interest) == (5, 3))
        marker = grid.scene_marker(actor.uuid)
        home = QPointF(marker.pos())
        drag(grid, home, cell_centre(grid, 1, 1))
        assert marker.pos() == home
        grid.select(actor.uuid)
        grid.view.setFocus()
        QTest.keyClick(grid.view, Qt.Key.Key_Left)
        after = service.actor_map().actor(actor.uuid)
        assert (after.influence, after.interest) == (5, 3)
        assert session.undo_stack.count() == 0
        assert "read-only" in grid.view.toolTip()
    finally:
        session.close()


def test_f11_puts_the_grid_on_the_room_screen_and_esc_closes_it(window, qtbot) -> None:
    session = window.session  # the room screen is the main window's: this test needs it
    window.workspace.show_page("actors")
    page = window.workspace.actors
    page.show_tab("grid")
    grid = page.grid
    # The grid places its markers a moment after the tab shows (once it has its size).
    qtbot.waitUntil(lambda: len(grid.scene.markers) == len(stored(session).actors))
    with qtbot.waitSignal(grid.projector_requested, timeout=2000):
        grid.projector_action.trigger()
    projector = projector_for(window, session)  # the one projector of the window
    room = projector.window
    assert room is not None
    qtbot.waitExposed(room)
    assert room.isVisible() and room.isWindow() and room.isFullScreen()
    assert room.windowFlags() & Qt.WindowType.FramelessWindowHint
    wall = projector.panel().grid
    assert wall.names_hidden()  # hidden by default, on both: on the page a turn later
    qtbot.waitUntil(grid.names_hidden)
    assert projector.panel().grid is wall  # the page following did not make the wall again
    qtbot.waitUntil(wall.scene.laid_out)  # its markers placed a moment after it shows
    assert wall.scene.look.metrics.label_px >= 1.7 * grid.scene.look.metrics.label_px
    assert len(wall.scene.markers) == len(stored(session).actors)

    actor = actor_at(session, 5, 3)  # a move on the laptop shows on the wall
    grid.select(actor.uuid)
    grid.view.setFocus()
    QTest.keyClick(grid.view, Qt.Key.Key_Left)
    assert stored(session).actor(actor.uuid).interest == 2
    assert projector.panel().grid.scene_marker(actor.uuid).actor.interest == 2
    session.undo_stack.undo()

    QTest.keyClick(room, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not projector.is_open(), timeout=2000)


def test_assessments_window_saves_and_compares(session, qtbot) -> None:
    import datetime as dt

    from workshop_app.ui.actors.assessments import AssessmentList

    grid = ActorGrid(session)
    qtbot.addWidget(grid)
    dialog = grid.open_assessments()
    listing = dialog.findChild(AssessmentList)
    assert listing is not None
    before = len(session.service.actor_map().assessments)
    listing._ask = lambda *_a: ("After the walk", dt.date(2027, 1, 5))
    listing.save_button.click()
    saved = session.service.actor_map().assessments
    assert len(saved) == before + 1
    listing.assessment_activated.emit(saved[0].uuid)
    assert grid.options.compare and grid.options.compare_from == saved[0].uuid
    assert grid.open_assessments() is dialog  # one session, raised again


def test_print_on_the_grid_opens_the_actor_map_preview(window, qtbot) -> None:
    window.workspace.show_page("actors")
    page = window.workspace.actors
    page.show_tab("grid")
    assert page.grid is not None
    # Pressed at once, as the grid shows. (The suite crashed here now and then while the
    # preview was made: the progress dialog's own setValue ran the build's end inside it; see
    # test_progress_shown_does_not_run_other_events_inside_it.)
    page.grid.print_action.trigger()
    exports = window.workspace.exports
    qtbot.waitUntil(
        lambda: exports.actor_map_flow is not None and exports.actor_map_flow.preview is not None,
        timeout=20000,
    )
    assert exports.actor_map_flow.preview.page_count() >= 2
    exports.actor_map_flow.preview.close()


def test_numbers_stay_readable_where_names_do_not_fit() -> None:
    from workshop_app.ui.actors.grid_scene import cell_slots

    # A crowded cell on a small screen: names give way to bare dots, numbers still fit.
    names = cell_slots(8, 100, 80, 16, 12)
    numbers = cell_slots(8, 100, 80, 16, 12, min_label=1.6)
    assert all(slot.lines == 0 for slot in names)
    assert all(slot.lines >= 1 for slot in numbers)


def test_fitting_metrics_shrink_all_sizes_alike_until_the_grid_fits() -> None:
    from workshop_app.domain.grid_layout import fitting_metrics

    big = Metrics(label_px=40, title_px=60, axis_px=38, marker_d=46)
    fitted = fitting_metrics(1024, 700, big, 0.1)
    geometry = grid_geometry(1024, 700, fitted)
    assert geometry.width <= 1024.5 and geometry.height <= 700.5
    ratio = fitted.label_px / big.label_px
    assert ratio < 1
    assert fitted.title_px == pytest.approx(big.title_px * ratio)
    assert fitted.marker_d == pytest.approx(big.marker_d * ratio)
    assert fitting_metrics(1024, 700, big, 0.9).label_px == pytest.approx(36)  # the floor
    assert fitting_metrics(4000, 3000, big, 0.1) == big  # room enough: unchanged


def test_roomy_slots_take_a_smaller_type_before_cutting_a_name() -> None:
    from workshop_app.domain.grid_layout import roomy_slots

    metrics = Metrics(label_px=20, title_px=30, axis_px=19, marker_d=23)

    def advance(text: str, scale: float) -> float:  # 0.55 em per character
        return len(text) * 20 * scale * 0.55

    names = ["Egeby Handelsstandsforening", "Citychef for Egeby"]
    wide = cell_slots(2, 180, 100, metrics.line_h, metrics.marker_d)
    slots = roomy_slots(names, 180, 100, metrics, advance)
    first = slots[0]
    assert first.scale < wide[0].scale  # smaller than the shared rule's first choice
    assert advance("Handelsstandsforening", first.scale) <= first.label_width
    assert advance(names[0], first.scale) <= first.label_width * first.lines
