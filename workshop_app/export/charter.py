"""The charter (samarbejdsgrundlag) for the city council: phase 1 of a project on 1–3 A4 pages.

Built from the project's facts and its :class:`~workshop_app.domain.scope.Scope`: a title block,
then the twelve sections in :data:`~workshop_app.domain.scope.SECTIONS` order. Rules:

- A section with nothing in it is left out; so is an empty field or a row with nothing typed in it.
- A missing *decision* in a section that has other content prints as "Not decided yet" (in
  italics, so it stands out on a black-and-white print): the political model, committee and
  mandate; the municipality's roles; the form and lead of the organisation; the task; a budget
  line's type or amount; a milestone's date; how and when a success criterion is measured. A
  knowledge row without a status reads "Not assessed yet". Plain descriptions (background,
  notes, groups) are simply skipped when empty: a missing description is not a missing decision.
- The "is the task open?" check is a prompt in the page, never a warning in the charter.

The charter names the facilitators (they are part of the project facts the council needs); the PDF
metadata names only the document and the project.
"""

from __future__ import annotations

import io
import pathlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import BinaryIO, TypeAlias, Unpack

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from workshop_app.domain.model import Project, ProjectSnapshot
from workshop_app.domain.scope import (
    LISTS,
    SECTIONS,
    Progress,
    Scope,
    ScopeRow,
    section_progress,
)
from workshop_app.domain.scope import filled as _filled
from workshop_app.export import Cancelled
from workshop_app.export import styles as st
from workshop_app.export.blocks import (
    Cell,
    base_commands,
    column_widths,
    fill_template,
    padding,
)
from workshop_app.export.blocks import pick as _pick
from workshop_app.export.charter_labels import (
    CharterLabels,
    _date,
    format_amount,
)
from workshop_app.export.document import (
    CancelFn,
    Options,
    build_pdf,
    project_furniture,
    today_of,
)
from workshop_app.export.flowables import TALL_ROW, FlowingTable
from workshop_app.export.map_image import map_data as _map_data
from workshop_app.export.text import blocks, markup, para

# -- layout helpers ----------------------------------------------------------------------------

#: Left and right padding of table cells (points).
_PAD = 4.0
#: Top and bottom padding of the cells of :func:`_grid` tables (points).
_GRID_TOP = 2.5
_GRID_BOTTOM = 3.0
#: Width of the label column of label/value lines.
_LABEL_WIDTH = 38 * mm
#: The map's greatest height: well under a third of the page, and short enough that its row is
#: never split (see ``flowables.TALL_ROW``).
_MAP_HEIGHT = 60 * mm
#: The least height the map shrinks to in order to stay on the page (else it moves on).
_MAP_MIN_HEIGHT = 40 * mm
_MAP_GAP = 1.5 * mm
#: A value in a label/value block: user text, or ``None`` for "not decided yet".
Value: TypeAlias = str | list[Flowable] | None


@dataclass(frozen=True)
class _Ctx:
    labels: CharterLabels
    s: st.Styles
    width: float
    heading: ParagraphStyle
    fact: ParagraphStyle
    fact_label: ParagraphStyle
    sub: ParagraphStyle
    undecided: ParagraphStyle
    note: ParagraphStyle

    def field(self, key: str) -> str:
        return _pick(self.labels, "fields", key)

    def not_decided(self, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(f"<i>{markup(self.labels.not_decided)}</i>", style or self.undecided)

    def text(self, value: str, style: ParagraphStyle | None = None) -> list[Flowable]:
        return blocks(value, style or self.s.cell)


def _context(labels: CharterLabels) -> _Ctx:
    s = st.make_styles()
    return _Ctx(
        labels=labels,
        s=s,
        width=st.PAGE_SIZE[0] - st.MARGIN_LEFT - st.MARGIN_RIGHT,
        heading=ParagraphStyle(
            "charter-heading", parent=s.heading, fontSize=12.5, leading=16, spaceBefore=3.5 * mm
        ),
        # Label/value lines a little tighter than body text (still >= 10 pt): 1–3 pages.
        fact=ParagraphStyle("charter-fact", parent=s.fact, fontSize=10, leading=12.8),
        fact_label=ParagraphStyle("charter-fact-label", parent=s.label, fontSize=10, leading=12.8),
        sub=ParagraphStyle("charter-sub", parent=s.label, spaceBefore=2.5 * mm, spaceAfter=1 * mm),
        undecided=ParagraphStyle(
            "charter-undecided", parent=s.fact, fontSize=10, leading=12.8, textColor=st.MUTED
        ),
        note=ParagraphStyle(
            "charter-note", parent=s.small, fontSize=9, leading=11.5, spaceBefore=1
        ),
    )


def _facts(rows: Sequence[tuple[str, Value]], ctx: _Ctx) -> Flowable:
    """Label/value lines; ``None`` as value prints "Not decided yet"."""
    data: list[list[Cell]] = []
    for label, value in rows:
        if value is None:
            cell: Cell = ctx.not_decided()
        elif isinstance(value, str):
            cell = blocks(value, ctx.fact)
        else:
            cell = value
        data.append([para(label, ctx.fact_label), cell])
    # Label/value text flows like a paragraph: rows of more than a few lines may split.
    table = FlowingTable(data, colWidths=[_LABEL_WIDTH, None], hAlign="LEFT", tall_row=48)
    table.setStyle(
        TableStyle(
            [
                *base_commands(),
                *padding(0, 6, 1, 2),
            ]
        )
    )
    return table


def _cell_height(cell: Cell, width: float) -> float:
    """Height of a :func:`_grid` cell ``width`` points wide, with its padding."""
    items = cell if isinstance(cell, list) else [cell]
    text = sum(f.wrap(width - 2 * _PAD, 1e6)[1] for f in items if isinstance(f, Flowable))
    return text + _GRID_TOP + _GRID_BOTTOM


def _row_height(row: Sequence[Cell], widths: Sequence[float]) -> float:
    heights = (_cell_height(cell, width) for cell, width in zip(row, widths, strict=True))
    return max(heights, default=0.0)


def _grid(
    head: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    ctx: _Ctx,
    *,
    right: Iterable[int] = (),
    totals: Sequence[Sequence[Cell]] = (),
    notes: Sequence[Paragraph] = (),
) -> Flowable:
    """A table of rows under a heading row; zebra rows; optional total rows at the foot;
    optional ``notes`` across the whole width under everything.

    ``widths``: points, with 0 for columns that share the rest (see
    :func:`~workshop_app.export.blocks.column_widths`).
    """
    right = set(right)
    head_cells: list[Cell] = [
        para(text, ctx.s.cell_head_right if i in right else ctx.s.cell_head)
        for i, text in enumerate(head)
    ]
    body: list[list[Cell]] = [head_cells, *[list(r) for r in rows]]
    col_widths = column_widths(widths, body, ctx.width, _PAD)
    data: list[list[Cell]] = [*body, *[list(t) for t in totals]]
    for note in notes:
        data.append([note, *[""] * (len(head) - 1)])
    last_body = len(rows)
    commands: list[tuple[object, ...]] = [
        *base_commands(),
        *padding(_PAD, _PAD, _GRID_TOP, _GRID_BOTTOM),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, st.INK),
        ("ROWBACKGROUNDS", (0, 1), (-1, last_body), [st.ZEBRA, None]),
        ("LINEBELOW", (0, 1), (-1, last_body - 1), 0.25, st.RULE),
    ]
    if totals:
        commands.append(("LINEABOVE", (0, last_body + 1), (-1, last_body + 1), 0.9, st.INK))
    else:
        commands.append(("LINEBELOW", (0, last_body), (-1, last_body), 0.5, st.RULE))
    for index in range(len(data) - len(notes), len(data)):
        commands.append(("SPAN", (0, index), (-1, index)))
        commands.append(("TOPPADDING", (0, index), (-1, index), 5))
    # Totals stay with the last row above them, and a note never stands alone at the top of a
    # page: it keeps the last row with it. Only while that block is short: kept together, a block
    # taller than a page fits on none (LayoutError), so a long one flows like any tall row.
    kept = sum(_row_height(row, col_widths) for row in [data[last_body], *totals])
    kept += sum(_cell_height(note, sum(col_widths)) for note in notes[:1])
    if (totals or notes) and kept <= TALL_ROW:
        commands.append(("NOSPLIT", (0, last_body), (-1, last_body + (len(totals) or 1))))
    table = FlowingTable(
        data, colWidths=col_widths, repeatRows=1, hAlign="LEFT", trailing=len(notes)
    )
    table.setStyle(TableStyle(commands))
    return table


def _sub(label: str, ctx: _Ctx) -> Paragraph:
    """A small bold label above a table (see :func:`_kept` to keep it with the table)."""
    return para(label, ctx.sub)


def _start_height(flowables: Sequence[Flowable], width: float) -> float:
    """Height of the first piece of ``flowables`` that must not be parted from what precedes it:
    spacers, then a paragraph, or a table's heading row and first row (rows move whole, see
    :class:`FlowingTable`; taller rows split, so at most :data:`TALL_ROW` counts).
    """
    height = 0.0
    for flowable in flowables:
        _, h = flowable.wrap(width, 1e6)
        if isinstance(flowable, Spacer):
            height += h
            continue
        if isinstance(flowable, Table):
            rows: list[float] = flowable._rowHeights
            h = sum(rows[: 2 if flowable.repeatRows and len(rows) > 1 else 1])
        return height + min(h, TALL_ROW)
    return height


def _kept(lead: Flowable, rest: Sequence[Flowable], width: float) -> list[Flowable]:
    """``lead`` (a heading or label) with a page break before it when the start of ``rest``
    would not fit under it: no heading ends a page, and no whole table moves for it.
    """
    _, lead_height = lead.wrap(width, 1e6)
    room = lead_height + lead.getSpaceBefore() + lead.getSpaceAfter()
    return [CondPageBreak(room + _start_height(rest, width) + 2), lead, *rest]


def _rows(scope: Scope, list_key: str) -> list[ScopeRow]:
    """Rows with something typed in them (a preset question counts; a default currency not)."""
    columns = [c.key for c in LISTS[list_key].columns if c.key != "currency"]
    return [r for r in scope.rows_of(list_key) if any(_filled(r.get(c)) for c in columns)]


class _Parts:
    """Collects a section's content, grouping consecutive label/value lines into one table."""

    def __init__(self, ctx: _Ctx) -> None:
        self.ctx = ctx
        self.out: list[Flowable] = []
        self._facts: list[tuple[str, Value]] = []

    def fact(self, label: str, value: Value) -> None:
        self._facts.append((label, value))

    def add(self, *flowables: Flowable) -> None:
        self._flush()
        self.out.extend(flowables)

    def _flush(self) -> None:
        if self._facts:
            self.out.append(Spacer(0, 1.5 * mm if self.out else 0.5 * mm))
            self.out.append(_facts(self._facts, self.ctx))
            self._facts = []

    def done(self) -> list[Flowable]:
        self._flush()
        return self.out


def _text_or_undecided(value: str) -> str | None:
    return value if value.strip() else None


# -- the sections ------------------------------------------------------------------------------


def _background(scope: Scope, ctx: _Ctx, parts: _Parts) -> None:
    names = [_pick(ctx.labels, "triggers", key) for key in scope.get("triggers")]
    other = scope.get("triggers_other").strip()
    if other:
        names.append(other)
    if names:
        parts.fact(ctx.field("triggers"), ", ".join(names))
    if _filled(scope.get("background")):
        parts.fact(ctx.field("background"), scope.get("background"))


def _purpose(scope: Scope, ctx: _Ctx, parts: _Parts) -> None:
    if _filled(scope.get("purpose")):
        parts.fact(ctx.field("purpose"), scope.get("purpose"))
    if _filled(scope.get("task")):
        parts.fact(ctx.field("task"), scope.get("task"))
    elif _filled(scope.get("purpose")):  # the task is what the council commissions: a decision
        parts.fact(ctx.field("task"), None)


def _concrete(scope: Scope, ctx: _Ctx, parts: _Parts) -> None:
    for key in ("concrete_goal", "early_wins"):
        if _filled(scope.get(key)):
            parts.fact(ctx.field(key), scope.get(key))


def _street_list(rows: Sequence[ScopeRow]) -> str:
    items = []
    for row in rows:
        name, note = row.get("name").strip(), row.get("note").strip()
        items.append(f"{name} ({note})" if name and note else name or note)
    return listed(items)


def listed(items: Sequence[str]) -> str:
    """Items in one line, "; " between them, but no "?;" or "!;": an item that ends in its own
    punctuation is followed by a space only ("…see it? Which places…")."""
    out = ""
    for index, item in enumerate(items):
        if index:
            out += " " if out.endswith(("?", "!", ".", ";", ":", "…")) else "; "
        out += item
    return out


def _area(scope: Scope, ctx: _Ctx, parts: _Parts) -> None:
    if _filled(scope.get("area_description")):
        parts.fact(ctx.field("area_description"), scope.get("area_description"))
    for key in ("streets_in", "streets_out"):
        rows = _rows(scope, key)
        if rows:
            parts.fact(ctx.field(key), _street_list(rows))
    if scope.map_image is not None:
        prepared = _map_data(scope.map_image)
        if prepared is not None:
            data, width, height = prepared
            parts.add(_MapRow(ctx.field("map"), data, (width, height), ctx))


def _timeframe(scope: Scope, ctx: _Ctx, parts: _Parts) -> None:
    milestones = _rows(scope, "milestones")
    if milestones:
        rows: list[list[Cell]] = []
        for row in milestones:
            day = row.get("date")
            rows.append(
                [
                    para(_date(day, ctx.labels), ctx.s.cell)
                    if day
                    else ctx.not_decided(ctx.s.cell),
                    ctx.text(row.get("title")),
                ]
            )
        head = [ctx.field("milestones.date"), ctx.field("milestones.title")]
        table = _grid(head, rows, [42 * mm, 0], ctx)
        parts.add(*_kept(_sub(ctx.field("milestones"), ctx), [table], ctx.width))
    constraints = _rows(scope, "constraints")
    if constraints:
        rows = [
            [
                para(_pick(ctx.labels, "constraint_kinds", r.get("kind")), ctx.s.cell)
                if r.get("kind")
                else "",
                ctx.text(r.get("text")),
            ]
            for r in constraints
        ]
        head = [ctx.field("constraints.kind"), ctx.field("constraints.text")]
        table = _grid(head, rows, [42 * mm, 0], ctx)
        parts.add(*_kept(_sub(ctx.field("constraints"), ctx), [table], ctx.width))


def _money_cell(amount: Paragraph, in_kind: bool, ctx: _Ctx) -> Cell:
    """An amount, with "in kind" in small type below it for contributions in kind."""
    if not in_kind:
        return amount
    note = ParagraphStyle("charter-note-right", parent=ctx.note, alignment=TA_RIGHT)
    return [amount, para(ctx.labels.in_kind, note)]


def _total_row(label: str, amount: int, in_kind: int, currency: str, ctx: _Ctx) -> list[Cell]:
    """A total under the budget: the label spans three columns and says the part in kind."""
    text = f"<b>{markup(label)}</b>"
    if in_kind:
        part = format_amount(in_kind, currency, ctx.labels)
        in_kind_text = fill_template(ctx.labels.of_which_in_kind, ctx.labels.in_kind, amount=part)
        text += f" ({markup(in_kind_text)})"
    amount_text = f"<b>{markup(format_amount(amount, currency, ctx.labels))}</b>"
    return [Paragraph(text, ctx.s.cell), "", "", Paragraph(amount_text, ctx.s.cell_right)]


def _budget(rows: Sequence[ScopeRow], ctx: _Ctx) -> Flowable:
    labels = ctx.labels
    body: list[list[Cell]] = []
    # (kind, currency) -> [all, in kind]
    sums: dict[tuple[str, str], list[int]] = {}
    for row in rows:
        kind, currency, amount = row.get("kind"), row.get("currency"), row.get("amount")
        in_kind = bool(row.get("in_kind"))
        if amount is None:
            amount_cell = _money_cell(ctx.not_decided(ctx.s.cell_right), in_kind, ctx)
        else:
            shown = para(format_amount(amount, currency, labels), ctx.s.cell_right)
            amount_cell = _money_cell(shown, in_kind, ctx)
            total = sums.setdefault((kind, currency), [0, 0])
            total[0] += amount
            if in_kind:
                total[1] += amount
        body.append(
            [
                para(_pick(labels, "money_kinds", kind), ctx.s.cell)
                if kind
                else ctx.not_decided(ctx.s.cell),
                ctx.text(row.get("purpose")),
                ctx.text(row.get("source")),
                amount_cell,
            ]
        )
    totals: list[list[Cell]] = []
    currencies = sorted({c for _, c in sums}, key=lambda c: (c == "", c))
    for currency in currencies:
        kinds = [k for k in ("operating", "project", "") if (k, currency) in sums]
        for kind in kinds:
            all_, part = sums[(kind, currency)]
            label = _pick(labels, "money_totals", kind)
            totals.append(_total_row(label, all_, part, currency, ctx))
        if len(kinds) > 1:
            grand = sum(sums[(k, currency)][0] for k in kinds)
            grand_in_kind = sum(sums[(k, currency)][1] for k in kinds)
            totals.append(_total_row(labels.total, grand, grand_in_kind, currency, ctx))
    head = [ctx.field(f"budget.{c}") for c in ("kind", "purpose", "source", "amount")]
    table = _grid(head, body, [35 * mm, 0, 0, 42 * mm], ctx, right=(3,), totals=totals)
    first_total = len(body) + 1
    if totals:
        table.setStyle(
            TableStyle(
                [("SPAN", (0, r), (2, r)) for r in range(first_total, first_total + len(totals))]
            )
        )
    return table


def _economy(scope: Scope, ctx: _Ctx, parts: _Parts) -> None:
    rows = _rows(scope, "budget")
    if rows:
        parts.add(_budget(rows, ctx))
    if _filled(scope.get("fundraising")):
        parts.fact(ctx.field("fundraising"), scope.get("fundraising"))


def _politics(scope: Scope, ctx: _Ctx, parts: _Parts) -> None:
    # Every field here is a decision the council takes: say so when one is missing.
    model = scope.get("political_model")
    parts.fact(
        ctx.field("political_model"),
        _pick(ctx.labels, "political_models", model) if model in ("a", "b") else None,
    )
    parts.fact(ctx.field("committee"), _text_or_undecided(scope.get("committee")))
    parts.fact(ctx.field("mandate"), _text_or_undecided(scope.get("mandate")))


def _roles(scope: Scope, ctx: _Ctx, parts: _Parts) -> None:
    roles = [_pick(ctx.labels, "roles", key) for key in scope.get("municipal_roles")]
    parts.fact(ctx.field("municipal_roles"), ", ".join(roles) if roles else None)
    if _filled(scope.get("role_notes")):
        parts.fact(ctx.field("role_notes"), scope.get("role_notes"))


def _organisation(scope: Scope, ctx: _Ctx, parts: _Parts) -> None:
    for key, choices in (("formality", "formality"), ("lead", "lead")):
        value = scope.get(key)
        parts.fact(ctx.field(key), _pick(ctx.labels, choices, value) if value else None)
    for key in ("steering_group", "working_groups", "reference_group", "ad_hoc"):
        if _filled(scope.get(key)):
            parts.fact(ctx.field(key), scope.get(key))


def _history(scope: Scope, ctx: _Ctx, parts: _Parts) -> None:
    plans = _rows(scope, "earlier_plans")
    if not plans:
        if scope.get("no_earlier_plans"):
            parts.add(para(ctx.labels.no_earlier_plans, ctx.s.body))
        return
    rows: list[list[Cell]] = []
    for r in plans:
        year = r.get("year")
        how_far = r.get("how_far")
        rows.append(
            [
                ctx.text(r.get("name")),
                para(str(year), ctx.s.cell) if year is not None else "",
                para(_pick(ctx.labels, "how_far", how_far), ctx.s.cell) if how_far else "",
                ctx.text(r.get("why_not_further")),
                ctx.text(r.get("reuse")),
            ]
        )
    cols = ("name", "year", "how_far", "why_not_further", "reuse")
    head = [ctx.field(f"earlier_plans.{c}") for c in cols]
    parts.add(_grid(head, rows, [0, 15 * mm, 27 * mm, 0, 0], ctx))


def _question(row: ScopeRow, ctx: _Ctx) -> str:
    own = row.get("question").strip()
    if own or not row.get("preset"):
        return own
    return _pick(ctx.labels, "knowledge_questions", row.get("preset"))


def _knowledge(scope: Scope, ctx: _Ctx, parts: _Parts) -> None:
    rows = _rows(scope, "knowledge")
    # A preset nobody has touched yet is listed in one line, not as a row of empty cells.
    untouched = [
        r for r in rows
        if not any(_filled(r.get(c)) for c in ("question", "status", "owner", "source", "notes"))
    ]  # fmt: skip
    dropped = [r for r in rows if r.get("status") == "not_relevant"]
    # What is known already is listed compactly with its source; the table keeps what the
    # council is asked to act on (analyses still needed, questions not yet assessed).
    known = [r for r in rows if r.get("status") == "known"]
    table_rows = [r for r in rows if r not in untouched and r not in dropped and r not in known]

    def short(r: ScopeRow) -> str:
        return " ".join(_question(r, ctx).split())

    lines = [
        (_pick(ctx.labels, "knowledge_status", "known"), known),
        (ctx.labels.not_assessed, untouched),
        (ctx.field("not_relevant"), dropped),
    ]
    summaries = [(label, listed([short(r) for r in group])) for label, group in lines if group]
    if not table_rows:
        for label, text in summaries:
            parts.fact(label, text)
        return
    body: list[list[Cell]] = []
    for r in table_rows:
        question: list[Flowable] = ctx.text(_question(r, ctx))
        if _filled(r.get("notes")):
            question.extend(blocks(r.get("notes"), ctx.note))
        status = r.get("status")
        if status == "needs_analysis":  # what the council is asked to pay for: stands out
            status_cell: Cell = Paragraph(
                f"<b>{markup(_pick(ctx.labels, 'knowledge_status', status))}</b>", ctx.s.cell
            )
        elif status:
            status_cell = para(_pick(ctx.labels, "knowledge_status", status), ctx.s.cell)
        else:
            status_cell = Paragraph(f"<i>{markup(ctx.labels.not_assessed)}</i>", ctx.s.cell)
        who: list[Flowable] = ctx.text(r.get("owner"))
        if _filled(r.get("source")):
            who.extend(blocks(r.get("source"), ctx.note))
        body.append([question, status_cell, who])
    # Owner and source share a column (the source in small type): the question gets the room.
    # With every owner blanked (a copy without names) and no source, the column is left out.
    head = [
        ctx.field("knowledge.question"),
        ctx.field("knowledge.status"),
        f"{ctx.field('knowledge.owner')} / {ctx.field('knowledge.source')}",
    ]
    widths: list[float] = [0, 35 * mm, 0]
    if not any(_filled(r.get(c)) for r in table_rows for c in ("owner", "source")):
        head, widths = head[:2], widths[:2]
        body = [row[:2] for row in body]
    notes = [  # under the table, so they never end up alone on the next page
        Paragraph(f"<b>{markup(label)}:</b> {markup(text)}", ctx.s.cell)
        for label, text in summaries
    ]
    parts.add(_grid(head, body, widths, ctx, notes=notes))


def _success(scope: Scope, ctx: _Ctx, parts: _Parts) -> None:
    criteria = _rows(scope, "success_criteria")
    if criteria:
        body: list[list[Cell]] = []
        for r in criteria:
            cells: list[Cell] = [ctx.text(r.get("criterion"))]
            for key in ("measure", "when"):  # how and when to measure are decisions
                cells.append(
                    ctx.text(r.get(key)) if _filled(r.get(key)) else ctx.not_decided(ctx.s.cell)
                )
            body.append(cells)
        head = [ctx.field(f"success_criteria.{c}") for c in ("criterion", "measure", "when")]
        parts.add(_grid(head, body, [0, 0, 38 * mm], ctx))
    if _filled(scope.get("evaluation")):
        parts.fact(ctx.field("evaluation"), scope.get("evaluation"))


_BUILDERS: Mapping[str, Callable[[Scope, _Ctx, _Parts], None]] = {
    "background": _background,
    "purpose": _purpose,
    "concrete": _concrete,
    "area": _area,
    "timeframe": _timeframe,
    "economy": _economy,
    "politics": _politics,
    "roles": _roles,
    "organisation": _organisation,
    "history": _history,
    "knowledge": _knowledge,
    "success": _success,
}


def _section_content(scope: Scope, key: str, ctx: _Ctx) -> list[Flowable]:
    """The flowables of one section, or ``[]`` when there is nothing to say."""
    if section_progress(scope, key) is Progress.EMPTY and not (
        key == "area" and scope.map_image is not None
    ):
        return []
    parts = _Parts(ctx)
    _BUILDERS[key](scope, ctx, parts)
    content = parts.done()
    # "Not decided yet" alone is no content (a lone confirmed-open flag, say): leave it out.
    return content if _has_user_content(scope, key) else []


def _has_user_content(scope: Scope, key: str) -> bool:
    sec = next(s for s in SECTIONS if s.key == key)
    fields = [f.key for f in sec.fields if f.key != "task_open_confirmed"]
    if any(_filled(scope.get(f)) for f in fields):
        return True
    if sec.has_map and scope.map_image is not None:
        return True
    return any(_rows(scope, lst.key) for lst in sec.lists)


# -- the map image ------------------------------------------------------------------------------


class _MapRow(Flowable):
    """A label/value line whose value is the map, scaled (aspect kept) to the space left on the
    page between :data:`_MAP_MIN_HEIGHT` and :data:`_MAP_HEIGHT`; below that it moves to the
    next page whole. Never taller than a third of the page, so it can never be too large.
    """

    def __init__(self, label: str, data: bytes, pixels: tuple[int, int], ctx: _Ctx) -> None:
        super().__init__()
        self._label = label
        self._data = data
        self._pixels = pixels
        self._ctx = ctx
        self._table: Flowable | None = None

    def _build(self, height: float) -> Flowable:
        width = self._ctx.width - _LABEL_WIDTH - 6  # the value column less its padding
        pixels_w, pixels_h = self._pixels
        scale = min(width / pixels_w, height / pixels_h)
        image = Image(io.BytesIO(self._data), width=pixels_w * scale, height=pixels_h * scale)
        image.hAlign = "LEFT"
        return _facts([(self._label, [Spacer(0, _MAP_GAP), image])], self._ctx)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        room = availHeight - _MAP_GAP - 6  # the spacer and the row's padding
        height = min(_MAP_HEIGHT, max(_MAP_MIN_HEIGHT, room))
        self._table = self._build(height)
        width, used = self._table.wrap(availWidth, availHeight)
        return width, used

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        if self._table is not None:
            self._table.drawOn(self.canv, 0, 0)


# -- the document -------------------------------------------------------------------------------


def _period(project: Project, labels: CharterLabels) -> str | None:
    start, end = project.start_date, project.end_date
    if start is None and end is None:
        return None
    first = _date(start, labels) if start else labels.not_decided
    last = _date(end, labels) if end else labels.not_decided
    return f"{first} – {last}"


def _title_block(snapshot: ProjectSnapshot, version: str, ctx: _Ctx) -> list[Flowable]:
    project = snapshot.project
    labels = ctx.labels
    name = project.name.strip() or labels.untitled
    version_style = ParagraphStyle(
        "charter-version", parent=ctx.s.body, textColor=st.MUTED, spaceAfter=4 * mm
    )
    title = ParagraphStyle("charter-title", parent=ctx.s.title, spaceAfter=1.5 * mm)
    rows: list[tuple[str, Value]] = []
    if project.town.strip():
        rows.append((labels.town, project.town))
    if project.municipality.strip():
        rows.append((labels.municipality, project.municipality))
    rows.append((labels.period, _period(project, labels)))
    if project.facilitators.strip():
        rows.append((labels.facilitators, project.facilitators))
    return [
        para(labels.document_title, ctx.s.kicker),
        para(name, title),
        para(version, version_style),
        _facts(rows, ctx),
    ]


def _story(
    snapshot: ProjectSnapshot,
    version: str,
    ctx: _Ctx,
    cancel: CancelFn | None,
    title_block: bool = True,
) -> list[Flowable]:
    story = _title_block(snapshot, version, ctx) if title_block else []
    number = 0
    for sec in SECTIONS:
        if cancel is not None and cancel():
            raise Cancelled()
        content = _section_content(snapshot.scope, sec.key, ctx)
        if not content:
            continue
        number += 1
        heading = f"{number}. {_pick(ctx.labels, 'sections', sec.key)}"
        story.extend(_kept(para(heading, ctx.heading), content, ctx.width))
    if number == 0:
        story.append(Spacer(0, 6 * mm))
        story.append(para(ctx.labels.empty_scope, ctx.s.body))
    return story


def story(
    snapshot: ProjectSnapshot,
    labels: CharterLabels,
    version: str,
    *,
    title_block: bool = True,
    is_cancelled: CancelFn | None = None,
) -> list[Flowable]:
    """The charter's flowables: the title block (the document's name, the project's name, the
    ``version`` line and the project's facts; left out with ``title_block=False``, when the
    charter is a part of another document), then the numbered sections."""
    return _story(snapshot, version, _context(labels), is_cancelled, title_block)


def write_charter(
    snapshot: ProjectSnapshot,
    labels: CharterLabels,
    out: pathlib.Path | BinaryIO,
    **options: Unpack[Options],
) -> None:
    """Write the project's charter as an A4 PDF (a path is replaced atomically).

    Raises :class:`workshop_app.export.Cancelled` when ``is_cancelled()`` turns true; then nothing
    is written. An empty scope still gives a one-page charter with the project's facts.
    """
    day = _date(today_of(options), labels)
    version = fill_template(labels.version, day, date=day)
    flowables = partial(story, snapshot, labels, version, is_cancelled=options.get("is_cancelled"))
    furniture = project_furniture(labels, snapshot.project.name, version, look=snapshot.project)
    build_pdf(flowables, out, furniture, **options)
