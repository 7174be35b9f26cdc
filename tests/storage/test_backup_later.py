"""The window's open owes its verified backup instead of making it before the window shows
(``ProjectStore.open(backup_later=True)``): a copy of the file as opened is taken in the GUI
thread and written, verified and rotated in a worker. Nothing is ever written to the file before
that copy is taken: the first write, and the close, make the backup first; an open that writes
(a migration, a recovery, meta to store) backs up at once, as before."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

from workshop_app.services.project_service import ProjectService
from workshop_app.storage.database import ProjectStore


def _name_in(path: Path, uuid: str) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return str(conn.execute("SELECT name FROM actor WHERE uuid = ?", (uuid,)).fetchone()[0])
    finally:
        conn.close()


def _in_a_thread(work) -> Any:  # type: ignore[no-untyped-def]
    out: list[Any] = []
    thread = threading.Thread(target=lambda: out.append(work()))
    thread.start()
    thread.join()
    return out[0]


def _owed(store: ProjectStore):  # type: ignore[no-untyped-def]
    """The owed backup alone, as the window's worker runs it: (work, done) or None."""
    return store.idle_work()


def test_the_owed_backup_is_the_file_as_opened_written_in_another_thread(demo_file) -> None:
    service = ProjectService(ProjectStore.open(demo_file, backup_later=True))
    store = service.store
    try:
        had = len(store.file_backups())
        assert store.backup_due == "open"
        pair = _owed(store)
        assert pair is not None and store.backup_due is None
        assert _owed(store) is None  # owed once
        work, done = pair
        actor = service.actor_map().actors[0]
        service.set_actor_value(actor.uuid, "name", "Efter kopien")  # after the copy was taken
        assert len(store.file_backups()) == had  # the edit made no backup of its own
        result = _in_a_thread(work)
        assert done(result) is None  # no problem to say
        backups = store.file_backups()
        assert len(backups) == had + 1 and backups[0].path == result.backup.path
        assert backups[0].reason == "open"
        assert _name_in(backups[0].path, actor.uuid) == actor.name  # as opened, verified
    finally:
        service.close()


def test_a_write_before_the_copy_is_taken_backs_up_first(demo_file) -> None:
    service = ProjectService(ProjectStore.open(demo_file, backup_later=True))
    store = service.store
    try:
        had = len(store.file_backups())
        actor = service.actor_map().actors[0]
        service.set_actor_value(actor.uuid, "name", "Første ændring")
        assert store.backup_due is None and _owed(store) is None
        backups = store.file_backups()
        assert len(backups) == had + 1 and backups[0].reason == "open"
        assert _name_in(backups[0].path, actor.uuid) == actor.name
    finally:
        service.close()


def test_a_project_closed_before_its_backup_was_written_is_backed_up_on_close(
    demo_file,
) -> None:
    had = _count(demo_file)
    store = ProjectStore.open(demo_file, backup_later=True)
    assert len(store.file_backups()) == had
    store.close()
    again = ProjectStore.open(demo_file, read_only=True)
    try:
        backups = again.file_backups()
        assert len(backups) == had + 1 and backups[0].reason == "open"
    finally:
        again.close()


def test_an_open_that_writes_to_the_file_backs_up_at_once(demo_file) -> None:
    conn = sqlite3.connect(demo_file)
    with conn:  # last written by another version: the open records this one
        conn.execute("UPDATE meta SET value = '0.0.1' WHERE key = 'written_by_version'")
    conn.close()
    store = ProjectStore.open(demo_file, backup_later=True)
    try:
        assert store.backup_due is None and _owed(store) is None
        backups = store.file_backups()
        assert backups and backups[0].reason == "open"
        conn = sqlite3.connect(f"file:{backups[0].path}?mode=ro", uri=True)
        try:  # made before the open wrote its meta
            (written,) = conn.execute(
                "SELECT value FROM meta WHERE key = 'written_by_version'"
            ).fetchone()
        finally:
            conn.close()
        assert written == "0.0.1"
    finally:
        store.close()


def _count(path: Path) -> int:
    store = ProjectStore.open(path, read_only=True)  # makes no backup
    try:
        return len(store.file_backups())
    finally:
        store.close()


def test_an_open_without_backup_later_backs_up_before_it_returns(demo_file) -> None:
    had = _count(demo_file)
    store = ProjectStore.open(demo_file)
    try:
        assert store.backup_due is None
        assert len(store.file_backups()) == had + 1
        assert store.file_backups()[0].reason == "open"
    finally:
        store.close(backup_on_close=False)


def _copies(store: ProjectStore) -> list[Path]:
    """The copies for a worker left in the file's backups folder (hidden, not backups)."""
    from workshop_app.storage import backup

    return sorted(backup.folder_for(store.file_id).glob(".open-*"))


def test_the_backup_and_the_read_ahead_come_from_one_copy_of_the_file(
    demo_file, monkeypatch
) -> None:
    """The worker reads ahead from the copy and then moves it into place as the backup: one copy,
    in a file (in memory, a file grown over years was held twice for a moment, and again where
    it was read), and none left once the work is done."""
    from workshop_app.storage import backup, copy_read

    copies: list[Path] = []
    original = backup.copy_for_worker

    def counted(conn: sqlite3.Connection, file_id: str) -> Path:
        copies.append(original(conn, file_id))
        return copies[-1]

    monkeypatch.setattr(backup, "copy_for_worker", counted)
    monkeypatch.setattr(copy_read, "frozen_copy", None)  # no copy in memory
    service = ProjectService(ProjectStore.open(demo_file, backup_later=True))
    store = service.store
    try:
        store._read_cache.pop("trial_outline", None)  # as on a project opened afresh
        pair = store.idle_work(("trial_outline",))
        assert pair is not None and len(copies) == 1
        assert _copies(store) == copies  # taken now: the edits after it are not in it
        work, done = pair
        result = _in_a_thread(work)
        assert done(result) is None and len(copies) == 1
        assert result.backup is not None and "trial_outline" in result.reads
        assert service.trial_outline() is result.reads["trial_outline"]
        assert _copies(store) == [] and result.backup.path.stat().st_size > 0
        assert store.idle_work(("trial_outline",)) is None  # nothing left
    finally:
        service.close()


def test_a_read_ahead_alone_leaves_no_copy(demo_file) -> None:
    service = ProjectService(ProjectStore.open(demo_file))  # backed up at once: none owed
    store = service.store
    try:
        had = len(store.file_backups())
        store._read_cache.pop("trial_outline", None)
        pair = store.idle_work(("trial_outline",))
        assert pair is not None and len(_copies(store)) == 1
        work, done = pair
        result = _in_a_thread(work)
        assert done(result) is None and result.backup is None
        assert "trial_outline" in result.reads
        assert _copies(store) == [] and len(store.file_backups()) == had
    finally:
        service.close()


def test_no_room_for_the_copy_is_said_as_a_backup_that_failed(demo_file, monkeypatch) -> None:
    from workshop_app.errors import ErrorKind, KnownError
    from workshop_app.storage import backup

    real_connect = sqlite3.connect

    def full(target: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if str(target).endswith(".copy"):
            raise OSError(28, "No space left on device")  # ENOSPC
        return real_connect(target, *args, **kwargs)

    service = ProjectService(ProjectStore.open(demo_file, backup_later=True))
    store = service.store
    try:
        had = len(store.file_backups())
        with monkeypatch.context() as patch:
            patch.setattr(backup.sqlite3, "connect", full)
            pair = store.idle_work()
        assert pair is not None and store.backup_due is None
        work, done = pair
        problem = done(_in_a_thread(work))
        assert isinstance(problem, KnownError) and problem.kind is ErrorKind.DISK_FULL
        assert store.backup_problem is problem  # the status bar says it
        assert _copies(store) == [] and len(store.file_backups()) == had
        actor = service.actor_map().actors[0]
        service.set_actor_value(actor.uuid, "name", "Skrevet alligevel")  # edits go on
        assert service.actor_map().actors[0].name == "Skrevet alligevel"
    finally:
        service.close()


def test_a_copy_gone_before_its_backup_was_written_is_no_empty_backup(demo_file) -> None:
    """The copy a worker was to make the backup of was deleted meanwhile (the personal data
    deleted, say): the backup fails, said, and no empty database is kept as one."""
    from workshop_app.errors import KnownError

    service = ProjectService(ProjectStore.open(demo_file, backup_later=True))
    store = service.store
    try:
        had = len(store.file_backups())
        pair = store.idle_work()
        assert pair is not None
        work, done = pair
        for copy in _copies(store):
            copy.unlink()
        problem = done(_in_a_thread(work))
        assert isinstance(problem, KnownError)
        assert len(store.file_backups()) == had  # nothing kept as a backup
    finally:
        service.close()


def test_a_young_copy_in_a_workers_hands_is_not_taken_for_a_stale_one(demo_file) -> None:
    """The same file's copies one after the other (closed and opened again at once): the second
    leaves the first to its worker; only a copy a day old counts as left by a process cut off."""
    import os
    import time

    service = ProjectService(ProjectStore.open(demo_file, backup_later=True))
    store = service.store
    try:
        first = store.idle_work()
        assert first is not None
        (young,) = _copies(store)
        store._read_cache.pop("trial_outline", None)
        second = store.idle_work(("trial_outline",))
        assert second is not None
        assert young in _copies(store) and len(_copies(store)) == 2
        old = time.time() - 2 * 24 * 3600
        os.utime(young, (old, old))
        store._read_cache.pop("trial_outline", None)
        third = store.idle_work(("trial_outline",))
        assert third is not None and young not in _copies(store)
        for work, done in (second, third):
            done(_in_a_thread(work))
        assert _copies(store) == []
    finally:
        service.close()
