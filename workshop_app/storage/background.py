"""Work on the project file done in a worker thread, over a copy of the committed file.

The file allows one connection, made in the GUI thread and usable only there. What the window
need not wait for runs in a worker instead, over a copy of the committed file taken in the GUI
thread (SQLite's backup API into a hidden file beside the backups: milliseconds, a few pages of
memory; ``storage.backup.copy_for_worker``):

- the verified backup the window's open owes (``ProjectStore.open(backup_later=True)``): the
  file as opened, written, checked and rotated by the worker;
- reads ahead (the tests' outline, the actor map and its parts: ~0.1 s each on a project grown
  over years), kept when no table of their area changed meanwhile, so that a page shown later
  reads nothing.

Both once the window is painted come from ONE copy (:meth:`BackgroundWork.idle_work`), read first
and then moved into place as the backup. In memory (serialized), the copy had held the file
twice for a moment, and again where it was read: a project of 17 MB peaked 37 MB higher.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workshop_app.errors import KnownError
from workshop_app.storage import backup, repository
from workshop_app.storage.backup import BackupInfo
from workshop_app.storage.connection import Connection, Database

if TYPE_CHECKING:
    from workshop_app.storage.read_versions import TableVersions

#: The areas that may be read in a worker, with their loaders.
READ_AHEAD: dict[str, Callable[[Database], Any]] = {
    "trial_outline": repository.load_trial_outline,
    # The overview reads the actors without their relations: the actors page finds them read,
    # and the first actor added the parts kept apart (ProjectStore._actor_map).
    "actor_relations": repository.load_relations,
    "actor_assessments": repository.load_assessments,
    "actor_plan": repository.load_plan,
    "actors": repository.load_actor_map,
}


@dataclass
class IdleResult:
    """What :meth:`BackgroundWork.idle_work`'s work did: the backup (or why it failed) and the
    areas read."""

    backup: BackupInfo | None = None
    backup_problem: KnownError | None = None
    reads: dict[str, Any] = field(default_factory=dict)
    #: The records the reads made, by table and row (``Connection.row_memo``): the file's own
    #: connection takes them, so its first whole read of a table makes no record again.
    memo: dict[str, dict[tuple[Any, ...], Any]] = field(default_factory=dict)


class BackgroundWork:
    """``ProjectStore``'s work for a worker thread (a mixin: the store's own state)."""

    path: Path
    file_id: str
    project_uuid: str
    backup_due: str | None
    backup_problem: KnownError | None
    _conn: sqlite3.Connection
    db: Connection
    _versions: TableVersions | None
    _read_cache: dict[str, tuple[tuple[int, ...], Any, int]]
    _composed_of: tuple[Any, Any, Any] | None
    _edits_since_backup: int
    _last_backup: float

    if TYPE_CHECKING:

        def _reading(self) -> contextlib.AbstractContextManager[None]: ...
        def _table_versions(self) -> TableVersions | None: ...
        def _mapped_errors(self) -> contextlib.AbstractContextManager[None]: ...

    def idle_work(
        self, read_ahead: Sequence[str] = ()
    ) -> tuple[Callable[[], IdleResult], Callable[[IdleResult], KnownError | None]] | None:
        """What is left once the window shows, as ``(work, done)`` over one copy of the
        committed file taken now: ``work()`` runs in a worker (the backup the open owes, then
        the areas of ``read_ahead`` not read yet); ``done(result)``, back in this thread, keeps
        the reads whose area did not change meanwhile and returns why the backup failed, if it
        did. None when nothing is left (or a transaction is open)."""
        from workshop_app.storage import copy_read  # it imports storage.database

        reason = self.backup_due
        with self._reading():  # closed meanwhile (the window quit): a KnownError
            versions = self._table_versions()
            if self._conn.in_transaction:
                return None
            stamps = {
                area: versions.stamp(area)
                for area in read_ahead
                if versions is not None and area in READ_AHEAD and area not in self._read_cache
            }
            if reason is None and not stamps:
                return None
            problem: KnownError | None = None
            copy: Path | None = None
            try:
                copy = backup.copy_for_worker(self._conn, self.file_id)
            except KnownError as exc:  # no room for it: said as a backup that failed
                problem = exc
        if reason is not None:
            self._backup_taken()
        file_id, path, project_uuid = self.file_id, self.path, self.project_uuid

        def work() -> IdleResult:
            result = IdleResult()
            if copy is None:
                result.backup_problem = problem if reason is not None else None
                return result
            try:
                for area in stamps:
                    try:
                        result.reads[area] = copy_read.read_copy(
                            copy, READ_AHEAD[area], path, memo=result.memo
                        )
                    except KnownError:  # a damaged row: the page says so when it reads it
                        continue
                if reason is not None:
                    try:  # the copy becomes the backup: verified, synced, moved into place
                        result.backup = backup.make_backup(
                            copy, file_id, reason, path, project_uuid=project_uuid
                        )
                    except KnownError as exc:
                        result.backup_problem = exc
            finally:
                with contextlib.suppress(OSError):
                    copy.unlink(missing_ok=True)  # read ahead only, or a backup that failed
            return result

        def done(result: IdleResult) -> KnownError | None:
            kept = {
                area: value
                for area, value in result.reads.items()
                if self._keep_ahead(area, versions, stamps[area], value)
            }
            if {"actor_relations", "actor_assessments", "actors"} <= kept.keys():
                # The map was made of parts equal to these: what is in order is taken as is.
                self._composed_of = (
                    kept["actor_relations"],
                    kept["actor_assessments"],
                    kept["actors"],
                )
            # A record depends on its row alone: the copy's are right for this file whatever
            # changed since (a row changed is another row).
            own = getattr(self.db, "row_memo", None)
            if own is not None:
                for table, records in result.memo.items():
                    own.setdefault(table, records)
            if result.backup_problem is not None:
                self.backup_problem = result.backup_problem
            return result.backup_problem

        return work, done

    def _backup_taken(self) -> None:
        """A backup was made (or its copy taken, for a worker): none is owed, and the periodic
        one counts from now."""
        self.backup_due = None
        self._edits_since_backup = 0
        self._last_backup = time.monotonic()

    def _keep_ahead(
        self, area: str, versions: TableVersions | None, stamp: tuple[int, ...], value: Any
    ) -> bool:
        """Keep ``value`` read in a worker as the area's read when no table of the area has
        changed since the copy was taken at ``stamp`` (True), else drop it (False)."""
        try:
            if area in self._read_cache or self._conn.in_transaction:
                return False
            with self._reading():
                if versions is None or versions is not self._versions:
                    return False
                if versions.stamp(area) != stamp:
                    return False
                since = versions.last_update()
        except (KnownError, sqlite3.Error):  # closed meanwhile: nothing to keep it for
            return False
        self._read_cache[area] = (stamp, value, since)
        return True
