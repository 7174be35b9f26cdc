"""Phase 2 of the demo: about 25 actors, relations, two dated assessments and a plan.

The content is ``actors.json`` (see ``data.py`` for its conventions): actors by slug with
their fields (``custom_category``: the slug of one of the demo's own categories), relations
and plan entries naming actors by slug, and per earlier assessment the ratings that differed
then (influence, interest, attitude); every other actor was rated as it is now.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from workshop_app.domain import actors
from workshop_app.services.demo_data.data import load, rows
from workshop_app.services.demo_data.ids import _id


def _actor(position: int, entry: dict[str, Any]) -> actors.Actor:
    fields = {key: value for key, value in entry.items() if key not in ("slug", "custom_category")}
    if "custom_category" in entry:
        fields["category"] = _id(f"category/{entry['custom_category']}")
    actor = actors.Actor(uuid=_id(f"actor/{entry['slug']}"), position=position, **fields)
    return actors.check_actor(actor)


def _assessment(entry: dict[str, Any], register: tuple[actors.Actor, ...]) -> actors.Assessment:
    earlier = {_id(f"actor/{slug}"): values for slug, values in entry["ratings"].items()}
    ratings = tuple(
        actors.Rating(a.uuid, *earlier.get(a.uuid, (a.influence, a.interest, a.attitude)))
        for a in register
    )
    uuid = _id(f"assessment/{entry['slug']}")
    return actors.check_assessment(actors.Assessment(uuid, entry["date"], entry["label"], ratings))


def demo_actors(today: dt.date) -> actors.ActorMap:
    """Egeby's actors, relations, two assessments and an engagement plan."""
    data = load("actors", today)
    register = tuple(_actor(position, entry) for position, entry in enumerate(data["actors"]))
    relations = tuple(
        actors.check_relation(
            actors.Relation(_id(f"relation/{n}"), _id(f"actor/{r['source']}"),
                            _id(f"actor/{r['target']}"), r["kind"], r["note"])
        )
        for n, r in enumerate(rows(data["relations"]))
    )  # fmt: skip
    plan = tuple(
        actors.check_plan_entry(
            actors.PlanEntry(_id(f"plan/{n}"), _id(f"actor/{p['actor']}"), p["method"], p["when"],
                             p["responsible"], p["note"])
        )
        for n, p in enumerate(rows(data["plan"]))
    )  # fmt: skip
    categories = tuple(
        actors.CustomCategory(_id(f"category/{c['slug']}"), c["name"]) for c in data["categories"]
    )
    assessments = tuple(_assessment(entry, register) for entry in data["assessments"])
    return actors.canonical(actors.ActorMap(register, categories, relations, assessments, plan))
