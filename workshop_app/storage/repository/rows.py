"""The row steps phases 2 and 3 repeat for every table: insert a row, write some columns of it
(``LookupError`` when there is none), delete it, read a table in list order, and turn a broken
stored value into "the file is damaged" (``ValueError`` naming the row).

``table`` and the column names are the calling module's own constants, never user input.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from workshop_app.domain.values import InvalidValue
from workshop_app.storage.connection import Database
from workshop_app.storage.repository.common import (
    ordered_rows,
    ordered_uuids,
    row_by_uuid,
    set_order,
)

_T = TypeVar("_T")


def insert_row(db: Database, table: str, columns: str, values: Sequence[Any]) -> None:
    """One row of ``table`` with ``values`` for ``columns`` (comma-separated, in order)."""
    marks = ", ".join("?" for _ in values)
    db.execute(f"INSERT INTO {table}({columns}) VALUES ({marks})", list(values))


def update_row(
    db: Database, table: str, names: Iterable[str], values: Sequence[Any], uuid: str, what: str
) -> None:
    """Write ``values`` to the columns ``names`` of the row ``uuid``; ``LookupError("no <what>
    <uuid>")`` if there is no such row."""
    assignments = ", ".join(f"{name} = ?" for name in names)
    cursor = db.execute(f"UPDATE {table} SET {assignments} WHERE uuid = ?", [*values, uuid])
    if cursor.rowcount != 1:
        raise LookupError(f"no {what} {uuid}")


def row_exists(db: Database, table: str, uuid: str) -> bool:
    """Whether ``table`` (one of the project's tables, never user text) holds a row with this
    uuid."""
    known = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
    ).fetchone()
    if known is None or table.startswith(("sqlite_", "_")):
        raise ValueError(f"not a project table: {table!r}")
    return db.execute(f'SELECT 1 FROM "{table}" WHERE uuid = ?', [uuid]).fetchone() is not None


def delete_row(db: Database, table: str, uuid: str) -> None:
    db.execute(f"DELETE FROM {table} WHERE uuid = ?", [uuid])


def load_in_order(
    db: Database, table: str, columns: str, from_row: Callable[[tuple[Any, ...]], _T]
) -> tuple[_T, ...]:
    """Every row of an ordered table as an object, positions renumbered 0, 1, 2…"""
    return tuple(
        _at_position(from_row(row), index)
        for index, row in enumerate(ordered_rows(db, table, columns))
    )


def remembered(
    db: Database,
    table: str,
    columns: str,
    from_row: Callable[[tuple[Any, ...]], _T],
    extra: Callable[[str], Any] | None = None,
) -> tuple[_T, ...] | None:
    """:func:`load_in_order` making only the records of rows not read before (None when ``db``
    keeps no memo: a plain connection). An actor or idea added, deleted or moved reads the
    whole table again (the positions move), but the rows seen before are not made and checked
    again (80 ms for two thousand actors); the records of this read replace the last read's,
    so the memo never grows. A row is known by its columns but the position, and by
    ``extra(uuid)`` where ``from_row`` reads more than the row (a test's budget and history);
    ``from_row`` must depend on those alone."""
    memo = getattr(db, "row_memo", None)
    if memo is None:
        return None
    seen: dict[tuple[Any, ...], _T] = memo.get(table, {})
    made: dict[tuple[Any, ...], _T] = {}
    records = []
    for index, row in enumerate(ordered_rows(db, table, columns)):
        own = (row[0], *row[2:])  # uuid, then position, then the rest
        key: tuple[Any, ...] | None = own if extra is None else (*own, extra(row[0]))
        try:
            record = seen.get(key) if key is not None else None
        except TypeError:  # a value that cannot be a key: made each time, not remembered
            key, record = None, None
        if record is None or type(row[1]) is not int:
            record = from_row(row)
        if key is not None:
            made[key] = record
        records.append(_at_position(record, index))
    memo[table] = made
    return tuple(records)


def made_once(
    db: Database, name: str, rows: Iterable[tuple[Any, ...]], from_row: Callable[..., _T]
) -> tuple[_T, ...]:
    """``from_row`` of each row, in order, but the records of rows the last such read of
    ``name`` saw come back as made then (rows of a list without positions, such as relations:
    a row is known by all its columns; see :func:`remembered`)."""
    memo = getattr(db, "row_memo", None)
    if memo is None:
        return tuple(from_row(row) for row in rows)
    seen: dict[tuple[Any, ...], _T] = memo.get(name, {})
    made: dict[tuple[Any, ...], _T] = {}
    records = []
    for row in rows:
        record = seen.get(row)
        if record is None:
            record = from_row(row)
        made[row] = record
        records.append(record)
    memo[name] = made
    return tuple(records)


def made_in_steps(
    db: Database,
    name: str,
    rows: Sequence[tuple[Any, ...]],
    from_row: Callable[..., Any],
    size: int,
) -> Generator[int]:
    """The records of ``rows`` made ``size`` at a time into what the next :func:`made_once` of
    ``name`` finds made (records of rows seen before are taken as they are): thousands of rows
    made between the event loop's turns, then read by one that makes none. Yields the number
    made after each step; ends when a read of ``name`` took the memo meanwhile."""
    memo = getattr(db, "row_memo", None)
    if memo is None:
        return
    seen = memo.get(name, {})
    made: dict[tuple[Any, ...], Any] = {}
    memo[name] = made
    for start in range(0, len(rows), size):
        if memo.get(name) is not made:
            return
        for row in rows[start : start + size]:
            record = seen.get(row)
            made[row] = from_row(row) if record is None else record
        yield min(start + size, len(rows))


def _at_position(record: _T, index: int) -> _T:
    """``record`` numbered ``index``: itself when it has that number already (as the rows of a
    file the app wrote have), else a copy."""
    position = record.position  # type: ignore[attr-defined]
    if type(position) is int and position == index:
        return record
    return dataclasses.replace(record, position=index)  # type: ignore[type-var]


def position_of(row: tuple[Any, ...], what: str) -> int:
    """The stored position (the row's second column); ``ValueError`` if it is not a number."""
    position = row[1]
    if not isinstance(position, int):
        raise ValueError(f"{what} with a broken position")
    return position


def damaged(what: str, uuid: Any, check: Callable[..., _T], *args: Any) -> _T:
    """``check(*args)``; a broken rule (or a value of the wrong shape) means the file is damaged:
    ``ValueError("<what> <uuid>: <rule>")``."""
    try:
        return check(*args)
    except (InvalidValue, TypeError) as exc:
        raise ValueError(f"{what} {uuid}: {exc}") from None


@dataclass(frozen=True)
class Table(Generic[_T]):
    """One table of rows the user keeps in order (actors, ideas, plan entries…), described once:
    its name, what a missing row is called, the columns :attr:`from_row` reads (uuid, then
    position) and how such a row becomes a checked object. Each area names its steps after it
    (``load_actor = _ACTORS.load``, :meth:`list_steps`)."""

    name: str
    what: str
    columns: str
    from_row: Callable[[tuple[Any, ...]], _T]
    #: :meth:`load_all` keeps the records it made (on a :class:`~storage.connection.Connection`)
    #: and makes again only those of rows it has not read before: ``from_row`` must depend on
    #: the row alone.
    remember: bool = dataclasses.field(default=False, kw_only=True)

    def uuids(self, db: Database) -> list[str]:
        """The uuids in list order."""
        return ordered_uuids(db, self.name)

    def load(self, db: Database, uuid: str) -> _T:
        """One row; ``LookupError("no <what> <uuid>")`` if there is none."""
        return self.from_row(row_by_uuid(db, self.name, self.columns, uuid, self.what))

    def load_all(self, db: Database) -> tuple[_T, ...]:
        """Every row in list order, positions renumbered 0, 1, 2…"""
        if self.remember:
            records = remembered(db, self.name, self.columns, self.from_row)
            if records is not None:
                return records
        return load_in_order(db, self.name, self.columns, self.from_row)

    def delete(self, db: Database, uuid: str) -> None:
        delete_row(db, self.name, uuid)

    def set_order(self, db: Database, uuids: Iterable[str]) -> None:
        """Number the given rows 0, 1, 2… in the order given."""
        set_order(db, self.name, uuids)

    def list_steps(
        self,
    ) -> tuple[
        Callable[[Database], list[str]],
        Callable[[Database, str], None],
        Callable[[Database, Iterable[str]], None],
    ]:
        """The steps every ordered list has, for an area to name: its uuids in order, delete a
        row, store a new order (``actor_uuids, delete_actor, set_actor_order = …``)."""
        return self.uuids, self.delete, self.set_order
