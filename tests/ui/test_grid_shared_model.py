"""The grid on screen and the actor-map PDF draw from one model (issue 11, item 6): the same
crowded-cell layout (``domain/grid_layout``) and the same quadrant and sentiment colours
(``domain/palette``)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from reportlab.graphics.shapes import Rect, String
from reportlab.lib import colors

from workshop_app.domain.actors import QUADRANTS, Actor, ActorMap, quadrant
from workshop_app.domain.grid_layout import NAME_LINES, cell_slots
from workshop_app.domain.palette import (
    PROJECTOR_QUADRANT_INKS,
    PROJECTOR_QUADRANT_TINTS,
    QUADRANT_INKS,
    QUADRANT_TINTS,
    SENTIMENT_COLOURS,
)
from workshop_app.export import charts as pdf_charts
from workshop_app.export.actor_map import (
    _LABEL_LEADING,
    MARKER_RADIUS,
    ActorMapLabels,
    Plot,
    grid_drawing,
    place_markers,
)
from workshop_app.ui.actors.grid_scene import GridScene, GridStyle, MarkerData, Metrics, Overlay
from workshop_app.ui.trials import charts as screen_charts

#: The screen drawn K times as large as the paper, in the paper's proportions.
K = 2.0


def _uuid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def _crowd(n: int) -> list[Actor]:
    return [
        Actor(_uuid(i), i, name=f"Aktør med et langt navn {i}", influence=3, interest=4)
        for i in range(n)
    ]


def _walk(node):  # type: ignore[no-untyped-def]
    for item in getattr(node, "contents", ()):
        yield item
        yield from _walk(item)


@pytest.mark.parametrize("n", [1, 3, 7, 12, 30])
def test_screen_and_paper_lay_out_a_crowded_cell_alike(qtbot, n: int) -> None:  # type: ignore[no-untyped-def]
    actors = _crowd(n)
    # The screen in the paper's proportions: line height and marker K times the PDF's.
    line_h = K * _LABEL_LEADING
    style = GridStyle(Metrics(label_px=line_h / 1.25, marker_d=K * 2 * MARKER_RADIUS))
    scene = GridScene(style, QFont())
    scene.set_size(1400, 900)
    scene.set_content(
        [MarkerData(a, "#0072b2", "circle", a.name, a.name) for a in actors], Overlay()
    )
    cell = scene.geometry.cell_rect(3, 4)
    plot = Plot(0, 0, 5 * cell.w / K, 5 * cell.h / K)
    markers = place_markers(actors, plot)
    left, bottom = plot.cell(4, 3)
    top = bottom + plot.cell_height
    expected = cell_slots(n, cell.w, cell.h, line_h, K * 2 * MARKER_RADIUS, NAME_LINES)
    for actor, marker, slot in zip(actors, markers, expected, strict=True):
        home = scene.markers[actor.uuid].home
        on_screen = ((home.x() - cell.x) / K, (home.y() - cell.y) / K)
        on_paper = (marker.x - left, top - marker.y)  # y flipped: ReportLab's y points up
        assert on_screen == pytest.approx(on_paper, abs=1e-6)
        assert on_screen == pytest.approx((slot.x / K, slot.y / K), abs=1e-6)
        assert slot.diameter / K == pytest.approx(2 * marker.radius)
        assert bool(marker.label) == (slot.lines > 0)
    scene.clear()


def test_quadrant_colours_come_from_the_domain_on_screen_and_paper() -> None:
    assert GridStyle.normal(13).tints == QUADRANT_TINTS
    assert GridStyle.normal(13).titles == QUADRANT_INKS
    assert GridStyle.projector(13).tints == PROJECTOR_QUADRANT_TINTS
    assert GridStyle.projector(13).titles == PROJECTOR_QUADRANT_INKS
    labels = ActorMapLabels()
    drawing, _ = grid_drawing(ActorMap(), labels, 800, 500)
    fills = {s.fillColor.hexval() for s in _walk(drawing) if isinstance(s, Rect) and s.fillColor}
    for key in QUADRANTS:
        assert colors.HexColor(QUADRANT_TINTS[key]).hexval() in fills, key
    inks = {
        s.text: s.fillColor.hexval() for s in _walk(drawing) if isinstance(s, String) and s.text
    }
    for influence, interest in ((5, 1), (5, 5), (1, 1), (1, 5)):
        key = quadrant(influence, interest)
        assert inks[labels.quadrants[key]] == colors.HexColor(QUADRANT_INKS[key]).hexval(), key


def test_sentiment_colours_come_from_the_domain_on_screen_and_paper() -> None:
    assert screen_charts.SENTIMENT_COLORS == SENTIMENT_COLOURS
    assert set(pdf_charts.SENTIMENT_FILLS) == set(SENTIMENT_COLOURS)
    for key, colour in SENTIMENT_COLOURS.items():
        assert pdf_charts.SENTIMENT_FILLS[key].hexval() == colors.HexColor(colour).hexval()
