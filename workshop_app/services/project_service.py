"""Use cases on an open project. Each public method is one transaction and returns what changed.

No Qt here: the UI wraps these calls in undo commands and refreshes its views from the returned
:class:`Changes`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Concatenate

from workshop_app.domain.actors import is_uuid
from workshop_app.domain.changes import Changes
from workshop_app.domain.dashboard import DUE_WITHIN_DAYS, DashboardFacts, shown_running_of
from workshop_app.domain.model import (
    AGENDA_FIELDS,
    MEETING_FIELDS,
    PROJECT_TEXT_FIELDS,
    Project,
    ProjectSnapshot,
    new_uuid,
)
from workshop_app.domain.personal import PersonalData
from workshop_app.domain.scope import SECTION_KEYS, Scope
from workshop_app.domain.validation import InvalidValue, check_value
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services import personal_data

# ActorDependents and map_image_from_file are re-exported: callers import them from here.
from workshop_app.services.actor_service import ActorDependents as ActorDependents
from workshop_app.services.actor_service import ActorServiceMixin
from workshop_app.services.live_service import LiveServiceMixin
from workshop_app.services.meeting_service import (
    MeetingServiceMixin,
    checked_field,
    meeting_value_problems,
)
from workshop_app.services.print_service import PrintServiceMixin, print_value_problems
from workshop_app.services.scope_service import ScopeServiceMixin, preset_knowledge_rows
from workshop_app.services.scope_service import map_image_from_file as map_image_from_file
from workshop_app.services.trial_service import TrialServiceMixin, loop_damage
from workshop_app.storage import backup, file_identity, recovery, repository
from workshop_app.storage.database import ProjectStore
from workshop_app.storage.outputs import check_output
from workshop_app.storage.repository import dashboard_reads

#: A method of :class:`ProjectService` (any area's) that makes one edit and says what changed.
EditMethod = Callable[Concatenate["ProjectService", ...], Changes]


@dataclass(frozen=True)
class ServiceCall:
    """One edit as data: the service method itself (not its name, so a rename breaks at
    type-check time and "find usages" sees it) and its arguments, so the edit can wait while
    the disk is full, be retried, or be replayed on a copy of the project."""

    fn: EditMethod
    args: tuple[Any, ...] = ()

    def run(self, service: ProjectService) -> Changes:
        return self.fn(service, *self.args)


class ProjectService(
    PrintServiceMixin,
    LiveServiceMixin,
    MeetingServiceMixin,
    ScopeServiceMixin,
    ActorServiceMixin,
    TrialServiceMixin,
):
    """One open project: the area services composed into the one object the app uses (as Anki
    composes ``Collection``). Each area lives in its own module; they share ``store``, and
    whatever spans the areas (copies, snapshots, personal data) is here."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        #: What the last :meth:`delete_all_personal_data` blanked and removed.
        self.last_deletion: personal_data.DeletionReport | None = None

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def close(self) -> None:
        self.store.close()

    def idle_work(
        self, *, read_ahead: bool = True
    ) -> tuple[Callable[[], Any], Callable[[Any], Any]] | None:
        """What is left once the window shows, for a worker (``ProjectStore.idle_work``): the
        backup the open still owes, then (``read_ahead``) the tests' outline and the actor map
        read ahead, so that the tests and actors pages open without reading them."""
        ahead = ("trial_outline", "actor_relations", "actor_assessments", "actor_plan", "actors")
        return self.store.idle_work(ahead if read_ahead else ())

    def save_copy(self, target: Path | str, pending: Sequence[ServiceCall] = ()) -> None:
        """Write the project, plus edits not yet written, to a new file ``target``.

        The copy comes from the open file through SQLite's backup API; when that file cannot be
        read any more (the stick was pulled), from the newest good backup.
        """
        target = Path(target)
        check_output(target, new_file=True)
        try:
            self.store.save_copy(target)
        except KnownError as exc:
            if exc.kind in (ErrorKind.ALREADY_EXISTS, ErrorKind.DISK_FULL, ErrorKind.READ_ONLY):
                raise
            good = backup.newest_good(self.store.file_id)
            if good is None:
                raise
            backup.restore(good.path, target)
        if not pending:
            return
        copy = open_project(target)
        try:
            for call in pending:
                call.run(copy)
        except BaseException:
            copy.close()
            target.unlink(missing_ok=True)  # no half copies
            raise
        copy.close()

    # -- reading ---------------------------------------------------------------------------------

    def snapshot(self) -> ProjectSnapshot:
        return self.store.snapshot()

    def dashboard_facts(self, today: dt.date | None = None) -> DashboardFacts:
        """What the overview's dashboard is made from on ``today``, read without what it does
        not show: the meetings' agendas and notes, the evidence of the tests that are not
        running or not shown (a project grown over years opens without reading its feedback),
        the actors' relations and long texts, the plan lines not due."""
        store = self.store
        statuses = store.trial_statuses()
        running = shown_running_of(statuses)
        horizon = (today or dt.date.today()) + dt.timedelta(days=DUE_WITHIN_DAYS)
        due = store.read(lambda db: repository.load_due_plan(db, horizon))
        return DashboardFacts(
            project=store.project(),
            scope=store.scope(),
            actors=dataclasses.replace(store.overview_actor_map(), plan=due),
            meetings=store.meeting_rows(),
            trials=store.read(lambda db: dashboard_reads.running_book(db, running)),
            trial_statuses=tuple(status for _uuid, status in statuses),
        )

    def trial_statuses(self) -> tuple[tuple[str, str], ...]:
        """``(uuid, status now)`` of every test in list order (the navigation's line), without
        reading any test whole; kept until a test or its history changes."""
        return self.store.trial_statuses()

    def delete_all_personal_data(self) -> Changes:
        """Blank every personal field and remove every copy this app made of them, for real
        (``services/personal_data.py``); :attr:`last_deletion` says what went. Not undoable."""
        self.last_deletion = personal_data.delete_personal_data(self.store)
        return Changes(
            project=True,
            meeting_list=True,
            meetings=frozenset(self.store.read(repository.meeting_uuids)),
            scope=frozenset(SECTION_KEYS),
            actors=True,
        )

    def personal_data(self) -> PersonalData:
        """The personal texts the project holds, by kind (``domain/personal.py``)."""
        return personal_data.personal_data(self.store)

    def personal_data_count(self) -> int:
        """How many records (actors, plan lines, agenda items…) hold personal data."""
        return self.personal_data().total


def check_file(path: Path | str) -> None:
    """Full checks without changing a byte: header, integrity, foreign keys, readable rows."""
    service = open_project(path, read_only=True)
    try:
        store = service.store
        if store.integrity_check() or store.foreign_key_problems():
            raise KnownError(ErrorKind.DAMAGED, path)
        snapshot = service.snapshot()
        problems = stored_value_problems(snapshot)
        if problems:
            raise KnownError(ErrorKind.DAMAGED, path, reason="bad_value", where=problems[0])
        loops = loop_damage(path, snapshot.trials)
        if loops is not None:
            raise loops
    finally:
        service.close()


def stored_value_problems(snapshot: ProjectSnapshot) -> list[str]:
    """Values the file holds that the app and the JSON import refuse (written by another tool,
    or by an older version with looser rules), each as "where: why" in the JSON's terms; the
    parts that loading already checks (scope, actors, tests) are not repeated here."""
    problems: list[str] = []

    def check(where: str, field: str, value: Any) -> None:
        try:
            check_value(field, value)
        except InvalidValue as exc:
            problems.append(f"{where}.{field}: {exc}")

    for name in PROJECT_TEXT_FIELDS:
        check("project", name, getattr(snapshot.project, name))
    for m, meeting in enumerate(snapshot.meetings):
        for name in MEETING_FIELDS:
            check(f"meetings[{m}]", name, getattr(meeting.meeting, name))
        for a, item in enumerate(meeting.agenda):
            for name in AGENDA_FIELDS:
                check(f"meetings[{m}].agenda[{a}]", name, getattr(item, name))
    problems += meeting_value_problems(snapshot)
    problems += print_value_problems(snapshot)
    known = {c.uuid for c in snapshot.actors.categories}
    for n, actor in enumerate(snapshot.actors.actors):
        if is_uuid(actor.category) and actor.category not in known:
            problems.append(f"actors.actors[{n}].category: no custom category {actor.category}")
    return problems


def newest_good_backup(path: Path | str) -> backup.BackupInfo | None:
    """The newest verified backup of the project FILE at ``path`` (not of another copy of the
    project), also when the file is too damaged to open: found by the file id that can still be
    read from it, else by the path its backups folder records. Writes nothing."""
    key = file_identity.locate(Path(path))
    return backup.newest_good(key) if key else None


def recover_into_copy(path: Path | str, target: Path | str) -> None:
    """A file not closed properly on a read-only medium: its recovered state as a new file."""
    recovery.recover_into_copy(Path(path), Path(target))


def open_read_only_copy(path: Path | str) -> ProjectService:
    """Open a copy of a project that is open elsewhere, read-only."""
    return open_project(backup.copy_for_reading(Path(path)), read_only=True)


def open_project(
    path: Path | str, *, read_only: bool = False, backup_later: bool = False
) -> ProjectService:
    """Open a project file (``backup_later``: see ``ProjectStore.open``; the window's open, which
    then hands :meth:`ProjectService.idle_work` to a worker once it is painted)."""
    return ProjectService(ProjectStore.open(path, read_only=read_only, backup_later=backup_later))


def create_project(path: Path | str, snapshot: ProjectSnapshot) -> ProjectService:
    """Write a whole project (new, demo or imported) to a new file; no partial files on failure."""
    path = Path(path)
    store = ProjectStore.create(path, snapshot.project)
    try:
        with store.transaction() as db:
            repository.insert_scope(db, snapshot.scope)
            repository.insert_actor_map(db, snapshot.actors)
            for index, meeting in enumerate(snapshot.meetings):
                repository.insert_whole_meeting(db, meeting, index)
            repository.insert_trial_book(db, snapshot.trials)  # links to meetings and actors
    except BaseException:
        store.close()
        path.unlink(missing_ok=True)
        raise
    return ProjectService(store)


def new_project(path: Path | str, name: str) -> ProjectService:
    """A new project, with the knowledge checklist of phase 1 preloaded."""
    return create_project(
        path,
        ProjectSnapshot(
            Project(uuid=new_uuid(), name=checked_field("name", name)),
            scope=Scope(rows=preset_knowledge_rows()),
        ),
    )
