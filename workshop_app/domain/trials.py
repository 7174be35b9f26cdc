"""Phase 3, temporary prototype tests: ideas, test records, evidence from the street, decisions.

Plain immutable objects, their value rules, summaries and the lineage of ideas and tests. The
module is called "trials" (a test record is a :class:`Trial`) so it never clashes with pytest's
naming. Keys (types, statuses, permits, weather, modes, age bands…) live in ``vocabulary.py``;
every text a person reads comes translated from the UI side.

Privacy: nothing here names a citizen. Counts are numbers by group; feedback carries a channel,
a sentiment, what works / could be better, an optional quote, an age band and a respondent group,
and no name field. A quote is free text: the app cannot stop someone typing a name into it (see
``db/README.md``).

Canonical shape (what storage loads, JSON imports and the demo builds, so books compare equal):
ideas and trials in ``position`` order, positions 0, 1, 2…; votes by their idea's position, then
meeting uuid; a trial's budget lines, permits, status history and responsible actors in their
stored order; count sessions by trial, date, start time and uuid; feedback by trial, then entry
order; decisions by trial, date and uuid.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from workshop_app.domain.actors import InvalidActorValue, is_uuid
from workshop_app.domain.actors import check_text as _actor_check_text
from workshop_app.domain.limits import MAX_SHORT_TEXT, MAX_TEXT
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

#: Minutes in one block of the passing tally.
BLOCK_MINUTES = 10
#: Most people in one tally cell (a busy street passes a few thousand an hour).
MAX_COUNT = 100_000
#: Most kroner in one budget line.
MAX_AMOUNT = 1_000_000_000
#: Highest card number of a paper feedback card.
MAX_CARD_NUMBER = 1_000_000
#: Most tags on an idea or a piece of feedback, and the longest tag.
MAX_TAGS = 50
MAX_TAG_TEXT = 100
#: Most votes (dots) one idea can get at one meeting.
MAX_VOTES = 100_000
#: Most pieces of evidence behind one decision.
MAX_EVIDENCE = 10_000

#: Idea fields a user can edit (``merged_into`` changes only by merging and unmerging).
IDEA_FIELDS = (
    "title",
    "description",
    "origin_meeting",
    "origin_actor",
    "origin_trial",
    "origin_note",
    "tags",
    "created",
)
#: Trial fields a user can edit. ``version_of`` is set when a version is made; the status changes
#: through the status history; budget lines and permits are rows of their own.
TRIAL_FIELDS = (
    "title",
    "idea_uuid",
    "we_believe",
    "will",
    "we_will_see",
    "strategic_aim",
    "trial_type",
    "place",
    "start_date",
    "end_date",
    "materials",
    "responsible",
    "success_criteria",
    "measurement_plan",
)
BUDGET_FIELDS = ("text", "amount", "in_kind")
PERMIT_FIELDS = ("kind", "needed", "applied", "granted", "by_whom", "date", "note")
#: Count session fields (the tallies are edited cell by cell).
COUNT_FIELDS = ("date", "start_time", "end_time", "weather", "place", "phase", "note")
FEEDBACK_FIELDS = (
    "date",
    "channel",
    "card_number",
    "sentiment",
    "what_works",
    "could_be_better",
    "quote",
    "age_band",
    "respondent_group",
    "tags",
)
#: Decision fields a user can edit afterwards (the kind and its consequences stay).
DECISION_FIELDS = ("date", "reasoning", "evidence")


class InvalidTrialValue(ValueError):
    """A value breaks a rule of phase 3; the message names the rule in plain English."""


# -- the objects --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Idea:
    """An idea in the idea bank. Where it came from: a meeting, an actor, an earlier test (each
    optional) and free text. An idea merged into another keeps its own votes; they count for the
    idea it was merged into (see :func:`vote_tallies`)."""

    uuid: str
    position: int
    title: str = ""
    description: str = ""
    origin_meeting: str | None = None
    origin_actor: str | None = None
    origin_trial: str | None = None
    origin_note: str = ""
    tags: tuple[str, ...] = ()
    created: dt.date | None = None
    merged_into: str | None = None


@dataclass(frozen=True)
class Vote:
    """Dot votes for one idea at one meeting."""

    uuid: str
    idea_uuid: str
    meeting_uuid: str
    count: int = 0


@dataclass(frozen=True)
class BudgetLine:
    uuid: str
    trial_uuid: str
    text: str = ""
    #: Whole kroner (DKK).
    amount: int = 0
    #: Given in kind (time, materials, premises) rather than paid; ``amount`` is its value.
    in_kind: bool = False


@dataclass(frozen=True)
class Permit:
    """One item of the permits checklist. ``needed``, ``applied`` and ``granted`` are yes
    (``True``), no (``False``) or not known yet (``None``); ``granted=False`` means refused."""

    uuid: str
    trial_uuid: str
    kind: str = "other"
    needed: bool | None = None
    applied: bool | None = None
    granted: bool | None = None
    #: Who applies or grants (an office, an organisation).
    by_whom: str = ""
    date: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class StatusChange:
    uuid: str
    trial_uuid: str
    status: str
    date: dt.date


@dataclass(frozen=True)
class Trial:
    """A test record. ``status`` is the last entry of ``history`` ("idea" without one)."""

    uuid: str
    position: int
    title: str = ""
    #: The idea it tests.
    idea_uuid: str | None = None
    #: The test this one re-tests ("adjust and re-test").
    version_of: str | None = None
    #: "We believe that …"
    we_believe: str = ""
    #: "… will …"
    will: str = ""
    #: "… and we will see it when …"
    we_will_see: str = ""
    strategic_aim: str = ""
    trial_type: str = "other"
    place: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    materials: str = ""
    #: Uuids of the responsible actors, in the order given.
    responsible: tuple[str, ...] = ()
    success_criteria: str = ""
    measurement_plan: str = ""
    budget: tuple[BudgetLine, ...] = ()
    permits: tuple[Permit, ...] = ()
    history: tuple[StatusChange, ...] = ()

    @property
    def status(self) -> str:
        return self.history[-1].status if self.history else TRIAL_STATUSES[0]

    @property
    def budget_total(self) -> int:
        """Kroner paid (lines given in kind are not included)."""
        return sum(line.amount for line in self.budget if not line.in_kind)

    @property
    def in_kind_total(self) -> int:
        return sum(line.amount for line in self.budget if line.in_kind)


#: One cell of a tally: a number of people, or ``None`` when nothing was typed (not counted).
Cell = int | None
Tally = tuple[tuple[Cell, ...], ...]


def cell_sum(cells: Iterable[Cell]) -> int:
    """The people in these cells; blank cells add nothing."""
    return sum(cell for cell in cells if cell is not None)


def row_counted(cells: Iterable[Cell]) -> bool:
    """Something was typed into one of these cells (a 0 counts; blanks do not)."""
    return any(cell is not None for cell in cells)


@dataclass(frozen=True)
class CountSession:
    """One session of counting at a line or place.

    ``passing`` has one row per started 10-minute block of the session (see :func:`block_count`),
    each row a count per ``TRAVEL_MODES``. ``staying`` has one row per ``STAY_ACTIVITIES``, each
    row a count per ``AGE_BANDS``. A cell is ``None`` until something is typed into it: blank is
    "not counted", which is not the same as a counted 0 (averages leave blank blocks out).
    """

    uuid: str
    trial_uuid: str
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    weather: str = ""
    #: The place or line counted ("Torvegade ud for nr. 12").
    place: str = ""
    phase: str = "before"
    note: str = ""
    passing: Tally = ()
    staying: Tally = ()

    @property
    def minutes(self) -> int:
        return minutes_between(self.start_time, self.end_time)

    @property
    def passing_total(self) -> int:
        return sum(cell_sum(row) for row in self.passing)

    @property
    def staying_total(self) -> int:
        return sum(cell_sum(row) for row in self.staying)

    @property
    def passing_minutes(self) -> int:
        """Minutes of the 10-minute blocks that hold a count (blank blocks were not counted;
        the last block may be shorter)."""
        minutes = self.minutes
        return sum(
            max(0, min(BLOCK_MINUTES, minutes - index * BLOCK_MINUTES))
            for index, row in enumerate(self.passing)
            if row_counted(row)
        )

    @property
    def staying_minutes(self) -> int:
        """The session's minutes when anything staying was counted, else 0."""
        return self.minutes if any(row_counted(row) for row in self.staying) else 0


@dataclass(frozen=True)
class Feedback:
    """One piece of feedback on a test. No names: a group, an age band, a channel."""

    uuid: str
    trial_uuid: str
    date: dt.date | None = None
    channel: str = "card"
    #: The number printed on a paper card (only for ``channel == "card"``).
    card_number: int | None = None
    sentiment: str = ""
    what_works: str = ""
    could_be_better: str = ""
    #: Optional; free text (see the module docstring on privacy).
    quote: str = ""
    age_band: str = ""
    respondent_group: str = ""
    #: Themes the facilitator tags it with.
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Decision:
    uuid: str
    trial_uuid: str
    date: dt.date
    kind: str
    reasoning: str = ""
    #: Uuids of the count sessions and feedback it rests on.
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class TrialBook:
    """All of phase 3 for one project."""

    ideas: tuple[Idea, ...] = ()
    votes: tuple[Vote, ...] = ()
    trials: tuple[Trial, ...] = ()
    counts: tuple[CountSession, ...] = ()
    feedback: tuple[Feedback, ...] = ()
    decisions: tuple[Decision, ...] = ()

    def idea(self, uuid: str) -> Idea | None:
        return next((i for i in self.ideas if i.uuid == uuid), None)

    def trial(self, uuid: str) -> Trial | None:
        return next((t for t in self.trials if t.uuid == uuid), None)

    def votes_of(self, idea_uuid: str) -> tuple[Vote, ...]:
        return tuple(v for v in self.votes if v.idea_uuid == idea_uuid)

    def counts_of(self, trial_uuid: str) -> tuple[CountSession, ...]:
        return tuple(c for c in self.counts if c.trial_uuid == trial_uuid)

    def feedback_of(self, trial_uuid: str) -> tuple[Feedback, ...]:
        return tuple(f for f in self.feedback if f.trial_uuid == trial_uuid)

    def decisions_of(self, trial_uuid: str) -> tuple[Decision, ...]:
        return tuple(d for d in self.decisions if d.trial_uuid == trial_uuid)

    def versions_of(self, trial_uuid: str) -> tuple[Trial, ...]:
        return tuple(t for t in self.trials if t.version_of == trial_uuid)


# -- value rules -------------------------------------------------------------------------------


def _wrapped(check: Callable[..., Any], *args: Any) -> Any:
    try:
        return check(*args)
    except InvalidActorValue as exc:
        raise InvalidTrialValue(str(exc)) from None


def check_text(value: Any, limit: int = MAX_SHORT_TEXT) -> str:
    return str(_wrapped(_actor_check_text, value, limit))


def check_long_text(value: Any) -> str:
    return check_text(value, MAX_TEXT)


def check_choice(value: Any, choices: tuple[str, ...], *, empty: bool = True) -> str:
    if not isinstance(value, str) or (value not in choices and not (empty and value == "")):
        raise InvalidTrialValue("must be one of " + ", ".join(choices) + (" or empty" * empty))
    return value


def check_uuid(value: Any) -> str:
    if not is_uuid(value):
        raise InvalidTrialValue("must be a lowercase UUID")
    return str(value)


def check_optional_uuid(value: Any) -> str | None:
    """A uuid, or ``None``/``""`` for none."""
    if value is None or value == "":
        return None
    return check_uuid(value)


def check_date(value: Any, *, optional: bool = True) -> dt.date | None:
    if value is None and optional:
        return None
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise InvalidTrialValue("must be a date" + (" or empty" if optional else ""))
    return value


def check_required_date(value: Any) -> dt.date:
    day = check_date(value, optional=False)
    assert day is not None
    return day


def check_time(value: Any) -> dt.time:
    """A time of day to the minute (seconds are dropped); no time zone."""
    if not isinstance(value, dt.time) or value.tzinfo is not None:
        raise InvalidTrialValue("must be a time of day")
    return value.replace(second=0, microsecond=0)


def check_whole(value: Any, low: int, high: int, what: str = "a whole number") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTrialValue(f"must be {what}")
    if value < 0 <= low:
        raise InvalidTrialValue(f"cannot be negative ({value})")
    if not low <= value <= high:
        raise InvalidTrialValue(f"must be from {low} to {high}")
    return value


def check_count(value: Any) -> int:
    """A number of people: a whole number from 0 to ``MAX_COUNT``."""
    return check_whole(value, 0, MAX_COUNT, "a whole number of people")


def check_cell(value: Any) -> Cell:
    """A tally cell: ``None`` (not counted) or a count (see :func:`check_count`)."""
    return None if value is None else check_count(value)


def check_flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise InvalidTrialValue("must be yes or no")
    return value


def check_tristate(value: Any) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise InvalidTrialValue("must be yes, no or not known")
    return value


def check_tags(value: Any) -> tuple[str, ...]:
    """Tags: a list of short texts; surrounding spaces are trimmed, blank tags and repeats (same
    letters, any case) dropped, the first spelling and the given order kept."""
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


def _check_field(rules: dict[str, Any], what: str, name: str, value: Any) -> Any:
    rule = rules.get(name)
    if rule is None:
        raise InvalidTrialValue(f"{name}: unknown {what} field")
    try:
        return rule(value)
    except InvalidTrialValue as exc:
        raise InvalidTrialValue(f"{name}: {exc}") from None


def check_idea_value(name: str, value: Any) -> Any:
    """``value`` normalised for the idea field ``name``; the message starts with the field."""
    return _check_field(_IDEA_RULES, "idea", name, value)


def check_trial_value(name: str, value: Any) -> Any:
    return _check_field(_TRIAL_RULES, "test", name, value)


def check_budget_value(name: str, value: Any) -> Any:
    return _check_field(_BUDGET_RULES, "budget line", name, value)


def check_permit_value(name: str, value: Any) -> Any:
    return _check_field(_PERMIT_RULES, "permit", name, value)


def check_count_value(name: str, value: Any) -> Any:
    return _check_field(_COUNT_RULES, "count session", name, value)


def check_feedback_value(name: str, value: Any) -> Any:
    return _check_field(_FEEDBACK_RULES, "feedback", name, value)


def check_decision_value(name: str, value: Any) -> Any:
    return _check_field(_DECISION_RULES, "decision", name, value)


def _at(prefix: str, check: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    try:
        return check(*args, **kwargs)
    except InvalidTrialValue as exc:
        raise InvalidTrialValue(f"{prefix}: {exc}") from None


def check_idea(idea: Idea) -> Idea:
    """The idea with every field checked and normalised."""
    _at("uuid", check_uuid, idea.uuid)
    values = {name: check_idea_value(name, getattr(idea, name)) for name in IDEA_FIELDS}
    merged_into = _at("merged_into", check_optional_uuid, idea.merged_into)
    if merged_into == idea.uuid:
        raise InvalidTrialValue("merged_into: an idea cannot be merged into itself")
    return Idea(idea.uuid, idea.position, merged_into=merged_into, **values)


def check_vote(vote: Vote) -> Vote:
    _at("uuid", check_uuid, vote.uuid)
    return Vote(
        vote.uuid,
        _at("idea_uuid", check_uuid, vote.idea_uuid),
        _at("meeting_uuid", check_uuid, vote.meeting_uuid),
        _at("count", check_whole, vote.count, 0, MAX_VOTES, "a whole number of votes"),
    )


def check_budget_line(line: BudgetLine) -> BudgetLine:
    _at("uuid", check_uuid, line.uuid)
    values = {name: check_budget_value(name, getattr(line, name)) for name in BUDGET_FIELDS}
    return BudgetLine(line.uuid, _at("trial_uuid", check_uuid, line.trial_uuid), **values)


def check_permit(permit: Permit) -> Permit:
    _at("uuid", check_uuid, permit.uuid)
    values = {name: check_permit_value(name, getattr(permit, name)) for name in PERMIT_FIELDS}
    return Permit(permit.uuid, _at("trial_uuid", check_uuid, permit.trial_uuid), **values)


def check_status_change(change: StatusChange) -> StatusChange:
    _at("uuid", check_uuid, change.uuid)
    return StatusChange(
        change.uuid,
        _at("trial_uuid", check_uuid, change.trial_uuid),
        _at("status", check_choice, change.status, TRIAL_STATUSES, empty=False),
        _at("date", check_required_date, change.date),
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
    _at("uuid", check_uuid, trial.uuid)
    values = {name: check_trial_value(name, getattr(trial, name)) for name in TRIAL_FIELDS}
    check_dates_in_order(values["start_date"], values["end_date"])
    version_of = _at("version_of", check_optional_uuid, trial.version_of)
    if version_of == trial.uuid:
        raise InvalidTrialValue("version_of: a test cannot be a version of itself")
    parts: dict[str, Any] = {}
    for name, check, rows in (
        ("budget", check_budget_line, trial.budget),
        ("permits", check_permit, trial.permits),
    ):
        checked_rows = []
        for index, row in enumerate(rows):
            row = _at(f"{name}[{index}]", check, row)
            if row.trial_uuid != trial.uuid:
                raise InvalidTrialValue(f"{name}[{index}]: belongs to another test")
            checked_rows.append(row)
        parts[name] = tuple(checked_rows)
    history = _at("history", check_history, trial.history)
    if any(c.trial_uuid != trial.uuid for c in history):
        raise InvalidTrialValue("history: a status change belongs to another test")
    return Trial(
        trial.uuid, trial.position, version_of=version_of, history=history, **values, **parts
    )


def minutes_between(start: dt.time, end: dt.time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


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
        out.append(tuple(_at(f"{name}[{r}][{c}]", check_cell, cell) for c, cell in enumerate(row)))
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
    _at("uuid", check_uuid, session.uuid)
    trial_uuid = _at("trial_uuid", check_uuid, session.trial_uuid)
    values = {name: check_count_value(name, getattr(session, name)) for name in COUNT_FIELDS}
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
    _at("uuid", check_uuid, feedback.uuid)
    trial_uuid = _at("trial_uuid", check_uuid, feedback.trial_uuid)
    values = {name: check_feedback_value(name, getattr(feedback, name)) for name in FEEDBACK_FIELDS}
    check_card_channel(values["channel"], values["card_number"])
    return Feedback(feedback.uuid, trial_uuid, **values)


def check_decision(decision: Decision) -> Decision:
    _at("uuid", check_uuid, decision.uuid)
    trial_uuid = _at("trial_uuid", check_uuid, decision.trial_uuid)
    kind = _at("kind", check_choice, decision.kind, DECISION_KINDS, empty=False)
    values = {name: check_decision_value(name, getattr(decision, name)) for name in DECISION_FIELDS}
    return Decision(decision.uuid, trial_uuid, kind=kind, **values)


# -- canonical shape ---------------------------------------------------------------------------


def canonical(book: TrialBook) -> TrialBook:
    """The same book in canonical shape (see the module docstring)."""
    ideas = tuple(
        dataclasses.replace(idea, position=index)
        for index, idea in enumerate(sorted(book.ideas, key=lambda i: i.position))
    )
    trials = tuple(
        dataclasses.replace(trial, position=index)
        for index, trial in enumerate(sorted(book.trials, key=lambda t: t.position))
    )
    idea_order = {i.uuid: i.position for i in ideas}
    trial_order = {t.uuid: t.position for t in trials}
    far = len(trial_order) + len(idea_order)
    votes = tuple(
        sorted(book.votes, key=lambda v: (idea_order.get(v.idea_uuid, far), v.meeting_uuid))
    )
    counts = tuple(
        sorted(
            book.counts,
            key=lambda c: (trial_order.get(c.trial_uuid, far), c.date, c.start_time, c.uuid),
        )
    )
    feedback = tuple(
        f
        for _i, f in sorted(
            enumerate(book.feedback), key=lambda p: (trial_order.get(p[1].trial_uuid, far), p[0])
        )
    )
    decisions = tuple(
        sorted(
            book.decisions,
            key=lambda d: (trial_order.get(d.trial_uuid, far), d.date, d.uuid),
        )
    )
    return TrialBook(ideas, votes, trials, counts, feedback, decisions)


# -- summaries ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PhaseSummary:
    """Counts of one phase (before / during / after) of a test, over all its sessions."""

    phase: str
    sessions: int = 0
    #: Minutes of the sessions, counted or not.
    minutes: int = 0
    #: Minutes of the 10-minute blocks with a count, and of the sessions with a staying count:
    #: the per-hour averages divide by these, so blank blocks do not pull them down.
    passing_minutes: int = 0
    staying_minutes: int = 0
    passing_total: int = 0
    staying_total: int = 0
    #: Totals per ``TRAVEL_MODES`` and per ``STAY_ACTIVITIES``.
    passing_by_mode: tuple[int, ...] = ()
    staying_by_activity: tuple[int, ...] = ()
    staying_by_age: tuple[int, ...] = ()

    @property
    def hours(self) -> float:
        return self.minutes / 60

    @property
    def counted(self) -> bool:
        """Something was counted in this phase (passing or staying)."""
        return bool(self.passing_minutes or self.staying_minutes)

    @property
    def passing_per_hour(self) -> float | None:
        """People passing per hour counted (``None`` without counted blocks)."""
        return _per_hour(self.passing_total, self.passing_minutes)

    @property
    def staying_per_hour(self) -> float | None:
        return _per_hour(self.staying_total, self.staying_minutes)

    def passing_per_hour_by_mode(self) -> tuple[float, ...] | None:
        if not self.passing_minutes:
            return None
        return tuple(n * 60 / self.passing_minutes for n in self.passing_by_mode)

    def staying_per_hour_by_activity(self) -> tuple[float, ...] | None:
        if not self.staying_minutes:
            return None
        return tuple(n * 60 / self.staying_minutes for n in self.staying_by_activity)


def _per_hour(people: int, minutes: int) -> float | None:
    return people * 60 / minutes if minutes else None


def _column_sums(rows: Iterable[Sequence[Cell]], width: int) -> tuple[int, ...]:
    sums = [0] * width
    for row in rows:
        for index, value in enumerate(row):
            sums[index] += value or 0
    return tuple(sums)


def count_summary(sessions: Iterable[CountSession]) -> dict[str, PhaseSummary]:
    """Per phase (every ``COUNT_PHASES`` key, in order): sessions, minutes counted, totals and
    per-hour averages of people passing and staying."""
    by_phase: dict[str, list[CountSession]] = {phase: [] for phase in COUNT_PHASES}
    for session in sessions:
        by_phase.setdefault(session.phase, []).append(session)
    out: dict[str, PhaseSummary] = {}
    for phase, found in by_phase.items():
        passing_rows = [row for s in found for row in s.passing]
        staying_rows = [row for s in found for row in s.staying]
        out[phase] = PhaseSummary(
            phase=phase,
            sessions=len(found),
            minutes=sum(s.minutes for s in found),
            passing_minutes=sum(s.passing_minutes for s in found),
            staying_minutes=sum(s.staying_minutes for s in found),
            passing_total=sum(s.passing_total for s in found),
            staying_total=sum(s.staying_total for s in found),
            passing_by_mode=_column_sums(passing_rows, len(TRAVEL_MODES)),
            staying_by_activity=tuple(
                sum(cell_sum(s.staying[index]) for s in found)
                for index in range(len(STAY_ACTIVITIES))
            ),
            staying_by_age=_column_sums(staying_rows, len(AGE_BANDS)),
        )
    return out


def feedback_by_sentiment(feedback: Iterable[Feedback]) -> dict[str, int]:
    """How many pieces of feedback per sentiment: every ``SENTIMENTS`` key, then ``""`` (none
    given)."""
    counts = Counter(f.sentiment for f in feedback)
    return {key: counts.get(key, 0) for key in (*SENTIMENTS, "")}


def top_themes(feedback: Iterable[Feedback], limit: int | None = None) -> list[tuple[str, int]]:
    """Tags by how often they are used, most used first (ties alphabetically, any case). Tags that
    differ only in case count together, under their first spelling."""
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for item in feedback:
        for tag in item.tags:
            key = tag.casefold()
            spelling.setdefault(key, tag)
            counts[key] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    result = [(spelling[key], n) for key, n in ranked]
    return result if limit is None else result[:limit]


def merge_root(ideas: Iterable[Idea], uuid: str) -> str:
    """The idea ``uuid`` counts for: itself, or the idea it was (in turn) merged into."""
    parent = {i.uuid: i.merged_into for i in ideas}
    seen = {uuid}
    while parent.get(uuid):
        nxt = parent[uuid]
        assert nxt is not None
        if nxt in seen:  # a loop (only a damaged file has one): stop where it closes
            break
        seen.add(nxt)
        uuid = nxt
    return uuid


def vote_tallies(
    ideas: Sequence[Idea], votes: Iterable[Vote], meeting_uuid: str | None = None
) -> dict[str, int]:
    """Votes per idea that is not merged (in idea order), each including the votes of the ideas
    merged into it; only the votes at one meeting when ``meeting_uuid`` is given."""
    tallies = {i.uuid: 0 for i in ideas if i.merged_into is None}
    for vote in votes:
        if meeting_uuid is not None and vote.meeting_uuid != meeting_uuid:
            continue
        root = merge_root(ideas, vote.idea_uuid)
        if root in tallies:
            tallies[root] += vote.count
    return tallies


def next_card_number(feedback: Iterable[Feedback], trial_uuid: str) -> int:
    """The number to offer for the next paper card of a test: the highest so far plus one."""
    numbers = [
        f.card_number for f in feedback if f.trial_uuid == trial_uuid and f.card_number is not None
    ]
    return max(numbers, default=0) + 1


@dataclass(frozen=True)
class TrialSummary:
    """What a test report shows: counts per phase, feedback by sentiment, top themes,
    decisions."""

    trial: Trial
    counts: dict[str, PhaseSummary]
    sentiment: dict[str, int]
    themes: list[tuple[str, int]]
    feedback_total: int
    decisions: tuple[Decision, ...]


def trial_summary(book: TrialBook, trial_uuid: str, themes: int = 10) -> TrialSummary:
    trial = book.trial(trial_uuid)
    if trial is None:
        raise LookupError(f"no test {trial_uuid}")
    feedback = book.feedback_of(trial_uuid)
    return TrialSummary(
        trial=trial,
        counts=count_summary(book.counts_of(trial_uuid)),
        sentiment=feedback_by_sentiment(feedback),
        themes=top_themes(feedback, themes),
        feedback_total=len(feedback),
        decisions=book.decisions_of(trial_uuid),
    )


# -- lineage -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LineageNode:
    """One idea or test in the family tree. ``kind``: ``"idea"`` or ``"trial"``. Children of an
    idea: the ideas merged into it and the tests of it (first versions); children of a test: its
    next versions and the ideas it spawned."""

    kind: str
    uuid: str
    children: tuple[LineageNode, ...] = ()


def lineage(book: TrialBook) -> tuple[LineageNode, ...]:
    """The family tree of ideas and tests, as a forest in idea order, then trial order.

    Roots are ideas that came from no test and were merged into nothing, and tests of no idea and
    of no earlier version; whatever is left (only possible in a loop of links) becomes a root too.
    Every idea and test appears exactly once.
    """
    idea_uuids = {i.uuid for i in book.ideas}
    trial_uuids = {t.uuid for t in book.trials}
    idea_children: dict[str, list[tuple[str, str]]] = {}
    trial_children: dict[str, list[tuple[str, str]]] = {}
    idea_roots: list[str] = []
    trial_roots: list[str] = []
    for idea in book.ideas:
        if idea.merged_into in idea_uuids:
            idea_children.setdefault(idea.merged_into or "", []).append(("idea", idea.uuid))
        elif idea.origin_trial in trial_uuids:
            trial_children.setdefault(idea.origin_trial or "", []).append(("idea", idea.uuid))
        else:
            idea_roots.append(idea.uuid)
    for trial in book.trials:
        if trial.version_of in trial_uuids:
            trial_children.setdefault(trial.version_of or "", []).append(("trial", trial.uuid))
        elif trial.idea_uuid in idea_uuids:
            idea_children.setdefault(trial.idea_uuid or "", []).append(("trial", trial.uuid))
        else:
            trial_roots.append(trial.uuid)
    placed: set[tuple[str, str]] = set()

    def build(kind: str, uuid: str) -> LineageNode:
        placed.add((kind, uuid))
        below = (idea_children if kind == "idea" else trial_children).get(uuid, [])
        children = tuple(build(k, u) for k, u in below if (k, u) not in placed)
        return LineageNode(kind, uuid, children)

    forest = [build("idea", u) for u in idea_roots]
    forest += [build("trial", u) for u in trial_roots]
    for idea in book.ideas:
        if ("idea", idea.uuid) not in placed:
            forest.append(build("idea", idea.uuid))
    for trial in book.trials:
        if ("trial", trial.uuid) not in placed:
            forest.append(build("trial", trial.uuid))
    return tuple(forest)


def version_chain(book: TrialBook, trial_uuid: str) -> tuple[Trial, ...]:
    """The versions of a test from the first to ``trial_uuid`` itself."""
    chain: list[Trial] = []
    seen: set[str] = set()
    current = book.trial(trial_uuid)
    while current is not None and current.uuid not in seen:
        seen.add(current.uuid)
        chain.append(current)
        current = book.trial(current.version_of) if current.version_of else None
    return tuple(reversed(chain))


@dataclass(frozen=True)
class LinkLoop:
    """Ideas and tests whose links lead round in a circle (only a damaged file or a refused edit
    has one). ``kind``: ``"merge"`` (ideas merged into each other), ``"version"`` (tests that
    are versions of each other) or ``"lineage"`` (ideas and tests coming from each other);
    ``uuids`` in link order, the first repeated at the end."""

    kind: str
    uuids: tuple[str, ...]


def _parents(book: TrialBook) -> dict[str, list[tuple[str, str]]]:
    """Each idea's and test's outgoing links that must form a tree: (link column, target)."""
    links: dict[str, list[tuple[str, str]]] = {}
    for idea in book.ideas:
        pairs = [("merged_into", idea.merged_into), ("origin_trial", idea.origin_trial)]
        links[idea.uuid] = [(c, u) for c, u in pairs if u]
    for trial in book.trials:
        pairs = [("version_of", trial.version_of), ("idea_uuid", trial.idea_uuid)]
        links[trial.uuid] = [(c, u) for c, u in pairs if u]
    return links


def link_loops(book: TrialBook) -> tuple[LinkLoop, ...]:
    """Every loop in the links between ideas and tests (merged into, version of, from which
    test, of which idea), each reported once; none in a healthy project."""
    links = _parents(book)
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    loops: list[LinkLoop] = []
    for start in links:
        if start in state:
            continue
        path: list[tuple[str, str]] = []  # (node, column of the link taken from it)
        stack = [(start, iter(links[start]))]
        state[start] = 1
        while stack:
            node, outgoing = stack[-1]
            step = next(outgoing, None)
            if step is None:
                state[node] = 2
                stack.pop()
                if path:
                    path.pop()
                continue
            column, target = step
            if state.get(target) == 1:
                nodes = [n for n, _ in stack]
                at = nodes.index(target)
                columns = {c for _, c in path[at:]} | {column}
                kind = (
                    "merge"
                    if columns == {"merged_into"}
                    else "version"
                    if columns == {"version_of"}
                    else "lineage"
                )
                loops.append(LinkLoop(kind, (*nodes[at:], target)))
            elif target in links and target not in state:
                state[target] = 1
                path.append((node, column))
                stack.append((target, iter(links[target])))
    return tuple(loops)
