"""Kill the app mid-meeting, start it again: the console resumes at the same item with the right
elapsed time and every captured note is there.

A child process runs the meeting through the service (start, next item, pause and resume, +5
minutes, notes captured) and prints a line after each call returned; the parent SIGKILLs it
while it waits (no clean close, the lock and journal left behind), then opens the file with a new
store, as the restarted app does."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

from workshop_app.services.project_service import new_project, open_project

ROOT = Path(__file__).resolve().parents[2]
T0 = dt.datetime(2027, 3, 1, 19, 0, 0)

CHILD = """
import datetime as dt, sys
from workshop_app.services.project_service import open_project

path, meeting = sys.argv[1], sys.argv[2]
T0 = dt.datetime(2027, 3, 1, 19, 0, 0)
at = lambda minutes: T0 + dt.timedelta(minutes=minutes)
service = open_project(path)
steps = [
    lambda: service.live_start(meeting, at(0)),
    lambda: service.live_next(meeting, at(9)),
    lambda: service.live_pause(meeting, at(15)),
    lambda: service.live_resume(meeting, at(18)),
    lambda: service.live_add_minutes(meeting, 5),
]
for step in steps:
    step()
for n in range(5):
    state = service.live_state(meeting)
    service.restore_note(service.new_note(meeting, f"note {n}", at(20 + n), state.item_uuid))
print("saved", flush=True)  # everything above has returned: it is "saved" for the user
sys.stdin.readline()  # wait for the kill
"""


def test_the_console_resumes_after_kill_9(tmp_path: Path) -> None:
    path = tmp_path / "meeting.bymidte"
    service = new_project(path, "Egeby")
    m = service.new_meeting(title="Borgermøde")
    service.restore_meeting(m)
    meeting = m.meeting.uuid
    service.apply_agenda_template(meeting, "citizen_meeting", "da")
    agenda = service.meeting(meeting).agenda
    service.close()

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), meeting],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line == b"saved\n", proc.stderr.read() if proc.stderr else b""
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    assert proc.returncode == -signal.SIGKILL

    again = open_project(path)  # a new store on the same file, as the restarted app
    try:
        assert again.live_meeting() == meeting
        now = T0 + dt.timedelta(minutes=30)
        f = again.live_figures(meeting, now)
        assert f.item == dataclasses.replace(agenda[1], extra_min=5)
        assert f.item_index == 1
        # item 2 from 19:09, paused 19:15-19:18: 18 minutes on it at 19:30
        assert f.item_elapsed_s == 18 * 60
        assert f.meeting_elapsed_s == 30 * 60
        assert f.item_remaining_s == (agenda[1].duration_min + 5 - 18) * 60
        notes = again.meeting(meeting).notes
        assert [n.text for n in notes] == [f"note {n}" for n in range(5)]
        assert {n.item_uuid for n in notes} == {agenda[1].uuid}
        again.live_next(meeting, now)  # and the meeting goes on
        assert again.live_figures(meeting, now).item_index == 2
    finally:
        again.close()
