"""m004_trials: a file made before phase 3 (by m001–m003) is migrated and keeps its data."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from workshop_app.domain.trials import TrialBook
from workshop_app.services.demo import demo_snapshot, write_demo
from workshop_app.services.project_service import open_project
from workshop_app.storage import backup

TODAY = dt.date(2027, 3, 1)
M004_TABLES = (
    "decision_evidence",
    "decision",
    "feedback",
    "count_session",
    "trial_status",
    "trial_permit",
    "trial_budget",
    "trial_actor",
    "idea_vote",
    "trial",
    "idea",
)


def _back_to_m003(path: Path) -> None:
    """Turn a project file back into one made before phase 3 existed."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DELETE FROM card_run")  # m007's print runs of the tests dropped here
        for table in M004_TABLES:
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm004_trials'")
    conn.close()


def test_a_file_from_before_phase_3_is_migrated_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.bymidte"
    write_demo(path, TODAY).close()
    _back_to_m003(path)
    service = open_project(path)
    try:
        assert service.store.pending_migrations() == []
        snapshot = service.snapshot()
        demo = demo_snapshot(TODAY)
        assert snapshot.trials == TrialBook()
        assert snapshot.project == demo.project and snapshot.meetings == demo.meetings
        assert snapshot.scope == demo.scope and snapshot.actors == demo.actors
        # The new tables work with the old rows.
        meeting = snapshot.meetings[0].meeting.uuid
        idea = service.new_idea(title="Ny idé", origin_meeting=meeting)
        service.restore_idea(idea)
        service.set_votes(idea.uuid, meeting, 3)
        assert service.vote_tallies() == {idea.uuid: 3}
        assert service.store.foreign_key_problems() == []
        before = [
            b for b in backup.list_backups(service.store.file_id) if b.reason == "before-migration"
        ]
        assert len(before) == 1
    finally:
        service.close()
    conn = sqlite3.connect(before[0].path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert "actor" in tables and "trial" not in tables
