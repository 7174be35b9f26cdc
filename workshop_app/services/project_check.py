"""The "Check project" command: every check we know, run on the open project. No Qt here.

Each :class:`CheckLine` has a stable ``key`` the UI translates into a label; ``detail`` is data
(numbers, times, SQLite's own problem strings), not a sentence, and ``count`` / ``when`` carry
the numbers and time the UI formats itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workshop_app.domain.trials import link_loops
from workshop_app.errors import KnownError
from workshop_app.services.project_service import ProjectService, stored_value_problems
from workshop_app.services.trial_service import loop_where
from workshop_app.storage import backup
from workshop_app.storage.inspect import schema_problems
from workshop_app.storage.lock import lock_path

#: The checks in the order they run and are shown.
KEYS = ("integrity", "foreign_keys", "schema", "rows", "lock", "backups")
#: At most this many problem strings in one detail.
MAX_LISTED = 5


@dataclass(frozen=True)
class CheckLine:
    key: str
    ok: bool
    detail: str
    #: Problems found, records read or backups kept, depending on ``key``.
    count: int = 0
    #: The newest good backup (UTC), for ``key == "backups"``.
    when: dt.datetime | None = None


def _listed(problems: list[str]) -> str:
    shown = problems[:MAX_LISTED]
    if len(problems) > MAX_LISTED:
        shown.append(f"… (+{len(problems) - MAX_LISTED})")
    return "; ".join(shown)


def _failed(key: str, exc: KnownError) -> CheckLine:
    return CheckLine(key, False, exc.kind.value)


def _loops(service: ProjectService) -> list[str]:
    """Links between ideas and tests that lead round in a loop (the file reads, but its ideas
    or tests come from themselves: the JSON import refuses such a project)."""
    book = service.trial_book()
    return [f"{loop.kind} loop: {loop_where(book, loop)}" for loop in link_loops(book)]


def check_project(service: ProjectService) -> list[CheckLine]:
    """Run every check on the open project; reads only, never changes the file."""
    store = service.store
    lines: list[CheckLine] = []

    try:
        problems = store.integrity_check()
        lines.append(CheckLine("integrity", not problems, _listed(problems), len(problems)))
    except KnownError as exc:
        lines.append(_failed("integrity", exc))

    try:
        rows = store.foreign_key_problems()
        links = [f"{table} rowid {rowid} -> {parent}" for table, rowid, parent, *_ in rows]
        links += _loops(service)
        lines.append(CheckLine("foreign_keys", not links, _listed(links), len(links)))
    except KnownError as exc:
        lines.append(_failed("foreign_keys", exc))

    try:
        # A file opened read-only is not migrated: compare it only once it is up to date.
        problems = [f"migration {name} not applied" for name in store.pending_migrations()]
        if not problems:
            problems = schema_problems(store.db)
        lines.append(CheckLine("schema", not problems, _listed(problems), len(problems)))
    except KnownError as exc:
        lines.append(_failed("schema", exc))

    try:
        snapshot = service.snapshot()
        records = 1 + sum(1 + len(m.agenda) for m in snapshot.meetings)
        problems = stored_value_problems(snapshot)
        if problems:
            lines.append(CheckLine("rows", False, _listed(problems), len(problems)))
        else:
            lines.append(CheckLine("rows", True, f"records={records}", records))
    except KnownError as exc:
        lines.append(_failed("rows", exc))

    if store.read_only:
        lines.append(CheckLine("lock", True, "read-only"))
    elif store.lock is not None:
        lines.append(CheckLine("lock", True, str(lock_path(store.lock.project))))
    else:
        lines.append(CheckLine("lock", False, "no lock"))

    backups = store.file_backups()
    good = [b for b in backups if backup.is_good(b.path)]
    newest = good[0].when if good else None
    detail = f"backups={len(backups)}; good={len(good)}"
    if newest is not None:
        detail += f"; newest={newest.isoformat(timespec='seconds')}"
    lines.append(CheckLine("backups", bool(good), detail, len(backups), newest))
    return lines
