"""What ``check`` passes, ``import-json`` takes (issue 10, item 10).

A file whose ideas were merged into each other in a loop passed ``check``, and its JSON export
was then refused by ``import-json``. Each damage below is written into a copy of the demo with
SQLite directly (as a bad copy, a bug or another tool could); for each, either ``check`` reports
the file damaged with one line, or the JSON export of the file imports again. Loops of links are
reported by name (the CLI, the service's ``check_file`` and the Check dialog's lines), and the
services refuse to create one.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.cli_helpers import run
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.exchange.json_format import dumps, loads
from workshop_app.services.demo import write_demo
from workshop_app.services.project_check import check_project
from workshop_app.services.project_service import check_file, open_project

DAY = dt.date(2027, 3, 1)
Damage = Callable[[sqlite3.Connection], None]


def _ideas(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT uuid FROM idea ORDER BY position")]


def _trials(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT uuid FROM trial ORDER BY position")]


def _merge_loop(length: int) -> Damage:
    def damage(conn: sqlite3.Connection) -> None:
        ideas = _ideas(conn)[:length]
        for here, there in zip(ideas, [*ideas[1:], ideas[0]], strict=True):
            conn.execute("UPDATE idea SET merged_into = ? WHERE uuid = ?", [there, here])

    return damage


def _self_merge(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA ignore_check_constraints = ON")
    first = _ideas(conn)[0]
    conn.execute("UPDATE idea SET merged_into = uuid WHERE uuid = ?", [first])


def _version_loop(conn: sqlite3.Connection) -> None:
    a, b = _trials(conn)[:2]
    conn.execute("UPDATE trial SET version_of = ? WHERE uuid = ?", [b, a])
    conn.execute("UPDATE trial SET version_of = ? WHERE uuid = ?", [a, b])


def _lineage_loop(conn: sqlite3.Connection) -> None:
    """An idea that came from the very test of it."""
    trial, idea = conn.execute(
        "SELECT uuid, idea_uuid FROM trial WHERE idea_uuid IS NOT NULL LIMIT 1"
    ).fetchone()
    conn.execute(
        "UPDATE idea SET origin_trial = ?, merged_into = NULL WHERE uuid = ?", [trial, idea]
    )


def _dangling(table: str, column: str) -> Damage:
    def damage(conn: sqlite3.Connection) -> None:
        conn.execute(f"UPDATE {table} SET {column} = '99999999-9999-4999-8999-999999999999'")

    return damage


LOOPS: dict[str, Damage] = {
    "merge loop of two": _merge_loop(2),
    "merge loop of three": _merge_loop(3),
    "merged into itself": _self_merge,
    "versions of each other": _version_loop,
    "idea from the test of it": _lineage_loop,
}


def _sql(statement: str) -> Damage:
    def damage(conn: sqlite3.Connection) -> None:
        conn.execute(statement)

    return damage


#: Values another tool (or an older, looser version) could have stored.
BAD_VALUES: dict[str, Damage] = {
    "NUL in a meeting title": _sql("UPDATE meeting SET title = 'a' || char(0) || 'b'"),
    "overlong meeting place": _sql("UPDATE meeting SET place = printf('%.600c', 'x')"),
    "bell in an agenda item": _sql("UPDATE agenda_item SET responsible = 'a' || char(7)"),
    "overlong project name": _sql("UPDATE project SET name = printf('%.600c', 'x')"),
    "NUL in an actor's name": _sql("UPDATE actor SET name = 'a' || char(0)"),
    "NUL in an idea": _sql("UPDATE idea SET description = 'a' || char(0)"),
    "NUL in a scope value": _sql(
        "UPDATE scope_value SET value = '\"a\\u0000b\"' WHERE key = 'background'"
    ),
    "unknown custom category": _sql(
        "UPDATE actor SET category = '99999999-9999-4999-8999-999999999999'"
    ),
    # the meeting in the room (issue 13)
    "unknown meeting kind": _sql("UPDATE meeting SET kind = 'party'"),
    "unknown meeting phase": _sql("UPDATE meeting SET phase = 'phase 4'"),
    "NUL in a captured note": _sql("UPDATE meeting_note SET text = 'a' || char(0)"),
    "NUL in an action item's who": _sql("UPDATE action_item SET who = 'a' || char(0)"),
    "unknown attendance group": _sql(
        "UPDATE citizen_count SET attendance_group = 'tourist' WHERE rowid = "
        "(SELECT min(rowid) FROM citizen_count)"
    ),
    "a note that became a missing idea": _sql(
        "UPDATE meeting_note SET became_uuid = '99999999-9999-4999-8999-999999999999' "
        "WHERE became_kind = 'idea'"
    ),
    "a note that became nothing named": _sql(
        "UPDATE meeting_note SET became_kind = 'idea' WHERE became_kind = ''"
    ),
    "an action from a note of no meeting": _sql(
        "UPDATE action_item SET note_uuid = '99999999-9999-4999-8999-999999999999'"
    ),
    "a note on another meeting's item": _sql(
        "UPDATE meeting_note SET item_uuid = (SELECT uuid FROM agenda_item WHERE meeting_uuid "
        "<> meeting_note.meeting_uuid LIMIT 1)"
    ),
    "a named participant though the project names none": _sql(
        "INSERT INTO participant(uuid, meeting_uuid, position, name) SELECT "
        "'99999999-9999-4999-8999-999999999998', uuid, 0, 'Bo' FROM meeting LIMIT 1"
    ),
    "a note time that is no time": _sql("UPDATE meeting_note SET at = 'yesterday'"),
    "a live pause of a year": _sql("UPDATE live_state SET paused_s = 40000000"),
}
SIBLINGS: dict[str, Damage] = {
    "dangling merged_into": _dangling("idea", "merged_into"),
    "dangling version_of": _dangling("trial", "version_of"),
    "dangling origin_trial": _dangling("idea", "origin_trial"),
    "dangling agenda meeting": _dangling("agenda_item", "meeting_uuid"),
    "dangling relation target": _dangling("actor_relation", "target"),
}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.bymidte"
    write_demo(path, DAY).close()
    return path


def _damaged_copy(demo_file: Path, tmp_path: Path, damage: Damage) -> Path:
    path = tmp_path / "p.bymidte"
    shutil.copyfile(demo_file, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    damage(conn)
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("name", sorted(LOOPS))
def test_check_names_a_loop_of_links_as_damage(name: str, demo_file: Path, tmp_path: Path) -> None:
    path = _damaged_copy(demo_file, tmp_path, LOOPS[name])

    with pytest.raises(KnownError) as info:
        check_file(path)
    assert info.value.kind is ErrorKind.DAMAGED
    assert "loop" in info.value.message("en")

    result = run("check", path)
    assert result.returncode == 2, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1
    # Merged into itself also breaks the table's CHECK rule, which SQLite's own check reports.
    assert ("in a loop" if name != "merged into itself" else "damaged") in result.stderr

    service = open_project(path, read_only=True)
    try:
        links = next(line for line in check_project(service) if line.key == "foreign_keys")
    finally:
        service.close()
    assert not links.ok
    assert ("loop" if name != "merged into itself" else "damaged") in links.detail


ALL = LOOPS | SIBLINGS | BAD_VALUES


@pytest.mark.parametrize("name", sorted(ALL))
def test_what_check_passes_imports_again(name: str, demo_file: Path, tmp_path: Path) -> None:
    path = _damaged_copy(demo_file, tmp_path, ALL[name])
    try:
        check_file(path)
    except KnownError as exc:
        assert exc.kind is ErrorKind.DAMAGED
        return
    service = open_project(path, read_only=True)
    try:
        text = dumps(service.snapshot())
    finally:
        service.close()
    loads(text)  # raises BAD_JSON if the import refuses what check passed


@pytest.mark.parametrize("name", sorted(BAD_VALUES))
def test_check_names_a_stored_value_the_import_would_refuse(
    name: str, demo_file: Path, tmp_path: Path
) -> None:
    path = _damaged_copy(demo_file, tmp_path, BAD_VALUES[name])
    result = run("check", path)
    assert result.returncode == 2, result.stdout
    assert "damaged" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_demo_itself_passes_check_and_imports(demo_file: Path) -> None:
    check_file(demo_file)
    service = open_project(demo_file, read_only=True)
    try:
        loads(dumps(service.snapshot()))
    finally:
        service.close()


def test_services_refuse_to_close_a_loop(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.bymidte"
    shutil.copyfile(demo_file, path)
    service = open_project(path)
    try:
        book = service.trial_book()
        a, b = book.ideas[0].uuid, book.ideas[1].uuid
        # b merged into a, then a put back (undo of a delete) as merged into b.
        service.merge_ideas(b, a)
        dependents = service.idea_dependents(a)
        service.delete_idea(a)
        looped = dependents.idea.__class__(**{**dependents.idea.__dict__, "merged_into": b})
        with pytest.raises(KnownError) as info:
            service.restore_idea(looped, dependents.votes, dependents.merged_from)
        assert info.value.kind is ErrorKind.BAD_INPUT
        assert "loop" in str(info.value.details["problem"])

        trial = next(t for t in service.trial_book().trials if t.idea_uuid)
        with pytest.raises(KnownError) as info:
            service.set_idea_value(trial.idea_uuid, "origin_trial", trial.uuid)  # type: ignore[arg-type]  # picked for its idea
        assert "loop" in str(info.value.details["problem"])
        service.close()
        check_file(path)  # nothing of the refused edits was stored
    finally:
        if not service.store.read_only:
            service.close()


@pytest.mark.parametrize("key", ["min_reader_version", "min_writer_version"])
@pytest.mark.parametrize("value", ["banana", "", "1.2.3.4.5", "0.1.0-beta", "１.０"])
def test_a_version_requirement_that_is_no_version_is_damage(
    key: str, value: str, demo_file: Path, tmp_path: Path
) -> None:
    """ "banana" read as 0.0.0 and was accepted; now it is named, on the command line and when
    the app opens the file, and nothing is written."""

    def damage(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE meta SET value = ? WHERE key = ?", [value, key])

    path = _damaged_copy(demo_file, tmp_path, damage)
    before = path.read_bytes()
    for read_only in (True, False):
        with pytest.raises(KnownError) as info:
            open_project(path, read_only=read_only)
        assert info.value.kind is ErrorKind.DAMAGED
        assert f"“{value}”, is not a version number" in info.value.message("en")
    result = run("check", path)
    assert result.returncode == 2
    assert "is not a version number" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before
