"""The SQLite connection as the storage layer uses it: ``execute``, ``atomic`` and ``conn``.

The app's reads and writes need only these three of sqlite-utils' ``Database``; importing
sqlite-utils (with click, pluggy…) costs ~30 ms at every start, so :class:`Connection` does the
same with nothing but ``sqlite3``. sqlite-utils stays the owner of the migrations
(``storage/schema.py`` imports it only when one must be applied).

:class:`Database` is what the storage functions accept: a :class:`Connection`, or a
``sqlite_utils.Database`` (the migrations get one; tests may pass one).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any, Protocol

#: Statements that end or open a transaction themselves (sqlite-utils' list).
_TRANSACTION_CONTROL_KEYWORDS = frozenset(
    {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}
)


class Database(Protocol):
    """A SQLite connection with sqlite-utils' ``execute`` and ``atomic``."""

    @property
    def conn(self) -> sqlite3.Connection: ...

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor: ...

    def atomic(self) -> contextlib.AbstractContextManager[Any]: ...


class Connection:
    """``sqlite_utils.Database``'s ``execute`` and ``atomic`` over ``conn``, with the same
    transaction semantics (see sqlite-utils 4.2's ``db.py``)."""

    __slots__ = ("conn", "row_memo")

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        #: By table, the records the last whole read of it made, each by its stored row but the
        #: position (``repository.rows.Table.load_all``): a read after an insert, delete or move
        #: checks only the rows it has not seen.
        self.row_memo: dict[str, dict[tuple[Any, ...], Any]] = {}

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once, inside one
        it becomes part of it. A failed statement that opened a transaction rolls it back."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if (
            not was_in_transaction
            and conn.in_transaction
            and cursor.description is None
            and first_keyword(sql) not in _TRANSACTION_CONTROL_KEYWORDS
        ):
            conn.execute("COMMIT")
        return cursor

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Connection]:
        """One transaction (``BEGIN``/``COMMIT``, rolled back on any exception); nested inside
        an open transaction, a savepoint instead."""
        conn = self.conn
        if conn.in_transaction:
            savepoint = f"sqlite_utils_{os.urandom(16).hex()}"  # secrets.token_hex(16)
            conn.execute(f"SAVEPOINT {savepoint};")
            try:
                yield self
            except BaseException:
                # An error such as a RAISE(ROLLBACK) trigger can destroy the whole transaction,
                # savepoints included: cleaning up anyway would mask the original exception.
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint};")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint};")
                raise
            else:
                conn.execute(f"RELEASE SAVEPOINT {savepoint};")
        else:
            conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                try:
                    conn.execute("COMMIT")
                except BaseException:
                    self.rollback()
                    raise

    def rollback(self) -> None:
        """Roll the open transaction back; nothing when none is open."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")


def first_keyword(sql: str) -> str:
    """The first keyword of a statement, upper-case, after what the sqlite3 driver skips:
    white space, ``--`` and ``/* */`` comments, bare ``;`` and a byte order mark ("" if none)."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()
