"""The dot-voting sheet: the ideas to vote on, each with room for dots, and a few empty rows for
ideas of the room's own. The ideas are the idea bank's (merged ideas left out), in its order;
for a meeting, the ideas of that meeting's vote when it had one."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from workshop_app.domain.model import MeetingWithAgenda, ProjectSnapshot
from workshop_app.domain.trials import Idea
from workshop_app.export import styles as st
from workshop_app.export.blocks import Cell, base_commands, padding
from workshop_app.export.flowables import FlowingTable
from workshop_app.export.forms.page import WIDTH, FormDoc
from workshop_app.export.meeting_record import voted_ideas
from workshop_app.export.text import blocks, para

#: Room for a row of sticky dots.
DOT_ROW = 17 * mm
DOTS_WIDTH = 62 * mm
NUMBER_WIDTH = 12 * mm
#: Empty rows for ideas written in by hand.
OWN_ROWS = 3


def ideas_to_vote(snapshot: ProjectSnapshot, meeting: MeetingWithAgenda | None) -> list[Idea]:
    """The idea bank's open ideas, or those of the meeting's vote (in the bank's order)."""
    book = snapshot.trials
    open_ideas = [i for i in book.ideas if i.merged_into is None]
    if meeting is None:
        return open_ideas
    voted = {idea.uuid for idea, _ in voted_ideas(snapshot, meeting.meeting.uuid)}
    return [i for i in open_ideas if i.uuid in voted] or open_ideas


def story(doc: FormDoc, meeting: MeetingWithAgenda | None) -> list[Flowable]:
    labels, s = doc.labels, doc.s
    ideas = ideas_to_vote(doc.snapshot, meeting)
    big = ParagraphStyle("vote-cell", parent=s.cell, fontSize=12, leading=15)
    big_bold = st.bold("vote-idea", big, 12, 15)
    out: list[Flowable] = [para(labels.vote_hint, s.body)]
    if not ideas:
        out.append(para(labels.no_ideas, s.body))
    head: list[Cell] = [
        para(labels.number, s.cell_head),
        para(labels.idea, s.cell_head),
        para(labels.dots, s.cell_head),
    ]
    data: list[list[Cell]] = [head]
    for number, idea in enumerate(ideas, start=1):
        data.append([para(str(number), big), blocks(idea.title or "–", big_bold), _room()])
    for _ in range(OWN_ROWS):
        data.append(["", para(labels.own_idea, s.cell), _room()])
    table = FlowingTable(
        data,
        colWidths=[NUMBER_WIDTH, WIDTH - NUMBER_WIDTH - DOTS_WIDTH, DOTS_WIDTH],
        repeatRows=1,
        hAlign="LEFT",
    )
    commands = [
        *base_commands(),
        *padding(5, top=4, bottom=5),
        ("GRID", (0, 0), (-1, -1), 0.6, st.INK),
        ("BACKGROUND", (0, 0), (-1, 0), st.ZEBRA),
    ]
    table.setStyle(TableStyle(commands))
    return [*out, Spacer(0, 2 * mm), table]


def _room() -> Flowable:
    """An empty cell that keeps its row at least :data:`DOT_ROW` high (longer titles grow it)."""
    return Spacer(0, DOT_ROW - 9)
