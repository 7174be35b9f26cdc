"""Phase 3's value rules: every field of every object checked, whole objects checked, and the
count tally's shape (blocks of ``BLOCK_MINUTES``). A broken value raises ``InvalidTrialValue``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import math
from collections.abc import Sequence
from functools import lru_cache, partial
from typing import Any

from workshop_app.domain.trial_model import (
    BLOCK_MINUTES,
    BUDGET_FIELDS,
    COUNT_FIELDS,
    DECISION_FIELDS,
    FEEDBACK_FIELDS,
    IDEA_FIELDS,
    MAX_AMOUNT,
    MAX_CARD_NUMBER,
    MAX_COUNT,
    MAX_EVIDENCE,
    MAX_TAG_TEXT,
    MAX_TAGS,
    MAX_VOTES,
    PERMIT_FIELDS,
    TRIAL_FIELDS,
    BudgetLine,
    Cell,
    CountSession,
    Decision,
    Feedback,
    Idea,
    InvalidTrialValue,
    Permit,
    StatusChange,
    Tally,
    Trial,
    Vote,
    minutes_between,
)
from workshop_app.domain.values import (
    at,
    changed_fields,
    check_choice,
    check_date,
    check_field,
    check_fields,
    check_flag,
    check_long_text,
    check_optional_uuid,
    check_required_date,
    check_text,
    check_time,
    check_tristate,
    check_uuid,
    check_whole,
)
from workshop_app.domain.vocabulary import (
    AGE_BANDS,
    COUNT_PHASES,
    DECISION_KINDS,
    FEEDBACK_CHANNELS,
    PERMIT_KINDS,
    RESPONDENT_GROUPS,
    SENTIMENTS,
    STAY_ACTIVITIES,
    TRAVEL_MODES,
    TRIAL_STATUSES,
    TRIAL_TYPES,
    WEATHER,
)

# -- value rules -------------------------------------------------------------------------------


def check_count(value: Any) -> int:
    """A number of people: a whole number from 0 to ``MAX_COUNT``."""
    return check_whole(value, 0, MAX_COUNT, "a whole number of people")


def check_cell(value: Any) -> Cell:
    """A tally cell: ``None`` (not counted) or a count (see :func:`check_count`)."""
    return None if value is None else check_count(value)


def check_tags(value: Any) -> tuple[str, ...]:
    """Tags: a list of short texts; surrounding spaces are trimmed, blank tags and repeats (same
    letters, any case) dropped, the first spelling and the given order kept."""
    if type(value) is tuple and all(type(tag) is str for tag in value):
        # A test's feedback entries share a few themes: each set of them is checked once.
        return _checked_tags(value)
    return _check_tags(value)


@lru_cache(maxsize=1024)
def _checked_tags(value: tuple[str, ...]) -> tuple[str, ...]:
    return _check_tags(value)


def _check_tags(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, tuple | list):
        raise InvalidTrialValue("must be a list of tags")
    out: list[str] = []
    seen: set[str] = set()
    for tag in value:
        text = check_text(tag, MAX_TAG_TEXT).strip()
        if "\n" in text or "\r" in text or "\t" in text:
            raise InvalidTrialValue("a tag must be one line")
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    if len(out) > MAX_TAGS:
        raise InvalidTrialValue(f"at most {MAX_TAGS} tags")
    return tuple(out)


def check_uuid_list(value: Any, limit: int = MAX_EVIDENCE) -> tuple[str, ...]:
    """A list of different uuids, in the order given."""
    if isinstance(value, str) or not isinstance(value, tuple | list):
        raise InvalidTrialValue("must be a list of uuids")
    out = tuple(check_uuid(v) for v in value)
    if len(set(out)) != len(out):
        raise InvalidTrialValue("names the same uuid twice")
    if len(out) > limit:
        raise InvalidTrialValue(f"at most {limit} entries")
    return out


def check_card_number(value: Any) -> int | None:
    if value is None:
        return None
    return check_whole(value, 1, MAX_CARD_NUMBER, "a whole number (the card's number)")


_IDEA_RULES: dict[str, Any] = {
    "title": check_text,
    "description": check_long_text,
    "origin_meeting": check_optional_uuid,
    "origin_actor": check_optional_uuid,
    "origin_trial": check_optional_uuid,
    "origin_note": check_text,
    "tags": check_tags,
    "created": check_date,
}

_TRIAL_RULES: dict[str, Any] = {
    "title": check_text,
    "idea_uuid": check_optional_uuid,
    "we_believe": check_long_text,
    "will": check_long_text,
    "we_will_see": check_long_text,
    "strategic_aim": check_long_text,
    "trial_type": lambda v: check_choice(v, TRIAL_TYPES, empty=False),
    "place": check_text,
    "start_date": check_date,
    "end_date": check_date,
    "materials": check_long_text,
    "responsible": lambda v: check_uuid_list(v, 1_000),
    "success_criteria": check_long_text,
    "measurement_plan": check_long_text,
}

_BUDGET_RULES: dict[str, Any] = {
    "text": check_text,
    "amount": lambda v: check_whole(v, 0, MAX_AMOUNT, "a whole number of kroner"),
    "in_kind": check_flag,
}

_PERMIT_RULES: dict[str, Any] = {
    "kind": lambda v: check_choice(v, PERMIT_KINDS, empty=False),
    "needed": check_tristate,
    "applied": check_tristate,
    "granted": check_tristate,
    "by_whom": check_text,
    "date": check_date,
    "note": check_long_text,
}

_COUNT_RULES: dict[str, Any] = {
    "date": check_required_date,
    "start_time": check_time,
    "end_time": check_time,
    "weather": lambda v: check_choice(v, WEATHER),
    "place": check_text,
    "phase": lambda v: check_choice(v, COUNT_PHASES, empty=False),
    "note": check_long_text,
}

_FEEDBACK_RULES: dict[str, Any] = {
    "date": check_date,
    "channel": lambda v: check_choice(v, FEEDBACK_CHANNELS, empty=False),
    "card_number": check_card_number,
    "sentiment": lambda v: check_choice(v, SENTIMENTS),
    "what_works": check_long_text,
    "could_be_better": check_long_text,
    "quote": check_long_text,
    "age_band": lambda v: check_choice(v, AGE_BANDS),
    "respondent_group": lambda v: check_choice(v, RESPONDENT_GROUPS),
    "tags": check_tags,
}

_DECISION_RULES: dict[str, Any] = {
    "date": check_required_date,
    "reasoning": check_long_text,
    "evidence": check_uuid_list,
}


#: ``check_X_value(name, value)``: ``value`` normalised for the field ``name`` of an X; the
#: message starts with the field.
check_idea_value = partial(check_field, _IDEA_RULES, "idea")
check_trial_value = partial(check_field, _TRIAL_RULES, "test")
check_budget_value = partial(check_field, _BUDGET_RULES, "budget line")
check_permit_value = partial(check_field, _PERMIT_RULES, "permit")
check_count_value = partial(check_field, _COUNT_RULES, "count session")
check_feedback_value = partial(check_field, _FEEDBACK_RULES, "feedback")
check_decision_value = partial(check_field, _DECISION_RULES, "decision")


def check_idea(idea: Idea) -> Idea:
    """The idea with every field checked and normalised."""
    at("uuid", check_uuid, idea.uuid)
    values = check_fields(_IDEA_RULES, IDEA_FIELDS, idea)
    merged_into = at("merged_into", check_optional_uuid, idea.merged_into)
    if merged_into == idea.uuid:
        raise InvalidTrialValue("merged_into: an idea cannot be merged into itself")
    return Idea(idea.uuid, idea.position, merged_into=merged_into, **values)


def check_vote(vote: Vote) -> Vote:
    at("uuid", check_uuid, vote.uuid)
    return Vote(
        vote.uuid,
        at("idea_uuid", check_uuid, vote.idea_uuid),
        at("meeting_uuid", check_uuid, vote.meeting_uuid),
        at("count", check_whole, vote.count, 0, MAX_VOTES, "a whole number of votes"),
    )


def check_budget_line(line: BudgetLine) -> BudgetLine:
    at("uuid", check_uuid, line.uuid)
    values = check_fields(_BUDGET_RULES, BUDGET_FIELDS, line)
    return BudgetLine(line.uuid, at("trial_uuid", check_uuid, line.trial_uuid), **values)


def check_permit(permit: Permit) -> Permit:
    at("uuid", check_uuid, permit.uuid)
    values = check_fields(_PERMIT_RULES, PERMIT_FIELDS, permit)
    return Permit(permit.uuid, at("trial_uuid", check_uuid, permit.trial_uuid), **values)


def check_status_change(change: StatusChange) -> StatusChange:
    at("uuid", check_uuid, change.uuid)
    return StatusChange(
        change.uuid,
        at("trial_uuid", check_uuid, change.trial_uuid),
        at("status", check_choice, change.status, TRIAL_STATUSES, empty=False),
        at("date", check_required_date, change.date),
    )


def check_dates_in_order(start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and end < start:
        raise InvalidTrialValue(
            f"end_date: a test cannot end before it starts ({end.isoformat()} is before "
            f"{start.isoformat()})"
        )


def check_history(history: Sequence[StatusChange]) -> tuple[StatusChange, ...]:
    """Status changes in order: each dated on or after the one before it."""
    checked = tuple(check_status_change(c) for c in history)
    for before, after in itertools.pairwise(checked):
        if after.date < before.date:
            raise InvalidTrialValue(
                f"date: a status change cannot be dated before the previous one "
                f"({after.date.isoformat()} is before {before.date.isoformat()})"
            )
    return checked


def check_trial(trial: Trial) -> Trial:
    """The trial with every field (and its budget, permits and history) checked."""
    at("uuid", check_uuid, trial.uuid)
    values = check_fields(_TRIAL_RULES, TRIAL_FIELDS, trial)
    check_dates_in_order(values["start_date"], values["end_date"])
    version_of = at("version_of", check_optional_uuid, trial.version_of)
    if version_of == trial.uuid:
        raise InvalidTrialValue("version_of: a test cannot be a version of itself")
    parts: dict[str, Any] = {}
    for name, check, rows in (
        ("budget", check_budget_line, trial.budget),
        ("permits", check_permit, trial.permits),
    ):
        checked_rows: list[Any] = []
        for index, given in enumerate(rows):
            row: Any = at(f"{name}[{index}]", check, given)
            if row.trial_uuid != trial.uuid:
                raise InvalidTrialValue(f"{name}[{index}]: belongs to another test")
            checked_rows.append(row)
        parts[name] = tuple(checked_rows)
    history = at("history", check_history, trial.history)
    if any(c.trial_uuid != trial.uuid for c in history):
        raise InvalidTrialValue("history: a status change belongs to another test")
    return Trial(
        trial.uuid, trial.position, version_of=version_of, history=history, **values, **parts
    )


def block_count(start: dt.time, end: dt.time) -> int:
    """Started 10-minute blocks between ``start`` and ``end`` (a 25-minute session has 3)."""
    return max(0, math.ceil(minutes_between(start, end) / BLOCK_MINUTES))


def check_times_in_order(start: dt.time, end: dt.time) -> None:
    if minutes_between(start, end) <= 0:
        raise InvalidTrialValue(
            f"end_time: counting must end after it starts ({end.strftime('%H:%M')} is not after "
            f"{start.strftime('%H:%M')})"
        )


def check_matrix(value: Any, rows: int, columns: int, name: str, row_name: str = "row") -> Tally:
    """``rows`` rows of ``columns`` cells each (a count or ``None``); messages name the cell
    (``passing[2][0]: …``)."""
    if isinstance(value, str) or not isinstance(value, tuple | list) or len(value) != rows:
        raise InvalidTrialValue(f"{name}: must be {rows} {row_name}s of {columns} counts")
    out = []
    for r, row in enumerate(value):
        if isinstance(row, str) or not isinstance(row, tuple | list) or len(row) != columns:
            raise InvalidTrialValue(f"{name}[{r}]: must be a {row_name} of {columns} counts")
        if all(cell is None or (type(cell) is int and 0 <= cell <= MAX_COUNT) for cell in row):
            out.append(tuple(row))  # every cell as check_cell keeps it: no need to ask each
        else:
            out.append(
                tuple(at(f"{name}[{r}][{c}]", check_cell, cell) for c, cell in enumerate(row))
            )
    return tuple(out)


def empty_passing(start: dt.time, end: dt.time) -> Tally:
    return tuple((None,) * len(TRAVEL_MODES) for _ in range(block_count(start, end)))


def empty_staying() -> Tally:
    return tuple((None,) * len(AGE_BANDS) for _ in STAY_ACTIVITIES)


def resized_passing(passing: Sequence[Sequence[Cell]], start: dt.time, end: dt.time) -> Tally:
    """The passing tally fitted to new times: blocks added blank; blocks dropped only when they
    hold no people (blank or 0: the time they stood for is no longer part of the session),
    otherwise refused, naming them."""
    blocks = block_count(start, end)
    rows = [tuple(row) for row in passing]
    dropped = [index for index, row in enumerate(rows[blocks:], start=blocks) if any(row)]
    if dropped:
        first, last = dropped[0] + 1, dropped[-1] + 1
        which = f"block {first}" if first == last else f"blocks {first}–{last}"
        raise InvalidTrialValue(
            f"end_time: the shorter session would drop the counts in {which}; clear them first"
        )
    rows = rows[:blocks]
    rows += [(None,) * len(TRAVEL_MODES)] * (blocks - len(rows))
    return tuple(rows)


def check_count_session(session: CountSession) -> CountSession:
    at("uuid", check_uuid, session.uuid)
    trial_uuid = at("trial_uuid", check_uuid, session.trial_uuid)
    values = check_fields(_COUNT_RULES, COUNT_FIELDS, session)
    check_times_in_order(values["start_time"], values["end_time"])
    blocks = block_count(values["start_time"], values["end_time"])
    passing = check_matrix(session.passing, blocks, len(TRAVEL_MODES), "passing", "10-minute block")
    staying = check_matrix(
        session.staying, len(STAY_ACTIVITIES), len(AGE_BANDS), "staying", "activity"
    )
    return CountSession(session.uuid, trial_uuid, passing=passing, staying=staying, **values)


def check_card_channel(channel: str, card_number: int | None) -> None:
    if card_number is not None and channel != "card":
        raise InvalidTrialValue("card_number: only a paper card has a number")


def check_feedback(feedback: Feedback) -> Feedback:
    at("uuid", check_uuid, feedback.uuid)
    trial_uuid = at("trial_uuid", check_uuid, feedback.trial_uuid)
    values = changed_fields(_FEEDBACK_RULES, FEEDBACK_FIELDS, feedback)
    if values is not None or trial_uuid is not feedback.trial_uuid:
        feedback = dataclasses.replace(feedback, trial_uuid=trial_uuid, **(values or {}))
    check_card_channel(feedback.channel, feedback.card_number)
    return feedback  # a row read from the file is already as checked: itself, no copy


def check_decision(decision: Decision) -> Decision:
    at("uuid", check_uuid, decision.uuid)
    trial_uuid = at("trial_uuid", check_uuid, decision.trial_uuid)
    kind = at("kind", check_choice, decision.kind, DECISION_KINDS, empty=False)
    values = check_fields(_DECISION_RULES, DECISION_FIELDS, decision)
    return Decision(decision.uuid, trial_uuid, kind=kind, **values)
