"""Whether an edit touched personal data: one counter, kept by triggers that live only on this
connection (``TEMP``: nothing is written to the file or its schema).

After every user action the store compares the personal texts before and after it, so that a
blanked or changed contact person leaves no copy behind (``ProjectStore.transaction``). Reading
them is a walk over every actor, meeting and plan line: on a project grown over years, more than
the rename of an actor costs itself. The counter goes up only when a personal column may have
changed (an update naming it with a new value, a row holding a personal text added or deleted);
while it stands still the texts read last time are still the texts of the file.

``TRACKED`` names, per table, the columns ``repository.load_personal_data`` reads its texts from
and which rows hold them; a test runs the loader under SQLite's authorizer to keep it true.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from workshop_app.domain.actors import PERSONAL_FIELDS
from workshop_app.domain.personal import (
    PROJECT_PERSONAL_FIELDS,
    SCOPE_PERSONAL_COLUMNS,
    SCOPE_PERSONAL_FIELDS,
)


@dataclass(frozen=True)
class Tracked:
    """The columns of a table holding personal texts; ``rows``: an SQL condition on ``{row}``
    (``NEW`` or ``OLD``) choosing the rows that may hold them ("" for every row)."""

    columns: tuple[str, ...]
    rows: str = ""


def _quoted_list(values: tuple[str, ...]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


TRACKED: dict[str, Tracked] = {
    "actor": Tracked(PERSONAL_FIELDS),
    "engagement_plan": Tracked(("responsible",)),
    "agenda_item": Tracked(("responsible",)),
    "project": Tracked(("facilitators", *PROJECT_PERSONAL_FIELDS)),
    "meeting": Tracked(("facilitators",)),
    "participant": Tracked(("name",)),
    "action_item": Tracked(("who",)),
    # The charter's group members (one value per key) and the owners of its knowledge list
    # (inside each row's JSON): any change of those rows counts.
    "scope_value": Tracked(
        ("key", "value"), "{row}.key IN (" + _quoted_list(SCOPE_PERSONAL_FIELDS) + ")"
    ),
    "scope_row": Tracked(
        ("list", "data"),
        "{row}.list IN (" + _quoted_list(tuple(key for key, _ in SCOPE_PERSONAL_COLUMNS)) + ")",
    ),
}

_COUNTER = "bymidte_personal_version"


class PersonalVersion:
    """The counter of one connection: equal :meth:`stamp`, equal personal texts."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        tables = {
            name
            for (name,) in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")
        }
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_COUNTER} (n INTEGER NOT NULL)")
        if conn.execute(f"SELECT count(*) FROM temp.{_COUNTER}").fetchone()[0] == 0:
            conn.execute(f"INSERT INTO temp.{_COUNTER} (n) VALUES (0)")
        for table, tracked in TRACKED.items():
            if table in tables:
                _install(conn, table, tracked)

    def stamp(self) -> int:
        return int(self.conn.execute(f"SELECT n FROM temp.{_COUNTER}").fetchone()[0])


def _holds(row: str, tracked: Tracked) -> str:
    """SQL: the row ``row`` (NEW or OLD) holds a personal text."""
    texts = " OR ".join(f"coalesce({row}.\"{c}\", '') <> ''" for c in tracked.columns)
    return f"({texts})" + (f" AND ({tracked.rows.format(row=row)})" if tracked.rows else "")


def _install(conn: sqlite3.Connection, table: str, tracked: Tracked) -> None:
    changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in tracked.columns)
    moved = f"({changed})"
    if tracked.rows:
        moved += f" AND (({tracked.rows.format(row='OLD')}) OR ({tracked.rows.format(row='NEW')}))"
    columns = ", ".join(f'"{c}"' for c in tracked.columns)
    bump = f"BEGIN UPDATE {_COUNTER} SET n = n + 1; END"
    events = {
        "INSERT": ("INSERT", _holds("NEW", tracked)),
        "DELETE": ("DELETE", _holds("OLD", tracked)),
        "UPDATE": (f"UPDATE OF {columns}", moved),
    }
    for name, (event, when) in events.items():
        trigger = f'"bymidte_p_{table}_{name}"'
        conn.execute(
            f'CREATE TEMP TRIGGER IF NOT EXISTS {trigger} AFTER {event} ON main."{table}" '
            f"WHEN {when} {bump}"
        )


def install(conn: sqlite3.Connection) -> PersonalVersion | None:
    """The counter for ``conn``; None where it cannot be made (then every edit reads the texts),
    as inside a transaction (a rollback would take the triggers with it)."""
    try:
        return None if conn.in_transaction else PersonalVersion(conn)
    except sqlite3.Error:
        return None
