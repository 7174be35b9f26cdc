"""The participants' handout: the meeting that was held — purpose, the agenda as held (with the
minutes added live), attendance in numbers, what came out (ideas with their votes, decisions,
action items), the next meeting and a contact line. Printed before the meeting is held, it is
the plan: date, time, place, purpose and agenda, without attendance and outcome (nothing to say
yet, and "Attendance was not recorded" would read as if the meeting had been).

Personal data: none by default. Organisations present are named (they are not persons); citizens
are numbers; no facilitators, no "responsible" of an agenda item and no "who" of an action item.
``with_names=True`` adds them, and every page then says "Contains personal data".
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.export.blocks import Cell, fill_template, heading, list_table, widest
from workshop_app.export.fonts import BOLD, REGULAR
from workshop_app.export.meeting_blocks import (
    CLOCK_WIDTH,
    TABLE_ROOM,
    MeetingDoc,
    MeetingDocument,
    citizen_table,
    meeting_facts,
    meeting_title,
)
from workshop_app.export.meeting_labels import (
    MeetingLabels,
    format_date,
)
from workshop_app.export.meeting_record import (
    HeldItem,
    actors_present,
    citizen_grid,
    following_meeting,
    held_agenda,
    held_minutes,
    span,
    voted_ideas,
)
from workshop_app.export.text import blocks, markup, para

__all__ = ["HandoutLabels", "format_date", "write_handout"]

#: The handout's labels are the meeting documents' labels (one vocabulary for both).
HandoutLabels = MeetingLabels


def _agenda(held: list[HeldItem], ctx: MeetingDoc) -> list[Flowable]:
    labels, s = ctx.labels, ctx.s
    clock = ctx.entry.meeting.start_time is not None
    head: list[Cell] = [para(labels.item, s.cell_head), para(labels.minutes, s.cell_head_right)]
    widths = [0.0, 20 * mm]
    extra = [para(labels.method, s.cell_head)]
    if ctx.with_names:
        extra.append(para(labels.responsible, s.cell_head))
    head += extra
    widths += [0.0] * len(extra)
    rows: list[list[Cell]] = []
    for h in held:
        minutes = f"{h.planned_min} (+{h.extra_min})" if h.extra_min else str(h.planned_min)
        row: list[Cell] = [blocks(h.item.title, s.cell), para(minutes, s.cell_right)]
        row.append(blocks(h.item.method, s.cell))
        if ctx.with_names:
            row.append(blocks(h.item.responsible, s.cell))
        rows.append([para(span(h.start, h.end), s.cell), *row] if clock else row)
    total: list[Cell] = [
        Paragraph(f"<b>{markup(labels.total)}</b>", s.cell),
        Paragraph(f"<b>{held_minutes(held)}</b>", s.cell_right),
        *([""] * len(extra)),
    ]
    if clock:
        head.insert(0, para(labels.clock, s.cell_head))
        widths.insert(0, CLOCK_WIDTH)
        total.insert(0, "")
    out: list[Flowable] = [list_table(head, rows, widths, ctx.width, total=total)]
    if any(h.extra_min for h in held):
        out.append(para(labels.extra_note, s.small))
    return out


def _attendance(ctx: MeetingDoc) -> list[Flowable]:
    labels, s = ctx.labels, ctx.s
    out: list[Flowable] = heading(labels.attendance, s.heading)
    actors = actors_present(ctx.snapshot, ctx.entry)
    grid = citizen_grid(ctx.entry)
    if not actors and not grid:
        return [*out, para(labels.no_attendance, s.body)]
    if actors:
        count = str(len(actors))
        out.append(para(fill_template(labels.organisations, count, count=count), s.label))
        names = ", ".join(a.name.strip() for a in actors if a.name.strip())
        out.extend(blocks(names, s.body))
    if grid:
        count = str(sum(grid.values()))
        out.append(para(fill_template(labels.citizens_counted, count, count=count), s.label))
        out.append(citizen_table(grid, labels, s, ctx.width))
    return out


def _ideas(ctx: MeetingDoc) -> list[Flowable]:
    labels, s = ctx.labels, ctx.s
    ideas = voted_ideas(ctx.snapshot, ctx.entry.meeting.uuid)
    if not ideas:
        return []
    head: list[Cell] = [para(labels.idea, s.cell_head), para(labels.votes, s.cell_head_right)]
    rows: list[list[Cell]] = [
        [blocks(idea.title, s.cell), para(str(votes), s.cell_right)] for idea, votes in ideas
    ]
    return [
        *heading(labels.ideas, s.subheading, TABLE_ROOM),
        list_table(head, rows, [0.0, 20 * mm], ctx.width),
    ]


def _decisions(ctx: MeetingDoc) -> list[Flowable]:
    decisions = ctx.entry.decisions
    if not decisions:
        return []
    out = heading(ctx.labels.decisions, ctx.s.subheading)
    for number, decision in enumerate(decisions, start=1):
        out.extend(blocks(f"{number}. {decision.text}", ctx.s.body))
    return out


def _actions(ctx: MeetingDoc) -> list[Flowable]:
    labels, s = ctx.labels, ctx.s
    actions = ctx.entry.actions
    if not actions:
        return []
    head: list[Cell] = [para(labels.what, s.cell_head)]
    widths = [0.0]
    if ctx.with_names:
        head.append(para(labels.who, s.cell_head))
        widths.append(0.0)
    head += [para(labels.due, s.cell_head), para(labels.done, s.cell_head)]
    dues = [format_date(a.due, labels) if a.due else "" for a in actions]
    for texts, words in ((dues, labels.due), ([labels.done_mark], labels.done)):
        width = max(widest(texts, REGULAR, s.cell.fontSize), widest([words], BOLD, 9.5))
        widths.append(min(width + 11, ctx.width / 4))  # the text, its padding and a point
    rows: list[list[Cell]] = []
    for action, due in zip(actions, dues, strict=True):
        row: list[Cell] = [blocks(action.what, s.cell)]
        if ctx.with_names:
            row.append(blocks(action.who, s.cell))
        mark = labels.done_mark if action.done else ""
        rows.append([*row, para(due, s.cell), para(mark, s.cell)])
    return [
        *heading(labels.actions, s.subheading, TABLE_ROOM),
        list_table(head, rows, widths, ctx.width),
    ]


def _outcome(ctx: MeetingDoc) -> list[Flowable]:
    parts = [*_ideas(ctx), *_decisions(ctx), *_actions(ctx)]
    if not parts:
        return [para(ctx.labels.nothing_recorded, ctx.s.body)]
    return parts


def _next_meeting(ctx: MeetingDoc) -> list[Flowable]:
    labels, s = ctx.labels, ctx.s
    out = heading(labels.next_meeting, s.heading)
    following = following_meeting(ctx.snapshot, ctx.entry)
    if following is None:
        return [*out, para(labels.no_next_meeting, s.body)]
    out.append(para(meeting_title(following, labels), s.label))
    out.append(meeting_facts(following, labels, s, held=False))
    return out


def contact_text(snapshot: ProjectSnapshot, labels: MeetingLabels) -> str:
    """The project's name and municipality (or town): who to ask, without a person's name."""
    project = snapshot.project
    name = project.name.strip()
    where = project.municipality.strip() or project.town.strip()
    if name and where:
        return fill_template(
            labels.contact_line, f"{name}, {where}", project=name, municipality=where
        )
    return name or where


def story(ctx: MeetingDoc, *, embedded: bool = False) -> list[Flowable]:
    """The handout's flowables: the meeting's title and facts, purpose, the agenda as held,
    attendance, outcome, the next meeting and the contact line. ``embedded`` (a part of another
    document, e.g. the project report): without the document's name above the title and without
    the contact line."""
    labels, s, entry = ctx.labels, ctx.s, ctx.entry
    facilitators = entry.meeting.facilitators
    extra = [(labels.facilitators, facilitators)] if ctx.with_names else []
    story: list[Flowable] = [] if embedded else [para(labels.document_title, s.kicker)]
    story += [
        para(meeting_title(entry, labels), s.title),
        meeting_facts(entry, labels, s, held=ctx.held, extra=extra),
    ]
    if entry.meeting.purpose.strip():
        story += heading(labels.purpose, s.heading)
        story += blocks(entry.meeting.purpose, s.body)
    story += heading(labels.agenda, s.heading, TABLE_ROOM)
    held = held_agenda(entry, with_extra=ctx.held)
    story += _agenda(held, ctx) if held else [para(labels.no_agenda, s.body)]
    if ctx.held:
        story += _attendance(ctx)
        story += [*heading(labels.outcome, s.heading), *_outcome(ctx)]
    story += _next_meeting(ctx)
    contact = "" if embedded else contact_text(ctx.snapshot, labels)
    if contact:
        story += [*heading(labels.contact, s.heading), *blocks(contact, s.body)]
    return story


#: ``write_handout(snapshot, meeting_uuid, labels, out, *, with_names=False, **options)``.
HANDOUT = MeetingDocument(lambda labels: labels.document_title, story)
write_handout = HANDOUT.write
