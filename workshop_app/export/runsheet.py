"""The facilitator's run-sheet, printed before the meeting: the facts, the purpose, the agenda
with clock times, methods, materials, notes and who is responsible, what to bring, an attendance
checklist of the register's actors and an empty age × group grid to count citizens into.

It is the facilitator's copy: facilitators, responsible persons and the actors' contact persons
are on it, so it says "Facilitator's copy" and every page "Contains personal data".
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from workshop_app.export import meeting_blocks as mb
from workshop_app.export import meeting_record as rec
from workshop_app.export.blocks import Cell, heading, list_table
from workshop_app.export.text import blocks, markup, para

#: An empty box to tick, and a ticked one (actors already marked present).
BOX, TICKED = "☐", "☑"


def _item_cell(item: rec.HeldItem, ctx: mb.MeetingDoc) -> list[Flowable]:
    """The item's title, then its method, materials and notes, each under a small label."""
    s, labels = ctx.s, ctx.labels
    cell: list[Flowable] = [Paragraph(f"<b>{markup(item.item.title)}</b>", s.cell)]
    for label, text in (
        (labels.method, item.item.method),
        (labels.materials, item.item.materials),
        (labels.notes, item.item.notes),
    ):
        if text.strip():
            cell.append(para(label, ctx.s.small))
            cell += blocks(text, s.cell)
    return cell


def _agenda(held: list[rec.HeldItem], ctx: mb.MeetingDoc) -> Flowable:
    labels, s = ctx.labels, ctx.s
    head: list[Cell] = [
        para(labels.clock, s.cell_head),
        para(labels.item, s.cell_head),
        para(labels.minutes, s.cell_head_right),
        para(labels.responsible, s.cell_head),
    ]
    rows: list[list[Cell]] = [
        [
            para(rec.span(h.start, h.end), s.cell),
            _item_cell(h, ctx),
            para(str(h.planned_min), s.cell_right),
            blocks(h.item.responsible, s.cell),
        ]
        for h in held
    ]
    total: list[Cell] = [
        "",
        Paragraph(f"<b>{markup(labels.total)}</b>", s.cell),
        Paragraph(f"<b>{rec.held_minutes(held)}</b>", s.cell_right),
        "",
    ]
    widths = [mb.CLOCK_WIDTH, 0.0, 14 * mm, 0.0]
    return list_table(head, rows, widths, ctx.width, total=total)


def _bring(held: list[rec.HeldItem], ctx: mb.MeetingDoc) -> list[Flowable]:
    """Every line of every item's materials once, in agenda order."""
    seen: dict[str, None] = {}
    for h in held:
        for line in h.item.materials.splitlines():
            if line.strip():
                seen.setdefault(line.strip(), None)
    if not seen:
        return []
    out = heading(ctx.labels.bring, ctx.s.heading)
    for line in seen:
        out += blocks(f"{BOX} {line}", ctx.s.body)
    return out


def _checklist(ctx: mb.MeetingDoc) -> list[Flowable]:
    labels, s = ctx.labels, ctx.s
    out = heading(labels.checklist, s.heading, mb.TABLE_ROOM)
    actors = ctx.snapshot.actors.actors
    if not actors:
        return [*out, para(labels.no_actors, s.body)]
    present = set(ctx.entry.actors_present)
    head: list[Cell] = [
        para(labels.present, s.cell_head),
        para(labels.organisation, s.cell_head),
        para(labels.contact_person, s.cell_head),
    ]
    box = ParagraphStyle("runsheet-box", parent=s.cell, fontSize=14, leading=15)
    rows: list[list[Cell]] = [
        [
            para(TICKED if a.uuid in present else BOX, box),
            blocks(a.name.strip() or labels.not_set, s.cell),
            blocks(a.person_name, s.cell),
        ]
        for a in actors
    ]
    return [*out, list_table(head, rows, [20 * mm, 0.0, 0.0], ctx.width)]


def _story(ctx: mb.MeetingDoc) -> list[Flowable]:
    labels, s, entry = ctx.labels, ctx.s, ctx.entry
    facilitators = entry.meeting.facilitators
    story: list[Flowable] = [
        para(f"{labels.runsheet_title} · {labels.facilitators_copy}", s.kicker),
        para(mb.meeting_title(entry, labels), s.title),
        mb.meeting_facts(entry, labels, s, held=False, extra=[(labels.facilitators, facilitators)]),
    ]
    if entry.meeting.purpose.strip():
        story += heading(labels.purpose, s.heading)
        story += blocks(entry.meeting.purpose, s.body)
    story += heading(labels.agenda, s.heading, mb.TABLE_ROOM)
    held = rec.held_agenda(entry, with_extra=False)
    story += [_agenda(held, ctx)] if held else [para(labels.no_agenda, s.body)]
    story += _bring(held, ctx)
    story += _checklist(ctx)
    story += heading(labels.tally, s.heading, mb.TABLE_ROOM)
    story.append(mb.citizen_table(None, labels, s, ctx.width))
    return story


#: ``write_runsheet(snapshot, meeting_uuid, labels, out, **options)``: names are always on it.
RUNSHEET = mb.MeetingDocument(lambda labels: labels.runsheet_title, _story, names_always=True)
write_runsheet = RUNSHEET.write
