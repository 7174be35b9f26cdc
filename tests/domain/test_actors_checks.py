"""Phase 2 rules without storage: quadrants, the map's checks, value rules, canonical shape."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from workshop_app.domain.actors import (
    HIGH,
    KEY_GROUPS,
    QUADRANTS,
    Actor,
    ActorMap,
    Assessment,
    InvalidActorValue,
    Rating,
    Relation,
    actor_quadrant,
    canonical,
    check_actor,
    check_actor_value,
    check_assessment,
    check_plan_value,
    check_relation,
    empty_quadrants,
    high_influence_without_next_step,
    missing_key_groups,
    quadrant,
)

U = [f"{n:08x}-0000-4000-8000-000000000000" for n in range(1, 20)]


def actor(index: int, **values: object) -> Actor:
    return Actor(uuid=U[index], position=index, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("influence", "interest", "expected"),
    [
        (5, 5, "manage_closely"),
        (3, 3, "manage_closely"),
        (3, 2, "keep_satisfied"),
        (5, 1, "keep_satisfied"),
        (2, 3, "keep_informed"),
        (1, 5, "keep_informed"),
        (2, 2, "monitor"),
        (1, 1, "monitor"),
    ],
)
def test_quadrants_count_three_and_up_as_high(influence: int, interest: int, expected: str) -> None:
    assert HIGH == 3
    assert quadrant(influence, interest) == expected
    assert actor_quadrant(actor(0, influence=influence, interest=interest)) == expected


def test_missing_key_groups() -> None:
    assert missing_key_groups(ActorMap()) == list(KEY_GROUPS)
    some = ActorMap(actors=(actor(0, category="politicians"), actor(1, category="young_people")))
    assert missing_key_groups(some) == ["property_owners", "merchants_association"]
    every = ActorMap(actors=tuple(actor(i, category=g) for i, g in enumerate(KEY_GROUPS)))
    assert missing_key_groups(every) == []


def test_high_influence_without_next_step() -> None:
    actors = (
        actor(0, influence=5, next_step=""),
        actor(1, influence=4, next_step="Møde i april"),
        actor(2, influence=3, next_step="   "),
        actor(3, influence=2, next_step=""),
    )
    found = high_influence_without_next_step(ActorMap(actors=actors))
    assert [a.uuid for a in found] == [U[0], U[2]]


def test_empty_quadrants() -> None:
    assert empty_quadrants(ActorMap()) == list(QUADRANTS)
    actors = (actor(0, influence=5, interest=5), actor(1, influence=1, interest=1))
    assert empty_quadrants(ActorMap(actors=actors)) == ["keep_satisfied", "keep_informed"]


def test_value_rules_and_messages() -> None:
    assert check_actor_value("can_bring", ["time", "money"]) == ("money", "time")
    assert check_actor_value("category", U[5]) == U[5]  # a custom category
    with pytest.raises(InvalidActorValue, match=r"^influence: must be a whole number from 1 to 5"):
        check_actor_value("influence", 6)
    with pytest.raises(InvalidActorValue, match="attitude: must be a whole number from -2 to 2"):
        check_actor_value("attitude", -3)
    with pytest.raises(InvalidActorValue, match="unknown actor field"):
        check_actor_value("shoe_size", 44)
    assert check_plan_value("when", "2027-05-01") == dt.date(2027, 5, 1)
    assert check_plan_value("when", "2027-02-30") == "2027-02-30"  # not a date: text
    assert check_plan_value("when", "efter sommerferien") == "efter sommerferien"
    with pytest.raises(InvalidActorValue, match="method"):
        check_plan_value("method", "telepathy")
    with pytest.raises(InvalidActorValue, match="itself"):
        check_relation(Relation(U[0], U[1], U[1]))
    with pytest.raises(InvalidActorValue, match="kind"):
        check_relation(Relation(U[0], U[1], U[2], "friendship"))
    with pytest.raises(InvalidActorValue, match="twice"):
        check_assessment(
            Assessment(
                U[0], dt.date(2027, 1, 1), "", (Rating(U[1], 1, 1, 0), Rating(U[1], 2, 2, 0))
            )
        )
    with pytest.raises(InvalidActorValue, match="date"):
        check_assessment(Assessment(U[0], None, ""))  # type: ignore[arg-type]
    with pytest.raises(InvalidActorValue):
        check_actor(dataclasses.replace(actor(0), uuid="nope"))


def test_canonical_orders_relations_and_ratings_by_actor_position() -> None:
    a, b, c = actor(0), actor(1), actor(2)
    moved = ActorMap(
        actors=(dataclasses.replace(c, position=-1), a, b),
        relations=(Relation(U[10], U[1], U[0]), Relation(U[11], U[2], U[1])),
        assessments=(
            Assessment(U[13], dt.date(2027, 2, 1), "b", (Rating(U[0], 1, 1, 0),)),
            Assessment(
                U[12], dt.date(2027, 1, 1), "a", (Rating(U[1], 1, 1, 0), Rating(U[2], 2, 2, 0))
            ),
        ),
    )
    result = canonical(moved)
    assert [x.uuid for x in result.actors] == [U[2], U[0], U[1]]
    assert [x.position for x in result.actors] == [0, 1, 2]
    assert [r.uuid for r in result.relations] == [U[11], U[10]]
    assert [s.uuid for s in result.assessments] == [U[12], U[13]]
    assert [r.actor_uuid for r in result.assessments[0].ratings] == [U[2], U[1]]
    assert canonical(result) == result


class _Text(str):
    """Equal to its letters, yet not what a check gives back."""


def test_a_checked_actor_is_given_back_itself_and_a_changed_one_anew() -> None:
    """An actor read from the file is already as checked: kept, not copied (two thousand as a
    project opens); anything the check changes is a new, normalised actor; with ``fields``
    only those are checked (the others are their defaults, as the overview reads them)."""
    kept = actor(0, can_bring=("money", "time"), next_step="Ring op")
    assert check_actor(kept) is kept
    for given in (
        dataclasses.replace(kept, can_bring=["time", "money"]),  # type: ignore[arg-type]
        dataclasses.replace(kept, name=_Text("Egeby Torv")),
    ):
        checked = check_actor(given)
        assert checked is not given and checked.can_bring == ("money", "time")
        assert type(checked.name) is str
    light = Actor(uuid=U[0], position=0, name=_Text("Egeby"), next_step="Ring op")
    checked = check_actor(light, ("name", "next_step"))
    assert type(checked.name) is str and checked.next_step == "Ring op"
    with pytest.raises(InvalidActorValue, match=r"^next_step: "):
        check_actor(dataclasses.replace(light, next_step="x" * 10_000), ("name", "next_step"))
