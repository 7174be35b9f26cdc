"""The fixed texts of the meeting documents (participants' handout, facilitator's run-sheet),
translated by the caller (``ui/labels.py``); English defaults."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workshop_app.domain.meetings import ATTENDANCE_GROUPS
from workshop_app.domain.vocabulary import AGE_BANDS
from workshop_app.export.blocks import DocumentWords, fill_template, format_day

#: The groups citizens are counted in.
GROUPS = ATTENDANCE_GROUPS
_KEYS = frozenset((*AGE_BANDS, *GROUPS))


@dataclass(frozen=True)
class MeetingLabels(DocumentWords):
    """Every fixed text of the meeting documents (the participants' handout and the
    facilitator's run-sheet share their words), translated by the caller. English defaults."""

    document_title: str = "Handout"
    runsheet_title: str = "Run-sheet"
    facilitators_copy: str = "Facilitator's copy"
    purpose: str = "Purpose"
    date: str = "Date"
    time: str = "Time"
    place: str = "Place"
    agenda: str = "Agenda"
    clock: str = "Time"
    item: str = "Item"
    minutes: str = "Min."
    method: str = "Method"
    materials: str = "Materials"
    notes: str = "Notes"
    responsible: str = "Responsible"
    no_agenda: str = "No agenda items yet."
    not_set: str = "Not set"
    minutes_unit: str = "min"
    extra_note: str = "(+N): minutes added during the meeting."
    facilitators: str = "Facilitators"
    personal_data: str = "Contains personal data"
    attendance: str = "Who came"
    organisations: str = "Organisations present: {count}"
    citizens: str = "Citizens"
    citizens_counted: str = "Citizens counted: {count}"
    no_attendance: str = "Attendance was not recorded."
    age: str = "Age"
    # The age bands (domain.vocabulary.AGE_BANDS) and the groups citizens are counted in.
    age_0_14: str = "0–14"
    age_15_29: str = "15–29"
    age_30_64: str = "30–64"
    age_65_plus: str = "65+"
    resident: str = "Residents"
    visitor: str = "Visitors"
    trader: str = "Traders"
    outcome: str = "What came out"
    ideas: str = "Ideas and votes"
    idea: str = "Idea"
    votes: str = "Votes"
    decisions: str = "Decisions"
    actions: str = "Action items"
    what: str = "What"
    who: str = "Who"
    due: str = "By when"
    done: str = "Done"
    done_mark: str = "✓"
    nothing_recorded: str = "Nothing was recorded."
    next_meeting: str = "Next meeting"
    no_next_meeting: str = "Not planned yet."
    contact: str = "Contact"
    contact_line: str = "{project}, {municipality}"
    bring: str = "Materials to bring"
    checklist: str = "Attendance: invited actors"
    present: str = "Here"
    organisation: str = "Organisation"
    contact_person: str = "Contact person"
    no_actors: str = "The actor register is empty."
    tally: str = "Citizens present (count into the grid)"


def format_date(day: dt.date, labels: MeetingLabels) -> str:
    return format_day(day, labels.months, labels.date_format)


def printed_line(labels: MeetingLabels, today: dt.date) -> str:
    day = format_date(today, labels)
    return fill_template(labels.printed, day, date=day)


def band_name(labels: MeetingLabels, band: str) -> str:
    """An age band's or a group's name (``band`` a key of either)."""
    name = getattr(labels, band, None) if band in _KEYS else None
    return name if isinstance(name, str) else band


group_name = band_name
