"""Export as JSON…: the whole project as a JSON file, read and written in the background.

The target is checked at once (a project file, a folder or a read-only place is refused before
anything is read, with the same messages as every output); the project is then read from a copy
of the committed file (``ProjectService.snapshot_reader``) and turned into JSON in the worker
(``ui/worker.py``) behind a progress dialog that can be cancelled; the file is written last,
atomically (``services/outputs.py``). On a project grown over years the read and the JSON take
seconds: the window keeps answering meanwhile, and a cancelled export writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from workshop_app.errors import KnownError
from workshop_app.services.outputs import check_output, write_output
from workshop_app.ui import worker
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.session import ProjectSession


class ExportFlow(QObject):
    """One export: choose the file, read and write it in the background, then ``done(path)``."""

    done = Signal(object)  # Path of the JSON file written

    def __init__(
        self,
        session: ProjectSession,
        parent: QWidget,
        message: Callable[[KnownError], str],
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._parent = parent
        self._message = message
        self._task: worker.Task | None = None
        self._progress: QProgressDialog | None = None

    def start(self) -> None:
        from workshop_app.ui.pdf_flow import safe_file_name

        self._session.flush()
        service = self._session.service
        name = safe_file_name(service.project().name, "project") + ".json"
        target = Dialogs.save_path(
            self._parent,
            self.tr("Export as JSON"),
            Path.home() / name,
            self.tr("JSON files (*.json)"),
        )
        if target is None:
            return
        source = service.path
        try:
            check_output(target, source=source)
        except KnownError as exc:
            self._fail(exc)
            return
        read = service.snapshot_reader()

        def job(progress: Callable[[int], None], cancelled: Callable[[], bool]) -> object:
            from workshop_app.exchange.json_format import dumps

            snapshot = read()
            progress(50)
            data = dumps(snapshot).encode("utf-8")
            if cancelled():
                return None
            try:
                write_output(target, data, source=source)
            except KnownError as exc:
                return exc  # the medium or the place, not a bug: no traceback in the log
            progress(100)
            return target

        self._task, self._progress = worker.start_behind_progress(
            self._parent,
            self.tr("Exporting {0}…").format(target.name),
            self.tr("Cancel"),
            job,
            finished=self._on_finished,
            failed=self._on_failed,
            cancelled=self._close,
        )

    def _close(self) -> None:
        worker.close_progress(self._progress)
        self._progress = None
        self._task = None

    def _on_finished(self, result: object) -> None:
        self._close()
        if isinstance(result, KnownError):
            self._fail(result)
        elif isinstance(result, Path):
            self.done.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        self._close()
        if isinstance(exc, KnownError):  # the file could not be read (damaged, unreadable)
            self._fail(exc)
            return
        Dialogs.error(
            self._parent,
            self.tr("Export failed"),
            self.tr("An unexpected error stopped the export. Details are in the log."),
        )

    def _fail(self, exc: KnownError) -> None:
        Dialogs.error(self._parent, self.tr("Export failed"), self._message(exc))
