"""What the phase 3 services share: turning a broken rule or a missing row into BAD_INPUT, the
checks on links, and the ordered child lists of a test (budget lines, permits, feedback)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from workshop_app.domain.changes import Changes
from workshop_app.domain.print_runs import next_free_card
from workshop_app.domain.trials import Cell, LinkLoop, TrialBook, check_cell, loops_in
from workshop_app.domain.values import at, insert_at, shown
from workshop_app.services.refusals import bad_input as _bad_input
from workshop_app.services.refusals import found as _found
from workshop_app.services.refusals import moved, valid
from workshop_app.services.refusals import require_new as require_new
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


#: ``(db, row)`` -> None: a check or a follow-up step of an edit inside its transaction.
Step = Callable[[Any, Any], None]


@dataclass(frozen=True)
class FieldEdit:
    """How one kind of phase 3 row is edited a field at a time: loaded, the field replaced, the
    whole row checked again by the domain (and by ``before``, which sees the database), stored;
    an edit of ``loop_link`` is refused if it makes ideas and tests come from each other in a
    loop (see :meth:`TrialRows._set_value`)."""

    what: str
    fields: tuple[str, ...]
    load: Callable[[Any, str], Any]
    check: Callable[[Any], Any]
    update: Callable[[Any, Any], Any]
    before: Step | None = None
    loop_link: str = ""


@dataclass(frozen=True)
class OrderedList:
    """A top-level ordered list of phase 3 (the ideas, the tests): its uuids in order, how a
    row is deleted and how the order is stored."""

    what: str
    uuids: Callable[[Any], list[str]]
    delete: Step
    set_order: Step


class TrialRows:
    """The part of ``ProjectService`` every phase 3 area uses (which provides ``store``)."""

    store: ProjectStore

    def next_card_number(self, trial_uuid: str) -> int:
        """One above every card number printed or entered for the test (1 for the first card):
        a card typed in without a number never takes one a printed card may still bring."""
        book = self.store.trial_evidence((trial_uuid,))  # this test's cards alone
        return next_free_card(book.card_runs, book.feedback, trial_uuid)

    @staticmethod
    def _cite(db: Any, decision_uuid: str, evidence: str, position: int) -> None:
        decision = _found(lambda: repository.load_decision(db, decision_uuid))
        cited = list(decision.evidence)
        if evidence not in cited:
            insert_at(cited, position, evidence)
            _found(lambda: repository.set_evidence(db, decision_uuid, cited))

    def _set_value(self, edit: FieldEdit, uuid: str, field: str, value: Any) -> Changes:
        """Field ``field`` of the row ``uuid`` set to ``value`` (see :class:`FieldEdit`)."""
        with self.store.transaction() as db:
            row = _found(lambda: edit.load(db, uuid))
            changed = valid(edit.check, replaced_field(row, edit.fields, edit.what, field, value))
            if edit.before is not None:
                edit.before(db, changed)
            _found(lambda: edit.update(db, changed))
            if field == edit.loop_link:
                refuse_loops(db, field)
        return Changes.in_trials(uuid)

    def _delete_listed(self, rows: OrderedList, uuid: str) -> Changes:
        """Delete a row of a top-level ordered list and renumber the rest."""
        with self.store.transaction() as db:
            rows.delete(db, uuid)
            rows.set_order(db, rows.uuids(db))
        return Changes.in_trials(uuid)

    def _move_listed(self, rows: OrderedList, uuid: str, position: int) -> Changes:
        with self.store.transaction() as db:
            rows.set_order(db, moved(rows.uuids(db), uuid, position, rows.what))
        return Changes.in_trials(uuid)

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


def loop_where(book: TrialBook, loop: LinkLoop) -> str:
    """A loop as the titles around it: “A” → “B” → “A”."""
    titles = {i.uuid: i.title for i in book.ideas} | {t.uuid: t.title for t in book.trials}
    return " → ".join(shown(titles.get(u) or u, 30) for u in loop.uuids)


def refuse_loops(db: Any, field: str) -> None:
    """BAD_INPUT (the transaction rolls back) when the edit just made closes a loop of links.
    Only the links are read (a test added, deleted or linked on a project of twenty thousand
    feedback entries read and checked them all first: half a second); the titles, to say
    where, only for a loop found."""
    loops = loops_in(repository.load_links(db))
    if loops:
        book = repository.load_trial_outline(db)
        raise _bad_input(
            f"{field}: this would make ideas and tests lead round in a loop "
            f"({loop_where(book, loops[0])})"
        )
