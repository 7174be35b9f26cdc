"""Phase 3's objects: ideas, votes, trials and what belongs to them, count sessions, feedback,
decisions and the whole trial book, with their limits and field lists and the book's canonical
shape (see ``domain/trials.py``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from workshop_app.domain.print_runs import MAX_CARD_NUMBER as MAX_CARD_NUMBER
from workshop_app.domain.print_runs import CardRun
from workshop_app.domain.values import InvalidValue
from workshop_app.domain.vocabulary import TRIAL_STATUSES

#: Minutes in one block of the passing tally.
BLOCK_MINUTES = 10
#: Most people in one tally cell (a busy street passes a few thousand an hour).
MAX_COUNT = 100_000
#: Most kroner in one budget line.
MAX_AMOUNT = 1_000_000_000
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


#: The one exception of the value rules, under the name phase 3's callers know.
InvalidTrialValue = InvalidValue


# -- the objects --------------------------------------------------------------------------------


# Without slots: a test copies an idea from its ``__dict__`` (a few hundred ideas at most).
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


@dataclass(frozen=True, slots=True)
class Vote:
    """Dot votes for one idea at one meeting."""

    uuid: str
    idea_uuid: str
    meeting_uuid: str
    count: int = 0


@dataclass(frozen=True, slots=True)
class BudgetLine:
    uuid: str
    trial_uuid: str
    text: str = ""
    #: Whole kroner (DKK).
    amount: int = 0
    #: Given in kind (time, materials, premises) rather than paid; ``amount`` is its value.
    in_kind: bool = False


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class StatusChange:
    uuid: str
    trial_uuid: str
    status: str
    date: dt.date


@dataclass(frozen=True, slots=True)
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


def minutes_between(start: dt.time, end: dt.time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def cell_sum(cells: Iterable[Cell]) -> int:
    """The people in these cells; blank cells add nothing."""
    return sum(cell for cell in cells if cell is not None)


def row_counted(cells: Iterable[Cell]) -> bool:
    """Something was typed into one of these cells (a 0 counts; blanks do not)."""
    return any(cell is not None for cell in cells)


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class Decision:
    uuid: str
    trial_uuid: str
    date: dt.date
    kind: str
    reasoning: str = ""
    #: Uuids of the count sessions and feedback it rests on.
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TrialBook:
    """All of phase 3 for one project."""

    ideas: tuple[Idea, ...] = ()
    votes: tuple[Vote, ...] = ()
    trials: tuple[Trial, ...] = ()
    counts: tuple[CountSession, ...] = ()
    feedback: tuple[Feedback, ...] = ()
    decisions: tuple[Decision, ...] = ()
    #: The print runs of numbered feedback cards (``domain/print_runs.py``).
    card_runs: tuple[CardRun, ...] = ()

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
    card_runs = tuple(
        sorted(
            book.card_runs,
            key=lambda r: (trial_order.get(r.trial_uuid, far), r.first, r.uuid),
        )
    )
    return TrialBook(ideas, votes, trials, counts, feedback, decisions, card_runs)
