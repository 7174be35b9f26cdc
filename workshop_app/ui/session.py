"""An open project in the UI: the service, its undo stack, pending edits and the one ``changed``
signal every view refreshes from."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStackedWidget, QWidget

from workshop_app.domain.changes import Changes
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.project_service import ProjectService, ServiceCall

log = logging.getLogger(__name__)

#: Failures of the medium, not of the edit: the edit is kept and retried.
KEEP_PENDING = frozenset(
    {ErrorKind.DISK_FULL, ErrorKind.IO_FAILURE, ErrorKind.READ_ONLY, ErrorKind.LOCKED}
)


class ProjectSession(QObject):
    """Every edit goes through :meth:`apply`; views refresh from :attr:`changed`."""

    changed = Signal(object)  # Changes
    saved = Signal(object)  # datetime.datetime of the COMMIT that returned
    failed = Signal(object)  # KnownError: the edit was refused (bad input)
    pending_changed = Signal(object)  # KnownError or None: edits wait for the medium
    closing = Signal()  # the project is about to close: work of the views on it stops

    def __init__(self, service: ProjectService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.undo_stack = QUndoStack(self)
        #: Edits whose COMMIT failed because of the medium, in order; kept until saved.
        self.pending: list[ServiceCall] = []
        self.pending_error: KnownError | None = None
        #: Called before anything reads the whole project or closes it: pending typing commits.
        self._flush_hooks: list[Callable[[], None]] = []
        #: How many edits were refused so far; :func:`workshop_app.ui.commands.push` compares it.
        self.refusals = 0

    def follow(self, view: QWidget, slot: Callable[[Changes], object]) -> None:
        """Call ``slot`` with every edit's :class:`Changes`, as ``changed.connect`` does, but
        while ``view`` sits on a page or tab not shown (the window is, the view is not hidden
        itself) gather them and call it once, with them all, when the view is shown: a project
        grown over years need not refill every hidden list of two thousand actors per edit."""
        _Follower(self, view, slot)

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

    def apply(self, call: ServiceCall) -> bool:
        """Run one service call (one transaction). Emits ``saved`` only after COMMIT returned.

        Returns False when the edit was refused (it did not happen); an edit that could not be
        written because of the disk or stick is kept in :attr:`pending` and counts as done.
        """
        if self.pending:
            self.pending.append(call)
            self.retry()
            return True
        try:
            changes = call.run(self.service)
        except KnownError as exc:
            if exc.kind in KEEP_PENDING:
                log.warning("edit kept pending: %s", exc.kind.value)
                self.pending.append(call)
                self._set_pending_error(exc)
                return True
            log.warning("edit refused: %s", exc.kind.value)
            self._refuse(exc)
            return False
        self._done(changes)
        return True

    def retry(self) -> bool:
        """Write the pending edits in order; True when none is left."""
        total = Changes()
        while self.pending:
            try:
                total = total | self.pending[0].run(self.service)
            except KnownError as exc:
                if exc.kind not in KEEP_PENDING:
                    # The medium is back but the edit itself no longer fits: drop it, say so.
                    self.pending.pop(0)
                    self._refuse(exc)
                    continue
                self._set_pending_error(exc)
                if not total.empty:
                    self.changed.emit(total)
                return False
            self.pending.pop(0)
        self._set_pending_error(None)
        self._done(total)
        return True

    def save_copy(self, target: Path) -> None:
        """Write the project with every pending edit to a new file (SQLite backup API)."""
        self.flush()
        self.service.save_copy(target, self.pending)

    def _refuse(self, error: KnownError) -> None:
        self.refusals += 1
        self.failed.emit(error)

    def _set_pending_error(self, error: KnownError | None) -> None:
        self.pending_error = error
        self.pending_changed.emit(error)

    def _done(self, changes: Changes) -> None:
        self.saved.emit(dt.datetime.now())
        if not changes.empty:
            self.changed.emit(changes)

    def close(self) -> None:
        self.closing.emit()
        self.flush()
        self._flush_hooks.clear()
        self.undo_stack.clear()
        self.service.close()


def _put_away(view: QWidget) -> bool:
    """Whether ``view`` is out of sight on a page or tab not shown, in a window that is: a
    stack (pages, tabs) shows it again, whatever it shows. Hidden by other code (a panel that
    hides while it has nothing to say), or with no window shown (tests), it follows at once."""
    if view.isVisible() or not view.window().isVisible():
        return False
    widget: QWidget | None = view
    while widget is not None and not widget.isWindow():
        parent = widget.parentWidget()
        if widget.isHidden():
            return isinstance(parent, QStackedWidget)
        widget = parent
    return False


class _Follower(QObject):
    """:meth:`ProjectSession.follow` for one view: its slot now, or its edits kept until shown."""

    def __init__(
        self, session: ProjectSession, view: QWidget, slot: Callable[[Changes], object]
    ) -> None:
        super().__init__(view)  # goes with the view
        self._view = view
        self._slot = slot
        self._pending: Changes | None = None
        session.changed.connect(self._on_changed)
        view.installEventFilter(self)

    def _on_changed(self, changes: Changes) -> None:
        if _put_away(self._view):
            self._pending = changes if self._pending is None else self._pending | changes
            return
        pending, self._pending = self._pending, None
        self._slot(changes if pending is None else pending | changes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._pending is not None:
            pending, self._pending = self._pending, None
            self._slot(pending)
        return False
