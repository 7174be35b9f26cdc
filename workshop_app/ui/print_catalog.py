"""Every document and blank form the app prints, in one registry the "Print and export" page
is built from.

An entry says what it is called (translated when asked), which options it takes, and how to make
its PDF job (``ui/pdf_flow.PdfJob``: ``(snapshot, out, progress, cancelled) -> None``) from the
options chosen. The entries live beside the documents they make (``ENTRY_MODULES``), so adding a
document is one new entry, not a change to the page.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workshop_app.domain.model import ProjectSnapshot
    from workshop_app.ui.pdf_flow import PdfJob

#: The options an entry may take (its ``options``).
LANGUAGE = "language"
NAMES = "names"
MEETING = "meeting"
TEST = "test"
CARDS = "cards"

#: Modules that register entries when imported (each calls :func:`register`).
ENTRY_MODULES: list[str] = [
    "workshop_app.ui.print_documents",
    "workshop_app.ui.print_report",
    "workshop_app.ui.print_forms",
]


@dataclass(frozen=True)
class PrintOptions:
    """What the user chose on the page: the language of the labels, whether names are shown
    (only for documents that take ``NAMES``), the meeting or test (``None``: all, or the next
    meeting), and the first card number and number of cards of a feedback-card run."""

    language: str = "da"
    with_names: bool = False
    meeting_uuid: str | None = None
    trial_uuid: str | None = None
    first_card: int = 1
    card_count: int = 4


@dataclass(frozen=True)
class PrintEntry:
    #: Stable key, as on the command line ("report", "charter", "feedback-cards"…).
    key: str
    #: "document" or "form": where the page lists it.
    group: str
    #: Translated title and one-line description, asked when shown (the language may change).
    title: Callable[[], str]
    description: Callable[[], str]
    #: The options the entry takes: a subset of LANGUAGE, NAMES, MEETING, TEST, CARDS.
    options: frozenset[str]
    #: The PDF job for these options (labels made here, on the GUI thread).
    job: Callable[[PrintOptions], PdfJob]
    #: The suggested file name (no extension) for this snapshot and these options.
    file_name: Callable[[ProjectSnapshot, PrintOptions], str]
    #: Whether the entry can be made for this snapshot now (e.g. a meeting exists), and if not,
    #: the translated reason shown instead of the buttons.
    unavailable: Callable[[ProjectSnapshot], str] = lambda snapshot: ""


_entries: dict[str, PrintEntry] = {}


def register(entry: PrintEntry) -> PrintEntry:
    """Add ``entry`` (a second entry with the same key replaces the first)."""
    _entries[entry.key] = entry
    return entry


def entries() -> list[PrintEntry]:
    """Every entry, documents first, in the order registered."""
    for module in ENTRY_MODULES:
        importlib.import_module(module)
    listed = list(_entries.values())
    return [e for e in listed if e.group == "document"] + [
        e for e in listed if e.group != "document"
    ]
