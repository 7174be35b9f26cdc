"""Live mode and quick capture below the UI: the clock's steps are stored as they happen (not
undoable), minutes added are an undoable agenda field, notes are committed when captured, and a
note becomes an idea, actor, knowledge need, decision or action item in one undoable step.
Resuming after kill -9 of the process: ``test_live_resume.py``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop_app.domain.changes import Changes
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.project_service import ProjectService, new_project

T0 = dt.datetime(2027, 3, 1, 19, 0, 0)


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=round(minutes * 60))


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ProjectService]:
    sv = new_project(tmp_path / "p.bymidte", "Egeby")
    yield sv
    sv.close()


@pytest.fixture
def meeting(service: ProjectService) -> str:
    m = service.new_meeting(title="Borgermøde", kind="citizen_meeting")
    service.restore_meeting(m)
    service.apply_agenda_template(m.meeting.uuid, "citizen_meeting", "da")
    return m.meeting.uuid


def refused(call: object, *args: object, **kwargs: object) -> str:
    with pytest.raises(KnownError) as info:
        call(*args, **kwargs)  # type: ignore[operator]
    assert info.value.kind is ErrorKind.BAD_INPUT
    return str(info.value.details["problem"])


def test_a_meeting_run_start_to_end(service: ProjectService, meeting: str) -> None:
    agenda = service.meeting(meeting).agenda
    assert service.live_meeting() is None
    assert service.live_start(meeting, at(0)) == Changes(meetings=frozenset({meeting}))
    assert service.live_meeting() == meeting
    service.live_next(meeting, at(8))
    service.live_pause(meeting, at(20))
    service.live_resume(meeting, at(25))
    f = service.live_figures(meeting, at(30))
    assert (f.item, f.item_elapsed_s, f.meeting_elapsed_s) == (agenda[1], 17 * 60, 30 * 60)
    assert f.behind_min == 30 - (agenda[0].duration_min + min(17, agenda[1].duration_min))
    service.live_previous(meeting, at(31))
    assert service.live_state(meeting).item_uuid == agenda[0].uuid  # type: ignore[union-attr]
    service.live_go_to(meeting, agenda[3].uuid, at(32))
    service.live_end(meeting, at(120))
    assert service.live_meeting() is None
    f = service.live_figures(meeting, at(500))
    assert f.ended and f.meeting_elapsed_s == 120 * 60


def test_live_steps_keep_whole_seconds_and_refuse_what_does_not_apply(
    service: ProjectService, meeting: str
) -> None:
    assert "not started" in refused(service.live_next, meeting, at(1))
    service.live_start(meeting, T0.replace(microsecond=123456))
    assert service.live_state(meeting).started_at == T0  # type: ignore[union-attr]
    refused(service.live_go_to, meeting, "00000000-0000-4000-8000-000000000099", at(1))
    refused(service.live_start, meeting, dt.datetime(2027, 3, 1, tzinfo=dt.UTC))
    refused(service.live_start, "00000000-0000-4000-8000-000000000099", at(1))
    service.live_end(meeting, at(2))
    assert "ended" in refused(service.live_pause, meeting, at(3))


def test_added_minutes_are_undoable_agenda_minutes(service: ProjectService, meeting: str) -> None:
    refused(service.live_add_minutes, meeting, 5)  # not started: no current item
    service.live_start(meeting, at(0))
    first = service.meeting(meeting).agenda[0]
    service.live_add_minutes(meeting, 1)
    service.live_add_minutes(meeting, 5)
    assert service.meeting(meeting).agenda[0].extra_min == 6
    assert service.live_figures(meeting, at(10)).item_remaining_s == 6 * 60
    service.live_next(meeting, at(11))
    service.live_add_minutes(meeting, -5, first.uuid)  # the undo names the item
    assert service.meeting(meeting).agenda[0].extra_min == 1
    refused(service.live_add_minutes, meeting, -1)  # the next item has none to take back
    refused(service.live_add_minutes, meeting, 1.5)


def test_captured_notes_are_tagged_and_kept_in_order(service: ProjectService, meeting: str) -> None:
    service.live_start(meeting, at(0))
    item = service.live_state(meeting).item_uuid  # type: ignore[union-attr]
    notes = []
    for n in range(3):  # as the capture line does: made and stored one by one
        notes.append(service.new_note(meeting, f"note {n}", at(n), item))
        service.restore_note(notes[-1])
    stored = service.meeting(meeting).notes
    assert [n.text for n in stored] == ["note 0", "note 1", "note 2"]
    assert {n.item_uuid for n in stored} == {item}
    assert stored[1].at == at(1)
    service.set_note_field(notes[1].uuid, "text", "rettet")
    service.set_note_field(notes[1].uuid, "item_uuid", None)
    service.delete_note(notes[0].uuid)
    stored = service.meeting(meeting).notes
    assert [(n.text, n.position, n.item_uuid) for n in stored] == [
        ("rettet", 0, None),
        ("note 2", 1, item),
    ]
    service.restore_note(notes[0])  # undo of delete: back first
    assert service.meeting(meeting).notes[0] == notes[0]
    refused(service.set_note_field, notes[0].uuid, "became_kind", "idea")
    refused(service.set_note_field, notes[0].uuid, "item_uuid", "elsewhere")
    refused(service.new_note, meeting, "x", "19:00", None)


def test_a_deleted_agenda_item_leaves_its_notes_without_an_item(
    service: ProjectService, meeting: str
) -> None:
    item = service.meeting(meeting).agenda[2]
    service.restore_note(service.new_note(meeting, "om emnet", at(1), item.uuid))
    service.delete_agenda_item(item.uuid)
    assert service.meeting(meeting).notes[0].item_uuid is None


@pytest.mark.parametrize(
    ("kind", "values"),
    [
        ("idea", {}),
        ("actor", {"name": "Cykelklubben"}),
        ("knowledge", {}),
        ("decision", {}),
        ("action", {"who": "Ole", "due": dt.date(2027, 3, 15)}),
    ],
)
def test_a_note_becomes_something_and_undo_takes_it_back(
    service: ProjectService, meeting: str, kind: str, values: dict[str, object]
) -> None:
    note = service.new_note(meeting, "Flere bænke ved åen\nog skygge om sommeren", at(3), None)
    service.restore_note(note)
    before = service.snapshot()
    made = "00000000-0000-4000-8000-0000000000aa"
    changes = service.convert_note(note.uuid, kind, uuid=made, **values)
    assert meeting in changes.meetings
    after = service.snapshot()
    converted = after.meeting(meeting).notes[0]  # type: ignore[union-attr]
    assert (converted.became_kind, converted.became_uuid) == (kind, made)
    if kind == "idea":
        idea = next(i for i in after.trials.ideas if i.uuid == made)
        assert (idea.title, idea.origin_meeting) == ("Flere bænke ved åen", meeting)
        assert idea.description == note.text and idea.created == at(3).date()
        assert changes.trials
    elif kind == "actor":
        assert next(a for a in after.actors.actors if a.uuid == made).name == "Cykelklubben"
        assert changes.actors
    elif kind == "knowledge":
        row = next(r for r in after.scope.rows if r.uuid == made)
        assert (row.list_key, row.values["question"]) == ("knowledge", "Flere bænke ved åen")
        assert changes.scope == {"knowledge"}
    elif kind == "decision":
        assert after.meeting(meeting).decisions[0].note_uuid == note.uuid  # type: ignore[union-attr]
    else:
        action = after.meeting(meeting).actions[0]  # type: ignore[union-attr]
        assert (action.what, action.who, action.due) == (note.text, "Ole", dt.date(2027, 3, 15))
    assert "already became" in refused(service.convert_note, note.uuid, "idea")
    service.unconvert_note(note.uuid)
    assert service.snapshot() == before
    service.convert_note(note.uuid, kind, uuid=made, **values)  # redo makes the same record
    assert service.snapshot() == after


def test_a_conversion_that_fails_changes_nothing(service: ProjectService, meeting: str) -> None:
    note = service.new_note(meeting, "x", at(1), None)
    service.restore_note(note)
    before = service.snapshot()
    refused(service.convert_note, note.uuid, "wish")
    refused(service.convert_note, note.uuid, "action", colour="red")
    refused(service.convert_note, note.uuid, "idea", title="a\x00b")
    refused(service.unconvert_note, note.uuid)
    assert service.snapshot() == before


def test_unconvert_after_the_made_record_was_deleted_just_clears_the_link(
    service: ProjectService, meeting: str
) -> None:
    note = service.new_note(meeting, "En idé", at(1), None)
    service.restore_note(note)
    service.convert_note(note.uuid, "idea")
    idea = service.meeting(meeting).notes[0].became_uuid
    service.delete_idea(idea)
    service.unconvert_note(note.uuid)
    assert service.meeting(meeting).notes[0].became_kind == ""
