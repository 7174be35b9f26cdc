"""Equal values read from many rows kept once: the memory of a project grown over years.

A whole-area read gets every value of every row as a new object: twenty thousand feedback
entries bring twenty thousand copies of their test's uuid, of "card", "positive", "resident" and
of the same few texts. Held by a kept read (``storage/read_versions.py``) for as long as the
project is open, those copies were a third of the strings in memory. ``shared`` gives the rows
back with the equal values of the columns named made one object each (a pool per read: nothing
outlives the rows that use it, unlike ``sys.intern``'s table). Only columns whose values repeat
are worth it: a row's own uuid never does.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Collection, Sequence
from typing import Any

Row = tuple[Any, ...]


def shared(rows: Sequence[Row], columns: Collection[int]) -> list[Row]:
    """``rows`` with each text in the ``columns`` (their indexes) that equals one already seen
    in those columns replaced by that one object. Texts only: a number stays the object it was
    (``1`` and ``1.0`` are equal, and a damaged row must still be seen as it was stored); texts
    are immutable, so nothing can tell the difference but the memory."""
    if not rows or not columns:
        return list(rows)
    return list(map(sharer(columns), rows))  # row by row: half the time of a transposition


def shared_after_uuid(rows: Sequence[Row]) -> list[Row]:
    """``shared`` over every column but the first (a row's own uuid): for the tables of a few
    thousand rows at most (actors, a test's budget lines…), whose texts repeat in any column."""
    return shared(rows, range(1, len(rows[0]))) if rows else list(rows)


def repeated(columns: str, *names: str) -> tuple[int, ...]:
    """The indexes in a ``SELECT`` list ``columns`` ("uuid, trial_uuid, …") of the ``names``:
    ``shared(rows, repeated(COLUMNS, "trial_uuid", "sentiment"))``."""
    order = [c.strip() for c in columns.split(",")]
    return tuple(order.index(name) for name in names)


def sharer(columns: Collection[int]) -> Callable[[Row], Row]:
    """``shared`` for rows read one at a time (a cursor): call the function this returns on
    each row of one read; its pool lives as long as the function."""
    pool: dict[str, str] = {}
    keep = pool.setdefault
    indexes = tuple(columns)

    def share(row: Row) -> Row:
        values = list(row)
        for index in indexes:
            value = values[index]
            if value.__class__ is str:
                values[index] = keep(value, value)
        return tuple(values)

    return share


#: A stored date ("2027-05-14") as a date, the same object for the same text: twenty thousand
#: feedback entries fall on a few hundred days. Dates are immutable; a bad text raises (and is
#: not kept) as ``date.fromisoformat`` does.
shared_date: Callable[[str], dt.date] = functools.lru_cache(maxsize=4096)(dt.date.fromisoformat)
