"""Which areas of the file changed since a read: one counter per table, kept by triggers that live
only on this connection (``TEMP``: nothing is written to the file or its schema).

A whole-area read (the actor map, the trial book…) is kept until a table it reads changes, so
renaming an actor re-reads the actors but not twenty thousand feedback entries. Every insert,
update and delete bumps its table's counter, also those done by foreign-key actions (a deleted
meeting clearing an idea's origin) and undone with their transaction when it rolls back.

Each area names every table its loader reads (``AREA_TABLES``; a table may serve several areas;
a test runs every loader under SQLite's authorizer to keep the lists true). A table no area
names counts for every area: a new table can make reads less cached, never stale.
"""

from __future__ import annotations

import sqlite3

AREA_TABLES: dict[str, frozenset[str]] = {
    "project": frozenset({"project"}),
    "meetings": frozenset(
        {
            "meeting",
            "agenda_item",
            "action_item",
            "actor_present",
            "citizen_count",
            "live_state",
            "meeting_decision",
            "meeting_note",
            "participant",
            "actor",  # actors present are listed in the register's order
        }
    ),
    "scope": frozenset({"scope_map", "scope_row", "scope_value"}),
    "actors": frozenset(
        {
            "actor",
            "actor_assessment",
            "actor_category",
            "actor_rating",
            "actor_relation",
            "engagement_plan",
        }
    ),
    # Not an area of the snapshot: the tables the personal data is read from
    # (repository.load_personal_data), so an edit elsewhere need not read it again.
    "personal": frozenset(
        {
            "action_item",
            "actor",
            "agenda_item",
            "engagement_plan",
            "meeting",
            "participant",
            "project",
            "scope_row",
            "scope_value",
        }
    ),
    "trials": frozenset(
        {
            "card_run",
            "count_session",
            "decision",
            "decision_evidence",
            "feedback",
            "idea",
            "idea_vote",
            "trial",
            "trial_actor",
            "trial_budget",
            "trial_permit",
            "trial_status",
        }
    ),
}

#: Tables whose row edits a kept read can take in row by row (``storage/kept_reads.py``), with
#: the columns that give a row its place: an edit that leaves them alone is logged as an
#: "update" of that row (its uuid); anything else (an insert, a delete, a move) is not.
PATCHABLE: dict[str, tuple[str, ...]] = {
    "actor": ("position",),
    "feedback": ("trial_uuid", "position"),
    "count_session": ("trial_uuid", "date", "start_time"),
}

#: Tables that hold no area's rows (bookkeeping): they count for none.
_NOT_AREAS = frozenset({"meta", "_sqlite_migrations"})
_COUNTERS = "bymidte_table_versions"
_LOG = "bymidte_row_updates"


class TableVersions:
    """The counters of one connection; :meth:`stamp` says whether an area changed."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            )
            if name not in _NOT_AREAS
        ]
        named = frozenset().union(*AREA_TABLES.values())
        unnamed = frozenset(tables) - named
        present = frozenset(tables)
        self._tables = {
            area: tuple(sorted((declared & present) | unnamed))
            for area, declared in AREA_TABLES.items()
        }
        conn.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {_COUNTERS} "
            "(tbl TEXT PRIMARY KEY, n INTEGER NOT NULL)"
        )
        conn.executemany(
            f"INSERT OR IGNORE INTO temp.{_COUNTERS} (tbl, n) VALUES (?, 0)",
            [(t,) for t in tables],
        )
        conn.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {_LOG} "
            "(seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, uuid TEXT NOT NULL)"
        )
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            literal = "'" + table.replace("'", "''") + "'"
            for event in ("INSERT", "UPDATE", "DELETE"):
                name = '"' + f"bymidte_v_{table}_{event}".replace('"', '""') + '"'
                conn.execute(
                    f"CREATE TEMP TRIGGER IF NOT EXISTS {name} AFTER {event} ON main.{quoted} "
                    f"BEGIN UPDATE {_COUNTERS} SET n = n + 1 WHERE tbl = {literal}; END"
                )
            if table in PATCHABLE:
                same = " AND ".join(f'OLD."{c}" IS NEW."{c}"' for c in ("uuid", *PATCHABLE[table]))
                name = '"' + f"bymidte_u_{table}".replace('"', '""') + '"'
                conn.execute(
                    f"CREATE TEMP TRIGGER IF NOT EXISTS {name} AFTER UPDATE ON main.{quoted} "
                    f"WHEN {same} BEGIN INSERT INTO {_LOG} (tbl, uuid) "
                    f"VALUES ({literal}, NEW.uuid); END"
                )

    def last_update(self) -> int:
        """Where the log of row updates ends now (see :meth:`updated_rows`)."""
        row = self.conn.execute(f"SELECT max(seq) FROM temp.{_LOG}").fetchone()
        return int(row[0] or 0)

    def updated_rows(
        self, area: str, before: tuple[int, ...], since: int
    ) -> dict[str, frozenset[str]] | None:
        """The rows (uuids by table) whose updates are all that changed in ``area`` since its
        stamp was ``before`` and the log ended at ``since``; None when anything else changed
        (an insert, a delete, a move, another table), which only a full read can take in."""
        now = self.stamp(area)
        if len(now) != len(before):
            return None
        changed: dict[str, frozenset[str]] = {}
        for table, old, new in zip(self._tables[area], before, now, strict=True):
            if old == new:
                continue
            if table not in PATCHABLE:
                return None
            rows = self.conn.execute(
                f"SELECT uuid FROM temp.{_LOG} WHERE tbl = ? AND seq > ?", (table, since)
            ).fetchall()
            if len(rows) != new - old:  # some of the edits were not plain updates
                return None
            changed[table] = frozenset(uuid for (uuid,) in rows)
        return changed

    def stamp(self, area: str) -> tuple[int, ...]:
        """The counters of the tables ``area`` reads: equal stamps, equal rows."""
        tables = self._tables[area]
        marks = ",".join("?" * len(tables))
        counts = dict(
            self.conn.execute(
                f"SELECT tbl, n FROM temp.{_COUNTERS} WHERE tbl IN ({marks})", tables
            ).fetchall()
        )
        return tuple(counts.get(t, 0) for t in tables)


def install(conn: sqlite3.Connection) -> TableVersions | None:
    """Counters for ``conn``; None where they cannot be made (then nothing is kept)."""
    if conn.in_transaction:  # a rollback would take the triggers with it
        return None
    try:
        return TableVersions(conn)
    except sqlite3.Error:
        return None
