"""Garbage is collected on the GUI thread only: a worker thread building a PDF must never be
the one that destroys widgets left in reference cycles (that crashed the app)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from workshop_app.ui import gc_guard, worker


def test_starting_a_worker_hands_collection_to_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    collector = gc_guard.install()
    assert gc_guard.install() is collector
    assert not gc.isenabled()

    destroyed_in: list[str] = []

    class Cyclic(QObject):
        pass

    def make_garbage() -> None:
        widget = QWidget()
        holder = Cyclic()
        holder.me = holder  # type: ignore[attr-defined]
        holder.widget = widget  # type: ignore[attr-defined]
        widget.destroyed.connect(lambda *_: destroyed_in.append(threading.current_thread().name))

    make_garbage()

    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        garbage = [[] for _ in range(50_000)]  # allocations that would trigger a collection
        for item in garbage:
            item.append(item)
        return len(garbage)

    # The slot connected as the job starts (worker.start's own way): waiting for the signal
    # after start() missed it when the job ended first, on a loaded machine.
    ended: list[object] = []
    worker.start(job, finished=ended.append)
    qtbot.waitUntil(lambda: ended == [50_000], timeout=20000)
    assert destroyed_in == []  # the worker collected nothing
    collector.check()
    gc.collect()
    assert destroyed_in == [threading.main_thread().name]
