"""The storage layer's own connection (storage/connection.py) does what sqlite-utils' Database
did for it, and the migrations' bookkeeping is read without sqlite-utils (storage/schema.py):
an up-to-date file opens, reads and writes with sqlite-utils never imported."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlite_utils

from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.project_service import open_project
from workshop_app.storage import schema
from workshop_app.storage.connection import Connection, Database, first_keyword

Make = Callable[[sqlite3.Connection], Database]


def _ours(conn: sqlite3.Connection) -> Database:
    return Connection(conn)


def _theirs(conn: sqlite3.Connection) -> Database:
    return sqlite_utils.Database(conn, execute_plugins=False)


@pytest.fixture(params=[_ours, _theirs], ids=["ours", "sqlite-utils"])
def make(request: pytest.FixtureRequest) -> Make:
    maker: Make = request.param
    return maker


@pytest.fixture(params=[None, ""], ids=["autocommit", "legacy"])
def conn(request: pytest.FixtureRequest) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:", isolation_level=request.param)
    connection.execute("CREATE TABLE t (x INTEGER PRIMARY KEY, v TEXT CHECK (v != 'bad'))")
    yield connection
    connection.close()


def _values(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT v FROM t ORDER BY x")]


# -- the same semantics as sqlite-utils (each test runs with both) ------------------------------


def test_a_write_outside_a_transaction_is_committed_at_once(
    make: Make, conn: sqlite3.Connection
) -> None:
    db = make(conn)
    cursor = db.execute("INSERT INTO t (v) VALUES (?)", ("a",))
    assert cursor.rowcount == 1
    db.execute("INSERT INTO t (v) VALUES (:v)", {"v": "b"})
    assert not conn.in_transaction
    assert _values(conn) == ["a", "b"]
    assert db.execute("SELECT count(*) FROM t").fetchone() == (2,)


def test_a_failed_write_leaves_no_transaction_open(make: Make, conn: sqlite3.Connection) -> None:
    db = make(conn)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t (v) VALUES ('bad')")
    assert not conn.in_transaction


def test_begin_through_execute_stays_open(make: Make, conn: sqlite3.Connection) -> None:
    db = make(conn)
    db.execute("  /* a comment */ -- and another\n begin")
    assert conn.in_transaction
    db.execute("INSERT INTO t (v) VALUES ('a')")
    assert conn.in_transaction  # part of the open transaction
    db.execute("ROLLBACK")
    assert _values(conn) == []


def test_atomic_commits_or_rolls_back_everything(make: Make, conn: sqlite3.Connection) -> None:
    db = make(conn)
    with db.atomic() as inside:
        inside.execute("INSERT INTO t (v) VALUES ('a')")
        assert conn.in_transaction
    assert not conn.in_transaction
    with pytest.raises(sqlite3.IntegrityError), db.atomic():
        db.execute("INSERT INTO t (v) VALUES ('b')")
        db.execute("INSERT INTO t (v) VALUES ('bad')")
    assert not conn.in_transaction
    assert _values(conn) == ["a"]


def test_a_nested_atomic_is_a_savepoint(make: Make, conn: sqlite3.Connection) -> None:
    db = make(conn)
    with db.atomic():
        db.execute("INSERT INTO t (v) VALUES ('outer')")
        with pytest.raises(KeyError), db.atomic():
            db.execute("INSERT INTO t (v) VALUES ('inner, undone')")
            raise KeyError("x")
        with db.atomic():
            db.execute("INSERT INTO t (v) VALUES ('inner, kept')")
        assert conn.in_transaction
    assert _values(conn) == ["outer", "inner, kept"]


def test_a_trigger_rolling_everything_back_is_the_error_seen(
    make: Make, conn: sqlite3.Connection
) -> None:
    conn.execute(
        "CREATE TRIGGER no_z BEFORE INSERT ON t WHEN NEW.v = 'z' "
        "BEGIN SELECT RAISE(ROLLBACK, 'no z'); END"
    )
    db = make(conn)
    with pytest.raises(sqlite3.IntegrityError, match="no z"), db.atomic():
        db.execute("INSERT INTO t (v) VALUES ('a')")
        with db.atomic():
            db.execute("INSERT INTO t (v) VALUES ('z')")
    assert not conn.in_transaction
    assert _values(conn) == []


def test_a_failed_commit_rolls_back(make: Make, conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("CREATE TABLE p (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE c (p INTEGER REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED)")
    db = make(conn)
    with pytest.raises(sqlite3.IntegrityError), db.atomic():
        db.execute("INSERT INTO c (p) VALUES (7)")  # checked only at COMMIT
    assert not conn.in_transaction
    assert conn.execute("SELECT count(*) FROM c").fetchone() == (0,)


@pytest.mark.parametrize(
    ("sql", "keyword"),
    [
        ("select 1", "SELECT"),
        ("\ufeff;; -- x\n/* y */ Savepoint s", "SAVEPOINT"),
        ("-- only a comment", ""),
        ("/* open", ""),
        ("", ""),
    ],
)
def test_first_keyword_skips_what_sqlite_skips(sql: str, keyword: str) -> None:
    assert first_keyword(sql) == keyword


# -- the migrations' bookkeeping, read with plain SQL ------------------------------------------


def _sqlite_utils_pending(conn: sqlite3.Connection) -> list[str]:
    migrations = schema._sqlite_utils_migrations()
    return [m.name for m in migrations.pending(_theirs(conn))]  # type: ignore[arg-type]


def test_pending_reads_what_sqlite_utils_reads() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    db = Connection(conn)
    assert schema.pending(db) == schema.names() == _sqlite_utils_pending(conn)  # no table
    schema.apply(db)
    assert schema.pending(db) == [] == _sqlite_utils_pending(conn)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('another set', 'm007_print_suite', 'now')"
    )
    conn.execute(
        "DELETE FROM _sqlite_migrations WHERE name IN ('m004_trials', 'm007_print_suite')"
        " AND migration_set = ?",
        (schema.MIGRATION_SET,),
    )
    assert schema.pending(db) == ["m004_trials", "m007_print_suite"]
    assert schema.pending(db) == _sqlite_utils_pending(conn)
    conn.close()


@pytest.mark.parametrize(
    "columns",
    [("name", "applied_at"), ("migration_set", "applied_at"), ("migration_set", "name")],
)
def test_a_migrations_table_of_another_shape_is_refused_as_sqlite_utils_refuses_it(
    columns: tuple[str, str],
) -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute(f"CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, {', '.join(columns)})")
    values = [schema.MIGRATION_SET if column == "migration_set" else "x" for column in columns]
    conn.execute(f"INSERT INTO _sqlite_migrations ({', '.join(columns)}) VALUES (?, ?)", values)
    with pytest.raises((KeyError, sqlite3.OperationalError)) as ours:
        schema.pending(Connection(conn))
    with pytest.raises((KeyError, sqlite3.OperationalError)) as theirs:
        _sqlite_utils_pending(conn)
    assert ours.type is theirs.type
    conn.close()


def test_a_file_with_such_a_table_is_damaged(demo_file: Path) -> None:
    conn = sqlite3.connect(demo_file)
    conn.execute("ALTER TABLE _sqlite_migrations RENAME COLUMN name TO label")
    conn.commit()
    conn.close()
    with pytest.raises(KnownError) as caught:
        open_project(demo_file)
    assert caught.value.kind is ErrorKind.DAMAGED


def test_an_up_to_date_file_is_used_without_importing_sqlite_utils(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [name for name in sys.modules if name.split(".")[0] == "sqlite_utils"]:
        monkeypatch.setitem(sys.modules, name, None)  # importing it now raises ImportError
    monkeypatch.setitem(sys.modules, "sqlite_utils", None)
    service = open_project(demo_file)
    try:
        assert service.store.pending_migrations() == []
        schema.apply(service.store.db)  # nothing to apply: nothing imported
        name = service.project().name
        service.set_project_field("name", name + " (edited)")
        assert service.snapshot().project.name == name + " (edited)"
    finally:
        service.close()
