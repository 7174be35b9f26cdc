"""Backups belong to a project FILE, not to a project id (issue 10, item 3).

Two copies of one project (``cp``, "Save a copy", an imported export, two demos) share the
project's UUID; each must keep its own backups: rotation of one never removes the other's,
deleting personal data in one leaves the other's backups alone, and a damaged copy is offered
its own newest good backup. Moving a file keeps its backups; read-only opens write nothing.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.cli.cli_helpers import run
from workshop_app.exchange.json_format import dumps, loads
from workshop_app.services.backups import backups_of_file, delete_older_backups
from workshop_app.services.demo import write_demo
from workshop_app.services.project_service import (
    create_project,
    newest_good_backup,
    open_project,
)
from workshop_app.storage import backup
from workshop_app.storage.backup import KEEP_LAST, BackupInfo

TOWN = "SELECT town FROM project"


def town_in(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute(TOWN).fetchone()[0])
    finally:
        conn.close()


def edit(path: Path, town: str) -> list[BackupInfo]:
    """Open the file as the app does, change the town, close; the file's backups after."""
    service = open_project(path)
    try:
        service.set_project_field("town", town)
    finally:
        service.close()
    service = open_project(path, read_only=True)
    try:
        return backups_of_file(service)
    finally:
        service.close()


def file_id_of(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'file_id'").fetchone()
    finally:
        conn.close()
    return str(row[0]) if row else ""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def two_copies(demo_file: Path) -> tuple[Path, Path]:
    """A project and a plain copy of it (``cp``), each opened and edited once."""
    a = demo_file
    b = demo_file.with_name("kopi.bymidte")
    shutil.copyfile(a, b)
    edit(b, "B-0")
    edit(a, "A-0")
    return a, b


def test_two_copies_edited_alternately_keep_separate_backups(
    two_copies: tuple[Path, Path],
) -> None:
    a, b = two_copies
    for n in range(1, 4):
        backups_a = edit(a, f"A-{n}")
        backups_b = edit(b, f"B-{n}")
    assert {x.path for x in backups_a}.isdisjoint({x.path for x in backups_b})
    # Each file's backups came from that file and hold its own edits, never the other's.
    assert {x.source for x in backups_a} == {str(a)}
    assert {x.source for x in backups_b} == {str(b)}
    assert all(not town_in(x.path).startswith("B") for x in backups_a)
    assert all(not town_in(x.path).startswith("A") for x in backups_b)
    assert town_in(backups_b[0].path) == "B-3"
    # Rotation of B (many more backups than it keeps) never removes one of A's.
    kept_a = {x.path: digest(x.path) for x in backups_a}
    for n in range(KEEP_LAST + 2):
        backups_b = edit(b, f"B-more-{n}")
    assert len(backups_b) == KEEP_LAST  # B rotated its own
    assert {p: digest(p) for p in kept_a if p.exists()} == kept_a


def test_deleting_personal_data_in_one_copy_leaves_the_other_copys_backups(
    two_copies: tuple[Path, Path],
) -> None:
    a, b = two_copies
    b_backups = edit(b, "B-1")
    before = {x.path: digest(x.path) for x in b_backups}
    assert any(b"Mette Holm" in x.path.read_bytes() for x in b_backups)
    service = open_project(a)
    try:
        service.delete_all_personal_data()
        mine = backups_of_file(service)
    finally:
        service.close()
    assert [x.reason for x in mine] == ["privacy"]
    assert {p: digest(p) for p in before if p.exists()} == before


def test_delete_older_backups_deletes_only_this_files(two_copies: tuple[Path, Path]) -> None:
    a, b = two_copies
    theirs = edit(b, "B-1")
    service = open_project(a)
    try:
        service.store.backup("periodic")
        deleted = delete_older_backups(service)
        mine = backups_of_file(service)
    finally:
        service.close()
    assert deleted >= 2
    assert [x.reason for x in mine] == ["privacy"]
    assert all(x.path.exists() for x in theirs)


def flip_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):
        data[start : start + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))


def cut_in_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize("damage", [flip_pages, cut_in_half], ids=["flipped", "truncated"])
def test_a_damaged_copy_is_offered_its_own_newest_good_backup(
    two_copies: tuple[Path, Path], damage
) -> None:  # type: ignore[no-untyped-def]
    a, b = two_copies
    edit(b, "B-last")
    edit(a, "A-last")  # A backed up last: the old code's record named A
    damage(b)
    damaged = digest(b)
    found = newest_good_backup(b)
    assert found is not None
    assert town_in(found.path) == "B-last"
    assert found.source == str(b)
    result = run("check", b)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert f"Newest good backup: {found.path} (" in result.stderr
    assert digest(b) == damaged  # looking for it wrote nothing


def test_save_a_copy_import_and_two_demos_are_separate_files(
    demo_file: Path, tmp_path: Path
) -> None:
    service = open_project(demo_file)
    try:
        saved = tmp_path / "saved copy.bymidte"
        service.save_copy(saved)
        snapshot = service.snapshot()
    finally:
        service.close()
    imported = [tmp_path / "import-1.bymidte", tmp_path / "import-2.bymidte"]
    for path in imported:
        create_project(path, loads(dumps(snapshot))).close()
    demo_2 = tmp_path / "demo-2.bymidte"
    write_demo(demo_2).close()
    files = [demo_file, saved, *imported, demo_2]
    ids = [file_id_of(path) for path in files]
    assert all(backup.is_key(i) for i in ids)
    assert len(set(ids)) == len(files)
    for path in files:
        # Each has (or gets, on its first open) backups of its own, made from itself.
        assert {x.source for x in edit(path, path.stem)} == {str(path)}


def test_a_restored_backup_is_a_new_file(demo_file: Path, tmp_path: Path) -> None:
    backups = edit(demo_file, "Før")
    target = tmp_path / "restored.bymidte"
    backup.restore(backups[0].path, target)
    assert backup.is_key(file_id_of(target))
    assert file_id_of(target) != file_id_of(demo_file)
    assert {x.source for x in edit(target, "Gendannet")} == {str(target)}
    assert {x.source for x in edit(demo_file, "Efter")} == {str(demo_file)}


def test_moving_a_file_keeps_its_backups(demo_file: Path, tmp_path: Path) -> None:
    before = edit(demo_file, "Hjemme")
    stick = tmp_path / "stick"
    stick.mkdir()
    moved = stick / "renamed.bymidte"
    os.replace(demo_file, moved)
    after = edit(moved, "På pinden")
    assert {x.path for x in before} <= {x.path for x in after}
    assert after[0].source == str(moved)
    assert {x.source for x in after} == {str(demo_file), str(moved)}
    # And back again: still the same file.
    os.replace(moved, demo_file)
    assert {x.path for x in after} <= {x.path for x in edit(demo_file, "Hjemme igen")}


def test_a_copy_made_while_the_original_is_open_is_told_apart(
    demo_file: Path, tmp_path: Path
) -> None:
    edit(demo_file, "Original")
    holder = open_project(demo_file)  # holds SQLite's exclusive lock
    try:
        copy = tmp_path / "copied while open.bymidte"
        shutil.copyfile(demo_file, copy)
        assert {x.source for x in edit(copy, "Kopi")} == {str(copy)}
        assert {x.source for x in backups_of_file(holder)} == {str(demo_file)}
    finally:
        holder.close()


def test_a_read_only_open_of_a_copy_writes_nothing(
    two_copies: tuple[Path, Path], tmp_path: Path
) -> None:
    a, _b = two_copies
    copy = tmp_path / "third.bymidte"
    shutil.copyfile(a, copy)
    before = digest(copy)
    folders = sorted(p.name for p in (tmp_path / "user-data" / "backups").iterdir())
    service = open_project(copy, read_only=True)
    try:
        assert backups_of_file(service) == []  # A's are not this file's
    finally:
        service.close()
    assert newest_good_backup(copy) is None
    assert digest(copy) == before
    assert sorted(p.name for p in (tmp_path / "user-data" / "backups").iterdir()) == folders


def make_legacy(path: Path, project_uuid: str, data_dir: Path, names: list[str]) -> Path:
    """What a version before file ids left: backups/<project uuid>/ and a source.txt."""
    folder = data_dir / "backups" / project_uuid
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copyfile(path, folder / name)
    (folder / "source.txt").write_text(str(path.resolve()), encoding="utf-8")
    return folder


def strip_file_id(path: Path) -> str:
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM meta WHERE key = 'file_id'")
    conn.commit()
    row = conn.execute("SELECT value FROM meta WHERE key = 'project_uuid'").fetchone()
    conn.close()
    return str(row[0])


def test_a_file_from_before_file_ids_gets_one_and_keeps_its_old_backups(
    demo_file: Path, tmp_path: Path
) -> None:
    data_dir = tmp_path / "user-data"
    shutil.rmtree(data_dir / "backups")
    project_uuid = strip_file_id(demo_file)
    copy = tmp_path / "old copy.bymidte"
    shutil.copyfile(demo_file, copy)
    old = ["20270301T090000000000Z-open.bymidte", "20270301T100000000000Z-close.bymidte"]
    legacy = make_legacy(demo_file, project_uuid, data_dir, old)
    # A read-only open finds the old backups and writes nothing.
    before = digest(demo_file)
    service = open_project(demo_file, read_only=True)
    try:
        assert [x.path.name for x in backups_of_file(service)] == old[::-1]
    finally:
        service.close()
    assert digest(demo_file) == before and file_id_of(demo_file) == ""
    # The copy opens first: the old folder named the original, which still exists.
    assert {x.path.name for x in edit(copy, "Kopi")}.isdisjoint(old)
    assert legacy.is_dir()
    # The original's first writable open gives it an id and adopts its old backups.
    backups = edit(demo_file, "Original")
    assert backup.is_key(file_id_of(demo_file))
    assert file_id_of(demo_file) != file_id_of(copy)
    assert set(old) <= {x.path.name for x in backups}
    assert not legacy.exists()
    assert {x.source for x in backups} == {str(demo_file)}


def test_backups_of_a_path_are_that_files_even_while_it_is_held(
    two_copies: tuple[Path, Path],
) -> None:
    from workshop_app.services.backups import backups_of_path

    a, b = two_copies
    holder = open_project(b)
    try:
        assert {x.source for x in backups_of_path(b)} == {str(b)}
        assert {x.source for x in backups_of_path(a)} == {str(a)}
    finally:
        holder.close()


def test_a_mangled_file_id_is_replaced_not_trusted(demo_file: Path) -> None:
    edit(demo_file, "Før")
    old = file_id_of(demo_file)
    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'file_id'", (old[:-1] + "u",))
    conn.commit()
    conn.close()
    service = open_project(demo_file, read_only=True)
    service.close()
    backups = edit(demo_file, "Efter")
    assert backup.is_key(file_id_of(demo_file)) and file_id_of(demo_file) != old
    assert {x.source for x in backups} == {str(demo_file)}
