"""Which project FILE this is, apart from which project: the key of its backups.

The project UUID (``meta.project_uuid``) names the project and is shared by every copy of it (a
file copied with ``cp``, "Save a copy", an imported export, two demos); a future merge of copies
edited on several laptops needs exactly that. The file id (``meta.file_id``) names one file: it
survives moving or renaming the file (to a stick and back) and splits when the file is copied.

How a copy is told from a move: every backup folder records where its file was last seen on this
computer (``source.json``). When a file is opened for writing at another path than its id was
last seen at, and a file at that recorded path still exists and still carries the same id (read
without locking or writing it), this file is the copy and gets a new id. When nothing is there
any more (or another file is), the file was moved and keeps its id. When the other file cannot be
read, the ids are split: a wrong split costs a moved file the link to its older backups (they are
still found by path), a wrong merge would mix two files' backups again.

The recorded path stays on this computer (the project file itself does not carry a path, which
would name the user's folders to everyone the file is given to).

Files from before file ids get one on their first writable open; the backups they had under
``backups/<project uuid>/`` are adopted by the first file that opens and is the one that folder
recorded (or when the recorded file is gone); a folder naming another file that still exists is
left for that file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from workshop_app import APPLICATION_ID, paths
from workshop_app.storage import backup
from workshop_app.storage.header import HEADER_SIZE, SQLITE_MAGIC

#: The meta key holding the file id.
FILE_ID_KEY = "file_id"


def peek_file_id(path: Path | str) -> str | None:
    """The file id stored in the project file at ``path``, read without locking or writing it
    (also while another program holds it open): "" when it is not a project of ours or has no
    file id, ``None`` when it cannot be read."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEADER_SIZE)
    except OSError:
        return None
    if not head.startswith(SQLITE_MAGIC) or len(head) < HEADER_SIZE:
        return ""
    if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        return ""
    try:
        uri = f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1"
        conn = sqlite3.connect(uri, uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (FILE_ID_KEY,)).fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, OSError, UnicodeDecodeError):
        return None
    value = row[0] if row else ""
    return value if isinstance(value, str) and backup.is_key(value) else ""


def last_seen_at(file_id: str) -> str:
    """Where the file with this id was last seen on this computer ("" when not known)."""
    try:
        folder = backup.folder_for(file_id)
    except ValueError:
        return ""
    place = backup.read_source(folder).get("path", "")
    return place if isinstance(place, str) else ""


def is_copy(path: Path | str, file_id: str) -> bool:
    """Whether the file at ``path`` carrying ``file_id`` is a copy of another file that still
    carries that id at the place the id was last seen (see the module's docstring)."""
    seen = last_seen_at(file_id)
    if not seen or seen == backup.here(path):
        return False
    other = Path(seen)
    try:
        if not other.is_file() or os.path.samefile(other, path):
            return False
    except OSError:
        return False
    theirs = peek_file_id(other)
    return theirs is None or theirs == file_id


def settle(path: Path | str, recorded: str) -> tuple[str, bool]:
    """The file id the file at ``path`` (whose meta holds ``recorded``, "" for none) carries from
    this writable open on, and whether it is new (then the caller stores it). Writes nothing."""
    if backup.is_key(recorded) and not is_copy(path, recorded):
        return recorded, False
    return backup.new_file_id(), True


def locate(path: Path | str, recorded: str | None = None) -> str:
    """The key of the backups folder of the file at ``path`` ("" when it has none), without
    writing anything: by its file id (``recorded``, or read from the file when not given) unless
    it is a copy, else by the path a folder records (a damaged file, a file from before file ids).
    """
    if recorded is None:
        recorded = peek_file_id(path) or ""
    if (
        backup.is_key(recorded)
        and backup.folder_for(recorded).is_dir()
        and not is_copy(path, recorded)
    ):
        return recorded
    found = backup.folders_recording(path)
    return found[0] if found else ""


def adopt_legacy_backups(project_uuid: str, file_id: str, path: Path | str) -> int:
    """Move the backups an older version kept under ``backups/<project uuid>/`` into the folder
    of ``file_id`` when they are this file's (the folder records this file, or a file that is
    gone); the number moved. Called once, when a file from before file ids gets its id."""
    try:
        legacy = paths.backups_dir() / project_uuid
        target = backup.folder_for(file_id)
    except ValueError:
        return 0
    if not backup.is_key(project_uuid) or not legacy.is_dir():
        return 0
    if (legacy / backup.SOURCE_FILE).exists():
        return 0  # a folder of today's kind: another file's
    recorded = str(backup.read_source(legacy).get("path", ""))
    if recorded and recorded != backup.here(path) and _exists_elsewhere(Path(recorded), path):
        return 0  # the backups of another copy that still exists
    moved: dict[str, str] = {}
    with contextlib.suppress(OSError):
        target.mkdir(parents=True, exist_ok=True)
        for info in backup.list_backups(project_uuid):
            os.replace(info.path, target / info.path.name)
            moved[info.path.name] = recorded
    if not moved:
        return 0
    backup.rotate(target)
    backup.write_source(target, moved)
    with contextlib.suppress(OSError):
        (legacy / backup.LEGACY_SOURCE_FILE).unlink(missing_ok=True)
        legacy.rmdir()
    return len(moved)


def _exists_elsewhere(other: Path, path: Path | str) -> bool:
    try:
        return other.is_file() and not os.path.samefile(other, path)
    except OSError:
        return False
