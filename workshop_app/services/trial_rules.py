"""What the phase 3 services share: turning a broken rule or a missing row into BAD_INPUT, the
checks on links, and the ordered child lists of a test (budget lines, permits, feedback)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from workshop_app.domain.changes import Changes
from workshop_app.domain.trials import (
    Cell,
    check_cell,
)
from workshop_app.domain.values import at, insert_at
from workshop_app.services.refusals import bad_input as _bad_input
from workshop_app.services.refusals import found as _found
from workshop_app.services.refusals import moved, valid
from workshop_app.storage import repository
from workshop_app.storage.database import ProjectStore

#: The name phase 3's services have always used for :func:`refusals.valid`.
trial_valid = valid


def found_call(function: Callable[..., Any], *args: Any) -> Any:
    """``function(*args)`` with LookupError (no such row) turned into BAD_INPUT."""
    return _found(lambda: function(*args))


def replaced_field(obj: Any, fields: tuple[str, ...], what: str, name: str, value: Any) -> Any:
    if name not in fields:
        raise _bad_input(f"{name}: unknown {what} field")
    return dataclasses.replace(obj, **{name: value})


def require_new(db: Any, table: str, uuid: str) -> None:
    if repository.trial_row_exists(db, table, uuid):
        raise _bad_input(f"{uuid}: already exists")


def require_link(db: Any, table: str, uuid: str | None, what: str, field: str) -> None:
    """A link to a row that must exist (``None`` is no link)."""
    if uuid is None:
        return
    if table in ("meeting", "actor"):
        exists = uuid in (
            repository.meeting_uuids(db) if table == "meeting" else repository.actor_uuids(db)
        )
    else:
        exists = repository.trial_row_exists(db, table, uuid)
    if not exists:
        raise _bad_input(f"{field}: there is no {what} {uuid}")


def as_grid(rows: Any) -> Any:
    """A pasted grid as tuples (the domain's check names what is wrong with it)."""
    if isinstance(rows, str) or not isinstance(rows, Sequence):
        return rows
    return tuple(
        tuple(row) if isinstance(row, Sequence) and not isinstance(row, str) else row
        for row in rows
    )


def valid_cell(where: str, count: Any) -> Cell:
    return at(where, check_cell, count)


class TrialRows:
    """The part of ``ProjectService`` every phase 3 area uses (which provides ``store``)."""

    store: ProjectStore

    def next_card_number(self, trial_uuid: str) -> int:
        """The highest card number entered for the test plus one (1 for the first card)."""
        return repository.max_card_number(self.store.db, trial_uuid) + 1

    @staticmethod
    def _cite(db: Any, decision_uuid: str, evidence: str, position: int) -> None:
        decision = _found(lambda: repository.load_decision(db, decision_uuid))
        cited = list(decision.evidence)
        if evidence not in cited:
            insert_at(cited, position, evidence)
            _found(lambda: repository.set_evidence(db, decision_uuid, cited))

    def _restore_child(self, table: str, row: Any, position: int | None, insert: Any) -> Changes:
        with self.store.transaction() as db:
            require_link(db, "trial", row.trial_uuid, "test", "trial_uuid")
            require_new(db, table, row.uuid)
            order = repository.child_uuids(db, table, row.trial_uuid)
            insert_at(order, position, row.uuid)
            insert(db, row, len(order))
            repository.set_child_order(db, table, order)
        return Changes.in_trials(row.uuid)

    def _delete_child(self, table: str, uuid: str) -> Changes:
        with self.store.transaction() as db:
            trial_uuid = _found(lambda: repository.trial_of(db, table, uuid))
            repository.delete_child(db, table, uuid)
            repository.set_child_order(db, table, repository.child_uuids(db, table, trial_uuid))
        return Changes.in_trials(uuid)

    def _move_child(self, table: str, uuid: str, position: int) -> Changes:
        with self.store.transaction() as db:
            trial_uuid = _found(lambda: repository.trial_of(db, table, uuid))
            order = moved(repository.child_uuids(db, table, trial_uuid), uuid, position, table)
            repository.set_child_order(db, table, order)
        return Changes.in_trials(uuid)
