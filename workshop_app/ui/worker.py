"""The one helper for slow work off the GUI thread: run a function, report progress, cancel.

The function gets ``progress(percent)`` and ``is_cancelled()``; it must not touch widgets or the
GUI thread's database connection (give it an immutable snapshot instead).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from workshop_app.logtext import traceback_text
from workshop_app.ui import gc_guard

log = logging.getLogger(__name__)

Job = Callable[[Callable[[int], None], Callable[[], bool]], Any]


class _Signals(QObject):
    progress = Signal(int)
    finished = Signal(object)  # the job's result
    failed = Signal(object)  # the exception
    cancelled = Signal()


class Task(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.signals = _Signals()
        self._job = job
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._job(self._progress, self._cancel.is_set)
        except Exception as exc:  # reported to the GUI thread, which decides what to show
            if self._cancel.is_set():
                self._tell("cancelled")
            else:
                log.error("background job failed:\n%s", traceback_text(exc))
                self._tell("failed", exc)
            return
        if self._cancel.is_set():
            self._tell("cancelled")
        else:
            self._tell("finished", result)

    def _progress(self, percent: int) -> None:
        self._tell("progress", percent)

    def _tell(self, name: str, *args: object) -> None:
        """Emit ``name`` unless whoever started the job is gone (a project closed while its
        backup was written: the window that asked went with it, and nobody is left to tell;
        Qt said so as an error in the worker)."""
        try:
            getattr(self.signals, name).emit(*args)
        except RuntimeError:  # the signals' object was deleted with its owner
            log.info("background job ended after its window went: %s not told", name)


def start(
    job: Job,
    *,
    progress: Callable[[int], None] | None = None,
    finished: Callable[[Any], None] | None = None,
    failed: Callable[[BaseException], None] | None = None,
    cancelled: Callable[[], None] | None = None,
) -> Task:
    """Run ``job`` in the pool. Pass the slots here: they are connected before the job starts,
    so a job that ends at once (a file refused in a millisecond) is never missed."""
    # Garbage must never be collected in the worker (it may hold widgets): see gc_guard.
    gc_guard.install()
    task = Task(job)
    for signal, slot in (
        (task.signals.progress, progress),
        (task.signals.finished, finished),
        (task.signals.failed, failed),
        (task.signals.cancelled, cancelled),
    ):
        if slot is not None:
            signal.connect(slot)
    QThreadPool.globalInstance().start(task)
    return task


def start_behind_progress(
    parent: QWidget,
    text: str,
    cancel: str | None,
    job: Job,
    *,
    finished: Callable[[Any], None],
    failed: Callable[[BaseException], None],
    cancelled: Callable[[], None] | None = None,
) -> tuple[Task, QProgressDialog]:
    """:func:`start` ``job`` behind a window-modal progress dialog (shown after 300 ms) whose bar
    follows the job's ``progress``; its button (text ``cancel``) cancels the job. With ``cancel``
    None the dialog has no button and a busy bar (a job that must not stop half-way)."""
    dialog = QProgressDialog(parent)
    dialog.setLabelText(text)
    # The job's progress moves this bar, never the dialog's setValue: on a shown modal dialog
    # that processes every pending event itself, and the job's end (which closes and deletes
    # the dialog) ran inside it: setValue then went on with a dialog that was gone (a crash in
    # QProgressDialog::reset as a slow preview was made).
    bar = QProgressBar(dialog)
    dialog.setBar(bar)
    dialog.setRange(0, 0 if cancel is None else 100)  # 0 to 0: a busy bar
    if cancel is None:
        dialog.setCancelButton(None)
    else:
        dialog.setCancelButtonText(cancel)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setValue(0)  # the 300 ms count from now (without a value Qt waits its default 4 s)
    task = start(
        job,
        progress=None if cancel is None else bar.setValue,
        finished=finished,
        failed=failed,
        cancelled=cancelled,
    )
    dialog.canceled.connect(task.cancel)
    return task, dialog


def close_progress(dialog: QProgressDialog | None) -> None:
    """Close a dialog of :func:`start_behind_progress` for good (closing it cancels nothing)."""
    if dialog is not None:
        dialog.canceled.disconnect()
        dialog.close()
        dialog.deleteLater()
