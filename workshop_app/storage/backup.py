"""Verified backups in the user's data folder, one folder per project FILE (its file id).

Two copies of one project share the project's UUID but not a file id (see
``storage/file_identity.py``), so each copy has its own folder, rotation and "newest good backup".
Each folder holds a ``source.json`` naming the file it belongs to (its last known path) and the
file each backup was made from, so the backups of a file too damaged to open can still be found.

A backup is made with SQLite's online backup API into a temporary file, checked with
``quick_check``, flushed to disk and only then renamed into place. Rotation keeps the newest
``KEEP_LAST`` plus the newest of each of the last ``KEEP_DAYS`` days. A live file is never copied
with a plain file copy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop_app import FILE_EXTENSION, paths
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.storage import outputs
from workshop_app.storage.lock import locked_error
from workshop_app.storage.outputs import fsync_file
from workshop_app.storage.outputs import fsync_folder as _fsync_dir

KEEP_LAST = 10
#: Beside a set-aside copy: the path of the file it was copied from.
SOURCE_NAME = "source.txt"
KEEP_DAYS = 14
_NAME = re.compile(r"^(\d{8}T\d{6}(?:\d{6})?Z)-([a-z-]+)" + re.escape(FILE_EXTENSION) + "$")
_UUID = re.compile(r"^[0-9a-f-]{36}$")
#: The sidecar of a backup folder: which file it belongs to and where each backup came from.
SOURCE_FILE = "source.json"
#: What versions before file ids kept in a folder named by the project UUID: the source's path.
LEGACY_SOURCE_FILE = "source.txt"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    when: dt.datetime  # UTC
    reason: str
    size: int
    #: The project file it was made from (absolute path), "" when not known.
    source: str = ""


def is_key(key: str) -> bool:
    """Whether ``key`` can name a backup folder (a file id, or a project UUID from before)."""
    return bool(_UUID.match(key))


def folder_for(file_id: str) -> Path:
    """The backups folder of the project file with this file id."""
    if not is_key(file_id):
        raise ValueError(f"not a file id: {file_id!r}")
    return paths.backups_dir() / file_id


def here(path: Path | str) -> str:
    """A file's path as the sidecars record it: absolute, links resolved."""
    return str(Path(path).resolve())


def read_source(folder: Path) -> dict[str, Any]:
    """The folder's sidecar: ``path`` (its file's last known path), ``file_id``,
    ``project_uuid`` and ``backups`` (backup name -> path it was made from). A folder from before
    file ids yields only ``path`` (from ``source.txt``); an unreadable sidecar yields ``{}``."""
    try:
        data = json.loads((folder / SOURCE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = None
    if isinstance(data, dict):
        if not isinstance(data.get("backups"), dict):
            data["backups"] = {}
        return data
    with contextlib.suppress(OSError, ValueError):
        return {"path": (folder / LEGACY_SOURCE_FILE).read_text(encoding="utf-8").strip()}
    return {}


def write_source(folder: Path, made: dict[str, str] | None = None, **fields: str) -> None:
    """Update the folder's sidecar (``fields`` such as ``path``, plus ``made``: backup name ->
    source path) and drop the entries of backups no longer there. Atomic; a sidecar that cannot
    be written costs only the "from file" column, so failures are ignored."""
    data = read_source(folder) if (folder / SOURCE_FILE).exists() else {"backups": {}}
    data.update(fields)
    present = {b.path.name for b in _list(folder)}
    entries = {**data.get("backups", {}), **(made or {})}
    data["backups"] = {k: v for k, v in entries.items() if k in present and isinstance(v, str)}
    data["format"] = 1
    tmp = folder / f".{SOURCE_FILE}.tmp"
    with contextlib.suppress(OSError):
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, folder / SOURCE_FILE)


_SET_FILE_ID = (
    "INSERT INTO meta(key, value) VALUES ('file_id', ?) "
    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
)


#: A copy of an open file for a worker (:func:`copy_for_worker`): hidden, in the backups folder.
_COPY_PREFIX, _COPY_SUFFIX = ".open-", ".copy"


def copy_for_worker(conn: sqlite3.Connection, file_id: str) -> Path:
    """The committed database of ``conn`` copied page by page (SQLite's backup API) into a new
    hidden file in the backups folder of ``file_id``, not yet synced: for a worker to read, and
    to make the open's backup of (:func:`make_backup` verifies, syncs and moves it into place);
    whoever takes it deletes it when done. Call in the connection's own thread, outside a
    transaction. A copy in memory instead (``serialize``) held a file grown over years twice
    for a moment, and again where the worker read it (60 MB more for a 29 MB file); this one
    holds a few pages, and takes about half the time."""
    folder = folder_for(file_id)
    target = folder / f"{_COPY_PREFIX}{uuid.uuid4().hex}{_COPY_SUFFIX}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale_copies(folder)
        dest = sqlite3.connect(target, isolation_level=None)
        try:
            # Synced and checked by whoever keeps it; nothing to roll back into.
            dest.execute("PRAGMA journal_mode=OFF")
            dest.execute("PRAGMA synchronous=OFF")
            conn.backup(dest)
        finally:
            dest.close()
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)
        raise _copy_error(exc, target) from None
    return target


#: A copy for a worker older than this was left by a process cut off: a younger one may be in a
#: worker's hands still (the same file closed and opened again at once).
_STALE_COPY_S = 24 * 3600


def _remove_stale_copies(folder: Path) -> None:
    now = time.time()
    for stale in folder.glob(f"{_COPY_PREFIX}*{_COPY_SUFFIX}"):
        with contextlib.suppress(OSError):
            if now - stale.stat().st_mtime > _STALE_COPY_S:
                stale.unlink()


def _copy_error(exc: sqlite3.Error | OSError, target: Path) -> KnownError:
    if isinstance(exc, OSError):
        return outputs.output_error(exc, target)
    name = getattr(exc, "sqlite_errorname", "")
    kind = ErrorKind.DISK_FULL if name.startswith("SQLITE_FULL") else ErrorKind.IO_FAILURE
    return KnownError(kind, target)


def copy_database(
    source: sqlite3.Connection | bytes | Path, target: Path, *, new_file_id: str | None = None
) -> None:
    """Copy a live database into a new file ``target`` (which must not exist), verified.

    ``source`` is an open connection (SQLite's backup API copies it), the committed database
    as SQLite serialized it (``Connection.serialize``: a consistent copy taken earlier, written
    as it is), or a copy made earlier by :func:`copy_for_worker` in the same folder (moved into
    place: the open's backup is written so in a worker). With ``new_file_id`` the copy is a
    new project file (Save a copy, a restore) and carries that file id in its meta table;
    backups keep the source's meta as it is."""
    outputs.check_output(target, new_file=True)
    tmp = source if isinstance(source, Path) else target.with_name(f".{target.name}.tmp")
    try:
        if not isinstance(source, Path):
            tmp.unlink(missing_ok=True)
        if isinstance(source, bytes):
            tmp.write_bytes(source)
        # A copy made earlier is opened as it is: gone (its folder emptied meanwhile), it is an
        # error, not a new empty database kept as a backup.
        dest = (
            sqlite3.connect(f"{tmp.resolve().as_uri()}?mode=rw", uri=True)
            if isinstance(source, Path)
            else sqlite3.connect(tmp)
        )
        try:
            if isinstance(source, sqlite3.Connection):
                source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
            if new_file_id is not None:
                with dest:
                    dest.execute(_SET_FILE_ID, (new_file_id,))
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
    except (sqlite3.Error, OSError) as exc:
        raise _copy_error(exc, target) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


#: One backup written at a time: the open's backup may be written in a worker while the window
#: makes another (the project closed at once), and both rotate the folder and write its
#: source.json.
_WRITING = threading.Lock()


def make_backup(
    source: sqlite3.Connection | bytes | Path,
    file_id: str,
    reason: str,
    source_path: Path | None = None,
    *,
    project_uuid: str = "",
) -> BackupInfo:
    """A verified backup of the file with ``file_id`` (at ``source_path``) into its folder
    (``source``: see :func:`copy_database`); safe to call from a worker thread."""
    with _WRITING:
        return _make_backup(source, file_id, reason, source_path, project_uuid)


def _make_backup(
    source: sqlite3.Connection | bytes | Path,
    file_id: str,
    reason: str,
    source_path: Path | None,
    project_uuid: str,
) -> BackupInfo:
    folder = folder_for(file_id)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise KnownError(ErrorKind.IO_FAILURE, folder) from None
    now = dt.datetime.now(dt.UTC)
    stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{stamp}-{reason}{FILE_EXTENSION}"
    copy_database(source, target)
    rotate(folder)
    origin = here(source_path) if source_path is not None else ""
    fields = {"file_id": file_id, "project_uuid": project_uuid}
    if origin:
        fields["path"] = origin
    write_source(folder, {target.name: origin}, **{k: v for k, v in fields.items() if v})
    return BackupInfo(target, now, reason, target.stat().st_size, origin)


def list_backups(file_id: str) -> list[BackupInfo]:
    """The backups of the project file with this file id (its backups folder), newest first."""
    try:
        folder = folder_for(file_id)
    except ValueError:
        return []
    return _list(folder, read_source(folder).get("backups", {}))


def _list(folder: Path, sources: dict[str, str] | None = None) -> list[BackupInfo]:
    result: list[BackupInfo] = []
    if not folder.is_dir():
        return result
    sources = sources or {}
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        when = _stamp_time(match.group(1))
        origin = sources.get(entry.name, "")
        result.append(BackupInfo(entry, when, match.group(2), entry.stat().st_size, origin))
    return sorted(result, key=lambda b: b.when, reverse=True)


def _stamp_time(text: str) -> dt.datetime:
    """The UTC time of a backup's name stamp, ``YYYYMMDDTHHMMSS[ffffff]Z`` (as ``_NAME`` matched
    it), read by its digits' places: ``strptime`` would import and compile its parser (~4 ms)
    at the first open of each start."""
    micro = int(text[15:21]) if len(text) > 16 else 0
    return dt.datetime(
        int(text[0:4]),
        int(text[4:6]),
        int(text[6:8]),
        int(text[9:11]),
        int(text[11:13]),
        int(text[13:15]),
        micro,
        tzinfo=dt.UTC,
    )


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


def expire_all_but(file_id: str, keep: Path) -> int:
    """Delete every backup of ONE project file except ``keep`` (after its personal data was
    deleted, older backups still hold it); the number deleted. Other copies of the project keep
    theirs. A file that cannot be deleted is left and not counted."""
    removed = 0
    for b in list_backups(file_id):
        if b.path == keep:
            continue
        try:
            b.path.unlink()
        except OSError:
            continue
        removed += 1
    with contextlib.suppress(ValueError):
        folder = folder_for(file_id)
        write_source(folder)
        for copy in folder.glob(f"{_COPY_PREFIX}*{_COPY_SUFFIX}"):  # not a backup, but a copy
            with contextlib.suppress(OSError):
                copy.unlink()
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


def newest_good(file_id: str) -> BackupInfo | None:
    return next((b for b in list_backups(file_id) if is_good(b.path)), None)


def folders_recording(project_path: Path | str) -> list[str]:
    """The keys of backup folders whose sidecar names ``project_path`` as their file's place,
    the one with the newest backup first (for a file too damaged to read its file id)."""
    wanted = here(project_path)
    root = paths.backups_dir()
    if not root.is_dir():
        return []
    found: list[tuple[dt.datetime, str]] = []
    for folder in root.iterdir():
        if not is_key(folder.name) or read_source(folder).get("path") != wanted:
            continue
        backups = _list(folder)
        newest = backups[0].when if backups else dt.datetime.min.replace(tzinfo=dt.UTC)
        found.append((newest, folder.name))
    return [key for _when, key in sorted(found, reverse=True)]


def new_file_id() -> str:
    return str(uuid.uuid4())


def restore(backup: Path, target: Path) -> None:
    """Copy a backup into a new file ``target`` (a new file: its own file id); never over an
    existing file."""
    if not is_good(backup):
        raise KnownError(ErrorKind.DAMAGED, backup)
    try:
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        raise KnownError(ErrorKind.IO_FAILURE, backup) from None
    try:
        copy_database(source, target, new_file_id=new_file_id())
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
        raise locked_error(path)
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
