"""The actor map (phase 2) on landscape A4: the power/interest grid, the register, the plan.

Page 1 is the grid as a vector drawing: interest across (1–5), influence up (1–5), the four
quadrants tinted and named, one numbered marker per actor (filled in its category's colour,
outlined in its attitude's colour, the same palette as the screen), the name beside it where
there is room, lines for relations, and a legend. Then the register (one row per actor, numbered
as on the grid), the engagement plan and a few checks (missing key groups, high influence without
a next step).

Personal data: organisations and groups are shown by name; ``Actor.person_name`` and
``Actor.contact`` (``PERSONAL_FIELDS``) are left out unless ``with_names`` is set. Then a contact
column is added and the header of every page says "Contains personal data". The plan's
"responsible" and the free texts are the facilitator's own words and are printed as typed. The PDF
metadata names only the document and the project.
"""

from __future__ import annotations

import datetime as dt
import pathlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, BinaryIO, Unpack

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, TableStyle

from workshop_app.domain.actors import (
    HIGH,
    Actor,
    ActorMap,
    PlanEntry,
    actor_quadrant,
    high_influence_without_next_step,
    missing_key_groups,
    quadrant,
    unplaced,
)
from workshop_app.domain.grid_layout import cell_slots
from workshop_app.domain.model import ProjectSnapshot
from workshop_app.domain.palette import (
    ATTITUDE_COLOURS,
    ATTITUDE_LINES,
    QUADRANT_INKS,
    QUADRANT_TINTS,
    RELATION_COLOURS,
    CategoryStyle,
    category_style,
    shape_points,
)
from workshop_app.domain.vocabulary import ACTOR_CATEGORIES
from workshop_app.export import styles as st
from workshop_app.export.actor_map_labels import (
    ActorMapLabels,
    actor_name,
    category_name,
    date_text,
    pick,
)
from workshop_app.export.blocks import base_commands, column_widths, fill_template, padding
from workshop_app.export.document import (
    NOTICE_INK,
    Options,
    build_pdf,
    fit_text,
    project_furniture,
    today_of,
)
from workshop_app.export.flowables import FlowingTable
from workshop_app.export.fonts import BOLD, REGULAR
from workshop_app.export.text import blocks, para, plain

PAGE_SIZE = landscape(A4)
#: Width and height of the page body (inside the margins).
BODY_WIDTH = PAGE_SIZE[0] - st.MARGIN_LEFT - st.MARGIN_RIGHT
BODY_HEIGHT = PAGE_SIZE[1] - st.MARGIN_TOP - st.MARGIN_BOTTOM


def _style(category: str, actor_map: ActorMap) -> CategoryStyle:
    return category_style(category, tuple(c.uuid for c in actor_map.categories))


def _shape(shape: str, x: float, y: float, radius: float, **kw: Any) -> Circle | Polygon:
    """The category's marker shape (``domain/palette.py``), as on screen."""
    points = shape_points(shape)
    if not points:
        return Circle(x, y, radius, **kw)
    return Polygon([v for px, py in points for v in (x + px * radius, y + py * radius)], **kw)


# -- the grid ----------------------------------------------------------------------------------

#: Marker radius (points); a crowded cell shrinks it (``domain/grid_layout``).
MARKER_RADIUS = 2.7 * mm
#: Space between a marker and its name, plus the margin kept at the name's right.
_LABEL_OFFSET = 1.8 * mm
_CELL_PAD = 1.2 * mm
_LABEL_SIZE = 7.0
_LABEL_LEADING = 8.0
_QUADRANT_SIZE = 8.0
#: Height of the strip a quadrant's name takes at the top of its first cell.
_QUADRANT_STRIP = 4.2 * mm
#: The screen's quadrant tints and the inks of their names (``domain/palette``).
_QUADRANT_FILL = MappingProxyType({k: colors.HexColor(v) for k, v in QUADRANT_TINTS.items()})
_QUADRANT_INK = MappingProxyType({k: colors.HexColor(v) for k, v in QUADRANT_INKS.items()})
#: The outer corner cell (interest, influence) of each quadrant, where its name goes, at the
#: cell's top (influence 5) or bottom (influence 1), left (interest 1) or right (interest 5).
_QUADRANT_CELLS = {(1, 5), (5, 5), (1, 1), (5, 1)}
_DASHES = MappingProxyType({"cooperation": None, "conflict": [3, 2], "dependency": [1, 1.5]})


@dataclass(frozen=True)
class Marker:
    """Where one actor's marker goes: centre, radius, and the lines of its name beside it."""

    actor_uuid: str
    number: int
    x: float
    y: float
    radius: float
    label: tuple[str, ...]
    label_width: float
    label_size: float = _LABEL_SIZE


@dataclass(frozen=True)
class Plot:
    """The 5 × 5 cells of the grid: interest 1–5 from left to right, influence 1–5 upwards."""

    x: float
    y: float
    width: float
    height: float

    @property
    def cell_width(self) -> float:
        return self.width / 5

    @property
    def cell_height(self) -> float:
        return self.height / 5

    def cell(self, interest: int, influence: int) -> tuple[float, float]:
        """Lower left corner of a cell."""
        return (
            self.x + (interest - 1) * self.cell_width,
            self.y + (influence - 1) * self.cell_height,
        )


def _split_word(word: str, font: str, size: float, width: float) -> tuple[str, str]:
    """A word too long for ``width`` as (the longest head that fits with a hyphen, the rest)."""
    cut = len(word) - 1
    while cut > 1 and stringWidth(word[:cut] + "-", font, size) > width:
        cut -= 1
    return word[:cut] + "-", word[cut:]


def _lines(text: str, font: str, size: float, width: float, most: int) -> tuple[str, ...]:
    """``text`` broken into at most ``most`` lines of ``width``; a word too long for a line is
    hyphenated, and the last line is shortened with an ellipsis if text is left over."""
    words = plain(text).split()
    out: list[str] = []
    while words and len(out) < most:
        if len(out) == most - 1:
            out.append(fit_text(" ".join(words), font, size, width))
            break
        line = words.pop(0)
        if stringWidth(line, font, size) > width:
            line, rest = _split_word(line, font, size, width)
            words.insert(0, rest)
        while words and stringWidth(f"{line} {words[0]}", font, size) <= width:
            line = f"{line} {words.pop(0)}"
        out.append(line)
    return tuple(out)


def place_markers(
    actors: Sequence[Actor], plot: Plot, names: Mapping[str, str] | None = None
) -> list[Marker]:
    """One marker per actor, inside the actor's cell, never overlapping another.

    Actors sharing a cell are laid out as on screen (``domain/grid_layout.cell_slots``, in
    points, y flipped): in map order down a column, then more columns, then a smaller name,
    then numbers only. ``names`` maps an actor's uuid to the text beside it (default: the
    actor's name).
    """
    by_cell: dict[tuple[int, int], list[tuple[int, Actor]]] = {}
    for number, actor in enumerate(actors, start=1):
        if actor.influence is None or actor.interest is None:
            continue  # not placed yet: listed under the grid, not drawn
        by_cell.setdefault((actor.interest, actor.influence), []).append((number, actor))
    markers: list[Marker] = []
    for (interest, influence), members in by_cell.items():
        left, bottom = plot.cell(interest, influence)
        top = bottom + plot.cell_height
        if (interest, influence) in _QUADRANT_CELLS:
            if influence == 5:
                top -= _QUADRANT_STRIP
            else:
                bottom += _QUADRANT_STRIP
        slots = cell_slots(
            len(members), plot.cell_width, top - bottom, _LABEL_LEADING, 2 * MARKER_RADIUS
        )
        for (number, actor), slot in zip(members, slots, strict=True):
            text = names.get(actor.uuid, actor.name) if names is not None else actor.name
            size = _LABEL_SIZE * slot.scale
            label = _lines(text, REGULAR, size, slot.label_width, slot.lines) if slot.lines else ()
            markers.append(
                Marker(
                    actor.uuid,
                    number,
                    left + slot.x,
                    top - slot.y,
                    slot.diameter / 2,
                    label,
                    slot.label_width if label else 0.0,
                    size,
                )
            )
    markers.sort(key=lambda m: m.number)
    return markers


def _light(colour: colors.Color) -> bool:
    return 0.299 * colour.red + 0.587 * colour.green + 0.114 * colour.blue > 0.6


def _text(x: float, y: float, text: str, size: float, *, bold: bool = False, **kw: Any) -> String:
    return String(x, y, plain(text), fontName=BOLD if bold else REGULAR, fontSize=size, **kw)


def _quadrants(plot: Plot, labels: ActorMapLabels) -> Group:
    group = Group()
    for interest in range(1, 6):
        for influence in range(1, 6):
            x, y = plot.cell(interest, influence)
            fill = _QUADRANT_FILL[quadrant(influence, interest)]
            group.add(
                Rect(x, y, plot.cell_width, plot.cell_height, fillColor=fill, strokeColor=None)
            )
    thin, thick = colors.Color(1, 1, 1), colors.Color(0.45, 0.45, 0.45)
    for i in range(1, 5):  # cell borders in white, the quadrant borders dark
        x = plot.x + i * plot.cell_width
        y = plot.y + i * plot.cell_height
        group.add(Line(x, plot.y, x, plot.y + plot.height, strokeColor=thin, strokeWidth=0.8))
        group.add(Line(plot.x, y, plot.x + plot.width, y, strokeColor=thin, strokeWidth=0.8))
    split_x = plot.x + (HIGH - 1) * plot.cell_width
    split_y = plot.y + (HIGH - 1) * plot.cell_height
    group.add(Line(split_x, plot.y, split_x, plot.y + plot.height, strokeColor=thick))
    group.add(Line(plot.x, split_y, plot.x + plot.width, split_y, strokeColor=thick))
    group.add(Rect(plot.x, plot.y, plot.width, plot.height, fillColor=None, strokeColor=thick))
    for interest, influence in sorted(_QUADRANT_CELLS):
        x, y = plot.cell(interest, influence)
        columns = HIGH - 1 if interest == 1 else 5 - HIGH + 1
        text = fit_text(
            plain(pick(labels, "quadrants", quadrant(influence, interest))),
            BOLD,
            _QUADRANT_SIZE,
            columns * plot.cell_width - 2 * _CELL_PAD,
        )
        if influence == 5:
            y += plot.cell_height - _CELL_PAD - _QUADRANT_SIZE * 0.8
        else:
            y += _CELL_PAD + _QUADRANT_SIZE * 0.2
        if interest == 1:
            x, anchor = x + _CELL_PAD, "start"
        else:
            x, anchor = x + plot.cell_width - _CELL_PAD, "end"
        ink = _QUADRANT_INK[quadrant(influence, interest)]
        group.add(_text(x, y, text, _QUADRANT_SIZE, bold=True, fillColor=ink, textAnchor=anchor))
    return group


def _axes(plot: Plot, labels: ActorMapLabels) -> Group:
    group = Group()
    size = 8.5
    ink = st.MUTED
    for value in range(1, 6):
        x, y = plot.cell(value, value)
        group.add(
            _text(x + plot.cell_width / 2, plot.y - 4 * mm, str(value), size, textAnchor="middle")
        )
        group.add(
            _text(plot.x - 2 * mm, y + plot.cell_height / 2 - 3, str(value), size, textAnchor="end")
        )
    low, high = plain(labels.low), plain(labels.high)
    group.add(_text(plot.x, plot.y - 4 * mm, low, 7, fillColor=ink))
    group.add(_text(plot.x + plot.width, plot.y - 4 * mm, high, 7, fillColor=ink, textAnchor="end"))
    title_x = _text(
        plot.x + plot.width / 2, plot.y - 9 * mm, f"{labels.interest} →", 9.5, bold=True
    )
    title_x.textAnchor = "middle"
    group.add(title_x)
    title_y = Group(
        _text(0, 0, f"{labels.influence} →", 9.5, bold=True, textAnchor="middle"),
    )
    title_y.translate(plot.x - 7 * mm, plot.y + plot.height / 2)
    title_y.rotate(90)
    group.add(title_y)
    return group


def _relations(actor_map: ActorMap, markers: Sequence[Marker]) -> Group:
    group = Group()
    where = {m.actor_uuid: m for m in markers}
    for relation in actor_map.relations:
        a, b = where.get(relation.source), where.get(relation.target)
        if a is None or b is None:
            continue
        line = Line(
            a.x,
            a.y,
            b.x,
            b.y,
            strokeColor=colors.HexColor(RELATION_COLOURS.get(relation.kind, "#757575")),
            strokeWidth=1.1,
            strokeDashArray=_DASHES.get(relation.kind),
        )
        group.add(line)
    return group


def _attitude_line(attitude: int | None) -> tuple[list[float] | None, float]:
    """The outline's dash pattern and width factor for ``attitude`` (black-and-white safe)."""
    dashes, weight = ATTITUDE_LINES.get(attitude if attitude is not None else 0, (None, 1.0))
    return (list(dashes) if dashes else None), weight


def _marker(
    marker: Marker, style: CategoryStyle, attitude: int | None, ground: colors.Color
) -> Group:
    group = Group()
    fill = colors.HexColor(style.colour)
    dashes, weight = _attitude_line(attitude)
    group.add(
        _shape(
            style.shape,
            marker.x,
            marker.y,
            marker.radius,
            fillColor=fill,
            strokeColor=colors.HexColor(ATTITUDE_COLOURS.get(attitude or 0, "#757575")),
            strokeWidth=max(1.0, marker.radius * 0.25) * weight,
            strokeDashArray=dashes,
        )
    )
    digits = str(marker.number)
    size = min(7.0, marker.radius * 1.25) * (0.85 if len(digits) > 2 else 1.0)
    group.add(
        _text(
            marker.x,
            marker.y - size * 0.36,
            digits,
            size,
            bold=True,
            textAnchor="middle",
            fillColor=st.INK if _light(fill) else colors.white,
        )
    )
    size = marker.label_size
    leading = _LABEL_LEADING * size / _LABEL_SIZE
    first = marker.y + (len(marker.label) - 1) * leading / 2 - size * 0.35
    x = marker.x + marker.radius + _LABEL_OFFSET / 2
    # The name on a patch of the cell's own colour, so relation lines pass behind it.
    for index, line in enumerate(marker.label):
        y = first - index * leading
        width = stringWidth(line, REGULAR, size) + 1
        group.add(Rect(x - 0.5, y - 2, width, leading, fillColor=ground, strokeColor=None))
    for index, line in enumerate(marker.label):
        group.add(_text(x, first - index * leading, line, size, fillColor=st.INK))
    return group


#: Width of the legend at the right of the grid, and the space for the axes at its left/bottom.
_LEGEND_WIDTH = 58 * mm
_LEGEND_HEADING = 4.6 * mm
_LEGEND_GAP = 3 * mm
_AXIS_LEFT = 11 * mm
_AXIS_BOTTOM = 12 * mm


def _legend(
    actor_map: ActorMap, labels: ActorMapLabels, x: float, top: float, width: float
) -> Group:
    """Categories in use (map order of the presets, then the custom ones), attitude outlines
    and relation lines, from ``top`` down."""
    group = Group()
    used = {a.category for a in actor_map.actors}
    order = [c for c in ACTOR_CATEGORIES if c in used]
    order += [c.uuid for c in actor_map.categories if c.uuid in used]
    order += sorted(used - set(order))
    kinds = [k for k in RELATION_COLOURS if any(r.kind == k for r in actor_map.relations)]
    sections = 3 if kinds else 2
    entries = len(order) + len(ATTITUDE_COLOURS) + len(kinds)
    fixed = sections * _LEGEND_HEADING + (sections - 1) * _LEGEND_GAP
    step = min(4.4 * mm, max(2.6 * mm, (top - fixed - 1 * mm) / entries))
    y = top

    def heading(text: str) -> None:
        nonlocal y
        group.add(_text(x, y - 4.2 * mm, fit_text(plain(text), BOLD, 8.5, width), 8.5, bold=True))
        y -= _LEGEND_HEADING

    def entry(symbol: Group | Circle | Polygon | Line, text: str) -> None:
        nonlocal y
        y -= step
        group.add(symbol)
        group.add(
            _text(x + 6 * mm, y - 2.6, fit_text(plain(text), REGULAR, 7.5, width - 6 * mm), 7.5)
        )

    heading(labels.legend_categories)
    for category in order:
        style = _style(category, actor_map)
        symbol = _shape(
            style.shape,
            x + 2 * mm,
            y - step,
            1.7 * mm,
            strokeColor=colors.HexColor("#555555"),
            strokeWidth=0.4,
            fillColor=None,
        )
        symbol.fillColor = colors.HexColor(style.colour)
        entry(symbol, category_name(category, actor_map, labels))
    y -= _LEGEND_GAP
    heading(labels.legend_attitude)
    for attitude in sorted(ATTITUDE_COLOURS, reverse=True):
        dashes, weight = _attitude_line(attitude)
        ring = Circle(
            x + 2 * mm,
            y - step,
            1.7 * mm,
            fillColor=colors.white,
            strokeColor=colors.HexColor(ATTITUDE_COLOURS[attitude]),
            strokeWidth=1.8 * weight,
            strokeDashArray=dashes,
        )
        entry(ring, pick(labels, "attitudes", attitude))
    if kinds:
        y -= _LEGEND_GAP
        heading(labels.legend_relations)
        for kind in kinds:
            sample = Line(
                x,
                y - step,
                x + 4.5 * mm,
                y - step,
                strokeColor=colors.HexColor(RELATION_COLOURS[kind]),
                strokeWidth=1.4,
                strokeDashArray=_DASHES.get(kind),
            )
            entry(sample, pick(labels, "relation_kinds", kind))
    return group


def grid_drawing(
    actor_map: ActorMap, labels: ActorMapLabels, width: float, height: float
) -> tuple[Drawing, list[Marker]]:
    """The power/interest grid with its legend as one vector drawing of ``width`` × ``height``
    points, and the markers placed on it (one per actor, in map order)."""
    legend_x = width - _LEGEND_WIDTH
    plot = Plot(
        _AXIS_LEFT,
        _AXIS_BOTTOM,
        legend_x - 8 * mm - _AXIS_LEFT,
        height - _AXIS_BOTTOM - 1 * mm,
    )
    names = {a.uuid: actor_name(a, labels) for a in actor_map.actors}
    markers = place_markers(actor_map.actors, plot, names)
    drawing = Drawing(width, height)
    drawing.add(_quadrants(plot, labels))
    drawing.add(_axes(plot, labels))
    drawing.add(_relations(actor_map, markers))
    actors = {a.uuid: a for a in actor_map.actors}
    for marker in markers:
        actor = actors[marker.actor_uuid]
        where = actor_quadrant(actor)
        assert where is not None  # only placed actors get a marker
        ground = _QUADRANT_FILL[where]
        drawing.add(_marker(marker, _style(actor.category, actor_map), actor.attitude, ground))
    drawing.add(_legend(actor_map, labels, legend_x, height, _LEGEND_WIDTH))
    return drawing, markers


# -- the tables --------------------------------------------------------------------------------

_PAD = 3.5


@dataclass(frozen=True)
class _Ctx(st.Dense):
    labels: ActorMapLabels
    actor_map: ActorMap
    muted_head: ParagraphStyle
    #: Width of the tables (the page body).
    width: float = BODY_WIDTH


def _context(labels: ActorMapLabels, actor_map: ActorMap, width: float = BODY_WIDTH) -> _Ctx:
    dense = st.dense("actors", 2 * mm)
    muted_head = ParagraphStyle("actors-muted-head", parent=dense.head, textColor=st.MUTED)
    return _Ctx(
        **vars(dense), labels=labels, actor_map=actor_map, muted_head=muted_head, width=width
    )


def _table(
    head: Sequence[str | list[Flowable]],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    ctx: _Ctx,
) -> Flowable:
    """Rows of cells under a heading row that repeats on every page; zebra rows.

    ``widths`` in points, 0 for a column that shares the rest by its text (see
    ``blocks.column_widths``).
    """
    head_cells = [para(text, ctx.head) if isinstance(text, str) else text for text in head]
    body = [head_cells, *[list(r) for r in rows]]
    table = FlowingTable(
        body,
        colWidths=column_widths(widths, body, ctx.width, _PAD),
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                *base_commands(),
                *padding(_PAD, _PAD, 2.5, 3),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, st.INK),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [st.ZEBRA, None]),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, st.RULE),
            ]
        )
    )
    return table


def _involvement(actor: Actor, labels: ActorMapLabels) -> str:
    now = pick(labels, "involvement_levels", actor.involvement_now) if actor.involvement_now else ""
    wanted = (
        pick(labels, "involvement_levels", actor.involvement_wanted)
        if actor.involvement_wanted
        else ""
    )
    if not now and not wanted:
        return ""
    if now == wanted:
        return now
    return f"{now or '–'} → {wanted or '–'}"


def _register(ctx: _Ctx, with_names: bool) -> list[Flowable]:
    labels, actor_map = ctx.labels, ctx.actor_map
    head: list[str | list[Flowable]] = [
        labels.number,
        [para(labels.name, ctx.head), para(labels.category, ctx.muted_head)],
        labels.influence,
        labels.interest,
        labels.attitude,
        # The role sits under the involvement, as the category under the name: with the contact
        # column of the facilitator's copy, eight columns leave every column its longest word.
        [para(labels.involvement, ctx.head), para(labels.role, ctx.muted_head)],
        labels.next_step,
    ]
    values = [
        [labels.number, "99"],
        [labels.influence, "5"],
        [labels.interest, "5"],
        [labels.attitude, *[pick(labels, "attitudes", a) for a in ATTITUDE_COLOURS]],
    ]
    number, influence, interest, attitude = (_fixed_width(texts) for texts in values)
    widths = [number, 0.0, influence, interest, attitude, 0.0, 0.0]
    if with_names:
        head.append(labels.contact)
        widths.append(0.0)
    rows: list[list[Any]] = []
    for number, actor in enumerate(actor_map.actors, start=1):
        step: list[Flowable] = blocks(actor.next_step, ctx.cell)
        if actor.next_step_date is not None:
            step.append(para(date_text(actor.next_step_date, labels), ctx.muted))
        row: list[Any] = [
            para(str(number), ctx.cell),
            [
                *blocks(actor_name(actor, labels), ctx.cell),
                para(category_name(actor.category, actor_map, labels), ctx.muted),
            ],
            para("–" if actor.influence is None else str(actor.influence), ctx.cell),
            para("–" if actor.interest is None else str(actor.interest), ctx.cell),
            para(pick(labels, "attitudes", actor.attitude), ctx.cell),
            [
                para(_involvement(actor, labels), ctx.cell),
                para(
                    pick(labels, "org_roles", actor.org_role) if actor.org_role else "", ctx.muted
                ),
            ],
            step,
        ]
        if with_names:
            row.append([*blocks(actor.person_name, ctx.cell), *blocks(actor.contact, ctx.muted)])
        rows.append(row)
    return [para(labels.register, ctx.heading), _table(head, rows, widths, ctx)]


def _fixed_width(texts: Sequence[str]) -> float:
    """A column as wide as the widest word of its heading (first) and of its values."""
    words = [(w, BOLD, st.DENSE_HEAD) for w in plain(texts[0]).split()]
    words += [(w, REGULAR, st.DENSE_CELL) for text in texts[1:] for w in plain(text).split()]
    return max(stringWidth(w, font, size) for w, font, size in words) + 2 * _PAD + 1


def _when(entry: PlanEntry, labels: ActorMapLabels) -> str:
    return date_text(entry.when, labels) if isinstance(entry.when, dt.date) else entry.when


def _plan(ctx: _Ctx) -> list[Flowable]:
    labels, actor_map = ctx.labels, ctx.actor_map
    heading = para(labels.plan, ctx.heading)
    if not actor_map.plan:
        return [CondPageBreak(25 * mm), heading, para(labels.empty_plan, ctx.s.body)]
    numbers = {a.uuid: n for n, a in enumerate(actor_map.actors, start=1)}
    rows: list[list[Any]] = []
    for entry in actor_map.plan:
        actor = actor_map.actor(entry.actor_uuid)
        who = f"{numbers[actor.uuid]}  {actor_name(actor, labels)}" if actor is not None else "–"
        method = pick(labels, "methods", entry.method) if entry.method else ""
        rows.append(
            [
                blocks(who, ctx.cell),
                para(method, ctx.cell),
                blocks(_when(entry, labels), ctx.cell),
                blocks(entry.responsible, ctx.cell),
                blocks(entry.note, ctx.cell),
            ]
        )
    head = [labels.plan_actor, labels.method, labels.when, labels.responsible, labels.note]
    return [CondPageBreak(30 * mm), heading, _table(head, rows, [0.0] * 5, ctx)]


def _checks(ctx: _Ctx) -> list[Flowable]:
    labels, actor_map = ctx.labels, ctx.actor_map
    lines: list[str] = []
    missing = missing_key_groups(actor_map)
    if missing:
        groups = ", ".join(pick(labels, "categories", g) for g in missing)
        lines.append(fill_template(labels.missing_groups, groups, groups=groups))
    numbers = {a.uuid: n for n, a in enumerate(actor_map.actors, start=1)}
    without = high_influence_without_next_step(actor_map)
    if without:
        names = ", ".join(f"{numbers[a.uuid]} {actor_name(a, labels)}" for a in without)
        lines.append(fill_template(labels.high_without_step, names, actors=names))
    waiting = unplaced(actor_map.actors)
    if waiting:
        names = ", ".join(f"{numbers[a.uuid]} {actor_name(a, labels)}" for a in waiting)
        lines.append(fill_template(labels.not_placed, names, actors=names))
    if not lines:
        lines.append(labels.no_gaps)
    return [
        CondPageBreak(25 * mm),
        para(labels.checks, ctx.heading),
        *[para(f"• {line}", ctx.s.body) for line in lines],
    ]


# -- the document ------------------------------------------------------------------------------


def _title_block(
    snapshot: ProjectSnapshot, status: str, ctx: _Ctx, with_names: bool
) -> list[Flowable]:
    labels = ctx.labels
    name = snapshot.project.name.strip() or labels.untitled
    title = ParagraphStyle("actors-title", parent=ctx.s.title, fontSize=17, leading=21)
    title.spaceAfter = 1 * mm
    sub = ParagraphStyle("actors-sub", parent=ctx.s.body, textColor=st.MUTED, spaceAfter=2 * mm)
    count = len(ctx.actor_map.actors)
    line = status
    if count:
        line += "  ·  " + fill_template(labels.actor_count, str(count), count=str(count))
    out: list[Flowable] = [
        para(labels.document_title, ParagraphStyle("k", parent=ctx.s.kicker, spaceAfter=1 * mm)),
        para(name, title),
        para(line, sub),
    ]
    if with_names:
        warning = ParagraphStyle(
            "actors-personal", parent=ctx.s.label, textColor=_PERSONAL_INK, spaceAfter=2 * mm
        )
        out.append(para(labels.personal_data_note, warning))
    return out


_PERSONAL_INK = colors.HexColor(NOTICE_INK)


def story(
    snapshot: ProjectSnapshot,
    labels: ActorMapLabels,
    status: str,
    *,
    with_names: bool = False,
    embedded: bool = False,
    frame: tuple[float, float] = (BODY_WIDTH, BODY_HEIGHT),
) -> list[Flowable]:
    """The actor map's flowables for a page body of ``frame`` (width, height) points: the title
    block, the grid (the rest of the first page), then the register, the plan and the checks.

    ``embedded`` (a part of another document, e.g. the project report): no title block, the grid
    no taller than ``frame``'s height and the register right under it. The checks, which name
    actors, come only ``with_names`` (the facilitator's copy), never in the copy shared by default.
    """
    width, height = frame
    ctx = _context(labels, snapshot.actors, width)
    out = [] if embedded else _title_block(snapshot, status, ctx, with_names)
    if not ctx.actor_map.actors:
        out.append(para(ctx.labels.empty_map, ctx.s.body))
        return out
    used = sum(f.wrap(width, height)[1] + f.getSpaceAfter() for f in out)
    drawing, _ = grid_drawing(ctx.actor_map, ctx.labels, width, height - used - 2)
    out += [drawing] if embedded else [drawing, PageBreak()]
    out += _register(ctx, with_names)
    out += _plan(ctx)
    if with_names:  # the checks name actors: the facilitator's copy only (issue 14)
        out += _checks(ctx)
    return out


def write_actor_map(
    snapshot: ProjectSnapshot,
    labels: ActorMapLabels,
    out: pathlib.Path | BinaryIO,
    *,
    with_names: bool = False,
    **options: Unpack[Options],
) -> None:
    """Write the project's actor map as a landscape A4 PDF (a path is replaced atomically).

    ``with_names`` adds contact persons and contact details, and marks every page as holding
    personal data. Raises :class:`workshop_app.export.Cancelled` when ``is_cancelled()`` turns
    true; then nothing is written. An empty map gives one page that says so.
    """
    day = date_text(today_of(options), labels)
    status = fill_template(labels.status, day, date=day)
    notice = labels.personal_data if with_names else ""
    furniture = project_furniture(
        labels, snapshot.project.name, status, notice, look=snapshot.project
    )
    build_pdf(
        lambda: story(snapshot, labels, status, with_names=with_names),
        out,
        furniture,
        PAGE_SIZE,
        **options,
    )
