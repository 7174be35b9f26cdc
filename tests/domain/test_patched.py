"""Rows read again at a few places (domain/patched.py): a tuple to everyone, and to a view
following one edit the places that changed, without a walk over the others."""

from __future__ import annotations

import copy
import gc
import pickle
import weakref
from dataclasses import dataclass

from workshop_app.domain.actors import Actor, ActorMap
from workshop_app.domain.patched import PatchedRows, known_changes, patched, uuid_places


@dataclass
class Row:  # weakly referable, unlike the slotted records
    uuid: str
    name: str


def rows(n: int = 5) -> tuple[Row, ...]:
    return tuple(Row(f"u{i}", f"Navn {i}") for i in range(n))


def test_patched_rows_replace_the_named_rows_and_keep_the_others_as_they_were() -> None:
    before = rows()
    after = patched(before, {"u3", "u1", "gone"}, lambda i, old: Row(old.uuid, f"Ny {i}"))
    assert [r.name for r in after] == ["Navn 0", "Ny 1", "Navn 2", "Ny 3", "Navn 4"]
    assert all(after[i] is before[i] for i in (0, 2, 4))
    assert known_changes(after, before) == (1, 3)
    assert uuid_places(after) == {f"u{i}": i for i in range(5)}


def test_patched_rows_are_a_plain_tuple_to_everything_else() -> None:
    before = rows()
    after = patched(before, {"u2"}, lambda _i, old: Row(old.uuid, "Ny"))
    plain = tuple(after)
    assert isinstance(after, PatchedRows) and after == plain and len(after) == 5
    for copied in (pickle.loads(pickle.dumps(after)), copy.deepcopy(after)):
        assert type(copied) is tuple and copied == plain
    assert after[1:3] == (before[1], after[2])


def test_only_the_latest_step_is_known_and_older_rows_are_not_kept_alive() -> None:
    first = rows()
    second = patched(first, {"u0"}, lambda _i, old: Row(old.uuid, "B"))
    third = patched(second, {"u0"}, lambda _i, old: Row(old.uuid, "C"))
    assert known_changes(third, second) == (0,)
    assert known_changes(third, first) is None  # a view two steps behind walks the rows
    assert known_changes(second, first) is None  # the older step is forgotten
    assert known_changes(tuple(second), first) is None  # equal rows, not the same object
    assert uuid_places(third) is uuid_places(second)  # made once along the chain
    gone = weakref.ref(second[0])
    fourth = patched(third, {"u1"}, lambda _i, old: Row(old.uuid, "D"))
    assert known_changes(fourth, third) == (1,)
    del second
    gc.collect()
    assert gone() is None  # "B" is held by nothing: no chain of old rows is kept


def test_the_actor_map_finds_an_actor_in_patched_and_plain_rows_alike() -> None:
    actors = tuple(
        Actor(uuid=f"{i:08d}-0000-4000-8000-000000000000", position=i, name=f"A{i}")
        for i in range(4)
    )
    plain = ActorMap(actors=actors)
    patched_map = ActorMap(actors=patched(actors, {actors[2].uuid}, lambda _i, a: a))
    for actor in actors:
        assert plain.actor(actor.uuid) is patched_map.actor(actor.uuid) is actor
    assert plain.actor("no such actor") is None and patched_map.actor("no such actor") is None
