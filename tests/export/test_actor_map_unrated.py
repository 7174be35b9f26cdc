"""The actor-map PDF leaves unrated actors off the grid and lists them (issue 12, item 9)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

from export_helpers import flat_text

from workshop_app.domain.actors import Actor, ActorMap
from workshop_app.export.actor_map import ActorMapLabels, grid_drawing, write_actor_map
from workshop_app.services.demo import demo_snapshot

TODAY = dt.date(2027, 3, 1)


# -- the actor-map PDF -------------------------------------------------------------------------


def _map_with_unrated() -> ActorMap:
    return ActorMap(
        actors=(
            Actor("00000000-0000-4000-8000-000000000001", 0, name="Rated", influence=4, interest=4),
            Actor("00000000-0000-4000-8000-000000000002", 1, name="Vurderes senere"),
        )
    )


def test_the_pdf_draws_only_placed_actors_and_lists_the_others() -> None:
    actor_map = _map_with_unrated()
    _drawing, markers = grid_drawing(actor_map, ActorMapLabels(), 700, 400)
    assert [m.number for m in markers] == [1]
    snapshot = dataclasses.replace(demo_snapshot(TODAY), actors=actor_map)
    buffer = io.BytesIO()
    write_actor_map(snapshot, ActorMapLabels(), buffer, today=TODAY, with_names=True)
    text = flat_text(buffer.getvalue())
    assert "Not yet placed on the grid" in text and "2 Vurderes senere" in text
    assert "High influence without a next step: 1 Rated" in text
