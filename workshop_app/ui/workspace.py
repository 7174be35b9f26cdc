"""The open project: navigation on the left, one page per part of the method on the right."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.changes import Changes
from workshop_app.domain.scope import phase_progress
from workshop_app.errors import KnownError
from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.ui import worker
from workshop_app.ui.dashboard import Target
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.icons import icon
from workshop_app.ui.parts import Part
from workshop_app.ui.pending_bar import PendingBar
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut
from workshop_app.ui.style import NAVIGATION, READ_ONLY_BANNER

if TYPE_CHECKING:
    from workshop_app.ui.actors.page import ActorsPage
    from workshop_app.ui.exports_page import ExportsPage
    from workshop_app.ui.meetings.live import LiveConsole
    from workshop_app.ui.meetings.view import MeetingsPage
    from workshop_app.ui.overview import OverviewPage
    from workshop_app.ui.scope.page import ScopePage
    from workshop_app.ui.trials.page import TrialsPage

#: Read ahead, after the first paint, what a page would wait for (off in the test suite, where
#: a worker finishing mid-test would add queries to the ones a test counts; its own test turns
#: it on).
READ_AHEAD = True
#: The window's open owes its verified backup (``open_project(backup_later=True)``), written in a
#: worker once the window is painted: on a project grown over years it took 0.1 s of the open.
#: Off in the tests (tests/conftest.py), which open as the command line does, backup first
#: (tests/ui/test_backup_after_paint.py has it on).
BACKUP_AFTER_PAINT = True

PAGES = ("overview", "scope", "actors", "trials", "meetings", "handouts")

# Where each page's class lives. A page's module is imported, and the page built, the first time
# it is shown (or asked for): start-up pays only for the page the user sees first.
PAGE_CLASSES = {
    "overview": ("workshop_app.ui.overview", "OverviewPage"),
    "scope": ("workshop_app.ui.scope.page", "ScopePage"),
    "actors": ("workshop_app.ui.actors.page", "ActorsPage"),
    "trials": ("workshop_app.ui.trials.page", "TrialsPage"),
    "meetings": ("workshop_app.ui.meetings.view", "MeetingsPage"),
    "handouts": ("workshop_app.ui.exports_page", "ExportsPage"),
}

# Below this width the navigation shows icons only (names and progress in the tooltips), so a
# 1024 px laptop gives the page the room its tables need.
COMPACT_BELOW = 1200
_NAV_WIDTH, _NAV_COMPACT_WIDTH = 250, 58
_FULL_TEXT = Qt.ItemDataRole.UserRole + 1


class Workspace(QWidget):
    # The pages' print and export requests, whichever page asks (pages are built lazily, so the
    # window connects to these rather than to the pages).
    charter_requested = Signal()
    json_requested = Signal()
    run_meeting_requested = Signal()
    #: The open's backup, written after the first paint, failed (the ``KnownError``).
    backup_failed = Signal(object)

    def __init__(
        self, session: ProjectSession, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.session = session
        self._language = language
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setStyleSheet(NAVIGATION)
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(_NAV_WIDTH)
        self._compact = False
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self._widgets: dict[str, QWidget] = {}
        self._when_built: dict[str, list[Callable[[Any], object]]] = {}  # see when_built
        titles = {
            "overview": self.tr("Overview"),
            "scope": self.tr("1 Start-up and scope"),
            "actors": self.tr("2 Actors"),
            "trials": self.tr("3 Prototype tests"),
            "meetings": self.tr("Meetings"),
            "handouts": self.tr("Print and export"),
        }
        for index, name in enumerate(PAGES):
            # Alt+1…6 for the pages: Ctrl+1/2/3 are the feedback form's sentiment keys and
            # Ctrl+PgDown/PgUp switch the tabs within a page, so no key means two things.
            keys = f"Alt+{index + 1}"
            item = QListWidgetItem(icon(name), titles[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.navigation.addItem(item)
            self._set_item_text(index, titles[name])
            self.pages.addWidget(QWidget())  # the page itself comes when first shown
            page_shortcut(
                keys,
                self,
                functools.partial(self.show_page, name),
                self.tr("Go to {0}").format(titles[name]),
                Qt.ShortcutContext.WindowShortcut,
            )
        self._titles = titles
        # The live console: a page without a row, built on first use (:meth:`show_live`).
        self._live: LiveConsole | None = None
        self._live_title = self.tr("Live meeting")
        self._read_ahead_started = False
        self._read_ahead_task: worker.Task | None = None
        self._idle_done: Callable[[Any], Any] | None = None
        self._idle_owes_backup = False
        session.changed.connect(self._on_changed)
        self._show_scope_progress()
        self._show_trials_progress()
        self.navigation.currentRowChanged.connect(self._on_page)
        self.navigation.setCurrentRow(0)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        if session.read_only:
            newer = session.service.store.newer_writer
            text = (
                self.tr(
                    "This project was saved by a newer version ({0}) of the app, so it is open "
                    "read-only here. Update the app to edit it."
                ).format(newer)
                if newer
                else self.tr(
                    "This project is open read-only: changes cannot be saved. "
                    "Save a copy to work on it."
                )
            )
            banner = QLabel(text)
            banner.setTextFormat(Qt.TextFormat.PlainText)
            banner.setObjectName("read_only_banner")
            banner.setStyleSheet(READ_ONLY_BANNER)
            banner.setWordWrap(True)
            right.addWidget(banner)
        self.pending_bar = PendingBar(session, language)
        right.addWidget(self.pending_bar)
        right.addWidget(self.pages, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addLayout(right, 1)

    # -- pages, built when first needed --------------------------------------------------------

    def page(self, name: str) -> QWidget:
        """The page ``name``, built (and its module imported) on first use."""
        built = self._widgets.get(name)
        if built is not None:
            return built
        module, class_name = PAGE_CLASSES[name]
        page_class = getattr(importlib.import_module(module), class_name)
        args: tuple[Any, ...] = (self._language,) if name == "scope" else ()
        # Made inside the stack: a page made parentless and adopted later would be a window of
        # its own first, and taking that window away can leave no window active.
        built = page_class(self.session, *args, parent=self.pages)
        self._widgets[name] = built
        index = PAGES.index(name)
        placeholder = self.pages.widget(index)
        current = self.pages.currentIndex()
        self.pages.insertWidget(index, built)
        if placeholder is not None:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        self.pages.setCurrentIndex(current)
        self._connect(name, built)
        for apply in self._when_built.pop(name, ()):
            apply(built)
        return built

    def when_built(self, name: str, apply: Callable[[Any], object]) -> None:
        """``apply(page)`` once the page ``name`` is built: now, if it is."""
        built = self._widgets.get(name)
        if built is not None:
            apply(built)
        else:
            self._when_built.setdefault(name, []).append(apply)

    # The pages by name, each built (as page() does) when first asked.
    overview: Part[OverviewPage] = Part("overview", page)
    scope: Part[ScopePage] = Part("scope", page)
    actors: Part[ActorsPage] = Part("actors", page)
    trials: Part[TrialsPage] = Part("trials", page)
    meetings: Part[MeetingsPage] = Part("meetings", page)
    exports: Part[ExportsPage] = Part("handouts", page)

    def built_pages(self) -> tuple[str, ...]:
        return tuple(name for name in PAGES if name in self._widgets)

    def _connect(self, name: str, page: Any) -> None:
        if name == "overview":
            page.open_requested.connect(self.open_target)
        elif name == "scope":
            page.charter_requested.connect(self.charter_requested)
        elif name == "actors":
            page.print_requested.connect(lambda: self.exports.print_actor_map())
        elif name == "trials":
            page.card_requested.connect(lambda uuid: self.exports.print_trial_cards(uuid))
            page.report_requested.connect(lambda uuid: self.exports.print_trial_report(uuid))
        elif name == "meetings":
            page.run_requested.connect(self.run_meeting_requested)
        elif name == "handouts":
            page.json_requested.connect(self.json_requested)

    # -- navigation --------------------------------------------------------------------------------

    def _show_scope_progress(self) -> None:
        """The scope entry's second line, from the stored scope (the page need not exist)."""
        project = self.session.service.project()
        dates = project.start_date is not None and project.end_date is not None
        done, total = phase_progress(self.session.service.scope(), dates)
        progress = self.tr("{0} of {1} sections done").format(done, total)
        self._set_item_text(PAGES.index("scope"), f"{self._titles['scope']}\n{progress}")

    def _on_changed(self, changes: Changes) -> None:
        if changes.scope or changes.project:
            self._show_scope_progress()
        if changes.trials:
            self._show_trials_progress()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._read_ahead_started:
            self._read_ahead_started = True
            QTimer.singleShot(0, self._after_first_paint)  # once the first paint is done

    def _after_first_paint(self) -> None:
        """What the window need not wait for, in a worker over one copy of the file: the
        backup the open owes, then the read ahead of what a page shown next would wait for
        (the tests' outline: ~0.1 s on a project grown over years)."""
        owes_backup = self.session.service.store.backup_due is not None
        try:
            pair = self.session.service.idle_work(read_ahead=READ_AHEAD)
        except KnownError:  # closed meanwhile (the window quit; the close made what was
            return  # owed), or the file went away: the next write says so
        if pair is None:
            return
        work, self._idle_done = pair
        self._idle_owes_backup = owes_backup

        def job(_progress: object, _cancelled: object) -> object:
            return work()

        # Slots of this widget (not lambdas): a workspace rebuilt meanwhile (another
        # language) is not called when the work ends.
        self._read_ahead_task = worker.start(
            job, finished=self._after_idle_work, failed=self._idle_work_failed
        )

    def _after_idle_work(self, result: object) -> None:
        done, self._idle_done = self._idle_done, None
        problem = done(result) if done is not None else None
        if problem is not None:
            self.backup_failed.emit(problem)

    def _idle_work_failed(self, exc: BaseException) -> None:
        """Something unforeseen stopped the work (the worker logged it): a backup it owed was
        not made, and the window says so; a read ahead lost is read when its page shows."""
        self._idle_done = None
        if self._idle_owes_backup:
            self.backup_failed.emit(exc)

    def _show_trials_progress(self) -> None:
        """The tests page's second line: how many tests, how many running now."""
        trials = self.session.service.trial_statuses()
        row = PAGES.index("trials")
        if not trials:
            self._set_item_text(row, self._titles["trials"])
            return
        running = sum(1 for _uuid, status in trials if status == "running")
        line = self.tr("{0} tests, {1} running").format(len(trials), running)
        self._set_item_text(row, f"{self._titles['trials']}\n{line}")

    def _set_item_text(self, row: int, text: str) -> None:
        """A navigation entry's name (and progress line): shown, or in the tooltip when compact."""
        item = self.navigation.item(row)
        item.setData(_FULL_TEXT, text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
        item.setText("" if self._compact else text)
        item.setToolTip(f"{text.replace(chr(10), ' · ')} (Alt+{row + 1})")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = event.size().width() < COMPACT_BELOW
        if compact != self._compact:
            self._compact = compact
            self.navigation.setFixedWidth(_NAV_COMPACT_WIDTH if compact else _NAV_WIDTH)
            self.navigation.setIconSize(QSize(28, 28) if compact else QSize(22, 22))
            for row in range(self.navigation.count()):
                self._set_item_text(row, self.navigation.item(row).data(_FULL_TEXT))

    def _on_page(self, row: int) -> None:
        if row < 0:  # the live console shows: no page is current
            return
        self.session.flush()
        self.page(PAGES[row])
        self.pages.setCurrentIndex(row)

    def show_page(self, name: str) -> None:
        row = PAGES.index(name)
        self.navigation.setCurrentRow(row)
        self._on_page(row)  # also when the row was current before the live console showed

    # -- the live console --------------------------------------------------------------------------

    @property
    def live(self) -> LiveConsole:
        """The live console, built (and its module imported) the first time it is needed."""
        if self._live is None:
            from workshop_app.ui.meetings.live import LiveConsole

            self._live = LiveConsole(self.session, parent=self.pages)
            self._live.leave_requested.connect(self._leave_live)
            self.pages.addWidget(self._live)
        return self._live

    def show_live(self, meeting_uuid: str) -> bool:
        """Run the meeting in the live console (started now unless it is running already)."""
        if not self.live.show_meeting(meeting_uuid):
            return False
        blocked = self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(-1)
        self.navigation.blockSignals(blocked)
        self.pages.setCurrentWidget(self.live)
        self.live.notes.focus_capture()
        return True

    def resume_live(self) -> bool:
        """A meeting that was running when the app stopped (a crash, the battery) goes on in the
        live console at the item it was at, with the time that has passed since."""
        uuid = None if self.session.read_only else self.session.service.live_meeting()
        return uuid is not None and self.show_live(uuid)

    def run_meeting(self) -> str:
        """Run meeting (F5): the live console for the meeting running now, else the one shown on
        the meetings page, else the next one by date. Returns what the status bar should say
        ("" when the console shows)."""
        service = self.session.service
        running = service.live_meeting()
        on_page = self.current_page() == "meetings" and not self.live_shown()
        chosen = self.meetings.current_meeting() if on_page else None
        if running is not None and chosen not in (None, running):
            title = service.meeting(running).meeting.title or self.tr("(untitled meeting)")
            question = self.tr(
                "“{0}” is still running. End it and run the chosen meeting instead?"
            ).format(title)
            if not Dialogs.ask(self, self.tr("Run meeting"), question, self.tr("End it")):
                chosen = running
            elif not self.session.apply(
                ServiceCall(ProjectService.live_end, (running, self.live.clock()))
            ):
                return ""
        uuid = chosen or running or service.next_meeting(self.live.clock().date())
        if uuid is None:  # the first in the list (not the whole project read for it)
            uuid = next(iter(service.meeting_uuids()), None)
        if uuid is None:
            return self.tr("There is no meeting to run yet: add one on the Meetings page.")
        self.show_live(uuid)
        return ""

    def live_shown(self) -> str | None:
        """The meeting the live console shows, if it is the page shown."""
        if self._live is not None and self.pages.currentWidget() is self._live:
            return self._live.meeting_uuid() or None
        return None

    def _leave_live(self) -> None:
        """Back to the meetings page, at the meeting that was run."""
        uuid = self.live.meeting_uuid()
        self.show_page("meetings")
        if uuid:
            self.meetings.select_meeting(uuid)
        self.meetings.meeting_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_target(self, target: Target) -> None:
        """Show the page a dashboard row leads to, with its record selected and focused."""
        page, key = target.page, target.key
        if page in ("actors", "plan", "grid"):
            self.show_page("actors")
            self.actors.show_tab("register" if page == "actors" else page)
            if key and page == "actors":
                self.actors.select(key)
                self.actors.view.setFocus(Qt.FocusReason.OtherFocusReason)
            elif key and page == "plan":
                self.actors.plan.select(key)
                self.actors.plan.view.setFocus(Qt.FocusReason.OtherFocusReason)
        elif page == "trials":
            self.show_page("trials")
            if key:
                self.trials.open_trial(key)
                self.trials.show_tab("trials", "summary")
        elif page == "meetings":
            self.show_page("meetings")
            if key:
                self.meetings.select_meeting(key)
                self.meetings.meeting_list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.show_page(page)
            if page == "scope" and key:
                self.scope.show_section(key)

    def current_page(self) -> str:
        return PAGES[max(self.navigation.currentRow(), 0)]

    def page_titles(self) -> dict[QWidget, str]:
        """Each page's widget and its title (for the list of shortcuts: every page is built, and
        every part of a page that is built when first shown, such as the tests' tabs)."""
        titles: dict[QWidget, str] = {self.page(name): self._titles[name] for name in PAGES}
        for page in titles:
            build_all = getattr(page, "build_all", None)
            if build_all is not None:
                build_all()
        titles[self.live] = self._live_title
        return titles
