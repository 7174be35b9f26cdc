"""The print suite's project data and the paper round trip (issue 14).

A **card run** is one print run of numbered paper feedback cards for one test: the numbers
``first`` to ``last``. Numbers never repeat within a test across runs, so the next run starts at
:func:`next_free_card`. When the cards come back and are typed in, :func:`round_trip` says which
printed numbers were not entered (missing), which were entered twice (duplicates) and which were
entered but never printed.

The project's print look (a logo and an accent colour) and its privacy notice are plain fields of
:class:`~workshop_app.domain.model.Project`; their value rules are here (:func:`check_logo`,
:func:`check_accent`).

No Qt, no SQLite, no ReportLab here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from workshop_app.domain.limits import MAX_SHORT_TEXT, MAX_TEXT
from workshop_app.domain.values import (
    InvalidValue,
    at,
    check_date,
    check_field,
    check_text,
    check_whole,
    is_whole,
)

if TYPE_CHECKING:
    from workshop_app.domain.trial_model import Feedback

#: Highest card number of a paper feedback card (``trial_model.MAX_CARD_NUMBER`` is this one).
MAX_CARD_NUMBER: Final = 1_000_000
#: Most cards in one print run.
MAX_RUN_CARDS: Final = 10_000
#: The largest logo a project keeps (bytes).
MAX_LOGO_BYTES: Final = 1_000_000
#: An accent colour as stored: "#rrggbb", lowercase.
ACCENT_RE: Final = re.compile(r"#[0-9a-f]{6}")
#: The print-safe accent colours the UI offers (dark enough for white text and for a grey
#: printer): (key, "#rrggbb"). "" (none) is the black-and-white look.
ACCENT_CHOICES: Final = (
    ("navy", "#1f3a5f"),
    ("green", "#2e5e3a"),
    ("red", "#8b1e2d"),
    ("petrol", "#1d5560"),
    ("purple", "#4b2e63"),
    ("brown", "#6b4226"),
    ("grey", "#3c3c3c"),
)
#: The project's print-look fields and privacy-notice fields, edited like its other fields.
PRINT_LOOK_FIELDS: Final = ("logo", "accent")
PRIVACY_TEXT_FIELDS: Final = ("privacy_controller", "privacy_purpose", "privacy_contact")
PRIVACY_FIELDS: Final = (*PRIVACY_TEXT_FIELDS, "privacy_keep_until")
PRINT_PROJECT_FIELDS: Final = PRINT_LOOK_FIELDS + PRIVACY_FIELDS


@dataclass(frozen=True, slots=True)
class CardRun:
    """One print run of numbered feedback cards for one test: numbers ``first`` to ``last``."""

    uuid: str
    trial_uuid: str
    first: int
    last: int
    printed_at: dt.datetime

    @property
    def count(self) -> int:
        return self.last - self.first + 1

    def overlaps(self, first: int, last: int) -> bool:
        return self.first <= last and first <= self.last


@dataclass(frozen=True, slots=True)
class RoundTrip:
    """How the typed-in cards of one test compare with the printed ones."""

    #: The printed ranges (first, last), in order, adjoining runs joined.
    printed: tuple[tuple[int, int], ...] = ()
    printed_count: int = 0
    #: Cards entered with a number (a number entered twice counts twice).
    entered_count: int = 0
    #: Printed, not entered.
    missing: tuple[int, ...] = ()
    #: Entered more than once.
    duplicates: tuple[int, ...] = ()
    #: Entered but never printed.
    unprinted: tuple[int, ...] = ()

    @property
    def empty(self) -> bool:
        """Nothing printed and no numbered card entered."""
        return not self.printed and not self.entered_count


def runs_of(runs: Iterable[CardRun], trial_uuid: str) -> tuple[CardRun, ...]:
    """The runs of one test, by first number."""
    return tuple(sorted((r for r in runs if r.trial_uuid == trial_uuid), key=lambda r: r.first))


def entered_numbers(feedback: Iterable[Feedback], trial_uuid: str) -> list[int]:
    """The card numbers entered for one test, in entry order (repeats kept)."""
    return [
        f.card_number for f in feedback if f.trial_uuid == trial_uuid and f.card_number is not None
    ]


def next_free_card(runs: Iterable[CardRun], feedback: Iterable[Feedback], trial_uuid: str) -> int:
    """One above every printed and every entered card number of the test (1 for a new test)."""
    highest = max(
        [r.last for r in runs_of(runs, trial_uuid)] + entered_numbers(feedback, trial_uuid),
        default=0,
    )
    return highest + 1


def merged_ranges(runs: Iterable[CardRun]) -> tuple[tuple[int, int], ...]:
    """The runs' ranges in order, overlapping or adjoining ranges joined."""
    ranges: list[tuple[int, int]] = []
    for first, last in sorted((r.first, r.last) for r in runs):
        if ranges and first <= ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], max(last, ranges[-1][1]))
        else:
            ranges.append((first, last))
    return tuple(ranges)


def round_trip(runs: Iterable[CardRun], feedback: Iterable[Feedback], trial_uuid: str) -> RoundTrip:
    """Printed cards against entered cards for one test."""
    printed = merged_ranges(runs_of(runs, trial_uuid))
    entered = entered_numbers(feedback, trial_uuid)
    seen = Counter(entered)

    def is_printed(number: int) -> bool:
        return any(first <= number <= last for first, last in printed)

    return RoundTrip(
        printed=printed,
        printed_count=sum(last - first + 1 for first, last in printed),
        entered_count=len(entered),
        missing=tuple(
            n for first, last in printed for n in range(first, last + 1) if n not in seen
        ),
        duplicates=tuple(sorted(n for n, times in seen.items() if times > 1)),
        unprinted=tuple(sorted(n for n in seen if not is_printed(n))),
    )


def overlapping_run(
    runs: Iterable[CardRun], trial_uuid: str, first: int, last: int
) -> CardRun | None:
    """An earlier run of the test that shares a number with ``first``–``last``."""
    return next((r for r in runs_of(runs, trial_uuid) if r.overlaps(first, last)), None)


# -- value rules -------------------------------------------------------------------------------

_PNG: Final = b"\x89PNG\r\n\x1a\n"
_JPEG: Final = b"\xff\xd8\xff"


def logo_kind(data: bytes) -> str | None:
    """The kind, "png" or "jpeg", by the file's first bytes, ``None`` for anything else."""
    if data.startswith(_PNG):
        return "png"
    if data.startswith(_JPEG):
        return "jpeg"
    return None


def check_logo(value: Any) -> bytes | None:
    """A PNG or JPEG image of at most ``MAX_LOGO_BYTES``, or ``None`` (no logo)."""
    if value is None:
        return None
    if not isinstance(value, bytes | bytearray):
        raise InvalidValue("must be a PNG or JPEG image")
    if len(value) > MAX_LOGO_BYTES:
        raise InvalidValue(
            f"must be at most {MAX_LOGO_BYTES // 1_000_000} MB ({len(value):,} bytes)"
        )
    if logo_kind(bytes(value)) is None:
        raise InvalidValue("must be a PNG or JPEG image")
    return bytes(value)


def check_accent(value: Any) -> str:
    """An accent colour "#rrggbb" (stored lowercase), or "" for none."""
    if not isinstance(value, str) or (value and ACCENT_RE.fullmatch(value.lower()) is None):
        raise InvalidValue('must be a colour written "#rrggbb", or empty')
    return value.lower()


def check_card_run(first: Any, count: Any) -> tuple[int, int]:
    """The numbers of a new run: ``first`` from 1, ``count`` cards, all within the card limit."""
    first = at("first card number", check_whole, first, 1, MAX_CARD_NUMBER)
    count = at("number of cards", check_whole, count, 1, MAX_RUN_CARDS)
    last = first + count - 1
    if last > MAX_CARD_NUMBER:
        raise InvalidValue(f"last card number: must be at most {MAX_CARD_NUMBER}")
    return first, last


def check_run(run: CardRun) -> CardRun:
    """A whole stored or imported run: its numbers within the limits, a time it was printed."""
    if is_whole(run.first) and is_whole(run.last) and run.last < run.first:
        raise InvalidValue(f"last: must not be below first ({run.first})")
    check_card_run(run.first, run.last - run.first + 1)
    if not isinstance(run.printed_at, dt.datetime):
        raise InvalidValue("printed_at: must be a date and time")
    return run


#: The rule of each print-suite project field.
_PROJECT_RULES: Final[dict[str, Callable[[Any], Any]]] = {
    "logo": check_logo,
    "accent": check_accent,
    "privacy_controller": lambda v: check_text(v, MAX_SHORT_TEXT),
    "privacy_purpose": lambda v: check_text(v, MAX_TEXT),
    "privacy_contact": lambda v: check_text(v, MAX_SHORT_TEXT),
    "privacy_keep_until": check_date,
}


def check_print_field(field: str, value: Any) -> Any:
    """A print-suite project field's value as stored; ``InvalidValue`` naming the field."""
    return check_field(_PROJECT_RULES, "project", field, value)
