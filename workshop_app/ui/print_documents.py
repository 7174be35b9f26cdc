"""The documents the app has always printed, as entries of the "Print and export" page
(``ui/print_catalog.py``): the meeting handout and run-sheet, the charter, the actor map, the test
cards and the test report.

Each entry's ``job`` and ``file_name`` are asked with the chosen language's translators installed
(the page does that, see ``ui/print_page_language.py``), so the labels made here are in it. The
labels' module (and ReportLab behind it) is imported when a job or a file name is first asked
for, by then in the worker (``pdf_flow.when_print_ready``): registering the entries imports
neither.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.ui import pdf_flow
from workshop_app.ui import print_catalog as catalog
from workshop_app.ui.pdf_flow import PdfJob
from workshop_app.ui.print_catalog import LANGUAGE, MEETING, NAMES, TEST, PrintOptions

# Each document's title and description, translated when asked (the language may change).
TEXTS: dict[str, tuple[Callable[[], str], Callable[[], str]]] = {
    "handout": (
        lambda: QCoreApplication.translate("PrintDocuments", "Meeting handout"),
        lambda: QCoreApplication.translate(
            "PrintDocuments",
            "For the participants, about the meeting that was held: the agenda as held, how "
            "many came, ideas with votes, decisions, action items and the next meeting. No names "
            "unless you show them; then every page says it contains personal data.",
        ),
    ),
    "runsheet": (
        lambda: QCoreApplication.translate("PrintDocuments", "Run-sheet"),
        lambda: QCoreApplication.translate(
            "PrintDocuments",
            "The facilitator's copy of a meeting: clock times, methods, materials, notes, who "
            "is responsible and a checklist of the invited actors. It holds names.",
        ),
    ),
    "charter": (
        lambda: QCoreApplication.translate("PrintDocuments", "Charter for the council"),
        lambda: QCoreApplication.translate(
            "PrintDocuments",
            "The collaboration's charter (phase 1) as a short document for the council to "
            "decide on. Sections not yet written are left out.",
        ),
    ),
    "actors": (
        lambda: QCoreApplication.translate("PrintDocuments", "Actor map"),
        lambda: QCoreApplication.translate(
            "PrintDocuments",
            "The power/interest grid, the actor register and the engagement plan (phase 2) on "
            "landscape pages. Organisations are shown by name; contact persons, contact "
            "details and the checks (which name actors) only when you show names: the "
            "facilitator's copy. Share that version only with those who need it.",
        ),
    ),
    "test-card": (
        lambda: QCoreApplication.translate("PrintDocuments", "Test cards"),
        lambda: QCoreApplication.translate(
            "PrintDocuments",
            "One page per test to hang up or hand out: idea, hypothesis, plan and permits. No "
            "personal data.",
        ),
    ),
    "test-report": (
        lambda: QCoreApplication.translate("PrintDocuments", "Test report"),
        lambda: QCoreApplication.translate(
            "PrintDocuments",
            "For the council: the plan, the evidence from the street with charts, and the "
            "decisions, with a short verdict at the top of each test. No personal data.",
        ),
    ),
}


def _labels() -> ModuleType:
    """``ui/labels.py``, imported when first needed."""
    from workshop_app.ui import labels

    return labels


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


def _available(snapshot: ProjectSnapshot) -> str:
    return ""


def _document(
    key: str,
    options: set[str],
    job: Callable[[PrintOptions], PdfJob],
    title: Callable[[], str],
) -> catalog.PrintEntry:
    """Register document ``key``; its file is named "<document title> - <subject>" with the
    title the document itself prints. A document that takes a meeting is about that meeting and
    needs one; one that takes a test needs a test; every other one is about the project."""

    def named(snapshot: ProjectSnapshot, chosen: PrintOptions) -> str:
        if MEETING in options:
            return f"{title()} - {pdf_flow.meeting_name(snapshot, chosen.meeting_uuid)}"
        return f"{title()} - {pdf_flow.subject_name(snapshot, chosen.trial_uuid)}"

    needs = _no_meetings if MEETING in options else _no_tests if TEST in options else _available
    entry = catalog.PrintEntry(key, "document", *TEXTS[key], frozenset(options), job, named, needs)
    return catalog.register(entry)


# The documents in the page's order: key, the options each takes, its job (labels made when
# asked, in the chosen language) and the title it prints.
ENTRIES = tuple(
    _document(key, options, job, title)
    for key, options, job, title in (
        (
            "handout",
            {LANGUAGE, NAMES, MEETING},
            lambda o: pdf_flow.handout_job(
                _labels().meeting_labels(), o.meeting_uuid, o.with_names
            ),
            lambda: _labels().meeting_labels().document_title,
        ),
        (
            "runsheet",
            {LANGUAGE, MEETING},
            lambda o: pdf_flow.runsheet_job(_labels().meeting_labels(), o.meeting_uuid),
            lambda: _labels().meeting_labels().runsheet_title,
        ),
        (
            "charter",
            {LANGUAGE},
            lambda o: pdf_flow.charter_job(_labels().charter_labels()),
            lambda: _labels().charter_labels().document_title,
        ),
        (
            "actors",
            {LANGUAGE, NAMES},
            lambda o: pdf_flow.actor_map_job(_labels().actor_map_labels(), o.with_names),
            lambda: _labels().actor_map_labels().document_title,
        ),
        (
            "test-card",
            {LANGUAGE, TEST},
            lambda o: pdf_flow.trial_cards_job(_labels().trial_card_labels(), o.trial_uuid),
            lambda: _labels().trial_card_labels().document_title,
        ),
        (
            "test-report",
            {LANGUAGE, TEST},
            lambda o: pdf_flow.trial_report_job(_labels().trial_report_labels(), o.trial_uuid),
            lambda: _labels().trial_report_labels().document_title,
        ),
    )
)
