"""The copies of a project this app makes outside the project file, found so they can be deleted.

Deleting personal data must reach every copy this app made on this computer (the privacy guide's
"deletion is real"): besides the file's backups (``backup.py``) these are the set-aside copies of
the file and their side files, the read-only copies of it, the PDF previews, the log, and
leftover temp files. A copy belongs to the file when it records that file as its source, or when
it holds the same project (its ``project_uuid``): then it holds the same personal data.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from workshop_app import paths
from workshop_app.storage.backup import SOURCE_NAME


@dataclass(frozen=True)
class Removed:
    """What :func:`remove_copies_of` (and the backups step) removed."""

    backups: int = 0
    set_aside: int = 0
    read_only_copies: int = 0
    previews: int = 0
    temp_files: int = 0
    logs: int = 0


def remove_copies_of(project: Path, project_uuid: str, texts: Iterable[str]) -> Removed:
    """Remove the copies outside the file's backups that may hold ``texts`` (personal data just
    deleted from ``project``), and scrub the texts from the log."""
    project = Path(project)
    return Removed(
        set_aside=remove(set_aside_copies(project, project_uuid)),
        read_only_copies=remove(read_only_copies(project_uuid)),
        previews=remove(previews()),
        temp_files=remove(temp_files(project, project_uuid)),
        logs=scrub_logs(texts),
    )


def project_uuid_of(path: Path) -> str | None:
    """The project id inside a copy, read without touching it or its side files (None if none)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except (sqlite3.Error, OSError):
        return None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'project_uuid'").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def _recorded_source(folder: Path) -> str | None:
    try:
        return (folder / SOURCE_NAME).read_text(encoding="utf-8").strip()
    except OSError:
        return None


def set_aside_copies(project: Path, project_uuid: str) -> list[Path]:
    """Set-aside folders (a copy and its side files) taken of ``project`` or of its project."""
    root = paths.set_aside_dir()
    if not root.is_dir():
        return []
    wanted = str(project.resolve())
    found = []
    for folder in sorted(root.iterdir()):
        if not folder.is_dir():
            continue
        source = _recorded_source(folder)
        if source == wanted or any(
            project_uuid_of(item) == project_uuid
            for item in folder.iterdir()
            if item.is_file() and item.name != SOURCE_NAME
        ):
            found.append(folder)
    return found


def read_only_copies(project_uuid: str) -> list[Path]:
    """Read-only copies (of a file another program held open) of this project."""
    root = paths.read_only_copies_dir()
    if not root.is_dir():
        return []
    return [p for p in sorted(root.iterdir()) if p.is_file() and project_uuid_of(p) == project_uuid]


def previews() -> list[Path]:
    """Every PDF preview: any of them may show this project's names."""
    root = paths.previews_dir()
    return sorted(p for p in root.iterdir() if p.is_file()) if root.is_dir() else []


def temp_files(project: Path, project_uuid: str) -> list[Path]:
    """A project file being created beside ``project`` (``.new-*.tmp``, left by a crash) that
    holds this project. (An unfinished backup is removed with the backups.)"""
    return sorted(
        p
        for p in project.parent.glob(".new-*.tmp")
        if p.is_file() and project_uuid_of(p) == project_uuid
    )


def remove(items: Iterable[Path]) -> int:
    """Delete files and folders; the number deleted (one that cannot be deleted is skipped)."""
    removed = 0
    for item in items:
        try:
            if item.is_dir() and not item.is_symlink():
                shutil.rmtree(item)
            else:
                item.unlink()
        except OSError:
            continue
        removed += 1
    return removed


#: Texts shorter than this are not searched for in the log (two letters would match everywhere).
MIN_SCRUB_LENGTH = 3
_DELETED = "[deleted]"


def scrub_logs(texts: Iterable[str]) -> int:
    """Replace each text (and each of its lines) wherever it occurs in the app's log files, in
    place (a running log handler appends to the same file); the number of files changed."""
    needles = sorted(
        {line.strip() for text in texts for line in [text, *text.splitlines()]} - {""},
        key=len,
        reverse=True,
    )
    needles = [n for n in needles if len(n) >= MIN_SCRUB_LENGTH]
    root = paths.logs_dir()
    if not needles or not root.is_dir():
        return 0
    changed = 0
    for log in sorted(p for p in root.iterdir() if p.is_file()):
        with contextlib.suppress(OSError):
            if _scrub_file(log, needles):
                changed += 1
    return changed


def _scrub_file(log: Path, needles: list[str]) -> bool:
    with open(log, "r+", encoding="utf-8", errors="surrogateescape", newline="") as fh:
        text = fh.read()
        scrubbed = text
        for needle in needles:
            scrubbed = scrubbed.replace(needle, _DELETED)
        if scrubbed == text:
            return False
        fh.seek(0)
        fh.write(scrubbed)
        fh.truncate()
        fh.flush()
    return True
