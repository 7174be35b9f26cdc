"""db/schema.sql is what a freshly migrated project file contains."""

from __future__ import annotations

from pathlib import Path

from workshop_app.storage.inspect import schema_sql

ROOT = Path(__file__).resolve().parents[2]


def test_schema_snapshot_matches_fresh_database(tmp_path: Path) -> None:
    committed = (ROOT / "db" / "schema.sql").read_text(encoding="utf-8")
    assert schema_sql(tmp_path / "fresh.bymidte") == committed, (
        "db/schema.sql is stale: run python scripts/dump_schema.py"
    )


def test_every_table_has_a_uuid_key(tmp_path: Path) -> None:
    import sqlite3

    from workshop_app.domain.model import Project
    from workshop_app.storage.database import ProjectStore

    path = tmp_path / "p.bymidte"
    ProjectStore.create(path, Project(uuid="00000000-0000-4000-8000-000000000001")).close()
    conn = sqlite3.connect(path)
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' "
            "AND name NOT LIKE 'sqlite_%' AND name NOT IN ('_sqlite_migrations', 'meta')"
        )
    ]
    assert tables
    for table in tables:
        columns = {r[1]: r[5] for r in conn.execute(f"PRAGMA table_info({table})")}
        assert columns.get("uuid") == 1, f"{table} has no uuid primary key"
    conn.close()


def test_file_carries_our_application_id_and_settings(tmp_path: Path) -> None:
    import sqlite3

    from workshop_app import APPLICATION_ID
    from workshop_app.domain.model import Project
    from workshop_app.storage.database import ProjectStore

    path = tmp_path / "p.bymidte"
    store = ProjectStore.create(path, Project(uuid="00000000-0000-4000-8000-000000000002"))
    pragmas = {
        name: store.db.execute(f"PRAGMA {name}").fetchone()[0]
        for name in (
            "journal_mode",
            "synchronous",
            "locking_mode",
            "foreign_keys",
            "secure_delete",
            "trusted_schema",
        )
    }
    store.close()
    assert pragmas == {
        "journal_mode": "delete",
        "synchronous": 2,
        "locking_mode": "exclusive",
        "foreign_keys": 1,
        "secure_delete": 1,
        "trusted_schema": 0,
    }
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    conn.close()
    assert meta["project_uuid"] == "00000000-0000-4000-8000-000000000002"
    assert {"written_by_version", "min_reader_version", "min_writer_version"} <= set(meta)
    assert not Path(str(path) + "-journal").exists()
    assert not Path(str(path) + "-wal").exists()
