"""The workspace reads what it shows: running a meeting when none is dated ahead takes the first
in the list without reading the whole project (a snapshot holds twenty thousand feedback
entries on a project grown over years)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.test_live_console import START, FakeClock
from tests.ui.test_live_console_resume import open_window
from workshop_app.ui.meetings.live import console as console_module


def test_with_no_meeting_ahead_run_meeting_runs_the_first_in_the_list(  # type: ignore[no-untyped-def]
    make_window, demo_file: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(console_module, "system_clock", FakeClock(START))
    window = open_window(make_window, demo_file, qtbot)
    service = window.session.service
    monkeypatch.setattr(service, "next_meeting", lambda _day: None)
    monkeypatch.setattr(service, "snapshot", _no_snapshot)
    workspace = window.workspace
    workspace.show_page("overview")
    assert workspace.run_meeting() == ""
    first = service.meeting_uuids()[0]
    assert workspace.live_shown() == first
    assert service.live_meeting() == first
    window.close()


def _no_snapshot():  # type: ignore[no-untyped-def]
    raise AssertionError("the whole project read to run a meeting")
