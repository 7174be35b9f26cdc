"""Opening, creating and writing project files: the one owner of the SQLite connection.

Settings (see ``shared/guide/storage.md``): rollback journal, ``synchronous=FULL``, exclusive
locking, foreign keys on, ``trusted_schema`` off, ``secure_delete`` on. One short transaction per
user action through :meth:`ProjectStore.transaction`.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from workshop_app import APPLICATION_ID, __version__, version_tuple
from workshop_app.domain.actors import ActorMap
from workshop_app.domain.model import Project, ProjectSnapshot
from workshop_app.domain.scope import Scope
from workshop_app.domain.text_rules import shown
from workshop_app.domain.trials import TrialBook
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.storage import backup, header, repository, schema
from workshop_app.storage import lock as lock_module
from workshop_app.storage.lock import ProjectLock

#: Seconds between automatic backups while edits happen.
BACKUP_INTERVAL_S = 300.0

_WRITE_PRAGMAS = (
    "PRAGMA journal_mode=DELETE",
    "PRAGMA synchronous=FULL",
    "PRAGMA locking_mode=EXCLUSIVE",
    "PRAGMA foreign_keys=ON",
    "PRAGMA trusted_schema=OFF",
    "PRAGMA secure_delete=ON",
)
_READ_PRAGMAS = ("PRAGMA query_only=ON", "PRAGMA trusted_schema=OFF", "PRAGMA foreign_keys=ON")


def map_sqlite_error(exc: BaseException, path: object) -> KnownError:
    """Classify an SQLite failure as the user's environment problem it is."""
    if isinstance(exc, KnownError):
        return exc
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return KnownError(ErrorKind.DISK_FULL, path)
    if name.startswith("SQLITE_READONLY") or name.startswith("SQLITE_PERM") or "readonly" in text:
        return KnownError(ErrorKind.READ_ONLY, path)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return KnownError(ErrorKind.LOCKED, path)
    if name.startswith("SQLITE_NOTADB") or "not a database" in text:
        return KnownError(ErrorKind.NOT_A_PROJECT, path, looks_like="binary")
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
        return KnownError(ErrorKind.DAMAGED, path)
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or isinstance(exc, OSError):
        return KnownError(ErrorKind.IO_FAILURE, path)
    return KnownError(ErrorKind.DAMAGED, path)


@dataclass(frozen=True)
class FileMeta:
    project_uuid: str
    written_by_version: str
    min_reader_version: str
    min_writer_version: str


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    uri = Path(os.path.abspath(path)).as_uri() + f"?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
    return conn


class ProjectStore:
    """An open project file. Not thread-safe: use it from the thread that opened it."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool) -> None:
        self.path = Path(path)
        self._conn = conn
        #: Immutable results of whole-phase reads, with the ``total_changes`` they were read at.
        self._read_cache: dict[str, tuple[tuple[int, int], Any]] = {}
        self.db = Database(conn, execute_plugins=False)
        self.read_only = read_only
        #: Set when the file was written by a newer version that we may read but not write.
        self.newer_writer: str | None = None
        #: Where the file and its leftover side files were copied before recovery, if they were.
        self.set_aside: Path | None = None
        self.project_uuid = ""
        self.lock: ProjectLock | None = None
        #: Why the last automatic backup failed (the open goes on; the UI may say so).
        self.backup_problem: KnownError | None = None
        self._edits_since_backup = 0
        self._last_backup = time.monotonic()

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> ProjectStore:
        """The open pipeline: validate, lock, recover, check, back up, migrate.

        Never creates a file; a read-only open never changes a byte of it.
        """
        path = Path(path)
        header.read_header(path)
        if not read_only and not os.access(path, os.W_OK):
            raise KnownError(ErrorKind.READ_ONLY, path)
        sides = _leftovers(path, remove_finished=not read_only)
        if sides and read_only:
            raise KnownError(ErrorKind.UNCLEAN, path, side=sides[0].name[len(path.name) :])
        lock = None if read_only else _acquire_lock(path)
        try:
            aside = None
            if sides:
                # Copy the file and its side files before SQLite rolls a journal back.
                aside = backup.set_aside(path, "not-closed-properly", sides)
                _recover(path, sides)
            try:
                conn = _connect(path, "ro" if read_only else "rw")
            except sqlite3.Error as exc:
                raise map_sqlite_error(exc, path) from None
            store = cls(path, conn, read_only=read_only)
            store.lock = lock
            store.set_aside = aside
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        try:
            store._prepare(unclean=bool(sides))
        except BaseException as exc:
            store.close(backup_on_close=False)
            if isinstance(exc, sqlite3.Error):
                raise map_sqlite_error(exc, path) from None
            if isinstance(exc, UnicodeDecodeError):
                # SQLite quoted bytes of a broken schema in its message; Python cannot decode it.
                raise KnownError(ErrorKind.DAMAGED, path) from None
            raise
        return store

    def _prepare(self, *, unclean: bool = False) -> None:
        for pragma in _READ_PRAGMAS if self.read_only else _WRITE_PRAGMAS:
            self._conn.execute(pragma)
        if not self.read_only:
            # Take the exclusive lock now: a second writer is refused here, not at its first edit.
            try:
                # ROLLBACK, not COMMIT: an empty commit would rewrite header fields of a file
                # we may still refuse as damaged. In exclusive mode the lock stays ours.
                self._conn.execute("BEGIN IMMEDIATE")
                self._conn.execute("ROLLBACK")
            except sqlite3.OperationalError as exc:
                error = map_sqlite_error(exc, self.path)
                if error.kind is ErrorKind.LOCKED:
                    holder = lock_module.read_lock(self.path)
                    raise KnownError(
                        ErrorKind.LOCKED, self.path, holder=holder.describe() if holder else "?"
                    ) from None
                raise error from None
        problems = self.quick_check()
        if problems:
            raise KnownError(ErrorKind.DAMAGED, self.path)
        meta = self._read_meta()
        self.project_uuid = meta.project_uuid
        ours = version_tuple(__version__)
        if version_tuple(meta.min_reader_version) > ours:
            raise KnownError(ErrorKind.NEWER_VERSION, self.path, needed=meta.min_reader_version)
        if version_tuple(meta.min_writer_version) > ours:
            self.newer_writer = meta.min_writer_version
            if not self.read_only:
                self.close()
                self._conn = _connect(self.path, "ro")
                self.db = Database(self._conn, execute_plugins=False)
                self.read_only = True
                for pragma in _READ_PRAGMAS:
                    self._conn.execute(pragma)
            return
        if self.read_only:
            return
        pending = self.pending_migrations()
        if (unclean or pending) and self.integrity_check():
            raise KnownError(ErrorKind.DAMAGED, self.path)
        try:
            self.backup("open" if not pending else "before-migration")
        except KnownError as exc:
            if pending:
                raise  # never migrate without a verified backup
            self.backup_problem = exc
        try:
            schema.apply(self.db)
        except (KeyError, ValueError, TypeError):
            raise KnownError(ErrorKind.DAMAGED, self.path) from None
        if repository.read_meta(self.db).get("written_by_version") != __version__:
            with self.transaction():
                repository.set_meta(self.db, "written_by_version", __version__)

    def _read_meta(self) -> FileMeta:
        try:
            values = repository.read_meta(self.db)
        except sqlite3.Error:
            raise KnownError(ErrorKind.FOREIGN_SQLITE, self.path, looks_like="sqlite") from None
        required = ("project_uuid", "min_reader_version", "min_writer_version")
        if any(key not in values for key in required) or not _UUID.match(values["project_uuid"]):
            raise KnownError(ErrorKind.DAMAGED, self.path)
        for key in ("min_reader_version", "min_writer_version"):
            # "banana" would read as 0.0.0 and pass: a requirement we cannot read is damage.
            if not _VERSION.fullmatch(str(values[key])):
                raise KnownError(
                    ErrorKind.DAMAGED, self.path, reason="bad_version", where=shown(values[key])
                )
        return FileMeta(
            project_uuid=values["project_uuid"],
            written_by_version=values.get("written_by_version", ""),
            min_reader_version=values["min_reader_version"],
            min_writer_version=values["min_writer_version"],
        )

    @classmethod
    def create(cls, path: Path | str, project: Project) -> ProjectStore:
        """Create a new project file at ``path`` (which must not exist) and open it."""
        path = Path(path)
        if path.exists():
            raise KnownError(ErrorKind.ALREADY_EXISTS, path)
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise KnownError(ErrorKind.NOT_FOUND, folder)
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=".new-", suffix=".tmp", dir=folder)
        except PermissionError:
            raise KnownError(ErrorKind.READ_ONLY, path) from None
        except OSError as exc:
            raise map_sqlite_error(exc, path) from None
        os.close(fd)
        tmp = Path(tmp_name)
        os.chmod(tmp, 0o666 & ~_current_umask())
        try:
            conn = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
                conn.execute("PRAGMA journal_mode=DELETE")
                db = Database(conn, execute_plugins=False)
                schema.apply(db)
                with db.atomic():
                    repository.set_meta(db, "project_uuid", project.uuid)
                    repository.set_meta(db, "created_by_version", __version__)
                    repository.set_meta(db, "written_by_version", __version__)
                    repository.set_meta(db, "min_reader_version", schema.MIN_READER_VERSION)
                    repository.set_meta(db, "min_writer_version", schema.MIN_WRITER_VERSION)
                    repository.insert_project(db, project)
            finally:
                conn.close()
            backup.fsync_file(tmp)
            _publish(tmp, path)
        except sqlite3.Error as exc:
            raise map_sqlite_error(exc, path) from None
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        return cls.open(path)

    # -- using -----------------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action: everything inside commits together or not at all."""
        if self.read_only:
            raise KnownError(ErrorKind.READ_ONLY, self.path)
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.Error as exc:
            raise map_sqlite_error(exc, self.path) from None
        except UnicodeEncodeError as exc:
            # A key or value no UTF-8 file can hold (an unpaired surrogate) got past the checks:
            # nothing was written (rolled back); refuse it like any other bad input.
            raise KnownError(
                ErrorKind.BAD_INPUT, "", problem=f"not text: {exc.reason} at {exc.start}"
            ) from None
        self._edits_since_backup += 1
        if time.monotonic() - self._last_backup >= BACKUP_INTERVAL_S:
            with contextlib.suppress(KnownError):  # a failed periodic backup retries next time
                self.backup("periodic")

    # -- backups -----------------------------------------------------------------------------------

    def backup(self, reason: str) -> backup.BackupInfo:
        """A verified backup into the user's data folder (see storage/backup.py)."""
        info = backup.make_backup(self._conn, self.project_uuid, reason, self.path)
        self._edits_since_backup = 0
        self._last_backup = time.monotonic()
        return info

    def expire_backups(self) -> int:
        """A fresh backup of the current state, then every older backup of this project deleted
        (they may hold data deleted since); the number deleted."""
        fresh = self.backup("privacy")
        return backup.expire_all_but(self.project_uuid, fresh.path)

    def save_copy(self, target: Path) -> None:
        """Write the current state to a new file through SQLite's backup API."""
        backup.copy_database(self._conn, Path(target))

    def snapshot(self) -> ProjectSnapshot:
        with self._reading():
            return repository.load_snapshot(self.db)

    def scope(self) -> Scope:
        """Phase 1 alone (the page reads it after every edit), with the same checks."""
        with self._reading():
            return repository.load_scope(self.db)

    def actor_map(self) -> ActorMap:
        """Phase 2 alone, with the same checks as a snapshot.

        Every view of the actors page reads the whole map after each edit; with a thousand
        actors a read costs ~0.1 s. The map is immutable, so it is kept until this connection
        changes any row (``total_changes``; the file is ours alone while it is open)."""
        return self._cached("actors", repository.load_actor_map)

    def trial_book(self) -> TrialBook:
        """Phase 3 alone, with the same checks as a snapshot; kept like :meth:`actor_map`."""
        return self._cached("trials", repository.load_trial_book)

    def _cached(self, key: str, load: Callable[[Database], Any]) -> Any:
        """``load(db)``, or what it returned last time if no row has changed since."""
        stamp = (id(self._conn), self._conn.total_changes)
        cached = self._read_cache.get(key)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        with self._reading():
            value = load(self.db)
        self._read_cache[key] = (stamp, value)
        return value

    def vacuum(self) -> None:
        """Rebuild the file so that no free page keeps old content (after deleting personal
        data; ``secure_delete`` has already zeroed what was deleted)."""
        if self.read_only:
            raise KnownError(ErrorKind.READ_ONLY, self.path)
        try:
            self._conn.execute("VACUUM")
        except sqlite3.Error as exc:
            raise map_sqlite_error(exc, self.path) from None

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise map_sqlite_error(exc, self.path) from None
        except (ValueError, TypeError, LookupError):
            # Rows that break our own rules (a date that is not a date, no project row, a scope
            # value its field does not allow): something other than this app wrote them.
            raise KnownError(ErrorKind.DAMAGED, self.path) from None

    def meta(self) -> FileMeta:
        return self._read_meta()

    def quick_check(self) -> list[str]:
        return self._check("quick_check")

    def integrity_check(self) -> list[str]:
        return self._check("integrity_check")

    def _check(self, pragma: str) -> list[str]:
        try:
            rows = [row[0] for row in self._conn.execute(f"PRAGMA {pragma}")]
        except sqlite3.DatabaseError as exc:
            raise map_sqlite_error(exc, self.path) from None
        return [] if rows == ["ok"] else rows

    def foreign_key_problems(self) -> list[tuple[object, ...]]:
        try:
            return [tuple(row) for row in self._conn.execute("PRAGMA foreign_key_check")]
        except sqlite3.DatabaseError as exc:
            raise map_sqlite_error(exc, self.path) from None

    def pending_migrations(self) -> list[str]:
        try:
            return schema.pending(self.db)
        except sqlite3.Error as exc:
            raise map_sqlite_error(exc, self.path) from None
        except (KeyError, ValueError, TypeError):
            # The migrations table is not the shape sqlite-utils wrote: not a sound file.
            raise KnownError(ErrorKind.DAMAGED, self.path) from None

    def close(self, *, backup_on_close: bool = True) -> None:
        """Back up edits made since the last backup, close, and release the lock."""
        if backup_on_close and not self.read_only and self._edits_since_backup:
            with contextlib.suppress(KnownError, sqlite3.Error):
                self.backup("close")
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
#: A version requirement in ``meta``: "1", "1.2", "1.2.3" (up to four numbers).
_VERSION = re.compile(r"[0-9]{1,9}(\.[0-9]{1,9}){0,3}")


def _side_files(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + suffix) for suffix in ("-journal", "-wal", "-shm"))


def _leftovers(path: Path, *, remove_finished: bool) -> tuple[Path, ...]:
    """Side files that need care: a journal that may be hot, and any -wal/-shm (never ours).

    A finished journal (header zeroed, as exclusive mode leaves it after a crash) is ignored by
    SQLite; for a read-write open it is removed, for a read-only one left alone.
    """
    found = []
    for side in _side_files(path):
        if not side.exists():
            continue
        if side.name.endswith("-journal") and not header.journal_may_be_hot(side):
            if remove_finished:
                with contextlib.suppress(OSError):
                    side.unlink()
            continue
        found.append(side)
    return tuple(found)


def _recover(path: Path, sides: tuple[Path, ...]) -> None:
    """After the side files were copied aside: let SQLite roll back a hot journal, drop the rest.

    Our files never use WAL, so a -wal/-shm beside one is foreign and is never applied. A journal
    that SQLite did not need (not hot) would otherwise stay and alarm every later open.
    """
    for side in sides:
        if side.name.endswith(("-wal", "-shm")):
            side.unlink(missing_ok=True)
    try:
        conn = _connect(path, "rw")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise map_sqlite_error(exc, path) from None
    for side in sides:
        side.unlink(missing_ok=True)


def _sqlite_lock_free(path: Path) -> bool:
    """Can SQLite's write lock be taken right now? (Only asked about foreign lock files.)"""
    try:
        conn = _connect(path, "rw")
    except sqlite3.Error:
        return False
    try:
        conn.execute("PRAGMA busy_timeout=0")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _acquire_lock(path: Path) -> ProjectLock:
    try:
        return ProjectLock.acquire(path)
    except KnownError as exc:
        holder = lock_module.read_lock(path)
        if exc.kind is not ErrorKind.LOCKED or holder is None:
            raise
        if holder.host == lock_module.socket.gethostname() or not _sqlite_lock_free(path):
            raise
        return ProjectLock.acquire(path, sqlite_lock_free=True)


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _publish(tmp: Path, target: Path) -> None:
    """Move a finished file into place without ever overwriting an existing one."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise KnownError(ErrorKind.ALREADY_EXISTS, target) from None
    except OSError:
        # File systems without hard links (FAT on USB sticks): check, then rename.
        if target.exists():
            raise KnownError(ErrorKind.ALREADY_EXISTS, target) from None
        os.replace(tmp, target)
