"""The blank forms on the "Print and export" page (``print_catalog``): feedback cards (a test, how
many cards and from which number), the counting sheet (a test), the dot-voting and sign-in sheets
(a meeting, optional) and the handout in large print (a meeting).

Printing feedback cards uses up their numbers: whoever prints or saves them records the run
(``ProjectService.record_card_run``) so that the next run starts above it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.domain.trials import title_with_version
from workshop_app.export.form_kinds import (
    COUNTING_SHEET,
    FEEDBACK_CARDS,
    LARGE_PRINT,
    SIGN_IN,
    VOTE_SHEET,
)
from workshop_app.ui.i18n import current_language, install_translators
from workshop_app.ui.pdf_flow import PdfJob, pdf_job, safe_file_name
from workshop_app.ui.print_catalog import (
    CARDS,
    LANGUAGE,
    MEETING,
    TEST,
    PrintEntry,
    PrintOptions,
    register,
)

if TYPE_CHECKING:
    from workshop_app.export.forms.labels import FormLabels

# The forms' modules and their labels' (ReportLab behind them) are imported when a job or a
# file name is asked for (by then in the worker, see pdf_flow.when_print_ready), not on
# registering the entries.


def labels_in(language: str) -> FormLabels:
    """The forms' words in ``language``; the app's own language is put back at once."""
    from workshop_app.ui.form_labels import form_labels

    now = current_language()
    if language == now:
        return form_labels()
    install_translators(language)
    try:
        return form_labels()
    finally:
        install_translators(now)


def _job(kind: str) -> Callable[[PrintOptions], PdfJob]:
    def job(options: PrintOptions) -> PdfJob:
        from workshop_app.export.forms import write_form

        return pdf_job(
            partial(write_form, kind),
            labels_in(options.language),
            trial_uuid=options.trial_uuid,
            meeting_uuid=options.meeting_uuid,
            first=options.first_card,
            count=options.card_count,
        )

    return job


def _trial_title(snapshot: ProjectSnapshot, options: PrintOptions) -> str:
    """The test the form is for, as the form names it (a re-test with its version)."""
    from workshop_app.export.forms.parts import pick_trial
    from workshop_app.ui.form_labels import form_labels

    try:
        trial = pick_trial(snapshot, options.trial_uuid)
    except ValueError:
        return ""
    if trial is None:
        return ""
    return title_with_version(snapshot.trials, trial, form_labels().test_version)


def _meeting_title(snapshot: ProjectSnapshot, options: PrintOptions) -> str:
    """The meeting the sheet is for: the one chosen, else the next (as the sheet says)."""
    from workshop_app.export.forms import sheet_meeting

    try:
        entry = sheet_meeting(snapshot, options.meeting_uuid, {})
    except ValueError:
        return ""
    return entry.meeting.title.strip() if entry is not None else ""


def _file_name(
    title: Callable[[], str], detail: Callable[[ProjectSnapshot, PrintOptions], str]
) -> Callable[[ProjectSnapshot, PrintOptions], str]:
    def name(snapshot: ProjectSnapshot, options: PrintOptions) -> str:
        about = detail(snapshot, options)
        return safe_file_name(f"{title()} - {about}" if about else title(), "form")

    return name


def _cards_name(snapshot: ProjectSnapshot, options: PrintOptions) -> str:
    first, last = options.first_card, options.first_card + options.card_count - 1
    numbers = f"{first}-{last}"
    about = _trial_title(snapshot, options)
    return f"{numbers} {about}".strip()


def _no_tests(snapshot: ProjectSnapshot) -> str:
    if snapshot.trials.trials:
        return ""
    return QCoreApplication.translate(
        "PrintForms", "Add a test on the Tests page first: the cards are numbered per test."
    )


def _no_meetings(snapshot: ProjectSnapshot) -> str:
    if snapshot.meetings:
        return ""
    return QCoreApplication.translate("PrintForms", "Add a meeting on the Meetings page first.")


# Titles and descriptions are asked when shown: the language may change while the app runs.


def _cards_title() -> str:
    return QCoreApplication.translate("PrintForms", "Feedback cards")


def _cards_text() -> str:
    return QCoreApplication.translate(
        "PrintForms",
        "Four numbered cards on each sheet for a test's feedback on paper; numbers never repeat "
        "within a test.",
    )


def _counting_title() -> str:
    return QCoreApplication.translate("PrintForms", "Counting sheet")


def _counting_text() -> str:
    return QCoreApplication.translate(
        "PrintForms",
        "People passing per 10 minutes and people staying, in the order of the tally grid, to "
        "type back cell by cell.",
    )


def _votes_title() -> str:
    return QCoreApplication.translate("PrintForms", "Dot-voting sheet")


def _votes_text() -> str:
    return QCoreApplication.translate(
        "PrintForms", "The ideas with room for dots; for a meeting, the ideas of its vote."
    )


def _sign_in_title() -> str:
    return QCoreApplication.translate("PrintForms", "Sign-in sheet")


def _sign_in_text() -> str:
    return QCoreApplication.translate(
        "PrintForms", "Rows to sign in with consent boxes, under the project's privacy notice."
    )


def _large_title() -> str:
    return QCoreApplication.translate("PrintForms", "Handout in large print")


def _large_text() -> str:
    return QCoreApplication.translate(
        "PrintForms", "The meeting's handout with every text at least 16 points."
    )


def _entry(
    key: str,
    text: tuple[Callable[[], str], Callable[[], str]],
    options: frozenset[str],
    detail: Callable[[ProjectSnapshot, PrintOptions], str],
    unavailable: Callable[[ProjectSnapshot], str] = lambda snapshot: "",
) -> PrintEntry:
    """A form's entry: its (title, description), options, and what its file name names."""
    title, description = text
    return PrintEntry(
        key=key,
        group="form",
        title=title,
        description=description,
        options=options,
        job=_job(key),
        file_name=_file_name(title, detail),
        unavailable=unavailable,
    )


_TEST_FORM = frozenset({LANGUAGE, TEST})
_MEETING_FORM = frozenset({LANGUAGE, MEETING})
FORM_ENTRIES = (
    _entry(
        FEEDBACK_CARDS,
        (_cards_title, _cards_text),
        _TEST_FORM | {CARDS},
        _cards_name,
        _no_tests,
    ),
    _entry(COUNTING_SHEET, (_counting_title, _counting_text), _TEST_FORM, _trial_title),
    _entry(VOTE_SHEET, (_votes_title, _votes_text), _MEETING_FORM, _meeting_title),
    _entry(SIGN_IN, (_sign_in_title, _sign_in_text), _MEETING_FORM, _meeting_title),
    _entry(LARGE_PRINT, (_large_title, _large_text), _MEETING_FORM, _meeting_title, _no_meetings),
)
for _form in FORM_ENTRIES:
    register(_form)
