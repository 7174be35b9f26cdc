"""Export as JSON… runs in the background: the window keeps answering on a large project, the
file holds the whole project, a cancelled export writes nothing."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workshop_app.exchange.json_format import read_file
from workshop_app.ui.dialogs import Dialogs


def _export_to(window, monkeypatch, target: Path):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(Dialogs, "save_path", classmethod(lambda cls, *a: target))
    window.export_json()
    return window._export


def test_the_export_reads_and_writes_off_the_gui_thread(
    window, monkeypatch, qtbot, errors, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.exchange import json_format

    service = window.session.service
    expected = service.snapshot()
    service.store._read_cache.clear()  # nothing kept: every area must be read for the export
    statements: list[str] = []
    service.store._conn.set_trace_callback(statements.append)
    threads: list[str] = []
    real_dumps = json_format.dumps

    def dumps(snapshot):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real_dumps(snapshot)

    monkeypatch.setattr(json_format, "dumps", dumps)
    target = tmp_path / "export.json"
    try:
        flow = _export_to(window, monkeypatch, target)
        with qtbot.waitSignal(flow.done, timeout=20000) as done:
            pass
    finally:
        service.store._conn.set_trace_callback(None)
    assert done.args == [target]
    assert errors == []
    assert read_file(target) == expected  # the whole project, as a reader gets it back
    # Not one row read on the GUI thread's connection, the JSON made in the worker.
    assert not [s for s in statements if "from feedback" in s.lower() or "meeting_note" in s]
    assert threads and threads[0] != threading.main_thread().name


def test_a_cancelled_export_writes_nothing(
    window, monkeypatch, qtbot, errors, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.exchange import json_format

    real_dumps = json_format.dumps
    flow_box: list[object] = []
    # The worker may reach the writing before start() has kept its task: it waits for that
    # (an event, not a sleep), then cancels as the Cancel button does.
    started = threading.Event()

    def dumps(snapshot):  # type: ignore[no-untyped-def]
        assert started.wait(20)
        flow_box[0]._task.cancel()  # type: ignore[attr-defined]
        return real_dumps(snapshot)

    monkeypatch.setattr(json_format, "dumps", dumps)
    target = tmp_path / "cancelled.json"
    monkeypatch.setattr(Dialogs, "save_path", classmethod(lambda cls, *a: target))
    from workshop_app.ui.export_flow import ExportFlow

    flow = ExportFlow(window.session, window, lambda exc: str(exc))
    flow_box.append(flow)
    finished: list[object] = []
    flow.done.connect(finished.append)
    flow.start()
    task = flow._task
    assert task is not None
    with qtbot.waitSignal(task.signals.cancelled, timeout=20000):
        started.set()
    assert not target.exists() and finished == [] and errors == []
    assert flow._progress is None  # the progress dialog is gone


def test_a_bad_target_is_refused_before_anything_is_read(
    window, monkeypatch, errors, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    service = window.session.service
    project_file = service.path
    before = project_file.read_bytes()
    read: list[object] = []
    monkeypatch.setattr(type(service), "snapshot_reader", lambda self: read.append(1))
    flow = _export_to(window, monkeypatch, project_file)
    assert errors and "never overwritten" in errors[-1][1]
    assert read == [] and flow._task is None
    assert project_file.read_bytes() == before


@contextlib.contextmanager
def _slow_job(qtbot) -> Iterator[tuple[Any, Any]]:  # type: ignore[no-untyped-def]
    """A job behind a progress dialog that waits until the block ends, then finishes; yields
    (its task, its dialog), the dialog shown (after the 300 ms asked)."""
    from PySide6.QtWidgets import QWidget

    from workshop_app.ui import worker

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    done: list[object] = []
    task, dialog = worker.start_behind_progress(
        parent,
        "Working…",
        "Cancel",
        lambda _progress, _cancelled: release.wait(10),
        finished=done.append,
        failed=done.append,
    )
    try:
        qtbot.waitUntil(dialog.isVisible, timeout=2000)  # 300 ms asked; unfixed it took 4 s
        yield task, dialog
    finally:
        release.set()
    qtbot.waitUntil(lambda: done == [True], timeout=10000)
    worker.close_progress(dialog)
    assert not dialog.isVisible()


def test_a_slow_job_shows_its_progress_dialog_without_reporting_progress(qtbot) -> None:  # type: ignore[no-untyped-def]
    # A read that reports nothing for seconds (the export's snapshot) still gets its dialog
    # after the 300 ms asked, not after the 4 s Qt counts from construction.
    with _slow_job(qtbot) as (_task, dialog):
        assert dialog.isVisible()


def test_progress_shown_does_not_run_other_events_inside_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A job's progress moves the bar and nothing else: Qt's QProgressDialog.setValue on a
    shown window-modal dialog processes the pending events itself, so the job's end (which
    closes and deletes the dialog) ran inside it, and setValue went on with a dialog that was
    gone: the app crashed in the event loop now and then as a preview was made (seen in the
    suite as a segmentation fault in QProgressDialog::reset)."""
    from PySide6.QtCore import QTimer

    with _slow_job(qtbot) as (task, dialog):
        inside: list[str] = []
        QTimer.singleShot(0, lambda: inside.append("another event"))  # e.g. the job's end
        task.signals.progress.emit(60)  # as the worker's progress arrives
        assert inside == []  # nothing else ran inside the progress shown
        assert dialog.value() == 60
        qtbot.waitUntil(lambda: inside == ["another event"])
