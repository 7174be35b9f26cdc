"""The meeting in the room (issue 13): its kind, attendance, captured notes, action items,
decisions, the live state of the console, and agenda templates per kind.

``Meeting``, ``AgendaItem`` and ``MeetingWithAgenda`` stay in ``domain/model.py`` (which imports
this module); the records here are what a meeting gathers while it is planned, held and written
up. No Qt, no SQLite, no clock reads: every time is handed in.

Personal fields (``domain/personal.py``): a meeting's ``facilitators``, a participant's
``name`` and an action item's ``who``. Citizens are counted, never named.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from workshop_app.domain.limits import MAX_DURATION_MIN, MAX_SHORT_TEXT, MAX_TEXT
from workshop_app.domain.methods import load_catalogue
from workshop_app.domain.text_rules import text_fault
from workshop_app.domain.vocabulary import AGE_BANDS

MEETING_KINDS = ("kickoff", "citizen_meeting", "workshop", "town_walk", "steering_group", "other")
#: The phase a meeting serves ("" none): 1 scope, 2 actors, 3 trials.
MEETING_PHASES = ("", "scope", "actors", "trials")
#: Who the counted citizens are; the other axis of the grid is ``vocabulary.AGE_BANDS``.
ATTENDANCE_GROUPS = ("resident", "visitor", "trader")
#: What a captured note can become.
NOTE_KINDS = ("idea", "actor", "knowledge", "decision", "action")

#: Meeting, agenda and project fields added in issue 13 (the older ones: ``model.py``).
MEETING_EXTRA_FIELDS = ("kind", "facilitators", "phase")
AGENDA_EXTRA_FIELDS = ("materials", "notes", "extra_min")
PROJECT_EXTRA_FIELDS = ("named_participants",)

PARTICIPANT_FIELDS = ("name", "consent", "delete_by")
NOTE_FIELDS = ("text", "item_uuid", "at")
ACTION_FIELDS = ("what", "who", "due", "done")
MEETING_DECISION_FIELDS = ("text",)

#: Most citizens in one cell of the attendance grid.
MAX_CITIZENS = 100_000
#: Longest live pause counted, in seconds (a week: anything longer is not a pause).
MAX_PAUSE_S = 7 * 24 * 3600


class InvalidMeetingValue(ValueError):
    """A meeting value breaks a rule; the message names the rule in plain English."""


# -- the records -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CitizenCount:
    """One cell of a meeting's age band × group grid; ``None`` until something is typed."""

    meeting_uuid: str
    age_band: str
    group: str
    count: int | None = None


@dataclass(frozen=True, slots=True)
class Participant:
    """A named participant (only when the project has switched named participants on)."""

    uuid: str
    meeting_uuid: str
    position: int
    name: str = ""
    consent: bool = False
    delete_by: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Note:
    """A note captured during the meeting, tagged with the agenda item and local time (whole
    seconds). ``became_kind``/``became_uuid`` name what it was turned into, if anything."""

    uuid: str
    meeting_uuid: str
    position: int
    item_uuid: str | None
    at: dt.datetime
    text: str = ""
    became_kind: str = ""
    became_uuid: str = ""


@dataclass(frozen=True, slots=True)
class ActionItem:
    uuid: str
    meeting_uuid: str
    position: int
    what: str = ""
    who: str = ""
    due: dt.date | None = None
    done: bool = False
    note_uuid: str = ""


@dataclass(frozen=True, slots=True)
class MeetingDecision:
    uuid: str
    meeting_uuid: str
    position: int
    text: str = ""
    note_uuid: str = ""


@dataclass(frozen=True, slots=True)
class LiveState:
    """Where the live console of a meeting stands. Times are local, whole seconds; ``paused_s``
    is the pause time accumulated within the current item (a pause still going on counts from
    ``paused_at``)."""

    meeting_uuid: str
    started_at: dt.datetime | None = None
    item_uuid: str | None = None
    item_started_at: dt.datetime | None = None
    paused_at: dt.datetime | None = None
    paused_s: int = 0
    ended_at: dt.datetime | None = None

    @property
    def running(self) -> bool:
        """Started and not ended (a paused meeting is still running)."""
        return self.started_at is not None and self.ended_at is None


def citizen_order(count: CitizenCount) -> tuple[int, int]:
    """The attendance grid's order: age bands, then groups, as listed above (unknown last)."""
    band = AGE_BANDS.index(count.age_band) if count.age_band in AGE_BANDS else len(AGE_BANDS)
    group = count.group
    return band, ATTENDANCE_GROUPS.index(group) if group in ATTENDANCE_GROUPS else len(
        ATTENDANCE_GROUPS
    )


# -- rules -------------------------------------------------------------------------------------


def check_text(value: Any, limit: int = MAX_SHORT_TEXT) -> str:
    fault = text_fault(value, limit)
    if fault is not None:
        raise InvalidMeetingValue(str(fault))
    return str(value)


def check_choice(value: Any, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise InvalidMeetingValue(f"must be one of {', '.join(repr(c) for c in choices)}")
    return value


def check_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise InvalidMeetingValue("must be true or false")
    return value


def check_date(value: Any) -> dt.date | None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise InvalidMeetingValue("must be a date or empty")
    return value


def check_moment(value: Any, *, empty: bool = True) -> dt.datetime | None:
    """A local date and time in whole seconds (no time zone)."""
    if value is None and empty:
        return None
    if not isinstance(value, dt.datetime):
        raise InvalidMeetingValue("must be a date and time" + (" or empty" if empty else ""))
    if value.tzinfo is not None:
        raise InvalidMeetingValue("must be a local time without a time zone")
    if value.microsecond:
        raise InvalidMeetingValue("must be in whole seconds")
    return value


def check_int(value: Any, low: int, high: int, what: str = "") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidMeetingValue("must be a whole number")
    if not low <= value <= high:
        raise InvalidMeetingValue(f"must be from {low} to {high}{what}")
    return value


def check_optional_uuid(value: Any) -> str | None:
    if value is None:
        return None
    return check_text(value)


_EXTRA_RULES: dict[str, Any] = {
    "kind": lambda v: check_choice(v, MEETING_KINDS),
    "facilitators": check_text,
    "phase": lambda v: check_choice(v, MEETING_PHASES),
    "materials": lambda v: check_text(v, MAX_TEXT),
    "notes": lambda v: check_text(v, MAX_TEXT),
    "extra_min": lambda v: check_int(v, 0, MAX_DURATION_MIN, " minutes"),
    "named_participants": check_bool,
}


def check_extra_field(field: str, value: Any) -> Any:
    """A value of a meeting, agenda or project field added in issue 13, as stored."""
    rule = _EXTRA_RULES.get(field)
    if rule is None:
        raise InvalidMeetingValue(f"unknown field {field}")
    return rule(value)


def is_extra_field(field: str) -> bool:
    return field in _EXTRA_RULES


def check_citizen_count(count: CitizenCount) -> CitizenCount:
    check_choice(count.age_band, AGE_BANDS)
    check_choice(count.group, ATTENDANCE_GROUPS)
    if count.count is not None:
        check_int(count.count, 0, MAX_CITIZENS)
    return count


def check_participant(participant: Participant) -> Participant:
    _where("name", check_text, participant.name)
    _where("consent", check_bool, participant.consent)
    _where("delete_by", check_date, participant.delete_by)
    return participant


def check_note(note: Note) -> Note:
    _where("text", lambda v: check_text(v, MAX_TEXT), note.text)
    _where("item_uuid", check_optional_uuid, note.item_uuid)
    _where("at", lambda v: check_moment(v, empty=False), note.at)
    _where("became_kind", lambda v: check_choice(v, ("", *NOTE_KINDS)), note.became_kind)
    _where("became_uuid", check_text, note.became_uuid)
    if bool(note.became_kind) != bool(note.became_uuid):
        raise InvalidMeetingValue("became_uuid: must be given with became_kind, and only then")
    return note


def check_action(action: ActionItem) -> ActionItem:
    _where("what", lambda v: check_text(v, MAX_TEXT), action.what)
    _where("who", check_text, action.who)
    _where("due", check_date, action.due)
    _where("done", check_bool, action.done)
    _where("note_uuid", check_text, action.note_uuid)
    return action


def check_meeting_decision(decision: MeetingDecision) -> MeetingDecision:
    _where("text", lambda v: check_text(v, MAX_TEXT), decision.text)
    _where("note_uuid", check_text, decision.note_uuid)
    return decision


def check_live_state(state: LiveState) -> LiveState:
    for name in ("started_at", "item_started_at", "paused_at", "ended_at"):
        _where(name, check_moment, getattr(state, name))
    _where("item_uuid", check_optional_uuid, state.item_uuid)
    _where("paused_s", lambda v: check_int(v, 0, MAX_PAUSE_S, " seconds"), state.paused_s)
    if state.started_at is None and (state.item_started_at or state.paused_at or state.ended_at):
        raise InvalidMeetingValue("started_at: must be given once anything else is")
    if state.item_uuid is not None and state.item_started_at is None:
        raise InvalidMeetingValue("item_started_at: must be given with item_uuid")
    return state


def _where(name: str, check: Any, value: Any) -> None:
    try:
        check(value)
    except InvalidMeetingValue as exc:
        raise InvalidMeetingValue(f"{name}: {exc}") from None


# -- agenda templates ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AgendaDraft:
    """An item of an agenda template: its title, minutes and method (a method card's name or
    free text)."""

    title: str
    duration_min: int
    method: str = ""


#: Per kind: (Danish title, English title, minutes, method card key or ""). Each agenda runs
#: 90–120 minutes and borrows its working parts from the method cards (``domain/methods.py``).
_TEMPLATES: dict[str, tuple[tuple[str, str, int, str], ...]] = {
    "kickoff": (
        ("Velkomst og præsentationsrunde", "Welcome and round of introductions", 15, ""),
        ("Projektets formål og rammer", "The project's purpose and frame", 20, ""),
        ("Hvad ved vi om bymidten?", "What do we know about the town centre?", 20, "focus_group"),
        ("Pause", "Break", 10, ""),
        ("Forventninger og roller", "Expectations and roles", 25, "workshop"),
        ("Aftaler og næste skridt", "Agreements and next steps", 15, ""),
    ),
    "citizen_meeting": (
        ("Velkomst og aftenens program", "Welcome and the evening's programme", 10, ""),
        ("Oplæg: bymidten i dag", "Talk: the town centre today", 15, ""),
        ("Idéborde i grupper", "Idea tables in groups", 40, "citizen_meeting"),
        ("Pause med kaffe", "Coffee break", 15, ""),
        ("Prikafstemning om idéerne", "Dot vote on the ideas", 10, ""),
        ("Opsamling og næste skridt", "Summing up and next steps", 20, ""),
        ("Tak for i aften", "Thank you and goodbye", 10, ""),
    ),
    "workshop": (
        ("Velkomst", "Welcome", 10, ""),
        ("Opvarmning: mit yndlingssted i byen", "Warm-up: my favourite place in town", 15, ""),
        ("Idéudvikling i grupper", "Developing ideas in groups", 40, "workshop"),
        ("Pause", "Break", 10, ""),
        ("Grupperne fremlægger", "The groups present", 25, ""),
        ("Prioritering og næste skridt", "Priorities and next steps", 20, ""),
    ),
    "town_walk": (
        ("Mødested og introduktion", "Meeting point and introduction", 10, ""),
        ("Byvandring med stop undervejs", "Town walk with stops on the way", 60, "town_walk"),
        ("Opsamling over en kop kaffe", "Summing up over coffee", 25, "coffee_visit"),
        ("Næste skridt", "Next steps", 10, ""),
    ),
    "steering_group": (
        ("Godkendelse af dagsorden", "Approval of the agenda", 5, ""),
        ("Status fra arbejdsgrupperne", "Status from the working groups", 20, ""),
        ("Erfaringer fra afprøvningerne", "Lessons from the tests", 25, "prototype_test"),
        ("Beslutninger", "Decisions", 25, ""),
        ("Næste møde og kommunikation", "Next meeting and communication", 15, ""),
    ),
    "other": (
        ("Velkomst", "Welcome", 10, ""),
        ("Dagens emne", "Today's subject", 30, ""),
        ("Pause", "Break", 10, ""),
        ("Drøftelse i grupper", "Discussion in groups", 25, "focus_group"),
        ("Opsamling og næste skridt", "Summing up and next steps", 15, ""),
    ),
}


def agenda_template(kind: str, lang: str = "da") -> tuple[AgendaDraft, ...]:
    """The template agenda of a meeting kind in ``lang`` (Danish for any language but English);
    methods are the method cards' names in that language."""
    check_choice(kind, MEETING_KINDS)
    english = lang == "en"
    cards = load_catalogue("en" if english else "da")
    return tuple(
        AgendaDraft(en if english else da, minutes, cards[key].name if key else "")
        for da, en, minutes, key in _TEMPLATES[kind]
    )
