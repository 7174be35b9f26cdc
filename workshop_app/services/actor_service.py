"""Phase 2, the actors: the register, categories, relations, assessments and the engagement
plan, mixed into ``ProjectService``. Each edit is one transaction returning
``Changes.in_actors(uuids of the rows it changed)``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from workshop_app.domain import actors as actor_rules
from workshop_app.domain.actors import (
    Actor,
    ActorMap,
    Assessment,
    CustomCategory,
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
from workshop_app.domain.model import (
    new_uuid,
)
from workshop_app.services.refusals import bad_input as _bad_input
from workshop_app.services.refusals import found as _found
from workshop_app.services.refusals import insert_at, moved, require_new, valid
from workshop_app.storage import repository
from workshop_app.storage.database import ProjectStore


@dataclass(frozen=True)
class ActorDependents:
    """An actor and what deleting it deletes too (see :meth:`ProjectService.actor_dependents`)."""

    actor: Actor
    relations: tuple[Relation, ...] = ()
    plan: tuple[PlanEntry, ...] = ()
    plan_positions: tuple[int, ...] = ()
    ratings: tuple[tuple[str, Rating], ...] = ()


def _actor_value(field: str, value: Any) -> Any:
    if field not in actor_rules.ACTOR_FIELDS:
        raise _bad_input(f"{field}: unknown actor field")
    return valid(check_actor_value, field, value)


def _require_actors(known: set[str], *uuids: str) -> None:
    for uuid in uuids:
        if uuid not in known:
            raise _bad_input(f"no actor {uuid}")


class ActorServiceMixin:
    """Phase 2 methods of ``ProjectService`` (which provides ``store``)."""

    store: ProjectStore

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
        blank = {name: "" for name in actor_rules.PERSONAL_FIELDS}
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
        actor = valid(check_actor, actor)
        checked_relations = [valid(check_relation, r) for r in relations]
        checked_plan = [valid(check_plan_entry, p) for p in plan]
        with self.store.transaction() as db:
            self._check_category_exists(db, actor.category)
            require_new(db, "actor", actor.uuid)
            order = repository.actor_uuids(db)
            insert_at(order, actor.position, actor.uuid)
            repository.insert_actor(db, dataclasses.replace(actor, position=len(order)))
            repository.set_actor_order(db, order)
            known = set(order)
            for relation in checked_relations:
                _require_actors(known, relation.source, relation.target)
                require_new(db, "actor_relation", relation.uuid)
                repository.insert_relation(db, relation)
            for assessment_uuid, rating in ratings:
                if rating.actor_uuid != actor.uuid:
                    raise _bad_input(f"rating of {rating.actor_uuid}: not this actor's")
                if not repository.actor_row_exists(db, "actor_assessment", assessment_uuid):
                    raise _bad_input(f"no assessment {assessment_uuid}")
                checked = valid(
                    check_assessment, Assessment(assessment_uuid, dt.date.today(), "", (rating,))
                )
                repository.insert_rating(db, assessment_uuid, checked.ratings[0])
            plan_order = repository.plan_uuids(db)
            for index, entry in enumerate(checked_plan):
                _require_actors(known, entry.actor_uuid)
                require_new(db, "engagement_plan", entry.uuid)
                where = plan_positions[index] if index < len(plan_positions) else len(plan_order)
                insert_at(plan_order, where, entry.uuid)
                repository.insert_plan_entry(db, entry, len(plan_order))
            repository.set_plan_order(db, plan_order)
        return Changes.in_actors(actor.uuid, *(r.uuid for r in relations), *(e.uuid for e in plan))

    def delete_actor(self, uuid: str) -> Changes:
        """Delete an actor with its relations, plan entries and assessment ratings."""
        with self.store.transaction() as db:
            repository.delete_actor(db, uuid)
            repository.set_actor_order(db, repository.actor_uuids(db))
            repository.set_plan_order(db, repository.plan_uuids(db))
        return Changes.in_actors(uuid)

    def set_actor_value(self, uuid: str, field: str, value: Any) -> Changes:
        value = _actor_value(field, value)
        with self.store.transaction() as db:
            if field == "category":
                self._check_category_exists(db, value)
            _found(lambda: repository.update_actor_field(db, uuid, field, value))
        return Changes.in_actors(uuid)

    def set_actor_ratings(self, uuid: str, influence: int | None, interest: int | None) -> Changes:
        """Influence and interest together, in one transaction (a drag on the grid); ``None``
        for both makes the actor unrated again (undoing its first placement)."""
        influence = _actor_value("influence", influence)
        interest = _actor_value("interest", interest)
        with self.store.transaction() as db:
            _found(lambda: repository.update_actor_field(db, uuid, "influence", influence))
            repository.update_actor_field(db, uuid, "interest", interest)
        return Changes.in_actors(uuid)

    def move_actor(self, uuid: str, position: int) -> Changes:
        return self._move(
            repository.actor_uuids, repository.set_actor_order, "actor", uuid, position
        )

    def _move(
        self,
        uuids: Callable[[Any], list[str]],
        set_order: Callable[[Any, list[str]], None],
        what: str,
        uuid: str,
        position: int,
    ) -> Changes:
        """Move the row ``uuid`` of an ordered list to ``position`` (clamped)."""
        with self.store.transaction() as db:
            set_order(db, moved(uuids(db), uuid, position, what))
        return Changes.in_actors(uuid)

    @staticmethod
    def _check_category_exists(db: Any, category: str) -> None:
        if is_uuid(category) and category not in repository.category_uuids(db):
            raise _bad_input(f"category: no custom category {category}")

    # relations

    def new_relation(
        self, source: str, target: str, kind: str = "cooperation", note: str = ""
    ) -> Relation:
        """A relation not yet stored; pass it to :meth:`restore_relation`."""
        return valid(check_relation, Relation(new_uuid(), source, target, kind, note))

    def _insert_new(
        self, table: str, row: Any, actors: Iterable[str], insert: Callable[[Any, Any], None]
    ) -> Changes:
        """Store a new ``row`` of ``table`` with ``insert(db, row)``; refused if its uuid is
        taken or one of the ``actors`` it names does not exist."""
        with self.store.transaction() as db:
            _require_actors(set(repository.actor_uuids(db)), *actors)
            require_new(db, table, row.uuid)
            insert(db, row)
        return Changes.in_actors(row.uuid)

    def _delete(self, delete: Callable[[Any, str], None], uuid: str) -> Changes:
        with self.store.transaction() as db:
            delete(db, uuid)
        return Changes.in_actors(uuid)

    def restore_relation(self, relation: Relation) -> Changes:
        relation = valid(check_relation, relation)
        actors = (relation.source, relation.target)
        return self._insert_new("actor_relation", relation, actors, repository.insert_relation)

    def delete_relation(self, uuid: str) -> Changes:
        return self._delete(repository.delete_relation, uuid)

    def set_relation_value(self, uuid: str, field: str, value: Any) -> Changes:
        if field not in actor_rules.RELATION_FIELDS:
            raise _bad_input(f"{field}: unknown relation field")
        value = valid(check_relation_value, field, value)
        with self.store.transaction() as db:
            relation = _found(lambda: repository.load_relation(db, uuid))
            changed = valid(check_relation, dataclasses.replace(relation, **{field: value}))
            _require_actors(set(repository.actor_uuids(db)), changed.source, changed.target)
            repository.update_relation(db, changed)
        return Changes.in_actors(uuid)

    # custom categories

    def new_category(self, name: str) -> CustomCategory:
        return CustomCategory(new_uuid(), valid(check_category_name, name))

    def restore_category(self, category: CustomCategory, position: int | None = None) -> Changes:
        """Insert a custom category at ``position`` (clamped; last when not given)."""
        name = valid(check_category_name, category.name)
        if not is_uuid(category.uuid):
            raise _bad_input("uuid: must be a lowercase UUID")
        with self.store.transaction() as db:
            require_new(db, "actor_category", category.uuid)
            order = repository.category_uuids(db)
            insert_at(order, position, category.uuid)
            repository.insert_category(db, CustomCategory(category.uuid, name), len(order))
            repository.set_category_order(db, order)
        return Changes.in_actors(category.uuid)

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
        return Changes.in_actors(uuid)

    def rename_category(self, uuid: str, name: str) -> Changes:
        name = valid(check_category_name, name)
        with self.store.transaction() as db:
            _found(lambda: repository.rename_category(db, uuid, name))
        return Changes.in_actors(uuid)

    # assessments

    def new_assessment(self, label: str, date: dt.date) -> Assessment:
        """The current ratings of every rated actor as a dated assessment, not yet stored."""
        actors = repository.load_actors(self.store.db)
        return valid(check_assessment, Assessment(new_uuid(), date, label, current_ratings(actors)))

    def save_assessment(self, label: str, date: dt.date) -> Changes:
        """Save the current ratings as a dated assessment (use :meth:`new_assessment` and
        :meth:`restore_assessment` when the uuid is needed, e.g. for undo)."""
        return self.restore_assessment(self.new_assessment(label, date))

    def restore_assessment(self, assessment: Assessment) -> Changes:
        assessment = valid(check_assessment, assessment)
        actors = [r.actor_uuid for r in assessment.ratings]
        return self._insert_new(
            "actor_assessment", assessment, actors, repository.insert_assessment
        )

    def delete_assessment(self, uuid: str) -> Changes:
        return self._delete(repository.delete_assessment, uuid)

    # engagement plan

    def new_plan_entry(self, actor_uuid: str, **values: Any) -> PlanEntry:
        """A plan entry not yet stored; pass it to :meth:`restore_plan_entry`."""
        return valid(check_plan_entry, PlanEntry(new_uuid(), actor_uuid, **values))

    def restore_plan_entry(self, entry: PlanEntry, position: int | None = None) -> Changes:
        """Insert a plan entry at ``position`` (clamped; last when not given)."""
        entry = valid(check_plan_entry, entry)
        with self.store.transaction() as db:
            _require_actors(set(repository.actor_uuids(db)), entry.actor_uuid)
            require_new(db, "engagement_plan", entry.uuid)
            order = repository.plan_uuids(db)
            insert_at(order, position, entry.uuid)
            repository.insert_plan_entry(db, entry, len(order))
            repository.set_plan_order(db, order)
        return Changes.in_actors(entry.uuid)

    def delete_plan_entry(self, uuid: str) -> Changes:
        with self.store.transaction() as db:
            repository.delete_plan_entry(db, uuid)
            repository.set_plan_order(db, repository.plan_uuids(db))
        return Changes.in_actors(uuid)

    def set_plan_value(self, uuid: str, field: str, value: Any) -> Changes:
        value = valid(check_plan_value, field, value)
        with self.store.transaction() as db:
            entry = _found(lambda: repository.load_plan_entry(db, uuid))
            changed = dataclasses.replace(entry, **{field: value})
            _require_actors(set(repository.actor_uuids(db)), changed.actor_uuid)
            repository.update_plan_entry(db, changed)
        return Changes.in_actors(uuid)

    def move_plan_entry(self, uuid: str, position: int) -> Changes:
        return self._move(
            repository.plan_uuids, repository.set_plan_order, "plan entry", uuid, position
        )
