"""The live console shows the meeting, the tests to chart and the ideas to vote on: it reads the
tests' outline and the meetings' own rows, never every test's evidence or a snapshot of the
whole project (on a project of twenty thousand feedback entries that took half a second to open
the console, and again whenever a meeting was added while it ran)."""

from __future__ import annotations

from collections.abc import Sequence

from workshop_app.storage.repository import trial_evidence
from workshop_app.ui import commands


def test_the_live_console_reads_no_evidence_and_no_snapshot(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    service = window.session.service
    seen: list[str] = []
    for name in ("load_feedback", "load_counts"):
        real = getattr(trial_evidence, name)

        def spy(db, of: Sequence[str] | None = None, real=real, name=name):  # type: ignore[no-untyped-def]
            if of is None:
                seen.append(name)
            return real(db, of)

        monkeypatch.setattr(trial_evidence, name, spy)
    real_snapshot = service.snapshot
    monkeypatch.setattr(service, "snapshot", lambda: (seen.append("snapshot"), real_snapshot())[1])
    workspace = window.workspace
    meeting = service.meeting_list()[0].uuid
    service.store._read_cache.clear()  # as after any change of a test: nothing kept
    assert workspace.show_live(meeting)
    commands.add_meeting(window.session, "Ekstra borgermøde")  # while the meeting runs
    assert workspace.live_shown() == meeting
    assert seen == []
