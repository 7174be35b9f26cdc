"""Phase 3 use cases (temporary prototype tests), mixed into ``ProjectService``.

Same habits as phase 2: ``new_X`` returns an object not yet stored; ``restore_X`` inserts it (add,
and undo of delete) at a position where the list is ordered; ``delete_X``; ``set_X_value(uuid,
field, value)``; ``move_X``. Every edit is one transaction returning ``Changes.in_trials(uuids)``; a
value that breaks a rule of ``domain/trials.py``, an unknown field or uuid is refused with
``KnownError(BAD_INPUT)`` naming the problem, e.g. ``passing[2][0]: cannot be negative (-3)`` or
``end_date: a test cannot end before it starts (…)``.

Undo, in short (the UI's commands capture the old state before the push):

- deleting an idea, a test, a count session or a feedback: capture ``*_dependents`` /
  ``citations`` first, then ``restore_*`` with them puts back every row and link exactly;
- merging ideas only sets ``merged_into`` (votes stay where they were cast and count for the idea
  merged into, see ``domain.trials.vote_tallies``), so :meth:`unmerge_idea` is its exact undo;
- a decision with consequences is a :class:`DecisionRecord` made by :meth:`new_decision`;
  :meth:`restore_decision` stores all of it in one transaction, :meth:`remove_decision` removes all
  of it in one transaction;
- deleting a meeting or an actor (services elsewhere) cascades to votes and responsibilities:
  capture :meth:`links_to` before and call :meth:`restore_links` after restoring it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid as _uuid_module
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from typing import Any

from workshop_app.domain.changes import Changes
from workshop_app.domain.model import new_uuid
from workshop_app.domain.print_runs import CardRun, check_run, runs_of
from workshop_app.domain.trials import (
    BUDGET_FIELDS,
    DECISION_FIELDS,
    IDEA_FIELDS,
    PERMIT_FIELDS,
    TRIAL_FIELDS,
    BudgetLine,
    CountSession,
    Decision,
    Feedback,
    Idea,
    LineageNode,
    Permit,
    StatusChange,
    Trial,
    TrialBook,
    TrialSummary,
    Vote,
    check_budget_line,
    check_count_session,
    check_decision,
    check_feedback,
    check_history,
    check_idea,
    check_permit,
    check_status_change,
    check_trial,
    check_vote,
    lineage,
    link_loops,
    ranked_themes,
    trial_summary,
    vote_tallies,
)
from workshop_app.domain.values import clamp, insert_at
from workshop_app.domain.vocabulary import DECISION_KINDS
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.evidence_service import EvidenceServiceMixin
from workshop_app.services.refusals import bad_input as _bad_input
from workshop_app.services.refusals import found as _found
from workshop_app.services.refusals import valid
from workshop_app.services.trial_rules import (
    FieldEdit,
    OrderedList,
    found_call,
    loop_where,
    refuse_loops,
    require_link,
    require_new,
)
from workshop_app.storage import repository

#: Votes get a uuid derived from their idea and meeting, so setting a count to 0 (which removes
#: the row) and back gives the same row again.
_VOTE_NS = _uuid_module.UUID("0f5c3c1e-6a7b-4d21-9e44-7b0d3f1a2c55")


def vote_uuid(idea_uuid: str, meeting_uuid: str) -> str:
    return str(_uuid_module.uuid5(_VOTE_NS, f"{idea_uuid}/{meeting_uuid}"))


@dataclass(frozen=True)
class IdeaDependents:
    """An idea and the links deleting it removes (see :meth:`TrialServiceMixin.idea_dependents`)."""

    idea: Idea
    votes: tuple[Vote, ...] = ()
    #: Ideas merged into it.
    merged_from: tuple[str, ...] = ()
    #: Tests of it.
    trials: tuple[str, ...] = ()


@dataclass(frozen=True)
class TrialDependents:
    """A test and everything deleting it removes or unlinks."""

    trial: Trial
    counts: tuple[CountSession, ...] = ()
    feedback: tuple[Feedback, ...] = ()
    decisions: tuple[Decision, ...] = ()
    #: Tests that are versions of it, and ideas it spawned.
    versions: tuple[str, ...] = ()
    spawned: tuple[str, ...] = ()
    #: (decision uuid, evidence uuid, position) for decisions of *other* tests citing its counts
    #: or feedback.
    citations: tuple[tuple[str, str, int], ...] = ()
    #: The print runs of its numbered feedback cards.
    card_runs: tuple[CardRun, ...] = ()


@dataclass(frozen=True)
class DecisionRecord:
    """A decision and what recording it creates: the next version of the test ("adjust and
    re-test"), new ideas ("spawn new ideas"), and the test's status change to "decided"."""

    decision: Decision
    new_version: Trial | None = None
    new_ideas: tuple[Idea, ...] = ()
    status_change: StatusChange | None = None

    @property
    def uuids(self) -> tuple[str, ...]:
        """Every phase 3 row recording (or removing) it touches."""
        made = (self.new_version, *self.new_ideas, self.status_change)
        return (
            self.decision.uuid,
            self.decision.trial_uuid,
            *(row.uuid for row in made if row is not None),
        )


@dataclass(frozen=True)
class ExternalLinks:
    """Phase 3 rows linked to a meeting or an actor, which deleting it removes or unlinks."""

    uuid: str
    votes: tuple[Vote, ...] = ()
    #: Ideas whose origin it is, by column (``origin_meeting`` / ``origin_actor``).
    ideas: tuple[tuple[str, str], ...] = ()
    #: (trial uuid, position) among the responsible actors.
    responsibilities: tuple[tuple[str, int], ...] = ()


class TrialServiceMixin(EvidenceServiceMixin):
    """Phase 3 methods of ``ProjectService``: ideas, votes, tests, their history, budget and
    permits, decisions, and the links from meetings and actors (evidence: the base class)."""

    # -- reading ---------------------------------------------------------------------------------

    def trial_book(self) -> TrialBook:
        """Phase 3 alone, with the same checks as a snapshot."""
        return self.store.trial_book()

    def trial_outline(self) -> TrialBook:
        """Phase 3 without the evidence: ``counts`` and ``feedback`` are empty (for what shows
        the tests, ideas and decisions alone; kept through feedback typed in)."""
        return self.store.trial_outline()

    def trial_summary(self, trial_uuid: str) -> TrialSummary:
        book = self.store.trial_evidence((trial_uuid,))  # this test's evidence alone
        return _found(lambda: trial_summary(book, trial_uuid))

    def trial_evidence(self, trial_uuid: str) -> TrialBook:
        """The outline with this test's counting sessions and feedback (no other test's): for
        what shows one test's evidence."""
        return self.store.trial_evidence((trial_uuid,))

    def trial_counts(self, trial_uuid: str) -> TrialBook:
        """:meth:`trial_evidence` without the feedback (``feedback`` empty): for the counting
        tab, which read a test's thousands of feedback entries for nothing."""
        return self.store.trial_evidence((trial_uuid,), feedback=False)

    def trial_feedback(self, trial_uuid: str) -> TrialBook:
        """:meth:`trial_evidence` without the counting sessions (``counts`` empty)."""
        return self.store.trial_evidence((trial_uuid,), counts=False)

    def feedback_steps(self, trial_uuid: str, size: int = 500) -> tuple[int, Generator[int]]:
        """The number of the test's feedback entries, and steps that make them ``size`` at a
        time for :meth:`trial_feedback` to find them made (each yields how many are made; see
        ``repository.feedback_steps``)."""
        return self.store.feedback_steps(trial_uuid, size)

    def feedback_themes(self) -> list[str]:
        """Every test's feedback themes, most used first, as ``top_themes`` of the whole book
        ranks them, without reading the entries (for the themes' completer)."""
        return [tag for tag, _n in ranked_themes(self.store.read(repository.load_theme_uses))]

    def lineage(self) -> tuple[LineageNode, ...]:
        return lineage(self.trial_outline())  # ideas and tests: no evidence

    def vote_tallies(self, meeting_uuid: str | None = None) -> dict[str, int]:
        book = self.trial_outline()
        return vote_tallies(book.ideas, book.votes, meeting_uuid)

    # -- ideas -----------------------------------------------------------------------------------

    def new_idea(self, **values: Any) -> Idea:
        """An idea not yet stored, placed last, created today unless given; pass it to
        :meth:`restore_idea`."""
        values.setdefault("created", dt.date.today())
        position = len(repository.idea_uuids(self.store.db))
        return valid(check_idea, Idea(uuid=new_uuid(), position=position, **values))

    def restore_idea(
        self,
        idea: Idea,
        votes: Sequence[Vote] = (),
        merged_from: Sequence[str] = (),
        trials: Sequence[str] = (),
    ) -> Changes:
        """Insert an idea at its position (clamped) with its votes, and link back the ideas that
        were merged into it and the tests of it (add, undo of delete)."""
        idea = valid(check_idea, idea)
        checked_votes = [valid(check_vote, v) for v in votes]
        with self.store.transaction() as db:
            require_new(db, "idea", idea.uuid)
            _check_idea_links(db, idea)
            order = repository.idea_uuids(db)
            insert_at(order, idea.position, idea.uuid)
            repository.insert_idea(db, dataclasses.replace(idea, position=len(order)))
            repository.set_idea_order(db, order)
            for vote in checked_votes:
                if vote.idea_uuid != idea.uuid:
                    raise _bad_input(f"vote {vote.uuid}: not this idea's")
                require_link(db, "meeting", vote.meeting_uuid, "meeting", "meeting_uuid")
                require_new(db, "idea_vote", vote.uuid)
                repository.insert_vote(db, vote)
            for other in merged_from:
                found_call(repository.set_idea_link, db, other, "merged_into", idea.uuid)
            for trial in trials:
                found_call(repository.set_trial_link, db, trial, "idea_uuid", idea.uuid)
            refuse_loops(db, "idea")
        return Changes.in_trials(idea.uuid)

    def idea_dependents(self, uuid: str) -> IdeaDependents:
        """What deleting an idea also deletes or unlinks, for :meth:`restore_idea` on undo."""
        db = self.store.db
        idea = _found(lambda: repository.load_idea(db, uuid))
        return IdeaDependents(
            idea=idea,
            votes=repository.votes_where(db, "idea_uuid", uuid),
            merged_from=tuple(repository.ideas_merged_into(db, uuid)),
            trials=tuple(repository.trials_where(db, "idea_uuid", uuid)),
        )

    def delete_idea(self, uuid: str) -> Changes:
        """Delete an idea with its votes; ideas merged into it become unmerged, tests of it keep
        their content but no longer name an idea."""
        return self._delete_listed(_IDEAS, uuid)

    def set_idea_value(self, uuid: str, field: str, value: Any) -> Changes:
        return self._set_value(_IDEA_EDIT, uuid, field, value)

    def move_idea(self, uuid: str, position: int) -> Changes:
        return self._move_listed(_IDEAS, uuid, position)

    def merge_ideas(self, source: str, target: str) -> Changes:
        """Merge idea ``source`` into ``target``: ``source`` keeps its text, tags and votes and
        links to ``target``, whose tally now includes them. Undo: :meth:`unmerge_idea`."""
        with self.store.transaction() as db:
            first = _found(lambda: repository.load_idea(db, source))
            into = _found(lambda: repository.load_idea(db, target))
            if source == target:
                raise _bad_input("merged_into: an idea cannot be merged into itself")
            if first.merged_into is not None:
                raise _bad_input(f"{source}: this idea is already merged into another")
            if into.merged_into is not None:
                raise _bad_input(
                    f"merged_into: {target} is itself merged into {into.merged_into}; merge into "
                    "that idea instead"
                )
            repository.set_idea_link(db, source, "merged_into", target)
            refuse_loops(db, "merged_into")
        return Changes.in_trials(source, target)

    def unmerge_idea(self, uuid: str) -> Changes:
        """Undo a merge: the idea stands on its own again with its own votes."""
        with self.store.transaction() as db:
            _found(lambda: repository.set_idea_link(db, uuid, "merged_into", None))
        return Changes.in_trials(uuid)

    def set_votes(self, idea_uuid: str, meeting_uuid: str, count: int) -> Changes:
        """The dot votes an idea got at a meeting (0 removes the entry)."""
        with self.store.transaction() as db:
            idea = _found(lambda: repository.load_idea(db, idea_uuid))
            require_link(db, "meeting", meeting_uuid, "meeting", "meeting_uuid")
            if idea.merged_into is not None:
                raise _bad_input(
                    f"idea {idea_uuid}: merged into {idea.merged_into}; vote for that idea"
                )
            vote = valid(
                check_vote, Vote(vote_uuid(idea_uuid, meeting_uuid), idea_uuid, meeting_uuid, count)
            )
            existing = repository.load_vote(db, idea_uuid, meeting_uuid)
            if existing is not None and vote.count == 0:
                repository.delete_vote(db, existing.uuid)
            elif existing is not None:
                repository.update_vote_count(db, existing.uuid, vote.count)
            elif vote.count:
                require_new(db, "idea_vote", vote.uuid)
                repository.insert_vote(db, vote)
        return Changes.in_trials(idea_uuid)

    def votes(self, idea_uuid: str, meeting_uuid: str) -> int:
        vote = repository.load_vote(self.store.db, idea_uuid, meeting_uuid)
        return 0 if vote is None else vote.count

    def promote_idea(self, idea_uuid: str) -> Trial:
        """A test of the idea (its title, placed last), not yet stored; pass it to
        :meth:`restore_trial`."""
        idea = _found(lambda: repository.load_idea(self.store.db, idea_uuid))
        if idea.merged_into is not None:
            raise _bad_input(f"idea {idea_uuid}: merged into {idea.merged_into}; test that idea")
        return self.new_trial(idea_uuid=idea_uuid, title=idea.title)

    # -- trials ----------------------------------------------------------------------------------

    def new_trial(self, **values: Any) -> Trial:
        """A test not yet stored, placed last, status "idea"; pass it to :meth:`restore_trial`."""
        position = len(repository.trial_uuids(self.store.db))
        return valid(check_trial, Trial(uuid=new_uuid(), position=position, **values))

    def _insert_trial(self, db: Any, trial: Trial) -> None:
        require_new(db, "trial", trial.uuid)
        for table, rows in (
            ("trial_budget", trial.budget),
            ("trial_permit", trial.permits),
            ("trial_status", trial.history),
        ):
            for row in rows:
                require_new(db, table, row.uuid)
        _check_trial_links(db, trial)
        order = repository.trial_uuids(db)
        insert_at(order, trial.position, trial.uuid)
        repository.insert_trial(db, dataclasses.replace(trial, position=len(order)))
        repository.set_trial_order(db, order)

    def restore_trial(
        self,
        trial: Trial,
        counts: Sequence[CountSession] = (),
        feedback: Sequence[Feedback] = (),
        decisions: Sequence[Decision] = (),
        versions: Sequence[str] = (),
        spawned: Sequence[str] = (),
        citations: Sequence[tuple[str, str, int]] = (),
        card_runs: Sequence[CardRun] = (),
    ) -> Changes:
        """Insert a test at its position (clamped) with its budget, permits and history, and —
        on undo of delete (see :meth:`trial_dependents`) — its evidence, decisions, links and
        print runs."""
        trial = valid(check_trial, trial)
        checked_counts = [valid(check_count_session, c) for c in counts]
        checked_feedback = [valid(check_feedback, f) for f in feedback]
        checked_decisions = [valid(check_decision, d) for d in decisions]
        checked_runs = [valid(check_run, r) for r in card_runs]
        with self.store.transaction() as db:
            self._insert_trial(db, trial)
            for session in checked_counts:
                self._own(trial.uuid, session.trial_uuid, "count session")
                require_new(db, "count_session", session.uuid)
                repository.insert_count_session(db, session)
            for position, item in enumerate(checked_feedback):
                self._own(trial.uuid, item.trial_uuid, "feedback")
                self._insert_feedback(db, item, position)
            for decision in checked_decisions:
                self._own(trial.uuid, decision.trial_uuid, "decision")
                require_new(db, "decision", decision.uuid)
                found_call(repository.insert_decision, db, decision)
            for version in versions:
                found_call(repository.set_trial_link, db, version, "version_of", trial.uuid)
            for idea in spawned:
                found_call(repository.set_idea_link, db, idea, "origin_trial", trial.uuid)
            for decision_uuid, evidence, position in citations:
                self._cite(db, decision_uuid, evidence, position)
            for run in checked_runs:
                self._own(trial.uuid, run.trial_uuid, "print run")
                require_new(db, "card_run", run.uuid)
                repository.insert_card_run(db, run)
            refuse_loops(db, "test")
        return Changes.in_trials(trial.uuid)

    @staticmethod
    def _own(trial_uuid: str, owner: str, what: str) -> None:
        if owner != trial_uuid:
            raise _bad_input(f"{what} of {owner}: not this test's")

    def trial_dependents(self, uuid: str) -> TrialDependents:
        """What deleting a test also deletes or unlinks, for :meth:`restore_trial` on undo."""
        db = self.store.db
        trial = _found(lambda: repository.load_trial(db, uuid))
        # The outline and this test's evidence: other tests' evidence is cited in decisions
        # (outline), never needed itself (reading twenty thousand feedback entries for it took
        # half a second after any test was added).
        book = self.store.trial_evidence((uuid,))
        counts = book.counts_of(uuid)
        feedback = book.feedback_of(uuid)
        own = {c.uuid for c in counts} | {f.uuid for f in feedback}
        citations = tuple(
            (d.uuid, evidence, index)
            for d in book.decisions
            if d.trial_uuid != uuid
            for index, evidence in enumerate(d.evidence)
            if evidence in own
        )
        return TrialDependents(
            trial=trial,
            counts=counts,
            feedback=feedback,
            decisions=book.decisions_of(uuid),
            versions=tuple(t.uuid for t in book.versions_of(uuid)),
            spawned=tuple(i.uuid for i in book.ideas if i.origin_trial == uuid),
            citations=citations,
            card_runs=runs_of(book.card_runs, uuid),
        )

    def delete_trial(self, uuid: str) -> Changes:
        """Delete a test with its budget, permits, history, counts, feedback, decisions and print
        runs; its versions and the ideas it spawned stay, unlinked."""
        return self._delete_listed(_TRIALS, uuid)

    def set_trial_value(self, uuid: str, field: str, value: Any) -> Changes:
        """One field of a test; ``responsible`` is the whole list of actor uuids."""
        return self._set_value(_TRIAL_EDIT, uuid, field, value)

    def move_trial(self, uuid: str, position: int) -> Changes:
        return self._move_listed(_TRIALS, uuid, position)

    # status history

    def new_status_change(self, trial_uuid: str, status: str, date: dt.date) -> StatusChange:
        """A status change not yet stored; pass it to :meth:`restore_status_change`."""
        return valid(check_status_change, StatusChange(new_uuid(), trial_uuid, status, date))

    def restore_status_change(self, change: StatusChange, position: int | None = None) -> Changes:
        """Insert a status change into the test's history (last unless ``position``); refused
        when it would be dated before the change it follows, or repeats the current status."""
        change = valid(check_status_change, change)
        with self.store.transaction() as db:
            trial = _found(lambda: repository.load_trial(db, change.trial_uuid))
            require_new(db, "trial_status", change.uuid)
            history = list(trial.history)
            where = clamp(position, len(history))
            if where == len(history) and trial.status == change.status and history:
                raise _bad_input(f"status: the test is already {change.status}")
            history.insert(where, change)
            valid(check_history, history)
            order = repository.child_uuids(db, "trial_status", trial.uuid)
            order.insert(where, change.uuid)
            repository.insert_status_change(db, change, len(order))
            repository.set_child_order(db, "trial_status", order)
        return Changes.in_trials(change.uuid)

    def set_trial_status(self, trial_uuid: str, status: str, date: dt.date) -> Changes:
        """Change the status of a test on a date (undo: :meth:`delete_status_change` of the
        last entry, or use :meth:`new_status_change` and :meth:`restore_status_change`)."""
        return self.restore_status_change(self.new_status_change(trial_uuid, status, date))

    def delete_status_change(self, uuid: str) -> Changes:
        return self._delete_child("trial_status", uuid)

    # budget lines and permits

    def new_budget_line(self, trial_uuid: str, **values: Any) -> BudgetLine:
        return valid(check_budget_line, BudgetLine(new_uuid(), trial_uuid, **values))

    def new_permit(self, trial_uuid: str, **values: Any) -> Permit:
        return valid(check_permit, Permit(new_uuid(), trial_uuid, **values))

    def restore_budget_line(self, line: BudgetLine, position: int | None = None) -> Changes:
        line = valid(check_budget_line, line)
        return self._restore_child("trial_budget", line, position, repository.insert_budget_line)

    def delete_budget_line(self, uuid: str) -> Changes:
        return self._delete_child("trial_budget", uuid)

    def move_budget_line(self, uuid: str, position: int) -> Changes:
        return self._move_child("trial_budget", uuid, position)

    def set_budget_value(self, uuid: str, field: str, value: Any) -> Changes:
        return self._set_value(_BUDGET_EDIT, uuid, field, value)

    def restore_permit(self, permit: Permit, position: int | None = None) -> Changes:
        permit = valid(check_permit, permit)
        return self._restore_child("trial_permit", permit, position, repository.insert_permit)

    def delete_permit(self, uuid: str) -> Changes:
        return self._delete_child("trial_permit", uuid)

    def move_permit(self, uuid: str, position: int) -> Changes:
        return self._move_child("trial_permit", uuid, position)

    def set_permit_value(self, uuid: str, field: str, value: Any) -> Changes:
        return self._set_value(_PERMIT_EDIT, uuid, field, value)

    # -- decisions -------------------------------------------------------------------------------

    def new_decision(
        self,
        trial_uuid: str,
        kind: str,
        date: dt.date,
        reasoning: str = "",
        evidence: Sequence[str] = (),
        new_ideas: Sequence[str] = (),
    ) -> DecisionRecord:
        """A decision and its consequences, not yet stored; pass it to :meth:`restore_decision`.

        - ``adjust_and_retest``: the next version of the test, placed right after it, with its
          hypothesis, plan, responsible actors, budget and permits copied (permits not yet
          applied for), no dates, status "planned" on the decision's date;
        - ``spawn_ideas``: one new idea per title in ``new_ideas`` (at least one), coming from
          the test, created on the decision's date;
        - every kind: the test's status becomes "decided" on that date (unless it already is).
        """
        db = self.store.db
        trial = _found(lambda: repository.load_trial(db, trial_uuid))
        decision = valid(
            check_decision,
            Decision(new_uuid(), trial_uuid, date, kind, reasoning, tuple(evidence)),
        )
        if new_ideas and kind != "spawn_ideas":
            raise _bad_input("new_ideas: only a decision to spawn new ideas creates ideas")
        if kind == "spawn_ideas" and not new_ideas:
            raise _bad_input("new_ideas: name at least one new idea")
        version = None
        if kind == "adjust_and_retest":
            version = self._next_version(trial, date)
        ideas: list[Idea] = []
        first = len(repository.idea_uuids(db))
        for index, title in enumerate(new_ideas):
            idea = Idea(new_uuid(), first + index, title=title, origin_trial=trial_uuid)
            ideas.append(valid(check_idea, dataclasses.replace(idea, created=date)))
        status = None
        if trial.status != "decided":
            status = self.new_status_change(trial_uuid, "decided", date)
        return DecisionRecord(decision, version, tuple(ideas), status)

    @staticmethod
    def _next_version(trial: Trial, date: dt.date) -> Trial:
        uuid = new_uuid()
        budget = tuple(
            dataclasses.replace(line, uuid=new_uuid(), trial_uuid=uuid) for line in trial.budget
        )
        permits = tuple(
            dataclasses.replace(p, uuid=new_uuid(), trial_uuid=uuid, applied=None, granted=None)
            for p in trial.permits
        )
        history = (StatusChange(new_uuid(), uuid, "planned", date),)
        return valid(
            check_trial,
            dataclasses.replace(
                trial,
                uuid=uuid,
                position=trial.position + 1,
                version_of=trial.uuid,
                start_date=None,
                end_date=None,
                budget=budget,
                permits=permits,
                history=history,
            ),
        )

    def restore_decision(self, record: DecisionRecord) -> Changes:
        """Store a decision with everything it creates, in one transaction (record, redo)."""
        decision = valid(check_decision, record.decision)
        if decision.kind not in DECISION_KINDS:  # pragma: no cover - checked above
            raise _bad_input("kind: unknown")
        version = None if record.new_version is None else valid(check_trial, record.new_version)
        ideas = [valid(check_idea, i) for i in record.new_ideas]
        status = record.status_change
        with self.store.transaction() as db:
            trial = _found(lambda: repository.load_trial(db, decision.trial_uuid))
            require_new(db, "decision", decision.uuid)
            _found(lambda: repository.insert_decision(db, decision))
            if status is not None:
                status = valid(check_status_change, status)
                if status.trial_uuid != trial.uuid:
                    raise _bad_input("status_change: belongs to another test")
                valid(check_history, [*trial.history, status])
                require_new(db, "trial_status", status.uuid)
                repository.insert_status_change(db, status, len(trial.history))
            if version is not None:
                if version.version_of != trial.uuid:
                    raise _bad_input("new_version: is not a version of this test")
                self._insert_trial(db, version)
            for idea in ideas:
                if idea.origin_trial != trial.uuid:
                    raise _bad_input("new_ideas: an idea does not come from this test")
                require_new(db, "idea", idea.uuid)
                order = repository.idea_uuids(db)
                insert_at(order, idea.position, idea.uuid)
                repository.insert_idea(db, dataclasses.replace(idea, position=len(order)))
                repository.set_idea_order(db, order)
        return Changes.in_trials(*record.uuids)

    def record_decision(
        self,
        trial_uuid: str,
        kind: str,
        date: dt.date,
        reasoning: str = "",
        evidence: Sequence[str] = (),
        new_ideas: Sequence[str] = (),
    ) -> tuple[DecisionRecord, Changes]:
        """:meth:`new_decision` and :meth:`restore_decision` at once; the record is what
        :meth:`remove_decision` needs to undo it."""
        record = self.new_decision(trial_uuid, kind, date, reasoning, evidence, new_ideas)
        return record, self.restore_decision(record)

    def remove_decision(self, record: DecisionRecord) -> Changes:
        """Undo :meth:`restore_decision`: the decision, the version and ideas it created and its
        status change go, in one transaction. Refused when the new version has gathered evidence,
        decisions or versions of its own since (those must be removed first)."""
        with self.store.transaction() as db:
            _found(lambda: repository.load_decision(db, record.decision.uuid))
            if record.new_version is not None:
                uuid = record.new_version.uuid
                # The new version's own evidence (no other test's is asked).
                book = repository.load_evidence(db, repository.load_trial_outline(db), (uuid,))
                if (
                    book.counts_of(uuid)
                    or book.feedback_of(uuid)
                    or book.decisions_of(uuid)
                    or book.versions_of(uuid)
                    or any(i.origin_trial == uuid for i in book.ideas)
                ):
                    raise _bad_input(
                        "new_version: the new version already has evidence, decisions or "
                        "versions of its own"
                    )
                repository.delete_trial(db, uuid)
                repository.set_trial_order(db, repository.trial_uuids(db))
            for idea in record.new_ideas:
                repository.delete_idea(db, idea.uuid)
            repository.set_idea_order(db, repository.idea_uuids(db))
            change = record.status_change
            if change is not None:
                repository.delete_child(db, "trial_status", change.uuid)
                rest = repository.child_uuids(db, "trial_status", change.trial_uuid)
                repository.set_child_order(db, "trial_status", rest)
            repository.delete_decision(db, record.decision.uuid)
        return Changes.in_trials(*record.uuids)

    def delete_decision(self, uuid: str) -> Changes:
        """Delete a decision only (what it created stays); undo with
        ``restore_decision(DecisionRecord(decision))``."""
        with self.store.transaction() as db:
            repository.delete_decision(db, uuid)
        return Changes.in_trials(uuid)

    def set_decision_value(self, uuid: str, field: str, value: Any) -> Changes:
        """Date, reasoning or evidence (the uuids of count sessions and feedback)."""
        return self._set_value(_DECISION_EDIT, uuid, field, value)

    # -- links from meetings and actors ----------------------------------------------------------

    def links_to(self, uuid: str) -> ExternalLinks:
        """Phase 3 rows a meeting or an actor is linked from (capture before deleting it)."""
        db = self.store.db
        ideas = tuple(
            (column, idea)
            for column in ("origin_meeting", "origin_actor")
            for idea in repository.ideas_from(db, column, uuid)
        )
        return ExternalLinks(
            uuid=uuid,
            votes=repository.votes_where(db, "meeting_uuid", uuid),
            ideas=ideas,
            responsibilities=tuple(repository.responsibilities_of(db, uuid)),
        )

    def restore_links(self, links: ExternalLinks) -> Changes:
        """Put back links captured by :meth:`links_to` once the meeting or actor is back."""
        with self.store.transaction() as db:
            for vote in links.votes:
                require_link(db, "meeting", vote.meeting_uuid, "meeting", "meeting_uuid")
                if not repository.trial_row_exists(db, "idea_vote", vote.uuid):
                    found_call(repository.insert_vote, db, vote)
            for column, idea in links.ideas:
                if column not in ("origin_meeting", "origin_actor"):
                    raise _bad_input(f"{column}: not a link from a meeting or an actor")
                found_call(repository.set_idea_link, db, idea, column, links.uuid)
            for trial_uuid, position in links.responsibilities:
                trial = found_call(repository.load_trial, db, trial_uuid)
                if links.uuid not in trial.responsible:
                    require_link(db, "actor", links.uuid, "actor", "responsible")
                    actors = list(trial.responsible)
                    insert_at(actors, position, links.uuid)
                    repository.set_responsible(db, trial_uuid, actors)
        return Changes.in_trials(
            *(v.idea_uuid for v in links.votes),
            *(idea for _, idea in links.ideas),
            *(trial for trial, _ in links.responsibilities),
        )


def loop_damage(path: object, book: TrialBook) -> KnownError | None:
    """The DAMAGED error naming the first loop of links in ``book``, if it has one."""
    loops = link_loops(book)
    if not loops:
        return None
    return KnownError(
        ErrorKind.DAMAGED, path, reason=f"{loops[0].kind}_loop", where=loop_where(book, loops[0])
    )


def _check_idea_links(db: Any, idea: Idea) -> None:
    require_link(db, "meeting", idea.origin_meeting, "meeting", "origin_meeting")
    require_link(db, "actor", idea.origin_actor, "actor", "origin_actor")
    require_link(db, "trial", idea.origin_trial, "test", "origin_trial")
    if idea.merged_into is not None:
        require_link(db, "idea", idea.merged_into, "idea", "merged_into")


def _check_trial_links(db: Any, trial: Trial) -> None:
    require_link(db, "idea", trial.idea_uuid, "idea", "idea_uuid")
    require_link(db, "trial", trial.version_of, "test", "version_of")
    known = set(repository.actor_uuids(db))
    for actor in trial.responsible:
        if actor not in known:
            raise _bad_input(f"responsible: there is no actor {actor}")


_IDEAS = OrderedList(
    "idea", repository.idea_uuids, repository.delete_idea, repository.set_idea_order
)
_TRIALS = OrderedList(
    "test", repository.trial_uuids, repository.delete_trial, repository.set_trial_order
)
_IDEA_EDIT = FieldEdit(
    "idea",
    IDEA_FIELDS,
    repository.load_idea,
    check_idea,
    repository.update_idea,
    before=_check_idea_links,
    loop_link="origin_trial",
)
_TRIAL_EDIT = FieldEdit(
    "test",
    TRIAL_FIELDS,
    repository.load_trial,
    check_trial,
    repository.update_trial,
    before=_check_trial_links,
    loop_link="idea_uuid",
)
_BUDGET_EDIT = FieldEdit(
    "budget line",
    BUDGET_FIELDS,
    repository.load_budget_line,
    check_budget_line,
    repository.update_budget_line,
)
_PERMIT_EDIT = FieldEdit(
    "permit", PERMIT_FIELDS, repository.load_permit, check_permit, repository.update_permit
)
_DECISION_EDIT = FieldEdit(
    "decision",
    DECISION_FIELDS,
    repository.load_decision,
    check_decision,
    repository.update_decision,
)
