"""An actor is unrated until someone rates it (issue 12, item 9).

A new actor has no influence and no interest: it is not placed on the grid, the checks do not
count it ("high influence, no next step" came at once for the default 3/3), the actor-map PDF
lists it as not yet placed, the JSON carries ``null`` (format 5) and older formats import their
ratings as rated. Existing files keep their ratings (migration m005_unrated_actors).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.exchange.older import as_version_5
from workshop_app.domain.actors import (
    actor_quadrant,
    empty_quadrants,
    high_influence_without_next_step,
    is_placed,
)
from workshop_app.errors import KnownError
from workshop_app.exchange.json_format import dumps, loads, to_data
from workshop_app.services.demo import demo_snapshot, write_demo
from workshop_app.services.project_service import ProjectService, new_project, open_project

TODAY = dt.date(2027, 3, 1)

#: The actor table as m003 made it (ratings NOT NULL DEFAULT 3): a file before m005.
_M003_ACTOR = """
CREATE TABLE actor (
    uuid TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    person_name TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT 'other',
    owner_residence TEXT NOT NULL DEFAULT '',
    owner_kind TEXT NOT NULL DEFAULT '',
    influence INTEGER NOT NULL DEFAULT 3 CHECK (influence BETWEEN 1 AND 5),
    interest INTEGER NOT NULL DEFAULT 3 CHECK (interest BETWEEN 1 AND 5),
    attitude INTEGER NOT NULL DEFAULT 0 CHECK (attitude BETWEEN -2 AND 2),
    involvement_now TEXT NOT NULL DEFAULT '',
    involvement_wanted TEXT NOT NULL DEFAULT '',
    motivation TEXT NOT NULL DEFAULT '',
    can_bring TEXT NOT NULL DEFAULT '[]' CHECK (can_bring LIKE '[%]'),
    org_role TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT '',
    next_step_date TEXT,
    notes TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT ''
) STRICT
"""


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ProjectService]:
    s = new_project(tmp_path / "p.bymidte", "Test")
    yield s
    s.close()


def _add(service: ProjectService, **values: object) -> str:
    actor = service.new_actor(**values)
    service.restore_actor(actor)
    return actor.uuid


# -- the checks --------------------------------------------------------------------------------


def test_a_new_actor_is_unrated_and_raises_no_warning(service: ProjectService) -> None:
    uuid = _add(service, name="Borgerforeningen")
    actor_map = service.actor_map()
    actor = actor_map.actor(uuid)
    assert actor is not None and not is_placed(actor) and actor_quadrant(actor) is None
    assert high_influence_without_next_step(actor_map) == []
    # No placed actor: every quadrant is empty (the unrated one is in none of them).
    assert len(empty_quadrants(actor_map)) == 4


def test_rating_an_actor_makes_it_counted_and_clearing_makes_it_unrated(
    service: ProjectService,
) -> None:
    uuid = _add(service, name="Fonden")
    service.set_actor_ratings(uuid, 5, 2)
    actor_map = service.actor_map()
    assert [a.uuid for a in high_influence_without_next_step(actor_map)] == [uuid]
    assert "keep_satisfied" not in empty_quadrants(actor_map)
    service.set_actor_ratings(uuid, None, None)  # what undo of the first placement does
    actor_map = service.actor_map()
    assert high_influence_without_next_step(actor_map) == []
    assert actor_map.actors[0].influence is None and actor_map.actors[0].interest is None


def test_only_rated_actors_go_into_an_assessment(service: ProjectService) -> None:
    rated = _add(service, name="A", influence=2, interest=4)
    _add(service, name="B")
    assessment = service.new_assessment("Start", TODAY)
    assert [r.actor_uuid for r in assessment.ratings] == [rated]


# -- the file ----------------------------------------------------------------------------------


def _back_to_m004(path: Path) -> None:
    """Turn a project file into one made before m005 (ratings NOT NULL, default 3)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("BEGIN")
    # (Not ALTER TABLE RENAME: that would point the other tables' foreign keys at the copy.)
    conn.execute("CREATE TEMP TABLE actor_copy AS SELECT * FROM actor")
    conn.execute("DROP TABLE actor")
    conn.execute(_M003_ACTOR)
    conn.execute("INSERT INTO actor SELECT * FROM actor_copy")
    conn.execute("DROP TABLE actor_copy")
    conn.execute("CREATE INDEX actor_position ON actor(position)")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_unrated_actors'")
    conn.execute("COMMIT")
    conn.close()


def test_a_file_from_before_m005_keeps_its_ratings_as_rated(tmp_path: Path) -> None:
    path = tmp_path / "old.bymidte"
    write_demo(path, TODAY).close()
    _back_to_m004(path)
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):  # the old table: ratings cannot be empty
        conn.execute("UPDATE actor SET influence = NULL")
    conn.close()
    service = open_project(path)
    try:
        assert service.store.pending_migrations() == []
        demo = demo_snapshot(TODAY)
        # Every actor, relation, assessment rating and plan entry is still there, rated.
        assert service.snapshot().actors == demo.actors
        assert all(is_placed(a) for a in service.actor_map().actors)
        assert service.snapshot().trials == demo.trials  # trial_actor rows survived the rebuild
        assert service.store.foreign_key_problems() == []
        # The migrated table takes an unrated actor.
        uuid = _add(service, name="Ny aktør")
        assert service.actor_map().actor(uuid) == dataclasses.replace(
            service.new_actor(name="Ny aktør"), uuid=uuid, position=len(demo.actors.actors)
        )
    finally:
        service.close()
    reopened = open_project(path, read_only=True)
    try:
        assert reopened.actor_map().actors[-1].influence is None
    finally:
        reopened.close()


def test_the_demo_actors_are_rated() -> None:
    assert all(is_placed(a) for a in demo_snapshot(TODAY).actors.actors)


# -- JSON --------------------------------------------------------------------------------------


def _with_unrated() -> object:
    snapshot = demo_snapshot(TODAY)
    actors = list(snapshot.actors.actors)
    actors[1] = dataclasses.replace(actors[1], influence=None, interest=None)
    actors[2] = dataclasses.replace(actors[2], interest=None)
    return dataclasses.replace(
        snapshot, actors=dataclasses.replace(snapshot.actors, actors=tuple(actors))
    )


def test_unrated_actors_round_trip_exactly_as_null() -> None:
    snapshot = _with_unrated()
    text = dumps(snapshot)  # type: ignore[arg-type]
    data = json.loads(text)
    assert data["version"] >= 5
    assert data["actors"]["actors"][1]["influence"] is None
    assert data["actors"]["actors"][2]["interest"] is None
    assert loads(text) == snapshot
    assert dumps(loads(text)) == text


def test_older_formats_import_their_ratings_as_rated_and_refuse_null() -> None:
    data = as_version_5(to_data(demo_snapshot(TODAY)))
    data["version"] = 4
    imported = loads(json.dumps(data))
    assert imported.actors == demo_snapshot(TODAY).actors
    assert all(is_placed(a) for a in imported.actors.actors)
    data["actors"]["actors"][0]["influence"] = None
    with pytest.raises(KnownError) as info:
        loads(json.dumps(data))
    assert "actors.actors[0].influence" in info.value.details["problem"]
