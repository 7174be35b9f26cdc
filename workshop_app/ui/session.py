"""An open project in the UI: the service, its undo stack, and the one ``changed`` signal."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from workshop_app.domain.changes import Changes
from workshop_app.errors import KnownError
from workshop_app.services.project_service import ProjectService

log = logging.getLogger(__name__)


class ProjectSession(QObject):
    """Every edit goes through :meth:`apply`; views refresh from :attr:`changed`."""

    changed = Signal(object)  # Changes
    saved = Signal(object)  # datetime.datetime of the COMMIT that returned
    failed = Signal(object)  # KnownError

    def __init__(self, service: ProjectService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.undo_stack = QUndoStack(self)
        #: Called before anything reads the whole project or closes it: pending typing commits.
        self._flush_hooks: list[Callable[[], None]] = []

    def add_flush_hook(self, hook: Callable[[], None]) -> None:
        self._flush_hooks.append(hook)

    def remove_flush_hook(self, hook: Callable[[], None]) -> None:
        if hook in self._flush_hooks:
            self._flush_hooks.remove(hook)

    def flush(self) -> None:
        for hook in list(self._flush_hooks):
            hook()

    @property
    def read_only(self) -> bool:
        return self.service.read_only

    def apply(self, call: Callable[[], Changes]) -> bool:
        """Run one service call (one transaction). Emits ``saved`` only after COMMIT returned."""
        try:
            changes = call()
        except KnownError as exc:
            log.warning("edit failed: %s", exc.kind.value)
            self.failed.emit(exc)
            return False
        self.saved.emit(dt.datetime.now())
        if not changes.empty:
            self.changed.emit(changes)
        return True

    def close(self) -> None:
        self.flush()
        self._flush_hooks.clear()
        self.undo_stack.clear()
        self.service.close()
