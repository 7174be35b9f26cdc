"""The project report's fixed texts: its own words (the executive first page, the table of
contents, the chapter titles) and the labels of the documents it is made of, so that one object
carries the report in one language. English defaults; the UI fills them in the user's language
(``ui/report_labels.py``).

Templates carry named fields in braces; a template whose count may be one has a ``…_one``
variant.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from workshop_app.export.actor_map_labels import ActorMapLabels
from workshop_app.export.blocks import frozen
from workshop_app.export.charter_labels import CharterLabels
from workshop_app.export.meeting_labels import MeetingLabels
from workshop_app.export.trial_report import TrialReportLabels


@dataclass(frozen=True)
class ReportLabels:
    """Every fixed text of the project report, translated by the caller."""

    document_title: str = "Project report"
    page_of: str = "Page {page} of {pages}"
    untitled: str = "Untitled project"
    status: str = "Status as of {date}"
    personal_data: str = "Contains personal data"
    personal_data_note: str = (
        "This copy contains personal data (names and contact details). Do not share it."
    )
    facilitators: str = "Facilitators"
    contents: str = "Contents"
    #: The chapters, in the report's order.
    charter: str = "Charter"
    actor_map: str = "Actor map"
    tests: str = "Tests"
    meetings: str = "Meetings held"
    no_meetings_held: str = "No meeting has been held yet."
    # -- the executive first page: five questions, each answered in a few sentences
    stands: str = "Where the collaboration stands"
    tried: str = "What was tried"
    showed: str = "What it showed"
    decided: str = "What is decided"
    next: str = "What comes next"
    stands_period: str = "The collaboration runs from {start} to {end}."
    stands_started: str = "The collaboration began on {start}."
    stands_charter: str = "The charter has {done} of {total} sections complete."
    stands_no_charter: str = "The charter has not been written yet."
    stands_actors: str = (
        "{count} actors are mapped; {rated} of them are rated on influence and interest."
    )
    stands_actors_one: str = "1 actor is mapped."
    stands_no_actors: str = "No actors are mapped yet."
    stands_meetings: str = (
        "{held} of {total} meetings have been held, with {citizens} citizens counted."
    )
    stands_no_meetings: str = "No meetings are planned yet."
    tried_tests: str = "{count} tests in all: {statuses}."
    tried_tests_one: str = "1 test: {statuses}."
    tried_none: str = "No tests have been planned yet."
    tried_test: str = "“{title}”: {status}, {period}."
    more: str = "… and {count} more (see “{chapter}”)."
    showed_test: str = "“{title}”: {verdict}"
    showed_none: str = "No test has counts or feedback yet."
    #: ``sentiments``: "21 positive, 7 neutral, 1 negative" (``trial_report.sentiment_count``).
    showed_feedback: str = "{total} pieces of feedback in all: {sentiments}."
    showed_feedback_one: str = "1 piece of feedback in all."
    decided_test: str = "“{title}”: {kind} ({date})."
    decided_meetings: str = "{count} decisions were made at the meetings held (see “{chapter}”)."
    decided_meetings_one: str = "1 decision was made at the meetings held (see “{chapter}”)."
    decided_charter: str = "Decided in the charter: {items}."
    #: The charter's decisions, as named in a sentence (``report_summary.CHARTER_DECISIONS``).
    charter_decisions: Mapping[str, str] = field(
        default_factory=lambda: frozen(
            political_model="the political model",
            committee="the committee",
            mandate="the mandate",
            municipal_roles="the municipality's roles",
            formality="the form of the organisation",
        )
    )
    undecided_charter: str = "Not decided yet: {items}."
    decided_none: str = "Nothing has been decided yet."
    next_meeting: str = "Next meeting: “{title}”, {date}."
    next_running: str = "“{title}” runs until {date}."
    next_running_open: str = "“{title}” is running; no end date is set."
    next_planned: str = "“{title}” is planned to start on {date}."
    next_planned_open: str = "“{title}” is planned; no start date is set."
    next_milestone: str = "Next milestone: “{title}”, {date}."
    next_actions: str = "{count} action items from the meetings are still open."
    next_actions_one: str = "1 action item from the meetings is still open."
    next_none: str = "Nothing is planned yet."
    # -- the documents the report is made of (their own labels, in the same language)
    charter_labels: CharterLabels = field(default_factory=CharterLabels)
    actor_map_labels: ActorMapLabels = field(default_factory=ActorMapLabels)
    test_labels: TrialReportLabels = field(default_factory=TrialReportLabels)
    meeting_labels: MeetingLabels = field(default_factory=MeetingLabels)
