"""Check project without Qt: a healthy file passes, altered schemas and broken links are named."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from workshop_app.services.project_check import KEYS, CheckLine, check_project
from workshop_app.services.project_service import ProjectService, open_project
from workshop_app.storage.inspect import schema_problems


def by_key(lines: list[CheckLine]) -> dict[str, CheckLine]:
    return {line.key: line for line in lines}


def alter(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def test_healthy_demo_project_passes_every_check(demo_service: ProjectService) -> None:
    lines = check_project(demo_service)
    assert [line.key for line in lines] == list(KEYS)
    assert all(line.ok for line in lines), lines
    checks = by_key(lines)
    assert checks["rows"].count > 1
    assert checks["backups"].count >= 1
    assert checks["backups"].when is not None
    assert checks["lock"].detail.endswith(".lock")


def test_read_only_open_passes_and_leaves_the_file_alone(demo_file: Path) -> None:
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    service = open_project(demo_file, read_only=True)
    try:
        checks = by_key(check_project(service))
    finally:
        service.close()
    assert all(line.ok for line in checks.values())
    assert checks["lock"].detail == "read-only"
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before


def test_added_column_is_named(demo_file: Path) -> None:
    alter(demo_file, "ALTER TABLE meeting ADD COLUMN x TEXT")
    service = open_project(demo_file, read_only=True)
    try:
        checks = by_key(check_project(service))
    finally:
        service.close()
    assert not checks["schema"].ok
    assert "table meeting: column 'x' not expected" in checks["schema"].detail
    assert checks["integrity"].ok


def test_missing_column_and_index_are_named(demo_file: Path) -> None:
    alter(
        demo_file,
        "ALTER TABLE meeting DROP COLUMN place",
        "DROP INDEX agenda_item_meeting",
        "CREATE TRIGGER sneaky AFTER INSERT ON meeting BEGIN SELECT 1; END",
    )
    service = open_project(demo_file, read_only=True)
    try:
        problems = schema_problems(service.store.db)
    finally:
        service.close()
    assert problems == [
        "table agenda_item: index 'agenda_item_meeting' missing",
        "table meeting: column 'place' missing",
        "trigger sneaky: not expected",
    ]


def test_changed_column_type_is_named(demo_file: Path) -> None:
    alter(
        demo_file,
        "CREATE TABLE project2 (uuid TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL DEFAULT '',"
        " town INTEGER NOT NULL DEFAULT '', municipality TEXT NOT NULL DEFAULT '',"
        " description TEXT NOT NULL DEFAULT '', facilitators TEXT NOT NULL DEFAULT '',"
        " start_date TEXT, end_date TEXT, named_participants INTEGER NOT NULL DEFAULT 0,"
        " logo BLOB, accent TEXT NOT NULL DEFAULT '', privacy_controller TEXT NOT NULL DEFAULT '',"
        " privacy_purpose TEXT NOT NULL DEFAULT '', privacy_contact TEXT NOT NULL DEFAULT '',"
        " privacy_keep_until TEXT) STRICT",
        "INSERT INTO project2 SELECT uuid, name, 0, municipality, description, facilitators,"
        " start_date, end_date, named_participants, logo, accent, privacy_controller,"
        " privacy_purpose, privacy_contact, privacy_keep_until FROM project",
        "DROP TABLE project",
        "ALTER TABLE project2 RENAME TO project",
    )
    service = open_project(demo_file, read_only=True)
    try:
        problems = schema_problems(service.store.db)
    finally:
        service.close()
    assert problems == ["table project: column 'town' has type INTEGER, expected TEXT"]


def test_broken_link_fails_the_foreign_key_check(demo_file: Path) -> None:
    alter(demo_file, "UPDATE agenda_item SET meeting_uuid = 'gone' WHERE rowid = 1")
    service = open_project(demo_file, read_only=True)
    try:
        checks = by_key(check_project(service))
    finally:
        service.close()
    assert not checks["foreign_keys"].ok
    assert checks["foreign_keys"].count == 1
    assert checks["foreign_keys"].detail == "agenda_item rowid 1 -> meeting"
    assert checks["schema"].ok


def test_a_project_without_backups_says_so(demo_service: ProjectService) -> None:
    from workshop_app.storage import backup

    for info in backup.list_backups(demo_service.store.file_id):
        info.path.unlink()
    checks = by_key(check_project(demo_service))
    assert not checks["backups"].ok
    assert checks["backups"].count == 0
    assert checks["backups"].when is None
