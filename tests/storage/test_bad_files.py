"""Every bad input of the storage guide gets its own error kind, and its bytes stay unchanged."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from workshop_app import APPLICATION_ID
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.storage.database import ProjectStore


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def expect(path: Path, kind: ErrorKind, *, read_only: bool = False) -> KnownError:
    before = digest(path) if path.is_file() else None
    with pytest.raises(KnownError) as info:
        ProjectStore.open(path, read_only=read_only).close()
    assert info.value.kind is kind, info.value
    if before is not None:
        assert digest(path) == before
    assert not Path(str(path) + "-journal").exists()
    return info.value


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.bymidte"
    path.write_bytes(b"")
    expect(path, ErrorKind.EMPTY)


@pytest.mark.parametrize(
    ("content", "looks_like"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "pdf"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "zip"),
        (b"navn;by\nEgeby;Skovlund\n", "text"),
        (bytes(range(256)) * 8, "binary"),
        (b'{"format": "something"}', "json"),
    ],
)
def test_foreign_files_are_named(tmp_path: Path, content: bytes, looks_like: str) -> None:
    path = tmp_path / "x.bymidte"
    path.write_bytes(content)
    error = expect(path, ErrorKind.NOT_A_PROJECT)
    assert error.details["looks_like"] == looks_like
    assert "PDF" in error.message("en") if looks_like == "pdf" else True


def _sqlite(path: Path, application_id: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={application_id}")
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("application_id", "looks_like"),
    [(0, "sqlite"), (0x47504B47, "geopackage"), (252006673, "fossil")],
)
def test_other_programs_sqlite(tmp_path: Path, application_id: int, looks_like: str) -> None:
    path = tmp_path / "other.bymidte"
    _sqlite(path, application_id)
    error = expect(path, ErrorKind.FOREIGN_SQLITE)
    assert error.details["looks_like"] == looks_like


def test_our_id_without_our_tables_is_foreign(tmp_path: Path) -> None:
    path = tmp_path / "fake.bymidte"
    _sqlite(path, APPLICATION_ID)
    expect(path, ErrorKind.FOREIGN_SQLITE)


def test_truncated_to_half(demo_file: Path) -> None:
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[: len(data) // 2])
    expect(demo_file, ErrorKind.INCOMPLETE)


def test_truncated_to_first_page(demo_file: Path) -> None:
    data = demo_file.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    demo_file.write_bytes(data[:page_size])
    expect(demo_file, ErrorKind.INCOMPLETE)


def test_truncated_inside_header(demo_file: Path) -> None:
    demo_file.write_bytes(demo_file.read_bytes()[:50])
    expect(demo_file, ErrorKind.INCOMPLETE)


def test_size_not_a_multiple_of_the_page_size(demo_file: Path) -> None:
    demo_file.write_bytes(demo_file.read_bytes() + b"\x00" * 100)
    expect(demo_file, ErrorKind.INCOMPLETE)


def test_flipped_bytes_inside_pages(demo_file: Path) -> None:
    data = bytearray(demo_file.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Scribble over the b-tree page headers of every page after the first.
    for start in range(page_size, len(data), page_size):
        data[start : start + 12] = b"\xff" * 12
    demo_file.write_bytes(bytes(data))
    expect(demo_file, ErrorKind.DAMAGED)


def test_missing_path_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nothing.bymidte"
    expect(path, ErrorKind.NOT_FOUND)
    assert not path.exists()


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder.bymidte"
    folder.mkdir()
    expect(folder, ErrorKind.NOT_A_FILE)


def test_newer_reader_version_is_refused(demo_file: Path) -> None:
    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE meta SET value = '99.0.0' WHERE key = 'min_reader_version'")
    conn.commit()
    conn.close()
    error = expect(demo_file, ErrorKind.NEWER_VERSION)
    assert "99.0.0" in error.message("da")


def test_newer_writer_version_opens_read_only(demo_file: Path) -> None:
    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE meta SET value = '99.0.0' WHERE key = 'min_writer_version'")
    conn.commit()
    conn.close()
    before = digest(demo_file)
    store = ProjectStore.open(demo_file)
    try:
        assert store.read_only
        assert store.newer_writer == "99.0.0"
        assert store.snapshot().project.name == "Egeby bymidte"
        with pytest.raises(KnownError) as info, store.transaction():
            pass
        assert info.value.kind is ErrorKind.READ_ONLY
    finally:
        store.close()
    assert digest(demo_file) == before


def test_second_writer_is_told_the_file_is_locked(demo_file: Path) -> None:
    first = ProjectStore.open(demo_file)
    try:
        with pytest.raises(KnownError) as info:
            ProjectStore.open(demo_file)
        assert info.value.kind is ErrorKind.LOCKED
    finally:
        first.close()
    ProjectStore.open(demo_file).close()


def test_create_never_overwrites(demo_file: Path) -> None:
    from workshop_app.domain.model import Project

    before = digest(demo_file)
    with pytest.raises(KnownError) as info:
        ProjectStore.create(demo_file, Project(uuid="x"))
    assert info.value.kind is ErrorKind.ALREADY_EXISTS
    assert digest(demo_file) == before


def test_disk_full_is_named_and_nothing_committed_is_lost(demo_file: Path) -> None:
    store = ProjectStore.open(demo_file)
    try:
        page_count = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count={page_count}")
        with pytest.raises(KnownError) as info, store.transaction() as db:
            db.execute("UPDATE project SET description = ?", ["x" * 200_000])
        assert info.value.kind is ErrorKind.DISK_FULL
        assert store.snapshot().project.description.startswith("Egeby har")
    finally:
        store.close()
