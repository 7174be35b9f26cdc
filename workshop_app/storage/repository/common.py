"""Column conversions and the ordered-list helper every area's rows share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from workshop_app.storage.connection import Database
from workshop_app.storage.repository.interned import shared_after_uuid, shared_date


def _date_out(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date_in(value: str | None) -> dt.date | None:
    return shared_date(value) if value else None  # equal dates once (repository/interned.py)


def _time_out(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def _time_in(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def to_column(value: Any) -> Any:
    """A domain value as stored in a column (dates ISO, times HH:MM)."""
    if isinstance(value, dt.date):
        return _date_out(value)
    if isinstance(value, dt.time):
        return _time_out(value)
    return value


def personal_texts(db: Database, sql: str) -> tuple[tuple[str, ...], ...]:
    """The non-empty values of each row ``sql`` reads, as texts (one tuple a row): how the
    personal data of ``domain/personal.py`` is gathered from every area."""
    return tuple(tuple(str(v) for v in row if v) for row in db.execute(sql))


# -- ordered lists -----------------------------------------------------------------------------
#
# Every list the user can reorder keeps its order in an integer ``position`` column, 0, 1, 2…
# ``table`` and ``where`` are the module's own constants, never user input.


def ordered_uuids(
    db: Database,
    table: str,
    where: str = "",
    args: Iterable[Any] = (),
    order: str = "position, uuid",
) -> list[str]:
    """The uuids of a table's rows (those matching ``where``), in list order."""
    sql = f"SELECT uuid FROM {table}" + (f" WHERE {where}" if where else "")
    return [r[0] for r in db.execute(f"{sql} ORDER BY {order}", list(args))]


def ordered_rows(db: Database, table: str, columns: str) -> list[tuple[Any, ...]]:
    """The ``columns`` of every row of a table, in list order (equal texts once after the uuid:
    ``interned.shared_after_uuid``)."""
    return shared_after_uuid(
        db.execute(f"SELECT {columns} FROM {table} ORDER BY position, uuid").fetchall()
    )


def set_order(db: Database, table: str, uuids: Iterable[str]) -> None:
    """Number the given rows 0, 1, 2… in the order given. Rows already in their place are not
    written (a note captured last in a long meeting moves none of the others)."""
    db.conn.executemany(
        f"UPDATE {table} SET position = ? WHERE uuid = ? AND position IS NOT ?",
        [(position, uuid, position) for position, uuid in enumerate(uuids)],
    )


def row_by_uuid(db: Database, table: str, columns: str, uuid: str, what: str) -> tuple[Any, ...]:
    """The ``columns`` of the row with this uuid; ``LookupError("no <what> <uuid>")`` if none."""
    row = db.execute(f"SELECT {columns} FROM {table} WHERE uuid = ?", [uuid]).fetchone()
    if row is None:
        raise LookupError(f"no {what} {uuid}")
    return tuple(row)
