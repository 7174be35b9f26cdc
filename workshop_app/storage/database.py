"""Opening, creating and writing project files: the one owner of the SQLite connection.

Settings (see ``shared/guide/storage.md``): rollback journal, ``synchronous=FULL``, exclusive
locking, foreign keys on, ``trusted_schema`` off, ``secure_delete`` on (every connection). One
short transaction per user action through :meth:`ProjectStore.transaction`.

Exclusive locking keeps the ``-journal`` between transactions, with the old pages of the last one
inside: a blanked contact person would stay readable there while the file is open and after a
crash. ``journal_size_limit=0`` truncates it to nothing after every commit, and ``temp_store``
in memory keeps SQLite's own temp files (sorting, ``VACUUM``) off the disk.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from workshop_app import APPLICATION_ID, __version__, version_tuple
from workshop_app.domain.actors import ActorMap
from workshop_app.domain.model import Meeting, MeetingWithAgenda, Project, ProjectSnapshot
from workshop_app.domain.scope import Scope
from workshop_app.domain.text_rules import shown
from workshop_app.domain.trials import TrialBook
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.storage import (
    backup,
    copies,
    file_identity,
    header,
    kept_reads,
    outputs,
    personal_tracking,
    read_versions,
    repository,
    schema,
)
from workshop_app.storage.background import BackgroundWork
from workshop_app.storage.backup import BackupInfo
from workshop_app.storage.connection import Connection, Database
from workshop_app.storage.lock import ProjectLock, locked_error

T = TypeVar("T")

#: Seconds between automatic backups while edits happen.
BACKUP_INTERVAL_S = 300.0

#: How long SQLite waits for a lock another program holds: long enough for a reader to finish a
#: statement, short enough that a file held open elsewhere is reported at once.
BUSY_TIMEOUT_S = 0.5

_WRITE_PRAGMAS = (
    "PRAGMA journal_mode=DELETE",
    "PRAGMA synchronous=FULL",
    "PRAGMA locking_mode=EXCLUSIVE",
    "PRAGMA foreign_keys=ON",
    "PRAGMA trusted_schema=OFF",
    "PRAGMA secure_delete=ON",
    "PRAGMA journal_size_limit=0",
    "PRAGMA temp_store=MEMORY",
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
        return locked_error(str(path))
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
    #: This file's identity (see ``storage/file_identity.py``); "" in files from before it.
    file_id: str = ""


#: The bytes a file URI keeps as they are (``urllib.parse.quote_from_bytes``' safe set and "/").
_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def file_uri(path: Path | str) -> str:
    """The ``file:`` URI of ``path`` made absolute: what ``Path.as_uri()`` gives, which imports
    ``urllib.parse`` (and ``ipaddress``) at the first open of each start. Windows paths (drive
    letters, shares) are left to ``as_uri``."""
    absolute = os.path.abspath(path)
    if os.name == "nt":
        return Path(absolute).as_uri()
    quoted = "".join(chr(b) if b in _URI_SAFE else f"%{b:02X}" for b in os.fsencode(absolute))
    return "file://" + quoted


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    uri = file_uri(path) + f"?mode={mode}"
    conn = sqlite3.connect(
        uri, uri=True, isolation_level=None, check_same_thread=True, timeout=BUSY_TIMEOUT_S
    )
    try:
        conn.execute("PRAGMA secure_delete=ON")
    except BaseException:
        conn.close()  # not a database, or locked: no connection left open behind the error
        raise
    return conn


class ProjectStore(BackgroundWork):
    """An open project file. Not thread-safe: use it from the thread that opened it."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool) -> None:
        self.path = Path(path)
        self._conn = conn
        #: Immutable results of whole-area reads, with the table versions they were read at.
        self._read_cache: dict[str, tuple[tuple[int, ...], Any, int]] = {}
        #: The connection and its count of rows written when each kept read was last found
        #: true (see _cached): while the count stays, no query of the counters is needed.
        self._kept_at: dict[str, tuple[sqlite3.Connection, int]] = {}
        #: The relations and assessments the actor map was last made of, and that map (see
        #: _actor_map): what of it is still in order is taken as it is.
        self._composed_of: tuple[Any, Any, ActorMap] | None = None
        self._versions: read_versions.TableVersions | None = None
        #: The personal texts of the file as last committed, with the counter of edits that may
        #: have changed them (:mod:`storage.personal_tracking`): an edit that leaves them alone
        #: (a feedback card, an actor renamed) need not read them all twice.
        self._personal_kept: tuple[int, set[str]] | None = None
        #: The connection and its count of rows written when they were kept (as _kept_at).
        self._personal_kept_at: tuple[sqlite3.Connection, int] | None = None
        self._personal: personal_tracking.PersonalVersion | None = None
        self.db = Connection(conn)
        self.read_only = read_only
        #: Set when the file was written by a newer version that we may read but not write.
        self.newer_writer: str | None = None
        #: Where the file and its leftover side files were copied before recovery, if they were.
        self.set_aside: Path | None = None
        self.project_uuid = ""
        #: The key of this file's backups folder: its file id (see ``storage/file_identity.py``).
        #: A read-only open never stores one, so there it is the folder found for the file
        #: ("" when none), possibly one an older version keyed by the project UUID.
        self.file_id = ""
        self.lock: ProjectLock | None = None
        #: Why the last automatic backup failed (the open goes on; the UI may say so).
        self.backup_problem: KnownError | None = None
        #: The reason of the backup this open owes, until it is made (``open(backup_later=)``).
        self.backup_due: str | None = None
        self._edits_since_backup = 0
        self._last_backup = time.monotonic()

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path | str, *, read_only: bool = False, backup_later: bool = False
    ) -> ProjectStore:
        """The open pipeline: validate, recover, lock, check, back up, migrate.

        Never creates a file; a read-only open never changes a byte of it. A file another
        program holds is refused with ``KnownError(LOCKED)`` naming the holder, at once.
        ``backup_later``: when the open writes nothing (no migration, no recovery, no meta to
        store), its verified backup is owed (:attr:`backup_due`) instead of made now: the
        window opens first and writes it in a worker (:meth:`idle_work`); any write, and the
        close, make it first.
        """
        path = Path(path)
        header.read_header(path)
        writable = _writable_where_it_lies(path)
        # A finished journal may be the live journal of a program holding the file: it is
        # removed only once SQLite's lock is ours (in _hold).
        sides = _leftovers(path, remove_finished=False)
        if sides:
            _refuse_if_held(path)
        if sides and not writable:
            # SQLite cannot roll the journal back here: recover into a copy elsewhere instead.
            side = sides[0].name[len(path.name) :]
            raise KnownError(ErrorKind.UNCLEAN_READ_ONLY, path, side=side)
        if not read_only and not os.access(path, os.W_OK):
            raise KnownError(ErrorKind.READ_ONLY, path)
        if sides and read_only:
            raise KnownError(ErrorKind.UNCLEAN, path, side=sides[0].name[len(path.name) :])
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
        store.set_aside = aside
        try:
            store._prepare(unclean=bool(sides), backup_later=backup_later)
        except BaseException as exc:
            store.close(backup_on_close=False)
            if isinstance(exc, sqlite3.Error):
                raise map_sqlite_error(exc, path) from None
            if isinstance(exc, UnicodeDecodeError):
                # SQLite quoted bytes of a broken schema in its message; Python cannot decode it.
                raise KnownError(ErrorKind.DAMAGED, path) from None
            raise
        return store

    def _prepare(self, *, unclean: bool = False, backup_later: bool = False) -> None:
        for pragma in _READ_PRAGMAS if self.read_only else _WRITE_PRAGMAS:
            self._conn.execute(pragma)
        if not self.read_only:
            self._hold()
        problems = self.quick_check()
        if problems:
            raise KnownError(ErrorKind.DAMAGED, self.path)
        meta = self._read_meta()
        self.project_uuid = meta.project_uuid
        if self.read_only:
            self.file_id = file_identity.locate(self.path, meta.file_id)
        ours = version_tuple(__version__)
        if version_tuple(meta.min_reader_version) > ours:
            raise KnownError(ErrorKind.NEWER_VERSION, self.path, needed=meta.min_reader_version)
        if version_tuple(meta.min_writer_version) > ours:
            self.newer_writer = meta.min_writer_version
            if not self.read_only:
                self.close()
                self._conn = _connect(self.path, "ro")
                self.db = Connection(self._conn)
                self.read_only = True
                for pragma in _READ_PRAGMAS:
                    self._conn.execute(pragma)
                self.file_id = file_identity.locate(self.path, meta.file_id)
            return
        if self.read_only:
            if self.pending_migrations():
                self._migrate_in_memory()
            return
        # A copy (or a file from before file ids) gets its own id: its backups go to a folder
        # of its own from this open on; the id is stored below, after the verified backup.
        self.file_id, new_id = file_identity.settle(self.path, meta.file_id)
        pending = self.pending_migrations()
        if (unclean or pending) and self.integrity_check():
            raise KnownError(ErrorKind.DAMAGED, self.path)
        stored = self._meta_changes(file_id=self.file_id if new_id else None)
        writes = unclean or bool(pending) or bool(stored)
        if backup_later and not writes:
            self.backup_due = "open"  # nothing is written before it is made
        else:
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
        self._store_meta(file_id=self.file_id if new_id else None)
        if new_id and not meta.file_id:
            file_identity.adopt_legacy_backups(self.project_uuid, self.file_id, self.path)

    def _migrate_in_memory(self) -> None:
        """A file from an older version, opened read-only (read-only media, an export from the
        command line): read a copy in memory brought up to date, never the file itself."""
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=True)
        try:
            self._conn.backup(memory)
            schema.apply(Connection(memory))
            for pragma in _READ_PRAGMAS:
                memory.execute(pragma)
        except (sqlite3.Error, KeyError, ValueError, TypeError):
            memory.close()
            raise KnownError(ErrorKind.DAMAGED, self.path) from None
        self._conn.close()
        self._conn = memory
        self.db = Connection(memory)

    def _store_meta(self, *, file_id: str | None) -> None:
        """Record this version as the last writer and, when given, the file's new id; one
        transaction that is not a user's edit (no extra backup on close)."""
        values = self._meta_changes(file_id=file_id)
        if not values:
            return
        with self._sqlite_errors(), self.db.atomic():
            for key, value in values.items():
                repository.set_meta(self.db, key, value)

    def _meta_changes(self, *, file_id: str | None) -> dict[str, str]:
        """What :meth:`_store_meta` writes (nothing when the meta says it all already)."""
        values = {"written_by_version": __version__}
        if file_id is not None:
            values[file_identity.FILE_ID_KEY] = file_id
        current = repository.read_meta(self.db)
        # A migrated file may hold what older versions cannot read (m005: unrated actors):
        # raise its minimum versions so they refuse it by name instead of calling it damaged.
        for key, least in (
            ("min_reader_version", schema.MIN_READER_VERSION),
            ("min_writer_version", schema.MIN_WRITER_VERSION),
        ):
            if version_tuple(current.get(key, "0")) < version_tuple(least):
                values[key] = least
        if all(current.get(key) == value for key, value in values.items()):
            return {}
        return values

    def _hold(self) -> None:
        """Take SQLite's exclusive lock for as long as the file is open, then the lock file.

        Held from the open on, not from the first edit: every other program (a second window,
        ``check``, ``export``) is refused the same way, naming us, whenever it comes.
        """
        try:
            # ROLLBACK, not COMMIT: an empty commit would rewrite header fields of a file we may
            # still refuse as damaged. In exclusive mode the EXCLUSIVE lock stays ours.
            self._conn.execute("BEGIN EXCLUSIVE")
            self._conn.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            raise map_sqlite_error(exc, self.path) from None
        _leftovers(self.path, remove_finished=True)
        self.lock = ProjectLock.take(self.path)

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
            file_id=values.get(file_identity.FILE_ID_KEY, ""),
        )

    @classmethod
    def create(cls, path: Path | str, project: Project) -> ProjectStore:
        """Create a new project file at ``path`` (which must not exist) and open it."""
        path = Path(path)
        outputs.check_output(path, new_file=True)
        folder = path.parent if str(path.parent) else Path(".")
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=".new-", suffix=".tmp", dir=folder)
        except OSError as exc:
            raise outputs.output_error(exc, path) from None
        os.close(fd)
        tmp = Path(tmp_name)
        os.chmod(tmp, outputs.default_file_mode())
        try:
            conn = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                conn.execute("PRAGMA secure_delete=ON")
                conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
                conn.execute("PRAGMA journal_mode=DELETE")
                db = Connection(conn)
                schema.apply(db)
                with db.atomic():
                    repository.set_meta(db, "project_uuid", project.uuid)
                    repository.set_meta(db, file_identity.FILE_ID_KEY, backup.new_file_id())
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
    def transaction(self, *, forget_removed: bool = True) -> Iterator[Database]:
        """One user action: everything inside commits together or not at all.

        When the action removed personal data (a contact person blanked or changed, an actor
        with one deleted…), the copies this app made that still hold it go too, after the
        commit (:meth:`forget`), unless ``forget_removed`` is False (the caller does it).
        """
        if self.read_only:
            raise KnownError(ErrorKind.READ_ONLY, self.path)
        with self._mapped_errors():  # a closed connection is an error like any other
            nested = self._conn.in_transaction
        if self.backup_due is not None and not nested:
            self._make_owed_backup()  # before the first write, as the open would have
        if nested:
            # Inside another transaction (a batch of edits, e.g. a generator or an import writing
            # through the services): one savepoint; the outer transaction is the user action and
            # does the personal-data bookkeeping and the backup count once, at its end.
            with self._mapped_errors(), self.db.atomic():
                yield self.db
            return
        self._table_versions()  # made outside a transaction, before the first one
        version = self._personal_version()
        with self._mapped_errors(), self.db.atomic():
            kept = self._personal_kept
            if kept is not None and self._personal_kept_at == (
                self._conn,
                self._conn.total_changes,
            ):
                start: int | None = kept[0]  # nothing written since: the counter is as kept
            else:
                start = version.stamp() if version is not None else None
            before = kept[1] if kept is not None and kept[0] == start else self._personal_texts()
            yield self.db
            end = version.stamp() if version is not None else None
            after = before if end is not None and end == start else self._personal_texts()
            gone = _gone(before, after)
        # Kept only once committed (a rollback takes the counters back, see _cached).
        self._personal_kept = (end, after) if end is not None else None
        self._personal_kept_at = (self._conn, self._conn.total_changes)
        if gone and forget_removed:
            with contextlib.suppress(KnownError):  # the edit is saved; backups stay then
                self.forget(gone)
        self._edits_since_backup += 1
        if time.monotonic() - self._last_backup >= BACKUP_INTERVAL_S:
            with contextlib.suppress(KnownError):  # a failed periodic backup retries next time
                self.backup("periodic")

    @contextlib.contextmanager
    def _sqlite_errors(self, damaged_by: tuple[type[Exception], ...] = ()) -> Iterator[None]:
        """SQLite errors as the KnownError a user can act on; ``damaged_by``: the errors that
        mean the file holds what this app never wrote (the file is damaged)."""
        try:
            yield
        except sqlite3.Error as exc:
            raise map_sqlite_error(exc, self.path) from None
        except damaged_by:
            raise KnownError(ErrorKind.DAMAGED, self.path) from None

    @contextlib.contextmanager
    def _mapped_errors(self) -> Iterator[None]:
        """SQLite errors as the KnownError a user can act on; nothing was written."""
        try:
            with self._sqlite_errors():
                yield
        except UnicodeEncodeError as exc:
            # A key or value no UTF-8 file can hold (an unpaired surrogate) got past the checks:
            # nothing was written; refuse it like any other bad input.
            raise KnownError(
                ErrorKind.BAD_INPUT, "", problem=f"not text: {exc.reason} at {exc.start}"
            ) from None

    # -- backups -----------------------------------------------------------------------------------

    def backup(self, reason: str) -> backup.BackupInfo:
        """A verified backup of this file into its folder in the user's data folder (see
        storage/backup.py)."""
        info = backup.make_backup(
            self._conn, self.file_id, reason, self.path, project_uuid=self.project_uuid
        )
        self._backup_taken()
        return info

    def _make_owed_backup(self) -> None:
        reason, self.backup_due = self.backup_due, None
        if reason is not None:
            try:
                self.backup(reason)
            except KnownError as exc:
                self.backup_problem = exc

    def file_backups(self) -> list[BackupInfo]:
        """The backups of THIS file, newest first (not those of other copies of the project)."""
        return backup.list_backups(self.file_id)

    def _personal_texts(self) -> set[str]:
        """The personal texts in the file (none when rows break our rules: nothing to track)."""
        try:
            return repository.load_personal_data(self.db).texts()
        except (sqlite3.Error, ValueError, TypeError, LookupError):
            return set()

    def _personal_version(self) -> personal_tracking.PersonalVersion | None:
        """This connection's personal-data counter, made on first use (outside a transaction)."""
        version = self._personal
        if version is None or version.conn is not self._conn:
            version = self._personal = personal_tracking.install(self._conn)
            self._personal_kept = None
        return version

    def forget(self, texts: set[str]) -> copies.Removed:
        """Remove every copy this app made of the file that may hold ``texts`` (personal data
        deleted from it): set-aside and read-only copies, previews, temp files, the texts in
        the log, and — last, as it may fail — every backup of this file but a fresh one."""
        removed = copies.remove_copies_of(self.path, self.project_uuid, texts)
        return dataclasses.replace(removed, backups=self.expire_backups())

    def expire_backups(self) -> int:
        """A fresh backup of the current state, then every older backup of THIS file deleted
        (they may hold data deleted since; other copies of the project keep theirs); the number
        deleted."""
        fresh = self.backup("privacy")
        removed = backup.expire_all_but(self.file_id, fresh.path)
        # A backup the app was killed while writing holds the old data too.
        return removed + copies.remove(fresh.path.parent.glob(".*.tmp"))

    def save_copy(self, target: Path) -> None:
        """Write the current state to a new file through SQLite's backup API; the copy is a new
        file with its own file id (and so its own backups)."""
        backup.copy_database(self._conn, Path(target), new_file_id=backup.new_file_id())

    def snapshot(self) -> ProjectSnapshot:
        """The whole project, from the areas' kept reads: after an edit only the areas whose
        tables changed are read again."""
        return ProjectSnapshot(
            project=self.project(),
            meetings=self.meetings(),
            scope=self.scope(),
            actors=self.actor_map(),
            trials=self.trial_book(),
        )

    def project(self) -> Project:
        """The project's own fields, kept like :meth:`actor_map`."""
        return self._cached("project", repository.load_project)

    def meetings(self) -> tuple[MeetingWithAgenda, ...]:
        """Every meeting with its agenda and what it gathered, kept like :meth:`actor_map`."""
        return self._cached("meetings", repository.load_meetings)

    def scope(self) -> Scope:
        """Phase 1 alone (the page reads it after every edit), with the same checks."""
        return self._cached("scope", repository.load_scope)

    def actor_map(self) -> ActorMap:
        """Phase 2 alone, with the same checks as a snapshot.

        Every view of the actors page reads the whole map after each edit; with a thousand
        actors a read costs ~0.1 s. The map is immutable, so it is kept until a table it reads
        changes (:mod:`storage.read_versions`; the file is ours alone while it is open)."""
        return self._cached("actors", self._actor_map)

    def _actor_map(self, db: Database) -> ActorMap:
        """The actor map of its parts, the relations, plan and assessments each kept until a
        table of its own changes: an actor added or moved reads the actors again, not four
        thousand relations or twenty-four thousand ratings (their order follows the actors:
        ``repository.actor_map_of``)."""
        relations = self._cached("actor_relations", repository.load_relations)
        assessments = self._cached("actor_assessments", repository.load_assessments)
        last = self._composed_of
        same = last is not None and last[0] is relations and last[1] is assessments
        before = last[2] if last is not None and same else None
        actor_map = repository.actor_map_of(
            repository.load_actors(db),
            repository.load_categories(db),
            relations,
            assessments,
            self._cached("actor_plan", repository.load_plan),
            before,
        )
        self._composed_of = (relations, assessments, actor_map)
        return actor_map

    def overview_actor_map(self) -> ActorMap:
        """:meth:`actor_map` for the overview, which shows neither relations nor assessments:
        the whole map when it is kept already, else read without them (a project with
        thousands of relations opens on the overview; the whole map is read ahead, in the
        window's worker, for the actors page)."""
        if "actors" in self._read_cache:
            return self.actor_map()
        return self._cached("overview_actors", repository.load_overview_actor_map)

    def trial_book(self) -> TrialBook:
        """Phase 3 alone, with the same checks as a snapshot; kept like :meth:`actor_map`, and
        made again from the kept outline and the kept evidence of every test, each taking in
        its own changes (typing a test's plan reads no feedback, a card its own test's)."""
        return self._cached("trials", self._trial_book)

    def _trial_book(self, db: Database) -> TrialBook:
        evidence = self._cached("trial_evidence", repository.load_all_evidence)
        return repository.with_evidence(self.trial_outline(), evidence)

    def trial_outline(self) -> TrialBook:
        """Phase 3 without its evidence (``counts`` and ``feedback`` are empty), with the same
        checks; kept like :meth:`actor_map`, and kept through feedback and counts typed in."""
        return self._cached("trial_outline", repository.load_trial_outline)

    def trial_evidence(
        self, trial_uuids: Sequence[str], *, counts: bool = True, feedback: bool = True
    ) -> TrialBook:
        """:meth:`trial_outline` with the counting sessions and feedback of the tests
        ``trial_uuids`` (and of no other test); without one of the two when not wanted."""
        outline = self.trial_outline()
        return self.read(
            lambda db: repository.load_evidence(
                db, outline, trial_uuids, counts=counts, feedback=feedback
            )
        )

    def feedback_steps(self, trial_uuid: str, size: int) -> tuple[int, Generator[int]]:
        """The number of the test's feedback entries, and the steps that make them
        (:func:`repository.feedback_steps`); the rows are read here, with the checks of any
        read (a file that cannot be read: its ``KnownError``)."""
        rows = self.read(lambda db: repository.feedback_rows(db, trial_uuid))
        return len(rows), repository.feedback_steps(self.db, rows, size)

    def trial_statuses(self) -> tuple[tuple[str, str], ...]:
        """``(uuid, status now)`` of every test in list order, without reading any test whole;
        kept like :meth:`actor_map`."""
        from workshop_app.storage.repository import dashboard_reads

        return self._cached("trial_statuses", dashboard_reads.trial_statuses)

    def meeting_rows(self) -> tuple[Meeting, ...]:
        """Every meeting's own fields, without its agenda or what it gathered; kept."""
        return self._cached("meeting_rows", repository.load_meeting_rows)

    def _table_versions(self) -> read_versions.TableVersions | None:
        """This connection's table counters, made on first use (outside a transaction)."""
        versions = self._versions
        if versions is None or versions.conn is not self._conn:
            versions = self._versions = read_versions.install(self._conn)
            self._read_cache.clear()
            self._personal_kept = None
        return versions

    def _cached(self, area: str, load: Callable[[Database], Any]) -> Any:
        """``load(db)``, or what it returned last time if no table of ``area`` has changed, or
        that with the updated rows read again when plain row updates are all that changed
        (:mod:`storage.kept_reads`)."""
        versions = self._table_versions()
        with self._reading():
            if versions is None or self._conn.in_transaction:
                # Keep only what committed rows say: a transaction's counters go back with
                # it when it rolls back, and a later edit could bring them to the same values.
                return load(self.db)
            cached = self._read_cache.get(area)
            if cached is not None and self._kept_at.get(area) == (
                self._conn,
                self._conn.total_changes,
            ):
                # Not a row written on this connection since the read was found true (the
                # counters are temp triggers of this connection; a rollback counts as writes):
                # a view asking after every edit costs no query.
                return cached[1]
            stamp, since = versions.stamp_and_end(area)
            value: Any = None
            if cached is not None:
                old_stamp, kept, old_since = cached
                if old_stamp == stamp:  # still true now: the log so far is no concern of it
                    self._read_cache[area] = (stamp, kept, since)
                    self._kept_at[area] = (self._conn, self._conn.total_changes)
                    return kept
                patch = kept_reads.PATCHERS.get(area)
                changed = (
                    versions.updated_rows(area, old_stamp, old_since, stamp) if patch else None
                )
                if patch is not None and changed is not None:
                    try:
                        value = patch(self.db, kept, changed)
                    except LookupError:  # a row gone after all: read everything
                        value = None
            if value is None:
                value = load(self.db)
            self._read_cache[area] = (stamp, value, since)
            # The log of row changes is needed only after the oldest kept read.
            versions.forget_log(min(entry[2] for entry in self._read_cache.values()))
            self._kept_at[area] = (self._conn, self._conn.total_changes)  # after the log's
        return value

    def read(self, load: Callable[[Database], T]) -> T:
        """``load(db)`` with the same checks as a snapshot (rows breaking our rules: DAMAGED)."""
        with self._reading():
            return load(self.db)

    def kept(self, area: str) -> Any:
        """What the kept read of ``area`` holds when no table of it has changed since (one query
        of the counters), else None; never reads the area itself."""
        versions = self._table_versions()
        if versions is None or self._conn.in_transaction:
            return None
        cached = self._read_cache.get(area)
        with self._reading():
            if cached is None or cached[0] != versions.stamp(area):
                return None
        return cached[1]

    def vacuum(self) -> None:
        """Rebuild the file so that no free page keeps old content (after deleting personal
        data; ``secure_delete`` has already zeroed what was deleted)."""
        if self.read_only:
            raise KnownError(ErrorKind.READ_ONLY, self.path)
        with self._sqlite_errors():
            self._conn.execute("VACUUM")

    def _reading(self) -> contextlib.AbstractContextManager[None]:
        # Rows that break our own rules (a date that is not a date, no project row, a scope
        # value its field does not allow): something other than this app wrote them.
        return self._sqlite_errors(damaged_by=(ValueError, TypeError, LookupError))

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
        # A migrations table not of the shape sqlite-utils wrote: not a sound file.
        with self._sqlite_errors(damaged_by=(KeyError, ValueError, TypeError)):
            return schema.pending(self.db)

    def close(self, *, backup_on_close: bool = True) -> None:
        """Back up edits made since the last backup (or the backup the open owes), close, and
        release the lock."""
        if backup_on_close and self.backup_due is not None:
            self._make_owed_backup()
        if backup_on_close and not self.read_only and self._edits_since_backup:
            with contextlib.suppress(KnownError, sqlite3.Error):
                self.backup("close")
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _gone(before: set[str], after: set[str]) -> set[str]:
    """Texts in ``before`` that no text in ``after`` still contains (typing a name letter by
    letter removes nothing; blanking, shortening or changing it does)."""
    return {text for text in before - after if not any(text in now for now in after)}


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
#: A version requirement in ``meta``: "1", "1.2", "1.2.3" (up to four numbers).
_VERSION = re.compile(r"[0-9]{1,9}(\.[0-9]{1,9}){0,3}")


def _side_files(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + suffix) for suffix in ("-journal", "-wal", "-shm"))


def _writable_where_it_lies(path: Path) -> bool:
    """Can the file and its folder be written (so a journal could be rolled back in place)?"""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


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


def _refuse_if_held(path: Path) -> None:
    """Raise LOCKED if another program holds ``path``: its journal is its own, mid-commit.

    SQLite tells: a read-only look at a file beside a hot journal fails without changing a
    byte (it may not roll back), and is told "busy" when a holder is writing.
    """
    try:
        conn = _connect(path, "ro")
    except sqlite3.Error:
        return
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        if map_sqlite_error(exc, path).kind is ErrorKind.LOCKED:
            raise locked_error(path) from None
    finally:
        conn.close()


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
            # Rolls a hot journal back; the lock is kept until the side files are gone, so that
            # a journal another program started meanwhile is never removed.
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("ROLLBACK")
            for side in sides:
                side.unlink(missing_ok=True)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise map_sqlite_error(exc, path) from None


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
