"""The actor grid on the room screen: F11 on the actor page puts it on the one projector; at
1024×768 and 1920×1080 the whole grid is on screen (every marker, axis and title) and every
actor reads by its number (names hidden) or its name, crowded cells included."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QWidget

from workshop_app.domain.grid_layout import numbered_slots
from workshop_app.ui.actors.grid import actor_number
from workshop_app.ui.actors.page import ActorsPage
from workshop_app.ui.projector import ActorGridView, PauseView, projector_for

SIZES = [QRect(0, 0, 1024, 768), QRect(0, 0, 1280, 800), QRect(0, 0, 1920, 1080)]
IDS = ["1024x768", "1280x800", "1920x1080"]


def show(projector: Any, view: Any, qtbot: Any, size: QRect) -> Any:
    projector.show(view)
    window = projector.window
    qtbot.waitExposed(window)
    window.showNormal()
    window.setGeometry(size)
    qtbot.waitUntil(lambda: window.size() == size.size(), timeout=2000)
    QApplication.processEvents()  # the layouts' pending requests
    panel = projector.panel()
    grid = getattr(panel, "grid", None)
    if grid is not None:  # a grid places its markers a moment after it is shown
        qtbot.waitUntil(lambda: grid.scene.laid_out(), timeout=2000)
    return panel


@pytest.fixture
def projector(session, qtbot):  # type: ignore[no-untyped-def]
    main = QWidget()
    qtbot.addWidget(main)
    projector = projector_for(main, session)
    yield projector
    projector.close()


def crowd(session: Any, n: int, cell: tuple[int, int] = (4, 2)) -> list[str]:
    """``n`` more actors rated into one cell (stored); their uuids."""
    service = session.service
    uuids = []
    for i in range(n):
        actor = service.new_actor(
            name=f"Ekstra aktør nummer {i} fra Egeby",
            influence=cell[0],
            interest=cell[1],
        )
        session.changed.emit(service.restore_actor(actor))
        uuids.append(actor.uuid)
    return uuids


def assert_whole_grid_on_screen(panel: Any) -> None:
    grid = panel.grid
    viewport = grid.view.viewport()
    shown = grid.view.mapToScene(viewport.rect()).boundingRect().adjusted(-1, -1, 1, 1)
    geometry = grid.scene.geometry
    # Cells, title bands, ticks and axis titles are drawn inside the scene's geometry.
    assert shown.contains(QRectF(0, 0, geometry.width, geometry.height)), (shown, geometry)
    for marker in grid.scene.markers.values():
        assert shown.contains(marker.sceneBoundingRect()), marker.label
    window = panel.window()
    corner = viewport.mapTo(window, viewport.rect().topLeft())
    assert window.rect().contains(QRect(corner, viewport.size()))
    assert not grid.view.horizontalScrollBar().isVisible()
    assert not grid.view.verticalScrollBar().isVisible()


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_numbers_read_on_any_screen_even_in_a_crowded_cell(projector, session, qtbot, size) -> None:
    crowded = crowd(session, 14)
    panel = show(projector, ActorGridView(), qtbot, size)
    assert_whole_grid_on_screen(panel)
    scene = panel.grid.scene
    actors = {a.uuid: a for a in session.service.actor_map().actors}
    placed = [u for u, a in actors.items() if a.influence is not None and a.interest is not None]
    assert set(scene.markers) == set(placed)
    # 14 px on a 1024×768 projector (15 actors in one cell), in proportion on larger ones
    smallest = round(14 * size.height() / 768)
    for uuid, marker in scene.markers.items():
        number = str(actor_number(actors[uuid]))
        if marker.inside:
            assert marker.inside == number
            px = QFontInfo(marker.inside_font()).pixelSize()
        else:
            assert marker.lines == [number], marker.lines  # whole, never cut or a bare dot
            px = scene.label_font(marker.font_scale).pixelSize()
        assert px >= smallest, (number, px)
    assert all(scene.markers[u].inside for u in crowded)  # 15 in one cell: numbers inside


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_names_on_the_wall_are_whole_and_on_screen(projector, session, qtbot, size) -> None:
    panel = show(projector, ActorGridView(names_shown=True), qtbot, size)
    assert_whole_grid_on_screen(panel)
    cut = [m.label for m in panel.grid.scene.markers.values() if any("…" in s for s in m.lines)]
    assert len(cut) <= 1, cut  # the demo's names, all but at most one whole
    for marker in panel.grid.scene.markers.values():
        assert marker.lines, marker.label


def test_numbered_slots_fill_the_cell_without_overlap() -> None:
    slots = numbered_slots(15, 180, 100, 20)
    assert len(slots) == 15
    for a in slots:
        r = a.diameter / 2
        assert r <= a.x <= 180 - r and r <= a.y <= 100 - r
    for a, b in itertools.combinations(slots, 2):
        assert (a.x - b.x) ** 2 + (a.y - b.y) ** 2 >= a.diameter**2 * 0.99
    assert slots[0].diameter >= 20  # as large as the cell allows, not a dot


def test_no_tooltips_or_controls_on_the_wall(projector, session, qtbot) -> None:
    panel = show(projector, ActorGridView(), qtbot, QRect(0, 0, 1024, 768))
    grid = panel.grid
    assert not grid.toolbar.isVisible() and not grid.legend.isVisible()
    assert not grid.view.toolTip()
    assert all(not m.toolTip() for m in grid.scene.markers.values())
    assert not grid.view.isInteractive()  # nothing to drag on the wall


def test_f11_on_the_actor_page_uses_the_one_projector(session, open_page, qtbot) -> None:
    page = open_page(ActorsPage)
    page.show_tab("grid")
    grid = page.grid
    assert not grid.names_hidden()
    projector = projector_for(page, session)
    projector.show(PauseView())
    grid.projector_action.trigger()  # F11's action
    assert projector.window is not None and projector.is_open()
    assert projector.current_view() == ActorGridView(names_shown=False)
    panel = projector.panel()
    qtbot.waitUntil(grid.names_hidden)  # hidden on the wall by default, and on the page after
    assert projector.panel() is panel  # the wall was not made again for the page following
    window = projector.window
    grid.set_relations_visible(True)  # the wall follows the page's options
    assert projector.current_view() == ActorGridView(names_shown=False, relations=True)
    assert projector.window is window  # still the one window
    grid.set_names_hidden(False)  # the facilitator shows the names on purpose
    assert projector.current_view().names_shown
    grid.projector_action.trigger()  # F11 again: off the wall
    assert not projector.is_open()
