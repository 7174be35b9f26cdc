"""Taking row changes into a kept whole-area read, row by row.

Typing into one actor, feedback entry or counting session of a project grown over years must not
read the whole area again (two thousand actors, twenty thousand feedback entries). When the only
changes since a kept read are plain updates of actors (``read_versions.PATCHABLE``: no insert, no
delete, no move), the kept read gets just those rows again, read and checked like a full read,
each in the place it had; the meetings, which read the actors for their order alone, stay as
they are. Feedback and counting sessions (``read_versions.GROUPED``) may change in any way (a
paper card added, deleted, moved): the tests they belong to have their rows read again, the
other tests' rows stay; a test's own fields edited in place (``PATCHABLE``) leave every test's
evidence as it is (the outline, a kept read of its own, reads that test again:
``repository.patched_outline``). So do the meetings whose own row (``PATCHABLE``) or gathered
rows (a note captured, a participant, an action) changed.
Anything else is a full read. A test compares the result with a full read after every kind of
edit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from workshop_app.domain.actors import ActorMap
from workshop_app.domain.patched import patched
from workshop_app.storage import read_versions, repository
from workshop_app.storage.connection import Database
from workshop_app.storage.repository.trial_evidence import Evidence

_R = TypeVar("_R")
Changed = Mapping[str, frozenset[str]]


def _swapped(
    rows: tuple[_R, ...],
    uuids: frozenset[str],
    load: Callable[[str], _R],
    keep: Callable[[_R, _R], _R],
) -> tuple[_R, ...]:
    """``rows`` with each row whose uuid is in ``uuids`` read again (``keep(old, new)`` carries
    over what a full read computes from the neighbours, such as the renumbered position). The
    result says which places it read again (:class:`~domain.patched.PatchedRows`): each view
    following the edit finds its changed rows without a walk over the others, and the next
    edit finds its rows by uuid the same way."""
    return patched(rows, uuids, lambda _i, old: keep(old, load(old.uuid)))


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


def _regrouped(
    order: tuple[str, ...],
    rows: tuple[_R, ...],
    groups: frozenset[str],
    load_group: Callable[[str], list[_R]],
) -> tuple[_R, ...]:
    """``rows`` (in the order of their tests, ``order``: the tests' uuids) with the rows of each
    test in ``groups`` read again (``load_group``); the other tests' rows stay the objects they
    were."""
    if not groups:
        return rows
    by_trial: dict[str, list[_R]] = {}
    for row in rows:
        by_trial.setdefault(row.trial_uuid, []).append(row)  # type: ignore[attr-defined]
    if set(by_trial) - set(order):
        raise LookupError("a row of a test not read")  # cannot happen while the order is kept
    out: list[_R] = []
    for trial in order:
        out.extend(load_group(trial) if trial in groups else by_trial.get(trial, ()))
    return tuple(out)


def _feedback_of(db: Database, trial_uuid: str) -> list[Any]:
    """A test's feedback in its order, as a full read gives it."""
    uuids = repository.child_uuids(db, "feedback", trial_uuid)
    return [repository.load_feedback_entry(db, uuid) for uuid in uuids]


def _counts_of(db: Database, trial_uuid: str) -> list[Any]:
    """A test's counting sessions by date and start time, as a full read gives them."""
    where, order = "trial_uuid = ?", "date, start_time, uuid"
    uuids = repository.ordered_uuids(db, "count_session", where, [trial_uuid], order=order)
    return [repository.load_count_session(db, uuid) for uuid in uuids]


def _evidence(db: Database, kept: Evidence, changed: Changed) -> Evidence:
    """The tests whose feedback or counting sessions changed read again. A test's own fields
    edited in place (``PATCHABLE``: not a move, not an insert or a delete) change no evidence
    and not its order: typing a test's hypothesis reads no feedback."""
    if set(changed) - {"trial", "feedback", "count_session"}:
        raise LookupError("another table changed")  # cannot happen: the area's tables
    feedback = _regrouped(
        kept.order,
        kept.feedback,
        changed.get("feedback", frozenset()),
        lambda trial: _feedback_of(db, trial),
    )
    counts = _regrouped(
        kept.order,
        kept.counts,
        changed.get("count_session", frozenset()),
        lambda trial: _counts_of(db, trial),
    )
    return dataclasses.replace(kept, feedback=feedback, counts=counts)


def _meetings(db: Database, kept: tuple[Any, ...], changed: Changed) -> tuple[Any, ...]:
    """The meetings whose rows (the meeting's own fields, its agenda, what it gathered) changed,
    read again; the others stay. The meetings read actors for the order of the actors present
    alone: an actor's update that leaves its place alone changes no meeting."""
    uuids: set[str] = set()
    for table, rows in changed.items():
        if table == "meeting" or table in read_versions.GROUPED:
            uuids |= rows
        elif table != "actor":
            raise LookupError(f"{table} changed")  # not for a patch: read everything
    if not uuids:
        return kept
    if uuids - {m.meeting.uuid for m in kept}:
        raise LookupError("a meeting not read")
    return tuple(
        repository.load_meeting(db, m.meeting.uuid) if m.meeting.uuid in uuids else m for m in kept
    )


#: The areas whose kept read can take row updates in, and how.
PATCHERS: dict[str, Callable[[Database, Any, Changed], Any]] = {
    "actors": _actor_map,
    "overview_actors": _actor_map,
    "trial_evidence": _evidence,
    "trial_outline": repository.patched_outline,
    "meetings": _meetings,
}
