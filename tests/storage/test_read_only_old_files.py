"""A file from an older version opened read-only (read-only media, every export from the command
line) is read through a copy in memory brought up to date: it reads, and the file is untouched."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from workshop_app.services.demo import write_demo
from workshop_app.services.project_service import open_project

TODAY = dt.date(2027, 3, 1)
ROOT = Path(__file__).resolve().parents[2]
M006_TABLES = (
    "live_state",
    "meeting_decision",
    "action_item",
    "meeting_note",
    "participant",
    "citizen_count",
    "actor_present",
)
M006_COLUMNS = {
    "project": ("named_participants",),
    "meeting": ("kind", "facilitators", "phase"),
    "agenda_item": ("materials", "notes", "extra_min"),
}


def _back_to_m005(path: Path) -> None:
    """The demo as the version before the meetings of issue 13 wrote it."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        for table in M006_TABLES:
            conn.execute(f"DROP TABLE {table}")
        for table, columns in M006_COLUMNS.items():
            for column in columns:
                conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_meetings_in_the_room'")
    conn.execute("VACUUM")
    conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_older_file_opened_read_only_reads_and_stays_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "old.bymidte"
    write_demo(path, TODAY).close()
    _back_to_m005(path)
    before = _digest(path)
    service = open_project(path, read_only=True)
    try:
        assert service.store.pending_migrations() == []  # the copy in memory is up to date
        snapshot = service.snapshot()
        assert snapshot.meetings and all(m.meeting.kind == "other" for m in snapshot.meetings)
        assert snapshot.actors.actors and snapshot.trials.trials
    finally:
        service.close()
    assert _digest(path) == before
    # The file itself still waits for its migration, done when it is opened for writing.
    conn = sqlite3.connect(path)
    names = {row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")}
    conn.close()
    assert "m006_meetings_in_the_room" not in names


def test_an_older_file_exports_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "old.bymidte"
    write_demo(path, TODAY).close()
    _back_to_m005(path)
    before = _digest(path)
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
    )
    for what in ("handout", "charter", "actors", "test-report"):
        out = tmp_path / f"{what}.pdf"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "workshop_app",
                "export",
                str(path),
                "--what",
                what,
                "--out",
                str(out),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, (what, result.stderr)
        assert out.read_bytes().startswith(b"%PDF")
    assert _digest(path) == before
