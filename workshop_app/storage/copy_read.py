"""Reading the project in a background thread.

The file allows one connection (``locking_mode=EXCLUSIVE``), made in the GUI thread and usable
only there. A long read (a document's snapshot of a project grown over years) runs in the worker
instead over a private in-memory copy of the committed file: :func:`frozen_copy` takes it in the
GUI thread (a page copy, milliseconds), :func:`read_copy` opens it in the thread that reads.
The copy checks its rows as the file's own reads do: a broken row is "the file is damaged".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from workshop_app.errors import ErrorKind, KnownError
from workshop_app.storage.connection import Connection, Database
from workshop_app.storage.database import map_sqlite_error

_T = TypeVar("_T")

# The copy is only read: no view or trigger of the file runs with our rights, and a read that
# tried to write would fail.
_PRAGMAS = ("PRAGMA trusted_schema=OFF", "PRAGMA query_only=ON")


def frozen_copy(conn: sqlite3.Connection) -> bytes:
    """The committed database of ``conn`` (its main schema) as bytes; call outside a
    transaction, in the connection's own thread."""
    return conn.serialize()


def read_copy(
    data: bytes | Path,
    load: Callable[[Database], _T],
    path: Path | str = "",
    memo: dict[str, dict[tuple[Any, ...], Any]] | None = None,
) -> _T:
    """``load(db)`` over an in-memory database made from ``data`` in the calling thread, or
    over the copy in the file ``data`` (``storage.backup.copy_for_worker``, read only); errors
    as the file's reads give them (``KnownError``, ``path`` named). ``memo``: the connection's
    ``row_memo`` (the records its reads make, for the file's own connection to take)."""
    if isinstance(data, Path):
        conn = sqlite3.connect(f"{data.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        if isinstance(data, bytes):
            conn.deserialize(data)
        for pragma in _PRAGMAS:
            conn.execute(pragma)
        db = Connection(conn)
        if memo is not None:
            db.row_memo = memo
        return load(db)
    except sqlite3.Error as exc:
        raise map_sqlite_error(exc, path) from None
    except (ValueError, TypeError, LookupError):
        raise KnownError(ErrorKind.DAMAGED, path) from None
    finally:
        conn.close()
