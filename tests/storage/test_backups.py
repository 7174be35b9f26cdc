"""Verified backups: when they are made, how they rotate, and restoring into a new file."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from workshop_app.errors import ErrorKind, KnownError
from workshop_app.storage import backup, database
from workshop_app.storage.database import ProjectStore


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(store_uuid: str) -> list[str]:
    return [b.reason for b in backup.list_backups(store_uuid)]


def test_open_backs_up_and_close_backs_up_edits(demo_file: Path) -> None:
    store = ProjectStore.open(demo_file)
    uuid = store.file_id
    before = names(uuid)
    assert before[0] == "open"
    with store.transaction() as db:
        db.execute("UPDATE project SET town = 'Vestby'")
    store.close()
    assert names(uuid) == ["close", *before]
    newest = backup.list_backups(uuid)[0]
    conn = sqlite3.connect(newest.path)
    assert conn.execute("SELECT town FROM project").fetchone() == ("Vestby",)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_close_without_edits_makes_no_extra_backup(demo_file: Path) -> None:
    store = ProjectStore.open(demo_file)
    before = names(store.file_id)
    store.close()
    assert names(store.file_id) == before


def test_periodic_backup_while_editing(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "BACKUP_INTERVAL_S", 0.0)
    store = ProjectStore.open(demo_file)
    try:
        with store.transaction() as db:
            db.execute("UPDATE project SET town = 'Østby'")
        assert names(store.file_id)[0] == "periodic"
    finally:
        store.close(backup_on_close=False)


def test_rotation_keeps_last_ten_and_one_a_day(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    now = dt.datetime(2027, 3, 20, 12, 0, tzinfo=dt.UTC)
    made = []
    for days_ago in range(20):
        for hour in (9, 15):
            when = now - dt.timedelta(days=days_ago, hours=24 - hour)
            path = folder / f"{when:%Y%m%dT%H%M%S}000000Z-periodic.bymidte"
            path.write_bytes(b"x")
            made.append(when)
    removed = backup.rotate(folder, now=now)
    kept = backup._list(folder)
    assert len(kept) + len(removed) == 40
    newest_ten = sorted(made, reverse=True)[:10]
    assert all(any(k.when == w for k in kept) for w in newest_ten)
    recent_days = {w.date() for w in made if (now - w).days < 14}
    assert recent_days <= {k.when.date() for k in kept}
    assert all((now - k.when).days < 14 or k.when in newest_ten for k in kept)
    assert len(kept) < len(made)


def test_restore_goes_to_a_new_file_and_never_over_the_original(demo_file: Path) -> None:
    store = ProjectStore.open(demo_file)
    uuid = store.file_id
    store.close()
    good = backup.newest_good(uuid)
    assert good is not None
    before = digest(demo_file)
    with pytest.raises(KnownError) as info:
        backup.restore(good.path, demo_file)
    assert info.value.kind is ErrorKind.ALREADY_EXISTS
    assert digest(demo_file) == before
    target = demo_file.with_name("gendannet.bymidte")
    backup.restore(good.path, target)
    restored = ProjectStore.open(target, read_only=True)
    assert restored.snapshot().project.name == "Egeby bymidte"
    restored.close()


def test_damaged_backups_are_skipped(demo_file: Path) -> None:
    store = ProjectStore.open(demo_file)
    uuid = store.file_id
    with store.transaction() as db:
        db.execute("UPDATE project SET town = 'Nyby'")
    store.close()
    newest, older = backup.list_backups(uuid)[:2]
    data = bytearray(newest.path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):
        data[start : start + 12] = b"\xff" * 12
    newest.path.write_bytes(bytes(data))
    assert backup.newest_good(uuid) == older


def test_check_names_the_newest_good_backup_of_a_damaged_file(demo_file: Path) -> None:
    import os
    import subprocess
    import sys

    ProjectStore.open(demo_file).close()
    data = bytearray(demo_file.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):
        data[start : start + 12] = b"\xff" * 12
    demo_file.write_bytes(bytes(data))
    result = subprocess.run(
        [sys.executable, "-m", "workshop_app", "check", str(demo_file)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=dict(os.environ, LANG="en_GB.UTF-8"),
    )
    assert result.returncode == 2
    assert "damaged" in result.stderr and "Newest good backup" in result.stderr
    assert result.stderr.count("\n") == 1


def test_save_copy_writes_a_verified_new_file(demo_file: Path) -> None:
    store = ProjectStore.open(demo_file)
    try:
        target = demo_file.with_name("kopi.bymidte")
        store.save_copy(target)
        with pytest.raises(KnownError):
            store.save_copy(target)
    finally:
        store.close()
    copy = ProjectStore.open(target, read_only=True)
    original = ProjectStore.open(demo_file, read_only=True)
    try:
        assert copy.snapshot() == original.snapshot()
    finally:
        copy.close()
        original.close()


@pytest.mark.parametrize(
    ("stamp", "fmt"),
    [("20270301T101112123456Z", "%Y%m%dT%H%M%S%fZ"), ("20261231T235959Z", "%Y%m%dT%H%M%SZ")],
)
def test_a_backup_name_stamp_reads_as_strptime_reads_it(stamp: str, fmt: str) -> None:
    expected = dt.datetime.strptime(stamp, fmt).replace(tzinfo=dt.UTC)
    assert backup._stamp_time(stamp) == expected


def test_a_backup_name_with_an_impossible_date_is_refused_as_before() -> None:
    with pytest.raises(ValueError):
        backup._stamp_time("20270230T101112Z")
