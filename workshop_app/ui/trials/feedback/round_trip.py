"""The paper round trip in words (issue 14): which numbered cards were printed for a test, how
many came back typed in, and which are missing, entered twice or were never printed, e.g.
"Cards 1–48 printed, 41 entered, missing: 7, 19, 30–33". One line, for the quick-entry form and
the test's summary alike, from ``domain.print_runs.round_trip``. And the command that records a
print run of cards (one undo step; undo forgets it)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale

from workshop_app.domain.print_runs import CardRun, RoundTrip, overlapping_run
from workshop_app.services.project_service import ProjectService
from workshop_app.ui.commands import RecordKind
from workshop_app.ui.session import ProjectSession

#: At most this many numbers or ranges are listed; the rest is "… (N more)".
MAX_LISTED = 12

_RUN = RecordKind(ProjectService.restore_card_run, ProjectService.delete_card_run)


def _number(n: int) -> str:
    return QLocale().toString(n)


def _span(first: int, last: int) -> str:
    return _number(first) if first == last else f"{_number(first)}–{_number(last)}"


def suggested_card(trip: RoundTrip, above_all: int) -> int:
    """The card number the quick-entry form offers while paper comes back: the lowest printed
    number not entered yet; with none left, ``above_all`` (one above every number)."""
    return trip.missing[0] if trip.missing else above_all


def number_list(numbers: Sequence[int], limit: int = MAX_LISTED) -> str:
    """Sorted numbers with runs of three or more as ranges ("7, 19, 30–33"), at most ``limit``
    items, then "… (N more)" counting the numbers left out."""
    spans: list[tuple[int, int]] = []
    for n in sorted(set(numbers)):
        if spans and n == spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], n)
        else:
            spans.append((n, n))
    items: list[tuple[str, int]] = []  # (text, how many numbers it stands for)
    for first, last in spans:
        if last - first == 1:  # two in a row read better as two numbers
            items += [(_number(first), 1), (_number(last), 1)]
        else:
            items.append((_span(first, last), last - first + 1))
    text = ", ".join(item for item, _n in items[:limit])
    if len(items) > limit:
        left = sum(n for _item, n in items[limit:])
        text += ", " + QCoreApplication.translate("PaperRoundTrip", "… ({0} more)").format(
            _number(left)
        )
    return text


def round_trip_text(trip: RoundTrip) -> str:
    """The round trip in one line; "" when nothing was printed and no numbered card entered."""
    if trip.empty:
        return ""
    if not trip.printed:
        head = QCoreApplication.translate(
            "PaperRoundTrip", "No printed cards recorded for this test; {0} numbered cards entered"
        ).format(_number(trip.entered_count))
    else:
        printed = QCoreApplication.translate("PaperRoundTrip", " and ").join(
            _span(first, last) for first, last in trip.printed
        )
        head = QCoreApplication.translate(
            "PaperRoundTrip", "Cards {0} printed, {1} entered"
        ).format(printed, _number(trip.entered_count))
    parts = [head]
    if trip.missing:
        parts.append(
            QCoreApplication.translate("PaperRoundTrip", "missing: {0}").format(
                number_list(trip.missing)
            )
        )
    elif trip.printed:
        parts.append(QCoreApplication.translate("PaperRoundTrip", "none missing"))
    if trip.duplicates:
        parts.append(
            QCoreApplication.translate("PaperRoundTrip", "entered twice: {0}").format(
                number_list(trip.duplicates)
            )
        )
    if trip.unprinted and trip.printed:
        parts.append(
            QCoreApplication.translate("PaperRoundTrip", "never printed: {0}").format(
                number_list(trip.unprinted)
            )
        )
    return ", ".join(parts[:2]) + "".join("; " + p for p in parts[2:])


def card_run_problem(session: ProjectSession, trial_uuid: str, first: int, count: int) -> str:
    """Why a print run of ``count`` cards from ``first`` cannot be recorded for the test, in the
    user's language ("" when it can): its numbers overlap a run printed earlier. Show it before
    :func:`record_card_run` (the service's own refusal is worded for the command line)."""
    last = first + count - 1
    earlier = overlapping_run(session.service.card_runs(trial_uuid), trial_uuid, first, last)
    if earlier is None:
        return ""
    return QCoreApplication.translate(
        "PaperRoundTrip",
        "Cards {0} were printed for this test before ({1}). Card numbers never repeat within a "
        "test: start at {2}.",
    ).format(
        _span(max(first, earlier.first), min(last, earlier.last)),
        _span(earlier.first, earlier.last),
        _number(session.service.next_free_card(trial_uuid)),
    )


def record_card_run(
    session: ProjectSession, trial_uuid: str, first: int, count: int
) -> CardRun | None:
    """Record that ``count`` cards numbered from ``first`` were printed for the test, as one undo
    step (undo forgets the run). ``None`` when refused (the session has shown why); numbers out
    of range raise ``KnownError`` (BAD_INPUT) before anything is pushed."""
    run = session.service.new_card_run(trial_uuid, first, count)
    text = QCoreApplication.translate("PaperRoundTrip", "Record printed cards")
    return run if _RUN.add(session, text, run) else None


def delete_card_run(session: ProjectSession, run: CardRun) -> bool:
    """Forget a print run (one undo step; undo records it again)."""
    text = QCoreApplication.translate("PaperRoundTrip", "Forget printed cards")
    return _RUN.remove(session, text, run)
