"""The live preview of the "Print and export" page: the chosen document built in the background
worker (the project read there too) and shown with QtPdf, rebuilt when the choice changes.

A new build cancels the one before it (its file is thrown away whenever it ends); the last
finished preview stays on screen, marked as out of date, until the new one is ready. Progress and
a Cancel button show while a build runs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QProgressBar, QPushButton, QWidget

from workshop_app.ui import kit, worker
from workshop_app.ui.pdf_flow import (
    PdfJob,
    SnapshotSource,
    failure_message,
    file_job,
    new_preview_path,
)


class _Build:
    """One build: its task, the file it writes, and what is done when it ends."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.task: worker.Task | None = None


# Every build whose task still runs, whatever became of its page: a task must outlive its run.
_RUNNING: set[_Build] = set()


class PreviewPane(QWidget):
    """Shows the PDF of the last finished build; :meth:`build` starts the next one."""

    # The preview shown is (True) or is not (False) the one last asked for.
    ready_changed = Signal(bool)
    # A build failed: the message shown.
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print_preview")
        self.document = QPdfDocument(self)
        self.view = kit.named(QPdfView(self), "print_preview_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.status = kit.label("", role="hint")
        self.status.setObjectName("print_preview_status")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("print_preview_progress")
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.cancel_button = kit.named(QPushButton(self.tr("Cancel")), "print_preview_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.again_button = kit.named(
            QPushButton(self.tr("Make the preview")), "print_preview_again"
        )
        self.again_button.setVisible(False)
        bar = kit.row((self.status, 1), self.progress, self.cancel_button, self.again_button)
        kit.column(bar, (self.view, 1), parent=self)
        # The file shown (None: nothing yet); the build that is current (None: none running).
        self.pdf_path: Path | None = None
        self.current: _Build | None = None
        # Builds that were replaced but still run: kept alive until their task ends.
        self._stale: list[_Build] = []
        self._ready = False
        # A build asked for that waits for the print modules (the first one of the app).
        self._waiting = False
        self._show_busy(False)

    # -- building ---------------------------------------------------------------------------------

    def wait(self) -> None:
        """A build is asked for but cannot start yet (the print modules are being imported in
        the worker): shown as busy, and Cancel stops it; :meth:`build` follows."""
        self._retire()
        self._busy()
        self._waiting = True

    def is_waiting(self) -> bool:
        """Whether a build asked for with :meth:`wait` is still wanted."""
        return self._waiting

    def build(self, source: SnapshotSource, job: PdfJob) -> worker.Task:
        """Start building ``job`` for the snapshot (``source``, or what it reads in the worker);
        the build before it is cancelled."""
        self._retire()
        one = _Build(new_preview_path())
        self.current = one
        self._busy()
        one.task = worker.start(
            file_job(source, job, one.out),
            progress=self._answer(one, self._progress, last=False),
            finished=self._answer(one, self._finished),
            failed=self._answer(one, self._failed),
            cancelled=self._answer(one, lambda build: self._ended(build)),
        )
        return one.task

    def cancel(self) -> None:
        """Stop the running build (the Cancel button); the preview says it is not up to date."""
        if self.current is None and not self._waiting:
            return
        self._retire()
        self._show_busy(False)
        self.status.setText(self.tr("The preview was cancelled."))
        self.again_button.setVisible(True)

    def show_reason(self, text: str) -> None:
        """No build for this choice (e.g. no meeting yet): say why, show nothing."""
        self._retire()
        self._show_busy(False)
        self._set_ready(False)
        self.document.close()
        self._drop_shown()
        self.status.setText(text)

    def is_building(self) -> bool:
        return self.current is not None or self._waiting

    def is_ready(self) -> bool:
        """Whether the preview shown is the one last asked for (Print and Save use it)."""
        return self._ready

    def discard(self) -> None:
        """Cancel every build and delete the preview file (the page is closing)."""
        self._retire()
        self.document.close()
        self._drop_shown()

    # -- the worker's answers ---------------------------------------------------------------------

    def _answer(
        self, one: _Build, handler: Callable[..., None], last: bool = True
    ) -> Callable[..., None]:
        """The slot for one of ``one``'s signals. A build may end after its page was deleted
        (the window closed): then nothing is shown and its file is removed. ``last``: the build
        has ended, and :data:`_RUNNING` lets its task go."""
        _RUNNING.add(one)

        def slot(*args: Any) -> None:
            if last:
                _RUNNING.discard(one)
            if shiboken6.isValid(self):
                handler(one, *args)
            elif last:
                one.out.unlink(missing_ok=True)

        return slot

    def _progress(self, one: _Build, value: int) -> None:
        if one is self.current:
            self.progress.setValue(value)

    def _finished(self, one: _Build, path: Path) -> None:
        if one is not self.current:
            self._ended(one)
            return
        self.current = None
        self.document.load(str(path))
        self._drop_shown()
        self.pdf_path = path
        self._show_busy(False)
        pages = self.document.pageCount()
        self.status.setText(self.tr("Pages: {0}").format(pages))
        self._set_ready(True)

    def _failed(self, one: _Build, exc: BaseException) -> None:
        if one is not self.current:
            self._ended(one)
            return
        self.current = None
        message = failure_message(exc)
        self._show_busy(False)
        self.status.setText(self.tr("The preview could not be made: {0}").format(message))
        self.again_button.setVisible(True)
        self.failed.emit(message)

    def _ended(self, one: _Build) -> None:
        """A build that is no longer wanted ended: forget it and its file."""
        one.out.unlink(missing_ok=True)
        if one in self._stale:
            self._stale.remove(one)
        if one is self.current:
            self.current = None

    # -- helpers ----------------------------------------------------------------------------------

    def _busy(self) -> None:
        self._set_ready(False)
        self.progress.setValue(0)
        self.status.setText(self.tr("Making the preview…"))
        self._show_busy(True)

    def _retire(self) -> None:
        """Cancel the current build (or the one waiting); it stays referenced until its task
        reports its end."""
        self._waiting = False
        one, self.current = self.current, None
        if one is not None and one.task is not None:
            one.task.cancel()
            self._stale.append(one)
        self._set_ready(False)

    def _drop_shown(self) -> None:
        if self.pdf_path is not None:
            self.pdf_path.unlink(missing_ok=True)
            self.pdf_path = None

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.again_button.setVisible(False)
        self.view.setEnabled(not busy)

    def _set_ready(self, ready: bool) -> None:
        if ready != self._ready:
            self._ready = ready
            self.ready_changed.emit(ready)
