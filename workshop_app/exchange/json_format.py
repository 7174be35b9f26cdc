"""The JSON exchange format of a project: export with :func:`dumps`, import with :func:`loads`.

The format is described for people in ``db/json-format.md``. In short: one object with ``format``,
``version``, ``app_version``, ``project``, ``meetings`` (each meeting holding its ``agenda``) and,
since version 2, ``scope`` (phase 1: ``values``, ``lists`` of rows and the ``map`` image) and,
since version 3, ``actors`` (phase 2: ``actors``, custom ``categories``, ``relations``, dated
``assessments`` and the engagement ``plan``; personal data included, it is the user's own copy) and,
since version 4, ``trials`` (phase 3: ``ideas``, ``votes``, ``trials`` with their budget, permits
and status history, count ``counts`` with their tallies, ``feedback`` and ``decisions``) and,
since version 5, an actor's ``influence`` and ``interest`` may be ``null`` (not rated yet; older
versions always rated, so their actors import as rated) and,
since version 6, the project's ``named_participants`` and each meeting's kind, facilitators, phase,
attendance, captured notes, action items, decisions and live state (``json_meetings.py``) and,
since version 7, the project's logo (base64), accent colour and privacy notice, and the trial
book's ``card_runs`` (``json_print.py``).
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

import json
import os
import stat
from pathlib import Path
from typing import Any

from workshop_app.domain.actors import (
    ActorMap,
)
from workshop_app.domain.map_image import MIME_TYPES, InvalidMapImage, inspect_map_image
from workshop_app.domain.model import (
    MAX_SHORT_TEXT,
    MAX_TEXT,
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
from workshop_app.domain.scope_values import canonical, from_plain, is_empty
from workshop_app.domain.trials import (
    TrialBook,
)
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.exchange.json_checks import (
    _base64,
    _base64_length,
    _date,
    _fail,
    _Invalid,
    _join,
    _kind_of,
    _list,
    _object,
    _object_hook,
    _reject_constant,
    _shown,
    _text,
    _uuid,
)
from workshop_app.exchange.json_keys import (
    _UTF8_BOM,
    ACTOR_KEYS,
    ACTOR_MAP_KEYS,
    AGENDA_KEYS,
    ASSESSMENT_KEYS,
    BUDGET_KEYS,
    CATEGORY_KEYS,
    COUNT_KEYS,
    DECISION_KEYS,
    FEEDBACK_KEYS,
    FORMAT,
    HISTORY_KEYS,
    IDEA_KEYS,
    MAP_KEYS,
    MAX_ACTORS,
    MAX_AGENDA_ITEMS,
    MAX_APP_VERSION_TEXT,
    MAX_ASSESSMENTS,
    MAX_CATEGORIES,
    MAX_COUNT_SESSIONS,
    MAX_DECISIONS,
    MAX_FEEDBACK,
    MAX_IDEAS,
    MAX_JSON_BYTES,
    MAX_MEETINGS,
    MAX_PLAN_ENTRIES,
    MAX_RELATIONS,
    MAX_SCOPE_ROWS,
    MAX_TRIAL_ROWS,
    MAX_TRIALS,
    MAX_VOTES,
    MEETING_KEYS,
    PERMIT_KEYS,
    PLAN_KEYS,
    PROJECT_KEYS,
    PROJECT_KEYS_V5,
    PROJECT_KEYS_V6,
    RATING_KEYS,
    RELATION_KEYS,
    SCOPE_KEYS,
    TOP_LEVEL_KEYS,
    TOP_LEVEL_KEYS_V1,
    TOP_LEVEL_KEYS_V2,
    TOP_LEVEL_KEYS_V3,
    TRIAL_BOOK_KEYS,
    TRIAL_KEYS,
    VERSION,
    VOTE_KEYS,
)
from workshop_app.exchange.json_meetings import check_meeting_links, read_meeting
from workshop_app.exchange.json_print import read_print_fields
from workshop_app.exchange.json_read_phases import (
    _actor_map,
    _trial_book,
)
from workshop_app.exchange.json_write import (
    dumps,
    to_data,
)

__all__ = [
    "ACTOR_KEYS",
    "ACTOR_MAP_KEYS",
    "AGENDA_KEYS",
    "ASSESSMENT_KEYS",
    "BUDGET_KEYS",
    "CATEGORY_KEYS",
    "COUNT_KEYS",
    "DECISION_KEYS",
    "FEEDBACK_KEYS",
    "FORMAT",
    "HISTORY_KEYS",
    "IDEA_KEYS",
    "MAP_KEYS",
    "MAX_ACTORS",
    "MAX_AGENDA_ITEMS",
    "MAX_APP_VERSION_TEXT",
    "MAX_ASSESSMENTS",
    "MAX_CATEGORIES",
    "MAX_COUNT_SESSIONS",
    "MAX_DECISIONS",
    "MAX_FEEDBACK",
    "MAX_IDEAS",
    "MAX_JSON_BYTES",
    "MAX_MEETINGS",
    "MAX_PLAN_ENTRIES",
    "MAX_RELATIONS",
    "MAX_SCOPE_ROWS",
    "MAX_TRIALS",
    "MAX_TRIAL_ROWS",
    "MAX_VOTES",
    "MEETING_KEYS",
    "PERMIT_KEYS",
    "PLAN_KEYS",
    "PROJECT_KEYS",
    "RATING_KEYS",
    "RELATION_KEYS",
    "SCOPE_KEYS",
    "TOP_LEVEL_KEYS",
    "TOP_LEVEL_KEYS_V1",
    "TOP_LEVEL_KEYS_V2",
    "TOP_LEVEL_KEYS_V3",
    "TRIAL_BOOK_KEYS",
    "TRIAL_KEYS",
    "VERSION",
    "VOTE_KEYS",
    "dumps",
    "loads",
    "read_file",
    "to_data",
]


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


def _flag(raw: dict[str, Any], key: str, path: str) -> bool:
    value = raw[key]
    if not isinstance(value, bool):
        _fail(_join(path, key), f"must be true or false, not {_kind_of(value)}")
    return value


def _scope_value(spec: Field, raw: object, path: str) -> Any:
    if spec.kind in (Kind.TEXT, Kind.LONG):
        _text(raw, path, MAX_TEXT if spec.kind is Kind.LONG else MAX_SHORT_TEXT)
    try:
        return from_plain(spec, raw)
    except InvalidScopeValue as exc:
        _fail(path, str(exc))


#: The longest base64 text of an image within the byte limit.
_MAX_BASE64 = _base64_length(MAP_MAX_BYTES)


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
    b64_path = _join(path, "data_base64")
    limit = MAP_MAX_BYTES // (1024 * 1024)
    data = _base64(
        raw["data_base64"],
        b64_path,
        _MAX_BASE64,
        f"the image is larger than {limit} MB, the limit for a map image",
    )
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


def _snapshot(data: object) -> ProjectSnapshot:
    _check_header(data)
    version = data["version"] if isinstance(data, dict) else VERSION
    keys = {1: TOP_LEVEL_KEYS_V1, 2: TOP_LEVEL_KEYS_V2, 3: TOP_LEVEL_KEYS_V3}.get(
        version, TOP_LEVEL_KEYS
    )
    top = _object(data, "", keys)
    _text(top["app_version"], "app_version", MAX_APP_VERSION_TEXT)
    seen: dict[str, str] = {}

    project_keys = {6: PROJECT_KEYS_V6}.get(
        version, PROJECT_KEYS if version >= 7 else PROJECT_KEYS_V5
    )
    raw_project = _object(top["project"], "project", project_keys)

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
        named_participants=(
            _flag(raw_project, "named_participants", "project") if version >= 6 else False
        ),
        **read_print_fields(raw_project, version),
    )

    meetings = [
        read_meeting(raw, m_index, seen, version)
        for m_index, raw in enumerate(_list(top["meetings"], "meetings", MAX_MEETINGS, "meetings"))
    ]
    if not project.named_participants:
        for m_index, meeting in enumerate(meetings):
            if meeting.participants:
                _fail(
                    f"meetings[{m_index}].participants",
                    "the project does not list participants by name (project.named_participants "
                    "is false)",
                )
    scope = _scope(top["scope"], seen) if version >= 2 else Scope()
    actor_map = _actor_map(top["actors"], seen, version) if version >= 3 else ActorMap()
    trial_book = (
        _trial_book(
            top["trials"],
            seen,
            {m.meeting.uuid: n for n, m in enumerate(meetings)},
            {a.uuid: a.position for a in actor_map.actors},
            version,
        )
        if version >= 4
        else TrialBook()
    )
    linked = check_meeting_links(meetings, actor_map, scope, trial_book)
    return ProjectSnapshot(project, linked, scope, actor_map, trial_book)


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
