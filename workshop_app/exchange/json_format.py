"""The JSON exchange format of a project: export with :func:`dumps`, import with :func:`loads`.

The format is described for people in ``db/json-format.md``. In short: one object with ``format``,
``version``, ``app_version``, ``project``, ``meetings`` (each meeting holding its ``agenda``) and,
since version 2, ``scope`` (phase 1: ``values``, ``lists`` of rows and the ``map`` image) and,
since version 3, ``actors`` (phase 2: ``actors``, custom ``categories``, ``relations``, dated
``assessments`` and the engagement ``plan``; personal data included, it is the user's own copy) and,
since version 4, ``trials`` (phase 3: ``ideas``, ``votes``, ``trials`` with their budget, permits
and status history, count ``counts`` with their tallies, ``feedback`` and ``decisions``) and,
since version 5, an actor's ``influence`` and ``interest`` may be ``null`` (not rated yet; older
versions always rated, so their actors import as rated).
Positions are not written; they come from the order of the lists. An agenda item's meeting comes
from where it is nested. Version 1, 2 and 3 files are still read (no scope / actors / trials).

Imported JSON is untrusted. :func:`loads` checks everything (types, lengths, dates, uuids, counts,
unknown or missing fields, duplicate keys) before anything is built and raises
``KnownError(ErrorKind.BAD_JSON, source, problem=...)`` naming the *first* problem with its JSON
path, for example ``meetings[2].agenda[0].duration_min: must be a whole number from 0 to 1440``.
No other exception leaves :func:`loads` or :func:`read_file`.

The field lists below are the contract of format ``VERSION`` and deliberately do not follow the
domain's field tuples: adding a field to the domain must be a conscious change here, with a new
``VERSION`` (a test compares both). The scope's fields and lists are written as the domain declares
them (``domain/scope.py``); a test pins the declaration of version 2, so changing it fails until the
format is bumped on purpose.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import os
import re
import stat
import unicodedata
from pathlib import Path
from typing import Any, Final, NoReturn

from workshop_app import __version__
from workshop_app.domain.actors import (
    ACTOR_FIELDS,
    ATTITUDE_RANGE,
    CAN_BRING,
    INFLUENCE_RANGE,
    INTEREST_RANGE,
    RELATION_FIELDS,
    RELATION_KINDS,
    Actor,
    ActorMap,
    Assessment,
    CustomCategory,
    InvalidActorValue,
    PlanEntry,
    Rating,
    Relation,
    check_actor_value,
    check_category_name,
    check_multi,
    check_plan_value,
    check_scale,
)
from workshop_app.domain.actors import canonical as canonical_actor_map
from workshop_app.domain.map_image import MIME_TYPES, InvalidMapImage, inspect_map_image
from workshop_app.domain.model import (
    MAX_DURATION_MIN,
    MAX_SHORT_TEXT,
    MAX_TEXT,
    AgendaItem,
    Meeting,
    MeetingWithAgenda,
    Project,
    ProjectSnapshot,
)
from workshop_app.domain.scope import (
    FIELDS,
    LISTS,
    MAP_MAX_BYTES,
    Field,
    InvalidScopeValue,
    Kind,
    MapImage,
    Scope,
    ScopeRow,
)
from workshop_app.domain.scope_values import canonical, from_plain, is_empty, to_plain
from workshop_app.domain.text_rules import text_fault
from workshop_app.domain.trials import (
    BUDGET_FIELDS,
    COUNT_FIELDS,
    FEEDBACK_FIELDS,
    IDEA_FIELDS,
    PERMIT_FIELDS,
    TRIAL_FIELDS,
    BudgetLine,
    CountSession,
    Decision,
    Feedback,
    Idea,
    InvalidTrialValue,
    Permit,
    StatusChange,
    Trial,
    TrialBook,
    Vote,
    check_budget_value,
    check_count_session,
    check_count_value,
    check_decision,
    check_feedback,
    check_feedback_value,
    check_idea_value,
    check_permit_value,
    check_status_change,
    check_trial,
    check_trial_value,
    check_vote,
    link_loops,
)
from workshop_app.domain.trials import canonical as canonical_trial_book
from workshop_app.errors import ErrorKind, KnownError

FORMAT: Final = "bymidtevaerkstedet-project"
VERSION: Final = 5
MAX_JSON_BYTES: Final = 50 * 1024 * 1024
MAX_MEETINGS: Final = 10_000
MAX_AGENDA_ITEMS: Final = 1_000
#: Rows of one scope list (streets, milestones, budget lines…).
MAX_SCOPE_ROWS: Final = 1_000
#: ``app_version`` is informational only; it still gets a bound.
MAX_APP_VERSION_TEXT: Final = 100

TOP_LEVEL_KEYS: Final = (
    "format",
    "version",
    "app_version",
    "project",
    "meetings",
    "scope",
    "actors",
    "trials",
)
#: Version 3 had no prototype tests.
TOP_LEVEL_KEYS_V3: Final = (
    "format",
    "version",
    "app_version",
    "project",
    "meetings",
    "scope",
    "actors",
)
#: Version 2 had no actors.
TOP_LEVEL_KEYS_V2: Final = ("format", "version", "app_version", "project", "meetings", "scope")
#: Version 1 had no scope.
TOP_LEVEL_KEYS_V1: Final = ("format", "version", "app_version", "project", "meetings")
PROJECT_KEYS: Final = (
    "uuid",
    "name",
    "town",
    "municipality",
    "description",
    "facilitators",
    "start_date",
    "end_date",
)
MEETING_KEYS: Final = ("uuid", "title", "date", "start_time", "place", "purpose", "agenda")
AGENDA_KEYS: Final = ("uuid", "title", "duration_min", "method", "responsible")
SCOPE_KEYS: Final = ("values", "lists", "map")
MAP_KEYS: Final = ("uuid", "file_name", "mime", "width", "height", "data_base64")
ACTOR_MAP_KEYS: Final = ("actors", "categories", "relations", "assessments", "plan")
ACTOR_KEYS: Final = ("uuid", *ACTOR_FIELDS)
CATEGORY_KEYS: Final = ("uuid", "name")
RELATION_KEYS: Final = ("uuid", *RELATION_FIELDS)
ASSESSMENT_KEYS: Final = ("uuid", "date", "label", "ratings")
RATING_KEYS: Final = ("actor", "influence", "interest", "attitude")
PLAN_KEYS: Final = ("uuid", "actor", "method", "when", "responsible", "note")
TRIAL_BOOK_KEYS: Final = ("ideas", "votes", "trials", "counts", "feedback", "decisions")
IDEA_KEYS: Final = ("uuid", *IDEA_FIELDS, "merged_into")
VOTE_KEYS: Final = ("uuid", "idea", "meeting", "count")
TRIAL_KEYS: Final = ("uuid", "version_of", *TRIAL_FIELDS, "budget", "permits", "history")
BUDGET_KEYS: Final = ("uuid", *BUDGET_FIELDS)
PERMIT_KEYS: Final = ("uuid", *PERMIT_FIELDS)
HISTORY_KEYS: Final = ("uuid", "status", "date")
COUNT_KEYS: Final = ("uuid", "trial", *COUNT_FIELDS, "passing", "staying")
FEEDBACK_KEYS: Final = ("uuid", "trial", *FEEDBACK_FIELDS)
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
_UTF8_BOM: Final = b"\xef\xbb\xbf"


# --------------------------------------------------------------------------------------- export


def _date_text(value: dt.date | None) -> str | None:
    if value is None:
        return None
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def _time_text(value: dt.time | None) -> str | None:
    if value is None:
        return None
    return f"{value.hour:02d}:{value.minute:02d}"


def to_data(snapshot: ProjectSnapshot) -> dict[str, Any]:
    """The snapshot as plain JSON-ready data, keys in the documented order.

    Meetings and agenda items are written in the snapshot's order; ``position`` and
    ``meeting_uuid`` are not written (they follow from order and nesting). Times are written to
    the minute.
    """
    p = snapshot.project
    project: dict[str, Any] = {
        "uuid": p.uuid,
        "name": p.name,
        "town": p.town,
        "municipality": p.municipality,
        "description": p.description,
        "facilitators": p.facilitators,
        "start_date": _date_text(p.start_date),
        "end_date": _date_text(p.end_date),
    }
    meetings: list[dict[str, Any]] = []
    for entry in snapshot.meetings:
        m = entry.meeting
        agenda = [
            {
                "uuid": item.uuid,
                "title": item.title,
                "duration_min": item.duration_min,
                "method": item.method,
                "responsible": item.responsible,
            }
            for item in entry.agenda
        ]
        meetings.append(
            {
                "uuid": m.uuid,
                "title": m.title,
                "date": _date_text(m.date),
                "start_time": _time_text(m.start_time),
                "place": m.place,
                "purpose": m.purpose,
                "agenda": agenda,
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "project": project,
        "meetings": meetings,
        "scope": _scope_data(snapshot.scope),
        "actors": _actors_data(snapshot.actors),
        "trials": _trials_data(snapshot.trials),
    }


def _trials_data(book: TrialBook) -> dict[str, Any]:
    """Phase 3 in canonical order (see ``domain/trials.py``)."""
    book = canonical_trial_book(book)

    def plain(value: Any) -> Any:
        if isinstance(value, dt.time):
            return _time_text(value)
        if isinstance(value, dt.date):
            return _date_text(value)
        if isinstance(value, tuple):
            return [plain(v) for v in value]
        return value

    def fields(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
        return {name: plain(getattr(obj, name)) for name in names}

    return {
        "ideas": [{"uuid": i.uuid} | fields(i, IDEA_KEYS[1:]) for i in book.ideas],
        "votes": [
            {"uuid": v.uuid, "idea": v.idea_uuid, "meeting": v.meeting_uuid, "count": v.count}
            for v in book.votes
        ],
        "trials": [
            {"uuid": t.uuid, "version_of": t.version_of}
            | fields(t, TRIAL_FIELDS)
            | {
                "budget": [{"uuid": b.uuid} | fields(b, BUDGET_FIELDS) for b in t.budget],
                "permits": [{"uuid": p.uuid} | fields(p, PERMIT_FIELDS) for p in t.permits],
                "history": [
                    {"uuid": c.uuid, "status": c.status, "date": _date_text(c.date)}
                    for c in t.history
                ],
            }
            for t in book.trials
        ],
        "counts": [
            {"uuid": c.uuid, "trial": c.trial_uuid}
            | fields(c, COUNT_FIELDS)
            | {"passing": plain(c.passing), "staying": plain(c.staying)}
            for c in book.counts
        ],
        "feedback": [
            {"uuid": f.uuid, "trial": f.trial_uuid} | fields(f, FEEDBACK_FIELDS)
            for f in book.feedback
        ],
        "decisions": [
            {
                "uuid": d.uuid,
                "trial": d.trial_uuid,
                "date": _date_text(d.date),
                "kind": d.kind,
                "reasoning": d.reasoning,
                "evidence": list(d.evidence),
            }
            for d in book.decisions
        ],
    }


def _when_text(value: str | dt.date) -> str:
    return value if isinstance(value, str) else _date_text(value) or ""


def _actors_data(actor_map: ActorMap) -> dict[str, Any]:
    """Phase 2 in canonical order (actors by position; see ``domain/actors.py``)."""
    actor_map = canonical_actor_map(actor_map)
    actors = [
        {
            "uuid": a.uuid,
            "name": a.name,
            "person_name": a.person_name,
            "category": a.category,
            "owner_residence": a.owner_residence,
            "owner_kind": a.owner_kind,
            "influence": a.influence,
            "interest": a.interest,
            "attitude": a.attitude,
            "involvement_now": a.involvement_now,
            "involvement_wanted": a.involvement_wanted,
            "motivation": a.motivation,
            "can_bring": list(a.can_bring),
            "org_role": a.org_role,
            "next_step": a.next_step,
            "next_step_date": _date_text(a.next_step_date),
            "notes": a.notes,
            "contact": a.contact,
        }
        for a in actor_map.actors
    ]
    return {
        "actors": actors,
        "categories": [{"uuid": c.uuid, "name": c.name} for c in actor_map.categories],
        "relations": [
            {"uuid": r.uuid, "source": r.source, "target": r.target, "kind": r.kind, "note": r.note}
            for r in actor_map.relations
        ],
        "assessments": [
            {
                "uuid": a.uuid,
                "date": _date_text(a.date),
                "label": a.label,
                "ratings": [
                    {
                        "actor": r.actor_uuid,
                        "influence": r.influence,
                        "interest": r.interest,
                        "attitude": r.attitude,
                    }
                    for r in a.ratings
                ],
            }
            for a in actor_map.assessments
        ],
        "plan": [
            {
                "uuid": p.uuid,
                "actor": p.actor_uuid,
                "method": p.method,
                "when": _when_text(p.when),
                "responsible": p.responsible,
                "note": p.note,
            }
            for p in actor_map.plan
        ],
    }


def _scope_data(scope: Scope) -> dict[str, Any]:
    """Every field and every list, in declaration order, whether filled or not."""
    values = {key: to_plain(spec, scope.get(key)) for key, spec in FIELDS.items()}
    lists = {
        key: [
            {"uuid": row.uuid} | {c.key: to_plain(c, row.get(c.key)) for c in spec.columns}
            for row in scope.rows_of(key)
        ]
        for key, spec in LISTS.items()
    }
    image = scope.map_image
    map_data = (
        None
        if image is None
        else {
            "uuid": image.uuid,
            "file_name": image.file_name,
            "mime": image.mime,
            "width": image.width,
            "height": image.height,
            "data_base64": base64.b64encode(image.data).decode("ascii"),
        }
    )
    return {"values": values, "lists": lists, "map": map_data}


def dumps(snapshot: ProjectSnapshot) -> str:
    """The snapshot as JSON text: deterministic, 2-space indented, UTF-8 friendly, final newline."""
    return json.dumps(to_data(snapshot), indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------------------- import


class _Object(dict[str, Any]):
    """A decoded JSON object that remembers keys given more than once (``json`` keeps the last)."""

    duplicates: tuple[str, ...] = ()


def _object_hook(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        dups: list[str] = []
        for key, _value in pairs:
            if key in seen and key not in dups:
                dups.append(key)
            seen.add(key)
        obj.duplicates = tuple(dups)
    return obj


class _Invalid(Exception):
    """Internal: one problem found, with its JSON path. Becomes a ``KnownError``."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.problem = str(self.args[0])


def _fail(path: str, message: str) -> NoReturn:
    raise _Invalid(path, message)


def _reject_constant(name: str) -> NoReturn:
    raise _Invalid("", f"not valid JSON: {name} is not allowed (numbers must be finite)")


def _shown(text: str, limit: int = 40) -> str:
    """User-supplied text made safe to put in a message: short, printable, quoted."""
    out: list[str] = []
    for ch in text[:limit]:
        if unicodedata.category(ch) in ("Cc", "Cs", "Cf") or ch in "\u2028\u2029":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + ("…" if len(text) > limit else "") + '"'


def _kind_of(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "an unknown value"  # pragma: no cover - json produces nothing else


def _object(value: object, path: str, keys: tuple[str, ...]) -> dict[str, Any]:
    """An object with exactly ``keys``: no unknown, missing or repeated keys."""
    if not isinstance(value, dict):
        _fail(path, f"must be an object {{...}}, not {_kind_of(value)}")
    if isinstance(value, _Object) and value.duplicates:
        names = ", ".join(_shown(k) for k in value.duplicates[:5])
        _fail(path, f"the field {names} is given more than once")
    unknown = [k for k in value if k not in keys]
    if unknown:
        names = ", ".join(_shown(k) for k in unknown[:5])
        more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
        word = "field" if len(unknown) == 1 else "fields"
        _fail(path, f"unknown {word} {names}{more}")
    missing = [k for k in keys if k not in value]
    if missing:
        word = "field" if len(missing) == 1 else "fields"
        _fail(path, f"missing {word} " + ", ".join(f'"{k}"' for k in missing))
    return value


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _text(value: object, path: str, limit: int) -> str:
    """The shared rules of :mod:`workshop_app.domain.text_rules`, worded for a JSON file."""
    fault = text_fault(value, limit)
    if fault is None:
        return str(value)
    if fault.kind == "type":
        _fail(path, f"must be text, not {_kind_of(value)}")
    if fault.kind == "length":
        _fail(path, f"is too long ({fault.length} characters; at most {limit})")
    if fault.kind == "control":
        _fail(path, f"contains the control character U+{fault.code:04X}, which is not allowed")
    _fail(path, f"contains an unpaired surrogate U+{fault.code:04X}, which is not text")


def _uuid(value: object, path: str, seen: dict[str, str]) -> str:
    if not isinstance(value, str) or _UUID_RE.fullmatch(value) is None:
        shown = _shown(value) if isinstance(value, str) else _kind_of(value)
        _fail(
            path,
            f'must be a lowercase UUID like "0b6e1f2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b", not {shown}',
        )
    if value in seen:
        _fail(path, f"the uuid {value} is already used at {seen[value]}")
    seen[value] = path
    return value


def _date(value: object, path: str) -> dt.date | None:
    if value is None:
        return None
    match = _DATE_RE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        shown = _shown(value) if isinstance(value, str) else _kind_of(value)
        _fail(path, f'must be a date "YYYY-MM-DD" or null, not {shown}')
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        _fail(path, f"{_shown(match[0])} is not a real date")


def _time(value: object, path: str) -> dt.time | None:
    if value is None:
        return None
    match = _TIME_RE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        shown = _shown(value) if isinstance(value, str) else _kind_of(value)
        _fail(path, f'must be a time "HH:MM" (24-hour clock) or null, not {shown}')
    try:
        return dt.time(int(match[1]), int(match[2]))
    except ValueError:
        _fail(path, f"{_shown(match[0])} is not a real time of day")


def _duration(value: object, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_DURATION_MIN:
        _fail(path, f"must be a whole number from 0 to {MAX_DURATION_MIN}")
    return value


def _list(value: object, path: str, limit: int, what: str) -> list[Any]:
    if not isinstance(value, list):
        _fail(path, f"must be a list [...], not {_kind_of(value)}")
    if len(value) > limit:
        _fail(path, f"has {len(value)} {what}; at most {limit} are allowed")
    return value


def _check_header(data: object) -> None:
    """``format`` first, then ``version``: a newer file is refused before its fields are judged."""
    if not isinstance(data, dict):
        _fail("", f"not a Bymidteværkstedet project export (the top level is {_kind_of(data)})")
    if data.get("format") != FORMAT:
        _fail("format", "not a Bymidteværkstedet project export")
    if "version" not in data:
        _fail("version", "missing")
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        _fail("version", f"must be a whole number, not {_kind_of(version)}")
    if version > VERSION:
        shown = str(version) if version < 1_000_000 else "a much newer one"
        made_by = data.get("app_version")
        by = f" by app version {_shown(made_by, 20)}" if isinstance(made_by, str) else ""
        _fail(
            "version",
            f"the file uses format version {shown} (written{by}); this app reads up to version "
            f"{VERSION}. A newer version of the app is needed to import it",
        )
    if version < 1:
        _fail("version", f"must be a whole number from 1 to {VERSION}")


def _scope_value(spec: Field, raw: object, path: str) -> Any:
    if spec.kind in (Kind.TEXT, Kind.LONG):
        _text(raw, path, MAX_TEXT if spec.kind is Kind.LONG else MAX_SHORT_TEXT)
    try:
        return from_plain(spec, raw)
    except InvalidScopeValue as exc:
        _fail(path, str(exc))


#: The longest base64 text of an image within the byte limit.
_MAX_BASE64 = 4 * -(-MAP_MAX_BYTES // 3)


def _map_image(value: object, path: str, seen: dict[str, str]) -> MapImage | None:
    if value is None:
        return None
    raw = _object(value, path, MAP_KEYS)
    image_uuid = _uuid(raw["uuid"], _join(path, "uuid"), seen)
    file_name = _text(raw["file_name"], _join(path, "file_name"), MAX_SHORT_TEXT)
    mime = raw["mime"]
    if mime not in MIME_TYPES:
        shown = _shown(mime) if isinstance(mime, str) else _kind_of(mime)
        _fail(_join(path, "mime"), f'must be "image/png" or "image/jpeg", not {shown}')
    size: list[int] = []
    for key in ("width", "height"):
        side = raw[key]
        if isinstance(side, bool) or not isinstance(side, int) or side < 1:
            _fail(_join(path, key), "must be a whole number of pixels, at least 1")
        size.append(side)
    encoded = raw["data_base64"]
    b64_path = _join(path, "data_base64")
    if not isinstance(encoded, str):
        _fail(b64_path, f"must be base64 text, not {_kind_of(encoded)}")
    if len(encoded) > _MAX_BASE64:
        limit = MAP_MAX_BYTES // (1024 * 1024)
        _fail(b64_path, f"the image is larger than {limit} MB, the limit for a map image")
    try:
        data = base64.b64decode(encoded.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        _fail(b64_path, "is not valid base64 text")
    try:
        info = inspect_map_image(data)
    except InvalidMapImage as exc:
        _fail(b64_path, str(exc))
    if (info.mime, info.width, info.height) != (mime, size[0], size[1]):
        _fail(
            path,
            f"the image is {info.mime}, {info.width} × {info.height} pixels, but the file says "
            f"{mime}, {size[0]} × {size[1]}",
        )
    return MapImage(image_uuid, file_name, mime, size[0], size[1], data)


def _scope(value: object, seen: dict[str, str]) -> Scope:
    raw = _object(value, "scope", SCOPE_KEYS)
    raw_values = _object(raw["values"], "scope.values", tuple(FIELDS))
    values: dict[str, Any] = {}
    for key, spec in FIELDS.items():
        checked_value = _scope_value(spec, raw_values[key], f"scope.values.{key}")
        if not is_empty(spec, checked_value):
            values[key] = checked_value
    raw_lists = _object(raw["lists"], "scope.lists", tuple(LISTS))
    rows: list[ScopeRow] = []
    for list_key, spec_list in LISTS.items():
        l_path = f"scope.lists.{list_key}"
        columns = ("uuid", *(c.key for c in spec_list.columns))
        for index, raw_row in enumerate(_list(raw_lists[list_key], l_path, MAX_SCOPE_ROWS, "rows")):
            r_path = f"{l_path}[{index}]"
            row = _object(raw_row, r_path, columns)
            row_uuid = _uuid(row["uuid"], _join(r_path, "uuid"), seen)
            row_values = {
                c.key: _scope_value(c, row[c.key], _join(r_path, c.key)) for c in spec_list.columns
            }
            rows.append(ScopeRow(row_uuid, list_key, index, row_values))
    map_image = _map_image(raw["map"], "scope.map", seen)
    return canonical(Scope(values=values, rows=tuple(rows), map_image=map_image))


def _rule(path: str, check: Any, *args: Any) -> Any:
    """A domain rule of phase 2 applied at ``path`` (whose last step the message need not
    repeat)."""
    try:
        return check(*args)
    except InvalidActorValue as exc:
        last = path.rsplit(".", 1)[-1]
        _fail(path, str(exc).removeprefix(f"{last}: "))


def _reference(value: object, path: str, known: dict[str, int], what: str) -> str:
    if not isinstance(value, str) or _UUID_RE.fullmatch(value) is None:
        shown = _shown(value) if isinstance(value, str) else _kind_of(value)
        _fail(path, f"must be the uuid of an existing {what}, not {shown}")
    if value not in known:
        _fail(path, f"there is no {what} with the uuid {value}")
    return value


def _actor_map(value: object, seen: dict[str, str], version: int = VERSION) -> ActorMap:
    raw = _object(value, "actors", ACTOR_MAP_KEYS)

    categories: list[CustomCategory] = []
    c_list = _list(raw["categories"], "actors.categories", MAX_CATEGORIES, "categories")
    for index, raw_category in enumerate(c_list):
        path = f"actors.categories[{index}]"
        item = _object(raw_category, path, CATEGORY_KEYS)
        c_uuid = _uuid(item["uuid"], _join(path, "uuid"), seen)
        _text(item["name"], _join(path, "name"), MAX_SHORT_TEXT)
        categories.append(
            CustomCategory(c_uuid, _rule(_join(path, "name"), check_category_name, item["name"]))
        )
    category_uuids = {c.uuid: i for i, c in enumerate(categories)}

    actors: list[Actor] = []
    for index, raw_actor in enumerate(_list(raw["actors"], "actors.actors", MAX_ACTORS, "actors")):
        path = f"actors.actors[{index}]"
        item = _object(raw_actor, path, ACTOR_KEYS)
        a_uuid = _uuid(item["uuid"], _join(path, "uuid"), seen)
        values: dict[str, Any] = {}
        for key in ACTOR_FIELDS:
            f_path = _join(path, key)
            raw_value = item[key]
            if key == "next_step_date":
                values[key] = _date(raw_value, f_path)
                continue
            if key == "can_bring":
                if not isinstance(raw_value, list) or len(set(map(str, raw_value))) != len(
                    raw_value
                ):
                    _fail(f_path, "must be a list of " + ", ".join(CAN_BRING) + ", each once")
                checked_multi = _rule(f_path, check_multi, raw_value, CAN_BRING)
                if list(checked_multi) != raw_value:
                    _fail(f_path, "must list the choices in this order: " + ", ".join(CAN_BRING))
                values[key] = checked_multi
                continue
            if raw_value is None and key in ("influence", "interest") and version < 5:
                _fail(f_path, "must be a whole number from 1 to 5 (empty needs format version 5)")
            if isinstance(raw_value, str):
                _text(
                    raw_value,
                    f_path,
                    MAX_TEXT if key in ("motivation", "notes") else MAX_SHORT_TEXT,
                )
            values[key] = _rule(_join(path, key), check_actor_value, key, raw_value)
            if key == "category" and _UUID_RE.fullmatch(values[key]):
                _reference(values[key], f_path, category_uuids, "custom category")
        actors.append(Actor(uuid=a_uuid, position=index, **values))
    actor_uuids = {a.uuid: a.position for a in actors}

    relations: list[Relation] = []
    r_list = _list(raw["relations"], "actors.relations", MAX_RELATIONS, "relations")
    for index, raw_relation in enumerate(r_list):
        path = f"actors.relations[{index}]"
        item = _object(raw_relation, path, RELATION_KEYS)
        r_uuid = _uuid(item["uuid"], _join(path, "uuid"), seen)
        source = _reference(item["source"], _join(path, "source"), actor_uuids, "actor")
        target = _reference(item["target"], _join(path, "target"), actor_uuids, "actor")
        kind = item["kind"]
        if kind not in RELATION_KINDS:
            shown = _shown(kind) if isinstance(kind, str) else _kind_of(kind)
            _fail(
                _join(path, "kind"),
                "must be one of " + ", ".join(RELATION_KINDS) + f", not {shown}",
            )
        note = _text(item["note"], _join(path, "note"), MAX_TEXT)
        if source == target:
            _fail(_join(path, "target"), "an actor cannot have a relation to itself")
        relations.append(Relation(r_uuid, source, target, kind, note))

    assessments: list[Assessment] = []
    s_list = _list(raw["assessments"], "actors.assessments", MAX_ASSESSMENTS, "assessments")
    for index, raw_assessment in enumerate(s_list):
        path = f"actors.assessments[{index}]"
        item = _object(raw_assessment, path, ASSESSMENT_KEYS)
        s_uuid = _uuid(item["uuid"], _join(path, "uuid"), seen)
        date = _date(item["date"], _join(path, "date"))
        if date is None:
            _fail(_join(path, "date"), 'must be a date "YYYY-MM-DD"')
        label = _text(item["label"], _join(path, "label"), MAX_SHORT_TEXT)
        ratings: list[Rating] = []
        rated: set[str] = set()
        g_list = _list(item["ratings"], _join(path, "ratings"), MAX_ACTORS, "ratings")
        for r_index, raw_rating in enumerate(g_list):
            g_path = f"{path}.ratings[{r_index}]"
            rating = _object(raw_rating, g_path, RATING_KEYS)
            actor = _reference(rating["actor"], _join(g_path, "actor"), actor_uuids, "actor")
            if actor in rated:
                _fail(_join(g_path, "actor"), "this actor is already rated in this assessment")
            rated.add(actor)
            scales = [
                _rule(_join(g_path, key), check_scale, rating[key], *bounds)
                for key, bounds in (
                    ("influence", INFLUENCE_RANGE),
                    ("interest", INTEREST_RANGE),
                    ("attitude", ATTITUDE_RANGE),
                )
            ]
            ratings.append(Rating(actor, *scales))
        assessments.append(Assessment(s_uuid, date, label, tuple(ratings)))

    plan: list[PlanEntry] = []
    p_list = _list(raw["plan"], "actors.plan", MAX_PLAN_ENTRIES, "plan entries")
    for index, raw_entry in enumerate(p_list):
        path = f"actors.plan[{index}]"
        item = _object(raw_entry, path, PLAN_KEYS)
        p_uuid = _uuid(item["uuid"], _join(path, "uuid"), seen)
        actor = _reference(item["actor"], _join(path, "actor"), actor_uuids, "actor")
        texts = {
            key: _text(item[key], _join(path, key), MAX_TEXT if key == "note" else MAX_SHORT_TEXT)
            for key in ("method", "when", "responsible", "note")
        }
        values = {
            key: _rule(_join(path, key), check_plan_value, key, v) for key, v in texts.items()
        }
        plan.append(PlanEntry(p_uuid, actor, **values))

    return canonical_actor_map(
        ActorMap(
            tuple(actors), tuple(categories), tuple(relations), tuple(assessments), tuple(plan)
        )
    )


def _trial_rule(path: str, check: Any, *args: Any) -> Any:
    """A domain rule of phase 3 applied at ``path``. A message that starts with a field name
    (``end_date: …``, ``passing[2][0]: …``) is placed under ``path``."""
    try:
        return check(*args)
    except InvalidTrialValue as exc:
        message = str(exc)
        head, sep, rest = message.partition(": ")
        last = path.rsplit(".", 1)[-1]
        if sep and head == last:
            _fail(path, rest)
        if sep and re.fullmatch(r"[a-z_]+(\[[0-9]+\])*", head):
            _fail(_join(path, head), rest)
        _fail(path, message)


#: Fields read with the JSON's own date / time / long-text rules before the domain's.
_DATE_KEYS: Final = frozenset({"created", "start_date", "end_date", "date"})
_TIME_KEYS: Final = frozenset({"start_time", "end_time"})
_LONG_KEYS: Final = frozenset(
    {
        "description",
        "we_believe",
        "will",
        "we_will_see",
        "strategic_aim",
        "materials",
        "success_criteria",
        "measurement_plan",
        "note",
        "what_works",
        "could_be_better",
        "quote",
        "reasoning",
    }
)


def _trial_fields(
    item: dict[str, Any], path: str, names: tuple[str, ...], rule: Any
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key in names:
        f_path = _join(path, key)
        raw = item[key]
        if key in _DATE_KEYS:
            raw = _date(raw, f_path)
        elif key in _TIME_KEYS:
            raw = _time(raw, f_path)
            if raw is None:
                _fail(f_path, 'must be a time "HH:MM" (24-hour clock)')
        elif isinstance(raw, str):
            _text(raw, f_path, MAX_TEXT if key in _LONG_KEYS else MAX_SHORT_TEXT)
        values[key] = _trial_rule(f_path, rule, key, raw)
    return values


def _optional_reference(value: object, path: str, known: dict[str, int], what: str) -> str | None:
    return None if value is None else _reference(value, path, known, what)


def _no_loops(links: dict[str, str | None], paths: dict[str, str], what: str) -> None:
    for start in links:
        seen = {start}
        current = links[start]
        while current is not None:
            if current in seen:
                _fail(paths[start], f"the {what} links lead round in a loop")
            seen.add(current)
            current = links.get(current)


def _trial_book(
    value: object, seen: dict[str, str], meetings: dict[str, int], actors: dict[str, int]
) -> TrialBook:
    raw = _object(value, "trials", TRIAL_BOOK_KEYS)

    # First every uuid of ideas and tests, so links may point forwards.
    i_list = _list(raw["ideas"], "trials.ideas", MAX_IDEAS, "ideas")
    t_list = _list(raw["trials"], "trials.trials", MAX_TRIALS, "tests")
    raw_ideas = [_object(x, f"trials.ideas[{n}]", IDEA_KEYS) for n, x in enumerate(i_list)]
    raw_trials = [_object(x, f"trials.trials[{n}]", TRIAL_KEYS) for n, x in enumerate(t_list)]
    idea_uuids = {
        _uuid(item["uuid"], f"trials.ideas[{n}].uuid", seen): n for n, item in enumerate(raw_ideas)
    }
    trial_uuids = {
        _uuid(item["uuid"], f"trials.trials[{n}].uuid", seen): n
        for n, item in enumerate(raw_trials)
    }

    ideas: list[Idea] = []
    for index, item in enumerate(raw_ideas):
        path = f"trials.ideas[{index}]"
        refs = {
            "origin_meeting": (meetings, "meeting"),
            "origin_actor": (actors, "actor"),
            "origin_trial": (trial_uuids, "test"),
        }
        for key, (known, what) in refs.items():
            _optional_reference(item[key], _join(path, key), known, what)
        values = _trial_fields(item, path, IDEA_FIELDS, check_idea_value)
        merged = _optional_reference(
            item["merged_into"], _join(path, "merged_into"), idea_uuids, "idea"
        )
        if merged == item["uuid"]:
            _fail(_join(path, "merged_into"), "an idea cannot be merged into itself")
        ideas.append(Idea(item["uuid"], index, merged_into=merged, **values))
    _no_loops(
        {i.uuid: i.merged_into for i in ideas},
        {i.uuid: f"trials.ideas[{i.position}].merged_into" for i in ideas},
        "merged_into",
    )

    votes: list[Vote] = []
    voted: set[tuple[str, str]] = set()
    for index, raw_vote in enumerate(_list(raw["votes"], "trials.votes", MAX_VOTES, "votes")):
        path = f"trials.votes[{index}]"
        item = _object(raw_vote, path, VOTE_KEYS)
        v_uuid = _uuid(item["uuid"], _join(path, "uuid"), seen)
        idea = _reference(item["idea"], _join(path, "idea"), idea_uuids, "idea")
        meeting = _reference(item["meeting"], _join(path, "meeting"), meetings, "meeting")
        if (idea, meeting) in voted:
            _fail(path, "this idea already has votes at this meeting")
        voted.add((idea, meeting))
        votes.append(_trial_rule(path, check_vote, Vote(v_uuid, idea, meeting, item["count"])))

    trials: list[Trial] = []
    for index, item in enumerate(raw_trials):
        path = f"trials.trials[{index}]"
        _optional_reference(item["idea_uuid"], _join(path, "idea_uuid"), idea_uuids, "idea")
        version_of = _optional_reference(
            item["version_of"], _join(path, "version_of"), trial_uuids, "test"
        )
        if version_of == item["uuid"]:
            _fail(_join(path, "version_of"), "a test cannot be a version of itself")
        r_path = _join(path, "responsible")
        for n, actor in enumerate(_list(item["responsible"], r_path, MAX_ACTORS, "actors")):
            _reference(actor, f"{r_path}[{n}]", actors, "actor")
        values = _trial_fields(item, path, TRIAL_FIELDS, check_trial_value)
        t_uuid = item["uuid"]
        parts: dict[str, list[Any]] = {"budget": [], "permits": [], "history": []}
        for key, keys, names, rule, make in (
            ("budget", BUDGET_KEYS, BUDGET_FIELDS, check_budget_value, BudgetLine),
            ("permits", PERMIT_KEYS, PERMIT_FIELDS, check_permit_value, Permit),
        ):
            p_list = _list(item[key], _join(path, key), MAX_TRIAL_ROWS, key)
            for n, raw_row in enumerate(p_list):
                row_path = f"{path}.{key}[{n}]"
                row = _object(raw_row, row_path, keys)
                row_uuid = _uuid(row["uuid"], _join(row_path, "uuid"), seen)
                row_values = _trial_fields(row, row_path, names, rule)
                parts[key].append(make(row_uuid, t_uuid, **row_values))
        h_list = _list(item["history"], _join(path, "history"), MAX_TRIAL_ROWS, "status changes")
        for n, raw_row in enumerate(h_list):
            row_path = f"{path}.history[{n}]"
            row = _object(raw_row, row_path, HISTORY_KEYS)
            row_uuid = _uuid(row["uuid"], _join(row_path, "uuid"), seen)
            day = _date(row["date"], _join(row_path, "date"))
            change = StatusChange(row_uuid, t_uuid, row["status"], day)  # type: ignore[arg-type]
            parts["history"].append(_trial_rule(row_path, check_status_change, change))
        trial = Trial(
            t_uuid,
            index,
            version_of=version_of,
            budget=tuple(parts["budget"]),
            permits=tuple(parts["permits"]),
            history=tuple(parts["history"]),
            **values,
        )
        trials.append(_trial_rule(path, check_trial, trial))
    _no_loops(
        {t.uuid: t.version_of for t in trials},
        {t.uuid: f"trials.trials[{t.position}].version_of" for t in trials},
        "version_of",
    )

    counts: list[CountSession] = []
    c_list = _list(raw["counts"], "trials.counts", MAX_COUNT_SESSIONS, "count sessions")
    for index, raw_count in enumerate(c_list):
        path = f"trials.counts[{index}]"
        item = _object(raw_count, path, COUNT_KEYS)
        c_uuid = _uuid(item["uuid"], _join(path, "uuid"), seen)
        trial_uuid = _reference(item["trial"], _join(path, "trial"), trial_uuids, "test")
        values = _trial_fields(item, path, COUNT_FIELDS, check_count_value)
        session = CountSession(
            c_uuid, trial_uuid, passing=item["passing"], staying=item["staying"], **values
        )
        counts.append(_trial_rule(path, check_count_session, session))
    count_uuids = {c.uuid: n for n, c in enumerate(counts)}

    feedback: list[Feedback] = []
    cards: dict[tuple[str, int], int] = {}
    f_list = _list(raw["feedback"], "trials.feedback", MAX_FEEDBACK, "pieces of feedback")
    for index, raw_feedback in enumerate(f_list):
        path = f"trials.feedback[{index}]"
        item = _object(raw_feedback, path, FEEDBACK_KEYS)
        f_uuid = _uuid(item["uuid"], _join(path, "uuid"), seen)
        trial_uuid = _reference(item["trial"], _join(path, "trial"), trial_uuids, "test")
        values = _trial_fields(item, path, FEEDBACK_FIELDS, check_feedback_value)
        entry = _trial_rule(path, check_feedback, Feedback(f_uuid, trial_uuid, **values))
        if entry.card_number is not None:
            card = (trial_uuid, entry.card_number)
            if card in cards:
                _fail(
                    _join(path, "card_number"),
                    f"card {entry.card_number} is already entered for this test at "
                    f"trials.feedback[{cards[card]}]",
                )
            cards[card] = index
        feedback.append(entry)
    feedback_uuids = {f.uuid: n for n, f in enumerate(feedback)}
    evidence_uuids = count_uuids | feedback_uuids

    decisions: list[Decision] = []
    d_list = _list(raw["decisions"], "trials.decisions", MAX_DECISIONS, "decisions")
    for index, raw_decision in enumerate(d_list):
        path = f"trials.decisions[{index}]"
        item = _object(raw_decision, path, DECISION_KEYS)
        d_uuid = _uuid(item["uuid"], _join(path, "uuid"), seen)
        trial_uuid = _reference(item["trial"], _join(path, "trial"), trial_uuids, "test")
        day = _date(item["date"], _join(path, "date"))
        reasoning = _text(item["reasoning"], _join(path, "reasoning"), MAX_TEXT)
        e_path = _join(path, "evidence")
        evidence = _list(item["evidence"], e_path, MAX_COUNT_SESSIONS + MAX_FEEDBACK, "uuids")
        for n, uuid in enumerate(evidence):
            _reference(uuid, f"{e_path}[{n}]", evidence_uuids, "count session or feedback")
        decision = Decision(d_uuid, trial_uuid, day, item["kind"], reasoning, tuple(evidence))  # type: ignore[arg-type]
        decisions.append(_trial_rule(path, check_decision, decision))

    book = TrialBook(
        tuple(ideas), tuple(votes), tuple(trials), tuple(counts), tuple(feedback), tuple(decisions)
    )
    _no_lineage_loops(book)
    return canonical_trial_book(book)


def _no_lineage_loops(book: TrialBook) -> None:
    """The same loop rule as the project check (``domain.trials.link_loops``): ideas and tests
    that come from each other round in a circle (ideas merged into each other and tests that
    are versions of each other are refused earlier, naming the field)."""
    loops = link_loops(book)
    if loops:
        where = {i.uuid: f"trials.ideas[{i.position}]" for i in book.ideas}
        where |= {t.uuid: f"trials.trials[{t.position}]" for t in book.trials}
        circle = " -> ".join(where.get(u, u) for u in loops[0].uuids)
        _fail("trials", f"ideas and tests come from each other in a loop ({circle})")


def _snapshot(data: object) -> ProjectSnapshot:
    _check_header(data)
    version = data["version"] if isinstance(data, dict) else VERSION
    keys = {1: TOP_LEVEL_KEYS_V1, 2: TOP_LEVEL_KEYS_V2, 3: TOP_LEVEL_KEYS_V3}.get(
        version, TOP_LEVEL_KEYS
    )
    top = _object(data, "", keys)
    _text(top["app_version"], "app_version", MAX_APP_VERSION_TEXT)
    seen: dict[str, str] = {}

    raw_project = _object(top["project"], "project", PROJECT_KEYS)

    def p_text(key: str, limit: int) -> str:
        return _text(raw_project[key], _join("project", key), limit)

    project = Project(
        uuid=_uuid(raw_project["uuid"], "project.uuid", seen),
        name=p_text("name", MAX_SHORT_TEXT),
        town=p_text("town", MAX_SHORT_TEXT),
        municipality=p_text("municipality", MAX_SHORT_TEXT),
        description=p_text("description", MAX_TEXT),
        facilitators=p_text("facilitators", MAX_SHORT_TEXT),
        start_date=_date(raw_project["start_date"], "project.start_date"),
        end_date=_date(raw_project["end_date"], "project.end_date"),
    )

    meetings: list[MeetingWithAgenda] = []
    for m_index, raw in enumerate(_list(top["meetings"], "meetings", MAX_MEETINGS, "meetings")):
        m_path = f"meetings[{m_index}]"
        raw_meeting = _object(raw, m_path, MEETING_KEYS)
        meeting = Meeting(
            uuid=_uuid(raw_meeting["uuid"], _join(m_path, "uuid"), seen),
            position=m_index,
            title=_text(raw_meeting["title"], _join(m_path, "title"), MAX_SHORT_TEXT),
            date=_date(raw_meeting["date"], _join(m_path, "date")),
            start_time=_time(raw_meeting["start_time"], _join(m_path, "start_time")),
            place=_text(raw_meeting["place"], _join(m_path, "place"), MAX_SHORT_TEXT),
            purpose=_text(raw_meeting["purpose"], _join(m_path, "purpose"), MAX_TEXT),
        )
        a_list = _list(
            raw_meeting["agenda"], _join(m_path, "agenda"), MAX_AGENDA_ITEMS, "agenda items"
        )
        agenda: list[AgendaItem] = []
        for a_index, raw_item in enumerate(a_list):
            a_path = f"{m_path}.agenda[{a_index}]"
            item = _object(raw_item, a_path, AGENDA_KEYS)
            agenda.append(
                AgendaItem(
                    uuid=_uuid(item["uuid"], _join(a_path, "uuid"), seen),
                    meeting_uuid=meeting.uuid,
                    position=a_index,
                    title=_text(item["title"], _join(a_path, "title"), MAX_SHORT_TEXT),
                    duration_min=_duration(item["duration_min"], _join(a_path, "duration_min")),
                    method=_text(item["method"], _join(a_path, "method"), MAX_SHORT_TEXT),
                    responsible=_text(
                        item["responsible"], _join(a_path, "responsible"), MAX_SHORT_TEXT
                    ),
                )
            )
        meetings.append(MeetingWithAgenda(meeting, tuple(agenda)))
    scope = _scope(top["scope"], seen) if version >= 2 else Scope()
    actor_map = _actor_map(top["actors"], seen, version) if version >= 3 else ActorMap()
    trial_book = (
        _trial_book(
            top["trials"],
            seen,
            {m.meeting.uuid: n for n, m in enumerate(meetings)},
            {a.uuid: a.position for a in actor_map.actors},
        )
        if version >= 4
        else TrialBook()
    )
    return ProjectSnapshot(project, tuple(meetings), scope, actor_map, trial_book)


def _decode(raw: bytes | str) -> str:
    if isinstance(raw, str):
        return raw
    if raw.startswith(_UTF8_BOM):
        raw = raw[len(_UTF8_BOM) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        _fail("", f"not UTF-8 text (invalid byte at offset {exc.start})")


def _parse(text: str) -> object:
    if not text.strip():
        _fail("", "the file is empty")
    try:
        return json.loads(
            text,
            object_pairs_hook=_object_hook,
            parse_constant=_reject_constant,
        )
    except json.JSONDecodeError as exc:
        _fail("", f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})")
    except RecursionError:
        _fail("", "not a project export (the JSON is nested far too deeply)")
    except ValueError:
        # An integer with more digits than Python converts (sys.get_int_max_str_digits).
        _fail("", "not valid JSON (a number has far too many digits)")


def loads(raw: bytes | str, source: str = "") -> ProjectSnapshot:
    """Validate exported JSON and build the snapshot it describes.

    ``source`` names the input in the error (usually the file path). Raises ``KnownError`` with
    ``ErrorKind.BAD_JSON`` and a ``problem`` detail naming the first problem; nothing else.
    Positions are the list indexes; agenda items belong to the meeting they are nested in.
    """
    try:
        if len(raw) > MAX_JSON_BYTES:
            _fail("", f"larger than {MAX_JSON_BYTES // (1024 * 1024)} MB")
        return _snapshot(_parse(_decode(raw)))
    except _Invalid as exc:
        raise KnownError(ErrorKind.BAD_JSON, source, problem=exc.problem) from None


def _bad(path: Path, problem: str) -> KnownError:
    return KnownError(ErrorKind.BAD_JSON, path, problem=problem)


def _os_error(path: Path, exc: OSError) -> KnownError:
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return KnownError(ErrorKind.NOT_FOUND, path)
    if isinstance(exc, IsADirectoryError):
        return KnownError(ErrorKind.NOT_A_FILE, path)
    if isinstance(exc, PermissionError):
        return KnownError(ErrorKind.NO_PERMISSION, path)
    return KnownError(ErrorKind.IO_FAILURE, path)


def read_file(path: Path) -> ProjectSnapshot:
    """Read and validate an exported JSON file. Opens it read-only; never changes it.

    The size is checked before the content is read. Raises ``KnownError`` with ``NOT_FOUND``,
    ``NOT_A_FILE``, ``NO_PERMISSION``, ``IO_FAILURE`` (unreadable) or ``BAD_JSON``.
    """
    limit_mb = MAX_JSON_BYTES // (1024 * 1024)
    try:
        info = path.stat()
    except OSError as exc:
        raise _os_error(path, exc) from None
    except ValueError:  # e.g. an embedded NUL in the path
        raise KnownError(ErrorKind.NOT_FOUND, path) from None
    if not stat.S_ISREG(info.st_mode):
        raise KnownError(ErrorKind.NOT_A_FILE, path)
    if info.st_size > MAX_JSON_BYTES:
        raise _bad(path, f"larger than {limit_mb} MB")
    # O_NONBLOCK: if the path was swapped for a FIFO since stat(), opening must not hang.
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise KnownError(ErrorKind.NOT_A_FILE, path)
            data = handle.read(MAX_JSON_BYTES + 1)
    except OSError as exc:
        raise _os_error(path, exc) from None
    if len(data) > MAX_JSON_BYTES:  # grew after stat()
        raise _bad(path, f"larger than {limit_mb} MB")
    return loads(data, str(path))
