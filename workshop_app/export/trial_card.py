"""Test cards (phase 3): one A4 page per test, to hang on a board or hand out.

A card shows the test's title, status, dates, place and type; the idea it tests; the hypothesis as
one sentence in a framed box ("We believe that … will … We will see it when …"); the strategic
aim; materials and budget; the responsible actors (organisations, never contact persons); the
permits checklist with ✓ / ✗ / ? marks; success criteria and the measurement plan.

One page, always: a card that does not fit is set in smaller type, then its long texts are
shortened with "…"; as a last resort the whole card is scaled down to the page.

The module also holds what the test report shares with the card (:class:`TrialLabelsBase` and the
helpers for dates, amounts, the hypothesis sentence and actor names).

Personal data: none. Actors are shown by their organisation's name; feedback is not on the card.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from types import MappingProxyType
from typing import Any, BinaryIO, Unpack

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.domain.trials import Trial, TrialBook, lineage, version_chain
from workshop_app.export import styles as st
from workshop_app.export.blocks import (
    base_commands,
    fill_template,
    format_day,
    padding,
    pick,
    widest,
)
from workshop_app.export.document import (
    Options,
    build_pdf,
    check_cancelled,
    project_furniture,
    today_of,
)
from workshop_app.export.fonts import BOLD, REGULAR
from workshop_app.export.text import markup, para, plain
from workshop_app.export.trial_labels import TrialCardLabels, TrialLabelsBase

BODY_WIDTH = st.PAGE_SIZE[0] - st.MARGIN_LEFT - st.MARGIN_RIGHT
BODY_HEIGHT = st.PAGE_SIZE[1] - st.MARGIN_TOP - st.MARGIN_BOTTOM

_DEFAULT_BASE = TrialLabelsBase()

# -- shared helpers ----------------------------------------------------------------------------


def fill(template: str, fallback: str, **values: str) -> str:
    """A translated template filled in; ``fallback`` if the translation is broken."""
    return fill_template(template, fallback, **values)


def date_text(day: dt.date, labels: TrialLabelsBase) -> str:
    return format_day(day, labels.months, labels.date_format)


def period_text(start: dt.date | None, end: dt.date | None, labels: TrialLabelsBase) -> str:
    """ "12 May 2026 – 19 May 2026", "from …", "until …" or ``""``."""
    if start and end:
        a, b = date_text(start, labels), date_text(end, labels)
        return a if start == end else fill(labels.period, f"{a} – {b}", start=a, end=b)
    if start:
        a = date_text(start, labels)
        return fill(labels.from_date, a, date=a)
    if end:
        b = date_text(end, labels)
        return fill(labels.until_date, b, date=b)
    return ""


def whole(value: int, labels: TrialLabelsBase) -> str:
    """``12345`` → ``"12,345"`` with the language's thousands separator."""
    digits = f"{abs(value):,}".replace(",", labels.thousands_sep)
    return ("−" if value < 0 else "") + digits


def number_text(value: float, labels: TrialLabelsBase) -> str:
    """A per-hour average or a share: whole from 10 up, else one decimal (language's comma)."""
    if abs(value) >= 10 or float(value).is_integer():
        return whole(round(value), labels)
    return f"{value:.1f}".replace(".", labels.decimal_sep)


def amount_text(value: int, labels: TrialLabelsBase) -> str:
    number = whole(value, labels)
    return fill(labels.amount, f"{number} DKK", amount=number)


def template_markup(template: str, fallback: str, values: Mapping[str, str]) -> str:
    """A translated template as Paragraph markup: its own words cleaned and escaped, each
    ``{name}`` replaced by ``values[name]`` (already markup); ``fallback`` (markup) if the
    translation is broken."""
    try:
        out: list[str] = []
        for literal, name, _spec, _conversion in string.Formatter().parse(template):
            out.append(markup(literal))
            if name is not None:
                out.append(values[name])
        return "".join(out)
    except (KeyError, ValueError, IndexError):
        return fallback


def _part(text: str, labels: TrialLabelsBase, limit: int | None) -> str:
    text = " ".join(text.split()).rstrip(" .")
    if limit is not None:
        text = clip(text, limit)
    return f"<b>{markup(text)}</b>" if text else markup(labels.blank)


def hypothesis_markup(trial: Trial, labels: TrialLabelsBase, limit: int | None = None) -> str:
    """The hypothesis as one sentence, the test's own words in bold."""
    values = {
        "we_believe": _part(trial.we_believe, labels, limit),
        "will": _part(trial.will, labels, limit),
        "we_will_see": _part(trial.we_will_see, labels, limit),
    }
    fallback = template_markup(_DEFAULT_BASE.hypothesis_sentence, "", values)
    return template_markup(labels.hypothesis_sentence, fallback, values)


def clip(text: str, limit: int, lines: int | None = None) -> str:
    """``text`` cut to at most ``limit`` characters (and ``lines`` lines) at a word, with "…"."""
    rows = text.strip().split("\n")
    cut = False
    if lines is not None and len(rows) > lines:
        rows, cut = rows[:lines], True
    text = "\n".join(rows)
    if len(text) > limit:
        head = text[:limit]
        space = head.rfind(" ")
        text, cut = (head[:space] if space > limit * 0.6 else head), True
    return text.rstrip(" ,.;:\n") + "…" if cut else text


def trial_title(trial: Trial, labels: TrialLabelsBase) -> str:
    return trial.title.strip() or labels.untitled_test


def actor_names(snapshot: ProjectSnapshot, uuids: Sequence[str]) -> list[str]:
    """Organisations' names of the actors (never contact persons); unknown uuids skipped."""
    names = []
    for uuid in uuids:
        actor = snapshot.actors.actor(uuid)
        if actor is not None and actor.name.strip():
            names.append(actor.name.strip())
    return names


def trials_in_lineage_order(book: TrialBook) -> list[Trial]:
    """Every test once, in the order of the family tree (a version right after the one it
    re-tests), then any test the tree does not reach."""
    order: list[str] = []

    def walk(nodes: Sequence[Any]) -> None:
        for node in nodes:
            if node.kind == "trial":
                order.append(node.uuid)
            walk(node.children)

    walk(lineage(book))
    found = [t for uuid in order if (t := book.trial(uuid)) is not None]
    seen = {t.uuid for t in found}
    return found + [t for t in book.trials if t.uuid not in seen]


def selected_trials(book: TrialBook, trial_uuids: Sequence[str] | None) -> list[Trial]:
    """The tests asked for (in lineage order), or all; raises LookupError for an unknown id."""
    every = trials_in_lineage_order(book)
    if trial_uuids is None:
        return every
    missing = [u for u in trial_uuids if book.trial(u) is None]
    if missing:
        raise LookupError(f"no test {missing[0]}")
    wanted = set(trial_uuids)
    return [t for t in every if t.uuid in wanted]


def status_colour(status: str) -> colors.Color:
    return _STATUS_INK.get(status, st.MUTED)


_STATUS_INK = MappingProxyType(
    {
        "idea": colors.HexColor("#616161"),
        "planned": colors.HexColor("#1565c0"),
        "running": colors.HexColor("#2e7d32"),
        "evaluated": colors.HexColor("#ef6c00"),
        "decided": colors.HexColor("#4a148c"),
    }
)
#: Fill and frame of the hypothesis box (and the report's verdict box).
BOX_FILL = colors.HexColor("#f2f5f8")
BOX_FRAME = colors.HexColor("#2f4b7c")

# -- the card ----------------------------------------------------------------------------------

#: (type scale, longest text in characters, most lines per text, most budget lines): tried in
#: order until the card fits its page.
_STEPS = (
    (1.3, 900, 12, 8),
    (1.15, 900, 12, 8),
    (1.0, 900, 12, 8),
    (0.92, 600, 9, 8),
    (0.84, 420, 7, 6),
    (0.76, 300, 5, 5),
    (0.7, 200, 4, 4),
)
_PAD = 4.0


@dataclass(frozen=True)
class _Card:
    labels: TrialCardLabels
    scale: float
    limit: int
    lines: int
    budget_lines: int
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    title: ParagraphStyle
    kicker: ParagraphStyle
    status: ParagraphStyle
    sentence: ParagraphStyle
    mark: ParagraphStyle


def _card_styles(labels: TrialCardLabels, step: tuple[float, int, int, int]) -> _Card:
    scale, limit, lines, budget_lines = step
    s = st.make_styles()
    size = 10 * scale
    body = ParagraphStyle("card-body", parent=s.body, fontSize=size, leading=size * 1.28)
    body.spaceAfter = 1.2 * mm * scale
    cell = ParagraphStyle("card-cell", parent=body, spaceAfter=0, fontSize=size * 0.92)
    cell.leading = cell.fontSize * 1.25
    head = ParagraphStyle("card-head", parent=cell, fontName=BOLD, textColor=st.MUTED)
    return _Card(
        labels=labels,
        scale=scale,
        limit=limit,
        lines=lines,
        budget_lines=budget_lines,
        body=body,
        small=ParagraphStyle(
            "card-small", parent=body, fontSize=size * 0.82, leading=size, textColor=st.MUTED
        ),
        label=st.bold(
            "card-label",
            body,
            size * 0.8,
            size,
            textColor=st.MUTED,
            spaceBefore=2.6 * mm * scale,
            spaceAfter=0.8 * mm,
        ),
        cell=cell,
        cell_right=ParagraphStyle("card-cell-right", parent=cell, alignment=2),
        head=head,
        title=ParagraphStyle(
            "card-title",
            parent=s.title,
            fontSize=26 * scale,
            leading=30 * scale,
            spaceAfter=1.5 * mm,
        ),
        kicker=ParagraphStyle("card-kicker", parent=s.kicker, spaceAfter=1.5 * mm),
        status=ParagraphStyle(
            "card-status", parent=body, fontSize=size * 1.05, leading=size * 1.4, spaceAfter=0
        ),
        sentence=ParagraphStyle(
            "card-sentence", parent=body, fontSize=13.5 * scale, leading=18 * scale, spaceAfter=0
        ),
        mark=ParagraphStyle(
            "card-mark", parent=cell, fontName=BOLD, alignment=1, fontSize=size * 1.1
        ),
    )


def _text(text: str, c: _Card, style: ParagraphStyle | None = None) -> list[Flowable]:
    """User text, shortened to the card's limits; one Paragraph per line."""
    short = clip(text, c.limit, c.lines)
    return [para(line, style or c.body) for line in short.split("\n") if line.strip()]


def _labelled(label: str, content: Sequence[Flowable], c: _Card) -> list[Flowable]:
    return [para(label.upper(), c.label), *content] if content else []


def status_markup(trial: Trial, labels: TrialLabelsBase) -> str:
    """ "■ Running · 12 May – 19 May 2026 · Street furniture" as markup, the status in colour."""
    colour = status_colour(trial.status).hexval()[2:]
    status = markup(pick(labels, "statuses", trial.status))
    bits = [f'<font color="#{colour}"><b>■ {status}</b></font>']
    when = period_text(trial.start_date, trial.end_date, labels)
    if when:
        bits.append(markup(when))
    bits.append(markup(pick(labels, "trial_types", trial.trial_type)))
    return "  ·  ".join(bits)


def _idea(snapshot: ProjectSnapshot, trial: Trial, c: _Card) -> list[Flowable]:
    idea = snapshot.trials.idea(trial.idea_uuid) if trial.idea_uuid else None
    if idea is None:
        return _labelled(c.labels.idea, [para(c.labels.no_idea, c.small)], c)
    title = ParagraphStyle("card-idea", parent=c.body, fontName=BOLD, spaceAfter=0.5 * mm)
    content = [para(clip(idea.title.strip() or c.labels.untitled_idea, c.limit), title)]
    content += _text(idea.description, c)
    return _labelled(c.labels.idea, content, c)


def _budget(trial: Trial, c: _Card) -> list[Flowable]:
    labels = c.labels
    if not trial.budget:
        return [para(labels.no_budget, c.small)]
    rows: list[list[Any]] = []
    amounts: list[str] = []
    shown = trial.budget[: c.budget_lines]
    for line in shown:
        amount = amount_text(line.amount, labels)
        if line.in_kind:
            amount += f" ({labels.in_kind})"
        amounts.append(amount)
        rows.append([para(clip(line.text, 120), c.cell), para(amount, c.cell_right)])
    left = len(trial.budget) - len(shown)
    if left:
        more = fill(labels.more_lines, f"… +{left}", count=str(left))
        rows.append([para(more, c.small), ""])
    total = amount_text(trial.budget_total, labels)
    bold = ParagraphStyle("card-total", parent=c.cell_right, fontName=BOLD)
    rows.append(
        [
            para(labels.total, ParagraphStyle("card-total-l", parent=c.cell, fontName=BOLD)),
            para(total, bold),
        ]
    )
    amounts.append(total)
    commands: list[tuple[Any, ...]] = [
        *base_commands(),
        *padding(0, 2, 1, 1.5),
        ("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.7, st.INK),
    ]
    if trial.in_kind_total:
        kind = amount_text(trial.in_kind_total, labels)
        right = ParagraphStyle("card-kind", parent=c.small, alignment=2)
        rows.append([para(fill(labels.of_which_in_kind, f"+ {kind}", amount=kind), right), ""])
        commands.append(("SPAN", (0, -1), (-1, -1)))
    width = min(widest(amounts, BOLD, c.cell.fontSize) + 3, (BODY_WIDTH - 7 * mm) / 2 * 0.55)
    table = Table(rows, colWidths=[None, width], hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return [table]


def _two_columns(left: list[Flowable], right: list[Flowable]) -> Table:
    gap = 7 * mm
    width = (BODY_WIDTH - gap) / 2
    table = Table([[left, "", right]], colWidths=[width, gap, width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *padding(0, top=0),
            ]
        )
    )
    return table


def permit_mark(value: bool | None) -> str:
    return "✓" if value is True else "✗" if value is False else "?"


_MARK_INK = {"✓": "#2e7d32", "✗": "#c62828", "?": "#616161"}


def _permits(trial: Trial, c: _Card) -> list[Flowable]:
    labels = c.labels
    heading = para(labels.fields.get("permits", "Permits").upper(), c.label)
    if not trial.permits:
        return [heading, para(labels.no_permits, c.small)]
    head = [labels.permit, labels.needed, labels.applied, labels.granted, labels.by_whom]
    rows: list[list[Any]] = [[para(text, c.head) for text in head]]
    shown = trial.permits[: c.budget_lines]  # as many as budget lines: the card is one page
    for permit in shown:
        row: list[Any] = [para(pick(labels, "permit_kinds", permit.kind), c.cell)]
        for value in (permit.needed, permit.applied, permit.granted):
            mark = permit_mark(value)
            row.append(Paragraph(f'<font color="{_MARK_INK[mark]}">{mark}</font>', c.mark))
        who = [clip(permit.by_whom, 90)] if permit.by_whom.strip() else []
        if permit.date:
            who[-1:] = [", ".join([*who[-1:], date_text(permit.date, labels)])]
        cell: list[Flowable] = [para(line, c.cell) for line in who]
        if permit.note.strip():
            cell.append(para(clip(permit.note, 90), c.small))
        row.append(cell)
        rows.append(row)
    left = len(trial.permits) - len(shown)
    if left:
        rows.append([para(fill(labels.more_lines, f"… +{left}", count=str(left)), c.small)])
        rows[-1] += [""] * (len(head) - 1)
    mark_w = max(widest(head[1:4], BOLD, c.head.fontSize), 8 * mm) + 2 * _PAD + 1
    kinds = [pick(labels, "permit_kinds", p.kind) for p in shown]
    kind = max(widest(kinds, REGULAR, c.cell.fontSize), widest(head[:1], BOLD, c.head.fontSize))
    kind_w = min(kind + 2 * _PAD + 1, 52 * mm)
    widths = [kind_w, mark_w, mark_w, mark_w, None]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    if left:
        table.setStyle(TableStyle([("SPAN", (0, -1), (-1, -1))]))
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                *padding(_PAD, _PAD, 2, 2.5),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, st.INK),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [st.ZEBRA, None]),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, st.RULE),
            ]
        )
    )
    return [heading, table, para(labels.marks, c.small)]


def _hypothesis_box(trial: Trial, c: _Card) -> Table:
    sentence = Paragraph(hypothesis_markup(trial, c.labels, c.limit // 2), c.sentence)
    label = para(c.labels.hypothesis.upper(), ParagraphStyle("h", parent=c.label, spaceBefore=0))
    box = Table([[[label, sentence]]], colWidths=[BODY_WIDTH], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BOX_FILL),
                ("BOX", (0, 0), (-1, -1), 1.6, BOX_FRAME),
                *padding(4 * mm, 4 * mm, 2.5 * mm, 3.5 * mm),
            ]
        )
    )
    return box


def _card(snapshot: ProjectSnapshot, trial: Trial, c: _Card) -> list[Flowable]:
    labels = c.labels
    project = snapshot.project.name.strip() or labels.untitled
    kicker = [labels.document_title.upper(), project]
    number = len(version_chain(snapshot.trials, trial.uuid))
    if number > 1:
        kicker.insert(1, fill(labels.version, f"v{number}", number=str(number)))
    story: list[Flowable] = [
        para("  ·  ".join(kicker), c.kicker),
        para(clip(trial_title(trial, labels), 160), c.title),
        Paragraph(status_markup(trial, labels), c.status),
    ]
    if trial.place.strip():
        place = f"<b>{markup(labels.fields.get('place', 'Place'))}:</b> "
        story.append(Paragraph(place + markup(clip(trial.place, c.limit // 2)), c.status))
    story += [Spacer(0, 3.5 * mm * c.scale), _hypothesis_box(trial, c), Spacer(0, 1.5 * mm)]
    fields = labels.fields
    left = _idea(snapshot, trial, c)
    left += _labelled(fields.get("strategic_aim", ""), _text(trial.strategic_aim, c), c)
    names = actor_names(snapshot, trial.responsible)
    left += _labelled(fields.get("responsible", ""), _text(", ".join(names), c), c)
    right = _labelled(fields.get("materials", ""), _text(trial.materials, c), c)
    right += _labelled(fields.get("budget", ""), _budget(trial, c), c)
    story.append(_two_columns(left, right))
    story += [Spacer(0, 1.5 * mm), *_permits(trial, c), Spacer(0, 1.5 * mm)]
    criteria = _labelled(fields.get("success_criteria", ""), _text(trial.success_criteria, c), c)
    plan = _labelled(fields.get("measurement_plan", ""), _text(trial.measurement_plan, c), c)
    if criteria or plan:
        story.append(_two_columns(criteria, plan))
    return story


def _height(story: Sequence[Flowable]) -> float:
    total = 0.0
    for index, flowable in enumerate(story):
        total += flowable.wrap(BODY_WIDTH, BODY_HEIGHT)[1] + flowable.getSpaceAfter()
        if index:
            total += flowable.getSpaceBefore()
    return total


def card_flowables(
    snapshot: ProjectSnapshot, trial: Trial, labels: TrialCardLabels
) -> list[Flowable]:
    """One card that fits one page: the first of :data:`_STEPS` whose card fits, else the
    smallest, scaled down to the page."""
    story: list[Flowable] = []
    for step in _STEPS:
        story = _card(snapshot, trial, _card_styles(labels, step))
        if _height(story) <= BODY_HEIGHT - 2:
            return story
    return [KeepInFrame(BODY_WIDTH, BODY_HEIGHT - 2, story, mode="shrink")]


def build_trial_pdf(
    story: Callable[[], list[Flowable]],
    out: pathlib.Path | BinaryIO,
    snapshot: ProjectSnapshot,
    trials: Sequence[Trial],
    labels: TrialLabelsBase,
    footer: str,
    **options: Unpack[Options],
) -> None:
    """Lay out a card or report story (A4 portrait) with the project's name in the header.
    Metadata title: the document's and the one test's title, or the project's name."""
    detail = plain(trial_title(trials[0], labels)) if len(trials) == 1 else None
    furniture = project_furniture(
        labels, snapshot.project.name, footer, detail=detail, look=snapshot.project
    )
    build_pdf(story, out, furniture, **options)


def _cards(
    snapshot: ProjectSnapshot, trials: Sequence[Trial], labels: TrialCardLabels, options: Options
) -> list[Flowable]:
    story: list[Flowable] = []
    for index, trial in enumerate(trials):
        check_cancelled(options)
        if index:
            story.append(PageBreak())
        story += card_flowables(snapshot, trial, labels)
    if not trials:
        story.append(para(labels.no_tests, st.make_styles().body))
    return story


def write_trial_cards(
    snapshot: ProjectSnapshot,
    labels: TrialCardLabels,
    out: pathlib.Path | BinaryIO,
    *,
    trial_uuids: Sequence[str] | None = None,
    **options: Unpack[Options],
) -> None:
    """Write one A4 card per test (those in ``trial_uuids``, else all, in lineage order).

    Raises :class:`LookupError` for an unknown test id and
    :class:`workshop_app.export.Cancelled` when ``is_cancelled()`` turns true (nothing is then
    written). A project without tests gives one page that says so.
    """
    trials = selected_trials(snapshot.trials, trial_uuids)
    day = date_text(today_of(options), labels)
    footer = fill(labels.printed, day, date=day)
    story = partial(_cards, snapshot, trials, labels, options)
    build_trial_pdf(story, out, snapshot, trials, labels, footer, **options)
