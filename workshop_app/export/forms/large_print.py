"""The meeting handout in large print (every text at least 16 pt): the handout's own story
(``export/handout.py``) laid out with a larger stylesheet."""

from __future__ import annotations

import dataclasses
import datetime as dt

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table

from workshop_app.domain.model import MeetingWithAgenda
from workshop_app.export import styles as st
from workshop_app.export.blocks import word_widths
from workshop_app.export.forms.page import WIDTH, FormDoc
from workshop_app.export.handout import HANDOUT
from workshop_app.export.meeting_blocks import MeetingDoc

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


def story(doc: FormDoc, entry: MeetingWithAgenda, today: dt.date | None = None) -> list[Flowable]:
    labels = doc.labels.meeting_labels
    styles = large_styles(doc.s)
    meeting = MeetingDoc(doc.snapshot, entry, labels, styles, with_names=False, today=today)
    out = HANDOUT.story(meeting)
    for flowable in out:
        if isinstance(flowable, Table):
            keep_words_whole(flowable)
    return out
