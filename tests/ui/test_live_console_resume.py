"""The live console in the main window: F5 runs the meeting shown on the meetings page, and a
meeting that was running when the app died goes on where it was when the file is opened again
(same item, the right elapsed time, every note there). The clock is a fake: nothing waits."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import CTRL, K, focused, press
from tests.ui.test_live_console import START, FakeClock, plannable, write
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.meetings.live import console as console_module
from workshop_app.ui.meetings.live.clock import countdown

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock(START)
    monkeypatch.setattr(console_module, "system_clock", fake)
    return fake


def open_window(make_window: Any, path: Path, qtbot: Any) -> Any:
    window = make_window("en")
    assert window.open_path(path)
    window.show()
    with qtbot.waitActive(window, timeout=3000):
        window.activateWindow()
    return window


def test_f5_runs_the_meeting_and_a_crash_resumes_it(
    make_window, demo_file: Path, tmp_path: Path, clock: FakeClock, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(make_window, demo_file, qtbot)
    workspace = window.workspace
    planned = plannable(window.session)
    uuid = planned.meeting.uuid
    second = planned.agenda[1]
    workspace.show_page("meetings")
    workspace.meetings.select_meeting(uuid)
    workspace.meetings.meeting_list.setFocus()
    press(qtbot, K.Key_F5)
    assert workspace.live_shown() == uuid
    assert focused() is workspace.live.notes.capture
    write(qtbot, "Parkering er et problem")
    press(qtbot, K.Key_Return)
    clock.advance(minutes=12)
    press(qtbot, K.Key_Right, ALT)
    clock.advance(minutes=4)
    press(qtbot, K.Key_L, CTRL)
    write(qtbot, "Flere bænke")
    press(qtbot, K.Key_Return)

    # The app dies here: the file as it is on the disk now, without the lock, is what is left.
    crashed = tmp_path / "crashed.bymidte"
    shutil.copy(demo_file, crashed)
    clock.advance(minutes=6)  # the time it takes to start the app again

    again = open_window(make_window, crashed, qtbot)
    console = again.workspace.live
    assert again.workspace.live_shown() == uuid
    assert console.timer_panel.title_label.text() == second.title
    planned_s = (second.duration_min + second.extra_min) * 60
    assert console.timer_panel.countdown_label.text() == countdown(planned_s - 10 * 60)
    assert console.figures is not None and console.figures.meeting_elapsed_s == 22 * 60
    notes = again.session.service.meeting(uuid).notes
    assert [n.text for n in notes] == ["Parkering er et problem", "Flere bænke"]
    assert [n.item_uuid for n in notes] == [planned.agenda[0].uuid, second.uuid]
    assert console.notes.model.rowCount() == 2
    assert focused() is console.notes.capture

    # Back to the project (Alt+5) and F5 again: the same meeting goes on, not started anew.
    press(qtbot, K.Key_5, ALT)
    assert again.workspace.live_shown() is None
    assert again.workspace.current_page() == "meetings"
    press(qtbot, K.Key_F5)
    assert again.workspace.live_shown() == uuid
    live = again.session.service.meeting(uuid).live
    assert live is not None and live.started_at == START
    again.close()
    window.close()


def test_a_language_switch_keeps_the_console(
    make_window, demo_file: Path, clock: FakeClock, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(make_window, demo_file, qtbot)
    uuid = plannable(window.session).meeting.uuid
    assert window.workspace.show_live(uuid)
    window.set_language("da")
    assert window.workspace.live_shown() == uuid
    assert window.workspace.live.timer_panel.end_button.text() == "Afslut mødet"
    window.close()


def test_f5_on_the_overview_runs_the_next_meeting(
    make_window, demo_file: Path, clock: FakeClock, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(make_window, demo_file, qtbot)
    workspace = window.workspace
    workspace.show_page("overview")
    workspace.navigation.setFocus()
    upcoming = window.session.service.next_meeting(START.date())
    assert upcoming is not None
    press(qtbot, K.Key_F5)
    assert workspace.live_shown() == upcoming
    assert window.session.service.live_meeting() == upcoming
    window.close()


def test_the_run_button_on_the_meetings_page_runs_the_selected_meeting(
    make_window, demo_file: Path, clock: FakeClock, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(make_window, demo_file, qtbot)
    workspace = window.workspace
    workspace.show_page("meetings")
    meetings = workspace.meetings
    chosen = window.session.service.meeting_uuids()[-1]  # not the next one: the one selected
    meetings.select_meeting(chosen)
    assert meetings.run_button.isEnabled()
    qtbot.mouseClick(meetings.run_button, Qt.MouseButton.LeftButton)
    assert workspace.live_shown() == chosen
    assert window.session.service.live_meeting() == chosen
    window.close()


def test_print_in_the_console_prints_that_meetings_handout(
    make_window, demo_file: Path, clock: FakeClock, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(make_window, demo_file, qtbot)
    uuid = plannable(window.session).meeting.uuid
    assert window.workspace.show_live(uuid)
    printed: list[str | None] = []
    monkeypatch.setattr(window, "print_handout", printed.append)
    press(qtbot, K.Key_P, CTRL)
    assert printed == [uuid]
    window.close()


def test_f5_on_another_meeting_ends_the_running_one_when_asked(
    make_window, demo_file: Path, clock: FakeClock, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(make_window, demo_file, qtbot)
    workspace, service = window.workspace, window.session.service
    first = plannable(window.session).meeting.uuid
    other = next(
        m.meeting.uuid
        for m in service.snapshot().meetings
        if m.live is None and m.meeting.uuid != first
    )
    assert workspace.show_live(first)
    press(qtbot, K.Key_5, ALT)
    workspace.meetings.select_meeting(other)
    press(qtbot, K.Key_F5)  # asked "end the running one?": no (the default) → back to it
    assert workspace.live_shown() == first
    press(qtbot, K.Key_5, ALT)
    workspace.meetings.select_meeting(other)
    monkeypatch.setattr(Dialogs, "ask", classmethod(lambda cls, p, title, text, a: True))
    clock.advance(minutes=90)
    press(qtbot, K.Key_F5)
    assert workspace.live_shown() == other
    ended = service.meeting(first).live
    assert ended is not None and ended.ended_at == clock()
    assert service.live_meeting() == other
    window.close()
