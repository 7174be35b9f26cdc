"""The meeting that was held, in its PDFs: the agenda with the minutes added live, attendance
in numbers, decisions and action items (who only with names), the run-sheet's materials, notes
and ticked actors. Built on issue 13's meeting data (domain/meetings.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

from export_helpers import TODAY, flat_text, make_snapshot, page_texts

from workshop_app.domain import meetings
from workshop_app.domain.actors import Actor, ActorMap
from workshop_app.domain.model import ProjectSnapshot
from workshop_app.export.handout import HandoutLabels, write_handout
from workshop_app.export.runsheet import write_runsheet

FACILITATOR = "Jens Facilitatorsen"
WHO = "Mette Ansvarsen"


def _held(snapshot: ProjectSnapshot | None = None) -> ProjectSnapshot:
    """The helpers' meeting as held: +5 minutes on its second item, two organisations and 23
    citizens present, two decisions, two action items (one done)."""
    snapshot = snapshot or make_snapshot()
    entry = snapshot.meetings[0]
    first, second = entry.agenda
    agenda = (
        dataclasses.replace(first, materials="Navneskilte\nKaffe", notes="Byd velkommen"),
        dataclasses.replace(second, extra_min=5, materials="Kaffe\nPost-its", notes="Fire borde"),
    )
    counts = (
        meetings.CitizenCount("m1", "age_30_64", "resident", 12),
        meetings.CitizenCount("m1", "age_65_plus", "resident", 6),
        meetings.CitizenCount("m1", "age_15_29", "visitor", 5),
        meetings.CitizenCount("m1", "age_0_14", "trader", None),
    )
    actions = (
        meetings.ActionItem(
            uuid="x1", meeting_uuid="m1", position=0, what="Spørg kommunen om bænke",
            who=WHO, due=dt.date(2025, 12, 15), done=False,
        ),
        meetings.ActionItem(
            uuid="x2", meeting_uuid="m1", position=1, what="Send referat", who=WHO, due=None,
            done=True,
        ),
    )  # fmt: skip
    decisions = (
        meetings.MeetingDecision(uuid="d1", meeting_uuid="m1", position=0, text="Vi prøver bænke"),
        meetings.MeetingDecision(uuid="d2", meeting_uuid="m1", position=1, text="Næste møde i maj"),
    )
    held = dataclasses.replace(
        entry,
        meeting=dataclasses.replace(entry.meeting, facilitators=FACILITATOR),
        agenda=agenda,
        citizen_counts=counts,
        actors_present=("a1", "a3"),
        actions=actions,
        decisions=decisions,
    )
    actors = ActorMap(
        actors=(
            Actor(uuid="a1", position=0, name="Handelsforeningen", person_name="Lise Kontakt"),
            Actor(uuid="a2", position=1, name="Borgerforeningen"),
            Actor(uuid="a3", position=2, name="Ungdomsrådet"),
        )
    )
    return dataclasses.replace(snapshot, meetings=(held,), actors=actors)


def _handout(snapshot: ProjectSnapshot, with_names: bool = False) -> str:
    buffer = io.BytesIO()
    write_handout(snapshot, "m1", HandoutLabels(), buffer, with_names=with_names, today=TODAY)
    return flat_text(buffer.getvalue())


def _runsheet(snapshot: ProjectSnapshot) -> str:
    buffer = io.BytesIO()
    write_runsheet(snapshot, "m1", HandoutLabels(), buffer, today=TODAY)
    return flat_text(buffer.getvalue())


def test_the_agenda_as_held_counts_the_minutes_added_live() -> None:
    text = _handout(_held())
    assert "17:15–17:50 Idéer til torvet 30 (+5)" in text
    assert "Total 50" in text and "17:00–17:50 (50 min)" in text
    assert "(+N): minutes added during the meeting." in text


def test_attendance_in_numbers_and_organisations_only() -> None:
    text = _handout(_held())
    assert "Organisations present: 2 Handelsforeningen, Ungdomsrådet" in text
    assert "Borgerforeningen" not in text
    assert "Citizens counted: 23" in text
    assert "30–64 12 0 0 12" in text and "Total 18 5 0 23" in text
    assert "Lise" not in text


def test_decisions_and_action_items_without_who_by_default() -> None:
    text = _handout(_held())
    assert "Decisions 1. Vi prøver bænke 2. Næste møde i maj" in text
    assert "Spørg kommunen om bænke 15 December 2025" in text
    assert "Send referat ✓" in text
    assert WHO not in text and FACILITATOR not in text and "What Who" not in text


def test_names_when_chosen_and_marked() -> None:
    buffer = io.BytesIO()
    write_handout(_held(), "m1", HandoutLabels(), buffer, with_names=True, today=TODAY)
    text = flat_text(buffer.getvalue())
    assert f"Facilitators {FACILITATOR}" in text
    assert f"Spørg kommunen om bænke {WHO} 15 December 2025" in text
    assert all("Contains personal data" in page for page in page_texts(buffer.getvalue()))


def test_the_runsheet_has_materials_notes_facilitators_and_ticks() -> None:
    text = _runsheet(_held())
    assert f"Facilitators {FACILITATOR}" in text
    assert "Velkomst Method Plenum Materials Navneskilte Kaffe Notes Byd velkommen" in text
    assert "17:15–17:45 Idéer til torvet" in text  # the plan: no live minutes
    assert "Materials to bring ☐ Navneskilte ☐ Kaffe ☐ Post-its" in text
    assert "☑ Handelsforeningen Lise Kontakt ☐ Borgerforeningen ☑ Ungdomsrådet" in text


HOSTILE = (
    '<b>fed</b> & R&D </para> <img src="/etc/passwd"> <font size=40>x</font> '
    "😀 \x00\x07\x1b\u202e slut"
)


def test_hostile_text_in_every_new_field_prints_literally() -> None:
    snapshot = _held(make_snapshot(title=HOSTILE, purpose=HOSTILE))
    entry = snapshot.meetings[0]
    agenda = tuple(
        dataclasses.replace(i, title=HOSTILE, method=HOSTILE, materials=HOSTILE, notes=HOSTILE)
        for i in entry.agenda
    )
    entry = dataclasses.replace(
        entry,
        agenda=agenda,
        meeting=dataclasses.replace(entry.meeting, facilitators=HOSTILE, place=HOSTILE),
        actions=tuple(dataclasses.replace(a, what=HOSTILE, who=HOSTILE) for a in entry.actions),
        decisions=tuple(dataclasses.replace(d, text=HOSTILE) for d in entry.decisions),
    )
    actors = ActorMap(
        actors=tuple(
            dataclasses.replace(a, name=HOSTILE, person_name=HOSTILE)
            for a in snapshot.actors.actors
        )
    )
    snapshot = dataclasses.replace(snapshot, meetings=(entry,), actors=actors)
    shown = '<b>fed</b> & R&D </para> <img src="/etc/passwd"> <font size=40>x</font> 😀 slut'
    handout, named, sheet = _handout(snapshot), _handout(snapshot, True), _runsheet(snapshot)
    assert handout.count(shown) >= 8  # title, place, purpose, 2 items, 2 decisions, 2 actions
    assert named.count(shown) > handout.count(shown)  # facilitators and who too
    assert sheet.count(shown) >= 12
    for text in (handout, named, sheet):
        assert "\x07" not in text and "\x1b" not in text


def test_a_twenty_thousand_character_note_flows_over_pages() -> None:
    snapshot = _held()
    entry = snapshot.meetings[0]
    note = " ".join(f"ord{n}" for n in range(3000))[:20_000]
    agenda = (dataclasses.replace(entry.agenda[0], notes=note), *entry.agenda[1:])
    decisions = (dataclasses.replace(entry.decisions[0], text=note),)
    entry = dataclasses.replace(entry, agenda=agenda, decisions=decisions)
    snapshot = dataclasses.replace(snapshot, meetings=(entry,))
    sheet, handout = _runsheet(snapshot), _handout(snapshot)
    last = note.split()[-1]
    assert "ord0 ord1" in sheet and last in sheet
    assert "1. ord0 ord1" in handout and last in handout
