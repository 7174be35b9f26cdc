"""Phase 2 in the JSON exchange format (version 3): round trips, rules, references, version 2."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.exchange.older import as_version_5
from workshop_app.domain.actors import ACTOR_FIELDS, Actor, ActorMap, PlanEntry, Relation
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.exchange.json_format import (
    ACTOR_KEYS,
    PLAN_KEYS,
    RELATION_KEYS,
    VERSION,
    dumps,
    loads,
    to_data,
)
from workshop_app.services.demo import demo_snapshot
from workshop_app.services.project_service import create_project

TODAY = dt.date(2027, 3, 1)


def problem_of(data: object) -> str:
    with pytest.raises(KnownError) as info:
        loads(json.dumps(data))
    assert info.value.kind is ErrorKind.BAD_JSON
    return str(info.value.details["problem"])


def demo_data() -> dict[str, Any]:
    return to_data(demo_snapshot(TODAY))


def test_the_demo_round_trips_exactly() -> None:
    demo = demo_snapshot(TODAY)
    text = dumps(demo)
    assert VERSION == 7
    assert loads(text) == demo
    assert dumps(loads(text)) == text


def test_personal_data_and_every_field_survive(tmp_path: Path) -> None:
    demo = demo_snapshot(TODAY)
    first = dataclasses.replace(
        demo.actors.actors[0],
        person_name="Ida Æbelø",
        contact="ida@example.org\n+45 11 22 33 44",
        next_step_date=None,
        can_bring=(),
    )
    actors = dataclasses.replace(demo.actors, actors=(first, *demo.actors.actors[1:]))
    snapshot = dataclasses.replace(demo, actors=actors)
    assert loads(dumps(snapshot)) == snapshot
    # and through a project file
    service = create_project(tmp_path / "p.bymidte", loads(dumps(snapshot)))
    try:
        assert service.snapshot() == snapshot
        assert dumps(service.snapshot()) == dumps(snapshot)
    finally:
        service.close()


def test_the_field_lists_cover_the_domain() -> None:
    names = {f.name for f in dataclasses.fields(Actor)}
    assert names - {"position"} == set(ACTOR_KEYS) and ACTOR_KEYS[1:] == ACTOR_FIELDS
    assert {f.name for f in dataclasses.fields(Relation)} == set(RELATION_KEYS)
    plan = {f.name for f in dataclasses.fields(PlanEntry)} - {"actor_uuid"}
    assert plan | {"actor"} == set(PLAN_KEYS)


def test_version_2_files_import_without_actors() -> None:
    data = as_version_5(demo_data())
    data["version"] = 2
    del data["actors"], data["trials"]
    snapshot = loads(json.dumps(data))
    assert snapshot.actors == ActorMap()
    assert snapshot.scope == demo_snapshot(TODAY).scope
    data["actors"] = demo_data()["actors"]
    assert problem_of(data) == 'unknown field "actors"'


def test_a_version_3_file_needs_its_actors() -> None:
    data = demo_data()
    del data["actors"]
    assert problem_of(data) == 'missing field "actors"'


def _actor(index: int = 0) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda data: data["actors"]["actors"][index]


def _first(key: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda data: data["actors"][key][0]


def _rating(data: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = data["actors"]["assessments"][0]["ratings"][1]
    return result


GHOST = "99999999-9999-4999-8999-999999999999"


@pytest.mark.parametrize(
    ("where", "key", "value", "problem"),
    [
        (
            _actor(),
            "influence",
            6,
            "actors.actors[0].influence: must be a whole number from 1 to 5",
        ),
        (_actor(), "influence", True, "actors.actors[0].influence: must be a whole number"),
        (_actor(), "attitude", 2.0, "actors.actors[0].attitude: must be a whole number from -2"),
        (_actor(), "category", "aliens", "actors.actors[0].category: must be one of"),
        (_actor(), "category", GHOST, "actors.actors[0].category: there is no custom category"),
        (_actor(), "owner_kind", "trust", "actors.actors[0].owner_kind: must be one of"),
        (_actor(), "can_bring", ["time", "money"], "actors.actors[0].can_bring: must list"),
        (_actor(), "can_bring", ["time", "time"], "actors.actors[0].can_bring: must be a list"),
        (_actor(), "can_bring", "time", "actors.actors[0].can_bring: must be a list"),
        (_actor(), "next_step_date", "1. maj", "actors.actors[0].next_step_date: must be a date"),
        (_actor(), "name", "x" * 501, "actors.actors[0].name: is too long"),
        (_actor(), "contact", 12, "actors.actors[0].contact: must be text"),
        (_actor(), "uuid", "Nope", "actors.actors[0].uuid: must be a lowercase UUID"),
        (_first("relations"), "target", GHOST, "actors.relations[0].target: there is no actor"),
        (_first("relations"), "kind", "love", "actors.relations[0].kind: must be one of"),
        (_first("plan"), "actor", GHOST, "actors.plan[0].actor: there is no actor"),
        (_first("plan"), "method", "telepathy", "actors.plan[0].method: must be one of"),
        (_first("assessments"), "date", None, "actors.assessments[0].date: must be a date"),
        (_rating, "actor", GHOST, "actors.assessments[0].ratings[1].actor: there is no actor"),
        (_rating, "interest", 0, "actors.assessments[0].ratings[1].interest: must be a whole"),
        (_first("categories"), "name", " ", "actors.categories[0].name: a custom category needs"),
    ],
)
def test_rules(
    where: Callable[[dict[str, Any]], dict[str, Any]], key: str, value: object, problem: str
) -> None:
    data = demo_data()
    where(data)[key] = value
    assert problem_of(data).startswith(problem)


def test_unknown_and_missing_keys_are_refused() -> None:
    data = demo_data()
    data["actors"]["actors"][0]["email"] = "x"
    assert problem_of(data) == 'actors.actors[0]: unknown field "email"'
    data = demo_data()
    del data["actors"]["plan"][0]["note"]
    assert problem_of(data) == 'actors.plan[0]: missing field "note"'
    data = demo_data()
    data["actors"]["extra"] = []
    assert problem_of(data) == 'actors: unknown field "extra"'


def test_uuids_are_unique_across_the_document() -> None:
    data = demo_data()
    data["actors"]["plan"][0]["uuid"] = data["meetings"][0]["uuid"]
    assert "is already used at meetings[0].uuid" in problem_of(data)
    data = demo_data()
    data["actors"]["relations"][0]["uuid"] = data["actors"]["actors"][3]["uuid"]
    assert "is already used at actors.actors[3].uuid" in problem_of(data)


def test_an_actor_rated_twice_and_a_relation_to_itself_are_refused() -> None:
    data = demo_data()
    ratings = data["actors"]["assessments"][0]["ratings"]
    ratings[1]["actor"] = ratings[0]["actor"]
    assert "already rated" in problem_of(data)
    data = demo_data()
    relation = data["actors"]["relations"][0]
    relation["target"] = relation["source"]
    assert "itself" in problem_of(data)


def test_order_is_canonical_on_import() -> None:
    data = demo_data()
    expected = copy.deepcopy(data)
    data["actors"]["relations"].reverse()
    data["actors"]["assessments"].reverse()
    data["actors"]["assessments"][0]["ratings"].reverse()
    assert to_data(loads(json.dumps(data))) == expected


def test_plan_when_is_a_date_or_text() -> None:
    data = demo_data()
    plan = data["actors"]["plan"]
    plan[0]["when"] = "2027-05-01"
    plan[1]["when"] = "Efter sommerferien"
    snapshot = loads(json.dumps(data))
    assert snapshot.actors.plan[0].when == dt.date(2027, 5, 1)
    assert snapshot.actors.plan[1].when == "Efter sommerferien"
    assert to_data(snapshot)["actors"]["plan"] == plan
