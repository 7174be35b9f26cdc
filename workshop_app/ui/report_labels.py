"""The project report's labels in the current language (``export/report_labels.py``): its own
words, and the labels of the charter, actor map, test report and handout it is made of."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.export.blocks import frozen
from workshop_app.export.report_labels import ReportLabels
from workshop_app.ui.labels import (
    actor_map_labels,
    charter_labels,
    meeting_labels,
    trial_report_labels,
)


def report_labels() -> ReportLabels:
    """Every fixed text of the project report, translated."""
    return ReportLabels(
        document_title=QCoreApplication.translate("ReportLabels", "Project report"),
        page_of=QCoreApplication.translate("ReportLabels", "Page {page} of {pages}"),
        untitled=QCoreApplication.translate("ReportLabels", "Untitled project"),
        status=QCoreApplication.translate("ReportLabels", "Status as of {date}"),
        personal_data=QCoreApplication.translate("ReportLabels", "Contains personal data"),
        personal_data_note=QCoreApplication.translate(
            "ReportLabels",
            "This copy contains personal data (names and contact details). Do not share it.",
        ),
        facilitators=QCoreApplication.translate("ReportLabels", "Facilitators"),
        contents=QCoreApplication.translate("ReportLabels", "Contents"),
        charter=QCoreApplication.translate("ReportLabels", "Charter"),
        actor_map=QCoreApplication.translate("ReportLabels", "Actor map"),
        tests=QCoreApplication.translate("ReportLabels", "Tests"),
        meetings=QCoreApplication.translate("ReportLabels", "Meetings held"),
        no_meetings_held=QCoreApplication.translate(
            "ReportLabels", "No meeting has been held yet."
        ),
        stands=QCoreApplication.translate("ReportLabels", "Where the collaboration stands"),
        tried=QCoreApplication.translate("ReportLabels", "What was tried"),
        showed=QCoreApplication.translate("ReportLabels", "What it showed"),
        decided=QCoreApplication.translate("ReportLabels", "What is decided"),
        next=QCoreApplication.translate("ReportLabels", "What comes next"),
        stands_period=QCoreApplication.translate(
            "ReportLabels", "The collaboration runs from {start} to {end}."
        ),
        stands_started=QCoreApplication.translate(
            "ReportLabels", "The collaboration began on {start}."
        ),
        stands_charter=QCoreApplication.translate(
            "ReportLabels", "The charter has {done} of {total} sections complete."
        ),
        stands_no_charter=QCoreApplication.translate(
            "ReportLabels", "The charter has not been written yet."
        ),
        stands_actors=QCoreApplication.translate(
            "ReportLabels",
            "{count} actors are mapped; {rated} of them are rated on influence and interest.",
        ),
        stands_actors_one=QCoreApplication.translate("ReportLabels", "1 actor is mapped."),
        stands_no_actors=QCoreApplication.translate("ReportLabels", "No actors are mapped yet."),
        stands_meetings=QCoreApplication.translate(
            "ReportLabels",
            "{held} of {total} meetings have been held, with {citizens} citizens counted.",
        ),
        stands_no_meetings=QCoreApplication.translate(
            "ReportLabels", "No meetings are planned yet."
        ),
        tried_tests=QCoreApplication.translate("ReportLabels", "{count} tests in all: {statuses}."),
        tried_tests_one=QCoreApplication.translate("ReportLabels", "1 test: {statuses}."),
        tried_none=QCoreApplication.translate("ReportLabels", "No tests have been planned yet."),
        tried_test=QCoreApplication.translate("ReportLabels", "“{title}”: {status}, {period}."),
        more=QCoreApplication.translate("ReportLabels", "… and {count} more (see “{chapter}”)."),
        showed_test=QCoreApplication.translate("ReportLabels", "“{title}”: {verdict}"),
        showed_none=QCoreApplication.translate(
            "ReportLabels", "No test has counts or feedback yet."
        ),
        showed_feedback=QCoreApplication.translate(
            "ReportLabels", "{total} pieces of feedback in all: {sentiments}."
        ),
        showed_feedback_one=QCoreApplication.translate(
            "ReportLabels", "1 piece of feedback in all."
        ),
        decided_test=QCoreApplication.translate("ReportLabels", "“{title}”: {kind} ({date})."),
        decided_meetings=QCoreApplication.translate(
            "ReportLabels", "{count} decisions were made at the meetings held (see “{chapter}”)."
        ),
        decided_meetings_one=QCoreApplication.translate(
            "ReportLabels", "1 decision was made at the meetings held (see “{chapter}”)."
        ),
        decided_charter=QCoreApplication.translate(
            "ReportLabels", "Decided in the charter: {items}."
        ),
        undecided_charter=QCoreApplication.translate("ReportLabels", "Not decided yet: {items}."),
        decided_none=QCoreApplication.translate("ReportLabels", "Nothing has been decided yet."),
        next_meeting=QCoreApplication.translate("ReportLabels", "Next meeting: “{title}”, {date}."),
        next_running=QCoreApplication.translate("ReportLabels", "“{title}” runs until {date}."),
        next_running_open=QCoreApplication.translate(
            "ReportLabels", "“{title}” is running; no end date is set."
        ),
        next_planned=QCoreApplication.translate(
            "ReportLabels", "“{title}” is planned to start on {date}."
        ),
        next_planned_open=QCoreApplication.translate(
            "ReportLabels", "“{title}” is planned; no start date is set."
        ),
        next_milestone=QCoreApplication.translate(
            "ReportLabels", "Next milestone: “{title}”, {date}."
        ),
        next_actions=QCoreApplication.translate(
            "ReportLabels", "{count} action items from the meetings are still open."
        ),
        next_actions_one=QCoreApplication.translate(
            "ReportLabels", "1 action item from the meetings is still open."
        ),
        next_none=QCoreApplication.translate("ReportLabels", "Nothing is planned yet."),
        charter_decisions=frozen(
            political_model=QCoreApplication.translate("ReportLabels", "the political model"),
            committee=QCoreApplication.translate("ReportLabels", "the committee"),
            mandate=QCoreApplication.translate("ReportLabels", "the mandate"),
            municipal_roles=QCoreApplication.translate("ReportLabels", "the municipality's roles"),
            formality=QCoreApplication.translate("ReportLabels", "the form of the organisation"),
        ),
        charter_labels=charter_labels(),
        actor_map_labels=actor_map_labels(),
        test_labels=trial_report_labels(),
        meeting_labels=meeting_labels(),
    )
