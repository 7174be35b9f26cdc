"""The fixed texts of the actor-map PDF (:class:`ActorMapLabels`, English defaults the caller
replaces by translations) and the small look-ups that turn domain keys into them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from workshop_app.domain.actors import Actor, ActorMap
from workshop_app.domain.methods import load_catalogue
from workshop_app.export import english as en
from workshop_app.export.blocks import MONTHS_EN, format_day, pick


def _methods_en() -> Mapping[str, str]:
    return MappingProxyType({key: card.name for key, card in load_catalogue("en").items()})


@dataclass(frozen=True)
class ActorMapLabels:
    """Every fixed text of the actor map, translated by the caller. English defaults.

    The mappings are keyed by the domain's keys (``domain.actors``, ``domain.vocabulary``); a
    missing key falls back to the English default, then to the key itself. Templates carry the
    named fields shown in braces.
    """

    document_title: str = "Actor map"
    status: str = "Status as of {date}"
    page_of: str = "Page {page} of {pages}"
    untitled: str = "Untitled project"
    unnamed: str = "(no name)"
    actor_count: str = "Actors on the map: {count}"
    personal_data: str = "Contains personal data"
    personal_data_note: str = (
        "This version contains personal data (contact persons and contact details). "
        "Keep it safe and do not pass it on."
    )
    empty_map: str = (
        "No actors are on the map yet. Actors are added on the page “2 Actors”; the map, the "
        "register and the engagement plan follow from them."
    )
    influence: str = "Influence"
    interest: str = "Interest"
    low: str = "low"
    high: str = "high"
    legend_categories: str = "Categories"
    legend_attitude: str = "Attitude (outline)"
    legend_relations: str = "Relations"
    register: str = "Actor register"
    number: str = "No."
    name: str = "Name"
    category: str = "Category"
    attitude: str = "Attitude"
    involvement: str = "Involvement now → wanted"
    role: str = "Role"
    next_step: str = "Next step"
    contact: str = "Contact person"
    plan: str = "Engagement plan"
    plan_actor: str = "Actor"
    method: str = "Method"
    when: str = "When"
    responsible: str = "Responsible"
    note: str = "Note"
    empty_plan: str = "The engagement plan is empty."
    checks: str = "Checks"
    missing_groups: str = "Missing key groups: {groups}"
    high_without_step: str = "High influence without a next step: {actors}"
    not_placed: str = "Not yet placed on the grid (influence or interest not rated): {actors}"
    no_gaps: str = (
        "All key groups are on the map, and every actor with high influence has a next step."
    )
    categories: Mapping[str, str] = field(default_factory=lambda: en.ACTOR_CATEGORIES)
    quadrants: Mapping[str, str] = field(default_factory=lambda: en.QUADRANTS)
    relation_kinds: Mapping[str, str] = field(default_factory=lambda: en.RELATIONS)
    attitudes: Mapping[int, str] = field(default_factory=lambda: en.ATTITUDES)
    involvement_levels: Mapping[str, str] = field(default_factory=lambda: en.INVOLVEMENT)
    org_roles: Mapping[str, str] = field(default_factory=lambda: en.ORG_ROLES)
    #: Titles of the method cards, keyed by ``vocabulary.METHODS``.
    methods: Mapping[str, str] = field(default_factory=_methods_en)
    months: tuple[str, ...] = MONTHS_EN
    date_format: str = "{day} {month} {year}"


def date_text(day: dt.date, labels: ActorMapLabels) -> str:
    """A date in the labels' language ("6 December 2026")."""
    return format_day(day, labels.months, labels.date_format)


def actor_name(actor: Actor, labels: ActorMapLabels) -> str:
    """The actor's name, or "(no name)" in the labels' language."""
    return actor.name.strip() or labels.unnamed


def category_name(category: str, actor_map: ActorMap, labels: ActorMapLabels) -> str:
    """A custom category's own name, else the preset's label."""
    custom = next((c for c in actor_map.categories if c.uuid == category), None)
    if custom is not None:
        return custom.name
    return pick(labels, "categories", category)
