"""The row steps phases 2 and 3 repeat for every table: insert a row, write some columns of it
(``LookupError`` when there is none), delete it, read a table in list order, and turn a broken
stored value into "the file is damaged" (``ValueError`` naming the row).

``table`` and the column names are the calling module's own constants, never user input.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from sqlite_utils import Database

from workshop_app.domain.values import InvalidValue
from workshop_app.storage.repository.common import ordered_rows

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


def delete_row(db: Database, table: str, uuid: str) -> None:
    db.execute(f"DELETE FROM {table} WHERE uuid = ?", [uuid])


def load_in_order(
    db: Database, table: str, columns: str, from_row: Callable[[tuple[Any, ...]], _T]
) -> tuple[_T, ...]:
    """Every row of an ordered table as an object, positions renumbered 0, 1, 2…"""
    return tuple(
        dataclasses.replace(from_row(row), position=index)  # type: ignore[type-var]
        for index, row in enumerate(ordered_rows(db, table, columns))
    )


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
