"""One program per file, leftover side files set aside first, and a clean close."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.errors import ErrorKind, KnownError
from workshop_app.storage import header, lock
from workshop_app.storage.database import ProjectStore


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_lock_file_names_the_holder_and_goes_away_on_close(demo_file: Path) -> None:
    store = ProjectStore.open(demo_file)
    info = lock.read_lock(demo_file)
    assert info is not None and info.pid == os.getpid()
    store.close()
    assert not lock.lock_path(demo_file).exists()
    assert [p.name for p in demo_file.parent.glob(demo_file.name + "*")] == [demo_file.name]


def test_second_open_in_another_process_is_told_who_holds_it(demo_file: Path) -> None:
    store = ProjectStore.open(demo_file)
    try:
        code = (
            "import sys\n"
            "from workshop_app.storage.database import ProjectStore\n"
            "from workshop_app.errors import KnownError\n"
            "try:\n"
            "    ProjectStore.open(sys.argv[1])\n"
            "except KnownError as e:\n"
            "    print(e.kind.value, e.details.get('holder', ''))\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code, str(demo_file)],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        kind, _, holder = result.stdout.strip().partition(" ")
        assert kind == "locked"
        assert lock.read_lock(demo_file).user in holder  # type: ignore[union-attr]
    finally:
        store.close()


def test_stale_lock_from_a_dead_process_is_taken_over(demo_file: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    pid = int(dead.stdout)
    me = lock._me()
    lock.lock_path(demo_file).write_text(
        json.dumps({"host": me.host, "user": "someone", "pid": pid, "since": me.since}),
        encoding="utf-8",
    )
    store = ProjectStore.open(demo_file)
    assert lock.read_lock(demo_file).pid == os.getpid()  # type: ignore[union-attr]
    store.close()


def test_lock_from_another_computer_is_respected_while_sqlite_is_busy(demo_file: Path) -> None:
    lock.lock_path(demo_file).write_text(
        json.dumps({"host": "laptop-7", "user": "mette", "pid": 1, "since": "2027-03-01T09:00:00"}),
        encoding="utf-8",
    )
    # Nobody holds SQLite's lock: the file from the other computer is stale and taken over.
    store = ProjectStore.open(demo_file)
    store.close()
    lock.lock_path(demo_file).write_text(
        json.dumps({"host": "laptop-7", "user": "mette", "pid": 1, "since": "2027-03-01T09:00:00"}),
        encoding="utf-8",
    )
    holder = sqlite3.connect(demo_file, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("COMMIT")
    try:
        with pytest.raises(KnownError) as info:
            ProjectStore.open(demo_file)
        assert info.value.kind is ErrorKind.LOCKED
        assert "mette@laptop-7" in info.value.message("en")
    finally:
        holder.close()


def _crash_with_journal(path: Path, tmp: Path, *, spill: bool = True) -> None:
    """Leave a journal beside ``path``, as a process killed in mid-commit would.

    With ``spill`` the dying process has already written changed pages into the file, so the
    journal is hot and SQLite must roll it back; without, the journal is a harmless leftover.
    """
    work = tmp / "crash"
    work.mkdir()
    shutil.copy(path, work / path.name)
    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=DELETE')\n"
        f"c.execute('PRAGMA cache_size={1 if spill else 2000}')\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "c.execute(\"UPDATE project SET name = 'halvt skrevet'\")\n"
        "c.execute(\"UPDATE meeting SET title = 'halvt skrevet'\")\n"
        "c.execute('PRAGMA cache_spill=1')\n"
        "c.execute('CREATE TABLE filler(x)')\n"
        "c.execute('INSERT INTO filler VALUES (zeroblob(400000))')\n"
        "c.execute('INSERT INTO filler SELECT randomblob(1000) FROM (WITH RECURSIVE r(i) AS '\n"
        "          '(SELECT 1 UNION ALL SELECT i+1 FROM r WHERE i<500) SELECT i FROM r)')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(work / path.name)], check=True, timeout=60)
    for item in work.iterdir():
        shutil.copy(item, path.parent / item.name)


@pytest.mark.parametrize("spill", [True, False], ids=["hot-journal", "stale-journal"])
def test_leftover_journal_is_set_aside_then_recovered(
    demo_file: Path, tmp_path: Path, spill: bool
) -> None:
    _crash_with_journal(demo_file, tmp_path, spill=spill)
    journal = demo_file.with_name(demo_file.name + "-journal")
    assert journal.exists()
    before = digest(demo_file)
    store = ProjectStore.open(demo_file)
    try:
        assert store.integrity_check() == []
        if not spill:
            # A finished journal (header zeroed) is SQLite's own leftover: removed, no alarm.
            assert store.set_aside is None
            return
        assert store.set_aside is not None
        assert digest(store.set_aside / demo_file.name) == before
        assert (store.set_aside / journal.name).exists()
        assert store.snapshot().project.name == "Egeby bymidte"  # the half commit rolled back
    finally:
        store.close()
    assert not journal.exists()


def test_check_with_a_leftover_journal_changes_nothing(demo_file: Path, tmp_path: Path) -> None:
    _crash_with_journal(demo_file, tmp_path)
    journal = demo_file.with_name(demo_file.name + "-journal")
    before = (digest(demo_file), digest(journal))
    with pytest.raises(KnownError) as info:
        ProjectStore.open(demo_file, read_only=True)
    assert info.value.kind is ErrorKind.UNCLEAN
    assert "not closed properly" in info.value.message("en")
    assert (digest(demo_file), digest(journal)) == before


def test_foreign_wal_is_set_aside_and_never_applied(demo_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    wal = Path(str(other) + "-wal")
    foreign_wal = demo_file.with_name(demo_file.name + "-wal")
    shutil.copy(wal, foreign_wal)
    conn.close()
    store = ProjectStore.open(demo_file)
    try:
        assert store.set_aside is not None and (store.set_aside / foreign_wal.name).exists()
        assert not foreign_wal.exists()
        assert store.snapshot().project.name == "Egeby bymidte"
    finally:
        store.close()


def test_lock_file_in_a_read_only_folder_is_read_only_kind(
    demo_file: Path, lock_files_refused: None
) -> None:
    with pytest.raises(KnownError) as info:
        ProjectStore.open(demo_file)
    assert info.value.kind is ErrorKind.READ_ONLY


def _plant_lock(project: Path, *, host: str, pid: int, user: str = "someone") -> None:
    lock.lock_path(project).write_text(
        json.dumps({"host": host, "user": user, "pid": pid, "since": "2027-03-01T09:00:00"}),
        encoding="utf-8",
    )


@pytest.mark.parametrize("pid", [os.getppid(), 1], ids=["parent", "init"])
def test_lock_naming_a_live_unrelated_process_here_is_taken_over(demo_file: Path, pid: int) -> None:
    """After a crash and a reboot the old pid may belong to any live process: SQLite decides."""
    _plant_lock(demo_file, host=lock._me().host, pid=pid)
    store = ProjectStore.open(demo_file)
    try:
        assert not store.read_only
        assert lock.read_lock(demo_file).pid == os.getpid()  # type: ignore[union-attr]
        with store.transaction() as db:
            db.execute("UPDATE project SET name = 'Egeby, overtaget'")
    finally:
        store.close()
    assert not lock.lock_path(demo_file).exists()


def _sqlite_holder(project: Path) -> sqlite3.Connection:
    holder = sqlite3.connect(project, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("ROLLBACK")
    return holder


def test_a_program_without_lock_file_is_not_given_a_false_name(demo_file: Path) -> None:
    """SQLite's lock is held by a program that wrote no lock file; a crashed one's is left."""
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    _plant_lock(demo_file, host=lock._me().host, pid=int(dead.stdout), user="gone")
    holder = _sqlite_holder(demo_file)
    try:
        for read_only in (False, True):
            with pytest.raises(KnownError) as info:
                ProjectStore.open(demo_file, read_only=read_only)
            assert info.value.kind is ErrorKind.LOCKED
            text = info.value.message("en")
            assert "gone@" not in text and "does not say who" in text
    finally:
        holder.close()
    assert lock.read_lock(demo_file).user == "gone"  # type: ignore[union-attr]


def test_held_file_keeps_its_journal_when_a_second_open_is_refused(demo_file: Path) -> None:
    """The holder's (finished) journal is its own: a refused open must not remove it."""
    store = ProjectStore.open(demo_file)
    try:
        with store.transaction() as db:
            db.execute("UPDATE project SET name = 'Egeby, med journal'")
        journal = demo_file.with_name(demo_file.name + "-journal")
        had_journal = journal.exists()
        with pytest.raises(KnownError):
            ProjectStore.open(demo_file)
        assert journal.exists() == had_journal
    finally:
        store.close()


def test_journal_of_a_holder_in_mid_commit_is_not_taken_for_a_crash(
    demo_file: Path, isolated_dirs: Path
) -> None:
    """Caught mid-commit, the holder's journal is hot; the file is held, not left unclean."""
    holder = sqlite3.connect(demo_file, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("PRAGMA cache_size=1")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE project SET name = 'halvt skrevet'")
    holder.execute("CREATE TABLE filler(x)")
    holder.execute("INSERT INTO filler VALUES (zeroblob(400000))")
    journal = demo_file.with_name(demo_file.name + "-journal")
    try:
        assert header.journal_may_be_hot(journal)
        before = (digest(demo_file), digest(journal))
        for read_only in (True, False):
            with pytest.raises(KnownError) as info:
                ProjectStore.open(demo_file, read_only=read_only)
            assert info.value.kind is ErrorKind.LOCKED
        assert (digest(demo_file), digest(journal)) == before
        assert not (isolated_dirs / "set-aside").exists()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.parametrize("state", ["empty", "garbage", "folder", "symlink"])
def test_odd_lock_files_do_not_lock_the_owner_out(
    demo_file: Path, tmp_path: Path, state: str
) -> None:
    path = lock.lock_path(demo_file)
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("not ours", encoding="utf-8")
    if state == "empty":
        path.write_bytes(b"")
    elif state == "garbage":
        path.write_bytes(b"\xff\x00{not json")
    elif state == "folder":
        path.mkdir()
    else:
        path.symlink_to(elsewhere)
    store = ProjectStore.open(demo_file)
    try:
        assert not store.read_only
        with store.transaction() as db:
            db.execute("UPDATE project SET name = 'Egeby, trods alt'")
    finally:
        store.close()
    assert elsewhere.read_text(encoding="utf-8") == "not ours"


def test_the_lock_names_this_computer_as_socket_does() -> None:
    import socket

    assert lock.host_name() == socket.gethostname()
