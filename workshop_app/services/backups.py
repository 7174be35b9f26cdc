"""Backups of a project file, for the UI and for deletions: list them, restore one into a new
file, delete the older ones. No Qt here.

Backups belong to a FILE, not to a project: two copies of one project (a copied file, "Save a
copy", an imported export) each have their own (see ``storage/file_identity.py``).
"""

from __future__ import annotations

from pathlib import Path

from workshop_app import paths
from workshop_app.services.project_service import ProjectService
from workshop_app.storage import backup, file_identity
from workshop_app.storage.backup import BackupInfo

__all__ = [
    "BackupInfo",
    "backups_folder",
    "backups_of_file",
    "backups_of_path",
    "delete_older_backups",
    "list_project_backups",
    "restore_backup",
]


def backups_of_file(service: ProjectService) -> list[BackupInfo]:
    """The backups of the open project FILE, newest first; each names the file it came from
    (``BackupInfo.source``). Other copies of the same project are not included."""
    return service.store.file_backups()


def backups_of_path(path: Path | str) -> list[BackupInfo]:
    """The backups of the project file at ``path`` without opening it (also when it is damaged
    or held by another program), newest first; writes nothing."""
    key = file_identity.locate(Path(path))
    return backup.list_backups(key) if key else []


def delete_older_backups(service: ProjectService) -> int:
    """Make a fresh backup of the open file, then delete every older backup of THIS file (after
    personal data was deleted: the older ones still hold it); other copies of the project keep
    theirs. The number deleted."""
    return service.store.expire_backups()


def list_project_backups(file_id: str) -> list[BackupInfo]:
    """The backups of the project file with this file id (``store.file_id``), newest first."""
    return backup.list_backups(file_id)


def restore_backup(backup_path: Path, target: Path) -> None:
    """Copy a verified backup into a new file ``target`` (a new file, with its own backups).

    Never writes over an existing file: raises ``KnownError`` (ALREADY_EXISTS, DAMAGED, …).
    """
    backup.restore(Path(backup_path), Path(target))


def backups_folder() -> Path:
    """Where backups of all project files are kept (one sub-folder per file)."""
    return paths.backups_dir()
