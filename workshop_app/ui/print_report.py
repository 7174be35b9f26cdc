"""The project report as an entry of the "Print and export" page (``ui/print_catalog.py``).

The entry's ``job`` and ``file_name`` are asked with the chosen language's translators installed
(the page does that), so the labels made here are in that language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.ui.pdf_flow import PdfJob, pdf_job
from workshop_app.ui.print_catalog import LANGUAGE, NAMES, PrintEntry, PrintOptions, register

# The report's module and its labels' (ReportLab behind them) are imported when a job or a file
# name is asked for (by then in the worker, see pdf_flow.when_print_ready), not on registering.


def report_job(options: PrintOptions) -> PdfJob:
    """The project report in the labels' language, with names only if chosen."""
    from workshop_app.export.report import write_project_report
    from workshop_app.ui.report_labels import report_labels

    return pdf_job(write_project_report, report_labels(), with_names=options.with_names)


def report_file_name(snapshot: ProjectSnapshot, options: PrintOptions) -> str:
    """The suggested file name, "Project report - <project>" (never a person's name)."""
    from workshop_app.ui.report_labels import report_labels

    labels = report_labels()
    return f"{labels.document_title} - {snapshot.project.name.strip() or labels.untitled}"


REPORT = register(
    PrintEntry(
        key="report",
        group="document",
        title=lambda: QCoreApplication.translate("PrintReport", "Project report"),
        description=lambda: QCoreApplication.translate(
            "PrintReport",
            "Everything in one document for the council: a first page on where the "
            "collaboration stands, what was tried, what it showed, what is decided and what "
            "comes next; a table of contents; then the charter, the actor map, the tests with "
            "their evidence and decisions, and the meetings held. No personal data unless you "
            "show names; then every page says it contains personal data.",
        ),
        options=frozenset({LANGUAGE, NAMES}),
        job=report_job,
        file_name=report_file_name,
    )
)
