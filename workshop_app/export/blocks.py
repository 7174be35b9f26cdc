"""What the PDFs share beyond styles and text: English month names, frozen label tables, a
translated template filled safely, and table column widths that keep long words whole.

The charter, the actor map and the trial card and report import these from here (they once
reached into ``charter.py`` for its private helpers).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import TypeAlias

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from workshop_app.export.fonts import BOLD

#: English month names, the default of every document's ``months`` label.
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def frozen(**items: str) -> Mapping[str, str]:
    """A read-only label table (a dataclass default must not be shared mutable state)."""
    return MappingProxyType(dict(items))


def fill_template(template: str, fallback: str, **values: str) -> str:
    """``template.format(**values)``, or ``fallback`` when a translation broke the template."""
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation must not break the PDF
        return fallback


#: A table cell: a flowable, a list of them, or a plain string (only for empty cells).
Cell: TypeAlias = Flowable | list[Flowable] | str


def cell_paragraphs(cell: Cell) -> list[Paragraph]:
    items = cell if isinstance(cell, list) else [cell]
    return [p for p in items if isinstance(p, Paragraph)]


def word_widths(cell: Cell) -> tuple[float, float]:
    """(widest word, whole text width) of a cell, in points."""
    widest = whole = 0.0
    for paragraph in cell_paragraphs(cell):
        size = paragraph.style.fontSize
        for word in paragraph.getPlainText().split():
            width = stringWidth(word, BOLD, size)  # the widest face: a word may be in <b>
            widest = max(widest, width)
            whole += width + size / 3
    return widest, whole


def column_widths(
    widths: Sequence[float], data: Sequence[Sequence[Cell]], total: float, padding: float
) -> list[float]:
    """Fixed widths as given; the rest shared so that no column breaks inside a word if it can.

    Danish compounds ("handelsstandsforeningen") are long and ReportLab does not hyphenate
    without an extra package: each flexible column first gets its widest word (up to 40 % of
    the table), then the space left is shared by how much text each column holds.
    """
    flexible = [i for i, w in enumerate(widths) if not w]
    if not flexible:
        return list(widths)
    need = dict.fromkeys(flexible, 0.0)
    amount = dict.fromkeys(flexible, 0.0)
    for row in data:
        for i in flexible:
            widest, whole = word_widths(row[i])
            need[i] = max(need[i], min(widest + 2 * padding + 1, 0.4 * total))
            amount[i] += whole
    free = total - sum(widths)
    out = list(widths)
    if sum(need.values()) >= free:
        for i in flexible:
            out[i] = free * need[i] / sum(need.values())
        return out
    # Share by amount of text; a column below its widest word gets exactly that, the others
    # share what is left, until every column holds its widest word.
    open_ = set(flexible)
    while True:
        room = free - sum(need[i] for i in flexible if i not in open_)
        weight = sum(max(amount[i], 1.0) for i in open_)
        share = {i: room * max(amount[i], 1.0) / weight for i in open_}
        short = {i for i in open_ if share[i] < need[i]}
        if not short:
            break
        open_ -= short
    for i in flexible:
        out[i] = share[i] if i in open_ else need[i]
    return out
