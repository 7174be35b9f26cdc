"""Phase 3 evidence: count sessions (people passing and staying, by 10-minute block) and
feedback (paper cards and other channels), mixed into ``ProjectService``. Each edit is one
transaction returning ``Changes.in_trials(uuids of the rows it changed)``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from workshop_app.domain.changes import Changes
from workshop_app.domain.model import new_uuid
from workshop_app.domain.trials import (
    AGE_BANDS,
    COUNT_FIELDS,
    FEEDBACK_FIELDS,
    STAY_ACTIVITIES,
    TRAVEL_MODES,
    Cell,
    CountSession,
    Feedback,
    InvalidTrialValue,
    check_count_session,
    check_count_value,
    check_feedback,
    check_times_in_order,
    empty_passing,
    empty_staying,
    resized_passing,
)
from workshop_app.domain.values import insert_at
from workshop_app.services.refusals import bad_input as _bad_input
from workshop_app.services.refusals import found as _found
from workshop_app.services.refusals import valid
from workshop_app.services.trial_rules import (
    FieldEdit,
    TrialRows,
    as_grid,
    replaced_field,
    require_link,
    require_new,
    valid_cell,
)
from workshop_app.storage import repository


class EvidenceServiceMixin(TrialRows):
    """Count sessions and feedback of a test."""

    # -- evidence: count sessions ----------------------------------------------------------------

    def new_count_session(
        self,
        trial_uuid: str,
        date: dt.date,
        start_time: dt.time,
        end_time: dt.time,
        **values: Any,
    ) -> CountSession:
        """A count session with empty tallies (one row per 10-minute block), not yet stored;
        pass it to :meth:`restore_count_session`."""
        try:
            passing = empty_passing(start_time, end_time)
        except (TypeError, AttributeError):
            passing = ()  # the check below names the problem
        session = CountSession(
            new_uuid(),
            trial_uuid,
            date,
            start_time,
            end_time,
            passing=passing,
            staying=empty_staying(),
            **values,
        )
        return valid(check_count_session, session)

    def restore_count_session(
        self, session: CountSession, cited_by: Sequence[tuple[str, int]] = ()
    ) -> Changes:
        """Insert a count session; ``cited_by`` ((decision uuid, position) from
        :meth:`citations`) puts it back into the decisions that cited it."""
        session = valid(check_count_session, session)
        with self.store.transaction() as db:
            require_link(db, "trial", session.trial_uuid, "test", "trial_uuid")
            require_new(db, "count_session", session.uuid)
            repository.insert_count_session(db, session)
            for decision_uuid, position in cited_by:
                self._cite(db, decision_uuid, session.uuid, position)
        return Changes.in_trials(session.uuid)

    def citations(self, evidence_uuid: str) -> tuple[tuple[str, int], ...]:
        """(decision uuid, position) of the decisions citing a count session or feedback."""
        return tuple(repository.citing(self.store.db, evidence_uuid))

    def delete_count_session(self, uuid: str) -> Changes:
        with self.store.transaction() as db:
            repository.delete_count_session(db, uuid)
        return Changes.in_trials(uuid)

    def _update_count(self, uuid: str, change: Callable[[CountSession], CountSession]) -> Changes:
        with self.store.transaction() as db:
            session = _found(lambda: repository.load_count_session(db, uuid))
            changed = valid(check_count_session, valid(change, session))
            repository.update_count_session(db, changed)
        return Changes.in_trials(uuid)

    def set_count_value(self, uuid: str, field: str, value: Any) -> Changes:
        """One field of a count session. New times resize the passing tally: blocks are added
        empty; blocks that hold counts are never dropped (refused instead)."""

        def change(session: CountSession) -> CountSession:
            changed = replaced_field(session, COUNT_FIELDS, "count session", field, value)
            if field in ("start_time", "end_time"):
                checked = check_count_value(field, value)
                changed = dataclasses.replace(session, **{field: checked})
                check_times_in_order(changed.start_time, changed.end_time)
                passing = resized_passing(session.passing, changed.start_time, changed.end_time)
                changed = dataclasses.replace(changed, passing=passing)
            return changed

        return self._update_count(uuid, change)

    def set_passing(self, uuid: str, block: int, mode: str, count: Cell) -> Changes:
        """People passing in one 10-minute block (0 = the first) by one mode (``None``: blank,
        not counted)."""
        if mode not in TRAVEL_MODES:
            raise _bad_input(f"mode: must be one of {', '.join(TRAVEL_MODES)}")
        column = TRAVEL_MODES.index(mode)

        def change(session: CountSession) -> CountSession:
            if isinstance(block, bool) or not isinstance(block, int):
                raise InvalidTrialValue("block: must be a whole number")
            if not 0 <= block < len(session.passing):
                raise InvalidTrialValue(
                    f"block: the session has {len(session.passing)} blocks of 10 minutes "
                    f"(0–{len(session.passing) - 1})"
                )
            value = valid_cell(f"passing[{block}][{column}]", count)
            rows = [list(row) for row in session.passing]
            rows[block][column] = value
            return dataclasses.replace(session, passing=tuple(tuple(r) for r in rows))

        return self._update_count(uuid, change)

    def set_staying(self, uuid: str, activity: str, age_band: str, count: Cell) -> Changes:
        """People staying, by activity and age band (``None``: blank, not counted)."""
        if activity not in STAY_ACTIVITIES:
            raise _bad_input(f"activity: must be one of {', '.join(STAY_ACTIVITIES)}")
        if age_band not in AGE_BANDS:
            raise _bad_input(f"age_band: must be one of {', '.join(AGE_BANDS)}")
        row_index, column = STAY_ACTIVITIES.index(activity), AGE_BANDS.index(age_band)

        def change(session: CountSession) -> CountSession:
            value = valid_cell(f"staying[{row_index}][{column}]", count)
            rows = [list(row) for row in session.staying]
            rows[row_index][column] = value
            return dataclasses.replace(session, staying=tuple(tuple(r) for r in rows))

        return self._update_count(uuid, change)

    def set_tallies(
        self,
        uuid: str,
        passing: Sequence[Sequence[Cell]] | None = None,
        staying: Sequence[Sequence[Cell]] | None = None,
    ) -> Changes:
        """Replace whole tallies at once (a pasted grid; undo of clearing)."""

        def change(session: CountSession) -> CountSession:
            return dataclasses.replace(
                session,
                passing=session.passing if passing is None else as_grid(passing),
                staying=session.staying if staying is None else as_grid(staying),
            )

        return self._update_count(uuid, change)

    # -- evidence: feedback ----------------------------------------------------------------------

    def new_feedback(self, trial_uuid: str, **values: Any) -> Feedback:
        """Feedback not yet stored; a paper card gets the next card number unless one is given.
        Pass it to :meth:`restore_feedback`."""
        if values.get("channel", "card") == "card" and "card_number" not in values:
            values["card_number"] = self.next_card_number(trial_uuid)
        return valid(check_feedback, Feedback(new_uuid(), trial_uuid, **values))

    @staticmethod
    def _check_card(db: Any, feedback: Feedback) -> None:
        if feedback.card_number is None:
            return
        holder = repository.card_holder(db, feedback.trial_uuid, feedback.card_number)
        if holder is not None and holder != feedback.uuid:
            raise _bad_input(
                f"card_number: card {feedback.card_number} is already entered for this test",
                card_number=str(feedback.card_number),
            )

    def _insert_feedback(self, db: Any, feedback: Feedback, position: int | None) -> None:
        require_link(db, "trial", feedback.trial_uuid, "test", "trial_uuid")
        require_new(db, "feedback", feedback.uuid)
        self._check_card(db, feedback)
        order = repository.child_uuids(db, "feedback", feedback.trial_uuid)
        insert_at(order, position, feedback.uuid)
        repository.insert_feedback(db, feedback, len(order))
        repository.set_child_order(db, "feedback", order)

    def restore_feedback(
        self,
        feedback: Feedback,
        position: int | None = None,
        cited_by: Sequence[tuple[str, int]] = (),
    ) -> Changes:
        """Insert feedback (last of its test unless ``position``); refused when its card number
        is already entered for the test."""
        feedback = valid(check_feedback, feedback)
        with self.store.transaction() as db:
            self._insert_feedback(db, feedback, position)
            for decision_uuid, where in cited_by:
                self._cite(db, decision_uuid, feedback.uuid, where)
        return Changes.in_trials(feedback.uuid)

    def feedback_position(self, uuid: str) -> int:
        """Where a feedback stands among its test's feedback (for undo of delete)."""
        db = self.store.db
        trial_uuid = _found(lambda: repository.trial_of(db, "feedback", uuid))
        return repository.child_uuids(db, "feedback", trial_uuid).index(uuid)

    def delete_feedback(self, uuid: str) -> Changes:
        return self._delete_child("feedback", uuid)

    def set_feedback_value(self, uuid: str, field: str, value: Any) -> Changes:
        return self._set_value(_FEEDBACK_EDIT, uuid, field, value)


_FEEDBACK_EDIT = FieldEdit(
    "feedback",
    FEEDBACK_FIELDS,
    repository.load_feedback_entry,
    check_feedback,
    repository.update_feedback,
    before=EvidenceServiceMixin._check_card,
)
