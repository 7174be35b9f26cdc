"""Opening a page costs the same number of SQL statements whatever the project holds: no query
per actor, test, feedback entry or meeting (the N+1 that makes a project grown over years slow).
Counts, not times: the suite never measures time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bench.generate import generate
from workshop_app.services.demo import write_demo
from workshop_app.services.project_service import open_project
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.workspace import PAGES, Workspace

TODAY = dt.date(2027, 3, 1)


def statements_per_page(path: Path, qtbot) -> dict[str, int]:  # type: ignore[no-untyped-def]
    from workshop_app.ui.i18n import install_translators

    install_translators("en")
    session = ProjectSession(open_project(path))
    workspace = Workspace(session)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 768)
    workspace.show()
    conn = session.service.store._conn
    counts: dict[str, int] = {}
    try:
        for name in PAGES:
            seen: list[str] = []
            conn.set_trace_callback(seen.append)
            workspace.show_page(name)
            qtbot.wait(1)  # let queued refreshes run
            conn.set_trace_callback(None)
            counts[name] = len(seen)
    finally:
        workspace.close()
        session.close()
    return counts


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("queries")
    demo, grown = folder / "demo.bymidte", folder / "grown.bymidte"
    write_demo(demo, TODAY).close()
    sizes = dict(actors=40, tests=6, feedback=80, counts=8, meetings=5, notes=40)
    generate(grown, sizes, quiet=True).close()
    return demo, grown


def test_a_page_opens_with_as_many_queries_on_a_grown_project(files, qtbot) -> None:  # type: ignore[no-untyped-def]
    demo, grown = files
    assert statements_per_page(grown, qtbot) == statements_per_page(demo, qtbot)


def test_opening_a_project_and_its_tests_page_reads_no_feedback_of_other_tests(  # type: ignore[no-untyped-def]
    files, qtbot, monkeypatch
) -> None:
    """The navigation, the overview and the tests page read the tests without their evidence:
    feedback is read for the running tests the dashboard shows and the test shown (its counts,
    summary and decisions), and for the whole book only when the feedback tab shows it."""
    from workshop_app.domain.dashboard import shown_running
    from workshop_app.storage.repository import trial_evidence

    _demo, grown = files
    read: list[str] = []
    real = trial_evidence._feedback_from_row
    monkeypatch.setattr(
        trial_evidence, "_feedback_from_row", lambda row: read.append(row[1]) or real(row)
    )
    session = ProjectSession(open_project(grown))
    workspace = Workspace(session)
    qtbot.addWidget(workspace)
    try:
        workspace.resize(1366, 768)
        workspace.show()
        outline = session.service.trial_outline()
        running = set(shown_running(outline.trials))
        assert set(read) <= running
        workspace.show_page("trials")
        qtbot.wait(1)
        assert set(read) <= running
        shown = workspace.trials.list.selected_uuid()
        for tab in ("counts", "summary", "decisions"):  # the test shown, its evidence alone
            workspace.trials.show_tab("trials", tab)
            qtbot.wait(1)
        assert set(read) <= running | {shown}
        workspace.trials.show_tab("ideas")
        workspace.trials.show_tab("lineage")
        qtbot.wait(1)
        assert set(read) <= running | {shown}
        workspace.trials.show_tab("trials", "feedback")
        assert set(read) <= running | {shown}
        # Each entry of the test shown checked as it was first read (the summary), not again by
        # each tab after it (the dashboard may have read it too, were it running).
        assert shown is not None
        entries = session.service.trial_feedback(shown).feedback_of(shown)
        assert entries and len(entries) <= read.count(shown) <= 2 * len(entries)
    finally:
        workspace.close()
        session.close()
