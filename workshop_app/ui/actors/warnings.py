"""The warnings of the actor map, in words: key groups missing, quadrants of the grid nobody is
in, actors with high influence but no next step, actors not placed yet.

The rules live in the domain; these are their sentences, shown by the actors page's checks panel
(``ui/actors/checks.py``) and the overview's "Checks" card. A module of its own, without widgets
or models: the overview, which opens first, reads them without importing the actors page's table
model (and the record model under it).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.actors import (
    Actor,
    ActorMap,
    empty_quadrants,
    high_influence_without_next_step,
    missing_key_groups,
    unplaced,
)
from workshop_app.ui.actors import texts


class ActorWarning(NamedTuple):
    #: "missing_group", "empty_quadrant", "no_next_step" or "not_placed".
    kind: str
    #: The group, the quadrant or the actor's uuid.
    key: str
    text: str
    tip: str = ""

    @property
    def actor_uuid(self) -> str | None:
        return self.key if self.kind in ("no_next_step", "not_placed") else None


def missing_group_texts() -> dict[str, tuple[str, str]]:
    """Per key group: the warning and a hint on how to reach the group."""
    return {
        "property_owners": (
            QCoreApplication.translate("ActorChecks", "No property owners on the map yet"),
            QCoreApplication.translate(
                "ActorChecks",
                "Property owners matter for empty premises, façades and housing. Many live "
                "elsewhere: one-to-one talks about their business case work best.",
            ),
        ),
        "young_people": (
            QCoreApplication.translate("ActorChecks", "No young people on the map yet"),
            QCoreApplication.translate(
                "ActorChecks",
                "Young people are easily left out. Meet them where they are, for example "
                "through schools or an idea day.",
            ),
        ),
        "politicians": (
            QCoreApplication.translate("ActorChecks", "No politicians on the map yet"),
            QCoreApplication.translate(
                "ActorChecks",
                "Politicians decide on money and plans: keep the relevant committee informed.",
            ),
        ),
        "merchants_association": (
            QCoreApplication.translate("ActorChecks", "No merchants' association on the map yet"),
            QCoreApplication.translate(
                "ActorChecks",
                "The merchants' association speaks for the shops and often runs joint events.",
            ),
        ),
    }


def actor_warnings(actor_map: ActorMap) -> list[ActorWarning]:
    """Every warning for the map, in the order shown: groups, quadrants, then actors."""
    result: list[ActorWarning] = []
    groups = missing_group_texts()
    for group in missing_key_groups(actor_map):
        text, tip = groups[group]
        result.append(ActorWarning("missing_group", group, text, tip))
    quadrants = texts.quadrant_labels()
    for key in empty_quadrants(actor_map):
        result.append(
            ActorWarning(
                "empty_quadrant",
                key,
                QCoreApplication.translate("ActorChecks", "No one in “{0}”").format(quadrants[key]),
                QCoreApplication.translate(
                    "ActorChecks", "No actor on the map has ratings that place it in this quadrant."
                ),
            )
        )
    wording = actor_wording()  # said once, not for each of two thousand actors
    result.extend(
        actor_warning("no_next_step", actor, wording)
        for actor in high_influence_without_next_step(actor_map)
    )
    result.extend(
        actor_warning("not_placed", actor, wording) for actor in unplaced(actor_map.actors)
    )
    return result


def actor_wording() -> dict[str, tuple[str, str]]:
    """Per kind of warning about one actor: its text (``{0}``: the actor's name) and tip."""
    return {
        "no_next_step": (
            QCoreApplication.translate("ActorChecks", "{0} has high influence but no next step"),
            QCoreApplication.translate(
                "ActorChecks", "Click to select the actor and plan a next step."
            ),
        ),
        "not_placed": (
            QCoreApplication.translate("ActorChecks", "{0} is not placed on the grid yet"),
            QCoreApplication.translate(
                "ActorChecks", "Click to select the actor and rate its influence and interest."
            ),
        ),
    }


def actor_warning(kind: str, actor: Actor, wording: dict[str, tuple[str, str]]) -> ActorWarning:
    """The warning of ``kind`` about ``actor``, in the words of :func:`actor_wording`."""
    text, tip = wording[kind]
    return ActorWarning(kind, actor.uuid, text.format(actor.name or "–"), tip)
