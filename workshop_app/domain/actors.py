"""Phase 2, actor mapping: who is in town, what they want, how much they matter, how to reach them.

Plain immutable objects and their value rules; storage, services, the JSON format and the UI all
work from these. Keys (fields, choices, quadrants) are stable identifiers stored in files; every
text a person reads comes translated from the UI side.

Personal data: ``Actor.person_name`` and ``Actor.contact`` (see ``PERSONAL_FIELDS``). Every other
field describes an organisation or a group. Exports leave the personal fields out unless asked.

Canonical shape (what storage loads, JSON imports and the demo builds, so maps compare equal):
actors in ``position`` order, positions 0, 1, 2…; custom categories and plan entries in their
stored order; relations ordered by their source's then their target's position (then uuid);
assessments by date, then label, then uuid; the ratings of an assessment in actor order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, NamedTuple

from workshop_app.domain.limits import MAX_TEXT
from workshop_app.domain.patched import PatchedRows
from workshop_app.domain.values import (
    DATE_RE,
    InvalidValue,
    at,
    changed_fields,
    check_choice,
    check_date,
    check_field,
    check_multi,
    check_rating,
    check_scale,
    check_text,
    check_uuid,
    is_date,
    is_uuid,
    real_date,
)
from workshop_app.domain.vocabulary import ACTOR_CATEGORIES, INVOLVEMENT, METHODS

#: Sub-types of a property owner (meaningful for category ``property_owners``; kept, not cleared,
#: when the category changes, so changing it back loses nothing).
OWNER_RESIDENCE = ("local", "lives_elsewhere")
OWNER_KIND = ("fund", "company", "family")
#: What an actor can bring to the work.
CAN_BRING = ("money", "premises", "time", "knowledge", "network")
#: The actor's role in the project organisation.
ORG_ROLES = ("steering_group", "working_group", "reference_group", "ad_hoc", "none")
RELATION_KINDS = ("cooperation", "conflict", "dependency")

INFLUENCE_RANGE = (1, 5)
INTEREST_RANGE = (1, 5)
ATTITUDE_RANGE = (-2, 2)

#: A rating of influence or interest at or above this is "high" (on the 1-5 scale, 3 and up).
HIGH = 3

#: Quadrants of the power/interest grid, in reading order.
QUADRANTS = ("manage_closely", "keep_satisfied", "keep_informed", "monitor")

#: Groups whose absence from the map is worth a warning.
KEY_GROUPS = ("property_owners", "young_people", "politicians", "merchants_association")

#: Fields holding personal data (a person's name, contact details).
PERSONAL_FIELDS = ("person_name", "contact")

#: Actor fields a user can edit (everything but ``uuid`` and ``position``), in register order.
ACTOR_FIELDS = (
    "name",
    "person_name",
    "category",
    "owner_residence",
    "owner_kind",
    "influence",
    "interest",
    "attitude",
    "involvement_now",
    "involvement_wanted",
    "motivation",
    "can_bring",
    "org_role",
    "next_step",
    "next_step_date",
    "notes",
    "contact",
)
RELATION_FIELDS = ("source", "target", "kind", "note")
PLAN_FIELDS = ("actor_uuid", "method", "when", "responsible", "note")

#: The one exception of the value rules, under the name phase 2's callers know.
InvalidActorValue = InvalidValue


@dataclass(frozen=True, slots=True)
class Actor:
    uuid: str
    position: int
    #: The organisation or group.
    name: str = ""
    #: Optional; personal data.
    person_name: str = ""
    #: An ``ACTOR_CATEGORIES`` key or the uuid of a :class:`CustomCategory`.
    category: str = "other"
    owner_residence: str = ""
    owner_kind: str = ""
    #: 1-5, or ``None`` while nobody has rated the actor (see :func:`is_placed`).
    influence: int | None = None
    interest: int | None = None
    #: -2 (against) … +2 (for).
    attitude: int = 0
    involvement_now: str = ""
    involvement_wanted: str = ""
    motivation: str = ""
    can_bring: tuple[str, ...] = ()
    org_role: str = ""
    next_step: str = ""
    next_step_date: dt.date | None = None
    notes: str = ""
    #: Optional; personal data.
    contact: str = ""


@dataclass(frozen=True, slots=True)
class CustomCategory:
    uuid: str
    name: str


@dataclass(frozen=True, slots=True)
class Relation:
    uuid: str
    source: str
    target: str
    kind: str = "cooperation"
    note: str = ""


class Rating(NamedTuple):
    """One actor's ratings at the time of an assessment."""

    actor_uuid: str
    influence: int
    interest: int
    attitude: int


@dataclass(frozen=True, slots=True)
class Assessment:
    """The ratings of every actor, saved with a date ("re-assessment")."""

    uuid: str
    date: dt.date
    label: str = ""
    ratings: tuple[Rating, ...] = ()


@dataclass(frozen=True, slots=True)
class PlanEntry:
    """One line of the engagement plan: who (``actor_uuid``), how (``method``), when, who does it.

    ``when`` is a date or free text ("after the summer holidays"); text that is an ISO date
    ``YYYY-MM-DD`` is a date.
    """

    uuid: str
    actor_uuid: str
    method: str = ""
    when: str | dt.date = ""
    responsible: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class ActorMap:
    """All of phase 2 for one project."""

    actors: tuple[Actor, ...] = ()
    categories: tuple[CustomCategory, ...] = ()
    relations: tuple[Relation, ...] = ()
    assessments: tuple[Assessment, ...] = ()
    plan: tuple[PlanEntry, ...] = ()

    def actor(self, uuid: str) -> Actor | None:
        actors = self.actors
        if isinstance(actors, PatchedRows):  # a kept read knows where each actor is
            place = actors.uuid_places().get(uuid)
            return None if place is None else actors[place]
        return next((a for a in actors if a.uuid == uuid), None)

    def relations_of(self, actor_uuid: str) -> tuple[Relation, ...]:
        return tuple(r for r in self.relations if actor_uuid in (r.source, r.target))

    def plan_of(self, actor_uuid: str) -> tuple[PlanEntry, ...]:
        return tuple(p for p in self.plan if p.actor_uuid == actor_uuid)


# -- value rules -------------------------------------------------------------------------------


def check_category(value: Any) -> str:
    """A preset key or a custom category's uuid (whether it exists is checked by the caller)."""
    if isinstance(value, str) and (value in ACTOR_CATEGORIES or is_uuid(value)):
        return value
    raise InvalidActorValue(
        "must be one of " + ", ".join(ACTOR_CATEGORIES) + " or a custom category's uuid"
    )


def check_when(value: Any) -> str | dt.date:
    """A date, or text; text that is an ISO date becomes that date."""
    if is_date(value):
        return value
    text = check_text(value)
    match = DATE_RE.fullmatch(text)
    day = None if match is None else real_date(match)
    return text if day is None else day


_ACTOR_RULES: dict[str, Any] = {
    "name": check_text,
    "person_name": check_text,
    "category": check_category,
    "owner_residence": lambda v: check_choice(v, OWNER_RESIDENCE),
    "owner_kind": lambda v: check_choice(v, OWNER_KIND),
    "influence": lambda v: check_rating(v, *INFLUENCE_RANGE),
    "interest": lambda v: check_rating(v, *INTEREST_RANGE),
    "attitude": lambda v: check_scale(v, *ATTITUDE_RANGE),
    "involvement_now": lambda v: check_choice(v, INVOLVEMENT),
    "involvement_wanted": lambda v: check_choice(v, INVOLVEMENT),
    "motivation": lambda v: check_text(v, MAX_TEXT),
    "can_bring": lambda v: check_multi(v, CAN_BRING),
    "org_role": lambda v: check_choice(v, ORG_ROLES),
    "next_step": check_text,
    "next_step_date": check_date,
    "notes": lambda v: check_text(v, MAX_TEXT),
    "contact": check_text,
}

_RELATION_RULES: dict[str, Any] = {
    "source": check_uuid,
    "target": check_uuid,
    "kind": lambda v: check_choice(v, RELATION_KINDS, empty=False),
    "note": lambda v: check_text(v, MAX_TEXT),
}

_PLAN_RULES: dict[str, Any] = {
    "actor_uuid": check_uuid,
    "method": lambda v: check_choice(v, METHODS),
    "when": check_when,
    "responsible": check_text,
    "note": lambda v: check_text(v, MAX_TEXT),
}


#: ``check_X_value(name, value)``: ``value`` normalised for the field ``name``;
#: :class:`InvalidActorValue` if invalid, the message starting with the field's name, e.g.
#: ``influence: must be a whole number from 1 to 5``.
check_actor_value = partial(check_field, _ACTOR_RULES, "actor")
check_relation_value = partial(check_field, _RELATION_RULES, "relation")
check_plan_value = partial(check_field, _PLAN_RULES, "plan")


def check_actor(actor: Actor, fields: Sequence[str] = ACTOR_FIELDS) -> Actor:
    """The actor with every field checked and normalised (itself when every field is so
    already: a row read from the file, of thousands as a project opens). ``fields``: only those
    are checked, the others being their defaults (an actor read for the overview)."""
    check_uuid(actor.uuid)
    values = changed_fields(_ACTOR_RULES, fields, actor)
    if values is None:
        return actor
    return dataclasses.replace(actor, **values)


def check_category_name(name: Any) -> str:
    text = at("name", check_text, name)
    if not text.strip():
        raise InvalidActorValue("name: a custom category needs a name")
    return text


def check_relation(relation: Relation) -> Relation:
    check_uuid(relation.uuid)
    values = {name: check_relation_value(name, getattr(relation, name)) for name in RELATION_FIELDS}
    if values["source"] == values["target"]:
        raise InvalidActorValue("target: an actor cannot have a relation to itself")
    return Relation(uuid=relation.uuid, **values)


def check_plan_entry(entry: PlanEntry) -> PlanEntry:
    check_uuid(entry.uuid)
    values = {name: check_plan_value(name, getattr(entry, name)) for name in PLAN_FIELDS}
    return PlanEntry(uuid=entry.uuid, **values)


def check_assessment_rating(rating: Any) -> Rating:
    """One actor's ratings in an assessment, checked (``IndexError``/``TypeError`` for a value
    of the wrong shape)."""
    return Rating(
        check_uuid(rating[0]),
        check_scale(rating[1], *INFLUENCE_RANGE),
        check_scale(rating[2], *INTEREST_RANGE),
        check_scale(rating[3], *ATTITUDE_RANGE),
    )


def check_assessment(
    assessment: Assessment, checked: Callable[[Any], Rating] = check_assessment_rating
) -> Assessment:
    """The assessment with every field and rating checked; ``checked``: how a rating is (the
    file's reads pass :func:`check_assessment_rating` with a memo of ratings checked before)."""
    check_uuid(assessment.uuid)
    date = at("date", check_date, assessment.date, optional=False)
    label = at("label", check_text, assessment.label)
    ratings: list[Rating] = []
    seen: set[str] = set()
    for index, rating in enumerate(assessment.ratings):
        try:
            checked_rating = checked(rating)
            if checked_rating.actor_uuid in seen:
                raise InvalidActorValue("rates the same actor twice")
            seen.add(checked_rating.actor_uuid)
            ratings.append(checked_rating)
        except (InvalidActorValue, IndexError, TypeError) as exc:
            raise InvalidActorValue(f"ratings[{index}]: {exc}") from None
    assert date is not None
    return Assessment(assessment.uuid, date, label, tuple(ratings))


# -- canonical shape ---------------------------------------------------------------------------


def canonical(actor_map: ActorMap) -> ActorMap:
    """The same map in canonical shape (see the module docstring)."""
    actors = tuple(
        dataclasses.replace(a, position=index)
        for index, a in enumerate(sorted(actor_map.actors, key=lambda a: a.position))
    )
    order = {a.uuid: a.position for a in actors}
    far = len(order)
    relations = tuple(
        sorted(
            actor_map.relations,
            key=lambda r: (order.get(r.source, far), order.get(r.target, far), r.uuid),
        )
    )
    assessments = tuple(
        Assessment(
            a.uuid,
            a.date,
            a.label,
            tuple(sorted(a.ratings, key=lambda r: (order.get(r.actor_uuid, far), r.actor_uuid))),
        )
        for a in sorted(actor_map.assessments, key=lambda a: (a.date, a.label, a.uuid))
    )
    return ActorMap(actors, actor_map.categories, relations, assessments, actor_map.plan)


def current_ratings(actors: Iterable[Actor]) -> tuple[Rating, ...]:
    """The ratings of the placed actors (an assessment leaves unrated actors out)."""
    return tuple(
        Rating(a.uuid, a.influence, a.interest, a.attitude)
        for a in actors
        if a.influence is not None and a.interest is not None
    )


# -- the grid and the checks -------------------------------------------------------------------


def quadrant(influence: int, interest: int) -> str:
    """The quadrant of a rating; a rating of ``HIGH`` (3) or more counts as high.

    High influence and high interest: manage closely; high influence only: keep satisfied; high
    interest only: keep informed; neither: monitor.
    """
    if influence >= HIGH:
        return "manage_closely" if interest >= HIGH else "keep_satisfied"
    return "keep_informed" if interest >= HIGH else "monitor"


def is_placed(actor: Actor) -> bool:
    """Rated on both axes, so the actor has a place on the grid. A new actor is unrated (not
    placed) until someone rates it; the grid, the actor-map PDF and the checks leave it out of
    the quadrants and list it as "not yet placed"."""
    return actor.influence is not None and actor.interest is not None


def placed(actors: Iterable[Actor]) -> list[Actor]:
    return [a for a in actors if is_placed(a)]


def unplaced(actors: Iterable[Actor]) -> list[Actor]:
    return [a for a in actors if not is_placed(a)]


def actor_quadrant(actor: Actor) -> str | None:
    """The actor's quadrant, or ``None`` while it is not placed."""
    if actor.influence is None or actor.interest is None:
        return None
    return quadrant(actor.influence, actor.interest)


def missing_key_groups(actor_map: ActorMap) -> list[str]:
    """The key groups (``KEY_GROUPS``, in that order) no actor on the map belongs to."""
    present = {a.category for a in actor_map.actors}
    return [group for group in KEY_GROUPS if group not in present]


def high_influence_without_next_step(actor_map: ActorMap) -> list[Actor]:
    """Actors rated with high influence (``HIGH`` or more) whose next step is blank, in map
    order; an actor whose influence nobody has rated yet is not counted."""
    return [
        a
        for a in actor_map.actors
        if a.influence is not None and a.influence >= HIGH and not a.next_step.strip()
    ]


def empty_quadrants(actor_map: ActorMap) -> list[str]:
    """Quadrants (``QUADRANTS`` order) with no placed actor in them; all four on an empty map."""
    used = {actor_quadrant(a) for a in actor_map.actors}
    return [q for q in QUADRANTS if q not in used]
