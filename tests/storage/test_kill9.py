"""kill -9 of a process that is committing edits: no acknowledged edit is ever lost.

The harness (``killharness.py`` beside this file, also used by ``bench/kill9.py``) runs a child
that commits edits through the app's own storage layer and prints each id after COMMIT returned;
the parent SIGKILLs it after a random number of acknowledged edits, then opens the file through
the app's normal open path and checks every acknowledged id and ``integrity_check``. The same
checks are run against deliberately unsafe children, and must fail there. "Delete personal data,
then kill": after a deletion reported done the planted name is in no file, and after any kill
the file is sound and its personal fields were blanked entirely or not at all.

Set ``KILL9_SEED`` to replay a run; the seed is in every failure message.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from killharness import check_into, make_project, run, run_deletions

CYCLES = 50


def _seed() -> int:
    value = os.environ.get("KILL9_SEED")
    return int(value) if value else random.randrange(2**32)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "kill9.bymidte")


def test_no_acknowledged_edit_is_lost_under_kill_9(project: Path) -> None:
    report = run(project, cycles=CYCLES, seed=_seed(), max_acks=20)
    assert report.cycles == CYCLES, report.summary()
    assert report.acknowledged >= CYCLES, report.summary()
    assert report.ok, report.summary()
    assert not report.lost
    assert not report.integrity_failures


def test_harness_sees_edits_acknowledged_before_they_are_committed(project: Path) -> None:
    # Every id is printed inside one transaction that only a clean exit would commit.
    report = run(project, cycles=3, mode="commit-on-close", seed=_seed(), max_acks=10)
    assert not report.ok, report.summary()
    assert len(report.lost) == report.acknowledged > 0, report.summary()
    assert not report.integrity_failures, report.summary()  # a rollback, not a corruption


def test_harness_sees_a_saved_indicator_that_runs_ahead_of_commit(project: Path) -> None:
    # The id is printed inside the open transaction; COMMIT waits for the parent's go-ahead,
    # which the last id before each kill never gets: every cycle loses exactly that id.
    report = run(project, cycles=5, mode="ack-before-commit", seed=_seed(), max_acks=5)
    assert not report.ok, report.summary()
    assert len(report.lost) == report.cycles == 5, report.summary()
    assert report.acknowledged > len(report.lost), report.summary()  # the others were saved


def test_harness_sees_a_damaged_file(project: Path) -> None:
    # The same checking code reports a file that no longer opens instead of passing it.
    report = run(project, cycles=1, seed=_seed(), max_acks=3)
    assert report.ok, report.summary()
    data = bytearray(project.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for start in range(page_size, len(data), page_size):
        data[start : start + 12] = b"\xff" * 12
    project.write_bytes(bytes(data))
    assert not check_into(report, project, set())
    assert report.open_failures and "DAMAGED" in report.open_failures[0], report.summary()
    assert not report.ok


def test_delete_personal_data_then_kill_leaves_no_name_and_a_sound_file(project: Path) -> None:
    report = run_deletions(project, cycles=8, seed=_seed())
    assert report.cycles == 8, report.summary()
    assert report.acknowledged >= 1, report.summary()
    assert report.ok, report.summary()


def test_harness_sees_a_deletion_that_leaves_names_behind(project: Path) -> None:
    # Blanking the fields and nothing else: the journal and the backups keep the name.
    report = run_deletions(project, cycles=2, seed=_seed(), mode="blank-only")
    assert report.acknowledged >= 1, report.summary()
    assert not report.ok and report.names_left, report.summary()
    assert not report.integrity_failures and not report.half_done, report.summary()
