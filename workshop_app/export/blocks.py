"""What the PDFs share beyond styles and text: English month names, frozen label tables, a
translated template filled safely, and table column widths that keep long words whole.

The charter, the actor map and the trial card and report import these from here (they once
reached into ``charter.py`` for its private helpers).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, TypeAlias

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, TableStyle

from workshop_app.export import styles as st
from workshop_app.export.flowables import FlowingTable
from workshop_app.export.fonts import BOLD, REGULAR
from workshop_app.export.text import blocks, para, plain

#: English month names, the default of every document's ``months`` label.
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class DocumentWords:
    """The words printed documents say alike, English defaults (a document's labels extend it
    and the caller translates them): page numbers, the print date, dates with month names, and
    totals."""

    page_of: str = "Page {page} of {pages}"
    printed: str = "Printed {date}"
    months: tuple[str, ...] = MONTHS_EN
    date_format: str = "{day} {month} {year}"
    total: str = "Total"


def frozen(**items: str) -> Mapping[str, str]:
    """A read-only label table (a dataclass default must not be shared mutable state)."""
    return MappingProxyType(dict(items))


_DEFAULTS: dict[type, Any] = {}


def _defaults(cls: type) -> Any:
    """One instance of a labels class with its English defaults."""
    if cls not in _DEFAULTS:
        _DEFAULTS[cls] = cls()
    return _DEFAULTS[cls]


def pick(labels: Any, name: str, key: Any) -> str:
    """``labels.<name>[key]``, else the English default of the labels' class, else the key."""
    mapping: Mapping[Any, str] = getattr(labels, name)
    if key in mapping:
        return mapping[key]
    fallback: Mapping[Any, str] = getattr(_defaults(type(labels)), name)
    return fallback.get(key, str(key))


def fill_template(template: str, fallback: str, **values: str) -> str:
    """``template.format(**values)``, or ``fallback`` when a translation broke the template."""
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation must not break the PDF
        return fallback


#: A table cell: a flowable, a list of them, or a plain string (only for empty cells).
Cell: TypeAlias = Flowable | list[Flowable] | str


def widest(texts: Iterable[str], font: str, size: float) -> float:
    """The width of the widest of ``texts`` on one line, in points."""
    return max((stringWidth(plain(t), font, size) for t in texts), default=0.0)


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


def _text_only(cell: Cell) -> bool:
    items = cell if isinstance(cell, list) else [cell]
    return all(isinstance(item, (Paragraph, str)) for item in items)


def _give_room(
    widths: list[float], data: Sequence[Sequence[Cell]], wanted: float, padding: float
) -> float:
    """Narrow the fixed columns of text towards their own widest word (they wrap at spaces, e.g.
    a date "12. november / 2026") to free up to ``wanted`` points; the points freed."""
    slack: dict[int, float] = {}
    for i, width in enumerate(widths):
        column = [row[i] for row in data]
        if width and all(_text_only(cell) for cell in column):
            floor = max(word_widths(cell)[0] for cell in column) + 2 * padding + 1
            slack[i] = max(0.0, width - floor)
    total = sum(slack.values())
    if total <= 0:
        return 0.0
    take = min(wanted, total)
    for i, room in slack.items():
        widths[i] -= take * room / total
    return take


def column_widths(
    widths: Sequence[float], data: Sequence[Sequence[Cell]], total: float, padding: float
) -> list[float]:
    """Fixed widths as given; the rest shared so that no column breaks inside a word if it can.

    Danish compounds ("handelsstandsforeningen") are long and ReportLab does not hyphenate
    without an extra package: each flexible column first gets its widest word (up to 40 % of
    the table), taken if need be from fixed columns of text that hold more than their own
    widest word; then the space left is shared by how much text each column holds.
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
    out = [float(w) for w in widths]
    free = total - sum(out)
    if sum(need.values()) > free:
        free += _give_room(out, data, sum(need.values()) - free, padding)
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


#: A table style command, as ``TableStyle`` takes it.
Command: TypeAlias = tuple[object, ...]


def padding(
    left: float, right: float | None = None, top: float = 0, bottom: float | None = None
) -> list[Command]:
    """The four padding commands of a whole table (``right`` defaults to ``left``, ``bottom``
    to ``top``)."""
    return [
        ("LEFTPADDING", (0, 0), (-1, -1), left),
        ("RIGHTPADDING", (0, 0), (-1, -1), left if right is None else right),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), top if bottom is None else bottom),
    ]


def base_commands() -> list[Command]:
    """Top-aligned cells in the bundled font (else a Table references Helvetica)."""
    return [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), REGULAR)]


def grid_commands(pad: float, *, rows: int | None = None, total: bool = False) -> list[Command]:
    """A list table: a ruled header row, zebra body rows with thin rules, and (``total``) a last
    row set off by a rule above it. ``rows`` is the number of rows (needed with ``total``)."""
    last_body = -2 if total else -1
    commands: list[Command] = [
        *base_commands(),
        *padding(pad, top=4, bottom=5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, st.INK),
        ("ROWBACKGROUNDS", (0, 1), (-1, last_body), [st.ZEBRA, None]),
        ("LINEBELOW", (0, 1), (-1, last_body), 0.25, st.RULE),
    ]
    if total and rows is not None:
        commands.append(("LINEABOVE", (0, rows - 1), (-1, rows - 1), 0.9, st.INK))
    return commands


def heading(text: str, style: ParagraphStyle, room: float = st.HEADING_ROOM) -> list[Flowable]:
    """A section heading that never ends a page: it needs ``room`` below it."""
    return [CondPageBreak(room), para(text, style)]


def facts_table(
    rows: Sequence[tuple[str, str]],
    label: ParagraphStyle,
    value: ParagraphStyle,
    label_width: float,
    *,
    tall_row: float = 48,
) -> FlowingTable:
    """Label / value rows (the facts at the top of a document); values are user text."""
    data = [[para(name, label), blocks(text, value)] for name, text in rows]
    table = FlowingTable(data, colWidths=[label_width, None], hAlign="LEFT", tall_row=tall_row)
    table.setStyle(TableStyle([*base_commands(), *padding(0, 6, 1, 2)]))
    return table


def format_day(day: dt.date, months: Sequence[str], date_format: str) -> str:
    """A date in the labels' language ("27. november 2025"); ISO if a translation is broken."""
    month = months[day.month - 1] if len(months) == 12 else str(day.month)
    try:
        return date_format.format(day=day.day, month=month, year=day.year)
    except (KeyError, IndexError, ValueError):  # a broken translation must not break the PDF
        return day.isoformat()


def list_table(
    head: Sequence[Cell],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    width: float,
    *,
    total: Sequence[Cell] | None = None,
    pad: float = 5,
) -> FlowingTable:
    """A list with a repeated header row, zebra rows and an optional total row.

    ``widths``: points for a fixed column, 0 for one that shares the rest (see
    :func:`column_widths`).
    """
    data: list[list[Cell]] = [list(head), *(list(r) for r in rows)]
    if total is not None:
        data.append(list(total))
    table = FlowingTable(
        data, colWidths=column_widths(widths, data, width, pad), repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(TableStyle(grid_commands(pad, rows=len(data), total=total is not None)))
    return table
