"""Property tests: valid snapshots round-trip exactly; mutated JSON gives only ``KnownError``."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from workshop_app.domain.model import (
    MAX_DURATION_MIN,
    AgendaItem,
    Meeting,
    MeetingWithAgenda,
    Project,
    ProjectSnapshot,
)
from workshop_app.domain.scope import FIELDS, LISTS, Field, Kind, MapImage, Scope, ScopeRow
from workshop_app.domain.scope_values import canonical, full_row_values
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.exchange.json_format import dumps, loads

# Any text a user could store: everything except C0 control characters (\n \t \r are allowed)
# and lone surrogates, which are not text.
C0_CONTROLS = "".join(chr(c) for c in range(0x20) if chr(c) not in "\n\t\r")
user_chars = st.characters(exclude_categories=["Cs"], exclude_characters=C0_CONTROLS)
short_text = st.text(user_chars, max_size=30)
dates = st.none() | st.dates()
times = st.none() | st.builds(dt.time, st.integers(0, 23), st.integers(0, 59))


def _tiny_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (3, 2), (1, 2, 3)).save(out, format="PNG")
    return out.getvalue()


TINY_PNG = _tiny_png()


def scope_values(spec: Field) -> st.SearchStrategy[Any]:
    if spec.kind in (Kind.TEXT, Kind.LONG):
        return short_text
    if spec.kind is Kind.CHOICE:
        return st.sampled_from(("", *spec.choices))
    if spec.kind is Kind.MULTI:
        return st.sets(st.sampled_from(spec.choices)).map(
            lambda chosen: tuple(c for c in spec.choices if c in chosen)
        )
    if spec.kind is Kind.FLAG:
        return st.booleans()
    if spec.kind is Kind.DATE:
        return dates
    return st.none() | st.integers(-(10**12), 10**12)


@st.composite
def scopes(draw: st.DrawFn, ids: list[str]) -> Scope:
    """A scope: some values, rows in up to a few lists, sometimes a map (ids taken from ``ids``)."""
    keys = draw(st.sets(st.sampled_from(tuple(FIELDS)), max_size=5))
    values = {key: draw(scope_values(FIELDS[key])) for key in sorted(keys)}
    rows = []
    for position, list_key in enumerate(
        draw(st.lists(st.sampled_from(tuple(LISTS)), max_size=min(3, len(ids) - 1)))
    ):
        columns = LISTS[list_key].columns
        picked = draw(st.sets(st.sampled_from(tuple(c.key for c in columns)), max_size=3))
        row_values = {c.key: draw(scope_values(c)) for c in columns if c.key in picked}
        rows.append(ScopeRow(ids.pop(), list_key, position, full_row_values(list_key, row_values)))
    image = None
    if len(ids) > 0 and draw(st.booleans()):
        image = MapImage(ids.pop(), draw(short_text), "image/png", 3, 2, TINY_PNG)
    return canonical(Scope(values=values, rows=tuple(rows), map_image=image))


@st.composite
def snapshots(draw: st.DrawFn) -> ProjectSnapshot:
    agenda_sizes = draw(st.lists(st.integers(0, 4), max_size=4))
    scope_ids = 4  # at most three rows and a map
    ids = [
        str(u)
        for u in draw(
            st.lists(
                st.uuids(),
                min_size=1 + len(agenda_sizes) + sum(agenda_sizes) + scope_ids,
                max_size=1 + len(agenda_sizes) + sum(agenda_sizes) + scope_ids,
                unique=True,
            )
        )
    ]
    scope_id_pool = [ids.pop() for _ in range(scope_ids)]
    project = Project(
        uuid=ids.pop(),
        name=draw(short_text),
        town=draw(short_text),
        municipality=draw(short_text),
        description=draw(short_text),
        facilitators=draw(short_text),
        start_date=draw(dates),
        end_date=draw(dates),
    )
    meetings: list[MeetingWithAgenda] = []
    for m_pos, size in enumerate(agenda_sizes):
        meeting = Meeting(
            uuid=ids.pop(),
            position=m_pos,
            title=draw(short_text),
            date=draw(dates),
            start_time=draw(times),
            place=draw(short_text),
            purpose=draw(short_text),
        )
        agenda = tuple(
            AgendaItem(
                uuid=ids.pop(),
                meeting_uuid=meeting.uuid,
                position=a_pos,
                title=draw(short_text),
                duration_min=draw(st.integers(0, MAX_DURATION_MIN)),
                method=draw(short_text),
                responsible=draw(short_text),
            )
            for a_pos in range(size)
        )
        meetings.append(MeetingWithAgenda(meeting, agenda))
    return ProjectSnapshot(project, tuple(meetings), draw(scopes(scope_id_pool)))


@given(snapshots())
def test_valid_snapshots_round_trip_exactly(snapshot: ProjectSnapshot) -> None:
    text = dumps(snapshot)
    assert loads(text) == snapshot
    assert loads(text.encode("utf-8")) == snapshot
    assert dumps(loads(text)) == text


# Any JSON value, including NaN/Infinity, lone surrogates and integers too big for a duration.
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(st.characters(codec=None), max_size=10)
    | st.sampled_from([str(uuid.UUID(int=1)), "2025-01-01", "09:30", "", 10**30, -1, 1441]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _locations(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside the document (the document itself excluded)."""
    found: list[tuple[Any, ...]] = []
    if isinstance(value, dict):
        for key, child in value.items():
            found.append((*path, key))
            found.extend(_locations(child, (*path, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.append((*path, index))
            found.extend(_locations(child, (*path, index)))
    return found


def _container(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        data = data[step]
    return data


def _check(raw: bytes | str) -> None:
    """The one promise: a snapshot, or a KnownError(BAD_JSON) with a printable problem."""
    try:
        snapshot = loads(raw, "fuzz.json")
    except KnownError as error:
        assert error.kind is ErrorKind.BAD_JSON
        assert error.path == "fuzz.json"
        assert error.details["problem"]
        error.message("da").encode("utf-8")
        error.message("en").encode("utf-8")
    else:
        assert isinstance(snapshot, ProjectSnapshot)
        assert loads(dumps(snapshot)) == snapshot


mutation_settings = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@mutation_settings
@given(snapshots(), st.data())
def test_replaced_values_give_only_known_errors(snapshot: ProjectSnapshot, data: Any) -> None:
    doc = json.loads(dumps(snapshot))
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(_locations(doc)))
        action = data.draw(st.sampled_from(["replace", "delete", "add"]))
        target = _container(doc, path)
        if action == "replace":
            target[path[-1]] = data.draw(json_values)
        elif action == "delete":
            del target[path[-1]]
        elif isinstance(target, dict):
            target[data.draw(st.text(max_size=8))] = data.draw(json_values)
        else:
            target.insert(path[-1], data.draw(json_values))
        if not isinstance(doc, dict) or not _locations(doc):
            break
    _check(json.dumps(doc, ensure_ascii=data.draw(st.booleans())))


@mutation_settings
@given(snapshots(), st.data())
def test_flipped_bytes_give_only_known_errors(snapshot: ProjectSnapshot, data: Any) -> None:
    raw = bytearray(dumps(snapshot).encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 4))):
        index = data.draw(st.integers(0, len(raw) - 1))
        raw[index] = data.draw(st.integers(0, 255))
    _check(bytes(raw))


@mutation_settings
@given(snapshots(), st.data())
def test_truncated_files_give_only_known_errors(snapshot: ProjectSnapshot, data: Any) -> None:
    raw = dumps(snapshot).encode("utf-8")
    cut = data.draw(st.integers(0, len(raw) - 1))
    _check(raw[:cut])


@given(st.binary(max_size=200))
def test_random_bytes_give_only_known_errors(raw: bytes) -> None:
    _check(raw)


@given(json_values)
def test_random_json_gives_only_known_errors(value: Any) -> None:
    _check(json.dumps(value))
