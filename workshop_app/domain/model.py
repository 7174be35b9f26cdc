"""Plain domain objects: the project, its meetings and their agendas.

No Qt, no SQLite, no ReportLab here. Objects are immutable; edits make new objects
(``dataclasses.replace``) so snapshots handed to exports and workers can never change under them.
"""

from __future__ import annotations

import datetime as dt
import uuid as _uuid
from dataclasses import dataclass, field

from workshop_app.domain import meetings

# The limits are re-exported here for the modules that have always found them in model.
from workshop_app.domain.actors import ActorMap
from workshop_app.domain.limits import MAX_DURATION_MIN as MAX_DURATION_MIN
from workshop_app.domain.limits import MAX_SHORT_TEXT as MAX_SHORT_TEXT
from workshop_app.domain.limits import MAX_TEXT as MAX_TEXT
from workshop_app.domain.meetings import (
    AGENDA_EXTRA_FIELDS,
    MEETING_EXTRA_FIELDS,
    PROJECT_EXTRA_FIELDS,
)
from workshop_app.domain.print_runs import PRINT_PROJECT_FIELDS
from workshop_app.domain.scope import Scope
from workshop_app.domain.trials import TrialBook

#: Project fields a user can edit, in the order the overview shows them.
PROJECT_TEXT_FIELDS = ("name", "town", "municipality", "description", "facilitators")
PROJECT_DATE_FIELDS = ("start_date", "end_date")
PROJECT_FIELDS = PROJECT_TEXT_FIELDS + PROJECT_DATE_FIELDS

MEETING_FIELDS = ("title", "date", "start_time", "place", "purpose")
AGENDA_FIELDS = ("title", "duration_min", "method", "responsible")
#: Every editable field, with those of issue 13 whose rules are in ``domain/meetings.py``
#: (``check_extra_field``) rather than ``domain/validation.py``.
#: The print suite's fields (issue 14) have their rules in ``domain/print_runs.py``.
PROJECT_EDIT_FIELDS = PROJECT_FIELDS + PROJECT_EXTRA_FIELDS + PRINT_PROJECT_FIELDS
MEETING_EDIT_FIELDS = MEETING_FIELDS + MEETING_EXTRA_FIELDS
AGENDA_EDIT_FIELDS = AGENDA_FIELDS + AGENDA_EXTRA_FIELDS


def new_uuid() -> str:
    return str(_uuid.uuid4())


@dataclass(frozen=True, slots=True)
class Project:
    uuid: str
    name: str = ""
    town: str = ""
    municipality: str = ""
    description: str = ""
    facilitators: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    #: Whether meetings may list participants by name (``shared/guide/privacy.md``).
    named_participants: bool = False
    #: The municipality's logo on printed documents: PNG or JPEG bytes (``print_runs``'s rules).
    logo: bytes | None = None
    #: The print accent colour, "#rrggbb"; "" is the house's black-and-white look.
    accent: str = ""
    #: The privacy notice printed on sign-in sheets: who is responsible (may name a person).
    privacy_controller: str = ""
    #: Why the data are collected.
    privacy_purpose: str = ""
    #: Whom to contact (may name a person).
    privacy_contact: str = ""
    #: How long the data are kept.
    privacy_keep_until: dt.date | None = None


@dataclass(frozen=True, slots=True)
class AgendaItem:
    uuid: str
    meeting_uuid: str
    position: int
    title: str = ""
    duration_min: int = 15
    method: str = ""
    responsible: str = ""
    materials: str = ""
    #: The facilitator's notes (the run-sheet shows them; never the projector).
    notes: str = ""
    #: Minutes added live with +1 / +5; the planned duration stays ``duration_min``.
    extra_min: int = 0


@dataclass(frozen=True, slots=True)
class Meeting:
    uuid: str
    position: int
    title: str = ""
    date: dt.date | None = None
    start_time: dt.time | None = None
    place: str = ""
    purpose: str = ""
    kind: str = "other"
    #: Who leads the meeting: personal data.
    facilitators: str = ""
    #: The phase it serves (``meetings.MEETING_PHASES``; "" none).
    phase: str = ""


@dataclass(frozen=True, slots=True)
class MeetingWithAgenda:
    """A meeting with everything that belongs to it: the agenda, attendance (actors present by
    uuid, citizens counted, named participants), captured notes, action items, decisions and the
    live console's state."""

    meeting: Meeting
    agenda: tuple[AgendaItem, ...] = ()
    citizen_counts: tuple[meetings.CitizenCount, ...] = ()
    participants: tuple[meetings.Participant, ...] = ()
    actors_present: tuple[str, ...] = ()
    notes: tuple[meetings.Note, ...] = ()
    actions: tuple[meetings.ActionItem, ...] = ()
    decisions: tuple[meetings.MeetingDecision, ...] = ()
    live: meetings.LiveState | None = None

    def citizens(self, age_band: str, group: str) -> int | None:
        """The count in one cell of the attendance grid (``None``: nothing typed)."""
        return next(
            (c.count for c in self.citizen_counts if (c.age_band, c.group) == (age_band, group)),
            None,
        )

    @property
    def citizens_total(self) -> int:
        return sum(c.count or 0 for c in self.citizen_counts)

    def item(self, uuid: str | None) -> AgendaItem | None:
        return next((i for i in self.agenda if i.uuid == uuid), None)


@dataclass(frozen=True, slots=True)
class ProjectSnapshot:
    """Everything in a project file at one moment; what exports and JSON work from."""

    project: Project
    meetings: tuple[MeetingWithAgenda, ...] = field(default_factory=tuple)
    scope: Scope = field(default_factory=Scope)
    actors: ActorMap = field(default_factory=ActorMap)
    #: Phase 3: ideas, tests, evidence and decisions.
    trials: TrialBook = field(default_factory=TrialBook)

    def meeting(self, uuid: str) -> MeetingWithAgenda | None:
        return next((m for m in self.meetings if m.meeting.uuid == uuid), None)
