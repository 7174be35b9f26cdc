"""A migrated file says which version it now needs, so older apps refuse it by name."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workshop_app.services.project_service import open_project
from workshop_app.storage import schema


def _meta(path: Path, key: str) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()[0]
    finally:
        conn.close()


def test_opening_an_older_file_raises_its_minimum_versions(demo_file: Path) -> None:
    conn = sqlite3.connect(demo_file)
    with conn:
        conn.execute("UPDATE meta SET value = '0.1.0' WHERE key LIKE 'min_%_version'")
    conn.close()

    open_project(demo_file, read_only=True).close()
    assert _meta(demo_file, "min_reader_version") == "0.1.0"  # a read-only open writes nothing

    open_project(demo_file).close()
    assert _meta(demo_file, "min_reader_version") == schema.MIN_READER_VERSION == "0.4.0"
    assert _meta(demo_file, "min_writer_version") == schema.MIN_WRITER_VERSION
