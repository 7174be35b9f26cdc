"""Meetings in the JSON exchange format: reading (every version) and writing (``VERSION``).

Since version 6 a meeting carries its ``kind``, ``facilitators`` and ``phase`` and what it
gathered: ``actors_present`` (actor uuids), ``citizen_counts`` (``age_band``, ``group``,
``count``), named ``participants``, captured ``notes`` (``item`` is an agenda item of the same
meeting or null, ``at`` a local time "YYYY-MM-DDTHH:MM:SS", ``became_kind``/``became_uuid`` what
the note became), ``actions``, ``decisions`` (``note`` the note they came from, or "") and the
``live`` console's state (or null). An agenda item has ``materials``, ``notes`` and
``extra_min``. Older files import with the defaults (kind "other", nothing gathered).

What a meeting refers to outside itself (actors present, what a note became) is checked by
:func:`check_meeting_links` once the whole file is read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from workshop_app.domain.actors import ActorMap
from workshop_app.domain.limits import MAX_DURATION_MIN
from workshop_app.domain.meetings import (
    ATTENDANCE_GROUPS,
    MAX_CITIZENS,
    MAX_PAUSE_S,
    MEETING_KINDS,
    MEETING_PHASES,
    NOTE_KINDS,
    ActionItem,
    CitizenCount,
    InvalidMeetingValue,
    LiveState,
    MeetingDecision,
    Note,
    Participant,
    check_live_state,
    citizen_order,
)
from workshop_app.domain.model import (
    MAX_SHORT_TEXT,
    MAX_TEXT,
    AgendaItem,
    Meeting,
    MeetingWithAgenda,
)
from workshop_app.domain.scope import Scope
from workshop_app.domain.trials import TrialBook
from workshop_app.domain.vocabulary import AGE_BANDS
from workshop_app.exchange.json_checks import (
    _date,
    _duration,
    _fail,
    _join,
    _kind_of,
    _list,
    _object,
    _shown,
    _text,
    _time,
    _uuid,
)
from workshop_app.exchange.json_keys import (
    _MOMENT_RE,
    _UUID_RE,
    ACTION_KEYS,
    AGENDA_KEYS,
    AGENDA_KEYS_V5,
    CITIZEN_COUNT_KEYS,
    LIVE_KEYS,
    MAX_AGENDA_ITEMS,
    MAX_MEETING_ROWS,
    MEETING_DECISION_KEYS,
    MEETING_KEYS,
    MEETING_KEYS_V5,
    NOTE_KEYS,
    PARTICIPANT_KEYS,
)

# -- reading -----------------------------------------------------------------------------------


def _choice(value: object, path: str, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        shown = _shown(value) if isinstance(value, str) else _kind_of(value)
        listed = ", ".join(f'"{c}"' for c in choices)
        _fail(path, f"must be one of {listed}, not {shown}")
    return value


def _bool(value: object, path: str) -> bool:
    if not isinstance(value, bool):
        _fail(path, f"must be true or false, not {_kind_of(value)}")
    return value


def _whole(value: object, path: str, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
        _fail(path, f"must be a whole number from 0 to {high}")
    return value


def _moment(value: object, path: str, *, empty: bool = True) -> dt.datetime | None:
    if value is None and empty:
        return None
    match = _MOMENT_RE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        shown = _shown(value) if isinstance(value, str) else _kind_of(value)
        _fail(
            path, f'must be a time "YYYY-MM-DDTHH:MM:SS"{" or null" if empty else ""}, not {shown}'
        )
    try:
        y, mo, d, h, mi, sec = (int(match[n]) for n in range(1, 7))
        return dt.datetime(y, mo, d, h, mi, sec)
    except ValueError:
        _fail(path, f"{_shown(match[0])} is not a real date and time")


def _link(value: object, path: str, known: Sequence[str], what: str, *, empty: Any) -> Any:
    """A uuid among ``known`` (uuids of the same meeting), or the ``empty`` value."""
    if value == empty and (empty is None or isinstance(value, str)):
        return empty
    if not isinstance(value, str) or _UUID_RE.fullmatch(value) is None:
        shown = _shown(value) if isinstance(value, str) else _kind_of(value)
        _fail(path, f"must be the uuid of {what} of this meeting, not {shown}")
    if value not in known:
        _fail(path, f"this meeting has no {what} with the uuid {value}")
    return value


def _agenda_item(
    raw_item: object, path: str, meeting_uuid: str, index: int, seen: dict[str, str], version: int
) -> AgendaItem:
    item = _object(raw_item, path, AGENDA_KEYS if version >= 6 else AGENDA_KEYS_V5)
    extra: dict[str, Any] = {}
    if version >= 6:
        extra = {
            "materials": _text(item["materials"], _join(path, "materials"), MAX_TEXT),
            "notes": _text(item["notes"], _join(path, "notes"), MAX_TEXT),
            "extra_min": _whole(item["extra_min"], _join(path, "extra_min"), MAX_DURATION_MIN),
        }
    return AgendaItem(
        uuid=_uuid(item["uuid"], _join(path, "uuid"), seen),
        meeting_uuid=meeting_uuid,
        position=index,
        title=_text(item["title"], _join(path, "title"), MAX_SHORT_TEXT),
        duration_min=_duration(item["duration_min"], _join(path, "duration_min")),
        method=_text(item["method"], _join(path, "method"), MAX_SHORT_TEXT),
        responsible=_text(item["responsible"], _join(path, "responsible"), MAX_SHORT_TEXT),
        **extra,
    )


def read_meeting(
    raw: object, m_index: int, seen: dict[str, str], version: int
) -> MeetingWithAgenda:
    """``meetings[m_index]`` of a file of ``version``, with its agenda and (since version 6)
    everything it gathered; links outside the meeting are checked later."""
    path = f"meetings[{m_index}]"
    raw_meeting = _object(raw, path, MEETING_KEYS if version >= 6 else MEETING_KEYS_V5)
    uuid = _uuid(raw_meeting["uuid"], _join(path, "uuid"), seen)
    extra: dict[str, Any] = {}
    if version >= 6:
        extra = {
            "kind": _choice(raw_meeting["kind"], _join(path, "kind"), MEETING_KINDS),
            "facilitators": _text(
                raw_meeting["facilitators"], _join(path, "facilitators"), MAX_SHORT_TEXT
            ),
            "phase": _choice(raw_meeting["phase"], _join(path, "phase"), MEETING_PHASES),
        }
    meeting = Meeting(
        uuid=uuid,
        position=m_index,
        title=_text(raw_meeting["title"], _join(path, "title"), MAX_SHORT_TEXT),
        date=_date(raw_meeting["date"], _join(path, "date")),
        start_time=_time(raw_meeting["start_time"], _join(path, "start_time")),
        place=_text(raw_meeting["place"], _join(path, "place"), MAX_SHORT_TEXT),
        purpose=_text(raw_meeting["purpose"], _join(path, "purpose"), MAX_TEXT),
        **extra,
    )
    a_path = _join(path, "agenda")
    agenda = tuple(
        _agenda_item(item, f"{a_path}[{n}]", uuid, n, seen, version)
        for n, item in enumerate(
            _list(raw_meeting["agenda"], a_path, MAX_AGENDA_ITEMS, "agenda items")
        )
    )
    if version < 6:
        return MeetingWithAgenda(meeting, agenda)
    return MeetingWithAgenda(meeting, agenda, **_records(raw_meeting, path, uuid, agenda, seen))


def _rows(
    raw: dict[str, Any], path: str, key: str, read: Callable[[object, str, int], Any]
) -> tuple[Any, ...]:
    l_path = _join(path, key)
    return tuple(
        read(row, f"{l_path}[{n}]", n)
        for n, row in enumerate(_list(raw[key], l_path, MAX_MEETING_ROWS, key))
    )


def _records(
    raw: dict[str, Any], path: str, uuid: str, agenda: tuple[AgendaItem, ...], seen: dict[str, str]
) -> dict[str, Any]:
    items = [i.uuid for i in agenda]

    def head(row: dict[str, Any], p: str, n: int) -> tuple[str, str, int]:
        """What every record of the meeting starts with: its own uuid, the meeting's, its
        position."""
        return _uuid(row["uuid"], _join(p, "uuid"), seen), uuid, n

    def actor(value: object, p: str, n: int) -> str:
        if not isinstance(value, str) or _UUID_RE.fullmatch(value) is None:
            shown = _shown(value) if isinstance(value, str) else _kind_of(value)
            _fail(p, f"must be the uuid of an actor, not {shown}")
        return value

    def count(value: object, p: str, n: int) -> CitizenCount:
        row = _object(value, p, CITIZEN_COUNT_KEYS)
        return CitizenCount(
            uuid,
            _choice(row["age_band"], _join(p, "age_band"), AGE_BANDS),
            _choice(row["group"], _join(p, "group"), ATTENDANCE_GROUPS),
            _whole(row["count"], _join(p, "count"), MAX_CITIZENS),
        )

    def participant(value: object, p: str, n: int) -> Participant:
        row = _object(value, p, PARTICIPANT_KEYS)
        return Participant(
            *head(row, p, n),
            _text(row["name"], _join(p, "name"), MAX_SHORT_TEXT),
            _bool(row["consent"], _join(p, "consent")),
            _date(row["delete_by"], _join(p, "delete_by")),
        )

    def note(value: object, p: str, n: int) -> Note:
        row = _object(value, p, NOTE_KEYS)
        kind = _choice(row["became_kind"], _join(p, "became_kind"), ("", *NOTE_KINDS))
        became = row["became_uuid"]
        if kind and (not isinstance(became, str) or _UUID_RE.fullmatch(became) is None):
            _fail(_join(p, "became_uuid"), f"must be the uuid of the {kind} the note became")
        if not kind and became != "":
            _fail(_join(p, "became_uuid"), 'must be "" while became_kind is ""')
        at = _moment(row["at"], _join(p, "at"), empty=False)
        assert at is not None
        return Note(
            *head(row, p, n),
            _link(row["item"], _join(p, "item"), items, "an agenda item", empty=None),
            at,
            _text(row["text"], _join(p, "text"), MAX_TEXT),
            kind,
            became,
        )

    notes = _rows(raw, path, "notes", note)
    note_uuids = [n.uuid for n in notes]

    def action(value: object, p: str, n: int) -> ActionItem:
        row = _object(value, p, ACTION_KEYS)
        return ActionItem(
            *head(row, p, n),
            _text(row["what"], _join(p, "what"), MAX_TEXT),
            _text(row["who"], _join(p, "who"), MAX_SHORT_TEXT),
            _date(row["due"], _join(p, "due")),
            _bool(row["done"], _join(p, "done")),
            _link(row["note"], _join(p, "note"), note_uuids, "a note", empty=""),
        )

    def decision(value: object, p: str, n: int) -> MeetingDecision:
        row = _object(value, p, MEETING_DECISION_KEYS)
        return MeetingDecision(
            *head(row, p, n),
            _text(row["text"], _join(p, "text"), MAX_TEXT),
            _link(row["note"], _join(p, "note"), note_uuids, "a note", empty=""),
        )

    counts = _rows(raw, path, "citizen_counts", count)
    cells = [(c.age_band, c.group) for c in counts]
    if len(set(cells)) != len(cells):
        _fail(_join(path, "citizen_counts"), "a cell (age band and group) is given more than once")
    present = _rows(raw, path, "actors_present", actor)
    if len(set(present)) != len(present):
        _fail(_join(path, "actors_present"), "an actor is given more than once")
    return {
        "actors_present": present,
        "citizen_counts": tuple(sorted(counts, key=citizen_order)),
        "participants": _rows(raw, path, "participants", participant),
        "notes": notes,
        "actions": _rows(raw, path, "actions", action),
        "decisions": _rows(raw, path, "decisions", decision),
        "live": _live(raw["live"], _join(path, "live"), uuid, items),
    }


def _live(value: object, path: str, meeting_uuid: str, items: Sequence[str]) -> LiveState | None:
    if value is None:
        return None
    row = _object(value, path, LIVE_KEYS)
    state = LiveState(
        meeting_uuid,
        _moment(row["started_at"], _join(path, "started_at")),
        _link(row["item"], _join(path, "item"), items, "an agenda item", empty=None),
        _moment(row["item_started_at"], _join(path, "item_started_at")),
        _moment(row["paused_at"], _join(path, "paused_at")),
        _whole(row["paused_s"], _join(path, "paused_s"), MAX_PAUSE_S),
        _moment(row["ended_at"], _join(path, "ended_at")),
    )
    try:
        return check_live_state(state)
    except InvalidMeetingValue as exc:
        _fail(path, str(exc))


def check_meeting_links(
    meetings: Sequence[MeetingWithAgenda], actors: ActorMap, scope: Scope, trials: TrialBook
) -> tuple[MeetingWithAgenda, ...]:
    """Refuse links to what the file does not hold (the actors present, what a note became);
    the actors present come back in the register's order, as the app stores them."""
    known = {
        "actor": {a.uuid: a.position for a in actors.actors},
        "idea": {i.uuid: 0 for i in trials.ideas},
        "knowledge": {r.uuid: 0 for r in scope.rows if r.list_key == "knowledge"},
    }
    out = []
    for m_index, meeting in enumerate(meetings):
        path = f"meetings[{m_index}]"
        for n, actor in enumerate(meeting.actors_present):
            if actor not in known["actor"]:
                _fail(f"{path}.actors_present[{n}]", f"there is no actor with the uuid {actor}")
        known["decision"] = {d.uuid: 0 for d in meeting.decisions}
        known["action"] = {a.uuid: 0 for a in meeting.actions}
        for n, note in enumerate(meeting.notes):
            if note.became_kind and note.became_uuid not in known[note.became_kind]:
                what = "knowledge need" if note.became_kind == "knowledge" else note.became_kind
                where = " in this meeting" if note.became_kind in ("decision", "action") else ""
                _fail(
                    f"{path}.notes[{n}].became_uuid",
                    f"there is no {what}{where} with the uuid {note.became_uuid}",
                )
        present = tuple(sorted(meeting.actors_present, key=known["actor"].__getitem__))
        out.append(dataclasses.replace(meeting, actors_present=present))
    return tuple(out)


# -- writing -----------------------------------------------------------------------------------


def _date_text(value: dt.date | None) -> str | None:
    return None if value is None else f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def _time_text(value: dt.time | None) -> str | None:
    return None if value is None else f"{value.hour:02d}:{value.minute:02d}"


def moment_text(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    return f"{_date_text(value.date())}T{value.hour:02d}:{value.minute:02d}:{value.second:02d}"


def meeting_data(entry: MeetingWithAgenda) -> dict[str, Any]:
    """A meeting as written by format ``VERSION``, keys in the documented order."""
    m = entry.meeting
    live = entry.live
    return {
        "uuid": m.uuid,
        "title": m.title,
        "date": _date_text(m.date),
        "start_time": _time_text(m.start_time),
        "place": m.place,
        "purpose": m.purpose,
        "kind": m.kind,
        "facilitators": m.facilitators,
        "phase": m.phase,
        "agenda": [
            {
                "uuid": i.uuid,
                "title": i.title,
                "duration_min": i.duration_min,
                "method": i.method,
                "responsible": i.responsible,
                "materials": i.materials,
                "notes": i.notes,
                "extra_min": i.extra_min,
            }
            for i in entry.agenda
        ],
        "actors_present": list(entry.actors_present),
        "citizen_counts": [
            {"age_band": c.age_band, "group": c.group, "count": c.count}
            for c in sorted(entry.citizen_counts, key=citizen_order)
            if c.count is not None
        ],
        "participants": [
            {
                "uuid": p.uuid,
                "name": p.name,
                "consent": p.consent,
                "delete_by": _date_text(p.delete_by),
            }
            for p in entry.participants
        ],
        "notes": [
            {
                "uuid": n.uuid,
                "item": n.item_uuid,
                "at": moment_text(n.at),
                "text": n.text,
                "became_kind": n.became_kind,
                "became_uuid": n.became_uuid,
            }
            for n in entry.notes
        ],
        "actions": [
            {
                "uuid": a.uuid,
                "what": a.what,
                "who": a.who,
                "due": _date_text(a.due),
                "done": a.done,
                "note": a.note_uuid,
            }
            for a in entry.actions
        ],
        "decisions": [
            {"uuid": d.uuid, "text": d.text, "note": d.note_uuid} for d in entry.decisions
        ],
        "live": None
        if live is None
        else {
            "started_at": moment_text(live.started_at),
            "item": live.item_uuid,
            "item_started_at": moment_text(live.item_started_at),
            "paused_at": moment_text(live.paused_at),
            "paused_s": live.paused_s,
            "ended_at": moment_text(live.ended_at),
        },
    }
