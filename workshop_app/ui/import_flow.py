"""File → Import from JSON…: a JSON export becomes a new project file, which then opens.

The same checks and messages as ``workshop-app import-json IN.json OUT`` (``exchange.json_format
.read_file`` and ``services.project_service.create_project``): the JSON is checked completely
before a file is made, a bad one gets its one-line message and leaves no file, and the new
project never goes over an existing file. Reading and writing run in the background worker
(``ui/worker.py``) behind a progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from workshop_app import FILE_EXTENSION
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.ui import worker
from workshop_app.ui.dialogs import Dialogs


def import_json_file(source: Path, target: Path) -> None:
    """What the worker does (and what the command line does): check, then write a new file."""
    from workshop_app.exchange.json_format import read_file
    from workshop_app.services.project_service import create_project

    if target.exists():
        raise KnownError(ErrorKind.ALREADY_EXISTS, target)
    snapshot = read_file(source)
    create_project(target, snapshot).close()


class ImportFlow(QObject):
    """One import: choose the JSON, choose the new file, import in the background, then
    ``imported(path)`` (the window opens it). Problems are shown as plain one-line messages."""

    imported = Signal(object)  # Path of the new project file

    def __init__(self, parent: QWidget, language: Callable[[], str]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._language = language
        self._task: worker.Task | None = None
        self._progress: QProgressDialog | None = None

    def start(self) -> None:
        source = Dialogs.open_json_path(self._parent, Path.home())
        if source is None:
            return
        suggested = source.with_name(source.stem + FILE_EXTENSION)
        target = Dialogs.new_project_path(self._parent, suggested)
        if target is None:
            return
        if target.exists():  # a project file is never replaced, whatever the file dialog said
            self._fail(KnownError(ErrorKind.ALREADY_EXISTS, target))
            return

        def job(progress: Callable[[int], None], _cancelled: Callable[[], bool]) -> object:
            try:
                import_json_file(source, target)
            except KnownError as exc:
                return exc  # a problem with the user's file, not a bug: no traceback in the log
            progress(100)
            return target

        # No Cancel: half a project is never written, so there is nothing to stop.
        self._task, self._progress = worker.start_behind_progress(
            self._parent,
            self.tr("Importing {0}…").format(source.name),
            None,
            job,
            finished=self._on_finished,
            failed=self._on_failed,
        )

    def _done(self) -> None:
        worker.close_progress(self._progress)
        self._progress = None
        self._task = None

    def _on_finished(self, result: object) -> None:
        self._done()
        if isinstance(result, KnownError):
            self._fail(result)
            return
        self.imported.emit(result)

    def _on_failed(self, _exc: BaseException) -> None:
        self._done()
        Dialogs.error(
            self._parent,
            self.tr("The JSON file could not be imported"),
            self.tr("An unexpected error stopped the import. Details are in the log."),
        )

    def _fail(self, exc: KnownError) -> None:
        Dialogs.error(
            self._parent,
            self.tr("The JSON file could not be imported"),
            exc.message(self._language()),
        )
