"""A snapshot read in another thread from a copy of the file (storage/copy_read.py and
ProjectService.snapshot_reader): the same rows, the same checks, and the file untouched."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.project_service import open_project


def _in_thread(reader):  # type: ignore[no-untyped-def]
    got: list[object] = []
    thread = threading.Thread(target=lambda: got.append(_result(reader)))
    thread.start()
    thread.join()
    return got[0]


def _result(reader):  # type: ignore[no-untyped-def]
    try:
        return reader()
    except KnownError as exc:
        return exc


def test_a_reader_made_before_an_edit_reads_the_project_as_it_was(demo_file: Path) -> None:
    service = open_project(demo_file)
    try:
        before = service.snapshot()
        service.store._read_cache.clear()
        reader = service.snapshot_reader()
        trial = before.trials.trials[0]
        service.set_trial_value(trial.uuid, "title", "Renamed after the reader was made")
        assert _in_thread(reader) == before
        after = _in_thread(service.snapshot_reader())
        assert after.trials.trials[0].title == "Renamed after the reader was made"
    finally:
        service.close()


def test_a_broken_row_is_found_by_the_reader_too(demo_file: Path) -> None:
    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE feedback SET sentiment = 'ecstatic' WHERE rowid = 1")
    conn.commit()
    conn.close()
    service = open_project(demo_file)
    try:
        found = _in_thread(service.snapshot_reader())
        assert isinstance(found, KnownError) and found.kind is ErrorKind.DAMAGED
    finally:
        service.close()


def test_the_outline_names_what_the_snapshot_names(demo_file: Path) -> None:
    service = open_project(demo_file)
    try:
        full, outline = service.snapshot(), service.print_outline()
        assert outline.project == full.project
        assert [m.meeting for m in outline.meetings] == [m.meeting for m in full.meetings]
        assert outline.trials.card_runs == full.trials.card_runs
        assert [(t.uuid, t.title, t.version_of, t.status) for t in outline.trials.trials] == [
            (t.uuid, t.title, t.version_of, t.status) for t in full.trials.trials
        ]
        assert not outline.trials.feedback and not outline.actors.actors
        for trial in full.trials.trials:
            numbers = [f.card_number or 0 for f in full.trials.feedback_of(trial.uuid)]
            runs = [r.last for r in full.trials.card_runs if r.trial_uuid == trial.uuid]
            assert service.next_free_card(trial.uuid) == max([0, *numbers, *runs]) + 1
    finally:
        service.close()
