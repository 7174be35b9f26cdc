"""m007_print_suite (issue 14): a file from before it reads read-only through a copy in memory
and is migrated when opened for writing; the new columns and the card_run table keep what the
print suite stores."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

from workshop_app.services.demo import write_demo
from workshop_app.services.demo_data.ids import _id
from workshop_app.services.project_service import ProjectService, open_project

TODAY = dt.date(2027, 3, 1)
RUNNING = _id("trial/living_room_2")
M007_COLUMNS = (
    "logo",
    "accent",
    "privacy_controller",
    "privacy_purpose",
    "privacy_contact",
    "privacy_keep_until",
)


def _back_to_m006(path: Path) -> None:
    """The demo as the version before the print suite wrote it."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP TABLE card_run")
        for column in M007_COLUMNS:
            conn.execute(f"ALTER TABLE project DROP COLUMN {column}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_print_suite'")
    conn.execute("VACUUM")
    conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _migrations(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")}
    finally:
        conn.close()


def test_a_file_from_before_the_print_suite_reads_read_only_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "old.bymidte"
    write_demo(path, TODAY).close()
    _back_to_m006(path)
    before = _digest(path)
    service = open_project(path, read_only=True)
    try:
        assert service.store.pending_migrations() == []  # the copy in memory is up to date
        snapshot = service.snapshot()
        assert snapshot.project.logo is None and snapshot.project.accent == ""
        assert snapshot.project.privacy_keep_until is None
        assert snapshot.trials.card_runs == ()
        assert service.round_trip(RUNNING).printed == ()
        assert service.next_card_number(RUNNING) == 7  # six cards entered, nothing printed
    finally:
        service.close()
    assert _digest(path) == before
    assert "m007_print_suite" not in _migrations(path)


def test_opening_it_for_writing_migrates_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.bymidte"
    write_demo(path, TODAY).close()
    _back_to_m006(path)
    service = open_project(path)
    try:
        assert service.store.pending_migrations() == []
        run = service.record_card_run(RUNNING, 1, 48)
        service.set_project_field("privacy_purpose", "Referat")
        assert service.snapshot().trials.feedback_of(RUNNING)
    finally:
        service.close()
    assert "m007_print_suite" in _migrations(path)
    service = open_project(path, read_only=True)
    try:
        assert service.card_runs(RUNNING) == (run,)
        assert service.project().privacy_purpose == "Referat"
    finally:
        service.close()


def test_the_logo_is_stored_as_bytes_and_a_blank_contact_leaves_no_copy(
    demo_file: Path,
) -> None:
    logo = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10
    service = open_project(demo_file)
    try:
        service.set_project_field("logo", logo)
        service.set_project_field("privacy_contact", "Kirsten Gammelgaard-Bøgh")
        service.set_project_field("privacy_contact", "")
    finally:
        service.close()
    conn = sqlite3.connect(demo_file)
    try:
        stored, kind = conn.execute("SELECT logo, typeof(logo) FROM project").fetchone()
    finally:
        conn.close()
    assert (stored, kind) == (logo, "blob")
    # secure_delete: the blanked name is in no page of the file, nor beside it.
    for file in demo_file.parent.glob(demo_file.name + "*"):
        assert "Gammelgaard-Bøgh".encode() not in file.read_bytes(), file


def test_a_card_run_goes_with_its_test(demo_service: ProjectService) -> None:
    demo_service.delete_trial(RUNNING)
    assert demo_service.store.db.execute("SELECT count(*) FROM card_run").fetchone()[0] == 0
