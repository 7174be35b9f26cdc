"""The grid on screen and the actor-map PDF draw each category with the same colour and shape,
both from domain/palette.py (issue 12, item 10)."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.shapes import Circle, Polygon
from reportlab.lib import colors

from workshop_app.domain.palette import category_style, shape_points
from workshop_app.domain.vocabulary import ACTOR_CATEGORIES
from workshop_app.export.actor_map import ActorMapLabels, grid_drawing
from workshop_app.services.project_service import new_project
from workshop_app.ui.actors.grid import ActorGrid
from workshop_app.ui.session import ProjectSession


def _project(path: Path):  # type: ignore[no-untyped-def]
    """One actor per preset category and per custom category, rated in turns over the grid."""
    service = new_project(path, "Farver")
    customs = []
    for n in range(3):
        custom = service.new_category(f"Egen {n}")
        service.restore_category(custom)
        customs.append(custom.uuid)
    for index, category in enumerate((*ACTOR_CATEGORIES, *customs)):
        actor = service.new_actor(
            name=f"A{index}", category=category, influence=1 + index % 5, interest=1 + index // 5
        )
        service.restore_actor(actor)
    return service, tuple(customs)


def _walk(node):  # type: ignore[no-untyped-def]
    for item in getattr(node, "contents", ()):
        yield item
        yield from _walk(item)


def test_grid_and_pdf_use_the_same_colour_and_shape_per_category(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    service, customs = _project(tmp_path / "p.bymidte")
    session = ProjectSession(service)
    try:
        grid = ActorGrid(session)
        qtbot.addWidget(grid)
        grid.resize(1300, 760)
        grid.show()
        grid.rebuild()
        actor_map = service.actor_map()
        drawing, markers = grid_drawing(actor_map, ActorMapLabels(), 800, 500)
        shapes = [s for s in _walk(drawing) if isinstance(s, Circle | Polygon)]
        by_uuid = {m.actor_uuid: m for m in markers}
        seen_styles = set()
        for actor in actor_map.actors:
            style = category_style(actor.category, customs)
            seen_styles.add(style)
            # on screen
            marker = grid.scene.markers[actor.uuid]
            assert (marker.fill.name(), marker.shape_name) == style, actor.category
            # in the PDF: the shape drawn on the marker's centre
            m = by_uuid[actor.uuid]
            drawn = [
                s
                for s in shapes
                if s.getBounds()[0] < m.x < s.getBounds()[2]
                and s.getBounds()[1] < m.y < s.getBounds()[3]
            ]
            assert len(drawn) == 1, actor.category
            if style.shape == "circle":
                assert isinstance(drawn[0], Circle)
            else:
                assert isinstance(drawn[0], Polygon)
                assert len(drawn[0].points) == 2 * len(shape_points(style.shape))
            assert drawn[0].fillColor.hexval() == colors.HexColor(style.colour).hexval()
        assert len(seen_styles) == len(actor_map.actors)  # every category its own look
    finally:
        session.close()
