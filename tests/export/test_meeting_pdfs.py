"""The meeting documents read back: the handout tells what came out and holds no names unless
asked; the run-sheet is the facilitator's copy with the agenda's details and a checklist."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from export_helpers import TODAY, flat_text, make_snapshot, page_texts, reader
from hostile_project import DOCUMENTS, Hostile, hostile_snapshot, markers_found, pdf_text

from workshop_app.domain.actors import Actor, ActorMap
from workshop_app.domain.model import Meeting, MeetingWithAgenda, ProjectSnapshot
from workshop_app.domain.trials import Idea, TrialBook, Vote
from workshop_app.export.handout import HandoutLabels, write_handout
from workshop_app.export.runsheet import write_runsheet

#: Fields that hold a person's name or contact details.
PERSONAL = {
    "project.facilitators",
    "meeting.facilitators",
    "agenda.responsible",
    "actor.person_name",
    "actor.contact",
    "action.who",
    "participant.name",
}


def _handout(snapshot: ProjectSnapshot, *, with_names: bool = False) -> bytes:
    buffer = io.BytesIO()
    write_handout(snapshot, "m1", HandoutLabels(), buffer, with_names=with_names, today=TODAY)
    return buffer.getvalue()


def _runsheet(snapshot: ProjectSnapshot, meeting: str | None = "m1") -> bytes:
    buffer = io.BytesIO()
    write_runsheet(snapshot, meeting, HandoutLabels(), buffer, today=TODAY)
    return buffer.getvalue()


def _personal_shown(document: str) -> set[str]:
    snapshot, h = hostile_snapshot(Hostile(long=40, short=40))
    found = markers_found(pdf_text(DOCUMENTS[document](snapshot)))
    return {h.fields[tag] for tag in found} & PERSONAL


def test_the_default_handout_names_no_person() -> None:
    assert _personal_shown("handout") == set()


def test_names_are_a_choice_marked_on_every_page() -> None:
    named = {"agenda.responsible", "meeting.facilitators", "action.who"}
    assert _personal_shown("handout-with-names") == named
    snapshot, _ = hostile_snapshot(Hostile(long=400, short=60), rows=30)
    pages = page_texts(DOCUMENTS["handout-with-names"](snapshot))
    assert len(pages) > 2
    assert all("Contains personal data" in page for page in pages)
    plain = page_texts(DOCUMENTS["handout"](snapshot))
    assert not any("Contains personal data" in page for page in plain)


def test_the_runsheet_is_the_facilitators_copy_on_every_page() -> None:
    shown = _personal_shown("runsheet")
    assert {"agenda.responsible", "actor.person_name", "meeting.facilitators"} <= shown
    assert "actor.contact" not in shown  # a checklist, not an address book
    snapshot, _ = hostile_snapshot(Hostile(long=400, short=60), rows=30)
    pages = page_texts(DOCUMENTS["runsheet"](snapshot))
    assert len(pages) > 2
    assert all("Contains personal data" in page for page in pages)


def test_metadata_of_both_names_no_person() -> None:
    snapshot = make_snapshot(
        facilitators="Jens Hansen", rows=(("Velkomst", 10, "Plenum", "Mette Frederiksen"),)
    )
    for pdf in (_handout(snapshot, with_names=True), _runsheet(snapshot)):
        meta = reader(pdf).metadata
        assert meta is not None
        values = " ".join(str(value) for value in meta.values())
        assert "Mette" not in values and "Jens" not in values


def _voted(snapshot: ProjectSnapshot) -> ProjectSnapshot:
    ideas = (
        Idea(uuid="i1", position=0, title="Bænke på torvet", origin_meeting="m1"),
        Idea(uuid="i2", position=1, title="Flere træer", origin_meeting="m1"),
        Idea(uuid="i3", position=2, title="Idé fra et andet møde"),
        Idea(uuid="i4", position=3, title="Lagt sammen med træer", merged_into="i2"),
    )
    votes = (
        Vote(uuid="v1", idea_uuid="i1", meeting_uuid="m1", count=3),
        Vote(uuid="v2", idea_uuid="i2", meeting_uuid="m1", count=5),
        Vote(uuid="v3", idea_uuid="i4", meeting_uuid="m1", count=2),
        Vote(uuid="v4", idea_uuid="i3", meeting_uuid="other", count=9),
    )
    return dataclasses.replace(snapshot, trials=TrialBook(ideas=ideas, votes=votes))


def test_handout_lists_the_meetings_ideas_by_votes() -> None:
    text = flat_text(_handout(_voted(make_snapshot())))
    assert "Ideas and votes" in text
    assert text.index("Flere træer 7") < text.index("Bænke på torvet 3")  # merged votes count
    assert "Idé fra et andet møde" not in text
    assert "Lagt sammen" not in text


def test_handout_says_what_is_not_recorded_and_the_next_meeting() -> None:
    later = MeetingWithAgenda(
        Meeting(
            uuid="m2",
            position=1,
            title="Opfølgning på torvet",
            date=dt.date(2026, 1, 15),
            start_time=dt.time(19, 0),
            place="Rådhuset",
        )
    )
    snapshot = make_snapshot()
    snapshot = dataclasses.replace(snapshot, meetings=(*snapshot.meetings, later))
    buffer = io.BytesIO()  # printed after the meeting (before it, the handout is the plan)
    write_handout(snapshot, "m1", HandoutLabels(), buffer, today=dt.date(2025, 12, 1))
    text = flat_text(buffer.getvalue())
    assert "Attendance was not recorded." in text
    assert "Nothing was recorded." in text
    assert "Next meeting Opfølgning på torvet Date 15 January 2026 Time 19:00 Place Rådhuset" in (
        text
    )
    assert "Not planned yet." in flat_text(_handout(make_snapshot()))


def test_handout_contact_line_is_the_project_not_a_person() -> None:
    snapshot = make_snapshot(facilitators="Jens Hansen")
    project = dataclasses.replace(snapshot.project, municipality="Ærø Kommune")
    text = flat_text(_handout(dataclasses.replace(snapshot, project=project)))
    assert "Contact Bymidten i Ærøskøbing, Ærø Kommune" in text
    assert "Jens" not in text


def test_runsheet_has_clock_times_details_checklist_and_tally() -> None:
    actors = ActorMap(
        actors=(
            Actor(uuid="a1", position=0, name="Handelsforeningen", person_name="Lise"),
            Actor(uuid="a2", position=1, name="Biblioteket", contact="lise@example.org"),
        )
    )
    snapshot = dataclasses.replace(make_snapshot(), actors=actors)
    text = flat_text(_runsheet(snapshot))
    for expected in (
        "Run-sheet · Facilitator's copy",
        "17:00–17:15 Velkomst Method Plenum 15 Facilitator",
        "17:15–17:45 Idéer til torvet Method World café 30 Bordværter",
        "Total 45",
        "Attendance: invited actors",
        "☐ Handelsforeningen Lise",
        "☐ Biblioteket",
        "Citizens present (count into the grid)",
        "Residents Visitors Traders Total",
        "0–14 15–29 30–64 65+",
    ):
        assert expected in text, expected
    assert "lise@example.org" not in text


def test_runsheet_without_actors_or_agenda_says_so() -> None:
    text = flat_text(_runsheet(make_snapshot(rows=())))
    assert "No agenda items yet." in text
    assert "The actor register is empty." in text


@pytest.mark.parametrize(
    "hostile",
    ["<b>", "a<b", "R&D", "</para>", '<img src="/etc/passwd">', "<font size=40>", "&amp;"],
)
def test_runsheet_prints_markup_literally(hostile: str) -> None:
    snapshot = make_snapshot(
        title=f"T {hostile}",
        purpose=f"Formålet er {hostile} slut",
        place=hostile,
        rows=((hostile, 15, hostile, hostile),),
        project_name=hostile,
    )
    actors = ActorMap(actors=(Actor(uuid="a1", position=0, name=hostile, person_name=hostile),))
    text = flat_text(_runsheet(dataclasses.replace(snapshot, actors=actors)))
    assert f"Formålet er {hostile} slut" in text
    assert text.count(hostile) >= 7


def test_runsheet_unknown_meeting_raises_and_writes_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "r.pdf"
    with pytest.raises(ValueError, match="nope"):
        write_runsheet(make_snapshot(), "nope", HandoutLabels(), target, today=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_runsheet_reports_progress_to_100(tmp_path) -> None:  # type: ignore[no-untyped-def]
    seen: list[int] = []
    write_runsheet(make_snapshot(), None, HandoutLabels(), tmp_path / "r.pdf", progress=seen.append)
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
