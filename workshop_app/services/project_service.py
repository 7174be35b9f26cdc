"""Use cases on an open project. Each public method is one transaction and returns what changed.

No Qt here: the UI wraps these calls in undo commands and refreshes its views from the returned
:class:`Changes`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Concatenate

from workshop_app.domain.actors import (
    ACTOR_FIELDS,
    PERSONAL_FIELDS,
    RELATION_FIELDS,
    Actor,
    ActorMap,
    Assessment,
    CustomCategory,
    InvalidActorValue,
    PlanEntry,
    Rating,
    Relation,
    check_actor,
    check_actor_value,
    check_assessment,
    check_category_name,
    check_plan_entry,
    check_plan_value,
    check_relation,
    check_relation_value,
    current_ratings,
    is_uuid,
)
from workshop_app.domain.changes import Changes
from workshop_app.domain.map_image import InvalidMapImage, inspect_map_image
from workshop_app.domain.model import (
    AGENDA_FIELDS,
    MEETING_FIELDS,
    PROJECT_TEXT_FIELDS,
    AgendaItem,
    Meeting,
    MeetingWithAgenda,
    Project,
    ProjectSnapshot,
    new_uuid,
)
from workshop_app.domain.personal import PersonalData
from workshop_app.domain.scope import (
    FIELDS,
    KNOWLEDGE_PRESETS,
    LISTS,
    SECTION_KEYS,
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
from workshop_app.services import personal_data
from workshop_app.services.refusals import bad_input as _bad_input
from workshop_app.services.refusals import found as _found
from workshop_app.services.refusals import moved
from workshop_app.services.trial_service import TrialServiceMixin, loop_damage
from workshop_app.storage import backup, file_identity, recovery, repository
from workshop_app.storage.database import ProjectStore
from workshop_app.storage.outputs import check_output

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


def _checked(field: str, value: Any) -> Any:
    try:
        return check_value(field, value)
    except InvalidValue as exc:
        raise KnownError(ErrorKind.BAD_INPUT, "", problem=f"{field}: {exc}") from None


def _check_agenda_item(item: AgendaItem) -> None:
    for name in ("title", "duration_min", "method", "responsible"):
        _checked(name, getattr(item, name))


_FILE_NAME = Field("file_name", Kind.TEXT)


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


@dataclass(frozen=True)
class ActorDependents:
    """An actor and what deleting it deletes too (see :meth:`ProjectService.actor_dependents`)."""

    actor: Actor
    relations: tuple[Relation, ...] = ()
    plan: tuple[PlanEntry, ...] = ()
    plan_positions: tuple[int, ...] = ()
    ratings: tuple[tuple[str, Rating], ...] = ()


def _valid(check: Any, *args: Any) -> Any:
    """``check(*args)`` with :class:`InvalidActorValue` turned into BAD_INPUT."""
    try:
        return check(*args)
    except InvalidActorValue as exc:
        raise _bad_input(str(exc)) from None


def _actor_value(field: str, value: Any) -> Any:
    if field not in ACTOR_FIELDS:
        raise _bad_input(f"{field}: unknown actor field")
    return _valid(check_actor_value, field, value)


def _require_new(db: Any, table: str, uuid: str) -> None:
    if repository.actor_row_exists(db, table, uuid):
        raise _bad_input(f"{uuid}: already exists")


def _require_actors(known: set[str], *uuids: str) -> None:
    for uuid in uuids:
        if uuid not in known:
            raise _bad_input(f"no actor {uuid}")


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


class ProjectService(TrialServiceMixin):
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
        for item in meeting.agenda:
            _check_agenda_item(item)
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
            order = moved(repository.meeting_uuids(db), uuid, position, "meeting")
            repository.set_meeting_order(db, order)
        return Changes(meeting_list=True)

    # -- agenda ----------------------------------------------------------------------------------

    def new_agenda_item(self, meeting_uuid: str, position: int | None = None) -> AgendaItem:
        count = len(repository.agenda_uuids(self.store.db, meeting_uuid))
        where = count if position is None else max(0, min(position, count))
        return AgendaItem(uuid=new_uuid(), meeting_uuid=meeting_uuid, position=where)

    def restore_agenda_item(self, item: AgendaItem) -> Changes:
        """Insert an agenda item at its position (used by add, undo of delete)."""
        _check_agenda_item(item)
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
            meeting_uuid = _found(lambda: repository.agenda_item_meeting(db, uuid))
            order = moved(repository.agenda_uuids(db, meeting_uuid), uuid, position, "agenda item")
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
            list_key = repository.scope_row_list(db, uuid)  # LookupError, as for its siblings
            order = moved(repository.scope_row_uuids(db, list_key), uuid, position, "row")
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

    # -- phase 2: actors -------------------------------------------------------------------------
    #
    # Every edit is one transaction returning ``Changes(actors=True)``; a value that breaks a rule
    # of ``domain/actors.py``, an unknown field or a reference to something that does not exist
    # is refused with ``KnownError(BAD_INPUT)`` naming the problem.

    def actor_map(self) -> ActorMap:
        return self.store.actor_map()

    def new_actor(self, **values: Any) -> Actor:
        """An actor not yet stored, placed last; pass it to :meth:`restore_actor`."""
        checked_values = {name: _actor_value(name, value) for name, value in values.items()}
        position = len(repository.actor_uuids(self.store.db))
        return Actor(uuid=new_uuid(), position=position, **checked_values)

    def duplicate_actor(self, uuid: str) -> Actor:
        """A copy of an actor (new uuid, placed right after it), not yet stored; pass it to
        :meth:`restore_actor`. Personal data (person's name, contact) is not copied, nor are
        relations, plan entries or ratings. The caller decides on a new name."""
        original = _found(lambda: repository.load_actor(self.store.db, uuid))
        blank = {name: "" for name in PERSONAL_FIELDS}
        return dataclasses.replace(
            original, uuid=new_uuid(), position=original.position + 1, **blank
        )

    def actor_dependents(self, uuid: str) -> ActorDependents:
        """What deleting an actor also deletes, to hand back to :meth:`restore_actor` on undo."""
        db = self.store.db
        actor = _found(lambda: repository.load_actor(db, uuid))
        actor_map = self.actor_map()
        plan = actor_map.plan_of(uuid)
        return ActorDependents(
            actor=actor,
            relations=actor_map.relations_of(uuid),
            plan=plan,
            plan_positions=tuple(repository.plan_positions(db, uuid)),
            ratings=tuple(repository.ratings_of_actor(db, uuid)),
        )

    def restore_actor(
        self,
        actor: Actor,
        relations: Sequence[Relation] = (),
        plan: Sequence[PlanEntry] = (),
        ratings: Sequence[tuple[str, Rating]] = (),
        plan_positions: Sequence[int] = (),
    ) -> Changes:
        """Insert an actor at its position (clamped), with relations, plan entries and ratings
        (``(assessment uuid, rating)``) that belonged to it (add, duplicate, undo of delete).

        Plan entries go to ``plan_positions`` (same order as ``plan``) or, without one, last.
        """
        actor = _valid(check_actor, actor)
        checked_relations = [_valid(check_relation, r) for r in relations]
        checked_plan = [_valid(check_plan_entry, p) for p in plan]
        with self.store.transaction() as db:
            self._check_category_exists(db, actor.category)
            _require_new(db, "actor", actor.uuid)
            order = repository.actor_uuids(db)
            order.insert(max(0, min(actor.position, len(order))), actor.uuid)
            repository.insert_actor(db, dataclasses.replace(actor, position=len(order)))
            repository.set_actor_order(db, order)
            known = set(order)
            for relation in checked_relations:
                _require_actors(known, relation.source, relation.target)
                _require_new(db, "actor_relation", relation.uuid)
                repository.insert_relation(db, relation)
            for assessment_uuid, rating in ratings:
                if rating.actor_uuid != actor.uuid:
                    raise _bad_input(f"rating of {rating.actor_uuid}: not this actor's")
                if not repository.actor_row_exists(db, "actor_assessment", assessment_uuid):
                    raise _bad_input(f"no assessment {assessment_uuid}")
                checked = _valid(
                    check_assessment, Assessment(assessment_uuid, dt.date.today(), "", (rating,))
                )
                repository.insert_rating(db, assessment_uuid, checked.ratings[0])
            plan_order = repository.plan_uuids(db)
            for index, entry in enumerate(checked_plan):
                _require_actors(known, entry.actor_uuid)
                _require_new(db, "engagement_plan", entry.uuid)
                where = plan_positions[index] if index < len(plan_positions) else len(plan_order)
                plan_order.insert(max(0, min(where, len(plan_order))), entry.uuid)
                repository.insert_plan_entry(db, entry, len(plan_order))
            repository.set_plan_order(db, plan_order)
        return Changes(actors=True)

    def delete_actor(self, uuid: str) -> Changes:
        """Delete an actor with its relations, plan entries and assessment ratings."""
        with self.store.transaction() as db:
            repository.delete_actor(db, uuid)
            repository.set_actor_order(db, repository.actor_uuids(db))
            repository.set_plan_order(db, repository.plan_uuids(db))
        return Changes(actors=True)

    def set_actor_value(self, uuid: str, field: str, value: Any) -> Changes:
        value = _actor_value(field, value)
        with self.store.transaction() as db:
            if field == "category":
                self._check_category_exists(db, value)
            _found(lambda: repository.update_actor_field(db, uuid, field, value))
        return Changes(actors=True)

    def set_actor_ratings(self, uuid: str, influence: int | None, interest: int | None) -> Changes:
        """Influence and interest together, in one transaction (a drag on the grid); ``None``
        for both makes the actor unrated again (undoing its first placement)."""
        influence = _actor_value("influence", influence)
        interest = _actor_value("interest", interest)
        with self.store.transaction() as db:
            _found(lambda: repository.update_actor_field(db, uuid, "influence", influence))
            repository.update_actor_field(db, uuid, "interest", interest)
        return Changes(actors=True)

    def move_actor(self, uuid: str, position: int) -> Changes:
        with self.store.transaction() as db:
            order = moved(repository.actor_uuids(db), uuid, position, "actor")
            repository.set_actor_order(db, order)
        return Changes(actors=True)

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

    @staticmethod
    def _check_category_exists(db: Any, category: str) -> None:
        if is_uuid(category) and category not in repository.category_uuids(db):
            raise _bad_input(f"category: no custom category {category}")

    # relations

    def new_relation(
        self, source: str, target: str, kind: str = "cooperation", note: str = ""
    ) -> Relation:
        """A relation not yet stored; pass it to :meth:`restore_relation`."""
        return _valid(check_relation, Relation(new_uuid(), source, target, kind, note))

    def restore_relation(self, relation: Relation) -> Changes:
        relation = _valid(check_relation, relation)
        with self.store.transaction() as db:
            _require_actors(set(repository.actor_uuids(db)), relation.source, relation.target)
            _require_new(db, "actor_relation", relation.uuid)
            repository.insert_relation(db, relation)
        return Changes(actors=True)

    def delete_relation(self, uuid: str) -> Changes:
        with self.store.transaction() as db:
            repository.delete_relation(db, uuid)
        return Changes(actors=True)

    def set_relation_value(self, uuid: str, field: str, value: Any) -> Changes:
        if field not in RELATION_FIELDS:
            raise _bad_input(f"{field}: unknown relation field")
        value = _valid(check_relation_value, field, value)
        with self.store.transaction() as db:
            relation = _found(lambda: repository.load_relation(db, uuid))
            changed = _valid(check_relation, dataclasses.replace(relation, **{field: value}))
            _require_actors(set(repository.actor_uuids(db)), changed.source, changed.target)
            repository.update_relation(db, changed)
        return Changes(actors=True)

    # custom categories

    def new_category(self, name: str) -> CustomCategory:
        return CustomCategory(new_uuid(), _valid(check_category_name, name))

    def restore_category(self, category: CustomCategory, position: int | None = None) -> Changes:
        """Insert a custom category at ``position`` (clamped; last when not given)."""
        name = _valid(check_category_name, category.name)
        if not is_uuid(category.uuid):
            raise _bad_input("uuid: must be a lowercase UUID")
        with self.store.transaction() as db:
            _require_new(db, "actor_category", category.uuid)
            order = repository.category_uuids(db)
            where = len(order) if position is None else max(0, min(position, len(order)))
            order.insert(where, category.uuid)
            repository.insert_category(db, CustomCategory(category.uuid, name), len(order))
            repository.set_category_order(db, order)
        return Changes(actors=True)

    def delete_category(self, uuid: str) -> Changes:
        """Delete a custom category; refused while an actor belongs to it."""
        with self.store.transaction() as db:
            used = repository.category_in_use(db, uuid)
            if used:
                raise _bad_input(
                    f"category: {used} actor(s) still belong to this category", used=str(used)
                )
            repository.delete_category(db, uuid)
            repository.set_category_order(db, repository.category_uuids(db))
        return Changes(actors=True)

    def rename_category(self, uuid: str, name: str) -> Changes:
        name = _valid(check_category_name, name)
        with self.store.transaction() as db:
            _found(lambda: repository.rename_category(db, uuid, name))
        return Changes(actors=True)

    # assessments

    def new_assessment(self, label: str, date: dt.date) -> Assessment:
        """The current ratings of every rated actor as a dated assessment, not yet stored."""
        actors = repository.load_actors(self.store.db)
        return _valid(
            check_assessment, Assessment(new_uuid(), date, label, current_ratings(actors))
        )

    def save_assessment(self, label: str, date: dt.date) -> Changes:
        """Save the current ratings as a dated assessment (use :meth:`new_assessment` and
        :meth:`restore_assessment` when the uuid is needed, e.g. for undo)."""
        return self.restore_assessment(self.new_assessment(label, date))

    def restore_assessment(self, assessment: Assessment) -> Changes:
        assessment = _valid(check_assessment, assessment)
        with self.store.transaction() as db:
            known = set(repository.actor_uuids(db))
            _require_actors(known, *(r.actor_uuid for r in assessment.ratings))
            _require_new(db, "actor_assessment", assessment.uuid)
            repository.insert_assessment(db, assessment)
        return Changes(actors=True)

    def delete_assessment(self, uuid: str) -> Changes:
        with self.store.transaction() as db:
            repository.delete_assessment(db, uuid)
        return Changes(actors=True)

    # engagement plan

    def new_plan_entry(self, actor_uuid: str, **values: Any) -> PlanEntry:
        """A plan entry not yet stored; pass it to :meth:`restore_plan_entry`."""
        return _valid(check_plan_entry, PlanEntry(new_uuid(), actor_uuid, **values))

    def restore_plan_entry(self, entry: PlanEntry, position: int | None = None) -> Changes:
        """Insert a plan entry at ``position`` (clamped; last when not given)."""
        entry = _valid(check_plan_entry, entry)
        with self.store.transaction() as db:
            _require_actors(set(repository.actor_uuids(db)), entry.actor_uuid)
            _require_new(db, "engagement_plan", entry.uuid)
            order = repository.plan_uuids(db)
            where = len(order) if position is None else max(0, min(position, len(order)))
            order.insert(where, entry.uuid)
            repository.insert_plan_entry(db, entry, len(order))
            repository.set_plan_order(db, order)
        return Changes(actors=True)

    def delete_plan_entry(self, uuid: str) -> Changes:
        with self.store.transaction() as db:
            repository.delete_plan_entry(db, uuid)
            repository.set_plan_order(db, repository.plan_uuids(db))
        return Changes(actors=True)

    def set_plan_value(self, uuid: str, field: str, value: Any) -> Changes:
        value = _valid(check_plan_value, field, value)
        with self.store.transaction() as db:
            entry = _found(lambda: repository.load_plan_entry(db, uuid))
            changed = dataclasses.replace(entry, **{field: value})
            _require_actors(set(repository.actor_uuids(db)), changed.actor_uuid)
            repository.update_plan_entry(db, changed)
        return Changes(actors=True)

    def move_plan_entry(self, uuid: str, position: int) -> Changes:
        with self.store.transaction() as db:
            order = moved(repository.plan_uuids(db), uuid, position, "plan entry")
            repository.set_plan_order(db, order)
        return Changes(actors=True)


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


def open_project(path: Path | str, *, read_only: bool = False) -> ProjectService:
    return ProjectService(ProjectStore.open(path, read_only=read_only))


def create_project(path: Path | str, snapshot: ProjectSnapshot) -> ProjectService:
    """Write a whole project (new, demo or imported) to a new file; no partial files on failure."""
    path = Path(path)
    store = ProjectStore.create(path, snapshot.project)
    try:
        with store.transaction() as db:
            repository.insert_scope(db, snapshot.scope)
            repository.insert_actor_map(db, snapshot.actors)
            for index, meeting in enumerate(snapshot.meetings):
                repository.insert_meeting(db, dataclasses.replace(meeting.meeting, position=index))
                for pos, item in enumerate(meeting.agenda):
                    repository.insert_agenda_item(
                        db,
                        dataclasses.replace(item, meeting_uuid=meeting.meeting.uuid, position=pos),
                    )
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
            Project(uuid=new_uuid(), name=_checked("name", name)),
            scope=Scope(rows=preset_knowledge_rows()),
        ),
    )
