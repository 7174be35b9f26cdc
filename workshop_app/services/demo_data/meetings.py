"""The demo's meetings: the steering group's kick-off, the citizen meeting held a week ago (issue
13: its attendance, the notes captured live across its agenda, some turned into ideas, action
items and decisions, its dot votes and its ended live state), the next citizen meeting planned
from the template agenda, and a town walk with the property owners.

The content is ``meetings.json`` (see ``data.py`` for its conventions): the meetings in order,
each with its agenda (or the template it is planned from and who is responsible for each item,
in turn), and what the held meeting recorded. Invented like the rest of the demo: no real
people; who does an action item is a role or one of the project's fictional facilitators.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from workshop_app.domain.meetings import (
    ActionItem,
    CitizenCount,
    LiveState,
    MeetingDecision,
    Note,
    agenda_template,
)
from workshop_app.domain.model import AgendaItem, Meeting, MeetingWithAgenda
from workshop_app.domain.trial_model import Idea, Vote
from workshop_app.services.demo_data.data import load, rows
from workshop_app.services.demo_data.ids import _id

#: The meeting that was held (its record is ``meetings.json``'s "held").
HELD = "held"
_NOT_MEETING_FIELDS = ("slug", "agenda", "agenda_template", "responsible")


def _meeting(position: int, entry: dict[str, Any]) -> MeetingWithAgenda:
    """A meeting and its agenda, given or drafted from a template (in Danish)."""
    slug = entry["slug"]
    uuid = _id(slug)
    fields = {key: value for key, value in entry.items() if key not in _NOT_MEETING_FIELDS}
    fields["start_time"] = dt.time.fromisoformat(fields["start_time"])
    if "agenda_template" in entry:
        who = entry["responsible"]
        items = [
            {"title": d.title, "duration_min": d.duration_min, "method": d.method,
             "responsible": who[n % len(who)]}
            for n, d in enumerate(agenda_template(entry["agenda_template"], "da"))
        ]  # fmt: skip
    else:
        items = rows(entry["agenda"])
    agenda = tuple(AgendaItem(_id(f"{slug}/{n}"), uuid, n, **item) for n, item in enumerate(items))
    return MeetingWithAgenda(Meeting(uuid=uuid, position=position, **fields), agenda)


def _held(
    held: MeetingWithAgenda, record: dict[str, Any]
) -> tuple[MeetingWithAgenda, tuple[Idea, ...], tuple[Vote, ...]]:
    """The held meeting with its record, the ideas its notes became and its dot votes."""
    uuid, day, agenda = held.meeting.uuid, held.meeting.date, held.agenda
    assert day is not None and held.meeting.start_time is not None
    start = dt.datetime.combine(day, held.meeting.start_time)
    actions_by_slug = {row["slug"]: row for row in rows(record["actions"])}
    notes: list[Note] = []
    actions: list[ActionItem] = []
    decisions: list[MeetingDecision] = []
    for n, row in enumerate(rows(record["notes"])):
        note_uuid = _id(f"{HELD}/note/{n}")
        kind, slug = row["became"] or ("", "")
        prefix = "idea" if kind == "idea" else f"{HELD}/{kind}"
        target = _id(f"{prefix}/{slug}") if kind else ""
        at = start + dt.timedelta(minutes=row["minutes"], seconds=n * 7 % 50)
        text = row["text"]
        notes.append(Note(note_uuid, uuid, n, agenda[row["item"]].uuid, at, text, kind, target))
        if kind == "action":
            action = actions_by_slug[slug]
            due = day + dt.timedelta(days=action["due_days"])
            actions.append(
                ActionItem(target, uuid, len(actions), text, action["who"], due, action["done"],
                           note_uuid)
            )  # fmt: skip
        elif kind == "decision":
            decisions.append(MeetingDecision(target, uuid, len(decisions), text, note_uuid))
    ideas = tuple(
        Idea(uuid=_id(f"idea/{row['slug']}"), position=0, title=row["title"],
             description=row["description"], origin_meeting=uuid, tags=row["tags"], created=day)
        for row in rows(record["new_ideas"])
    )  # fmt: skip
    votes = tuple(
        Vote(_id(f"vote/{slug}/{HELD}"), _id(f"idea/{slug}"), uuid, dots)
        for slug, dots in record["votes"].items()
    )
    live = record["live"]
    held = dataclasses.replace(
        held,
        citizen_counts=tuple(
            CitizenCount(uuid, row["age_band"], row["group"], row["count"])
            for row in rows(record["citizen_counts"])
        ),
        actors_present=tuple(_id(f"actor/{slug}") for slug in record["actors_present"]),
        notes=tuple(notes),
        actions=tuple(actions),
        decisions=tuple(decisions),
        live=LiveState(
            uuid,
            started_at=start,
            item_uuid=agenda[-1].uuid,
            item_started_at=start + dt.timedelta(minutes=live["item_started_after_min"]),
            paused_at=None,
            paused_s=0,
            ended_at=start + dt.timedelta(seconds=live["ended_after_s"]),
        ),
    )
    return held, ideas, votes


def demo_meetings(
    today: dt.date,
) -> tuple[tuple[MeetingWithAgenda, ...], tuple[Idea, ...], tuple[Vote, ...]]:
    """The demo's meetings in order, with the ideas and dot votes of the held one."""
    data = load("meetings", today)
    meetings = [_meeting(position, entry) for position, entry in enumerate(data["meetings"])]
    index = next(n for n, entry in enumerate(data["meetings"]) if entry["slug"] == HELD)
    meetings[index], ideas, votes = _held(meetings[index], data["held"])
    return tuple(meetings), ideas, votes
