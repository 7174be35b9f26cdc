"""The demo project is realistic, fictional and always has a meeting ahead."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from workshop_app.domain.meetings import agenda_template
from workshop_app.domain.schedule import next_meeting
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.demo import demo_snapshot, write_demo
from workshop_app.services.project_service import open_project, stored_value_problems


def test_demo_has_facts_and_four_meetings_with_agendas() -> None:
    demo = demo_snapshot(dt.date(2027, 3, 1))
    p = demo.project
    assert p.name and p.town == "Egeby" and p.municipality and p.description and p.facilitators
    assert p.start_date is not None and p.end_date is not None and p.start_date < p.end_date
    assert len(demo.meetings) == 4
    assert [m.meeting.kind for m in demo.meetings] == [
        "kickoff",
        "citizen_meeting",
        "citizen_meeting",
        "town_walk",
    ]
    for meeting in demo.meetings:
        m = meeting.meeting
        assert m.title and m.date and m.start_time and m.place and m.purpose
        assert len(meeting.agenda) >= 4
        assert all(item.title and item.duration_min > 0 for item in meeting.agenda)


def test_demo_always_has_an_upcoming_meeting() -> None:
    for today in (dt.date(2020, 1, 1), dt.date(2031, 12, 31)):
        upcoming = next_meeting(demo_snapshot(today), today)
        assert upcoming is not None and upcoming.meeting.date is not None
        assert upcoming.meeting.date >= today


def test_demo_file_round_trips_and_refuses_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "demo.bymidte"
    write_demo(path, today=dt.date(2027, 3, 1)).close()
    service = open_project(path, read_only=True)
    assert service.snapshot() == demo_snapshot(dt.date(2027, 3, 1))
    service.close()
    with pytest.raises(KnownError) as info:
        write_demo(path)
    assert info.value.kind is ErrorKind.ALREADY_EXISTS


def test_the_past_citizen_meeting_was_held_and_written_up() -> None:
    today = dt.date(2027, 3, 1)
    demo = demo_snapshot(today)
    held = next(m for m in demo.meetings if m.live is not None)
    assert held.meeting.kind == "citizen_meeting" and held.meeting.date < today  # type: ignore[operator]
    assert held.live.ended_at is not None  # type: ignore[union-attr]
    assert held.citizens_total >= 40 and len(held.actors_present) >= 3
    assert 25 <= len(held.notes) <= 35
    assert {n.item_uuid for n in held.notes} >= {i.uuid for i in held.agenda}  # every item
    became = {
        kind: [n for n in held.notes if n.became_kind == kind]
        for kind in ("idea", "action", "decision")
    }
    ideas = {i.uuid: i for i in demo.trials.ideas}
    assert len(became["idea"]) >= 2
    assert all(ideas[n.became_uuid].origin_meeting == held.meeting.uuid for n in became["idea"])
    assert {a.note_uuid for a in held.actions} == {n.uuid for n in became["action"]}
    assert all(a.who and a.due for a in held.actions)
    assert {d.note_uuid for d in held.decisions} == {n.uuid for n in became["decision"]}
    votes = [v for v in demo.trials.votes if v.meeting_uuid == held.meeting.uuid]
    assert len(votes) >= 5 and sum(v.count for v in votes) > 30
    assert any(i.extra_min for i in held.agenda)  # minutes were added live


def test_the_next_meeting_is_planned_from_the_template() -> None:
    today = dt.date(2027, 3, 1)
    demo = demo_snapshot(today)
    upcoming = next_meeting(demo, today)
    assert upcoming is not None and upcoming.meeting.kind == "citizen_meeting"
    template = agenda_template("citizen_meeting", "da")
    assert [(i.title, i.duration_min, i.method) for i in upcoming.agenda] == [
        (d.title, d.duration_min, d.method) for d in template
    ]
    assert upcoming.live is None and not upcoming.notes


def test_the_demo_passes_the_project_check_and_its_service_finds_the_next_meeting(
    tmp_path: Path,
) -> None:
    today = dt.date(2027, 3, 1)
    service = write_demo(tmp_path / "demo.bymidte", today)
    try:
        assert stored_value_problems(service.snapshot()) == []
        assert service.next_meeting(today) == next_meeting(demo_snapshot(today), today).meeting.uuid  # type: ignore[union-attr]
        assert service.live_meeting() is None  # the held meeting has ended
    finally:
        service.close()
