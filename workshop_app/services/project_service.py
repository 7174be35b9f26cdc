"""Use cases on an open project. Each public method is one transaction and returns what changed.

No Qt here: the UI wraps these calls in undo commands and refreshes its views from the returned
:class:`Changes`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop_app.domain.changes import Changes
from workshop_app.domain.map_image import InvalidMapImage, inspect_map_image
from workshop_app.domain.model import (
    AgendaItem,
    Meeting,
    MeetingWithAgenda,
    Project,
    ProjectSnapshot,
    new_uuid,
)
from workshop_app.domain.scope import (
    FIELDS,
    KNOWLEDGE_PRESETS,
    LISTS,
    Field,
    InvalidScopeValue,
    Kind,
    MapImage,
    Scope,
    ScopeRow,
    section_of,
)
from workshop_app.domain.scope_values import checked, full_row_values
from workshop_app.domain.validation import InvalidValue, check_value
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.storage import backup, repository
from workshop_app.storage.database import ProjectStore


@dataclass(frozen=True)
class ServiceCall:
    """One edit as data (a method of :class:`ProjectService` and its arguments), so it can wait
    while the disk is full, be retried, or be replayed on a copy of the project."""

    method: str
    args: tuple[Any, ...] = ()

    def run(self, service: ProjectService) -> Changes:
        result: Changes = getattr(service, self.method)(*self.args)
        return result


def _checked(field: str, value: Any) -> Any:
    try:
        return check_value(field, value)
    except InvalidValue as exc:
        raise KnownError(ErrorKind.BAD_INPUT, "", problem=f"{field}: {exc}") from None


_FILE_NAME = Field("file_name", Kind.TEXT)


def _bad_input(problem: str, **details: str) -> KnownError:
    return KnownError(ErrorKind.BAD_INPUT, "", problem=problem, **details)


def _scope_field(key: str) -> Field:
    spec = FIELDS.get(key)
    if spec is None:
        raise _bad_input(f"{key}: unknown field")
    return spec


def _checked_scope(key: str, spec: Field, value: Any) -> Any:
    try:
        return checked(spec, value)
    except InvalidScopeValue as exc:
        raise _bad_input(f"{key}: {exc}") from None


def _checked_row_values(list_key: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """All columns of the list, each checked (missing ones empty); unknown columns refused."""
    spec = LISTS.get(list_key)
    if spec is None:
        raise _bad_input(f"{list_key}: unknown list")
    known = {c.key for c in spec.columns}
    for column in values:
        if column not in known:
            raise _bad_input(f"{list_key}.{column}: unknown column")
    full = full_row_values(list_key, values)
    return {c.key: _checked_scope(f"{list_key}.{c.key}", c, full[c.key]) for c in spec.columns}


def preset_knowledge_rows() -> tuple[ScopeRow, ...]:
    """The knowledge checklist every new project starts with (the UI shows each preset's
    translated question while ``question`` is empty)."""
    return tuple(
        ScopeRow(
            uuid=new_uuid(),
            list_key="knowledge",
            position=position,
            values=full_row_values("knowledge", {"preset": key}),
        )
        for position, key in enumerate(KNOWLEDGE_PRESETS)
    )


class ProjectService:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def close(self) -> None:
        self.store.close()

    def save_copy(self, target: Path | str, pending: Sequence[ServiceCall] = ()) -> None:
        """Write the project, plus edits not yet written, to a new file ``target``.

        The copy comes from the open file through SQLite's backup API; when that file cannot be
        read any more (the stick was pulled), from the newest good backup.
        """
        target = Path(target)
        try:
            self.store.save_copy(target)
        except KnownError as exc:
            if exc.kind in (ErrorKind.ALREADY_EXISTS, ErrorKind.DISK_FULL, ErrorKind.READ_ONLY):
                raise
            good = backup.newest_good(self.store.project_uuid)
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

    def project(self) -> Project:
        return repository.load_project(self.store.db)

    def meeting(self, uuid: str) -> MeetingWithAgenda:
        return repository.load_meeting(self.store.db, uuid)

    def meeting_uuids(self) -> list[str]:
        return repository.meeting_uuids(self.store.db)

    # -- project ---------------------------------------------------------------------------------

    def set_project_field(self, field: str, value: Any) -> Changes:
        value = _checked(field, value)
        with self.store.transaction() as db:
            repository.update_project_field(db, field, value)
        return Changes(project=True)

    # -- meetings --------------------------------------------------------------------------------

    def new_meeting(self, **fields: Any) -> MeetingWithAgenda:
        """A meeting not yet stored, placed last; pass it to :meth:`restore_meeting`."""
        for name, value in fields.items():
            _checked(name, value)
        position = len(self.meeting_uuids())
        return MeetingWithAgenda(Meeting(uuid=new_uuid(), position=position, **fields))

    def restore_meeting(self, meeting: MeetingWithAgenda) -> Changes:
        """Insert a meeting with its agenda at its position (used by add, undo of delete)."""
        m = meeting.meeting
        for name in ("title", "place", "purpose"):
            _checked(name, getattr(m, name))
        with self.store.transaction() as db:
            order = repository.meeting_uuids(db)
            position = max(0, min(m.position, len(order)))
            order.insert(position, m.uuid)
            repository.insert_meeting(db, dataclasses.replace(m, position=len(order)))
            repository.set_meeting_order(db, order)
            for index, item in enumerate(meeting.agenda):
                repository.insert_agenda_item(
                    db, dataclasses.replace(item, meeting_uuid=m.uuid, position=index)
                )
        return Changes(meeting_list=True, meetings=frozenset({m.uuid}))

    def delete_meeting(self, uuid: str) -> Changes:
        with self.store.transaction() as db:
            repository.delete_meeting(db, uuid)
            repository.set_meeting_order(db, repository.meeting_uuids(db))
        return Changes(meeting_list=True, meetings=frozenset({uuid}))

    def set_meeting_field(self, uuid: str, field: str, value: Any) -> Changes:
        value = _checked(field, value)
        with self.store.transaction() as db:
            repository.update_meeting_field(db, uuid, field, value)
        return Changes(meetings=frozenset({uuid}))

    def move_meeting(self, uuid: str, position: int) -> Changes:
        with self.store.transaction() as db:
            order = repository.meeting_uuids(db)
            order.remove(uuid)
            order.insert(max(0, min(position, len(order))), uuid)
            repository.set_meeting_order(db, order)
        return Changes(meeting_list=True)

    # -- agenda ----------------------------------------------------------------------------------

    def new_agenda_item(self, meeting_uuid: str, position: int | None = None) -> AgendaItem:
        count = len(repository.agenda_uuids(self.store.db, meeting_uuid))
        where = count if position is None else max(0, min(position, count))
        return AgendaItem(uuid=new_uuid(), meeting_uuid=meeting_uuid, position=where)

    def restore_agenda_item(self, item: AgendaItem) -> Changes:
        """Insert an agenda item at its position (used by add, undo of delete)."""
        for name in ("title", "duration_min", "method", "responsible"):
            _checked(name, getattr(item, name))
        with self.store.transaction() as db:
            order = repository.agenda_uuids(db, item.meeting_uuid)
            order.insert(max(0, min(item.position, len(order))), item.uuid)
            repository.insert_agenda_item(db, dataclasses.replace(item, position=len(order)))
            repository.set_agenda_order(db, order)
        return Changes(meetings=frozenset({item.meeting_uuid}))

    def delete_agenda_item(self, uuid: str) -> Changes:
        with self.store.transaction() as db:
            meeting_uuid = repository.agenda_item_meeting(db, uuid)
            repository.delete_agenda_item(db, uuid)
            repository.set_agenda_order(db, repository.agenda_uuids(db, meeting_uuid))
        return Changes(meetings=frozenset({meeting_uuid}))

    def set_agenda_field(self, uuid: str, field: str, value: Any) -> Changes:
        value = _checked(field, value)
        with self.store.transaction() as db:
            meeting_uuid = repository.agenda_item_meeting(db, uuid)
            repository.update_agenda_field(db, uuid, field, value)
        return Changes(meetings=frozenset({meeting_uuid}))

    def move_agenda_item(self, uuid: str, position: int) -> Changes:
        with self.store.transaction() as db:
            meeting_uuid = repository.agenda_item_meeting(db, uuid)
            order = repository.agenda_uuids(db, meeting_uuid)
            order.remove(uuid)
            order.insert(max(0, min(position, len(order))), uuid)
            repository.set_agenda_order(db, order)
        return Changes(meetings=frozenset({meeting_uuid}))

    # -- phase 1: scope --------------------------------------------------------------------------

    def scope(self) -> Scope:
        return self.store.scope()

    def set_scope_value(self, key: str, value: Any) -> Changes:
        value = _checked_scope(key, _scope_field(key), value)
        with self.store.transaction() as db:
            repository.set_scope_value(db, key, value)
        return Changes(scope=frozenset({section_of(key)}))

    def new_scope_row(
        self,
        list_key: str,
        position: int | None = None,
        values: Mapping[str, Any] | None = None,
    ) -> ScopeRow:
        """A row not yet stored (empty columns; budget lines in DKK); pass it to
        :meth:`restore_scope_row`. Placed last unless ``position`` is given."""
        defaults: dict[str, Any] = {"currency": "DKK"} if list_key == "budget" else {}
        checked_values = _checked_row_values(list_key, {**defaults, **(values or {})})
        count = len(repository.scope_row_uuids(self.store.db, list_key))
        where = count if position is None else max(0, min(position, count))
        return ScopeRow(uuid=new_uuid(), list_key=list_key, position=where, values=checked_values)

    def restore_scope_row(self, row: ScopeRow) -> Changes:
        """Insert a row at its position (clamped), shifting the rows after it (add, undo of
        delete)."""
        values = _checked_row_values(row.list_key, row.values)
        with self.store.transaction() as db:
            order = repository.scope_row_uuids(db, row.list_key)
            order.insert(max(0, min(row.position, len(order))), row.uuid)
            repository.insert_scope_row(db, ScopeRow(row.uuid, row.list_key, len(order), values))
            repository.set_scope_row_order(db, order)
        return Changes(scope=frozenset({section_of(row.list_key)}))

    def delete_scope_row(self, uuid: str) -> Changes:
        with self.store.transaction() as db:
            list_key = repository.scope_row_list(db, uuid)
            repository.delete_scope_row(db, uuid)
            repository.set_scope_row_order(db, repository.scope_row_uuids(db, list_key))
        return Changes(scope=frozenset({section_of(list_key)}))

    def set_scope_row_value(self, uuid: str, column: str, value: Any) -> Changes:
        with self.store.transaction() as db:
            list_key = repository.scope_row_list(db, uuid)
            spec = next((c for c in LISTS[list_key].columns if c.key == column), None)
            if spec is None:
                raise _bad_input(f"{list_key}.{column}: unknown column")
            value = _checked_scope(f"{list_key}.{column}", spec, value)
            repository.update_scope_row_value(db, uuid, column, value)
        return Changes(scope=frozenset({section_of(list_key)}))

    def move_scope_row(self, uuid: str, position: int) -> Changes:
        with self.store.transaction() as db:
            list_key = repository.scope_row_list(db, uuid)
            order = repository.scope_row_uuids(db, list_key)
            order.remove(uuid)
            order.insert(max(0, min(position, len(order))), uuid)
            repository.set_scope_row_order(db, order)
        return Changes(scope=frozenset({section_of(list_key)}))

    def set_map_image(self, file_name: str, data: bytes) -> Changes:
        """Store a PNG or JPEG as the area's map, replacing any earlier one.

        Refused with ``KnownError(BAD_INPUT)`` naming the problem (not an image and what it
        looks like, too large, too many pixels, damaged); the details carry ``reason`` and the
        numbers so the UI may word it itself.
        """
        image = map_image_from_file(file_name, data)
        with self.store.transaction() as db:
            repository.set_map_image(db, image)
        return Changes(scope=frozenset({section_of("map")}))

    def restore_map_image(self, image: MapImage | None) -> Changes:
        """Put back exactly this image, or remove the map (``None``); for undo."""
        if image is not None:
            checked_image = map_image_from_file(image.file_name, image.data)
            if (checked_image.mime, checked_image.width, checked_image.height) != (
                image.mime,
                image.width,
                image.height,
            ):
                raise _bad_input(f"{image.file_name}: the image does not match its description")
        with self.store.transaction() as db:
            repository.set_map_image(db, image)
        return Changes(scope=frozenset({section_of("map")}))


def map_image_from_file(file_name: str, data: bytes) -> MapImage:
    """A checked map image (new uuid) from a file's name and bytes; BAD_INPUT if refused."""
    # Only the file's own name is kept (the UI may hand over a whole path, Windows or not).
    name = _checked_scope("file_name", _FILE_NAME, re.split(r"[\\/]", str(file_name))[-1])
    if not isinstance(data, bytes | bytearray | memoryview):
        raise _bad_input(f"{name}: not a file's content")
    data = bytes(data)
    try:
        info = inspect_map_image(data)
    except InvalidMapImage as exc:
        raise _bad_input(f"{name}: {exc}", **exc.details) from None
    return MapImage(new_uuid(), name, info.mime, info.width, info.height, data)


def check_file(path: Path | str) -> None:
    """Full checks without changing a byte: header, integrity, foreign keys, readable rows."""
    service = open_project(path, read_only=True)
    try:
        store = service.store
        if store.integrity_check() or store.foreign_key_problems():
            raise KnownError(ErrorKind.DAMAGED, path)
        service.snapshot()
    finally:
        service.close()


def newest_good_backup(path: Path | str) -> backup.BackupInfo | None:
    """The newest verified backup of the project at ``path``, found by its recorded origin."""
    project_uuid = backup.find_project_uuid(Path(path))
    return backup.newest_good(project_uuid) if project_uuid else None


def open_read_only_copy(path: Path | str) -> ProjectService:
    """Open a copy of a project that is open elsewhere, read-only."""
    return open_project(backup.copy_for_reading(Path(path)), read_only=True)


def open_project(path: Path | str, *, read_only: bool = False) -> ProjectService:
    return ProjectService(ProjectStore.open(path, read_only=read_only))


def create_project(path: Path | str, snapshot: ProjectSnapshot) -> ProjectService:
    """Write a whole project (new, demo or imported) to a new file; no partial files on failure."""
    path = Path(path)
    store = ProjectStore.create(path, snapshot.project)
    try:
        with store.transaction() as db:
            repository.insert_scope(db, snapshot.scope)
            for index, meeting in enumerate(snapshot.meetings):
                repository.insert_meeting(db, dataclasses.replace(meeting.meeting, position=index))
                for pos, item in enumerate(meeting.agenda):
                    repository.insert_agenda_item(
                        db,
                        dataclasses.replace(item, meeting_uuid=meeting.meeting.uuid, position=pos),
                    )
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
            Project(uuid=new_uuid(), name=_checked("name", name)),
            scope=Scope(rows=preset_knowledge_rows()),
        ),
    )
