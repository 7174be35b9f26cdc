"""The crowded-cell layout both renderers share is unit-free, and compare_moves is plain domain
logic (issue 11, item 6)."""

from __future__ import annotations

import pytest

from workshop_app.domain.actors import Actor, ActorMap, Assessment, Rating
from workshop_app.domain.grid_layout import NUMBER_LINES, cell_slots
from workshop_app.domain.moves import NOW, compare_moves


@pytest.mark.parametrize("n", [1, 2, 5, 9, 17, 60])
@pytest.mark.parametrize("scale", [0.5, 2.0, 3.7])
def test_the_layout_scales_with_its_units(n: int, scale: float) -> None:
    for min_label in (3.5, NUMBER_LINES):
        base = cell_slots(n, 190.0, 110.0, 16.0, 16.0, min_label)
        scaled = cell_slots(n, 190.0 * scale, 110.0 * scale, 16.0 * scale, 16.0 * scale, min_label)
        assert len(base) == len(scaled) == n
        for a, b in zip(base, scaled, strict=True):
            assert (b.x, b.y, b.diameter, b.label_width) == pytest.approx(
                (a.x * scale, a.y * scale, a.diameter * scale, a.label_width * scale)
            )
            assert (b.lines, b.scale) == (a.lines, a.scale)


def test_compare_moves_between_assessments_and_since_one() -> None:
    import datetime as dt

    a = Actor("a", 0, name="A", influence=5, interest=5)
    b = Actor("b", 1, name="B", influence=2, interest=2)
    c = Actor("c", 2, name="C", influence=1, interest=1)  # not in the first assessment
    first = Assessment(
        "first", dt.date(2026, 1, 1), ratings=(Rating("a", 1, 1, 0), Rating("b", 2, 2, 0))
    )
    second = Assessment(
        "second", dt.date(2026, 2, 1), ratings=(Rating("a", 3, 3, 0), Rating("b", 2, 2, 0))
    )
    actor_map = ActorMap(actors=(a, b, c), assessments=(first, second))
    assert compare_moves(actor_map, "first") == [("a", (1, 1), None)]
    assert compare_moves(actor_map, "first", NOW) == [("a", (1, 1), None)]
    assert compare_moves(actor_map, "first", "second") == [("a", (1, 1), (3, 3))]
    assert compare_moves(actor_map, "second", "first") == [("a", (3, 3), (1, 1))]
    assert compare_moves(actor_map, "nope") == []
    assert compare_moves(actor_map, "first", "nope") == []
