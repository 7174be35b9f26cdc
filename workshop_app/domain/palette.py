"""Colours of the actor map, shared by the grid on screen and the actor-map PDF.

One colour per preset category, in families a facilitator can read at a glance: public sector in
blues, business in oranges and reds, property in browns, civil society in greens and purples,
other in grey. Custom categories take turns in ``CUSTOM_COLOURS``. Colours are ``#rrggbb``.
"""

from __future__ import annotations

from workshop_app.domain.vocabulary import ACTOR_CATEGORIES

CATEGORY_COLOURS: dict[str, str] = {
    # public sector
    "municipal_administration": "#1f5fa8",
    "politicians": "#0b3d75",
    "city_manager": "#4a90d9",
    "business_promotion": "#6aa7c9",
    "tourism": "#2aa3a3",
    # business
    "merchants_association": "#c8501e",
    "business_council": "#8c3a12",
    "shops": "#e8772e",
    "food_and_hotels": "#d94a4a",
    "services": "#f0a04b",
    "premises_seekers": "#b5651d",
    # property
    "property_owners": "#7a5230",
    "housing_associations": "#a68a64",
    # civil society
    "citizens_association": "#2e7d32",
    "culture_leisure": "#7b4fa0",
    "education": "#5c9e3c",
    "young_people": "#c2185b",
    "seniors": "#8e6fb8",
    "unorganised_citizens": "#66a36c",
    "local_media": "#546e7a",
    # other
    "other": "#8a8a8a",
}

#: Colours for custom categories, in the order the categories were made.
CUSTOM_COLOURS = ("#00838f", "#ad1457", "#827717", "#4527a0", "#bf360c", "#37474f")

#: Outline of a marker by attitude, −2 (against) … +2 (for).
ATTITUDE_COLOURS: dict[int, str] = {
    -2: "#b71c1c",
    -1: "#ef6c00",
    0: "#757575",
    1: "#7cb342",
    2: "#1b5e20",
}

#: Lines between actors by relation kind.
RELATION_COLOURS: dict[str, str] = {
    "cooperation": "#2e7d32",
    "conflict": "#c62828",
    "dependency": "#1565c0",
}

assert set(CATEGORY_COLOURS) == set(ACTOR_CATEGORIES)


def category_colour(category: str, custom_order: tuple[str, ...] = ()) -> str:
    """The colour of a preset category key or a custom category's uuid (its place in
    ``custom_order`` picks the colour); unknown keys are grey."""
    if category in CATEGORY_COLOURS:
        return CATEGORY_COLOURS[category]
    if category in custom_order:
        return CUSTOM_COLOURS[custom_order.index(category) % len(CUSTOM_COLOURS)]
    return CATEGORY_COLOURS["other"]
