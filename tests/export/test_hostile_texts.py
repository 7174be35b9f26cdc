"""Every document with the worst text a user can store: every field at its longest, 300 rows in
every list, emoji and other characters the font may not have.

What a user would notice: the export fails (a ReportLab LayoutError once made the charter exit 1
"internal error"), text goes missing, or the PDF copies as characters that were never typed.
Which fields a document shows is learnt from the same project with short texts (the builder hands
out the same marker tags in the same order), so the test follows the documents as they change.
"""

from __future__ import annotations

import functools
import unicodedata

import pytest
from export_helpers import reader
from hostile_project import (
    BLANK_LINES,
    DOCUMENTS,
    ONE_WORD,
    PROSE,
    Hostile,
    hostile_snapshot,
    markers_found,
    pdf_text,
)

from workshop_app.export.text import REPLACEMENT

#: Fields a document shortens with "…" by design: running headers and chart labels.
SHORTENED = {
    "handout": {"project.name"},
    "handout-with-names": {"project.name"},
    "runsheet": {"project.name"},
    "test-report": {"project.name", "feedback.tag"},
}
FLOWING = [name for name in DOCUMENTS if name != "test-card"]


@functools.cache
def shown_fields(document: str, rows: int = 1) -> frozenset[str]:
    """The marker tags of the fields ``document`` shows in full when every text is short."""
    snapshot, _ = hostile_snapshot(Hostile(long=40, short=40), rows=rows)
    found = markers_found(pdf_text(DOCUMENTS[document](snapshot)))
    return frozenset(tag for tag, ends in found.items() if ends == {"a", "z"})


def _missing(document: str, h: Hostile, text: str, ends: str, rows: int = 1) -> list[str]:
    """Fields shown by ``document`` whose markers ``ends`` ("a", "z") are not all in ``text``."""
    found = markers_found(text)
    shown = shown_fields(document, rows)
    return sorted(
        f"{field} ({tag}) lacks {end}"
        for tag, field in h.fields.items()
        if tag in shown
        for end in ends
        if end not in found.get(tag, set())
        and not (end == "z" and field in SHORTENED.get(document, ()))
    )


def test_every_document_shows_some_fields() -> None:
    # Guards the learning step: a document that shows nothing would pass everything below.
    for document in DOCUMENTS:
        assert len(shown_fields(document)) >= 7, document


@pytest.mark.parametrize("style", [PROSE, ONE_WORD])
@pytest.mark.parametrize("document", FLOWING)
def test_every_field_at_its_longest_lays_out_in_full(document: str, style: str) -> None:
    # 20,000 characters in every free-text field and 500 in every one-line field (the most the
    # app accepts), or one 5,000-character word without spaces: the document builds, splits
    # across pages, and shows each field from its first word to its last.
    snapshot, h = hostile_snapshot(Hostile(style=style))
    pdf = DOCUMENTS[document](snapshot)
    assert _missing(document, h, pdf_text(pdf), "az") == []


@pytest.mark.parametrize("document", DOCUMENTS)
def test_blank_lines_print_as_one_gap_not_as_empty_pages(document: str) -> None:
    # 20,000 line breaks in a field printed hundreds of empty pages where a field is one
    # paragraph (and took two minutes); several blank lines count as one, as in body text.
    short, _ = hostile_snapshot(Hostile(long=40, short=40))
    blank, h = hostile_snapshot(Hostile(style=BLANK_LINES))
    pdf = DOCUMENTS[document](blank)
    assert len(reader(pdf).pages) <= len(reader(DOCUMENTS[document](short)).pages) + 2
    assert _missing(document, h, pdf_text(pdf), "a") == []


@pytest.mark.parametrize("style", [PROSE, ONE_WORD])
def test_the_test_card_stays_one_page_and_shortens_visibly(style: str) -> None:
    snapshot, h = hostile_snapshot(Hostile(style=style))
    pdf = DOCUMENTS["test-card"](snapshot)
    text = pdf_text(pdf)
    assert len(reader(pdf).pages) == len(snapshot.trials.trials)  # one page per test
    assert _missing("test-card", h, text, "a") == []
    # Shortened, not silently cut: each long field ends in "…" where the card shows it.
    long_fields = [t for t in shown_fields("test-card") if not h.fields[t].startswith("project")]
    assert text.count("…") >= len(long_fields)


@pytest.mark.parametrize("document", FLOWING)
def test_three_hundred_rows_in_every_list(document: str) -> None:
    snapshot, h = hostile_snapshot(Hostile(long=120, short=60), rows=300)
    pdf = DOCUMENTS[document](snapshot)
    assert _missing(document, h, pdf_text(pdf), "az", rows=300) == []


def test_the_test_card_lists_what_it_leaves_out() -> None:
    # 300 budget lines and 300 permits on one page: the first few stay readable and the card
    # says how many more there are (once it shrank them all to unreadable dots).
    snapshot, _ = hostile_snapshot(Hostile(long=120, short=60), rows=300)
    pdf = DOCUMENTS["test-card"](snapshot)
    text = " ".join(pdf_text(pdf).split())
    assert len(reader(pdf).pages) == len(snapshot.trials.trials)
    assert text.count("and 295 more") == 2, text


# -- characters the font may not have -------------------------------------------------------------

#: Emoji (one the bundled font draws, others it does not), a skin tone, a flag, a joined emoji,
#: right-to-left text and marks, combining accents, a CJK character, control characters.
STRANGE = (
    "smil😀e ok👍🏽 dk🇩🇰 far🧑\u200d🌾mer rain🏳️\u200d🌈bow "
    "\u05e9\u05dc\u05d5\u05dd a\u200fb\u202ec\u202c ca\u0301fe\u0308 中 bell\x07\x1btab\tend"
)


class _Strange(Hostile):
    def text(self, name: str, *, long: bool = True) -> str:
        tag = f"f{len(self.fields)}"
        self.fields[tag] = name
        return f"qz{tag}a {STRANGE} qz{tag}z"

    def tag(self, name: str) -> str:
        return self.text(name)


#: Direction marks pdftotext puts around the right-to-left word it reorders (the PDF has none).
_READER_BIDI = dict.fromkeys([0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def _allowed() -> set[str]:
    """What a reader may copy out for :data:`STRANGE`: its own characters (composed or not) or
    the visible mark."""
    allowed = {REPLACEMENT, " ", "…"}
    for form in ("NFC", "NFD", "NFKC"):
        allowed |= set(unicodedata.normalize(form, STRANGE))
    return allowed


@pytest.mark.parametrize("document", DOCUMENTS)
def test_strange_characters_read_back_as_themselves_or_as_a_visible_mark(document: str) -> None:
    snapshot, _ = hostile_snapshot(_Strange())
    labels_only, _ = hostile_snapshot(Hostile(long=40, short=40))
    ours = set(pdf_text(DOCUMENTS[document](labels_only)))  # labels, numbers, dates, markers
    text = pdf_text(DOCUMENTS[document](snapshot)).translate(_READER_BIDI)
    wrong = sorted(set(text) - ours - _allowed())
    assert wrong == [], [f"U+{ord(c):04X}" for c in wrong]
    assert "smil😀e" in text  # drawn by DejaVu Sans, and copied as 😀 (was U+1F60 "ὠ")
    assert f"ok{REPLACEMENT} dk{REPLACEMENT} far{REPLACEMENT}mer rain{REPLACEMENT}bow" in text
    assert "bell" in text and "\x07" not in text and "\x1b" not in text
