"""The documents the app has always printed, as entries of the "Print and export" page
(``ui/print_catalog.py``): the meeting handout and run-sheet, the charter, the actor map, the test
cards and the test report.

Each entry's ``job`` and ``file_name`` are asked with the chosen language's translators installed
(the page does that, see ``ui/print_page_language.py``), so the labels made here are in it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.ui import labels, pdf_flow
from workshop_app.ui.print_catalog import (
    LANGUAGE,
    MEETING,
    NAMES,
    TEST,
    PrintEntry,
    PrintOptions,
    register,
)


def _no_meetings(snapshot: ProjectSnapshot) -> str:
    if snapshot.meetings:
        return ""
    return QCoreApplication.translate(
        "PrintDocuments", "Add a meeting with an agenda on the Meetings page first."
    )


def _no_tests(snapshot: ProjectSnapshot) -> str:
    if snapshot.trials.trials:
        return ""
    return QCoreApplication.translate("PrintDocuments", "Add a test on the Tests page first.")


def _meeting_file(title: str, snapshot: ProjectSnapshot, options: PrintOptions) -> str:
    return f"{title} - {pdf_flow.meeting_name(snapshot, options.meeting_uuid)}"


def _project_file(title: str, snapshot: ProjectSnapshot, options: PrintOptions) -> str:
    return f"{title} - {pdf_flow.subject_name(snapshot, options.trial_uuid)}"


HANDOUT = register(
    PrintEntry(
        key="handout",
        group="document",
        title=lambda: QCoreApplication.translate("PrintDocuments", "Meeting handout"),
        description=lambda: QCoreApplication.translate(
            "PrintDocuments",
            "For the participants, about the meeting that was held: the agenda as held, how "
            "many came, ideas with votes, decisions, action items and the next meeting. No names "
            "unless you show them; then every page says it contains personal data.",
        ),
        options=frozenset({LANGUAGE, NAMES, MEETING}),
        job=lambda o: pdf_flow.handout_job(labels.meeting_labels(), o.meeting_uuid, o.with_names),
        file_name=lambda s, o: _meeting_file(labels.meeting_labels().document_title, s, o),
        unavailable=_no_meetings,
    )
)

RUNSHEET = register(
    PrintEntry(
        key="runsheet",
        group="document",
        title=lambda: QCoreApplication.translate("PrintDocuments", "Run-sheet"),
        description=lambda: QCoreApplication.translate(
            "PrintDocuments",
            "The facilitator's copy of a meeting: clock times, methods, materials, notes, who "
            "is responsible and a checklist of the invited actors. It holds names.",
        ),
        options=frozenset({LANGUAGE, MEETING}),
        job=lambda o: pdf_flow.runsheet_job(labels.meeting_labels(), o.meeting_uuid),
        file_name=lambda s, o: _meeting_file(labels.meeting_labels().runsheet_title, s, o),
        unavailable=_no_meetings,
    )
)

CHARTER = register(
    PrintEntry(
        key="charter",
        group="document",
        title=lambda: QCoreApplication.translate("PrintDocuments", "Charter for the council"),
        description=lambda: QCoreApplication.translate(
            "PrintDocuments",
            "The collaboration's charter (phase 1) as a short document for the council to "
            "decide on. Sections not yet written are left out.",
        ),
        options=frozenset({LANGUAGE}),
        job=lambda o: pdf_flow.charter_job(labels.charter_labels()),
        file_name=lambda s, o: _project_file(labels.charter_labels().document_title, s, o),
    )
)

ACTOR_MAP = register(
    PrintEntry(
        key="actors",
        group="document",
        title=lambda: QCoreApplication.translate("PrintDocuments", "Actor map"),
        description=lambda: QCoreApplication.translate(
            "PrintDocuments",
            "The power/interest grid, the actor register and the engagement plan (phase 2) on "
            "landscape pages. Organisations are shown by name; contact persons and contact "
            "details only when you show names. Share that version only with those who need it.",
        ),
        options=frozenset({LANGUAGE, NAMES}),
        job=lambda o: pdf_flow.actor_map_job(labels.actor_map_labels(), o.with_names),
        file_name=lambda s, o: _project_file(labels.actor_map_labels().document_title, s, o),
    )
)

TEST_CARDS = register(
    PrintEntry(
        key="test-card",
        group="document",
        title=lambda: QCoreApplication.translate("PrintDocuments", "Test cards"),
        description=lambda: QCoreApplication.translate(
            "PrintDocuments",
            "One page per test to hang up or hand out: idea, hypothesis, plan and permits. No "
            "personal data.",
        ),
        options=frozenset({LANGUAGE, TEST}),
        job=lambda o: pdf_flow.trial_cards_job(labels.trial_card_labels(), o.trial_uuid),
        file_name=lambda s, o: _project_file(labels.trial_card_labels().document_title, s, o),
        unavailable=_no_tests,
    )
)

TEST_REPORT = register(
    PrintEntry(
        key="test-report",
        group="document",
        title=lambda: QCoreApplication.translate("PrintDocuments", "Test report"),
        description=lambda: QCoreApplication.translate(
            "PrintDocuments",
            "For the council: the plan, the evidence from the street with charts, and the "
            "decisions, with a short verdict at the top of each test. No personal data.",
        ),
        options=frozenset({LANGUAGE, TEST}),
        job=lambda o: pdf_flow.trial_report_job(labels.trial_report_labels(), o.trial_uuid),
        file_name=lambda s, o: _project_file(labels.trial_report_labels().document_title, s, o),
        unavailable=_no_tests,
    )
)
