"""Phase 3: count sessions, feedback, decisions and the whole trial book."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid as _uuid
from collections.abc import Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from workshop_app.domain.trials import (
    COUNT_FIELDS,
    FEEDBACK_FIELDS,
    CountSession,
    Decision,
    Feedback,
    TrialBook,
    check_count_session,
    check_decision,
    check_feedback,
)
from workshop_app.storage.connection import Database
from workshop_app.storage.repository.card_runs import insert_card_run, load_card_runs
from workshop_app.storage.repository.common import (
    _date_in,
    _date_out,
    _time_in,
    row_by_uuid,
    to_column,
)
from workshop_app.storage.repository.interned import repeated, shared
from workshop_app.storage.repository.rows import (
    Table,
    damaged,
    delete_row,
    insert_row,
    made_in_steps,
    made_once,
    update_row,
)
from workshop_app.storage.repository.scope import _json_in, _json_out
from workshop_app.storage.repository.trials import (
    _COUNT_COLUMNS,
    _DECISION_COLUMNS,
    _FEEDBACK_COLUMNS,
    TrialChildren,
    _tags_in,
    evidence_kind,
    insert_idea,
    insert_trial,
    insert_vote,
    load_ideas,
    load_trial,
    load_trials,
    load_votes,
    set_idea_link,
    set_trial_link,
    trial_uuids,
)

# count sessions


def _count_from_row(row: tuple[Any, ...]) -> CountSession:
    uuid, trial_uuid, date, start, end, weather, place, phase, note, passing, staying = row
    session = CountSession(
        uuid,
        trial_uuid,
        _date_in(date),  # type: ignore[arg-type]
        _time_in(start),  # type: ignore[arg-type]
        _time_in(end),  # type: ignore[arg-type]
        weather,
        place,
        phase,
        note,
        _json_in(passing),
        _json_in(staying),
    )
    return damaged("count session", uuid, check_count_session, session)


def _in_trial_order(
    db: Database, table: str, columns: str, then: str, of: Sequence[str] | None = None
) -> list[tuple[Any, ...]]:
    """The ``columns`` of every row of a table of a trial's evidence or decisions (or of the
    tests ``of`` alone): by the trial's place in the list, then by the table's own ``then``
    columns, then uuid."""
    picked = ", ".join(f"x.{c}" for c in columns.split(", "))
    order = ", ".join(f"x.{c}" for c in (*then.split(", "), "uuid"))
    where, args = "", []
    if of is not None:  # one statement for any number of tests (none too)
        where = f"WHERE x.trial_uuid IN ({', '.join('?' for _ in of)}) "
        args = list(of)
    return db.execute(
        f"SELECT {picked} FROM {table} x JOIN trial t ON t.uuid = x.trial_uuid "
        f"{where}ORDER BY t.position, t.uuid, {order}",
        args,
    ).fetchall()


_COUNT_REPEATS = repeated(_COUNT_COLUMNS, "trial_uuid", "weather", "place", "phase", "note")


def load_counts(db: Database, of: Sequence[str] | None = None) -> tuple[CountSession, ...]:
    """Every counting session (or those of the tests ``of``), in the order of the tests, then
    by date and start time."""
    rows = _in_trial_order(db, "count_session", _COUNT_COLUMNS, "date, start_time", of)
    rows = shared(rows, _COUNT_REPEATS)  # equal texts once (repository/interned.py)
    if of is None:
        return tuple(_count_from_row(r) for r in rows)
    return made_once(db, "count_session_of", rows, _count_from_row)  # see load_feedback


load_count_session = Table("count_session", "count session", _COUNT_COLUMNS, _count_from_row).load


def _count_values(session: CountSession) -> list[Any]:
    return [
        *(to_column(getattr(session, name)) for name in COUNT_FIELDS),
        _json_out([list(row) for row in session.passing]),
        _json_out([list(row) for row in session.staying]),
    ]


def insert_count_session(db: Database, session: CountSession) -> None:
    values = [session.uuid, session.trial_uuid, *_count_values(session)]
    insert_row(db, "count_session", _COUNT_COLUMNS, values)


def update_count_session(db: Database, session: CountSession) -> None:
    names = (*COUNT_FIELDS, "passing", "staying")
    update_row(db, "count_session", names, _count_values(session), session.uuid, "count session")


def delete_count_session(db: Database, uuid: str) -> None:
    delete_row(db, "count_session", uuid)


# feedback


def _feedback_from_row(row: tuple[Any, ...]) -> Feedback:
    # The columns are Feedback's fields in their order (tests/storage/test_feedback_rows.py):
    # made by position, no dict of names for each of a test's thousands of entries.
    uuid, trial_uuid, date, *rest, tags = row
    entry = Feedback(uuid, trial_uuid, _date_in(date), *rest, _tags_in(tags))  # type: ignore[call-arg]
    return damaged("feedback", uuid, check_feedback, entry)


_FEEDBACK_REPEATS = repeated(
    _FEEDBACK_COLUMNS,
    *("trial_uuid", "channel", "sentiment", "what_works", "could_be_better", "quote"),
    *("age_band", "respondent_group"),
)


def load_feedback(db: Database, of: Sequence[str] | None = None) -> tuple[Feedback, ...]:
    """Every feedback entry (or those of the tests ``of``), in the order of the tests, then in
    each test's own order."""
    rows = _in_trial_order(db, "feedback", _FEEDBACK_COLUMNS, "position", of)
    rows = shared(rows, _FEEDBACK_REPEATS)  # equal texts once (repository/interned.py)
    if of is None:
        return tuple(_feedback_from_row(r) for r in rows)
    # A test's evidence is read by each of its tabs as it is first shown, and by its summary
    # after each card typed: a row read before (by all its columns) comes back as made then,
    # not checked again (45 ms for a test with 3,000 entries). Only the last such read's rows
    # are kept (the tests shown), not every test's.
    return made_once(db, "feedback_of", rows, _feedback_from_row)


def feedback_rows(db: Database, trial_uuid: str) -> list[tuple[Any, ...]]:
    """The rows of one test's feedback entries, in its order, as :func:`load_feedback` reads
    them (for :func:`feedback_steps`)."""
    rows = _in_trial_order(db, "feedback", _FEEDBACK_COLUMNS, "position", (trial_uuid,))
    return shared(rows, _FEEDBACK_REPEATS)


def feedback_steps(db: Database, rows: Sequence[tuple[Any, ...]], size: int) -> Generator[int]:
    """The entries of ``rows`` (:func:`feedback_rows` of one test) made in steps for the read
    of its feedback (:func:`~rows.made_in_steps`); a damaged row ends them (the read says so)."""
    try:
        yield from made_in_steps(db, "feedback_of", rows, _feedback_from_row, size)
    except ValueError:
        return


#: The themes of every feedback entry as SQLite reads them (a list not JSON counts as none).
_THEMES = (
    "SELECT j.value, count(*) FROM feedback x, "
    "json_each(CASE WHEN json_valid(x.tags) THEN x.tags ELSE '[]' END) j "
    "WHERE j.type = 'text' {where}GROUP BY j.value"
)
_FIRST_USE = (
    "SELECT j.value FROM feedback x JOIN trial t ON t.uuid = x.trial_uuid, "
    "json_each(CASE WHEN json_valid(x.tags) THEN x.tags ELSE '[]' END) j "
    "WHERE j.type = 'text' AND j.value IN ({spellings}) "
    "ORDER BY t.position, t.uuid, x.position, x.uuid, j.key"
)


def load_theme_uses(db: Database) -> list[tuple[str, int]]:
    """Each spelling of a theme on any test's feedback with how many entries use it, counted by
    SQLite (no entry read: twenty thousand on a project grown over years); spellings that
    differ in case alone in the order of their first use, as :func:`load_feedback` reads the
    entries (the first names them all in ``domain.trial_summary.ranked_themes``)."""
    uses = [(str(tag), int(n)) for tag, n in db.execute(_THEMES.format(where="")).fetchall()]
    folded: dict[str, list[str]] = {}
    for tag, _n in uses:
        folded.setdefault(tag.casefold(), []).append(tag)
    alike = [tag for spellings in folded.values() if len(spellings) > 1 for tag in spellings]
    if not alike:
        return uses
    first: dict[str, int] = {}
    marks = ", ".join("?" for _ in alike)
    for (tag,) in db.execute(_FIRST_USE.format(spellings=marks), alike).fetchall():
        first.setdefault(tag, len(first))
    return sorted(uses, key=lambda use: first.get(use[0], -1))


def _feedback_values(feedback: Feedback) -> list[Any]:
    values = [to_column(getattr(feedback, name)) for name in FEEDBACK_FIELDS]
    values[-1] = _json_out(list(feedback.tags))
    return values


_FEEDBACK = TrialChildren(
    "feedback", "feedback", _FEEDBACK_COLUMNS, _feedback_from_row, FEEDBACK_FIELDS, _feedback_values
)
insert_feedback, load_feedback_entry = _FEEDBACK.insert, _FEEDBACK.load
update_feedback = _FEEDBACK.update


def card_holder(db: Database, trial_uuid: str, card_number: int) -> str | None:
    """The feedback that already has this card number in this trial, if any."""
    row = db.execute(
        "SELECT uuid FROM feedback WHERE trial_uuid = ? AND card_number = ?",
        [trial_uuid, card_number],
    ).fetchone()
    return None if row is None else str(row[0])


def max_card_number(db: Database, trial_uuid: str) -> int:
    row = db.execute(
        "SELECT max(card_number) FROM feedback WHERE trial_uuid = ?", [trial_uuid]
    ).fetchone()
    return int(row[0] or 0)


# decisions


def _evidence(db: Database, decision_uuid: str | None = None) -> dict[str, list[str]]:
    sql = "SELECT decision_uuid, coalesce(count_uuid, feedback_uuid) FROM decision_evidence"
    args: list[Any] = []
    if decision_uuid is not None:
        sql += " WHERE decision_uuid = ?"
        args.append(decision_uuid)
    out: dict[str, list[str]] = {}
    for decision, evidence in db.execute(sql + " ORDER BY decision_uuid, position", args):
        out.setdefault(decision, []).append(evidence)
    return out


def _decision_from_row(row: tuple[Any, ...], evidence: list[str]) -> Decision:
    uuid, trial_uuid, date, kind, reasoning = row
    day = dt.date.fromisoformat(date) if isinstance(date, str) else date
    return damaged(
        "decision",
        uuid,
        check_decision,
        Decision(uuid, trial_uuid, day, kind, reasoning, tuple(evidence)),
    )


def load_decisions(db: Database) -> tuple[Decision, ...]:
    evidence = _evidence(db)
    rows = _in_trial_order(db, "decision", _DECISION_COLUMNS, "date")
    return tuple(_decision_from_row(r, evidence.get(r[0], [])) for r in rows)


def load_decision(db: Database, uuid: str) -> Decision:
    row = row_by_uuid(db, "decision", _DECISION_COLUMNS, uuid, "decision")
    return _decision_from_row(row, _evidence(db, uuid).get(uuid, []))


def set_evidence(db: Database, decision_uuid: str, evidence: Iterable[str]) -> None:
    """Replace the evidence of a decision; each uuid must be a count session or a feedback."""
    db.execute("DELETE FROM decision_evidence WHERE decision_uuid = ?", [decision_uuid])
    for position, uuid in enumerate(evidence):
        kind = evidence_kind(db, uuid)
        if kind is None:
            raise LookupError(f"no count session or feedback {uuid}")
        db.execute(
            "INSERT INTO decision_evidence(uuid, decision_uuid, position, count_uuid, "
            "feedback_uuid) VALUES (?, ?, ?, ?, ?)",
            [
                str(_uuid.uuid4()),
                decision_uuid,
                position,
                uuid if kind == "count" else None,
                uuid if kind == "feedback" else None,
            ],
        )


def insert_decision(db: Database, decision: Decision) -> None:
    date = _date_out(decision.date)
    values = [decision.uuid, decision.trial_uuid, date, decision.kind, decision.reasoning]
    insert_row(db, "decision", _DECISION_COLUMNS, values)
    set_evidence(db, decision.uuid, decision.evidence)


def update_decision(db: Database, decision: Decision) -> None:
    values = [_date_out(decision.date), decision.reasoning]
    update_row(db, "decision", ("date", "reasoning"), values, decision.uuid, "decision")
    set_evidence(db, decision.uuid, decision.evidence)


def delete_decision(db: Database, uuid: str) -> None:
    delete_row(db, "decision", uuid)


def citing(db: Database, evidence_uuid: str) -> list[tuple[str, int]]:
    """(decision uuid, position in its evidence) of every decision citing this count session or
    feedback (for undo of deleting it)."""
    return [
        (r[0], r[1])
        for r in db.execute(
            "SELECT decision_uuid, position FROM decision_evidence "
            "WHERE count_uuid = ? OR feedback_uuid = ? ORDER BY decision_uuid",
            [evidence_uuid, evidence_uuid],
        )
    ]


def load_trial_outline(db: Database) -> TrialBook:
    """Phase 3 without the evidence: the ideas, votes, tests, decisions and card runs, checked
    as :func:`load_trial_book` checks them; ``counts`` and ``feedback`` are left empty (the
    tests page's list and plan, the navigation and the overview need no twenty thousand
    feedback entries; :func:`load_evidence` reads the evidence of the tests that show it)."""
    return TrialBook(
        ideas=load_ideas(db),
        votes=load_votes(db),
        trials=load_trials(db),
        decisions=load_decisions(db),
        card_runs=load_card_runs(db),
    )


def patched_outline(
    db: Database, kept: TrialBook, changed: Mapping[str, frozenset[str]]
) -> TrialBook:
    """The kept outline with the tests whose own fields were edited in place (``changed``: the
    uuids of the rows updated per table, ``storage/read_versions``) read again, each with its
    budget, permits and history, in its place: typing a test's plan reads one test, not five
    hundred with every budget line. Any other change raises ``LookupError`` (read it all)."""
    if set(changed) - {"trial"}:
        raise LookupError("another table of the outline changed")
    uuids = changed.get("trial", frozenset())
    if uuids - {t.uuid for t in kept.trials}:
        raise LookupError("a test not read")
    if not uuids:
        return kept
    trials = tuple(
        dataclasses.replace(load_trial(db, t.uuid), position=t.position) if t.uuid in uuids else t
        for t in kept.trials
    )
    return dataclasses.replace(kept, trials=trials)


def load_evidence(
    db: Database, book: TrialBook, of: Sequence[str], *, counts: bool = True, feedback: bool = True
) -> TrialBook:
    """``book`` (an outline) with the counting sessions and feedback of the tests ``of`` (or
    one of the two, the other left empty): two statements, however many tests."""
    return dataclasses.replace(
        book,
        counts=load_counts(db, of) if counts else (),
        feedback=load_feedback(db, of) if feedback else (),
    )


@dataclass(frozen=True)
class Evidence:
    """Every test's counting sessions and feedback, in the order of the tests (``order``: their
    uuids in list order), as :func:`load_trial_book` reads them."""

    order: tuple[str, ...]
    counts: tuple[CountSession, ...]
    feedback: tuple[Feedback, ...]


def load_all_evidence(db: Database) -> Evidence:
    return Evidence(tuple(trial_uuids(db)), load_counts(db), load_feedback(db))


def with_evidence(outline: TrialBook, evidence: Evidence) -> TrialBook:
    """The whole trial book: the outline with every test's evidence."""
    return dataclasses.replace(outline, counts=evidence.counts, feedback=evidence.feedback)


def load_trial_book(db: Database) -> TrialBook:
    return with_evidence(load_trial_outline(db), load_all_evidence(db))


def insert_trial_book(db: Database, book: TrialBook) -> None:
    """Write a whole phase 3 into a file that has none (create, import, demo). Links between
    rows are written after all rows exist, so any order of ideas and trials works."""
    ideas = sorted(book.ideas, key=lambda i: i.position)
    trials = sorted(book.trials, key=lambda t: t.position)
    for position, idea in enumerate(ideas):
        insert_idea(
            db,
            dataclasses.replace(idea, position=position, origin_trial=None, merged_into=None),
        )
    for position, trial in enumerate(trials):
        insert_trial(db, dataclasses.replace(trial, position=position, version_of=None))
    for idea in ideas:
        if idea.origin_trial is not None:
            set_idea_link(db, idea.uuid, "origin_trial", idea.origin_trial)
        if idea.merged_into is not None:
            set_idea_link(db, idea.uuid, "merged_into", idea.merged_into)
    for trial in trials:
        if trial.version_of is not None:
            set_trial_link(db, trial.uuid, "version_of", trial.version_of)
    for vote in book.votes:
        insert_vote(db, vote)
    for session in book.counts:
        insert_count_session(db, session)
    positions: dict[str, int] = {}
    for feedback in book.feedback:
        position = positions.get(feedback.trial_uuid, 0)
        insert_feedback(db, feedback, position)
        positions[feedback.trial_uuid] = position + 1
    for decision in book.decisions:
        insert_decision(db, decision)
    for run in book.card_runs:
        insert_card_run(db, run)
