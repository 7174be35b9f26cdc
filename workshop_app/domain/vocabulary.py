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

# -- phase 3: temporary prototype tests ("midlertidige afprøvninger") ---------------------------

#: Kinds of test ("type" in the test record).
TRIAL_TYPES = (
    "street_furniture",
    "closed_street",
    "popup_shop",
    "market",
    "event",
    "greenery",
    "play",
    "art",
    "lighting",
    "parking_change",
    "cooperation",
    "other",
)

#: A test's life, in order: idea → planned → running → evaluated → decided.
TRIAL_STATUSES = ("idea", "planned", "running", "evaluated", "decided")

#: Items of the permits checklist.
PERMIT_KINDS = (
    "event_permit",
    "road_or_square_use",
    "temporary_structures",
    "food",
    "music_noise",
    "police",
    "landlord_consent",
    "insurance",
    "other",
)

#: Weather while counting.
WEATHER = ("sunny", "partly_cloudy", "overcast", "rain", "snow", "windy")

#: When a count was made, relative to the test.
COUNT_PHASES = ("before", "during", "after")

#: How people passing the counting line move (columns of the passing tally, per 10 minutes).
TRAVEL_MODES = ("walking", "cycling", "other")

#: What people staying do (rows of the staying tally).
STAY_ACTIVITIES = ("standing", "sitting", "playing", "other")

#: Rough age bands: columns of the staying tally, and a feedback respondent's group.
AGE_BANDS = ("age_0_14", "age_15_29", "age_30_64", "age_65_plus")

#: How a piece of feedback was given.
FEEDBACK_CHANNELS = ("card", "conversation", "observation", "other")

SENTIMENTS = ("positive", "neutral", "negative")

#: Who gave the feedback (never their name).
RESPONDENT_GROUPS = ("resident", "visitor", "trader")

#: What a decision on a test says.
DECISION_KINDS = ("keep", "adjust_and_retest", "make_permanent", "discard", "spawn_ideas")
