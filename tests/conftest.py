"""Shared fixtures. Qt runs offscreen; every test gets its own data and settings folders."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: offscreen, with one 1920×1080 screen (the plugin's default is
# 800×800, smaller than any screen the app is made for; tests of small screens say so).
os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=" + str(
    Path(__file__).with_name("offscreen_screen.json")
)

import pytest

from workshop_app.services.demo import demo_snapshot, write_demo
from workshop_app.services.project_service import ProjectService

TODAY = dt.date(2027, 3, 1)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "user-data"
    config = tmp_path / "user-config"
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(data))
    monkeypatch.setenv("WORKSHOP_APP_CONFIG_DIR", str(config))
    return data


@pytest.fixture(autouse=True, scope="session")
def collection_between_tests_only() -> Iterator[None]:
    """Python's cyclic garbage collector runs between tests only, never inside one.

    The app collects from a timer on the GUI thread (``ui/gc_guard.py``). In tests that timer,
    or the automatic collector before the app installs it, would fire inside pytest-qt's own
    teardown (it processes events after closing the test's widgets) and collect a panel the
    test dropped while Qt still had its views: the collector empties the models' attributes
    first, then Qt destroys the views, which ask the emptied models for headers (the flaky tally
    and counting-session tests). So here the automatic collector is off and the timer never
    fires; :func:`qt_ends_widget_trees` collects after each test, once Qt has ended the
    widgets."""
    import gc

    from workshop_app.ui import gc_guard, workspace

    threshold = gc.get_threshold()
    gc_guard.INTERVAL_MS = 2**31 - 1
    # Likewise no worker reading ahead after a window's first paint: it would finish inside a
    # later test and add to the queries that test counts (tests/ui/test_read_ahead.py has it on).
    workspace.READ_AHEAD = False
    # Nor a backup written after it (the open backs up first, as the command line's does;
    # tests/ui/test_backup_after_paint.py has it on).
    workspace.BACKUP_AFTER_PAINT = False
    gc.disable()
    yield
    gc.set_threshold(*threshold)
    gc.enable()


@pytest.fixture(autouse=True)
def qt_ends_widget_trees() -> Iterator[None]:
    """After a test, Qt (not Python's garbage collector) destroys the widgets the test left,
    and only then is the garbage collected (as far as the collector's thresholds say).

    A window or panel a test dropped often sits in a reference cycle (a model's lambda holds
    its panel). If the collector met it first, it would empty the Python attributes of its
    models while the views still live. So every widget still standing is deleted by Qt here
    (``deleteLater`` and the deferred deletes sent at once), then the collector runs."""
    yield
    import gc
    import sys

    from workshop_app.ui import gc_guard

    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if isinstance(app, QApplication):
            for widget in app.topLevelWidgets():
                if widget.parent() is None:
                    widget.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc_guard.collect_due(gc.get_threshold())


@pytest.fixture
def lock_files_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder refuses new files (as a read-only folder does), for the lock file only."""
    import os

    from workshop_app.storage import lock

    real_open = os.open

    def refuse(path, flags, *args):  # type: ignore[no-untyped-def]
        if str(path).endswith(lock.LOCK_SUFFIX) and flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refuse)


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """The demo written for this test alone (with its backup in the test's data folder, which a
    copy of one file written once would lack), so a test may edit it."""
    path = tmp_path / "egeby.bymidte"
    write_demo(path, today=TODAY).close()
    return path


@pytest.fixture
def demo_service(demo_file: Path) -> Iterator[ProjectService]:
    from workshop_app.services.project_service import open_project

    service = open_project(demo_file)
    yield service
    service.close()


@pytest.fixture
def demo():  # the demo snapshot as written by demo_file
    return demo_snapshot(TODAY)
