"""Issue 13 below the UI: planning fields, templates, duplicate, next meeting, attendance,
participants (only when switched on), action items and decisions. Each edit is one transaction,
says which meeting changed, and its undo puts the file back as it was."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop_app.domain.changes import Changes
from workshop_app.domain.meetings import MEETING_KINDS, agenda_template
from workshop_app.domain.model import MeetingWithAgenda
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.project_service import ProjectService, new_project, open_project


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ProjectService]:
    sv = new_project(tmp_path / "p.bymidte", "Egeby")
    yield sv
    sv.close()


def _meeting(sv: ProjectService, **fields: object) -> str:
    meeting = sv.new_meeting(title="Borgermøde", **fields)
    sv.restore_meeting(meeting)
    return meeting.meeting.uuid


def _reopened(sv: ProjectService, uuid: str) -> MeetingWithAgenda:
    path = sv.path
    sv.close()
    again = open_project(path, read_only=True)
    try:
        return again.meeting(uuid)
    finally:
        again.close()


def refused(call: object, *args: object, **kwargs: object) -> str:
    with pytest.raises(KnownError) as info:
        call(*args, **kwargs)  # type: ignore[operator]
    assert info.value.kind is ErrorKind.BAD_INPUT
    return str(info.value.details["problem"])


def test_new_meeting_and_agenda_fields_are_stored(service: ProjectService) -> None:
    uuid = _meeting(service, kind="citizen_meeting", facilitators="Ane Holm", phase="trials")
    item = service.new_agenda_item(uuid)
    service.restore_agenda_item(item)
    assert service.set_agenda_field(item.uuid, "materials", "Post-its") == Changes(
        meetings=frozenset({uuid})
    )
    service.set_agenda_field(item.uuid, "notes", "Start with the map")
    service.set_agenda_field(item.uuid, "extra_min", 5)
    service.set_meeting_field(uuid, "kind", "workshop")
    m = _reopened(service, uuid)
    assert (m.meeting.kind, m.meeting.facilitators, m.meeting.phase) == (
        "workshop",
        "Ane Holm",
        "trials",
    )
    assert (m.agenda[0].materials, m.agenda[0].notes, m.agenda[0].extra_min) == (
        "Post-its",
        "Start with the map",
        5,
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [("kind", "party"), ("phase", "phase4"), ("facilitators", "x" * 501), ("kind", None)],
)
def test_bad_meeting_values_are_refused(service: ProjectService, field: str, value: object) -> None:
    uuid = _meeting(service)
    assert refused(service.set_meeting_field, uuid, field, value).startswith(field)
    assert getattr(service.meeting(uuid).meeting, field) == ("other" if field == "kind" else "")


@pytest.mark.parametrize(("field", "value"), [("extra_min", -1), ("extra_min", True), ("notes", 3)])
def test_bad_agenda_values_are_refused(service: ProjectService, field: str, value: object) -> None:
    uuid = _meeting(service)
    item = service.new_agenda_item(uuid)
    service.restore_agenda_item(item)
    refused(service.set_agenda_field, item.uuid, field, value)


@pytest.mark.parametrize("kind", MEETING_KINDS)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_kind_has_a_90_to_120_minute_template_from_the_method_cards(
    kind: str, lang: str
) -> None:
    drafts = agenda_template(kind, lang)
    assert 90 <= sum(d.duration_min for d in drafts) <= 120
    assert all(d.title for d in drafts)
    assert any(d.method for d in drafts)


def test_template_wording_follows_the_language() -> None:
    assert agenda_template("citizen_meeting", "da")[0].title == "Velkomst og aftenens program"
    assert agenda_template("citizen_meeting", "en")[0].title.startswith("Welcome")
    assert agenda_template("town_walk", "en")[1].method == "Town walk"


def test_apply_template_appends_and_set_agenda_is_its_undo(service: ProjectService) -> None:
    uuid = _meeting(service)
    own = service.new_agenda_item(uuid)
    service.restore_agenda_item(own)
    before = service.meeting(uuid).agenda
    service.apply_agenda_template(uuid, "citizen_meeting", "da")
    after = service.meeting(uuid).agenda
    assert after[0] == before[0]
    assert [i.title for i in after[1:]] == [
        d.title for d in agenda_template("citizen_meeting", "da")
    ]
    assert [i.position for i in after] == list(range(len(after)))
    service.set_agenda(uuid, before)
    assert service.meeting(uuid).agenda == before
    service.set_agenda(uuid, after)  # redo brings back the same items
    assert service.meeting(uuid).agenda == after


def test_set_agenda_reorders_and_keeps_notes_on_their_items(service: ProjectService) -> None:
    uuid = _meeting(service)
    items = service.agenda_from_template(uuid, "workshop", "da")
    service.set_agenda(uuid, items)
    note = service.new_note(uuid, "God idé", dt.datetime(2027, 3, 1, 19, 0), items[2].uuid)
    service.restore_note(note)
    service.set_agenda(uuid, tuple(reversed(items)))
    m = service.meeting(uuid)
    assert [i.uuid for i in m.agenda] == [i.uuid for i in reversed(items)]
    assert m.notes[0].item_uuid == items[2].uuid
    refused(service.set_agenda, uuid, (items[0], items[0]))


def test_undoing_the_deletion_of_an_item_tags_its_notes_again(service: ProjectService) -> None:
    uuid = _meeting(service)
    items = service.agenda_from_template(uuid, "workshop", "da")
    service.set_agenda(uuid, items)
    item = service.meeting(uuid).agenda[1]
    at = dt.datetime(2027, 3, 1, 19, 0)
    tagged = service.new_note(uuid, "Under punktet", at, item.uuid)
    other = service.new_note(uuid, "Uden punkt", at, None)
    service.restore_note(tagged)
    service.restore_note(other)
    service.delete_agenda_item(item.uuid)
    assert {n.item_uuid for n in service.meeting(uuid).notes} == {None}
    service.restore_agenda_item(item, (tagged.uuid,))  # the undo, with what it captured
    notes = {n.uuid: n.item_uuid for n in service.meeting(uuid).notes}
    assert notes == {tagged.uuid: item.uuid, other.uuid: None}
    assert service.meeting(uuid).agenda[1] == item


def test_duplicate_copies_the_plan_not_what_happened(service: ProjectService) -> None:
    uuid = _meeting(service, kind="workshop", place="Biblioteket")
    service.apply_agenda_template(uuid, "workshop", "da")
    service.live_start(uuid, dt.datetime(2027, 3, 1, 19, 0))
    service.live_add_minutes(uuid, 5)
    service.set_citizen_count(uuid, "age_30_64", "resident", 12)
    copy = service.duplicate_meeting(uuid)
    original = service.meeting(uuid)
    assert copy.meeting.uuid != uuid
    assert (copy.meeting.kind, copy.meeting.place) == ("workshop", "Biblioteket")
    assert [i.title for i in copy.agenda] == [i.title for i in original.agenda]
    assert not {i.uuid for i in copy.agenda} & {i.uuid for i in original.agenda}
    assert all(i.extra_min == 0 and i.meeting_uuid == copy.meeting.uuid for i in copy.agenda)
    assert copy.live is None and not copy.citizen_counts
    service.restore_meeting(
        dataclasses.replace(copy, meeting=dataclasses.replace(copy.meeting, title="Kopi"))
    )
    assert service.meeting_uuids() == [uuid, copy.meeting.uuid]
    assert len(service.meeting(copy.meeting.uuid).agenda) == len(original.agenda)


def test_next_meeting_is_the_first_from_today(service: ProjectService) -> None:
    today = dt.date(2027, 3, 1)
    _meeting(service, date=dt.date(2027, 2, 1))
    later = _meeting(service, date=dt.date(2027, 4, 1))
    evening = _meeting(service, date=today, start_time=dt.time(19, 0))
    morning = _meeting(service, date=today, start_time=dt.time(9, 0))
    _meeting(service)  # no date
    assert service.next_meeting(today) == morning
    assert service.next_meeting(dt.date(2027, 3, 2)) == later
    assert service.next_meeting(dt.date(2028, 1, 1)) is None
    assert evening


def test_attendance_counts_and_actors_present(service: ProjectService) -> None:
    uuid = _meeting(service)
    actor = service.new_actor(name="Handelsforeningen")
    service.restore_actor(actor)
    assert service.set_actor_present(uuid, actor.uuid, True) == Changes(meetings=frozenset({uuid}))
    service.set_actor_present(uuid, actor.uuid, True)  # twice is once
    service.set_citizen_count(uuid, "age_65_plus", "resident", 14)
    service.set_citizen_count(uuid, "age_15_29", "visitor", 3)
    service.set_citizen_count(uuid, "age_15_29", "visitor", 4)
    m = service.meeting(uuid)
    assert m.actors_present == (actor.uuid,)
    assert m.citizens("age_15_29", "visitor") == 4
    assert m.citizens("age_0_14", "trader") is None
    assert m.citizens_total == 18
    service.set_citizen_count(uuid, "age_15_29", "visitor", None)
    service.set_actor_present(uuid, actor.uuid, False)
    m = service.meeting(uuid)
    assert (m.actors_present, m.citizens_total) == ((), 14)
    refused(service.set_citizen_count, uuid, "age_15_29", "tourist", 1)
    refused(service.set_citizen_count, uuid, "adults", "resident", 1)
    refused(service.set_citizen_count, uuid, "age_15_29", "resident", -1)
    refused(service.set_actor_present, uuid, "00000000-0000-4000-8000-000000000099", True)


def test_deleting_an_actor_removes_it_from_those_present(service: ProjectService) -> None:
    uuid = _meeting(service)
    actor = service.new_actor(name="Kirken")
    service.restore_actor(actor)
    service.set_actor_present(uuid, actor.uuid, True)
    service.delete_actor(actor.uuid)
    assert service.meeting(uuid).actors_present == ()


def test_participants_only_when_the_project_names_them(service: ProjectService) -> None:
    uuid = _meeting(service)
    assert "switched off" in refused(service.new_participant, uuid, name="Ane")
    service.set_project_field("named_participants", True)
    p = service.new_participant(uuid, name="Ane", consent=True, delete_by=dt.date(2027, 12, 31))
    service.restore_participant(p)
    service.set_participant_field(p.uuid, "name", "Ane Holm")
    assert service.meeting(uuid).participants == (dataclasses.replace(p, name="Ane Holm"),)
    assert "delete the named participants" in refused(
        service.set_project_field, "named_participants", False
    )
    service.delete_participant(p.uuid)
    service.set_project_field("named_participants", False)
    assert not service.project().named_participants
    refused(service.restore_participant, p)
    refused(service.set_project_field, "named_participants", "yes")


def test_participants_past_their_deletion_date_are_listed(service: ProjectService) -> None:
    uuid = _meeting(service)
    service.set_project_field("named_participants", True)
    due = service.new_participant(uuid, name="Ane", delete_by=dt.date(2027, 3, 1))
    service.restore_participant(due)
    later = service.new_participant(uuid, name="Bo", delete_by=dt.date(2027, 6, 1))
    service.restore_participant(later)
    service.restore_participant(service.new_participant(uuid, name="Cy"))  # no date
    assert [p.name for p in service.overdue_participants(dt.date(2027, 3, 1))] == ["Ane"]
    assert service.overdue_participants(dt.date(2027, 2, 28)) == ()


def test_action_items_and_decisions_round_trip_with_undo(service: ProjectService) -> None:
    uuid = _meeting(service)
    a1 = service.new_action_item(uuid, what="Ring til kommunen", who="Ole", due=dt.date(2027, 3, 8))
    a2 = service.new_action_item(uuid, what="Bestil bænke")
    service.restore_action_item(a1)
    service.restore_action_item(dataclasses.replace(a2, position=1))
    service.set_action_item_field(a1.uuid, "done", True)
    d = service.new_meeting_decision(uuid, text="Vi afprøver gågaden i maj")
    service.restore_meeting_decision(d)
    m = service.meeting(uuid)
    assert [a.what for a in m.actions] == ["Ring til kommunen", "Bestil bænke"]
    assert m.actions[0].done and m.actions[0].who == "Ole"
    assert m.decisions == (d,)
    deleted = m.actions[0]
    service.delete_action_item(deleted.uuid)
    assert [a.position for a in service.meeting(uuid).actions] == [0]
    service.restore_action_item(deleted)  # undo: back in its place
    assert service.meeting(uuid).actions[0] == deleted
    service.delete_meeting_decision(d.uuid)
    assert service.meeting(uuid).decisions == ()
    refused(service.set_action_item_field, a1.uuid, "due", "tomorrow")
    refused(service.set_action_item_field, a1.uuid, "meeting_uuid", uuid)
    refused(service.restore_action_item, deleted)  # already there
    refused(service.new_action_item, uuid, colour="red")
    refused(service.delete_action_item, "00000000-0000-4000-8000-000000000099")


def test_deleting_a_meeting_and_its_undo_keep_everything_it_gathered(
    service: ProjectService,
) -> None:
    uuid = _meeting(service, kind="citizen_meeting")
    service.apply_agenda_template(uuid, "citizen_meeting", "da")
    actor = service.new_actor(name="Skolen")
    service.restore_actor(actor)
    service.set_actor_present(uuid, actor.uuid, True)
    service.set_citizen_count(uuid, "age_30_64", "trader", 6)
    service.set_project_field("named_participants", True)
    service.restore_participant(service.new_participant(uuid, name="Bo"))
    service.live_start(uuid, dt.datetime(2027, 3, 1, 19, 0))
    note = service.new_note(uuid, "Flere bænke", dt.datetime(2027, 3, 1, 19, 3), None)
    service.restore_note(note)
    service.convert_note(note.uuid, "action", who="Bo")
    service.restore_meeting_decision(service.new_meeting_decision(uuid, text="Ja"))
    whole = service.meeting(uuid)
    service.delete_meeting(uuid)
    assert service.meeting_uuids() == []
    service.restore_meeting(whole)
    assert service.meeting(uuid) == whole
