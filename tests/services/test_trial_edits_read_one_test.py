"""A test added, deleted or put back, or its next card number asked, reads the links and that
test's own evidence, never every test's feedback (twenty thousand entries on a project grown
over years: half a second each time). The same for the live console and the projector panels,
which show tests, ideas and votes but no evidence. (What is read, not how long it takes.)"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest

from workshop_app.services.project_service import open_project
from workshop_app.storage.repository import trial_evidence


@pytest.fixture
def reads(monkeypatch):  # type: ignore[no-untyped-def]
    """Which tests' evidence is read: a tuple of uuids, or None for every test's."""
    seen: list[tuple[str, ...] | None] = []
    for name in ("load_feedback", "load_counts"):
        real = getattr(trial_evidence, name)

        def spy(db, of: Sequence[str] | None = None, real=real):  # type: ignore[no-untyped-def]
            seen.append(None if of is None else tuple(of))
            return real(db, of)

        monkeypatch.setattr(trial_evidence, name, spy)
    return seen


def test_adding_deleting_and_restoring_a_test_reads_only_its_evidence(
    demo_file: Path, tmp_path: Path, reads
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.bymidte"
    shutil.copyfile(demo_file, path)
    service = open_project(path)
    try:
        before = len(service.trial_outline().trials)
        trial = service.new_trial(title="Bænke på Torvet")
        reads.clear()
        service.restore_trial(trial)  # added (undo of a delete takes the same road)
        assert None not in reads
        busy = next(
            t for t in service.trial_outline().trials if service.trial_evidence(t.uuid).feedback
        )
        reads.clear()
        dependents = service.trial_dependents(busy.uuid)
        assert reads and set(reads) == {(busy.uuid,)}  # its own evidence, for undo
        assert dependents.feedback  # and all of it
        reads.clear()
        service.delete_trial(busy.uuid)
        d = dependents
        service.restore_trial(
            d.trial,
            d.counts,
            d.feedback,
            d.decisions,
            d.versions,
            d.spawned,
            d.citations,
            d.card_runs,
        )
        assert None not in reads
        assert len(service.trial_outline().trials) == before + 1
        assert service.trial_evidence(busy.uuid).feedback == dependents.feedback
        reads.clear()
        number = service.next_card_number(busy.uuid)
        assert set(reads) <= {(busy.uuid,)} and number >= 1
    finally:
        service.close()
