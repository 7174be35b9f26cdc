"""Delete all personal data of a project, everywhere this app put a copy of it on this computer.

One implementation for the menu (File → Delete all personal data…) and the command line
(``workshop-app delete-personal-data PATH``). What is personal data: ``domain/personal.py``.

In order: the personal fields are blanked in one transaction (``secure_delete`` zeroes the old
cells; ``journal_size_limit=0`` empties the ``-journal``), the file is vacuumed so no free page
keeps them, a fresh backup replaces every older backup of the file, and then the other copies
go: set-aside copies of the file (with their journals), read-only copies of it, every PDF
preview, leftover temp files, and the texts themselves wherever they appear in the log.
What it cannot reach: PDFs and copies saved elsewhere, and paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.domain.personal import PersonalData
from workshop_app.storage import repository
from workshop_app.storage.copies import Removed
from workshop_app.storage.database import ProjectStore


@dataclass(frozen=True)
class DeletionReport:
    """What :func:`delete_personal_data` blanked and removed."""

    blanked: PersonalData
    removed: Removed

    def line(self) -> str:
        """One English line, e.g. "Blanked 12 contact persons, …; removed 5 backups, …"."""
        r = self.removed
        removed = [
            (r.backups, "backup", "backups"),
            (r.set_aside, "set-aside copy", "set-aside copies"),
            (r.read_only_copies, "read-only copy", "read-only copies"),
            (r.previews, "preview", "previews"),
            (r.temp_files, "temp file", "temp files"),
        ]
        parts = [_count(n, one, many) for n, one, many in removed if n]
        if r.logs:
            parts.append(f"scrubbed {_count(r.logs, 'log file', 'log files')}")
        head = f"Blanked {self.blanked.describe()}" if self.blanked.total else "Nothing to blank"
        tail = "; removed " + ", ".join(parts) if parts else "; no other copies found"
        return f"{head}{tail}."


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"


def personal_data(store: ProjectStore) -> PersonalData:
    """The personal texts the project holds now, by kind."""
    return store.read(repository.load_personal_data)


def delete_personal_data(store: ProjectStore) -> DeletionReport:
    """Blank every personal field of the open project ``store`` and remove every copy this app
    made of it (see the module's text). Not undoable. Raises ``KnownError`` when the file cannot
    be written; nothing is removed outside it then."""
    found = personal_data(store)
    with store.transaction(forget_removed=False) as db:
        repository.clear_personal_data(db)
    store.vacuum()
    return DeletionReport(found, store.forget(found.texts()))
