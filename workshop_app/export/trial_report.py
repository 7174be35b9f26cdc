"""The test report (phase 3): plan, evidence with charts, and decisions, per test.

Each test starts a page: its title and status, then a framed verdict computed from the evidence
("During the test 38 % more people passed per hour than before …; 24 of 40 reactions positive"),
so a council member sees at a glance whether the evidence supports the decision. Then the plan
(hypothesis, aim, place, dates, status history), the evidence (people passing and staying per hour
before / during / after, feedback by sentiment, top themes, a few quotes, the count sessions),
the decisions with the evidence each rests on, and the test's lineage. With several tests, a first
page lists them.

Personal data: none. Counts are numbers; feedback has no names (quotes are printed as typed, see
``domain/trials.py``); actors appear by their organisation's name.
"""

from __future__ import annotations

import datetime as dt
import pathlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, BinaryIO, Unpack

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Table,
    TableStyle,
)

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.domain.numbers import whole_percents
from workshop_app.domain.trials import (
    CountSession,
    Decision,
    Feedback,
    PhaseSummary,
    Trial,
    TrialBook,
    TrialSummary,
    trial_summary,
    version_chain,
)
from workshop_app.domain.vocabulary import COUNT_PHASES, SENTIMENTS, STAY_ACTIVITIES, TRAVEL_MODES
from workshop_app.export import styles as st
from workshop_app.export.blocks import base_commands, column_widths, padding
from workshop_app.export.charts import (
    SENTIMENT_FILLS,
    BarRow,
    ChartSeries,
    grouped_bars,
    horizontal_bars,
)
from workshop_app.export.document import Options, check_cancelled, today_of
from workshop_app.export.flowables import FlowingTable
from workshop_app.export.fonts import BOLD, REGULAR
from workshop_app.export.text import blocks, markup, para, plain
from workshop_app.export.trial_card import (
    BODY_WIDTH,
    BOX_FILL,
    BOX_FRAME,
    actor_names,
    amount_text,
    build_trial_pdf,
    date_text,
    fill,
    hypothesis_markup,
    number_text,
    period_text,
    pick,
    selected_trials,
    status_markup,
    trial_title,
)
from workshop_app.export.trial_labels import TrialReportLabels, sentiment_count

_DEFAULTS = TrialReportLabels()


# -- the verdict -------------------------------------------------------------------------------


def _filled(labels: TrialReportLabels, name: str, **values: str) -> str:
    """The label ``name`` with ``values`` filled in (the English one if a translation breaks)."""
    return fill(getattr(labels, name), fill(getattr(_DEFAULTS, name), "", **values), **values)


def _compare(
    first: PhaseSummary | None, then: PhaseSummary | None, kind: str, labels: TrialReportLabels
) -> str | None:
    """People ``kind`` (``passing`` or ``staying``) per hour during the test against before."""
    before = getattr(first, f"{kind}_per_hour") if first else None
    during = getattr(then, f"{kind}_per_hour") if then else None
    if before is None or during is None or before <= 0:
        return None
    change = round(100 * (during - before) / before)
    index = 0 if change > 0 else 1 if change < 0 else 2
    values = {
        "percent": str(abs(change)),
        "during": number_text(during, labels),
        "before": number_text(before, labels),
    }
    return _filled(labels, f"verdict_{kind}_{('more', 'fewer', 'same')[index]}", **values)


def verdict(summary: TrialSummary, labels: TrialReportLabels) -> list[str]:
    """Short sentences on what the evidence says: people passing and staying per hour during
    the test against before, the share of positive reactions, and the latest decision."""
    before, during = summary.counts.get("before"), summary.counts.get("during")
    out: list[str] = []
    passing = _compare(before, during, "passing", labels)
    staying = _compare(before, during, "staying", labels)
    counted = [p for p in summary.counts.values() if p.counted]
    if passing is None and staying is None and len(counted) == 1:
        only = counted[0]
        values = {
            "phase": pick(labels, "phases", only.phase),
            "passing": number_text(only.passing_per_hour or 0.0, labels),
            "staying": number_text(only.staying_per_hour or 0.0, labels),
        }
        out.append(_filled(labels, "verdict_one_phase", **values))
    elif passing is None and staying is None:
        out.append(labels.verdict_no_compare)
    out += [line for line in (passing, staying) if line]
    if summary.feedback_total:
        values = {
            "positive": str(summary.sentiment.get("positive", 0)),
            "negative": str(summary.sentiment.get("negative", 0)),
            "neutral": str(summary.sentiment.get("neutral", 0)),
            "total": str(summary.feedback_total),
        }
        one = values["negative"] == "1"
        out.append(_filled(labels, "verdict_feedback_one" if one else "verdict_feedback", **values))
    else:
        out.append(labels.no_feedback)
    if summary.decisions:
        last = summary.decisions[-1]
        values = {
            "date": date_text(last.date, labels),
            "kind": pick(labels, "decision_kinds", last.kind),
        }
        out.append(_filled(labels, "verdict_decision", **values))
    return out


# -- layout ------------------------------------------------------------------------------------

_PAD = 3.5
_GAP = 8 * mm
_HALF = (BODY_WIDTH - _GAP) / 2


@dataclass(frozen=True)
class _Ctx(st.Dense):
    labels: TrialReportLabels
    snapshot: ProjectSnapshot
    body: ParagraphStyle
    cell_right: ParagraphStyle
    head_right: ParagraphStyle
    sub: ParagraphStyle
    title: ParagraphStyle
    kicker: ParagraphStyle
    verdict: ParagraphStyle
    quote: ParagraphStyle


def _context(labels: TrialReportLabels, snapshot: ProjectSnapshot) -> _Ctx:
    dense = st.dense("report", 5 * mm)
    s, cell, head = dense.s, dense.cell, dense.head
    body = ParagraphStyle("report-body", parent=s.body, fontSize=10, leading=13)
    return _Ctx(
        **vars(dense),
        labels=labels,
        snapshot=snapshot,
        body=body,
        cell_right=ParagraphStyle("report-cell-r", parent=cell, alignment=2),
        head_right=ParagraphStyle("report-head-r", parent=head, alignment=2),
        sub=ParagraphStyle(
            "report-sub",
            parent=s.label,
            fontSize=10,
            leading=12.5,
            spaceBefore=1 * mm,
            spaceAfter=1.5 * mm,
            keepWithNext=1,
        ),
        title=ParagraphStyle(
            "report-title", parent=s.title, fontSize=20, leading=24, spaceAfter=1.5 * mm
        ),
        kicker=ParagraphStyle("report-kicker", parent=s.kicker, spaceAfter=1.5 * mm),
        verdict=ParagraphStyle(
            "report-verdict", parent=body, fontSize=10.5, leading=14, spaceAfter=1
        ),
        quote=ParagraphStyle(
            "report-quote",
            parent=body,
            fontName="DejaVuSans-Oblique",
            leftIndent=4 * mm,
            spaceAfter=0,
        ),
    )


def _table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    ctx: _Ctx,
    *,
    head: Sequence[Any] | None = None,
    total: float = BODY_WIDTH,
) -> Flowable:
    """A table of Paragraph cells (heading row repeated on each page, zebra rows); ``widths``
    in points, 0 for a column that shares the rest by its text."""
    body = [list(head), *map(list, rows)] if head else [list(r) for r in rows]
    table = FlowingTable(
        body,
        colWidths=column_widths(widths, body, total, _PAD),
        repeatRows=1 if head else 0,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        *base_commands(),
        *padding(_PAD, _PAD, 2.5, 3),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, st.RULE),
    ]
    if head:
        commands += [
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, st.INK),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [st.ZEBRA, None]),
        ]
    else:
        commands.append(("LINEBELOW", (0, 0), (-1, -2), 0.3, st.ZEBRA))
    table.setStyle(TableStyle(commands))
    return table


def _side_by_side(left: Sequence[Flowable], right: Sequence[Flowable]) -> Table:
    table = Table([[list(left), "", list(right)]], colWidths=[_HALF, _GAP, _HALF], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *padding(0, top=0),
            ]
        )
    )
    return table


def _verdict_box(summary: TrialSummary, ctx: _Ctx) -> Table:
    label = ParagraphStyle("report-glance", parent=ctx.s.kicker, spaceAfter=1 * mm)
    lines: list[Flowable] = [para(ctx.labels.at_a_glance.upper(), label)]
    lines += [para(f"•  {line}", ctx.verdict) for line in verdict(summary, ctx.labels)]
    box = Table([[lines]], colWidths=[BODY_WIDTH], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BOX_FILL),
                ("LINEBEFORE", (0, 0), (0, -1), 3.5, BOX_FRAME),
                *padding(4 * mm, 4 * mm, 2.5 * mm, 3 * mm),
            ]
        )
    )
    return box


# -- plan --------------------------------------------------------------------------------------


def unbroken(text: str) -> str:
    """``text`` (a date, or a period "3. december 2026 – 17. december 2026") with non-breaking
    spaces: never "24." at a line's end and "november" on the next; a period breaks at its dash
    only."""
    return text.replace(" ", "\u00a0").replace("\u00a0–\u00a0", " – ")


def _history(trial: Trial, labels: TrialReportLabels) -> str:
    return "  ·  ".join(
        f"{pick(labels, 'statuses', change.status)} {unbroken(date_text(change.date, labels))}"
        for change in trial.history
    )


def _plan(trial: Trial, ctx: _Ctx) -> list[Flowable]:
    labels, fields = ctx.labels, ctx.labels.fields
    label = ParagraphStyle("report-fact-label", parent=ctx.head, textColor=st.MUTED)

    def field(key: str, default: str) -> str:
        return fields.get(key) or _DEFAULTS.fields.get(key, default)

    rows: list[list[Any]] = [
        [para(labels.hypothesis, label), Paragraph(hypothesis_markup(trial, labels), ctx.cell)]
    ]

    def add(name: str, text: str) -> None:
        if text.strip():
            rows.append([para(name, label), blocks(text, ctx.cell)])

    add(field("strategic_aim", "Strategic aim"), trial.strategic_aim)
    add(field("place", "Place"), trial.place)
    add(
        field("responsible", "Responsible actors"),
        ", ".join(actor_names(ctx.snapshot, trial.responsible)),
    )
    if trial.budget:
        money = amount_text(trial.budget_total, labels)
        if trial.in_kind_total:
            kind = amount_text(trial.in_kind_total, labels)
            money += ", " + fill(labels.of_which_in_kind, f"+ {kind}", amount=kind)
        add(field("budget", "Budget"), money)
    add(field("success_criteria", "Success criteria"), trial.success_criteria)
    add(field("measurement_plan", "Measurement plan"), trial.measurement_plan)
    add(labels.status_history, _history(trial, labels))
    label_width = 34 * mm
    return [para(labels.plan, ctx.heading), _table(rows, [label_width, 0.0], ctx)]


# -- evidence ----------------------------------------------------------------------------------


def _per_hour(values: Sequence[float] | None, width: int) -> list[float | None]:
    """Per-hour values of the blocks that were counted; ``None`` each when none were."""
    return [None] * width if values is None else list(values)


def _count_charts(summary: TrialSummary, ctx: _Ctx) -> list[Flowable]:
    labels = ctx.labels
    phases = [summary.counts[p] for p in COUNT_PHASES if p in summary.counts]
    if not any(p.sessions for p in phases):
        return [para(labels.no_counts, ctx.body)]
    groups = [pick(labels, "phases", p.phase) for p in phases]

    def number(value: float) -> str:
        return number_text(value, labels)

    passing = [
        ChartSeries(
            pick(labels, "modes", mode),
            tuple(
                _per_hour(p.passing_per_hour_by_mode(), len(TRAVEL_MODES))[index] for p in phases
            ),
        )
        for index, mode in enumerate(TRAVEL_MODES)
    ]
    staying = [
        ChartSeries(
            pick(labels, "activities", activity),
            tuple(
                _per_hour(p.staying_per_hour_by_activity(), len(STAY_ACTIVITIES))[index]
                for p in phases
            ),
        )
        for index, activity in enumerate(STAY_ACTIVITIES)
    ]
    height = 58 * mm
    left = [
        para(labels.passing_chart, ctx.sub),
        grouped_bars(groups, passing, _HALF, height, number=number, missing=labels.not_counted),
    ]
    right = [
        para(labels.staying_chart, ctx.sub),
        grouped_bars(groups, staying, _HALF, height, number=number, missing=labels.not_counted),
    ]
    return [_side_by_side(left, right)]


def _feedback_charts(summary: TrialSummary, ctx: _Ctx) -> list[Flowable]:
    labels = ctx.labels
    if not summary.feedback_total:
        return [para(labels.no_feedback, ctx.body)]
    rows = []
    keys = [k for k in (*SENTIMENTS, "") if k or summary.sentiment.get(k, 0)]
    counts = [summary.sentiment.get(key, 0) for key in keys]
    # The same rounding as on screen (domain/numbers.py): equal counts, equal per cents.
    for key, count, whole_percent in zip(keys, counts, whole_percents(counts), strict=True):
        name = pick(labels, "sentiments", key) if key else labels.no_sentiment
        percent = str(whole_percent)
        text = fill(labels.share, f"{count} · {percent} %", count=str(count), percent=percent)
        rows.append(BarRow(name, count, text, SENTIMENT_FILLS[key]))
    left: list[Flowable] = [para(labels.sentiment_chart, ctx.sub), horizontal_bars(rows, _HALF)]
    right: list[Flowable] = [para(labels.themes_chart, ctx.sub)]
    if summary.themes:
        themes = [BarRow(tag, n, str(n)) for tag, n in summary.themes[:8]]
        right.append(horizontal_bars(themes, _HALF))
    else:
        right.append(para(labels.no_themes, ctx.muted))
    return [_side_by_side(left, right)]


def pick_quotes(feedback: Sequence[Feedback], most: int = 4) -> list[Feedback]:
    """Up to ``most`` pieces of feedback with a quote, taking turns between sentiments
    (positive, negative, neutral, none) so the quotes show the range of reactions."""
    queues = {
        key: [f for f in feedback if f.quote.strip() and f.sentiment == key]
        for key in ("positive", "negative", "neutral", "")
    }
    out: list[Feedback] = []
    while len(out) < most and any(queues.values()):
        for key in ("positive", "negative", "neutral", ""):
            if queues[key] and len(out) < most:
                out.append(queues[key].pop(0))
    return out


def _quotes(feedback: Sequence[Feedback], ctx: _Ctx) -> list[Flowable]:
    labels = ctx.labels
    chosen = pick_quotes(feedback)
    if not chosen:
        return []
    out: list[Flowable] = [para(labels.quotes, ctx.sub)]
    for item in chosen:
        who = [pick(labels, "sentiments", item.sentiment) if item.sentiment else ""]
        who.append(
            pick(labels, "respondent_groups", item.respondent_group)
            if item.respondent_group
            else ""
        )
        who.append(pick(labels, "age_bands", item.age_band) if item.age_band else "")
        source = " · ".join(w for w in who if w)
        quote = ParagraphStyle("report-q", parent=ctx.quote)
        source_style = ParagraphStyle(
            "report-q-src", parent=ctx.muted, leftIndent=4 * mm, spaceAfter=1.8 * mm
        )
        said = markup(item.quote.strip())
        lines = [Paragraph(fill(labels.quoted, f"“{said}”", text=said), quote)]
        if source:
            lines.append(para(f"— {source}", source_style))
        out.append(KeepTogether(lines))
    return out


def _clock(t: dt.time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


#: A column heading up to this wide stays on one line ("I timen", not "I" over "timen").
_WHOLE_HEAD = 24 * mm


def _fits(texts: Sequence[str], head: str) -> float:
    """A column as wide as its widest value (table text) or its heading: the whole heading when
    it is short (:data:`_WHOLE_HEAD`), else its widest word."""
    whole = stringWidth(" ".join(plain(head).split()), BOLD, st.DENSE_HEAD)
    words = [stringWidth(w, BOLD, st.DENSE_HEAD) for w in plain(head).split()]
    words += [whole] if whole <= _WHOLE_HEAD else []
    values = [stringWidth(plain(t), REGULAR, st.DENSE_CELL) for t in texts]
    return max([*words, *values, 0.0]) + 2 * _PAD + 1


def _session_widths(sessions: Sequence[CountSession], labels: TrialReportLabels) -> list[float]:
    dates = [date_text(s.date, labels) for s in sessions]
    phases = [pick(labels, "phases", s.phase) for s in sessions]
    weather = [pick(labels, "weather", s.weather) for s in sessions if s.weather]
    numbers = [number_text(s.passing_total, labels) for s in sessions]
    return [
        # Date and time share a column (time below the date), which leaves the place its words.
        max(_fits(dates, labels.date), _fits(["00:00–00:00"], labels.time)),
        _fits(phases, labels.phase),
        _fits(weather, labels.weather_column),
        0.0,
        _fits(numbers, labels.passing),
        _fits(numbers, labels.per_hour),
        _fits(numbers, labels.staying),
    ]


def _sessions(sessions: Sequence[CountSession], ctx: _Ctx) -> list[Flowable]:
    if not sessions:
        return []
    labels = ctx.labels
    head = [
        [para(labels.date, ctx.head), para(labels.time, ctx.head)],
        para(labels.phase, ctx.head),
        para(labels.weather_column, ctx.head),
        para(labels.place, ctx.head),
        para(labels.passing, ctx.head_right),
        para(labels.per_hour, ctx.head_right),
        para(labels.staying, ctx.head_right),
    ]
    rows = []
    for session in sessions:
        per_hour = session.passing_total * 60 / session.minutes if session.minutes else None
        place = session.place + (f"\n{session.note}" if session.note.strip() else "")
        lines = place.split("\n")
        cell: list[Flowable] = blocks(lines[0], ctx.cell)
        cell += blocks("\n".join(lines[1:]), ctx.muted)
        rows.append(
            [
                [
                    para(date_text(session.date, labels), ctx.cell),
                    para(f"{_clock(session.start_time)}–{_clock(session.end_time)}", ctx.muted),
                ],
                para(pick(labels, "phases", session.phase), ctx.cell),
                para(pick(labels, "weather", session.weather) if session.weather else "", ctx.cell),
                cell,
                para(number_text(session.passing_total, labels), ctx.cell_right),
                para(
                    number_text(per_hour, labels) if per_hour is not None else "–", ctx.cell_right
                ),
                para(number_text(session.staying_total, labels), ctx.cell_right),
            ]
        )
    return [
        CondPageBreak(30 * mm),
        para(labels.sessions, ctx.sub),
        _table(rows, _session_widths(sessions, labels), ctx, head=head),
    ]


# -- decisions ---------------------------------------------------------------------------------


def _evidence_text(decision: Decision, book: TrialBook, labels: TrialReportLabels) -> str:
    counts = {c.uuid: c for c in book.counts}
    feedback = {f.uuid: f for f in book.feedback}
    parts: list[str] = []
    cited: list[Feedback] = []
    for uuid in decision.evidence:
        if uuid in counts:
            session = counts[uuid]
            day = unbroken(date_text(session.date, labels))
            phase = pick(labels, "phases", session.phase).lower()
            parts.append(fill(labels.evidence_count, f"{day} ({phase})", date=day, phase=phase))
        elif uuid in feedback:
            cited.append(feedback[uuid])
    if cited:
        tally = {key: sum(1 for f in cited if f.sentiment == key) for key in SENTIMENTS}
        detail = ", ".join(sentiment_count(labels, key, n) for key, n in tally.items() if n)
        count = str(len(cited))
        template = labels.evidence_feedback_one if len(cited) == 1 else labels.evidence_feedback
        text = fill(template, f"{count} ({detail})", count=count, sentiments=detail)
        parts.append(text.replace(" ()", ""))
    if not parts:
        return labels.no_evidence
    evidence = ", ".join(parts)
    return fill(labels.rests_on, evidence, evidence=evidence)


def _decisions(trial: Trial, ctx: _Ctx) -> list[Flowable]:
    labels, book = ctx.labels, ctx.snapshot.trials
    decisions = book.decisions_of(trial.uuid)
    out: list[Flowable] = [CondPageBreak(30 * mm), para(labels.decisions, ctx.heading)]
    if not decisions:
        return [*out, para(labels.no_decisions, ctx.body)]
    head = ParagraphStyle("report-decision", parent=ctx.body, fontName=BOLD, spaceAfter=1)
    rests = ParagraphStyle("report-rests", parent=ctx.muted, spaceBefore=1.5)
    for decision in decisions:
        kind = pick(labels, "decision_kinds", decision.kind)
        content: list[Flowable] = [para(f"{date_text(decision.date, labels)}  ·  {kind}", head)]
        content += blocks(decision.reasoning, ctx.cell)
        content.append(para(_evidence_text(decision, book, labels), rests))
        box = FlowingTable([[content]], colWidths=[BODY_WIDTH], hAlign="LEFT", tall_row=120)
        box.setStyle(
            TableStyle(
                [
                    ("LINEBEFORE", (0, 0), (0, -1), 2.5, BOX_FRAME),
                    *padding(3 * mm, 0, 1, 2),
                ]
            )
        )
        out += [box, para("", ParagraphStyle("gap", parent=ctx.body, fontSize=2, leading=3))]
    return out


def lineage_lines(trial: Trial, book: TrialBook, labels: TrialReportLabels) -> list[str]:
    """Where the test sits in the family tree: the idea it tests, which version it is, its
    next versions and the ideas it spawned."""
    out: list[str] = []
    idea = book.idea(trial.idea_uuid) if trial.idea_uuid else None
    if idea is not None:
        title = idea.title.strip() or labels.untitled_idea
        out.append(fill(labels.from_idea, title, idea=title))
    chain = version_chain(book, trial.uuid)
    if len(chain) > 1:
        number, first = str(len(chain)), trial_title(chain[0], labels)
        out.append(fill(labels.version_of, f"v{number}: {first}", number=number, title=first))
    elif book.versions_of(trial.uuid):
        out.append(labels.first_version)
    for later in book.versions_of(trial.uuid):
        number = str(len(version_chain(book, later.uuid)))
        status = pick(labels, "statuses", later.status)
        out.append(fill(labels.retested_in, f"v{number}", number=number, status=status))
    spawned = [
        i.title.strip() or labels.untitled_idea for i in book.ideas if i.origin_trial == trial.uuid
    ]
    if spawned:
        ideas = ", ".join(fill(labels.quoted, f"“{t}”", text=t) for t in spawned)
        out.append(fill(labels.spawned_ideas, ideas, ideas=ideas))
    return out


# -- the document ------------------------------------------------------------------------------


def _test_pages(trial: Trial, ctx: _Ctx) -> list[Flowable]:
    labels, book = ctx.labels, ctx.snapshot.trials
    summary = trial_summary(book, trial.uuid, themes=8)
    kicker = [labels.document_title.upper()]
    chain = version_chain(book, trial.uuid)
    if len(chain) > 1:
        kicker.append(fill(labels.version, f"v{len(chain)}", number=str(len(chain))))
    status = ParagraphStyle("report-status", parent=ctx.body, spaceAfter=3 * mm)
    story: list[Flowable] = [
        para("  ·  ".join(kicker), ctx.kicker),
        para(trial_title(trial, labels), ctx.title),
        Paragraph(status_markup(trial, labels), status),
        _verdict_box(summary, ctx),
    ]
    story += _plan(trial, ctx)
    story += [CondPageBreak(80 * mm), para(labels.evidence, ctx.heading)]
    story += _count_charts(summary, ctx)
    story += [CondPageBreak(40 * mm), *_feedback_charts(summary, ctx)]
    story += _quotes(book.feedback_of(trial.uuid), ctx)
    story += _sessions(book.counts_of(trial.uuid), ctx)
    story += _decisions(trial, ctx)
    lines = lineage_lines(trial, book, labels)
    if lines:
        story += [CondPageBreak(20 * mm), para(labels.lineage, ctx.heading)]
        story.append(para("  ".join(lines), ctx.body))
    return story


def _overview(trials: Sequence[Trial], ctx: _Ctx) -> list[Flowable]:
    labels, book = ctx.labels, ctx.snapshot.trials
    head = [
        para("#", ctx.head),
        para(labels.test, ctx.head),
        para(labels.fields.get("status", "Status"), ctx.head),
        para(labels.at_a_glance, ctx.head),
    ]
    rows = []
    small = ParagraphStyle("report-overview", parent=ctx.cell, fontSize=9, leading=11.5)
    small.spaceAfter = 1.5
    for number, trial in enumerate(trials, start=1):
        chain = len(version_chain(book, trial.uuid))
        title = trial_title(trial, labels)
        if chain > 1:
            title += f" ({fill(labels.version, f'v{chain}', number=str(chain)).lower()})"
        when = unbroken(period_text(trial.start_date, trial.end_date, labels))
        rows.append(
            [
                para(str(number), ctx.cell),
                [
                    para(title, ParagraphStyle("o", parent=ctx.cell, fontName=BOLD)),
                    para(when, ctx.muted),
                ],
                para(pick(labels, "statuses", trial.status), ctx.cell),
                [para(line, small) for line in verdict(trial_summary(book, trial.uuid), labels)],
            ]
        )
    return [
        para(labels.overview, ctx.heading),
        _table(rows, [8 * mm, 52 * mm, 22 * mm, 0.0], ctx, head=head),
    ]


def _title_block(snapshot: ProjectSnapshot, status: str, ctx: _Ctx) -> list[Flowable]:
    labels = ctx.labels
    return [
        para(labels.document_title.upper(), ctx.kicker),
        para(snapshot.project.name.strip() or labels.untitled, ctx.title),
        para(status, ParagraphStyle("report-sub-title", parent=ctx.body, textColor=st.MUTED)),
    ]


def story(
    snapshot: ProjectSnapshot,
    labels: TrialReportLabels,
    status: str,
    trials: Sequence[Trial],
    *,
    embedded: bool = False,
    mark: Callable[[Trial], Flowable] | None = None,
    **options: Unpack[Options],
) -> list[Flowable]:
    """The report's flowables for ``trials``: with several (or none), a title block and the
    overview of the tests, then each test from a new page.

    ``embedded`` (a part of another document): no title block, and the overview whenever there
    are tests; ``mark(trial)`` is put where each test's pages begin (e.g. an anchor for a table of
    contents). ``options``: only ``is_cancelled`` is used.
    """
    ctx = _context(labels, snapshot)
    out: list[Flowable] = []
    if not trials:
        out += [] if embedded else _title_block(snapshot, status, ctx)
        return [*out, para(labels.no_tests, ctx.body)]
    if embedded:
        out += _overview(trials, ctx)
    elif len(trials) > 1:
        out += [*_title_block(snapshot, status, ctx), *_overview(trials, ctx)]
    for trial in trials:
        check_cancelled(options)
        if out:
            out.append(PageBreak())
        if mark is not None:
            out.append(mark(trial))
        out += _test_pages(trial, ctx)
    return out


def write_trial_report(
    snapshot: ProjectSnapshot,
    labels: TrialReportLabels,
    out: pathlib.Path | BinaryIO,
    *,
    trial_uuid: str | None = None,
    **options: Unpack[Options],
) -> None:
    """Write the report of one test (``trial_uuid``) or of all tests in lineage order.

    Raises :class:`LookupError` for an unknown test id and
    :class:`workshop_app.export.Cancelled` when ``is_cancelled()`` turns true (nothing is then
    written). A project without tests gives one page that says so.
    """
    trials = selected_trials(snapshot.trials, None if trial_uuid is None else [trial_uuid])
    day = date_text(today_of(options), labels)
    status = fill(labels.status_of, day, date=day)
    flowables = partial(story, snapshot, labels, status, trials, **options)
    build_trial_pdf(flowables, out, snapshot, trials, labels, status, **options)
