"""The project file's schema, as append-only sqlite-utils migrations.

Never edit a released migration: add a new one. ``db/schema.sql`` is a generated snapshot of the
result (``python scripts/dump_schema.py``); a test compares it with a freshly migrated file.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATION_SET = "bymidtevaerkstedet"

#: Oldest app version that may read / write a file with this schema. Raise these in a migration
#: that older versions must not open; they are stored in the file's ``meta`` table.
MIN_READER_VERSION = "0.1.0"
MIN_WRITER_VERSION = "0.1.0"

migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_project_and_meetings(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE project (
            uuid TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            town TEXT NOT NULL DEFAULT '',
            municipality TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            facilitators TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            end_date TEXT
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE meeting (
            uuid TEXT PRIMARY KEY NOT NULL,
            position INTEGER NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            date TEXT,
            start_time TEXT,
            place TEXT NOT NULL DEFAULT '',
            purpose TEXT NOT NULL DEFAULT ''
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE agenda_item (
            uuid TEXT PRIMARY KEY NOT NULL,
            meeting_uuid TEXT NOT NULL REFERENCES meeting(uuid) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            duration_min INTEGER NOT NULL DEFAULT 15
                CHECK (duration_min BETWEEN 0 AND 1440),
            method TEXT NOT NULL DEFAULT '',
            responsible TEXT NOT NULL DEFAULT ''
        ) STRICT
        """
    )
    db.execute("CREATE INDEX agenda_item_meeting ON agenda_item(meeting_uuid, position)")


def pending(db: Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def apply(db: Database) -> None:
    migrations.apply(db)
