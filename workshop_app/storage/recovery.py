"""Recover a project that was not closed properly into a new file, leaving the original as it is.

For a file SQLite cannot roll back where it lies (a read-only stick or folder): the file and its
rollback journal are copied into a private temporary folder, SQLite rolls the journal back
there, the result is checked in full and written as a new project file the user chose.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from workshop_app import APPLICATION_ID
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.storage import backup, header, outputs


def recover_into_copy(path: Path, target: Path) -> None:
    """Roll ``path``'s journal back in a copy and save the result as the new file ``target``.

    ``path`` and its journal are only read. A foreign ``-wal``/``-shm`` is never applied.
    Raises ``KnownError`` (ALREADY_EXISTS, IS_FOLDER, DAMAGED, …) and then writes nothing.
    """
    path, target = Path(path), Path(target)
    header.read_header(path)
    outputs.check_output(target, new_file=True)
    journal = path.with_name(path.name + "-journal")
    with tempfile.TemporaryDirectory(prefix="bymidte-recover-") as work:
        copy = Path(work) / "project.bymidte"
        try:
            shutil.copyfile(path, copy)
            if journal.exists():
                shutil.copyfile(journal, copy.with_name(copy.name + "-journal"))
        except PermissionError:
            raise KnownError(ErrorKind.NO_PERMISSION, path) from None
        except OSError:
            raise KnownError(ErrorKind.IO_FAILURE, path) from None
        try:
            conn = sqlite3.connect(copy, isolation_level=None)
        except sqlite3.Error:
            raise KnownError(ErrorKind.DAMAGED, path) from None
        try:
            _check_recovered(conn, path)
            backup.copy_database(conn, target, new_file_id=backup.new_file_id())
        finally:
            conn.close()


def _check_recovered(conn: sqlite3.Connection, path: Path) -> None:
    """The first read rolls the journal back; then the whole file must be sound and ours."""
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        meta = conn.execute("SELECT value FROM meta WHERE key = 'project_uuid'").fetchone()
    except sqlite3.Error:
        raise KnownError(ErrorKind.DAMAGED, path) from None
    if app_id != APPLICATION_ID or problems != ["ok"] or meta is None:
        raise KnownError(ErrorKind.DAMAGED, path)
