"""The blank forms on the "Print and export" page (``print_catalog``): feedback cards (a test, how
many cards and from which number), the counting sheet (a test), the dot-voting and sign-in sheets
(a meeting, optional) and the handout in large print (a meeting).

Printing feedback cards uses up their numbers: whoever prints or saves them records the run
(``ProjectService.record_card_run``) so that the next run starts above it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.export.forms import (
    COUNTING_SHEET,
    FEEDBACK_CARDS,
    LARGE_PRINT,
    SIGN_IN,
    VOTE_SHEET,
    write_form,
)
from workshop_app.export.forms.labels import FormLabels
from workshop_app.export.forms.parts import pick_trial
from workshop_app.ui.form_labels import form_labels
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


def _t(text: str) -> str:
    return QCoreApplication.translate("PrintForms", text)


def labels_in(language: str) -> FormLabels:
    """The forms' words in ``language``; the app's own language is put back at once."""
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
    try:
        trial = pick_trial(snapshot, options.trial_uuid)
    except ValueError:
        return ""
    return trial.title.strip() if trial is not None else ""


def _meeting_title(snapshot: ProjectSnapshot, options: PrintOptions) -> str:
    entry = snapshot.meeting(options.meeting_uuid) if options.meeting_uuid else None
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


def _title(text: object) -> Callable[[], str]:
    """``text`` (marked with QT_TRANSLATE_NOOP) translated when asked: the language may change
    while the app runs."""
    return lambda: _t(str(text))


def _register() -> None:
    cards = _title(QT_TRANSLATE_NOOP("PrintForms", "Feedback cards"))
    register(
        PrintEntry(
            key=FEEDBACK_CARDS,
            group="form",
            title=cards,
            description=_title(
                QT_TRANSLATE_NOOP(
                    "PrintForms",
                    "Four numbered cards on each sheet for a test's feedback on paper; numbers "
                    "never repeat within a test.",
                )
            ),
            options=frozenset({LANGUAGE, TEST, CARDS}),
            job=_job(FEEDBACK_CARDS),
            file_name=_file_name(cards, _cards_name),
            unavailable=_no_tests,
        )
    )
    counting = _title(QT_TRANSLATE_NOOP("PrintForms", "Counting sheet"))
    register(
        PrintEntry(
            key=COUNTING_SHEET,
            group="form",
            title=counting,
            description=_title(
                QT_TRANSLATE_NOOP(
                    "PrintForms",
                    "People passing per 10 minutes and people staying, in the order of the tally "
                    "grid, to type back cell by cell.",
                )
            ),
            options=frozenset({LANGUAGE, TEST}),
            job=_job(COUNTING_SHEET),
            file_name=_file_name(counting, _trial_title),
        )
    )
    votes = _title(QT_TRANSLATE_NOOP("PrintForms", "Dot-voting sheet"))
    register(
        PrintEntry(
            key=VOTE_SHEET,
            group="form",
            title=votes,
            description=_title(
                QT_TRANSLATE_NOOP(
                    "PrintForms",
                    "The ideas with room for dots; for a meeting, the ideas of its vote.",
                )
            ),
            options=frozenset({LANGUAGE, MEETING}),
            job=_job(VOTE_SHEET),
            file_name=_file_name(votes, _meeting_title),
        )
    )
    sign_in = _title(QT_TRANSLATE_NOOP("PrintForms", "Sign-in sheet"))
    register(
        PrintEntry(
            key=SIGN_IN,
            group="form",
            title=sign_in,
            description=_title(
                QT_TRANSLATE_NOOP(
                    "PrintForms",
                    "Rows to sign in with consent boxes, under the project's privacy notice.",
                )
            ),
            options=frozenset({LANGUAGE, MEETING}),
            job=_job(SIGN_IN),
            file_name=_file_name(sign_in, _meeting_title),
        )
    )
    large = _title(QT_TRANSLATE_NOOP("PrintForms", "Handout in large print"))
    register(
        PrintEntry(
            key=LARGE_PRINT,
            group="form",
            title=large,
            description=_title(
                QT_TRANSLATE_NOOP(
                    "PrintForms", "The meeting's handout with every text at least 16 points."
                )
            ),
            options=frozenset({LANGUAGE, MEETING}),
            job=_job(LARGE_PRINT),
            file_name=_file_name(large, _meeting_title),
            unavailable=_no_meetings,
        )
    )


_register()
