"""The fields and bounds of the JSON exchange format: the contract of format ``VERSION``.

They deliberately do not follow the domain's field tuples (see ``json_format.py``)."""

from __future__ import annotations

import re
from typing import Final

from workshop_app.domain import actors, trials

FORMAT: Final = "bymidtevaerkstedet-project"
VERSION: Final = 7
#: The largest JSON file read. The app's own export of a project grown over years with long
#: texts (a 60 MB project file) is 56 MB: 50 MB refused it. Reading the largest costs about
#: five times its size in memory.
MAX_JSON_BYTES: Final = 256 * 1024 * 1024
MAX_MEETINGS: Final = 10_000
MAX_AGENDA_ITEMS: Final = 1_000
#: Rows of one scope list (streets, milestones, budget lines…).
MAX_SCOPE_ROWS: Final = 1_000
#: ``app_version`` is informational only; it still gets a bound.
MAX_APP_VERSION_TEXT: Final = 100

#: Version 1 had no scope; each later version added one phase's key.
TOP_LEVEL_KEYS_V1: Final = ("format", "version", "app_version", "project", "meetings")
#: Version 2 had no actors.
TOP_LEVEL_KEYS_V2: Final = (*TOP_LEVEL_KEYS_V1, "scope")
#: Version 3 had no prototype tests.
TOP_LEVEL_KEYS_V3: Final = (*TOP_LEVEL_KEYS_V2, "actors")
TOP_LEVEL_KEYS: Final = (*TOP_LEVEL_KEYS_V3, "trials")
#: Version 5 and older: no named participants, no meeting kinds, attendance, notes or live state.
PROJECT_KEYS_V5: Final = (
    "uuid",
    "name",
    "town",
    "municipality",
    "description",
    "facilitators",
    "start_date",
    "end_date",
)
MEETING_KEYS_V5: Final = ("uuid", "title", "date", "start_time", "place", "purpose", "agenda")
AGENDA_KEYS_V5: Final = ("uuid", "title", "duration_min", "method", "responsible")
PROJECT_KEYS_V6: Final = (*PROJECT_KEYS_V5, "named_participants")
#: Since version 7 (issue 14): the print look and the privacy notice (``json_print.py``).
PRINT_PROJECT_KEYS: Final = (
    "logo",
    "accent",
    "privacy_controller",
    "privacy_purpose",
    "privacy_contact",
    "privacy_keep_until",
)
PROJECT_KEYS: Final = (*PROJECT_KEYS_V6, *PRINT_PROJECT_KEYS)
#: Since version 6 (issue 13): the meeting's kind, facilitators, phase and what it gathered.
MEETING_RECORD_KEYS: Final = (
    "actors_present",
    "citizen_counts",
    "participants",
    "notes",
    "actions",
    "decisions",
    "live",
)
MEETING_KEYS: Final = (
    *MEETING_KEYS_V5[:-1],
    "kind",
    "facilitators",
    "phase",
    "agenda",
    *MEETING_RECORD_KEYS,
)
AGENDA_KEYS: Final = (*AGENDA_KEYS_V5, "materials", "notes", "extra_min")
CITIZEN_COUNT_KEYS: Final = ("age_band", "group", "count")
PARTICIPANT_KEYS: Final = ("uuid", "name", "consent", "delete_by")
NOTE_KEYS: Final = ("uuid", "item", "at", "text", "became_kind", "became_uuid")
ACTION_KEYS: Final = ("uuid", "what", "who", "due", "done", "note")
MEETING_DECISION_KEYS: Final = ("uuid", "text", "note")
LIVE_KEYS: Final = ("started_at", "item", "item_started_at", "paused_at", "paused_s", "ended_at")
#: Rows of one meeting's participants, notes, action items or decisions.
MAX_MEETING_ROWS: Final = 10_000
SCOPE_KEYS: Final = ("values", "lists", "map")
MAP_KEYS: Final = ("uuid", "file_name", "mime", "width", "height", "data_base64")
ACTOR_MAP_KEYS: Final = ("actors", "categories", "relations", "assessments", "plan")
ACTOR_KEYS: Final = ("uuid", *actors.ACTOR_FIELDS)
CATEGORY_KEYS: Final = ("uuid", "name")
RELATION_KEYS: Final = ("uuid", *actors.RELATION_FIELDS)
ASSESSMENT_KEYS: Final = ("uuid", "date", "label", "ratings")
RATING_KEYS: Final = ("actor", "influence", "interest", "attitude")
PLAN_KEYS: Final = ("uuid", "actor", "method", "when", "responsible", "note")
TRIAL_BOOK_KEYS_V6: Final = ("ideas", "votes", "trials", "counts", "feedback", "decisions")
#: Since version 7: the print runs of numbered feedback cards.
TRIAL_BOOK_KEYS: Final = (*TRIAL_BOOK_KEYS_V6, "card_runs")
IDEA_KEYS: Final = ("uuid", *trials.IDEA_FIELDS, "merged_into")
VOTE_KEYS: Final = ("uuid", "idea", "meeting", "count")
TRIAL_KEYS: Final = ("uuid", "version_of", *trials.TRIAL_FIELDS, "budget", "permits", "history")
BUDGET_KEYS: Final = ("uuid", *trials.BUDGET_FIELDS)
PERMIT_KEYS: Final = ("uuid", *trials.PERMIT_FIELDS)
HISTORY_KEYS: Final = ("uuid", "status", "date")
COUNT_KEYS: Final = ("uuid", "trial", *trials.COUNT_FIELDS, "passing", "staying")
FEEDBACK_KEYS: Final = ("uuid", "trial", *trials.FEEDBACK_FIELDS)
DECISION_KEYS: Final = ("uuid", "trial", "date", "kind", "reasoning", "evidence")
MAX_IDEAS: Final = 10_000
MAX_VOTES: Final = 100_000
MAX_TRIALS: Final = 1_000
#: Budget lines, permits or status changes of one test.
MAX_TRIAL_ROWS: Final = 1_000
MAX_COUNT_SESSIONS: Final = 10_000
MAX_FEEDBACK: Final = 100_000
MAX_DECISIONS: Final = 10_000
MAX_ACTORS: Final = 10_000
MAX_CATEGORIES: Final = 1_000
MAX_RELATIONS: Final = 50_000
MAX_ASSESSMENTS: Final = 1_000
MAX_PLAN_ENTRIES: Final = 10_000

_UUID_RE: Final = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DATE_RE: Final = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_TIME_RE: Final = re.compile(r"([0-9]{2}):([0-9]{2})")
_MOMENT_RE: Final = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})")
_UTF8_BOM: Final = b"\xef\xbb\xbf"
