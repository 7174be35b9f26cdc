"""Verified backups in the user's data folder, keyed by project UUID.

A backup is made with SQLite's online backup API into a temporary file, checked with
``quick_check``, flushed to disk and only then renamed into place. Rotation keeps the newest
``KEEP_LAST`` plus the newest of each of the last ``KEEP_DAYS`` days. A live file is never copied
with a plain file copy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from workshop_app import FILE_EXTENSION, paths
from workshop_app.errors import ErrorKind, KnownError

KEEP_LAST = 10
#: Beside a set-aside copy: the path of the file it was copied from.
SOURCE_NAME = "source.txt"
KEEP_DAYS = 14
_NAME = re.compile(r"^(\d{8}T\d{6}(?:\d{6})?Z)-([a-z-]+)" + re.escape(FILE_EXTENSION) + "$")
_UUID = re.compile(r"^[0-9a-f-]{36}$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    when: dt.datetime  # UTC
    reason: str
    size: int


def folder_for(project_uuid: str) -> Path:
    if not _UUID.match(project_uuid):
        raise ValueError(f"not a project uuid: {project_uuid!r}")
    return paths.backups_dir() / project_uuid


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on Windows; rename is durable enough there
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database into a new file ``target`` (which must not exist), verified."""
    if target.exists():
        raise KnownError(ErrorKind.ALREADY_EXISTS, target)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        tmp.unlink(missing_ok=True)
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
            ok = [row[0] for row in dest.execute("PRAGMA quick_check")] == ["ok"]
        finally:
            dest.close()
        if not ok:
            raise KnownError(ErrorKind.DAMAGED, target)
        fsync_file(tmp)
        if target.exists():
            raise KnownError(ErrorKind.ALREADY_EXISTS, target)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except sqlite3.Error as exc:
        name = getattr(exc, "sqlite_errorname", "")
        kind = ErrorKind.DISK_FULL if name.startswith("SQLITE_FULL") else ErrorKind.IO_FAILURE
        raise KnownError(kind, target) from None
    except PermissionError:
        raise KnownError(ErrorKind.READ_ONLY, target) from None
    except OSError as exc:
        kind = ErrorKind.DISK_FULL if exc.errno == 28 else ErrorKind.IO_FAILURE
        raise KnownError(kind, target) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def make_backup(
    source: sqlite3.Connection, project_uuid: str, reason: str, source_path: Path | None = None
) -> BackupInfo:
    folder = folder_for(project_uuid)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise KnownError(ErrorKind.IO_FAILURE, folder) from None
    now = dt.datetime.now(dt.UTC)
    stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{stamp}-{reason}{FILE_EXTENSION}"
    copy_database(source, target)
    if source_path is not None:
        with contextlib.suppress(OSError):
            (folder / "source.txt").write_text(str(Path(source_path).resolve()), encoding="utf-8")
    rotate(folder)
    return BackupInfo(target, now, reason, target.stat().st_size)


def list_backups(project_uuid: str) -> list[BackupInfo]:
    """Newest first."""
    try:
        folder = folder_for(project_uuid)
    except ValueError:
        return []
    return _list(folder)


def _list(folder: Path) -> list[BackupInfo]:
    result: list[BackupInfo] = []
    if not folder.is_dir():
        return result
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        text = match.group(1)
        fmt = "%Y%m%dT%H%M%S%fZ" if len(text) > 16 else "%Y%m%dT%H%M%SZ"
        when = dt.datetime.strptime(text, fmt).replace(tzinfo=dt.UTC)
        result.append(BackupInfo(entry, when, match.group(2), entry.stat().st_size))
    return sorted(result, key=lambda b: b.when, reverse=True)


def rotate(folder: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete backups beyond the newest KEEP_LAST and one a day for KEEP_DAYS; return deleted."""
    now = now or dt.datetime.now(dt.UTC)
    backups = _list(folder)
    keep = {b.path for b in backups[:KEEP_LAST]}
    seen_days: set[dt.date] = set()
    for b in backups:
        day = b.when.date()
        if (now - b.when).days < KEEP_DAYS and day not in seen_days:
            seen_days.add(day)
            keep.add(b.path)
    removed = []
    for b in backups:
        if b.path not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
    return removed


def expire_all_but(project_uuid: str, keep: Path) -> int:
    """Delete every backup of a project except ``keep`` (after its personal data was deleted,
    older backups still hold it); the number deleted. A file that cannot be deleted is left and
    not counted."""
    removed = 0
    for b in list_backups(project_uuid):
        if b.path == keep:
            continue
        try:
            b.path.unlink()
        except OSError:
            continue
        removed += 1
    return removed


def is_good(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return [row[0] for row in conn.execute("PRAGMA quick_check")] == ["ok"]
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def newest_good(project_uuid: str) -> BackupInfo | None:
    return next((b for b in list_backups(project_uuid) if is_good(b.path)), None)


def find_project_uuid(project_path: Path) -> str | None:
    """The UUID whose backups came from ``project_path`` (for files too damaged to read)."""
    wanted = str(Path(project_path).resolve())
    root = paths.backups_dir()
    if not root.is_dir():
        return None
    for folder in root.iterdir():
        with contextlib.suppress(OSError):
            if (folder / "source.txt").read_text(encoding="utf-8").strip() == wanted:
                return folder.name
    return None


def restore(backup: Path, target: Path) -> None:
    """Copy a backup into a new file ``target``; never over an existing file."""
    if not is_good(backup):
        raise KnownError(ErrorKind.DAMAGED, backup)
    try:
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        raise KnownError(ErrorKind.IO_FAILURE, backup) from None
    try:
        copy_database(source, target)
    finally:
        source.close()


def copy_for_reading(path: Path) -> Path:
    """A plain copy of a file another program holds open, to read without disturbing it.

    SQLite's exclusive lock keeps readers out, so this copies the bytes; a copy taken in the
    middle of a commit fails ``quick_check`` and is refused (try again a moment later).
    """
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    folder = paths.read_only_copies_dir()
    target = folder / f"{stamp}-{path.name}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    except OSError:
        raise KnownError(ErrorKind.IO_FAILURE, path) from None
    if not is_good(target):
        target.unlink(missing_ok=True)
        raise KnownError(ErrorKind.LOCKED, path, holder="?")
    return target


def set_aside(path: Path, reason: str, extra: tuple[Path, ...] = ()) -> Path:
    """Copy a file (and side files) into the data folder before anything touches it."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    folder = paths.set_aside_dir() / f"{stamp}-{reason}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Which file these came from (deleting that file's personal data reaches them too).
        (folder / SOURCE_NAME).write_text(str(Path(path).resolve()), encoding="utf-8")
        for item in (path, *extra):
            if item.exists():
                shutil.copy2(item, folder / item.name)
    except OSError:
        raise KnownError(ErrorKind.IO_FAILURE, folder) from None
    return folder
