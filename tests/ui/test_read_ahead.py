"""After the first paint the tests' outline is read in a worker, over a copy of the file, and
kept: the tests page then opens without reading it on the GUI thread. A read made stale by an
edit meanwhile is dropped, never kept."""

from __future__ import annotations

import pytest

from workshop_app.ui import workspace as workspace_module


@pytest.fixture
def reading_ahead(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(workspace_module, "READ_AHEAD", True)


def _statements(service) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    service.store._conn.set_trace_callback(seen.append)
    return seen


def test_the_outline_is_read_ahead_and_the_tests_page_reads_no_test(  # type: ignore[no-untyped-def]
    reading_ahead, make_window, demo_file, qtbot
) -> None:
    window = make_window("en")
    assert window.open_path(demo_file)
    service = window.session.service
    service.store._read_cache.pop("trial_outline", None)  # as on a project opened afresh
    window.show()
    # The worker starts after the first paint and may be done before a signal could be waited
    # for: wait for what it leaves (the kept read) instead.
    qtbot.waitUntil(lambda: window.workspace._read_ahead_task is not None, timeout=10000)
    qtbot.waitUntil(lambda: "trial_outline" in service.store._read_cache, timeout=20000)
    kept = service.store._read_cache["trial_outline"][1]
    assert service.trial_outline() is kept  # the kept read is the one made in the worker
    seen = _statements(service)
    try:
        window.workspace.show_page("trials")
    finally:
        service.store._conn.set_trace_callback(None)
    whole = [s for s in seen if " from trial " in f"{s.lower()} " and "where" not in s.lower()]
    assert whole == [], whole  # the list came from the outline read ahead
    window.close()


def test_a_read_made_stale_by_an_edit_is_dropped(session) -> None:  # type: ignore[no-untyped-def]
    service = session.service
    service.store._read_cache.pop("trial_outline", None)
    pair = service.idle_work()
    assert pair is not None
    work, done = pair
    result = work()  # as the worker does, over the copy taken above
    value = result.reads["trial_outline"]
    trial = value.trials[0]
    service.set_trial_value(trial.uuid, "title", trial.title + " (renamed)")
    assert done(result) is None
    outline = service.trial_outline()
    assert outline is not value  # a table of the area changed since the copy: not kept
    assert outline.trials[0].title.endswith("(renamed)")
    # Kept already (and no backup owed): nothing left to do.
    assert service.idle_work() is None


def test_a_read_ahead_kept_is_the_same_as_a_read(session) -> None:  # type: ignore[no-untyped-def]
    service = session.service
    expected = service.trial_outline()
    service.store._read_cache.pop("trial_outline", None)
    pair = service.idle_work()
    assert pair is not None
    work, done = pair
    result = work()
    assert done(result) is None
    assert service.trial_outline() is result.reads["trial_outline"]
    assert service.trial_outline() == expected


def test_a_read_ahead_due_after_the_project_closed_reads_nothing(  # type: ignore[no-untyped-def]
    reading_ahead, make_window, demo_file, qtbot, errors
) -> None:
    # As with --quit-after-startup: the first paint schedules the read, the window closes first.
    window = make_window("en")
    assert window.open_path(demo_file)
    workspace = window.workspace
    window.session.service.close()
    workspace._after_first_paint()  # what the timer would run now
    assert workspace._read_ahead_task is None and errors == []


def test_a_job_that_ends_after_its_window_went_tells_nobody(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    # A project closed while its backup was written: the workspace that started the job is
    # gone with its task's signals. The job ends quietly (Qt raised in the worker before).
    import logging
    import threading

    import shiboken6

    from workshop_app.ui import worker

    release = threading.Event()
    ended = threading.Event()

    def job(progress, _cancelled):  # type: ignore[no-untyped-def]
        release.wait(5)
        progress(50)
        return "done"

    told: list[object] = []
    task = worker.Task(job)
    task.signals.finished.connect(told.append)
    shiboken6.delete(task.signals)  # its window went
    caplog.set_level(logging.INFO, logger="workshop_app.ui.worker")
    runner = threading.Thread(target=lambda: (task.run(), ended.set()))
    runner.start()
    release.set()
    runner.join(5)
    assert ended.is_set()  # run() returned, no exception out of it
    assert told == []
    assert "not told" in caplog.text


def test_the_records_read_ahead_serve_the_files_own_reads(session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The tests and ideas read ahead in the worker were made and checked there: after a test
    # is added the whole outline is read again on the file's own connection, and only the new
    # test is made (not the 500 tests and 1,500 ideas of a grown project, 200 ms).
    from workshop_app.storage import repository
    from workshop_app.storage.connection import Connection
    from workshop_app.storage.repository import trials as trial_rows

    service = session.service
    store = service.store
    store._read_cache.pop("trial_outline", None)
    store.db.row_memo.clear()  # as on a file just opened: nothing read on it yet
    pair = service.idle_work()
    assert pair is not None
    work, done = pair
    assert done(work()) is None
    made: list[str] = []
    real = trial_rows._trial_from_row
    monkeypatch.setattr(
        trial_rows, "_trial_from_row", lambda row, parts: (made.append(row[0]), real(row, parts))[1]
    )
    trial = service.new_trial(title="Bænke på Torvet")
    service.restore_trial(trial)
    made.clear()
    outline = service.trial_outline()
    assert made == [trial.uuid]
    assert outline == repository.load_trial_outline(Connection(store.db.conn))  # a fresh read


def test_the_overview_reads_no_relation_and_the_actors_page_finds_the_map_read_ahead(  # type: ignore[no-untyped-def]
    reading_ahead, make_window, demo_file, qtbot
) -> None:
    """The overview shows the actors' checks and steps due, never their relations: the open
    reads none (thousands on a grown project); the worker reads the whole map, and the actors
    page shows it without reading it again."""
    window = make_window("en")
    seen: list[str] = []
    assert window.open_path(demo_file)
    service = window.session.service
    store = service.store
    for area in ("actors", "overview_actors"):  # as on a project opened afresh
        store._read_cache.pop(area, None)
    seen = _statements(service)
    window.workspace.overview.refresh()
    window.show()
    assert not [s for s in seen if "actor_relation" in s], seen
    assert any(" from actor" in s.lower() for s in seen)  # the actors themselves are read
    qtbot.waitUntil(lambda: "actors" in store._read_cache, timeout=20000)
    kept = store._read_cache["actors"][1]
    assert kept.relations == service.actor_map().relations != ()
    seen.clear()
    try:
        window.workspace.show_page("actors")
    finally:
        store._conn.set_trace_callback(None)
    assert service.actor_map() is kept
    assert not [s for s in seen if "actor_relation" in s or "from actor " in s.lower()], seen
    window.close()
