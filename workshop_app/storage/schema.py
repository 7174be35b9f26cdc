"""The project file's schema, as append-only sqlite-utils migrations.

Never edit a released migration: add a new one. ``db/schema.sql`` is a generated snapshot of the
result (``python scripts/dump_schema.py``); a test compares it with a freshly migrated file.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from workshop_app.storage.connection import Database

if TYPE_CHECKING:
    from sqlite_utils import Migrations

MIGRATION_SET = "bymidtevaerkstedet"

#: The table sqlite-utils' ``Migrations`` records applied migrations in (columns ``id``,
#: ``migration_set``, ``name``, ``applied_at``).
MIGRATIONS_TABLE = "_sqlite_migrations"

#: Oldest app version that may read / write a file with this schema. Raise these in a migration
#: that older versions must not open; they are stored in the file's ``meta`` table.
MIN_READER_VERSION = "0.4.0"
MIN_WRITER_VERSION = "0.4.0"

Migration = Callable[[Database], None]

#: The migrations in order, each with whether it runs in a transaction; named by the function.
_MIGRATIONS: list[tuple[Migration, bool]] = []


def _migration(*, transactional: bool = True) -> Callable[[Migration], Migration]:
    """Register a migration (as sqlite-utils' ``Migrations.__call__`` would, later: see
    :func:`_sqlite_utils_migrations`)."""

    def register(fn: Migration) -> Migration:
        _MIGRATIONS.append((fn, transactional))
        return fn

    return register


@_migration()
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


@_migration()
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


@_migration()
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


@_migration()
def m004_trials(db: Database) -> None:
    """Phase 3, temporary prototype tests: the idea bank with dot votes per meeting, test records
    (budget lines, permits, status history, responsible actors), count sessions, feedback and
    decisions with the evidence they rest on.

    Tags and the tallies of a count session are JSON lists (no ``json_valid()``, see m002).
    Deleting a test deletes everything that belongs to it; links *to* it from other rows (the
    next version's ``version_of``, an idea's ``origin_trial``) become NULL, as do links to a
    deleted meeting, actor or idea. Deleting a meeting deletes its votes; an actor, its place
    among a test's responsible actors. The status of a test is the last row of its history.
    """
    db.execute(
        """
        CREATE TABLE idea (
            uuid TEXT PRIMARY KEY NOT NULL,
            position INTEGER NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            origin_meeting TEXT REFERENCES meeting(uuid) ON DELETE SET NULL,
            origin_actor TEXT REFERENCES actor(uuid) ON DELETE SET NULL,
            origin_trial TEXT REFERENCES trial(uuid) ON DELETE SET NULL,
            origin_note TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]' CHECK (tags LIKE '[%]'),
            created TEXT,
            merged_into TEXT REFERENCES idea(uuid) ON DELETE SET NULL,
            CHECK (merged_into IS NULL OR merged_into <> uuid)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX idea_position ON idea(position)")
    db.execute("CREATE INDEX idea_merged_into ON idea(merged_into)")
    db.execute("CREATE INDEX idea_origin_meeting ON idea(origin_meeting)")
    db.execute("CREATE INDEX idea_origin_actor ON idea(origin_actor)")
    db.execute("CREATE INDEX idea_origin_trial ON idea(origin_trial)")
    db.execute(
        """
        CREATE TABLE idea_vote (
            uuid TEXT PRIMARY KEY NOT NULL,
            idea_uuid TEXT NOT NULL REFERENCES idea(uuid) ON DELETE CASCADE,
            meeting_uuid TEXT NOT NULL REFERENCES meeting(uuid) ON DELETE CASCADE,
            count INTEGER NOT NULL CHECK (count >= 0),
            UNIQUE (idea_uuid, meeting_uuid)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX idea_vote_meeting ON idea_vote(meeting_uuid)")
    db.execute(
        """
        CREATE TABLE trial (
            uuid TEXT PRIMARY KEY NOT NULL,
            position INTEGER NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            idea_uuid TEXT REFERENCES idea(uuid) ON DELETE SET NULL,
            version_of TEXT REFERENCES trial(uuid) ON DELETE SET NULL,
            we_believe TEXT NOT NULL DEFAULT '',
            will TEXT NOT NULL DEFAULT '',
            we_will_see TEXT NOT NULL DEFAULT '',
            strategic_aim TEXT NOT NULL DEFAULT '',
            trial_type TEXT NOT NULL DEFAULT 'other',
            place TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            end_date TEXT,
            materials TEXT NOT NULL DEFAULT '',
            success_criteria TEXT NOT NULL DEFAULT '',
            measurement_plan TEXT NOT NULL DEFAULT '',
            CHECK (version_of IS NULL OR version_of <> uuid),
            CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX trial_position ON trial(position)")
    db.execute("CREATE INDEX trial_idea ON trial(idea_uuid)")
    db.execute("CREATE INDEX trial_version_of ON trial(version_of)")
    db.execute(
        """
        CREATE TABLE trial_actor (
            uuid TEXT PRIMARY KEY NOT NULL,
            trial_uuid TEXT NOT NULL REFERENCES trial(uuid) ON DELETE CASCADE,
            actor_uuid TEXT NOT NULL REFERENCES actor(uuid) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            UNIQUE (trial_uuid, actor_uuid)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX trial_actor_actor ON trial_actor(actor_uuid)")
    db.execute(
        """
        CREATE TABLE trial_budget (
            uuid TEXT PRIMARY KEY NOT NULL,
            trial_uuid TEXT NOT NULL REFERENCES trial(uuid) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
            in_kind INTEGER NOT NULL DEFAULT 0 CHECK (in_kind IN (0, 1))
        ) STRICT
        """
    )
    db.execute("CREATE INDEX trial_budget_trial ON trial_budget(trial_uuid, position)")
    db.execute(
        """
        CREATE TABLE trial_permit (
            uuid TEXT PRIMARY KEY NOT NULL,
            trial_uuid TEXT NOT NULL REFERENCES trial(uuid) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL DEFAULT 'other',
            needed INTEGER CHECK (needed IN (0, 1)),
            applied INTEGER CHECK (applied IN (0, 1)),
            granted INTEGER CHECK (granted IN (0, 1)),
            by_whom TEXT NOT NULL DEFAULT '',
            date TEXT,
            note TEXT NOT NULL DEFAULT ''
        ) STRICT
        """
    )
    db.execute("CREATE INDEX trial_permit_trial ON trial_permit(trial_uuid, position)")
    db.execute(
        """
        CREATE TABLE trial_status (
            uuid TEXT PRIMARY KEY NOT NULL,
            trial_uuid TEXT NOT NULL REFERENCES trial(uuid) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            status TEXT NOT NULL
                CHECK (status IN ('idea', 'planned', 'running', 'evaluated', 'decided')),
            date TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute("CREATE INDEX trial_status_trial ON trial_status(trial_uuid, position)")
    db.execute(
        """
        CREATE TABLE count_session (
            uuid TEXT PRIMARY KEY NOT NULL,
            trial_uuid TEXT NOT NULL REFERENCES trial(uuid) ON DELETE CASCADE,
            date TEXT NOT NULL,
            start_time TEXT NOT NULL,
            end_time TEXT NOT NULL,
            weather TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            phase TEXT NOT NULL CHECK (phase IN ('before', 'during', 'after')),
            note TEXT NOT NULL DEFAULT '',
            passing TEXT NOT NULL DEFAULT '[]' CHECK (passing LIKE '[%]'),
            staying TEXT NOT NULL DEFAULT '[]' CHECK (staying LIKE '[%]'),
            CHECK (end_time > start_time)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX count_session_trial ON count_session(trial_uuid, date)")
    db.execute(
        """
        CREATE TABLE feedback (
            uuid TEXT PRIMARY KEY NOT NULL,
            trial_uuid TEXT NOT NULL REFERENCES trial(uuid) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            date TEXT,
            channel TEXT NOT NULL DEFAULT 'card',
            card_number INTEGER CHECK (card_number >= 1),
            sentiment TEXT NOT NULL DEFAULT '',
            what_works TEXT NOT NULL DEFAULT '',
            could_be_better TEXT NOT NULL DEFAULT '',
            quote TEXT NOT NULL DEFAULT '',
            age_band TEXT NOT NULL DEFAULT '',
            respondent_group TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]' CHECK (tags LIKE '[%]'),
            UNIQUE (trial_uuid, card_number),
            CHECK (card_number IS NULL OR channel = 'card')
        ) STRICT
        """
    )
    db.execute("CREATE INDEX feedback_trial ON feedback(trial_uuid, position)")
    db.execute(
        """
        CREATE TABLE decision (
            uuid TEXT PRIMARY KEY NOT NULL,
            trial_uuid TEXT NOT NULL REFERENCES trial(uuid) ON DELETE CASCADE,
            date TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (
                kind IN ('keep', 'adjust_and_retest', 'make_permanent', 'discard', 'spawn_ideas')
            ),
            reasoning TEXT NOT NULL DEFAULT ''
        ) STRICT
        """
    )
    db.execute("CREATE INDEX decision_trial ON decision(trial_uuid, date)")
    db.execute(
        """
        CREATE TABLE decision_evidence (
            uuid TEXT PRIMARY KEY NOT NULL,
            decision_uuid TEXT NOT NULL REFERENCES decision(uuid) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            count_uuid TEXT REFERENCES count_session(uuid) ON DELETE CASCADE,
            feedback_uuid TEXT REFERENCES feedback(uuid) ON DELETE CASCADE,
            CHECK ((count_uuid IS NULL) <> (feedback_uuid IS NULL))
        ) STRICT
        """
    )
    db.execute("CREATE INDEX decision_evidence_decision ON decision_evidence(decision_uuid)")
    db.execute("CREATE INDEX decision_evidence_count ON decision_evidence(count_uuid)")
    db.execute("CREATE INDEX decision_evidence_feedback ON decision_evidence(feedback_uuid)")


@_migration(transactional=False)
def m005_unrated_actors(db: Database) -> None:
    """Influence and interest may be empty: a new actor is unrated until someone rates it.

    Existing actors keep their ratings (as rated). SQLite cannot drop a NOT NULL in place, so the
    ``actor`` table is rebuilt: with foreign keys off (else dropping the old table would cascade
    into relations, ratings, plan and test rows), in one transaction of its own, checked with
    ``foreign_key_check`` before it commits. Running it again on a rebuilt table does nothing.
    """
    columns = {row[1]: row[3] for row in db.execute("PRAGMA table_info(actor)")}
    if not columns.get("influence") and not columns.get("interest"):
        return  # already nullable (a run cut short after its commit)
    foreign_keys = db.execute("PRAGMA foreign_keys").fetchone()[0]
    db.execute("PRAGMA foreign_keys=OFF")
    try:
        with db.atomic():
            db.execute(
                """
                CREATE TABLE actor_m005 (
                    uuid TEXT PRIMARY KEY NOT NULL,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL DEFAULT '',
                    person_name TEXT NOT NULL DEFAULT '',
                    category TEXT NOT NULL DEFAULT 'other',
                    owner_residence TEXT NOT NULL DEFAULT '',
                    owner_kind TEXT NOT NULL DEFAULT '',
                    influence INTEGER CHECK (influence BETWEEN 1 AND 5),
                    interest INTEGER CHECK (interest BETWEEN 1 AND 5),
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
            names = ", ".join(columns)
            db.execute(f"INSERT INTO actor_m005 ({names}) SELECT {names} FROM actor")
            db.execute("DROP TABLE actor")
            db.execute("ALTER TABLE actor_m005 RENAME TO actor")
            db.execute("CREATE INDEX actor_position ON actor(position)")
            if db.execute("PRAGMA foreign_key_check").fetchall():
                raise ValueError("m005_unrated_actors: foreign keys broken by the rebuild")
    finally:
        db.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")


@_migration()
def m006_meetings_in_the_room(db: Database) -> None:
    """Issue 13, the meeting in the room: a meeting's kind, facilitators and phase; an agenda
    item's materials, facilitator notes and the minutes added live; whether the project lists
    participants by name; attendance (actors present, citizens counted by age band and group,
    named participants), captured notes, action items, decisions and the live console's state.

    Kinds and phases are checked by the app, not by CHECKs (a new kind must not need a table
    rebuild). Deleting a meeting deletes all of these; deleting an agenda item leaves its notes
    and the live state without an item; deleting an actor removes it from the actors present. A
    note's ``became_uuid`` and an action's or decision's ``note_uuid`` are links to rows in other
    tables (or none, ''), kept by the app. Older versions must not write such a file: they would
    drop these rows from exports and miss personal data when deleting it.
    """
    db.execute(
        "ALTER TABLE project ADD COLUMN named_participants INTEGER NOT NULL DEFAULT 0 "
        "CHECK (named_participants IN (0, 1))"
    )
    db.execute("ALTER TABLE meeting ADD COLUMN kind TEXT NOT NULL DEFAULT 'other'")
    db.execute("ALTER TABLE meeting ADD COLUMN facilitators TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE meeting ADD COLUMN phase TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE agenda_item ADD COLUMN materials TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE agenda_item ADD COLUMN notes TEXT NOT NULL DEFAULT ''")
    db.execute(
        "ALTER TABLE agenda_item ADD COLUMN extra_min INTEGER NOT NULL DEFAULT 0 "
        "CHECK (extra_min BETWEEN 0 AND 1440)"
    )
    db.execute(
        """
        CREATE TABLE actor_present (
            uuid TEXT PRIMARY KEY NOT NULL,
            meeting_uuid TEXT NOT NULL REFERENCES meeting(uuid) ON DELETE CASCADE,
            actor_uuid TEXT NOT NULL REFERENCES actor(uuid) ON DELETE CASCADE,
            UNIQUE (meeting_uuid, actor_uuid)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX actor_present_actor ON actor_present(actor_uuid)")
    db.execute(
        """
        CREATE TABLE citizen_count (
            uuid TEXT PRIMARY KEY NOT NULL,
            meeting_uuid TEXT NOT NULL REFERENCES meeting(uuid) ON DELETE CASCADE,
            age_band TEXT NOT NULL,
            attendance_group TEXT NOT NULL,
            count INTEGER NOT NULL CHECK (count >= 0),
            UNIQUE (meeting_uuid, age_band, attendance_group)
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE participant (
            uuid TEXT PRIMARY KEY NOT NULL,
            meeting_uuid TEXT NOT NULL REFERENCES meeting(uuid) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
            delete_by TEXT
        ) STRICT
        """
    )
    db.execute("CREATE INDEX participant_meeting ON participant(meeting_uuid, position)")
    db.execute(
        """
        CREATE TABLE meeting_note (
            uuid TEXT PRIMARY KEY NOT NULL,
            meeting_uuid TEXT NOT NULL REFERENCES meeting(uuid) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            item_uuid TEXT REFERENCES agenda_item(uuid) ON DELETE SET NULL,
            at TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            became_kind TEXT NOT NULL DEFAULT '',
            became_uuid TEXT NOT NULL DEFAULT ''
        ) STRICT
        """
    )
    db.execute("CREATE INDEX meeting_note_meeting ON meeting_note(meeting_uuid, position)")
    db.execute("CREATE INDEX meeting_note_item ON meeting_note(item_uuid)")
    db.execute(
        """
        CREATE TABLE action_item (
            uuid TEXT PRIMARY KEY NOT NULL,
            meeting_uuid TEXT NOT NULL REFERENCES meeting(uuid) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            what TEXT NOT NULL DEFAULT '',
            who TEXT NOT NULL DEFAULT '',
            due TEXT,
            done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
            note_uuid TEXT NOT NULL DEFAULT ''
        ) STRICT
        """
    )
    db.execute("CREATE INDEX action_item_meeting ON action_item(meeting_uuid, position)")
    db.execute(
        """
        CREATE TABLE meeting_decision (
            uuid TEXT PRIMARY KEY NOT NULL,
            meeting_uuid TEXT NOT NULL REFERENCES meeting(uuid) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            note_uuid TEXT NOT NULL DEFAULT ''
        ) STRICT
        """
    )
    db.execute("CREATE INDEX meeting_decision_meeting ON meeting_decision(meeting_uuid, position)")
    db.execute(
        """
        CREATE TABLE live_state (
            uuid TEXT PRIMARY KEY NOT NULL,
            meeting_uuid TEXT NOT NULL UNIQUE REFERENCES meeting(uuid) ON DELETE CASCADE,
            started_at TEXT,
            item_uuid TEXT REFERENCES agenda_item(uuid) ON DELETE SET NULL,
            item_started_at TEXT,
            paused_at TEXT,
            paused_s INTEGER NOT NULL DEFAULT 0 CHECK (paused_s >= 0),
            ended_at TEXT
        ) STRICT
        """
    )
    db.execute("CREATE INDEX live_state_item ON live_state(item_uuid)")


@_migration()
def m007_print_suite(db: Database) -> None:
    """Issue 14, the print suite: the project's print look (a logo, PNG or JPEG bytes of at most
    1 MB, and an accent colour "#rrggbb" or '' for black and white), its privacy notice for
    sign-in sheets (who is responsible, why, whom to contact, kept until) and the print runs of
    numbered feedback cards per test (``card_run``: the numbers ``first`` to ``last``; numbers do
    not repeat within a test, which the app checks). Deleting a test deletes its runs.
    """
    db.execute("ALTER TABLE project ADD COLUMN logo BLOB")
    db.execute("ALTER TABLE project ADD COLUMN accent TEXT NOT NULL DEFAULT ''")
    for column in ("privacy_controller", "privacy_purpose", "privacy_contact"):
        db.execute(f"ALTER TABLE project ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE project ADD COLUMN privacy_keep_until TEXT")
    db.execute(
        """
        CREATE TABLE card_run (
            uuid TEXT PRIMARY KEY NOT NULL,
            trial_uuid TEXT NOT NULL REFERENCES trial(uuid) ON DELETE CASCADE,
            first INTEGER NOT NULL CHECK (first >= 1),
            last INTEGER NOT NULL,
            printed_at TEXT NOT NULL,
            CHECK (last >= first)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX card_run_trial ON card_run(trial_uuid, first)")


def names() -> list[str]:
    """Every migration's name, in the order they apply."""
    return [fn.__name__ for fn, _ in _MIGRATIONS]


def pending(db: Database) -> list[str]:
    """The migrations not yet applied to ``db``, read from the table sqlite-utils keeps as its
    ``Migrations.pending`` reads it (no table: all of them); the same query, without importing
    sqlite-utils. A table not of that shape raises (``KeyError`` or ``sqlite3.Error``)."""
    found = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?",
        (MIGRATIONS_TABLE,),
    ).fetchone()
    if found is None:
        return names()
    cursor = db.execute(
        f"SELECT * FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
        (MIGRATION_SET,),
    )
    columns = [column[0] for column in cursor.description]
    applied = set()
    for values in cursor:
        row = dict(zip(columns, values, strict=True))
        applied.add(row["name"])
        row["applied_at"]
    return [name for name in names() if name not in applied]


def apply(db: Database) -> None:
    """Apply the pending migrations with sqlite-utils' ``Migrations`` (imported only when one
    is pending: a file already up to date is left as it is)."""
    if not pending(db):
        return
    from sqlite_utils import Database as SqliteUtilsDatabase

    _sqlite_utils_migrations().apply(SqliteUtilsDatabase(db.conn, execute_plugins=False))


@cache
def _sqlite_utils_migrations() -> Migrations:
    from workshop_app.storage import sqlite_import

    sqlite_import.import_sqlite_utils()  # its costly regular expression compiled when used
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for fn, transactional in _MIGRATIONS:
        migrations(transactional=transactional)(fn)
    return migrations
