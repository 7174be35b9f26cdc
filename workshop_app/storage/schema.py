"""The project file's schema, as append-only sqlite-utils migrations.

Never edit a released migration: add a new one. ``db/schema.sql`` is a generated snapshot of the
result (``python scripts/dump_schema.py``); a test compares it with a freshly migrated file.
"""

from __future__ import annotations

import json
import uuid

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


#: The knowledge checklist as it stood when m002 was released. A frozen copy, not
#: ``domain.scope.KNOWLEDGE_PRESETS``: a released migration must do the same thing forever.
_M002_KNOWLEDGE_PRESETS = (
    "retail_future",
    "regional_role",
    "future_potential",
    "unused_assets",
    "important_places",
    "movement",
    "coming_investments",
    "key_companies",
    "property_owners",
    "analysis_retail",
    "analysis_demography",
    "analysis_facilities",
    "analysis_buildings",
    "analysis_tourism",
    "analysis_movement_parking",
)


@migrations()
def m002_scope(db: Database) -> None:
    """Phase 1, start-up and scope: single values, rows of lists, and an optional map image.

    Values and row data are JSON (see ``domain/scope_values.py``). No ``json_valid()`` CHECKs:
    the SQLite bundled with Python 3.11-3.13 (3.40) does not mark the JSON functions innocuous,
    and with ``trusted_schema=OFF`` a schema using them cannot even be read. Reading validates
    every value instead.

    A project that existed before this migration gets the knowledge checklist every new project
    starts with; a file being created has no project row yet, and ``create_project`` writes its
    scope itself.
    """
    db.execute(
        """
        CREATE TABLE scope_value (
            uuid TEXT PRIMARY KEY NOT NULL,
            key TEXT NOT NULL UNIQUE,
            value TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE scope_row (
            uuid TEXT PRIMARY KEY NOT NULL,
            list TEXT NOT NULL,
            position INTEGER NOT NULL,
            data TEXT NOT NULL CHECK (data LIKE '{%}')
        ) STRICT
        """
    )
    db.execute("CREATE INDEX scope_row_list ON scope_row(list, position)")
    db.execute(
        """
        CREATE TABLE scope_map (
            uuid TEXT PRIMARY KEY NOT NULL,
            singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
            file_name TEXT NOT NULL,
            mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
            width INTEGER NOT NULL CHECK (width > 0),
            height INTEGER NOT NULL CHECK (height > 0),
            data BLOB NOT NULL CHECK (length(data) > 0)
        ) STRICT
        """
    )
    if db.execute("SELECT count(*) FROM project").fetchone()[0]:
        for position, preset in enumerate(_M002_KNOWLEDGE_PRESETS):
            data = json.dumps({"preset": preset, "question": "", "status": ""})
            db.execute(
                "INSERT INTO scope_row(uuid, list, position, data) VALUES (?, 'knowledge', ?, ?)",
                [str(uuid.uuid4()), position, data],
            )


@migrations()
def m003_actors(db: Database) -> None:
    """Phase 2, actor mapping: actors, custom categories, relations, dated assessments with their
    ratings, and the engagement plan.

    ``actor.can_bring`` is a JSON list of choice keys (no ``json_valid()``, see m002). Deleting an
    actor deletes its relations, ratings and plan entries; deleting an assessment its ratings.
    ``actor.category`` is a preset key or a custom category's uuid, so it has no foreign key; the
    app refuses to delete a category in use.
    """
    db.execute(
        """
        CREATE TABLE actor_category (
            uuid TEXT PRIMARY KEY NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE actor (
            uuid TEXT PRIMARY KEY NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            person_name TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT 'other',
            owner_residence TEXT NOT NULL DEFAULT '',
            owner_kind TEXT NOT NULL DEFAULT '',
            influence INTEGER NOT NULL DEFAULT 3 CHECK (influence BETWEEN 1 AND 5),
            interest INTEGER NOT NULL DEFAULT 3 CHECK (interest BETWEEN 1 AND 5),
            attitude INTEGER NOT NULL DEFAULT 0 CHECK (attitude BETWEEN -2 AND 2),
            involvement_now TEXT NOT NULL DEFAULT '',
            involvement_wanted TEXT NOT NULL DEFAULT '',
            motivation TEXT NOT NULL DEFAULT '',
            can_bring TEXT NOT NULL DEFAULT '[]' CHECK (can_bring LIKE '[%]'),
            org_role TEXT NOT NULL DEFAULT '',
            next_step TEXT NOT NULL DEFAULT '',
            next_step_date TEXT,
            notes TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT ''
        ) STRICT
        """
    )
    db.execute("CREATE INDEX actor_position ON actor(position)")
    db.execute(
        """
        CREATE TABLE actor_relation (
            uuid TEXT PRIMARY KEY NOT NULL,
            source TEXT NOT NULL REFERENCES actor(uuid) ON DELETE CASCADE,
            target TEXT NOT NULL REFERENCES actor(uuid) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('cooperation', 'conflict', 'dependency')),
            note TEXT NOT NULL DEFAULT '',
            CHECK (source <> target)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX actor_relation_source ON actor_relation(source)")
    db.execute("CREATE INDEX actor_relation_target ON actor_relation(target)")
    db.execute(
        """
        CREATE TABLE actor_assessment (
            uuid TEXT PRIMARY KEY NOT NULL,
            date TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT ''
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE actor_rating (
            uuid TEXT PRIMARY KEY NOT NULL,
            assessment_uuid TEXT NOT NULL
                REFERENCES actor_assessment(uuid) ON DELETE CASCADE,
            actor_uuid TEXT NOT NULL REFERENCES actor(uuid) ON DELETE CASCADE,
            influence INTEGER NOT NULL CHECK (influence BETWEEN 1 AND 5),
            interest INTEGER NOT NULL CHECK (interest BETWEEN 1 AND 5),
            attitude INTEGER NOT NULL CHECK (attitude BETWEEN -2 AND 2),
            UNIQUE (assessment_uuid, actor_uuid)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX actor_rating_actor ON actor_rating(actor_uuid)")
    db.execute(
        """
        CREATE TABLE engagement_plan (
            uuid TEXT PRIMARY KEY NOT NULL,
            position INTEGER NOT NULL,
            actor_uuid TEXT NOT NULL REFERENCES actor(uuid) ON DELETE CASCADE,
            method TEXT NOT NULL DEFAULT '',
            planned_when TEXT NOT NULL DEFAULT '',
            responsible TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        ) STRICT
        """
    )
    db.execute("CREATE INDEX engagement_plan_actor ON engagement_plan(actor_uuid)")


def pending(db: Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def apply(db: Database) -> None:
    migrations.apply(db)
