"""Use cases without Qt: each returns what changed and leaves the file as a user expects."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from workshop_app.domain.changes import Changes
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.project_service import ProjectService, new_project, open_project


def reopen(service: ProjectService) -> ProjectService:
    path = service.path
    service.close()
    return open_project(path, read_only=True)


def test_project_field_is_stored_and_reported(demo_service: ProjectService) -> None:
    changes = demo_service.set_project_field("town", "Ny Egeby")
    assert changes == Changes(project=True)
    demo_service.set_project_field("start_date", dt.date(2027, 1, 2))
    again = reopen(demo_service)
    assert again.project().town == "Ny Egeby"
    assert again.project().start_date == dt.date(2027, 1, 2)
    again.close()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "x" * 501),
        ("description", "x" * 20_001),
        ("name", "a\x00b"),
        ("start_date", "2027"),
    ],
)
def test_bad_values_are_refused_and_nothing_changes(
    demo_service: ProjectService, field: str, value: object
) -> None:
    before = demo_service.project()
    with pytest.raises(KnownError) as info:
        demo_service.set_project_field(field, value)
    assert info.value.kind is ErrorKind.BAD_INPUT
    assert field in info.value.message("en")
    assert demo_service.project() == before


def test_add_delete_and_restore_meeting_keeps_agenda_and_position(
    demo_service: ProjectService,
) -> None:
    uuids = demo_service.meeting_uuids()
    middle = demo_service.meeting(uuids[1])
    changes = demo_service.delete_meeting(uuids[1])
    assert changes.meeting_list and uuids[1] in changes.meetings
    assert demo_service.meeting_uuids() == [uuids[0], *uuids[2:]]
    demo_service.restore_meeting(middle)
    assert demo_service.meeting_uuids() == uuids
    assert demo_service.meeting(uuids[1]) == middle


def test_new_meeting_goes_last(demo_service: ProjectService) -> None:
    meeting = demo_service.new_meeting(title="Workshop om Åstien")
    demo_service.restore_meeting(meeting)
    assert demo_service.meeting_uuids()[-1] == meeting.meeting.uuid
    assert demo_service.meeting(meeting.meeting.uuid).meeting.title == "Workshop om Åstien"


def test_move_meeting(demo_service: ProjectService) -> None:
    a, b, c, d = demo_service.meeting_uuids()
    demo_service.move_meeting(c, 0)
    assert demo_service.meeting_uuids() == [c, a, b, d]
    positions = [m.meeting.position for m in demo_service.snapshot().meetings]
    assert positions == [0, 1, 2, 3]


def test_agenda_items_insert_move_delete(demo_service: ProjectService) -> None:
    meeting_uuid = demo_service.meeting_uuids()[0]
    before = [i.uuid for i in demo_service.meeting(meeting_uuid).agenda]
    item = demo_service.new_agenda_item(meeting_uuid, position=1)
    changes = demo_service.restore_agenda_item(item)
    assert changes == Changes(meetings=frozenset({meeting_uuid}))
    after = [i.uuid for i in demo_service.meeting(meeting_uuid).agenda]
    assert after == [before[0], item.uuid, *before[1:]]
    demo_service.move_agenda_item(item.uuid, len(after) - 1)
    assert [i.uuid for i in demo_service.meeting(meeting_uuid).agenda][-1] == item.uuid
    demo_service.delete_agenda_item(item.uuid)
    agenda = demo_service.meeting(meeting_uuid).agenda
    assert [i.uuid for i in agenda] == before
    assert [i.position for i in agenda] == list(range(len(before)))


def test_agenda_duration_limits(demo_service: ProjectService) -> None:
    item = demo_service.meeting(demo_service.meeting_uuids()[0]).agenda[0]
    demo_service.set_agenda_field(item.uuid, "duration_min", 1440)
    for bad in (-1, 1441, True, "20"):
        with pytest.raises(KnownError):
            demo_service.set_agenda_field(item.uuid, "duration_min", bad)
    assert demo_service.meeting(item.meeting_uuid).agenda[0].duration_min == 1440


def test_deleting_a_meeting_deletes_its_agenda_rows(demo_service: ProjectService) -> None:
    uuid = demo_service.meeting_uuids()[0]
    demo_service.delete_meeting(uuid)
    count = demo_service.store.db.execute(
        "SELECT count(*) FROM agenda_item WHERE meeting_uuid = ?", [uuid]
    ).fetchone()[0]
    assert count == 0


def test_new_project_is_empty_and_named(tmp_path: Path) -> None:
    service = new_project(tmp_path / "by.bymidte", "Nørre Åby bymidte")
    try:
        snapshot = service.snapshot()
        assert snapshot.project.name == "Nørre Åby bymidte"
        assert snapshot.meetings == ()
    finally:
        service.close()


def test_read_only_service_refuses_edits(demo_file: Path) -> None:
    service = open_project(demo_file, read_only=True)
    try:
        with pytest.raises(KnownError) as info:
            service.set_project_field("name", "x")
        assert info.value.kind is ErrorKind.READ_ONLY
    finally:
        service.close()


def test_moving_something_that_is_not_there_is_refused_not_a_crash(
    demo_service: ProjectService,
) -> None:
    from workshop_app.errors import ErrorKind, KnownError

    missing = "00000000-0000-4000-8000-000000000000"
    for move in (
        demo_service.move_meeting,
        demo_service.move_agenda_item,
        demo_service.move_actor,
        demo_service.move_plan_entry,
        demo_service.move_idea,
        demo_service.move_trial,
        demo_service.move_budget_line,
        demo_service.move_permit,
    ):
        with pytest.raises(KnownError) as caught:
            move(missing, 0)
        assert caught.value.kind is ErrorKind.BAD_INPUT, move.__name__
