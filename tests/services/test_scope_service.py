"""Phase 1 (start-up and scope) below the UI: services, storage, migration and the demo."""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image

from workshop_app.domain import map_image as map_image_rules
from workshop_app.domain.changes import Changes
from workshop_app.domain.scope import (
    KNOWLEDGE_PRESETS,
    SECTION_KEYS,
    MapImage,
    Progress,
    Scope,
    ScopeRow,
    section_progress,
    task_looks_decided,
)
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.demo import demo_snapshot
from workshop_app.services.project_service import ProjectService, new_project, open_project
from workshop_app.storage import backup

TODAY = dt.date(2027, 3, 1)


def reopen(service: ProjectService) -> ProjectService:
    path = service.path
    service.close()
    return open_project(path)


def stored_scope(service: ProjectService) -> Scope:
    """What the file holds: the service is closed and the file read afresh."""
    again = reopen(service)
    try:
        assert again.snapshot().scope == again.scope()
        return again.scope()
    finally:
        again.close()


def changed(*sections: str) -> Changes:
    return Changes(scope=frozenset(sections))


def refused(call: Callable[..., object], *args: object, **kwargs: object) -> KnownError:
    with pytest.raises(KnownError) as info:
        call(*args, **kwargs)
    assert info.value.kind is ErrorKind.BAD_INPUT
    assert info.value.details["problem"]
    return info.value


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[ProjectService]:
    service = new_project(tmp_path / "new.bymidte", "Nyby")
    yield service
    service.close()


def image_bytes(kind: str, size: tuple[int, int] = (40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(out, format=kind)
    return out.getvalue()


# -- single values -------------------------------------------------------------------------------


def test_values_of_every_kind_are_stored_and_reported(fresh: ProjectService) -> None:
    edits = {
        "triggers": ["dull_spaces", "empty_premises"],  # any order in, declaration order out
        "background": "Tomme butikker & <b>mørke</b> gader\nNy linje",
        "task_open_confirmed": True,
        "political_model": "b",
        "no_earlier_plans": True,
    }
    for key, value in edits.items():
        assert fresh.set_scope_value(key, value) == changed(
            {
                "triggers": "background",
                "background": "background",
                "task_open_confirmed": "purpose",
                "political_model": "politics",
                "no_earlier_plans": "history",
            }[key]
        )
    scope = stored_scope(fresh)
    assert scope.get("triggers") == ("empty_premises", "dull_spaces")
    assert scope.get("background") == edits["background"]
    assert scope.get("task_open_confirmed") is True
    assert scope.get("political_model") == "b"


def test_setting_a_value_back_to_empty_removes_it(fresh: ProjectService) -> None:
    fresh.set_scope_value("committee", "Økonomiudvalget")
    assert fresh.scope().values == {"committee": "Økonomiudvalget"}
    fresh.set_scope_value("committee", "")
    assert fresh.scope().values == {}
    assert fresh.scope().get("committee") == ""


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("no_such_field", "x", "unknown field"),
        ("committee", "x" * 501, "at most 500 characters"),
        ("background", "x" * 20_001, "at most 20000 characters"),
        ("committee", "a\x00b", "control characters"),
        ("committee", "a\ud800b", "surrogates"),
        ("committee", 7, "must be text"),
        ("political_model", "c", "must be one of a, b, undecided"),
        ("triggers", ["rain"], "must be a list of"),
        ("triggers", "empty_premises", "must be a list of"),
        ("task_open_confirmed", 1, "true or false"),
    ],
)
def test_bad_values_are_refused_and_nothing_changes(
    fresh: ProjectService, key: str, value: object, words: str
) -> None:
    before = fresh.scope()
    error = refused(fresh.set_scope_value, key, value)
    assert key in error.message("en") and words in error.message("en")
    assert fresh.scope() == before


# -- rows --------------------------------------------------------------------------------------


def test_new_row_is_not_stored_and_has_defaults(fresh: ProjectService) -> None:
    row = fresh.new_scope_row("budget")
    assert row.list_key == "budget" and row.position == 0
    assert row.values == {
        "kind": "",
        "purpose": "",
        "source": "",
        "amount": None,
        "currency": "DKK",
        "in_kind": False,
    }
    assert fresh.scope().rows_of("budget") == ()
    street = fresh.new_scope_row("streets_in", values={"name": "Torvet"})
    assert street.values == {"name": "Torvet", "note": ""}
    assert fresh.new_scope_row("knowledge").position == len(KNOWLEDGE_PRESETS)
    assert fresh.new_scope_row("knowledge", position=3).position == 3
    assert fresh.new_scope_row("knowledge", position=99).position == len(KNOWLEDGE_PRESETS)
    refused(fresh.new_scope_row, "no_such_list")
    refused(fresh.new_scope_row, "budget", values={"colour": "red"})
    refused(fresh.new_scope_row, "budget", values={"amount": "12"})


def test_rows_are_added_at_their_position_edited_moved_and_deleted(
    fresh: ProjectService,
) -> None:
    names = ["Torvet", "Torvegade", "Åstien"]
    uuids = []
    for name in names:
        row = fresh.new_scope_row("streets_in", values={"name": name})
        assert fresh.restore_scope_row(row) == changed("area")
        uuids.append(row.uuid)
    first = fresh.new_scope_row("streets_in", position=0, values={"name": "Kirkestræde"})
    fresh.restore_scope_row(first)

    def order() -> list[str]:
        return [r.get("name") for r in fresh.scope().rows_of("streets_in")]

    assert order() == ["Kirkestræde", "Torvet", "Torvegade", "Åstien"]
    assert [r.position for r in fresh.scope().rows_of("streets_in")] == [0, 1, 2, 3]

    assert fresh.set_scope_row_value(uuids[0], "note", "Markedsdag lørdag") == changed("area")
    assert fresh.move_scope_row(uuids[2], 0) == changed("area")
    assert order() == ["Åstien", "Kirkestræde", "Torvet", "Torvegade"]
    fresh.move_scope_row(uuids[2], 99)
    assert order() == ["Kirkestræde", "Torvet", "Torvegade", "Åstien"]

    deleted = next(r for r in fresh.scope().rows_of("streets_in") if r.uuid == uuids[0])
    assert fresh.delete_scope_row(uuids[0]) == changed("area")
    assert order() == ["Kirkestræde", "Torvegade", "Åstien"]
    assert [r.position for r in fresh.scope().rows_of("streets_in")] == [0, 1, 2]
    fresh.restore_scope_row(deleted)  # undo of the delete
    rows = stored_scope(fresh).rows_of("streets_in")
    assert [r.get("name") for r in rows] == ["Kirkestræde", "Torvet", "Torvegade", "Åstien"]
    assert rows[1] == deleted
    assert rows[1].get("note") == "Markedsdag lørdag"


def test_row_values_of_every_kind_round_trip(fresh: ProjectService) -> None:
    milestone = fresh.new_scope_row("milestones", values={"date": dt.date(2027, 6, 1)})
    budget = fresh.new_scope_row("budget", values={"amount": 250_000, "in_kind": True})
    plan = fresh.new_scope_row("earlier_plans", values={"year": 2014, "how_far": "stopped"})
    for row in (milestone, budget, plan):
        fresh.restore_scope_row(row)
    assert fresh.set_scope_row_value(budget.uuid, "kind", "project") == changed("economy")
    assert fresh.set_scope_row_value(milestone.uuid, "date", None) == changed("timeframe")
    assert fresh.set_scope_row_value(plan.uuid, "year", None) == changed("history")
    scope = stored_scope(fresh)
    assert scope.rows_of("milestones")[0].get("date") is None
    assert scope.rows_of("budget")[0].values == {
        "kind": "project",
        "purpose": "",
        "source": "",
        "amount": 250_000,
        "currency": "DKK",
        "in_kind": True,
    }
    assert scope.rows_of("earlier_plans")[0].get("how_far") == "stopped"


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("amount", "1000"),
        ("amount", True),
        ("amount", 10**13),
        ("currency", "EUR"),
        ("in_kind", "yes"),
        ("purpose", "x" * 501),
        ("colour", "red"),
    ],
)
def test_bad_row_values_are_refused(fresh: ProjectService, column: str, value: object) -> None:
    row = fresh.new_scope_row("budget")
    fresh.restore_scope_row(row)
    before = fresh.scope()
    error = refused(fresh.set_scope_row_value, row.uuid, column, value)
    assert f"budget.{column}" in error.message("en")
    assert fresh.scope() == before


def test_restore_validates_every_value(fresh: ProjectService) -> None:
    bad = ScopeRow("00000000-0000-4000-8000-0000000000aa", "milestones", 0, {"date": "2027-01-01"})
    refused(fresh.restore_scope_row, bad)
    unknown = ScopeRow("00000000-0000-4000-8000-0000000000ab", "milestones", 0, {"when": None})
    refused(fresh.restore_scope_row, unknown)
    assert fresh.scope().rows_of("milestones") == ()


def test_missing_rows_are_lookup_errors(fresh: ProjectService) -> None:
    for call, args in (
        (fresh.delete_scope_row, ("nope",)),
        (fresh.move_scope_row, ("nope", 0)),
        (fresh.set_scope_row_value, ("nope", "name", "x")),
    ):
        with pytest.raises(LookupError):
            call(*args)


def test_lists_do_not_mix(fresh: ProjectService) -> None:
    inside = fresh.new_scope_row("streets_in", values={"name": "Torvet"})
    outside = fresh.new_scope_row("streets_out", values={"name": "Stationsvej"})
    fresh.restore_scope_row(inside)
    fresh.restore_scope_row(outside)
    fresh.move_scope_row(outside.uuid, 5)
    scope = fresh.scope()
    assert [r.uuid for r in scope.rows_of("streets_in")] == [inside.uuid]
    assert [r.uuid for r in scope.rows_of("streets_out")] == [outside.uuid]
    assert scope.rows_of("streets_out")[0].position == 0


# -- the map image -------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "mime"), [("PNG", "image/png"), ("JPEG", "image/jpeg")])
def test_a_png_or_jpeg_map_is_stored(fresh: ProjectService, kind: str, mime: str) -> None:
    data = image_bytes(kind, (40, 30))
    assert fresh.set_map_image("/home/mette/kort." + kind.lower(), data) == changed("area")
    image = stored_scope(fresh).map_image
    assert image is not None
    assert image.file_name == "kort." + kind.lower()  # the name, not the folder
    assert (image.mime, image.width, image.height, image.data) == (mime, 40, 30, data)


def test_a_new_map_replaces_the_old_and_undo_restores_it(fresh: ProjectService) -> None:
    fresh.set_map_image("a.png", image_bytes("PNG"))
    old = fresh.scope().map_image
    assert old is not None
    fresh.set_map_image("b.jpg", image_bytes("JPEG", (10, 20)))
    new = fresh.scope().map_image
    assert new is not None and new.file_name == "b.jpg" and new.uuid != old.uuid
    assert fresh.restore_map_image(old) == changed("area")
    assert fresh.scope().map_image == old
    assert fresh.restore_map_image(None) == changed("area")
    assert fresh.scope().map_image is None
    fresh.restore_map_image(new)
    assert stored_scope(fresh).map_image == new


def test_windows_paths_keep_only_the_name(fresh: ProjectService) -> None:
    fresh.set_map_image("C:\\Users\\mette\\kort.png", image_bytes("PNG"))
    image = fresh.scope().map_image
    assert image is not None and image.file_name == "kort.png"


@pytest.mark.parametrize(
    ("data", "looks_like"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
        ("Torvegade;Åstien\n1;2\n".encode(), "a text file"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
        (b"GIF89a\x01\x00\x01\x00", "a GIF image"),
        (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', "an SVG drawing"),
        (bytes(range(256)), "unknown binary data"),
    ],
)
def test_a_non_image_is_refused_saying_what_it_looks_like(
    fresh: ProjectService, data: bytes, looks_like: str
) -> None:
    error = refused(fresh.set_map_image, "kort.png", data)
    message = error.message("en")
    assert "kort.png" in message and "not a PNG or JPEG image" in message
    assert looks_like in message
    assert error.details["reason"] == "not_image"
    assert fresh.scope().map_image is None


def test_an_empty_file_is_refused(fresh: ProjectService) -> None:
    assert refused(fresh.set_map_image, "kort.png", b"").details["reason"] == "empty"


def test_an_oversize_file_is_refused_with_the_limit(
    fresh: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = image_bytes("PNG")
    monkeypatch.setattr(map_image_rules, "MAP_MAX_BYTES", len(data) - 1)
    error = refused(fresh.set_map_image, "kort.png", data)
    assert error.details["reason"] == "too_large"
    assert "too large" in error.message("en") and "MB" in error.message("en")
    assert fresh.scope().map_image is None


def test_a_file_over_the_real_limit_is_refused_before_decoding(fresh: ProjectService) -> None:
    data = image_bytes("PNG") + b"\x00" * (8 * 1024 * 1024)
    error = refused(fresh.set_map_image, "kort.png", data)
    assert "at most 8 MB" in error.message("en")


def test_too_many_pixels_are_refused(
    fresh: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(map_image_rules, "MAP_MAX_SIDE", 30)
    error = refused(fresh.set_map_image, "kort.png", image_bytes("PNG", (31, 10)))
    assert error.details["reason"] == "too_many_pixels"
    assert "31 × 10 pixels" in error.message("en")


@pytest.mark.parametrize("damage", ["truncate", "garble"])
@pytest.mark.parametrize("kind", ["PNG", "JPEG"])
def test_a_corrupt_image_is_refused_as_damaged(
    fresh: ProjectService, kind: str, damage: str
) -> None:
    good = image_bytes(kind, (64, 64))
    if damage == "truncate":
        data = good[: len(good) // 2]
    else:
        # PNG: any garbled chunk fails its checksum. JPEG has none and shrugs off most garbled
        # picture data, so garble its tables, which it cannot do without.
        at = len(good) // 2 if kind == "PNG" else 20
        data = good[:at] + bytes(b ^ 0x5A for b in good[at : at + 40]) + good[at + 40 :]
    error = refused(fresh.set_map_image, "kort", data)
    assert error.details["reason"] == "damaged"
    assert f"The {kind} image is damaged" in error.message("en")
    assert fresh.scope().map_image is None


def test_a_png_header_with_garbage_after_it_is_damaged(fresh: ProjectService) -> None:
    data = map_image_rules.PNG_MAGIC + b"\x00\x00\x00\rIHDR" + b"nonsense" * 10
    assert refused(fresh.set_map_image, "kort.png", data).details["reason"] == "damaged"


def test_restore_refuses_an_image_that_does_not_match_its_description(
    fresh: ProjectService,
) -> None:
    data = image_bytes("PNG", (40, 30))
    lie = MapImage("00000000-0000-4000-8000-0000000000cc", "kort.png", "image/png", 4, 3, data)
    refused(fresh.restore_map_image, lie)
    assert fresh.scope().map_image is None


def test_the_map_counts_for_the_area_section(fresh: ProjectService) -> None:
    assert section_progress(fresh.scope(), "area") is Progress.EMPTY
    fresh.set_map_image("kort.png", image_bytes("PNG"))
    assert section_progress(fresh.scope(), "area") is Progress.STARTED


# -- new projects, the demo, migration -------------------------------------------------------------


def test_a_new_project_starts_with_the_knowledge_checklist(fresh: ProjectService) -> None:
    rows = fresh.scope().rows_of("knowledge")
    assert [r.get("preset") for r in rows] == list(KNOWLEDGE_PRESETS)
    assert all(r.get("question") == "" and r.get("status") == "" for r in rows)
    assert [r.position for r in rows] == list(range(len(KNOWLEDGE_PRESETS)))
    assert len({r.uuid for r in rows}) == len(rows)
    scope = fresh.scope()
    assert scope.values == {} and scope.map_image is None
    assert len(scope.rows) == len(KNOWLEDGE_PRESETS)
    assert all(section_progress(scope, key) is Progress.EMPTY for key in SECTION_KEYS)


def test_the_demo_scope_is_partly_finished(demo_service: ProjectService) -> None:
    scope = demo_service.scope()
    assert scope == demo_snapshot(TODAY).scope
    progress = {key: section_progress(scope, key, project_dates=True) for key in SECTION_KEYS}
    for key in (
        "background",
        "purpose",
        "concrete",
        "area",
        "timeframe",
        "economy",
        "politics",
        "roles",
        "history",
    ):
        assert progress[key] is Progress.COMPLETE, key
    for key in ("organisation", "knowledge", "success"):
        assert progress[key] is Progress.STARTED, key
    assert section_progress(scope, "timeframe", project_dates=False) is Progress.STARTED
    assert not task_looks_decided(scope.get("task"))
    assert scope.get("political_model") == "a"
    assert scope.get("committee") == "Plan- og Teknikudvalget"
    assert scope.get("evaluation") == ""
    assert scope.map_image is None
    counts = {
        key: len(scope.rows_of(key))
        for key in (
            "streets_in",
            "streets_out",
            "milestones",
            "constraints",
            "budget",
            "earlier_plans",
            "knowledge",
            "success_criteria",
        )
    }
    assert counts == {
        "streets_in": 4,
        "streets_out": 2,
        "milestones": 3,
        "constraints": 2,
        "budget": 4,
        "earlier_plans": 2,
        "knowledge": 16,
        "success_criteria": 2,
    }
    budget = scope.rows_of("budget")
    assert {r.get("kind") for r in budget} == {"operating", "project"}
    assert sum(r.get("in_kind") for r in budget) == 1
    assert all(r.get("currency") == "DKK" and r.get("amount") for r in budget)
    knowledge = scope.rows_of("knowledge")
    statuses = [r.get("status") for r in knowledge]
    assert statuses.count("known") == 5
    assert [r.get("owner") != "" for r in knowledge if r.get("status") == "needs_analysis"] == [
        True
    ] * 3
    assert "" in statuses
    assert [r.get("preset") for r in knowledge[:15]] == list(KNOWLEDGE_PRESETS)
    assert knowledge[15].get("preset") == "" and knowledge[15].get("question")


def _drop_m002(path: Path) -> None:
    """Turn a project file back into one made before phase 1 existed."""
    conn = sqlite3.connect(path)
    with conn:
        for table in ("scope_value", "scope_row", "scope_map"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_scope'")
    conn.close()


def test_a_file_from_before_phase_1_is_migrated_with_the_checklist(demo_file: Path) -> None:
    _drop_m002(demo_file)
    service = open_project(demo_file)
    try:
        assert service.store.pending_migrations() == []
        scope = service.scope()
        assert [r.get("preset") for r in scope.rows_of("knowledge")] == list(KNOWLEDGE_PRESETS)
        assert scope.values == {} and scope.map_image is None
        assert len(scope.rows) == len(KNOWLEDGE_PRESETS)
        assert service.snapshot().meetings == demo_snapshot(TODAY).meetings
        # The rows written by the migration behave like any other.
        first = scope.rows_of("knowledge")[0]
        service.set_scope_row_value(first.uuid, "status", "known")
        assert service.scope().rows_of("knowledge")[0].get("status") == "known"
        before = [
            b for b in backup.list_backups(service.store.file_id) if b.reason == "before-migration"
        ]
        assert len(before) == 1
    finally:
        service.close()
    conn = sqlite3.connect(before[0].path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert "meeting" in tables and "scope_row" not in tables


def _edit_file(path: Path, sql: str, args: tuple[object, ...] = ()) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(sql, args)
    conn.close()


@pytest.mark.parametrize(
    ("sql", "args"),
    [
        ("UPDATE scope_value SET value = ? WHERE key = 'political_model'", ('"c"',)),
        ("UPDATE scope_value SET value = ? WHERE key = 'triggers'", ('"empty_premises"',)),
        ("UPDATE scope_value SET value = ? WHERE key = 'committee'", ("not json",)),
        ("UPDATE scope_value SET value = ? WHERE key = 'committee'", ("[" * 100_000,)),
        (
            "UPDATE scope_row SET data = ? WHERE list = 'milestones'",
            ('{"date": "1st of May", "title": ""}',),
        ),
        ("UPDATE scope_row SET data = ? WHERE list = 'budget'", ('{"amount": "12"}',)),
        ("UPDATE scope_row SET data = ? WHERE list = 'budget'", ("{not json}",)),
    ],
)
def test_stored_values_that_break_their_rules_make_the_file_damaged(
    demo_file: Path, sql: str, args: tuple[object, ...]
) -> None:
    _edit_file(demo_file, sql, args)
    service = open_project(demo_file, read_only=True)
    try:
        for read in (service.snapshot, service.scope):
            with pytest.raises(KnownError) as info:
                read()
            assert info.value.kind is ErrorKind.DAMAGED
    finally:
        service.close()


def test_reading_tolerates_what_a_newer_version_might_add(demo_file: Path) -> None:
    _edit_file(
        demo_file,
        "INSERT INTO scope_value(uuid, key, value) VALUES (?, 'future_field', '42')",
        ("00000000-0000-4000-8000-0000000000f1",),
    )
    _edit_file(
        demo_file,
        "INSERT INTO scope_row(uuid, list, position, data) VALUES (?, 'future_list', 0, '{}')",
        ("00000000-0000-4000-8000-0000000000f2",),
    )
    _edit_file(
        demo_file,
        "UPDATE scope_row SET data = json_set(data, '$.future_column', 'x') WHERE list = 'budget'",
    )
    service = open_project(demo_file)
    try:
        assert service.scope() == demo_snapshot(TODAY).scope
        # An edit keeps the newer version's column.
        row = service.scope().rows_of("budget")[0]
        service.set_scope_row_value(row.uuid, "purpose", "Ny")
        data = service.store.db.execute(
            "SELECT data FROM scope_row WHERE uuid = ?", [row.uuid]
        ).fetchone()[0]
        assert json.loads(data)["future_column"] == "x"
    finally:
        service.close()


def test_scope_edits_need_a_writable_file(demo_file: Path) -> None:
    service = open_project(demo_file, read_only=True)
    try:
        with pytest.raises(KnownError) as info:
            service.set_scope_value("committee", "x")
        assert info.value.kind is ErrorKind.READ_ONLY
    finally:
        service.close()
