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

_TRIAL_OUTLINE = frozenset(
    {
        "card_run",
        "decision",
        "decision_evidence",
        "idea",
        "idea_vote",
        "trial",
        "trial_actor",
        "trial_budget",
        "trial_permit",
        "trial_status",
    }
)

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
    # The parts of the actor map kept apart (ProjectStore._actor_map): an actor added reads
    # the actors again, not the relations, plan or ratings.
    "actor_relations": frozenset({"actor_relation"}),
    "actor_assessments": frozenset({"actor_assessment", "actor_rating"}),
    "actor_plan": frozenset({"engagement_plan"}),
    # The actor map as the overview reads it: without its relations and assessments.
    "overview_actors": frozenset({"actor", "actor_category", "engagement_plan"}),
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
    # Phase 3 whole: the outline and every test's evidence (two kept reads of their own).
    "trials": _TRIAL_OUTLINE | {"count_session", "feedback"},
    # Phase 3 without its evidence (the tests' list and plan, the navigation, the overview):
    # a feedback card typed in leaves it as it is.
    "trial_outline": _TRIAL_OUTLINE,
    # Every test's counting sessions and feedback, in the order of the tests (a test's title
    # typed leaves them as they are: see PATCHABLE); with the outline, the whole trial book.
    "trial_evidence": frozenset({"count_session", "feedback", "trial"}),
    # Each test's status now (the navigation's line, the overview's counts): no test read whole.
    "trial_statuses": frozenset({"trial", "trial_status"}),
    # The meetings' own rows (the overview's next meeting), without what they gathered.
    "meeting_rows": frozenset({"meeting"}),
}

#: Tables whose row edits a kept read can take in row by row (``storage/kept_reads.py``), with
#: the columns that give a row its place: an edit that leaves them alone is logged as an
#: "update" of that row (its uuid); anything else (an insert, a delete, a move) is not.
PATCHABLE: dict[str, tuple[str, ...]] = {
    "actor": ("position",),
    "meeting": ("position",),
    "trial": ("position",),
}

#: Tables whose rows belong to a group (a test's feedback, its counting sessions), with the column
#: naming the group: any change of their rows (an insert, a delete, a move within the group, an
#: update) is logged with the group it touches, so a kept read can take it in by reading that
#: group again (``storage/kept_reads.py``): adding a paper card reads its test's cards, not the
#: twenty thousand of a project grown over years.
GROUPED: dict[str, str] = {
    "feedback": "trial_uuid",
    "count_session": "trial_uuid",
    # What a meeting gathers: a note captured in the live console reads its meeting again, not
    # the twenty thousand notes of every meeting.
    "agenda_item": "meeting_uuid",
    "meeting_note": "meeting_uuid",
    "participant": "meeting_uuid",
    "action_item": "meeting_uuid",
    "meeting_decision": "meeting_uuid",
    "citizen_count": "meeting_uuid",
    "actor_present": "meeting_uuid",
    "live_state": "meeting_uuid",
}

#: Tables that hold no area's rows (bookkeeping): they count for none.
_NOT_AREAS = frozenset({"meta", "_sqlite_migrations"})
_COUNTERS = "bymidte_table_versions"
_LOG = "bymidte_row_updates"


class TableVersions:
    """The counters of one connection; :meth:`stamp` says whether an area changed."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._forgotten = 0  # the log is cut before this entry
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
            "(seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, uuid TEXT NOT NULL, grp TEXT)"
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
            if table in GROUPED and _has_column(conn, table, GROUPED[table]):
                _log_groups(conn, table, GROUPED[table])

    def last_update(self) -> int:
        """Where the log of row updates ends now (see :meth:`updated_rows`)."""
        row = self.conn.execute(f"SELECT max(seq) FROM temp.{_LOG}").fetchone()
        return int(row[0] or 0)

    #: How far the log may run past what a kept read still needs before it is cut (a statement
    #: per edit saved; the entries are a few bytes in memory, and reads ask only for theirs).
    FORGET_EVERY = 256

    def forget_log(self, upto: int) -> None:
        """Drop the log before ``upto`` (no kept read looks that far back any more), once it
        has run :attr:`FORGET_EVERY` entries past what was dropped last. The entry at ``upto``
        stays: the log goes on numbering after its last entry."""
        if upto - self._forgotten < self.FORGET_EVERY:
            return
        self.conn.execute(f"DELETE FROM temp.{_LOG} WHERE seq < ?", (upto,))
        self._forgotten = upto

    def updated_rows(
        self,
        area: str,
        before: tuple[int, ...],
        since: int,
        now: tuple[int, ...] | None = None,
    ) -> dict[str, frozenset[str]] | None:
        """What changed in ``area`` since its stamp was ``before`` and the log ended at ``since``,
        by table: the rows (uuids) of ``PATCHABLE`` tables updated in place, the groups of
        ``GROUPED`` tables whose rows changed in any way; None when anything else changed (an
        insert, delete or move in another table, another table), which only a full read can
        take in. ``now``: the area's stamp now, when the caller has it."""
        now = self.stamp(area) if now is None else now
        if len(now) != len(before):
            return None
        changed: dict[str, frozenset[str]] = {}
        for table, old, new in zip(self._tables[area], before, now, strict=True):
            if old == new:
                continue
            if table in GROUPED:  # every change is logged with the groups it touched
                groups = self.conn.execute(
                    f"SELECT DISTINCT grp FROM temp.{_LOG} "
                    "WHERE tbl = ? AND seq > ? AND grp IS NOT NULL",
                    (table, since),
                ).fetchall()
                changed[table] = frozenset(group for (group,) in groups)
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

    def stamp_and_end(self, area: str) -> tuple[tuple[int, ...], int]:
        """:meth:`stamp` and :meth:`last_update` in one statement (a kept read asks both after
        every edit)."""
        tables = self._tables[area]
        marks = ",".join("?" * len(tables))
        rows = self.conn.execute(
            f"SELECT tbl, n FROM temp.{_COUNTERS} WHERE tbl IN ({marks}) "
            f"UNION ALL SELECT NULL, max(seq) FROM temp.{_LOG}",
            tables,
        ).fetchall()
        counts = {tbl: n for tbl, n in rows if tbl is not None}
        end = next((n for tbl, n in rows if tbl is None), None)
        return tuple(counts.get(t, 0) for t in tables), int(end or 0)

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


def _has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return any(
        row[1] == column for row in conn.execute("SELECT * FROM pragma_table_info(?)", (table,))
    )


def _log_groups(conn: sqlite3.Connection, table: str, column: str) -> None:
    """Triggers logging every change of ``table``'s rows with the group (``column``) it touches
    (an update that moves a row to another group touches both); the row itself is not named."""
    quoted = '"' + table.replace('"', '""') + '"'
    literal = "'" + table.replace("'", "''") + "'"
    group = '"' + column.replace('"', '""') + '"'
    into = f"INSERT INTO {_LOG} (tbl, uuid, grp)"
    logged = {
        "INSERT": f"{into} VALUES ({literal}, '', NEW.{group});",
        "DELETE": f"{into} VALUES ({literal}, '', OLD.{group});",
        "UPDATE": f"{into} VALUES ({literal}, '', NEW.{group}); "
        f"{into} SELECT {literal}, '', OLD.{group} WHERE OLD.{group} IS NOT NEW.{group};",
    }
    for event, body in logged.items():
        name = '"' + f"bymidte_g_{table}_{event}".replace('"', '""') + '"'
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS {name} AFTER {event} ON main.{quoted} "
            f"BEGIN {body} END"
        )


def install(conn: sqlite3.Connection) -> TableVersions | None:
    """Counters for ``conn``; None where they cannot be made (then nothing is kept)."""
    if conn.in_transaction:  # a rollback would take the triggers with it
        return None
    try:
        return TableVersions(conn)
    except sqlite3.Error:
        return None
