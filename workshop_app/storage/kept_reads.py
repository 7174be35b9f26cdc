"""Taking row updates into a kept whole-area read, row by row.

Typing into one actor, feedback entry or counting session of a project grown over years must not
read the whole area again (two thousand actors, twenty thousand feedback entries). When the only
changes since a kept read are plain updates of rows of these tables (``read_versions.PATCHABLE``:
no insert, no delete, no move), the kept read gets just those rows again, read and checked like a
full read, each in the place it had; the meetings, which read the actors for their order alone,
stay as they are. Anything else is a full read. A test compares the result with a full read
after every kind of edit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlite_utils import Database

from workshop_app.domain.actors import ActorMap
from workshop_app.domain.trials import TrialBook
from workshop_app.storage import repository

_R = TypeVar("_R")
Changed = Mapping[str, frozenset[str]]


def _swapped(
    rows: tuple[_R, ...],
    uuids: frozenset[str],
    load: Callable[[str], _R],
    keep: Callable[[_R, _R], _R],
) -> tuple[_R, ...]:
    """``rows`` with each row whose uuid is in ``uuids`` read again (``keep(old, new)`` carries
    over what a full read computes from the neighbours, such as the renumbered position)."""
    return tuple(keep(row, load(row.uuid)) if row.uuid in uuids else row for row in rows)  # type: ignore[attr-defined]


def _same_place(old: Any, new: Any) -> Any:
    return new


def _actor_map(db: Database, kept: ActorMap, changed: Changed) -> ActorMap:
    uuids = changed.get("actor", frozenset())
    actors = _swapped(
        kept.actors,
        uuids,
        lambda uuid: repository.load_actor(db, uuid),
        lambda old, new: dataclasses.replace(new, position=old.position),
    )
    return dataclasses.replace(kept, actors=actors)


def _trial_book(db: Database, kept: TrialBook, changed: Changed) -> TrialBook:
    feedback = _swapped(
        kept.feedback,
        changed.get("feedback", frozenset()),
        lambda uuid: repository.load_feedback_entry(db, uuid),
        _same_place,
    )
    counts = _swapped(
        kept.counts,
        changed.get("count_session", frozenset()),
        lambda uuid: repository.load_count_session(db, uuid),
        _same_place,
    )
    return dataclasses.replace(kept, feedback=feedback, counts=counts)


def _meetings(db: Database, kept: _R, changed: Changed) -> _R:
    """The meetings read actors for their order alone (actors present are listed in the
    register's order): an actor's update that leaves its place alone changes no meeting."""
    if set(changed) - {"actor"}:
        raise LookupError("a meeting table changed")  # not a plain actor update: read again
    return kept


#: The areas whose kept read can take row updates in, and how.
PATCHERS: dict[str, Callable[[Database, Any, Changed], Any]] = {
    "actors": _actor_map,
    "trials": _trial_book,
    "meetings": _meetings,
}
