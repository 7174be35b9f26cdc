"""Backups of a project, for the UI: list them and restore one into a new file. No Qt here."""

from __future__ import annotations

from pathlib import Path

from workshop_app import paths
from workshop_app.storage import backup
from workshop_app.storage.backup import BackupInfo

__all__ = ["BackupInfo", "backups_folder", "list_project_backups", "restore_backup"]


def list_project_backups(project_uuid: str) -> list[BackupInfo]:
    """The backups of one project in the user's data folder, newest first."""
    return backup.list_backups(project_uuid)


def restore_backup(backup_path: Path, target: Path) -> None:
    """Copy a verified backup into a new file ``target``.

    Never writes over an existing file: raises ``KnownError`` (ALREADY_EXISTS, DAMAGED, …).
    """
    backup.restore(Path(backup_path), Path(target))


def backups_folder() -> Path:
    """Where backups of all projects are kept (one sub-folder per project)."""
    return paths.backups_dir()
