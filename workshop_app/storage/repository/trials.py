"""Phase 3: ideas, votes, trials and what belongs to a trial (budget, permits, status)."""

from __future__ import annotations

import datetime as dt
import uuid as _uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol, TypeVar

from workshop_app.domain.trials import (
    BUDGET_FIELDS,
    COUNT_FIELDS,
    FEEDBACK_FIELDS,
    IDEA_FIELDS,
    PERMIT_FIELDS,
    TRIAL_FIELDS,
    BudgetLine,
    Idea,
    Permit,
    StatusChange,
    Trial,
    Vote,
    check_budget_line,
    check_idea,
    check_permit,
    check_trial,
    check_vote,
)
from workshop_app.storage.connection import Database
from workshop_app.storage.repository.common import (
    _date_in,
    _date_out,
    ordered_uuids,
    row_by_uuid,
    set_order,
    to_column,
)
from workshop_app.storage.repository.interned import shared_after_uuid
from workshop_app.storage.repository.rows import (
    Table,
    damaged,
    delete_row,
    insert_row,
    load_in_order,
    made_once,
    position_of,
    remembered,
    row_exists,
    update_row,
)
from workshop_app.storage.repository.scope import _json_list_in, _json_out

# -- prototype tests (phase 3) -----------------------------------------------------------------
#
# Reading checks every value with the domain's rules (``domain/trials.py``); a value that breaks
# one raises ValueError (the file is damaged). Writing functions take checked objects; callers own
# the transaction. A trial's budget lines, permits and status history, and the feedback of a
# trial, are ordered by ``position`` within their trial.

_IDEA_COLUMNS = "uuid, position, " + ", ".join(IDEA_FIELDS) + ", merged_into"
_TRIAL_COLUMNS = "uuid, position, version_of, " + ", ".join(
    f for f in TRIAL_FIELDS if f != "responsible"
)
_BUDGET_COLUMNS = "uuid, trial_uuid, " + ", ".join(BUDGET_FIELDS)
_PERMIT_COLUMNS = "uuid, trial_uuid, " + ", ".join(PERMIT_FIELDS)
_COUNT_COLUMNS = "uuid, trial_uuid, " + ", ".join(COUNT_FIELDS) + ", passing, staying"
_FEEDBACK_COLUMNS = "uuid, trial_uuid, " + ", ".join(FEEDBACK_FIELDS)
_DECISION_COLUMNS = "uuid, trial_uuid, date, kind, reasoning"

#: Tables of phase 3 whose rows belong to one trial and are ordered within it.
_TRIAL_CHILD_TABLES = ("trial_budget", "trial_permit", "trial_status", "feedback")
_TRIAL_TABLES = (
    "idea",
    "idea_vote",
    "trial",
    "trial_actor",
    "count_session",
    "decision",
    "decision_evidence",
    *_TRIAL_CHILD_TABLES,
)


_damaged = damaged


def _bool_in(value: Any) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool) or value not in (0, 1):
        raise ValueError(f"not a yes/no value: {value!r}")
    return bool(value)


def _bool_out(value: bool | None) -> int | None:
    return None if value is None else int(value)


def trial_row_exists(db: Database, table: str, uuid: str) -> bool:
    """Whether a phase 3 table already holds a row with this uuid."""
    if table not in _TRIAL_TABLES:
        raise ValueError(f"not a phase 3 table: {table!r}")
    return row_exists(db, table, uuid)


def evidence_kind(db: Database, uuid: str) -> str | None:
    """``"count"`` or ``"feedback"`` for a count session's or a feedback's uuid, else None."""
    if trial_row_exists(db, "count_session", uuid):
        return "count"
    if trial_row_exists(db, "feedback", uuid):
        return "feedback"
    return None


# ideas


# Tags, read once per text: a test's entries share a few themes.
_tags_in = lru_cache(maxsize=1024)(_json_list_in)


def _idea_from_row(row: tuple[Any, ...]) -> Idea:
    uuid, _position, *rest = row
    raw = dict(zip((*IDEA_FIELDS, "merged_into"), rest, strict=True))
    raw["tags"] = _tags_in(raw["tags"])
    raw["created"] = _date_in(raw["created"])
    idea = Idea(uuid=uuid, position=position_of(row, "idea"), **raw)
    return damaged("idea", uuid, check_idea, idea)


_IDEAS = Table("idea", "idea", _IDEA_COLUMNS, _idea_from_row, remember=True)
idea_uuids, delete_idea, set_idea_order = _IDEAS.list_steps()
load_idea, load_ideas = _IDEAS.load, _IDEAS.load_all


def _idea_values(idea: Idea) -> list[Any]:
    return [
        idea.title,
        idea.description,
        idea.origin_meeting,
        idea.origin_actor,
        idea.origin_trial,
        idea.origin_note,
        _json_out(list(idea.tags)),
        _date_out(idea.created),
        idea.merged_into,
    ]


def insert_idea(db: Database, idea: Idea) -> None:
    insert_row(db, "idea", _IDEA_COLUMNS, [idea.uuid, idea.position, *_idea_values(idea)])


def update_idea(db: Database, idea: Idea) -> None:
    """Write every field of a stored idea (its position stays)."""
    names = (*IDEA_FIELDS, "merged_into")
    update_row(db, "idea", names, _idea_values(idea), idea.uuid, "idea")


def ideas_merged_into(db: Database, uuid: str) -> list[str]:
    return ordered_uuids(db, "idea", "merged_into = ?", [uuid])


def ideas_from_trial(db: Database, trial_uuid: str) -> list[str]:
    return ordered_uuids(db, "idea", "origin_trial = ?", [trial_uuid])


def ideas_from(db: Database, column: str, uuid: str) -> list[str]:
    """Ideas whose ``origin_meeting`` or ``origin_actor`` is ``uuid``."""
    if column not in ("origin_meeting", "origin_actor"):
        raise ValueError(f"not an origin column: {column!r}")
    return ordered_uuids(db, "idea", f"{column} = ?", [uuid], order="position")


def set_idea_link(db: Database, uuid: str, column: str, value: str | None) -> None:
    """Set one link column of an idea (``merged_into``, ``origin_*``)."""
    if column not in ("merged_into", "origin_meeting", "origin_actor", "origin_trial"):
        raise ValueError(f"not a link column: {column!r}")
    update_row(db, "idea", [column], [value], uuid, "idea")


# votes


def _vote_from_row(row: tuple[Any, ...]) -> Vote:
    return _damaged("vote", row[0], check_vote, Vote(*row))


def load_votes(db: Database) -> tuple[Vote, ...]:
    """Every vote, in the ideas' order; a vote read before (by all its columns) comes back as
    made then: a test added reads the outline again, votes and all (3,000 checked, 15 ms)."""
    return made_once(
        db,
        "idea_vote",
        db.execute(
            "SELECT v.uuid, v.idea_uuid, v.meeting_uuid, v.count FROM idea_vote v "
            "JOIN idea i ON i.uuid = v.idea_uuid ORDER BY i.position, i.uuid, v.meeting_uuid"
        ).fetchall(),
        _vote_from_row,
    )


def load_vote(db: Database, idea_uuid: str, meeting_uuid: str) -> Vote | None:
    row = db.execute(
        "SELECT uuid, idea_uuid, meeting_uuid, count FROM idea_vote "
        "WHERE idea_uuid = ? AND meeting_uuid = ?",
        [idea_uuid, meeting_uuid],
    ).fetchone()
    return None if row is None else _vote_from_row(row)


def votes_where(db: Database, column: str, uuid: str) -> tuple[Vote, ...]:
    """Votes of one idea (``idea_uuid``) or at one meeting (``meeting_uuid``)."""
    if column not in ("idea_uuid", "meeting_uuid"):
        raise ValueError(f"not a vote column: {column!r}")
    return tuple(
        _vote_from_row(r)
        for r in db.execute(
            f"SELECT uuid, idea_uuid, meeting_uuid, count FROM idea_vote WHERE {column} = ? "
            "ORDER BY idea_uuid, meeting_uuid",
            [uuid],
        )
    )


def insert_vote(db: Database, vote: Vote) -> None:
    db.execute(
        "INSERT INTO idea_vote(uuid, idea_uuid, meeting_uuid, count) VALUES (?, ?, ?, ?)",
        [vote.uuid, vote.idea_uuid, vote.meeting_uuid, vote.count],
    )


def update_vote_count(db: Database, uuid: str, count: int) -> None:
    db.execute("UPDATE idea_vote SET count = ? WHERE uuid = ?", [count, uuid])


def delete_vote(db: Database, uuid: str) -> None:
    delete_row(db, "idea_vote", uuid)


# trials and what belongs to them


def _child_table(table: str) -> str:
    """``table`` if its rows belong to one trial in order; ``ValueError`` otherwise (the name
    goes into SQL)."""
    if table not in _TRIAL_CHILD_TABLES:
        raise ValueError(f"not an ordered phase 3 table: {table!r}")
    return table


def child_uuids(db: Database, table: str, trial_uuid: str) -> list[str]:
    """Budget lines, permits, status changes or feedback of a trial, in order."""
    return ordered_uuids(db, _child_table(table), "trial_uuid = ?", [trial_uuid])


def set_child_order(db: Database, table: str, uuids: Iterable[str]) -> None:
    set_order(db, _child_table(table), uuids)


def trial_of(db: Database, table: str, uuid: str) -> str:
    """The trial a row of a phase 3 table belongs to; LookupError if there is no such row."""
    if table not in (*_TRIAL_CHILD_TABLES, "count_session", "decision"):
        raise ValueError(f"not a phase 3 table of a trial: {table!r}")
    row = db.execute(f"SELECT trial_uuid FROM {table} WHERE uuid = ?", [uuid]).fetchone()
    if row is None:
        what = {
            "trial_budget": "budget line",
            "trial_permit": "permit",
            "trial_status": "status change",
            "count_session": "count session",
        }.get(table, table)
        raise LookupError(f"no {what} {uuid}")
    return str(row[0])


def _budget_line(row: tuple[Any, ...]) -> BudgetLine:
    """A budget line as stored, not checked yet (:func:`check_trial` checks a test's lines)."""
    uuid, trial_uuid, text, amount, in_kind = row
    return BudgetLine(uuid, trial_uuid, text, amount, _bool_in(in_kind) is True)


def _budget_from_row(row: tuple[Any, ...]) -> BudgetLine:
    return _damaged("budget line", row[0], check_budget_line, _budget_line(row))


def _permit(row: tuple[Any, ...]) -> Permit:
    """A permit as stored, not checked yet (:func:`check_trial` checks a test's permits)."""
    uuid, trial_uuid, kind, needed, applied, granted, by_whom, date, note = row
    return Permit(
        uuid,
        trial_uuid,
        kind,
        _bool_in(needed),
        _bool_in(applied),
        _bool_in(granted),
        by_whom,
        _date_in(date),
        note,
    )


def _permit_from_row(row: tuple[Any, ...]) -> Permit:
    return _damaged("permit", row[0], check_permit, _permit(row))


def _children(db: Database, sql: str, trial_uuid: str | None) -> list[tuple[Any, ...]]:
    if trial_uuid is None:  # every test's: equal texts once (repository/interned.py)
        return shared_after_uuid(
            db.execute(sql + " ORDER BY trial_uuid, position, uuid").fetchall()
        )
    return db.execute(
        sql + " WHERE trial_uuid = ? ORDER BY position, uuid", [trial_uuid]
    ).fetchall()


def _trial_parts(db: Database, trial_uuid: str | None = None) -> dict[str, dict[str, list[Any]]]:
    """Budget lines, permits, history and responsible actors, by trial, as stored: the test's
    check (:func:`_trial_from_row`) checks each of them, once."""
    parts: dict[str, dict[str, list[Any]]] = {}

    def add(kind: str, trial: str, item: Any) -> None:
        parts.setdefault(trial, {}).setdefault(kind, []).append(item)

    for row in _children(db, f"SELECT {_BUDGET_COLUMNS} FROM trial_budget", trial_uuid):
        add("budget", row[1], _budget_line(row))
    for row in _children(db, f"SELECT {_PERMIT_COLUMNS} FROM trial_permit", trial_uuid):
        add("permits", row[1], _permit(row))
    for uuid, trial, status, date in _children(
        db, "SELECT uuid, trial_uuid, status, date FROM trial_status", trial_uuid
    ):
        day = dt.date.fromisoformat(date) if isinstance(date, str) else date
        add("history", trial, StatusChange(uuid, trial, status, day))
    for trial, actor in _children(db, "SELECT trial_uuid, actor_uuid FROM trial_actor", trial_uuid):
        add("responsible", trial, actor)
    return parts


def _trial_from_row(row: tuple[Any, ...], parts: dict[str, list[Any]]) -> Trial:
    uuid, _position, version_of, *rest = row
    raw = dict(zip((f for f in TRIAL_FIELDS if f != "responsible"), rest, strict=True))
    raw["start_date"] = _date_in(raw["start_date"])
    raw["end_date"] = _date_in(raw["end_date"])
    trial = Trial(
        uuid=uuid,
        position=position_of(row, "trial"),
        version_of=version_of,
        responsible=tuple(parts.get("responsible", ())),
        budget=tuple(parts.get("budget", ())),
        permits=tuple(parts.get("permits", ())),
        history=tuple(parts.get("history", ())),
        **raw,
    )
    return _damaged("test", uuid, check_trial, trial)


#: Tests are read with their budget, permits and history by load_trial and load_trials.
_TRIALS = Table("trial", "test", _TRIAL_COLUMNS, lambda row: _trial_from_row(row, {}))
trial_uuids, delete_trial, set_trial_order = _TRIALS.list_steps()


def load_trial(db: Database, uuid: str) -> Trial:
    row = row_by_uuid(db, "trial", _TRIAL_COLUMNS, uuid, "test")
    return _trial_from_row(row, _trial_parts(db, uuid).get(uuid, {}))


def load_links(db: Database) -> dict[str, list[tuple[str, str]]]:
    """Each idea's and test's links that must form a tree, (link column, target), ideas then
    tests in their lists' order: what ``domain.trials.loops_in`` checks (the same as
    ``link_loops`` of the whole book, without reading and checking every row)."""
    links: dict[str, list[tuple[str, str]]] = {}
    for table, columns in (("idea", ("merged_into", "origin_trial")), ("trial", _TREE_LINKS)):
        query = f"SELECT uuid, {', '.join(columns)} FROM {table} ORDER BY position, uuid"
        for uuid, *targets in db.execute(query):
            links[uuid] = [(c, t) for c, t in zip(columns, targets, strict=True) if t]
    return links


_TREE_LINKS = ("version_of", "idea_uuid")


def load_trials(db: Database) -> tuple[Trial, ...]:
    parts = _trial_parts(db)

    def from_row(row: tuple[Any, ...]) -> Trial:
        return _trial_from_row(row, parts.get(row[0], {}))

    def own_parts(uuid: str) -> tuple[Any, ...]:  # what else a test's record is made of
        return tuple((kind, tuple(items)) for kind, items in sorted(parts.get(uuid, {}).items()))

    records = remembered(db, "trial", _TRIAL_COLUMNS, from_row, own_parts)
    return records if records is not None else load_in_order(db, "trial", _TRIAL_COLUMNS, from_row)


def _trial_values(trial: Trial) -> list[Any]:
    return [to_column(getattr(trial, name)) for name in TRIAL_FIELDS if name != "responsible"]


def insert_trial(db: Database, trial: Trial) -> None:
    """Insert a trial with its budget lines, permits, status history and responsible actors."""
    values = [trial.uuid, trial.position, trial.version_of, *_trial_values(trial)]
    insert_row(db, "trial", _TRIAL_COLUMNS, values)
    set_responsible(db, trial.uuid, trial.responsible)
    for position, line in enumerate(trial.budget):
        insert_budget_line(db, line, position)
    for position, permit in enumerate(trial.permits):
        insert_permit(db, permit, position)
    for position, change in enumerate(trial.history):
        insert_status_change(db, change, position)


def update_trial(db: Database, trial: Trial) -> None:
    """Write the fields of a stored trial and its responsible actors (not its position, budget,
    permits or history). The responsible actors are written again only when they changed: a
    field typed is then an update of the test's row alone, which the kept outline takes in row
    by row (``patched_outline``)."""
    names = ["version_of", *(f for f in TRIAL_FIELDS if f != "responsible")]
    update_row(db, "trial", names, [trial.version_of, *_trial_values(trial)], trial.uuid, "test")
    stored = db.execute(
        "SELECT actor_uuid FROM trial_actor WHERE trial_uuid = ? ORDER BY position, uuid",
        [trial.uuid],
    ).fetchall()
    if tuple(actor for (actor,) in stored) != tuple(trial.responsible):
        set_responsible(db, trial.uuid, trial.responsible)


def set_responsible(db: Database, trial_uuid: str, actor_uuids: Iterable[str]) -> None:
    db.execute("DELETE FROM trial_actor WHERE trial_uuid = ?", [trial_uuid])
    for position, actor in enumerate(actor_uuids):
        db.execute(
            "INSERT INTO trial_actor(uuid, trial_uuid, actor_uuid, position) VALUES (?, ?, ?, ?)",
            [str(_uuid.uuid4()), trial_uuid, actor, position],
        )


def responsibilities_of(db: Database, actor_uuid: str) -> list[tuple[str, int]]:
    """(trial uuid, position) of every place an actor holds among a trial's responsible
    actors (for undo of deleting the actor)."""
    return [
        (r[0], r[1])
        for r in db.execute(
            "SELECT trial_uuid, position FROM trial_actor WHERE actor_uuid = ? ORDER BY trial_uuid",
            [actor_uuid],
        )
    ]


def trials_where(db: Database, column: str, uuid: str) -> list[str]:
    """Trials whose ``idea_uuid`` or ``version_of`` is ``uuid``, in order."""
    if column not in ("idea_uuid", "version_of"):
        raise ValueError(f"not a trial link column: {column!r}")
    return ordered_uuids(db, "trial", f"{column} = ?", [uuid])


def set_trial_link(db: Database, uuid: str, column: str, value: str | None) -> None:
    if column not in ("idea_uuid", "version_of"):
        raise ValueError(f"not a trial link column: {column!r}")
    update_row(db, "trial", [column], [value], uuid, "test")


def _budget_values(line: BudgetLine) -> list[Any]:
    """The line's fields as stored, in ``BUDGET_FIELDS`` order."""
    return [line.text, line.amount, int(line.in_kind)]


class _TrialRow(Protocol):
    @property
    def uuid(self) -> str: ...

    @property
    def trial_uuid(self) -> str: ...


_Child = TypeVar("_Child", bound=_TrialRow)


@dataclass(frozen=True)
class TrialChildren(Table[_Child]):
    """Rows that belong to one test, in order (budget lines, permits, feedback): their columns
    are uuid, trial_uuid, then ``fields``, whose stored values ``values`` gives."""

    fields: Sequence[str]
    values: Callable[[_Child], list[Any]]

    def insert(self, db: Database, row: _Child, position: int) -> None:
        values = [row.uuid, row.trial_uuid, *self.values(row), position]
        insert_row(db, self.name, f"{self.columns}, position", values)

    def update(self, db: Database, row: _Child) -> None:
        update_row(db, self.name, self.fields, self.values(row), row.uuid, self.what)


_BUDGET = TrialChildren(
    "trial_budget", "budget line", _BUDGET_COLUMNS, _budget_from_row, BUDGET_FIELDS, _budget_values
)
insert_budget_line, load_budget_line, update_budget_line = (
    _BUDGET.insert,
    _BUDGET.load,
    _BUDGET.update,
)


def _permit_values(permit: Permit) -> list[Any]:
    """The permit's fields as stored, in ``PERMIT_FIELDS`` order."""
    return [
        permit.kind,
        _bool_out(permit.needed),
        _bool_out(permit.applied),
        _bool_out(permit.granted),
        permit.by_whom,
        _date_out(permit.date),
        permit.note,
    ]


_PERMITS = TrialChildren(
    "trial_permit", "permit", _PERMIT_COLUMNS, _permit_from_row, PERMIT_FIELDS, _permit_values
)
insert_permit, load_permit, update_permit = _PERMITS.insert, _PERMITS.load, _PERMITS.update


def insert_status_change(db: Database, change: StatusChange, position: int) -> None:
    db.execute(
        "INSERT INTO trial_status(uuid, trial_uuid, position, status, date) VALUES (?, ?, ?, ?, ?)",
        [change.uuid, change.trial_uuid, position, change.status, _date_out(change.date)],
    )


def delete_child(db: Database, table: str, uuid: str) -> None:
    """Delete a budget line, permit, status change or feedback."""
    delete_row(db, _child_table(table), uuid)
