"""The window opens a project before its backup is written: the open's verified backup is
written in a worker after the first paint (then the read ahead), and a backup that fails is
said in the status bar, as one that failed on open was."""

from __future__ import annotations

import pytest

from workshop_app.errors import ErrorKind, KnownError
from workshop_app.storage import backup
from workshop_app.storage.database import ProjectStore
from workshop_app.ui import workspace as workspace_module


@pytest.fixture
def after_paint(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(workspace_module, "BACKUP_AFTER_PAINT", True)
    monkeypatch.setattr(workspace_module, "READ_AHEAD", True)


def _count(path) -> int:  # type: ignore[no-untyped-def]
    store = ProjectStore.open(path, read_only=True)
    try:
        return len(store.file_backups())
    finally:
        store.close()


def test_the_backup_is_written_after_the_first_paint_then_the_read_ahead(  # type: ignore[no-untyped-def]
    after_paint, make_window, demo_file, qtbot
) -> None:
    had = _count(demo_file)
    window = make_window("en")
    assert window.open_path(demo_file)
    store = window.session.service.store
    assert store.backup_due == "open" and len(store.file_backups()) == had  # not before the window
    store._read_cache.pop("trial_outline", None)  # as on a project opened afresh
    window.show()
    qtbot.waitUntil(lambda: len(store.file_backups()) == had + 1, timeout=20000)
    assert store.backup_due is None
    newest = store.file_backups()[0]
    assert newest.reason == "open" and backup.is_good(newest.path)
    qtbot.waitUntil(lambda: "trial_outline" in store._read_cache, timeout=20000)
    window.close()


def test_a_backup_that_fails_in_the_worker_is_said_in_the_status_bar(  # type: ignore[no-untyped-def]
    after_paint, make_window, demo_file, qtbot, monkeypatch
) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise KnownError(ErrorKind.DISK_FULL, demo_file)

    monkeypatch.setattr(backup, "make_backup", full)
    window = make_window("en")
    assert window.open_path(demo_file)
    window.show()
    qtbot.waitUntil(
        lambda: "No backup could be made" in window.statusBar().currentMessage(), timeout=20000
    )
    assert window.session is not None and not window.session.read_only  # the work goes on
    store = window.session.service.store
    assert store.backup_problem is not None and store.backup_problem.kind is ErrorKind.DISK_FULL
    window.close()


def test_a_backup_stopped_by_something_unforeseen_is_said_too(  # type: ignore[no-untyped-def]
    after_paint, make_window, demo_file, qtbot, monkeypatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug in the backup")

    monkeypatch.setattr(backup, "make_backup", broken)
    window = make_window("en")
    assert window.open_path(demo_file)
    window.show()
    qtbot.waitUntil(
        lambda: "No backup could be made" in window.statusBar().currentMessage(), timeout=20000
    )
    window.close()
