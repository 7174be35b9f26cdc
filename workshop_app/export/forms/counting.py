"""The counting sheet: date, time, weather, phase and place to fill in, then the two tally grids
in the order of the app's (``ui/trials/counts/``): people passing, one row per 10-minute block ×
walking / cycling / other, and people staying, one row per activity (standing, sitting, playing,
other) × age band, each with a total column. Typing back follows the paper cell by cell."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from workshop_app.domain.trials import BLOCK_MINUTES
from workshop_app.domain.vocabulary import (
    AGE_BANDS,
    COUNT_PHASES,
    STAY_ACTIVITIES,
    TRAVEL_MODES,
    WEATHER,
)
from workshop_app.export import styles as st
from workshop_app.export.blocks import (
    Cell,
    base_commands,
    fill_template,
    heading,
    padding,
    pick,
    widest,
)
from workshop_app.export.flowables import FlowingTable
from workshop_app.export.fonts import BOLD
from workshop_app.export.forms.page import WIDTH, FormDoc
from workshop_app.export.forms.parts import TickBoxes
from workshop_app.export.text import para

#: 10-minute blocks on one sheet: two hours.
BLOCKS = 12
#: Height of a row to make tally marks in.
TALLY_ROW = 9 * mm
#: The widest the labels of the fields at the top may be ("Place or counting line").
FIELD_LABEL = 55 * mm
#: Width of each count column and of the first (row name) column.
COUNT_COLUMN = 26 * mm


def block_names(doc: FormDoc) -> list[str]:
    """ "0–10 min", "10–20 min"… one per row of the passing grid."""
    out = []
    for n in range(BLOCKS):
        start, end = str(n * BLOCK_MINUTES), str((n + 1) * BLOCK_MINUTES)
        out.append(fill_template(doc.labels.block, f"{start}–{end}", start=start, end=end))
    return out


def _grid(doc: FormDoc, corner: str, columns: Sequence[str], rows: Sequence[str]) -> Flowable:
    """Row names down, ``columns`` across and a total column, every cell an empty box."""
    s = doc.s
    head: list[Cell] = [para(corner, s.cell_head)]
    head += [para(c, s.cell_head) for c in [*columns, doc.labels.total]]
    data: list[list[Cell]] = [head]
    for name in rows:
        data.append([para(name, s.cell), *([""] * (len(columns) + 1))])
    first = WIDTH - COUNT_COLUMN * (len(columns) + 1)
    table = FlowingTable(
        data,
        colWidths=[first] + [COUNT_COLUMN] * (len(columns) + 1),
        rowHeights=[None] + [TALLY_ROW] * len(rows),
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                *base_commands(),
                *padding(4, top=3, bottom=4),
                ("VALIGN", (0, 1), (0, -1), "MIDDLE"),
                ("GRID", (0, 0), (-1, -1), 0.6, st.INK),
                ("LINEBEFORE", (-1, 0), (-1, -1), 1.6, st.INK),
                ("BACKGROUND", (0, 0), (-1, 0), st.ZEBRA),
            ]
        )
    )
    return table


def _fields(doc: FormDoc) -> list[Flowable]:
    """Date, time and place to write in, then weather and phase to tick."""
    labels, s = doc.labels, doc.s
    rows = [
        [
            para(labels.date, s.label),
            "",
            "",
            para(labels.time, s.label),
            para(labels.from_to, s.fact),
        ],
        [para(labels.place, s.label), "", "", "", ""],
    ]
    size = s.label.fontSize
    names = widest([labels.date, labels.place], BOLD, size) + 8
    time = widest([labels.time], BOLD, size) + 8
    widths = [min(names, FIELD_LABEL), 42 * mm, 6 * mm, time, None]
    table = FlowingTable(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *base_commands(),
                *padding(0, 4, 5, 2),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, st.INK),
                ("SPAN", (1, 1), (-1, 1)),
                ("LINEBELOW", (1, 1), (-1, 1), 0.6, st.INK),
            ]
        )
    )
    return [
        table,
        Spacer(0, 3 * mm),
        TickBoxes(labels.weather, [pick(labels, "weathers", w) for w in WEATHER]),
        TickBoxes(labels.phase, [pick(labels, "phases", p) for p in COUNT_PHASES]),
    ]


def story(doc: FormDoc) -> list[Flowable]:
    labels, s = doc.labels, doc.s
    modes = [pick(labels, "modes", m) for m in TRAVEL_MODES]
    ages = [pick(labels, "age_bands", a) for a in AGE_BANDS]
    activities = [pick(labels, "activities", a) for a in STAY_ACTIVITIES]
    return [
        *_fields(doc),
        Spacer(0, 1 * mm),
        para(labels.counting_hint, s.body),
        *heading(labels.passing, s.subheading),
        _grid(doc, labels.minutes, modes, block_names(doc)),
        *heading(labels.staying, s.subheading),
        _grid(doc, labels.activity, ages, activities),
    ]
