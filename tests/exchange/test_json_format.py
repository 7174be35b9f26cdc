"""The JSON exchange format: exact round trips, every validation rule, and reading files safely."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from workshop_app import __version__
from workshop_app.domain.model import (
    MAX_SHORT_TEXT,
    MAX_TEXT,
    AgendaItem,
    Meeting,
    MeetingWithAgenda,
    Project,
    ProjectSnapshot,
)
from workshop_app.domain.validation import InvalidValue, check_text
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.exchange.json_format import (
    AGENDA_KEYS,
    FORMAT,
    MAX_AGENDA_ITEMS,
    MAX_JSON_BYTES,
    MAX_MEETINGS,
    MEETING_KEYS,
    PROJECT_KEYS,
    VERSION,
    dumps,
    loads,
    read_file,
    to_data,
)
from workshop_app.exchange.json_keys import MEETING_RECORD_KEYS

P_UUID = "0a0b0c0d-0000-4000-8000-00000000abcd"
M0_UUID = "11111111-1111-4111-8111-111111111111"
M1_UUID = "22222222-2222-4222-8222-222222222222"
A0_UUID = "33333333-3333-4333-8333-333333333333"
A1_UUID = "44444444-4444-4444-8444-444444444444"
A2_UUID = "55555555-5555-4555-8555-555555555555"


def danish_snapshot() -> ProjectSnapshot:
    project = Project(
        uuid=P_UUID,
        name="Levende bymidte i Ærøskøbing 🏘️",
        town="Ærøskøbing",
        municipality="Ærø Kommune",
        description="Tomme butikker på Vestergade.\nVi vil afprøve et byrum — midlertidigt.\t✓",
        facilitators="Søren Østergaard, Åse Bæk",
        start_date=dt.date(2025, 1, 6),
        end_date=None,
    )
    first = Meeting(
        uuid=M0_UUID,
        position=0,
        title="Stormøde på biblioteket",
        date=dt.date(2025, 2, 3),
        start_time=dt.time(18, 30),
        place="Biblioteket, Torvet 1",
        purpose="Hvad skal der til, for at du handler i byen? 🛍️\r\nAlle er velkomne.",
    )
    second = Meeting(uuid=M1_UUID, position=1)  # empty strings, no date, no time, no agenda
    agenda = (
        AgendaItem(A0_UUID, M0_UUID, 0, "Velkomst og kaffe ☕", 15, "Plenum", "Borgmester"),
        AgendaItem(A1_UUID, M0_UUID, 1, "Byvandring", 0, "", ""),
        AgendaItem(A2_UUID, M0_UUID, 2, "Idéværksted: “Hvad nu?”", 1440, "Workshop", "Åse"),
    )
    return ProjectSnapshot(
        project=project,
        meetings=(MeetingWithAgenda(first, agenda), MeetingWithAgenda(second, ())),
    )


def valid_data() -> dict[str, Any]:
    return to_data(danish_snapshot())


def problem_of(raw: bytes | str) -> str:
    with pytest.raises(KnownError) as info:
        loads(raw, "import.json")
    assert info.value.kind is ErrorKind.BAD_JSON
    assert info.value.path == "import.json"
    problem = info.value.details["problem"]
    assert problem
    # The message is printable everywhere: no lone surrogates, no raw control characters.
    info.value.message("da").encode("utf-8")
    assert all(ch >= " " for ch in problem)
    return problem


def problem_after(change: Callable[[dict[str, Any]], object]) -> str:
    data = valid_data()
    change(data)
    return problem_of(json.dumps(data))


# ------------------------------------------------------------------------------- round trips


def test_round_trip_is_exact() -> None:
    snapshot = danish_snapshot()
    text = dumps(snapshot)
    assert loads(text) == snapshot
    assert loads(text.encode("utf-8")) == snapshot
    assert dumps(loads(text)) == text


def test_dumps_is_deterministic_readable_and_ends_with_newline() -> None:
    text = dumps(danish_snapshot())
    assert text == dumps(danish_snapshot())
    assert text.endswith("}\n")
    assert "Ærøskøbing" in text and "🏘️" in text  # not \u-escaped
    assert text.startswith('{\n  "format": "bymidtevaerkstedet-project",\n  "version": 7,\n')


def test_to_data_shape_and_key_order() -> None:
    data = valid_data()
    assert list(data) == [
        "format",
        "version",
        "app_version",
        "project",
        "meetings",
        "scope",
        "actors",
        "trials",
    ]
    assert data["format"] == FORMAT
    assert data["version"] == VERSION
    assert data["app_version"] == __version__
    assert tuple(data["project"]) == PROJECT_KEYS
    assert tuple(data["meetings"][0]) == MEETING_KEYS
    assert tuple(data["meetings"][0]["agenda"][0]) == AGENDA_KEYS
    assert data["project"]["start_date"] == "2025-01-06"
    assert data["project"]["end_date"] is None
    assert data["meetings"][0]["start_time"] == "18:30"
    assert data["meetings"][1]["date"] is None
    assert data["meetings"][1]["agenda"] == []


def test_positions_and_meeting_uuid_come_from_order_and_nesting() -> None:
    snapshot = danish_snapshot()
    odd = dataclasses.replace(
        snapshot,
        meetings=tuple(
            MeetingWithAgenda(
                dataclasses.replace(m.meeting, position=10 + i),
                tuple(
                    dataclasses.replace(a, position=7 * j + 3, meeting_uuid="elsewhere")
                    for j, a in enumerate(m.agenda)
                ),
            )
            for i, m in enumerate(snapshot.meetings)
        ),
    )
    assert dumps(odd) == dumps(snapshot)
    assert loads(dumps(odd)) == snapshot


def test_times_are_written_to_the_minute() -> None:
    snapshot = danish_snapshot()
    entry = snapshot.meetings[0]
    meeting = dataclasses.replace(entry.meeting, start_time=dt.time(9, 5, 59, 123))
    changed = dataclasses.replace(snapshot, meetings=(MeetingWithAgenda(meeting, entry.agenda),))
    assert to_data(changed)["meetings"][0]["start_time"] == "09:05"


def test_early_years_are_zero_padded() -> None:
    snapshot = danish_snapshot()
    project = dataclasses.replace(snapshot.project, start_date=dt.date(33, 4, 5))
    text = dumps(dataclasses.replace(snapshot, project=project))
    assert '"start_date": "0033-04-05"' in text
    assert loads(text).project.start_date == dt.date(33, 4, 5)


def test_limits_are_inclusive() -> None:
    data = valid_data()
    data["project"]["name"] = "æ" * MAX_SHORT_TEXT
    data["project"]["description"] = "ø" * MAX_TEXT
    data["meetings"][0]["purpose"] = "å" * MAX_TEXT
    data["meetings"][1]["agenda"] = [
        {"uuid": f"{i:08x}-0000-4000-8000-0000000000ff", "title": "", "duration_min": 1,
         "method": "", "responsible": "", "materials": "", "notes": "", "extra_min": 0}
        for i in range(MAX_AGENDA_ITEMS)
    ]  # fmt: skip
    snapshot = loads(json.dumps(data))
    assert len(snapshot.meetings[1].agenda) == MAX_AGENDA_ITEMS
    assert snapshot.meetings[1].agenda[-1].position == MAX_AGENDA_ITEMS - 1
    assert snapshot.meetings[1].agenda[0].meeting_uuid == M1_UUID


def test_a_utf8_bom_is_accepted() -> None:
    text = dumps(danish_snapshot())
    assert loads(b"\xef\xbb\xbf" + text.encode("utf-8")) == danish_snapshot()


def test_the_field_lists_cover_the_domain() -> None:
    """A new domain field must reach the format deliberately (and bump VERSION)."""

    def names(cls: type) -> set[str]:
        return {f.name for f in dataclasses.fields(cls)}

    assert names(Project) == set(PROJECT_KEYS)
    assert names(Meeting) - {"position"} == set(MEETING_KEYS) - {"agenda", *MEETING_RECORD_KEYS}
    assert names(MeetingWithAgenda) - {"meeting", "agenda"} == set(MEETING_RECORD_KEYS)
    assert names(AgendaItem) - {"position", "meeting_uuid"} == set(AGENDA_KEYS)


# ------------------------------------------------------------------------- validation rules


def _set(path: tuple[str | int, ...], value: object) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return change


def _delete(path: tuple[str | int, ...]) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]

    return change


NAME = ("project", "name")
DESCRIPTION = ("project", "description")
START = ("project", "start_date")
M0 = ("meetings", 0)
TIME = (*M0, "start_time")
ITEM = (*M0, "agenda", 1)
DURATION = (*ITEM, "duration_min")

RULES: list[tuple[str, Callable[[dict[str, Any]], object], str]] = [
    ("format missing", _delete(("format",)), "format: not a Bymidteværkstedet project export"),
    ("format wrong", _set(("format",), "other-app"), "format: not a Bymidteværkstedet project"),
    ("format not text", _set(("format",), 1), "format: not a Bymidteværkstedet project export"),
    ("version missing", _delete(("version",)), "version: missing"),
    ("version text", _set(("version",), "1"), "version: must be a whole number, not text"),
    ("version bool", _set(("version",), True), "version: must be a whole number, not true/false"),
    ("version float", _set(("version",), 1.0), "version: must be a whole number, not a number"),
    ("version zero", _set(("version",), 0), "version: must be a whole number from 1 to 7"),
    ("version newer", _set(("version",), VERSION + 1), "A newer version of the app is needed"),
    ("version huge", _set(("version",), 10**200), "version: the file uses format version a much"),
    ("unknown top", _set(("colour",), "red"), 'unknown field "colour"'),
    ("unknown project", _set(("project", "mayor"), ""), 'project: unknown field "mayor"'),
    ("unknown meeting", _set((*M0, "colour"), ""), 'meetings[0]: unknown field "colour"'),
    ("unknown item", _set((*ITEM, "position"), 1), 'meetings[0].agenda[1]: unknown field "posit'),
    ("missing top", _delete(("meetings",)), 'missing field "meetings"'),
    ("missing app_version", _delete(("app_version",)), 'missing field "app_version"'),
    ("missing project field", _delete(("project", "town")), 'project: missing field "town"'),
    ("missing meeting field", _delete((*M0, "agenda")), 'meetings[0]: missing field "agenda"'),
    ("missing item field", _delete(DURATION), 'meetings[0].agenda[1]: missing field "duration_'),
    ("app_version number", _set(("app_version",), 1), "app_version: must be text, not a number"),
    ("app_version long", _set(("app_version",), "1" * 101), "app_version: is too long"),
    ("project not object", _set(("project",), []), "project: must be an object {...}, not a list"),
    ("project null", _set(("project",), None), "project: must be an object {...}, not null"),
    ("meetings object", _set(("meetings",), {}), "meetings: must be a list [...], not an object"),
    ("meeting text", _set(M0, "x"), "meetings[0]: must be an object {...}, not text"),
    ("agenda null", _set((*M0, "agenda"), None), "meetings[0].agenda: must be a list [...], not"),
    ("item list", _set(ITEM, []), "meetings[0].agenda[1]: must be an object {...}, not a list"),
    ("too many meetings", _set(("meetings",), [None] * (MAX_MEETINGS + 1)),
     f"meetings: has {MAX_MEETINGS + 1} meetings; at most {MAX_MEETINGS} are allowed"),
    ("too many items", _set((*M0, "agenda"), [None] * (MAX_AGENDA_ITEMS + 1)),
     f"meetings[0].agenda: has {MAX_AGENDA_ITEMS + 1} agenda items; at most {MAX_AGENDA_ITEMS}"),
    ("name number", _set(NAME, 7), "project.name: must be text, not a number"),
    ("name null", _set(NAME, None), "project.name: must be text, not null"),
    ("name bool", _set(NAME, False), "project.name: must be text, not true/false"),
    ("name long", _set(NAME, "x" * (MAX_SHORT_TEXT + 1)),
     f"project.name: is too long ({MAX_SHORT_TEXT + 1} characters; at most {MAX_SHORT_TEXT})"),
    ("town long", _set(("project", "town"), "x" * 501), "project.town: is too long"),
    ("municipality long", _set(("project", "municipality"), "x" * 501), "project.municipality"),
    ("facilitators long", _set(("project", "facilitators"), "x" * 501), "project.facilitators"),
    ("description long", _set(DESCRIPTION, "x" * (MAX_TEXT + 1)),
     f"project.description: is too long ({MAX_TEXT + 1} characters; at most {MAX_TEXT})"),
    ("meeting title long", _set((*M0, "title"), "x" * 501), "meetings[0].title: is too long"),
    ("place long", _set((*M0, "place"), "x" * 501), "meetings[0].place: is too long"),
    ("purpose long", _set((*M0, "purpose"), "x" * 20_001), "meetings[0].purpose: is too long"),
    ("item title long", _set((*ITEM, "title"), "x" * 501), "meetings[0].agenda[1].title: is too"),
    ("method long", _set((*ITEM, "method"), "x" * 501), "meetings[0].agenda[1].method: is too"),
    ("responsible long", _set((*ITEM, "responsible"), "x" * 501), "agenda[1].responsible: is"),
    ("NUL", _set(NAME, "a\x00b"), "project.name: contains the control character U+0000"),
    ("escape", _set(DESCRIPTION, "\x1b[31m"), "project.description: contains the control char"),
    ("surrogate", _set(NAME, "\ud800"), "project.name: contains an unpaired surrogate U+D800"),
    ("uuid upper", _set(("project", "uuid"), P_UUID.upper()), "project.uuid: must be a lowercase"),
    ("uuid braces", _set((*M0, "uuid"), "{" + M0_UUID + "}"), "meetings[0].uuid: must be a"),
    ("uuid no dashes", _set((*ITEM, "uuid"), "3" * 32), "meetings[0].agenda[1].uuid: must be"),
    ("uuid number", _set(("project", "uuid"), 5), "project.uuid: must be a lowercase UUID"),
    ("uuid null", _set(("project", "uuid"), None), "not null"),
    ("uuid twice meetings", _set(("meetings", 1, "uuid"), M0_UUID),
     f"meetings[1].uuid: the uuid {M0_UUID} is already used at meetings[0].uuid"),
    ("uuid project reused", _set((*ITEM, "uuid"), P_UUID),
     f"meetings[0].agenda[1].uuid: the uuid {P_UUID} is already used at project.uuid"),
    ("uuid item reused", _set((*ITEM, "uuid"), A0_UUID), "already used at meetings[0].agenda[0]"),
    ("date short", _set(START, "2025-1-6"), 'project.start_date: must be a date "YYYY-MM-DD"'),
    ("date compact", _set(START, "20250106"), 'project.start_date: must be a date "YYYY-MM-DD"'),
    ("date with time", _set(START, "2025-01-06T10:00"), "project.start_date: must be a date"),
    ("date empty", _set(START, ""), "project.start_date: must be a date"),
    ("date number", _set(START, 20250106), "project.start_date: must be a date"),
    ("date unicode digits", _set(START, "２０２５-01-06"), "project.start_date: must be a date"),
    ("date impossible", _set(("project", "end_date"), "2025-02-29"), "is not a real date"),
    ("date year zero", _set((*M0, "date"), "0000-01-01"), "meetings[0].date: \"0000-01-01\" is"),
    ("time hour", _set(TIME, "24:00"), 'meetings[0].start_time: "24:00" is not a real time'),
    ("time minute", _set(TIME, "09:60"), 'meetings[0].start_time: "09:60" is not a real time'),
    ("time short", _set(TIME, "9:30"), 'meetings[0].start_time: must be a time "HH:MM"'),
    ("time seconds", _set(TIME, "09:30:00"), 'meetings[0].start_time: must be a time "HH:MM"'),
    ("time number", _set(TIME, 930), "meetings[0].start_time: must be a time"),
    ("duration negative", _set(DURATION, -1),
     "meetings[0].agenda[1].duration_min: must be a whole number from 0 to 1440"),
    ("duration over a day", _set(DURATION, 1441), "agenda[1].duration_min: must be a whole"),
    ("duration float", _set(DURATION, 15.0), "agenda[1].duration_min: must be a whole number"),
    ("duration text", _set(DURATION, "15"), "agenda[1].duration_min: must be a whole number"),
    ("duration bool", _set(DURATION, True), "agenda[1].duration_min: must be a whole number"),
    ("duration null", _set(DURATION, None), "agenda[1].duration_min: must be a whole number"),
    ("duration huge", _set(DURATION, 10**300), "agenda[1].duration_min: must be a whole number"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "expected"), [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_each_rule_names_its_problem(
    change: Callable[[dict[str, Any]], object], expected: str
) -> None:
    assert expected in problem_after(change)


def test_the_first_problem_in_document_order_is_named() -> None:
    data = valid_data()
    data["meetings"][1]["title"] = 1
    data["meetings"][0]["agenda"][2]["duration_min"] = -5
    assert problem_of(json.dumps(data)).startswith("meetings[0].agenda[2].duration_min:")


def test_a_newer_version_is_refused_before_its_new_fields_are_judged() -> None:
    data = valid_data()
    data["version"] = VERSION + 1
    data["app_version"] = "9.0.0"
    data["project"]["colour"] = "green"
    problem = problem_of(json.dumps(data))
    assert problem.startswith("version:")
    assert f"format version {VERSION + 1}" in problem and '"9.0.0"' in problem


def test_duplicate_keys_are_refused() -> None:
    text = dumps(danish_snapshot()).replace(
        '"town": "Ærøskøbing",', '"town": "Ærøskøbing",\n    "town": "Marstal",'
    )
    assert problem_of(text) == 'project: the field "town" is given more than once'


def test_unknown_keys_are_named_safely() -> None:
    data = valid_data()
    data["project"]["\ud800\x07evil"] = 1
    data["project"]["x" * 200] = 2
    problem = problem_of(json.dumps(data))
    assert problem.startswith('project: unknown fields "\\ud800\\u0007evil", "xxxx')
    assert len(problem) < 200


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("", "the file is empty"),
        (b"  \n", "the file is empty"),
        ("[]", "not a Bymidteværkstedet project export (the top level is a list)"),
        ("null", "not a Bymidteværkstedet project export (the top level is null)"),
        ('"text"', "not a Bymidteværkstedet project export (the top level is text)"),
        ("{", "not valid JSON (Expecting property name enclosed in double quotes at line 1"),
        ('{"format": 1,}', "not valid JSON ("),
        ("{}\n{}", "not valid JSON (Extra data at line 2, column 1)"),
        (b"\xff\xfe{\x00}\x00", "not UTF-8 text (invalid byte at offset 0)"),
        (b'{"format": "\xe6"}', "not UTF-8 text (invalid byte at offset 12)"),
        ("[" * 100_000 + "]" * 100_000, "nested far too deeply"),
        ('{"format": ' + "[" * 50_000 + "]" * 50_000 + "}", "nested far too deeply"),
        ("NaN", "not valid JSON: NaN is not allowed"),
        ('{"version": Infinity}', "not valid JSON: Infinity is not allowed"),
        ('{"version": -Infinity}', "not valid JSON: -Infinity is not allowed"),
        ("1" * 10_000, "not valid JSON (a number has far too many digits)"),
        ('{"format": 1e999}', "format: not a Bymidteværkstedet project export"),
    ],
    ids=lambda v: repr(v)[:30],
)
def test_not_an_export_at_all(raw: bytes | str, expected: str) -> None:
    assert expected in problem_of(raw)


def test_nan_deep_inside_a_document_is_refused() -> None:
    text = dumps(danish_snapshot()).replace('"duration_min": 15', '"duration_min": NaN')
    assert "NaN is not allowed" in problem_of(text)


def test_huge_number_inside_a_document_is_refused() -> None:
    text = dumps(danish_snapshot()).replace('"duration_min": 15', '"duration_min": ' + "9" * 5000)
    assert "far too many digits" in problem_of(text)


def test_infinite_float_is_not_a_duration() -> None:
    text = dumps(danish_snapshot()).replace('"duration_min": 15', '"duration_min": 1e999')
    assert problem_of(text).startswith("meetings[0].agenda[0].duration_min: must be a whole")


#: The import's limit in the tests that read a file of its size.
SMALL_LIMIT = 2 * 1024 * 1024


def test_too_large_input_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop_app.exchange import json_format

    monkeypatch.setattr(json_format, "MAX_JSON_BYTES", SMALL_LIMIT)  # not 256 MB in a test
    assert "larger than 2 MB" in problem_of(b" " * (SMALL_LIMIT + 1))


def test_the_limit_takes_the_export_of_a_project_grown_over_years() -> None:
    # A 60 MB project file with long texts everywhere exports 56 MB of JSON (python -m
    # bench.reshape): the import must take what the export writes.
    assert MAX_JSON_BYTES >= 4 * 56 * 1024 * 1024


def test_loads_does_not_change_the_given_data() -> None:
    text = dumps(danish_snapshot())
    data = json.loads(text)
    before = copy.deepcopy(data)
    loads(text)
    assert data == before


def test_message_reads_well_in_both_languages() -> None:
    with pytest.raises(KnownError) as info:
        loads("[]", "/tmp/møde.json")
    assert info.value.message("en") == (
        "The JSON file /tmp/møde.json cannot be imported: "
        "not a Bymidteværkstedet project export (the top level is a list)"
    )
    assert info.value.message("da").startswith("JSON-filen /tmp/møde.json kan ikke importeres: ")


# ------------------------------------------------------------------------------ read_file


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_read_file_round_trip_and_file_untouched(tmp_path: Path) -> None:
    path = _write(tmp_path / "projekt.json", dumps(danish_snapshot()).encode("utf-8"))
    before = (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_mode)
    assert read_file(path) == danish_snapshot()
    assert (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_mode) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["projekt.json"]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00" * 100,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        b"PK\x03\x04" + bytes(range(256)),
        b"SQLite format 3\x00" + bytes(84),
        b'{"format": "bymidtevaerkstedet-project", "version": 1',
    ],
    ids=["empty", "zeros", "pdf", "zip", "sqlite", "truncated"],
)
def test_read_file_bad_content_is_bad_json_and_untouched(tmp_path: Path, content: bytes) -> None:
    path = _write(tmp_path / "bad.json", content)
    mtime = path.stat().st_mtime_ns
    with pytest.raises(KnownError) as info:
        read_file(path)
    assert info.value.kind is ErrorKind.BAD_JSON
    assert info.value.path == str(path)
    assert path.read_bytes() == content
    assert path.stat().st_mtime_ns == mtime


def test_read_file_rejects_invalid_utf8(tmp_path: Path) -> None:
    path = _write(tmp_path / "latin1.json", dumps(danish_snapshot()).encode("latin-1", "replace"))
    with pytest.raises(KnownError) as info:
        read_file(path)
    assert info.value.kind is ErrorKind.BAD_JSON
    assert "not UTF-8 text" in info.value.details["problem"]


def test_read_file_missing_path_is_not_found_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "findes-ikke.json"
    with pytest.raises(KnownError) as info:
        read_file(path)
    assert info.value.kind is ErrorKind.NOT_FOUND
    assert info.value.path == str(path)
    assert not path.exists()


def test_read_file_below_a_file_is_not_found(tmp_path: Path) -> None:
    parent = _write(tmp_path / "plain.txt", b"x")
    with pytest.raises(KnownError) as info:
        read_file(parent / "child.json")
    assert info.value.kind is ErrorKind.NOT_FOUND


def test_read_file_directory_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(KnownError) as info:
        read_file(tmp_path)
    assert info.value.kind is ErrorKind.NOT_A_FILE


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
def test_read_file_fifo_is_not_a_file_and_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(KnownError) as info:
        read_file(fifo)
    assert info.value.kind is ErrorKind.NOT_A_FILE


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0,
    reason="needs POSIX permissions and a non-root user",
)
def test_read_file_unreadable_is_no_permission(tmp_path: Path) -> None:
    path = _write(tmp_path / "secret.json", dumps(danish_snapshot()).encode("utf-8"))
    path.chmod(0)
    try:
        with pytest.raises(KnownError) as info:
            read_file(path)
        assert info.value.kind is ErrorKind.NO_PERMISSION
    finally:
        path.chmod(0o600)


def test_read_file_checks_the_size_before_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:  # sparse: costs no disk space
        handle.truncate(MAX_JSON_BYTES + 1)  # the real limit: the file is never read
    opened: list[object] = []

    def no_open(*args: object, **kwargs: object) -> int:
        opened.append(args)
        raise AssertionError("the file must not be opened")

    monkeypatch.setattr(os, "open", no_open)
    with pytest.raises(KnownError) as info:
        read_file(path)
    monkeypatch.undo()
    assert info.value.kind is ErrorKind.BAD_JSON
    assert info.value.details["problem"] == f"larger than {MAX_JSON_BYTES // 2**20} MB"
    assert opened == []
    assert path.stat().st_size == MAX_JSON_BYTES + 1


def test_read_file_accepts_exactly_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workshop_app.exchange import json_format

    monkeypatch.setattr(json_format, "MAX_JSON_BYTES", SMALL_LIMIT)  # not 256 MB in a test
    body = dumps(danish_snapshot()).encode("utf-8")
    path = _write(tmp_path / "padded.json", body + b" " * (SMALL_LIMIT - len(body)))
    assert path.stat().st_size == SMALL_LIMIT
    assert read_file(path) == danish_snapshot()
    _write(path, body + b" " * (SMALL_LIMIT + 1 - len(body)))
    with pytest.raises(KnownError) as info:
        read_file(path)
    assert info.value.details["problem"] == "larger than 2 MB"


def test_read_file_permission_error_is_no_permission(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same as the test above, but also runnable as root (root ignores chmod)."""
    path = _write(tmp_path / "locked.json", dumps(danish_snapshot()).encode("utf-8"))

    def denied(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(KnownError) as info:
        read_file(path)
    monkeypatch.undo()
    assert info.value.kind is ErrorKind.NO_PERMISSION  # not "was the stick removed?"
    assert info.value.path == str(path)


def test_the_documented_example_imports() -> None:
    doc = Path(__file__).resolve().parents[2] / "db" / "json-format.md"
    text = doc.read_text(encoding="utf-8")
    example = text.split("```json\n", 1)[1].split("```", 1)[0]
    snapshot = loads(example, str(doc))
    assert snapshot.project.town == "Ærøskøbing"
    assert snapshot.meetings[0].agenda[0].duration_min == 15
    assert json.loads(dumps(snapshot)) | {"app_version": "?"} == json.loads(example) | {
        "app_version": "?"
    }


def test_text_rules_match_what_the_app_stores() -> None:
    """Whatever an edit may store must survive export and import, and nothing more gets in."""
    for code in [*range(0x00, 0x100), 0x2028, 0x200F, 0xFEFF, 0x1F600]:
        char = chr(code)
        try:
            check_text(f"a{char}b", MAX_SHORT_TEXT)
        except InvalidValue:
            stored = False
        else:
            stored = True
        data = valid_data()
        data["project"]["name"] = f"a{char}b"
        try:
            imported = loads(json.dumps(data)).project.name == f"a{char}b"
        except KnownError:
            imported = False
        assert imported == stored, f"U+{code:04X}"


def test_del_and_c1_characters_round_trip() -> None:
    snapshot = danish_snapshot()
    project = dataclasses.replace(snapshot.project, name="a\x7fb\x85c\u2028d\u200fe")
    changed = dataclasses.replace(snapshot, project=project)
    assert loads(dumps(changed)) == changed
