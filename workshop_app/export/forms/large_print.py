"""The meeting handout in large print (every text at least 16 pt): the handout's own story
(``export/handout.py``) laid out with a larger stylesheet."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from workshop_app.domain.model import MeetingWithAgenda
from workshop_app.export import styles as st
from workshop_app.export.blocks import word_widths
from workshop_app.export.fonts import BOLD
from workshop_app.export.forms.page import WIDTH, FormDoc
from workshop_app.export.handout import HANDOUT
from workshop_app.export.meeting_blocks import MeetingDoc
from workshop_app.export.text import plain

#: The smallest text of the large-print handout, in points.
LARGE = 16.0
#: Sizes of the larger styles (the rest are at least :data:`LARGE`).
_SIZES = {"kicker": LARGE, "title": 28.0, "heading": 21.0, "subheading": 18.0}


def _larger(style: ParagraphStyle, name: str) -> ParagraphStyle:
    size = max(_SIZES.get(name, LARGE), style.fontSize)
    return ParagraphStyle(
        f"large-{style.name}",
        parent=style,
        fontSize=size,
        leading=size * 1.3,
        spaceAfter=style.spaceAfter * size / style.fontSize,
        spaceBefore=style.spaceBefore * size / style.fontSize,
    )


def large_styles(s: st.Styles) -> st.Styles:
    """``s`` with every text at least :data:`LARGE` points."""
    changes = {f.name: _larger(getattr(s, f.name), f.name) for f in dataclasses.fields(s)}
    return dataclasses.replace(s, **changes)


#: Room a cell's padding and a point take beside its widest word.
_CELL_ROOM = 13.0


def keep_words_whole(table: Table) -> None:
    """Widen a column whose widest word no longer fits at the larger size (a clock time
    "16:00–16:10", "Tidspunkt"), taking the room from the column with the most to spare."""
    given: list[float | None] = list(table._argW)
    fixed = sum(w for w in given if w is not None)
    free = given.count(None)
    widths = [(WIDTH - fixed) / free if w is None else w for w in given]
    need = [0.0] * len(widths)
    for row in table._cellvalues:
        for column, cell in enumerate(row):
            widest, _ = word_widths(cell)
            need[column] = max(need[column], widest + _CELL_ROOM if widest else 0.0)
    for column, width in enumerate(widths):
        short = need[column] - width
        if short <= 0:
            continue
        spare = max(range(len(widths)), key=lambda c: widths[c] - need[c])
        give = min(short, widths[spare] - need[spare])
        if spare != column and give > 0:
            widths[column] += give
            widths[spare] -= give
    table._argW = widths


#: A clock span in a cell of the agenda: "19:00–19:10".
_SPAN = re.compile(r"(\d{1,2}:\d\d)–(\d{1,2}:\d\d)")


def clock_on_two_lines(table: Table) -> None:
    """A column of clock spans ("19:00–19:10", too wide a word at 16 points) gets them on two
    lines ("19:00–" over "19:10") and only the width that needs; the room it frees goes to the
    column holding the most text (the agenda item), which wrapped beside it."""
    rows = table._cellvalues
    if len(rows) < 2 or not rows[0]:
        return
    spans = [
        _SPAN.fullmatch(c.getPlainText()) if isinstance(c, Paragraph) else None
        for c in [row[0] for row in rows[1:]]
    ]
    if not any(spans) or any(
        m is None and not _blank(row[0]) for m, row in zip(spans, rows[1:], strict=True)
    ):
        return
    need = word_widths(rows[0][0])[0]
    for row, found in zip(rows[1:], spans, strict=True):
        if found is not None:
            style = row[0].style
            first, second = f"{found.group(1)}–", found.group(2)
            row[0] = Paragraph(f"{first}<br/>{second}", style)
            need = max(need, *(stringWidth(t, BOLD, style.fontSize) for t in (first, second)))
    need += _CELL_ROOM
    widths: list[float] = list(table._argW)
    if need >= widths[0]:
        return
    amounts = [sum(word_widths(row[c])[1] for row in rows) for c in range(len(widths))]
    wordy = max(range(1, len(widths)), key=lambda c: amounts[c])
    widths[wordy] += widths[0] - need
    widths[0] = need
    table._argW = widths


def _blank(cell: object) -> bool:
    text = cell.getPlainText() if isinstance(cell, Paragraph) else str(cell or "")
    return not text.strip()


def story(doc: FormDoc, entry: MeetingWithAgenda, today: dt.date | None = None) -> list[Flowable]:
    """The handout without its name above the meeting's title: the form's head says it."""
    labels = doc.labels.meeting_labels
    styles = large_styles(doc.s)
    meeting = MeetingDoc(doc.snapshot, entry, labels, styles, with_names=False, today=today)
    out = HANDOUT.story(meeting)
    first = out[0] if out else None
    if isinstance(first, Paragraph) and first.getPlainText() == plain(labels.document_title):
        out = out[1:]
    for flowable in out:
        if isinstance(flowable, Table):
            keep_words_whole(flowable)
            clock_on_two_lines(flowable)
    return out
