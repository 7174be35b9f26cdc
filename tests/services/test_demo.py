"""The demo project is realistic, fictional and always has a meeting ahead."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from workshop_app.domain.schedule import next_meeting
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.demo import demo_snapshot, write_demo
from workshop_app.services.project_service import open_project


def test_demo_has_facts_and_three_meetings_with_agendas() -> None:
    demo = demo_snapshot(dt.date(2027, 3, 1))
    p = demo.project
    assert p.name and p.town == "Egeby" and p.municipality and p.description and p.facilitators
    assert p.start_date is not None and p.end_date is not None and p.start_date < p.end_date
    assert len(demo.meetings) == 3
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
