"""Stable keys shared by phase 2 (actor mapping) and the method catalogue.

Keys are stored in project files and JSON; never rename one, only add. Words for people come
translated from the UI side (or, for the method catalogue's content, from its data file).
"""

from __future__ import annotations

#: Preset actor categories (groups), in the order the app offers them.
ACTOR_CATEGORIES = (
    "municipal_administration",
    "politicians",
    "merchants_association",
    "citizens_association",
    "business_council",
    "shops",
    "food_and_hotels",
    "services",
    "property_owners",
    "culture_leisure",
    "education",
    "young_people",
    "seniors",
    "unorganised_citizens",
    "city_manager",
    "tourism",
    "business_promotion",
    "local_media",
    "housing_associations",
    "premises_seekers",
    "other",
)

#: Involvement methods of the catalogue ("method cards").
METHODS = (
    "citizen_meeting",
    "town_walk",
    "workshop",
    "building_workshop",
    "art_workshop",
    "idea_competition",
    "event",
    "youth_idea_day",
    "field_study_24h",
    "focus_group",
    "one_to_one",
    "survey",
    "coffee_visit",
    "popup_stand",
    "prototype_test",
)

#: Levels of involvement, from least to most.
INVOLVEMENT = ("inform", "consult", "involve", "collaborate", "co_decide")
