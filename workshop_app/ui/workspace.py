"""The open project: navigation on the left, one page per part of the method on the right."""

from __future__ import annotations

import functools

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
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
from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.ui.actors.page import ActorsPage
from workshop_app.ui.dashboard import Target
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.exports_page import ExportsPage
from workshop_app.ui.icons import icon
from workshop_app.ui.meetings.live import LiveConsole
from workshop_app.ui.meetings.view import MeetingsPage
from workshop_app.ui.overview import OverviewPage
from workshop_app.ui.pending_bar import PendingBar
from workshop_app.ui.scope.page import ScopePage
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut
from workshop_app.ui.trials.page import TrialsPage

PAGES = ("overview", "scope", "actors", "trials", "meetings", "handouts")

#: Below this width the navigation shows icons only (names and progress in the tooltips), so a
#: 1024 px laptop gives the page the room its tables need.
COMPACT_BELOW = 1200
_NAV_WIDTH, _NAV_COMPACT_WIDTH = 250, 58
_FULL_TEXT = Qt.ItemDataRole.UserRole + 1


class Workspace(QWidget):
    def __init__(
        self, session: ProjectSession, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.session = session
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(_NAV_WIDTH)
        self._compact = False
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.overview = OverviewPage(session)
        self.meetings = MeetingsPage(session)
        self.exports = ExportsPage(session)
        self.scope = ScopePage(session, language)
        self.actors = ActorsPage(session)
        self.trials = TrialsPage(session)
        titles = {
            "overview": self.tr("Overview"),
            "scope": self.tr("1 Start-up and scope"),
            "actors": self.tr("2 Actors"),
            "trials": self.tr("3 Prototype tests"),
            "meetings": self.tr("Meetings"),
            "handouts": self.tr("Handouts and export"),
        }
        widgets = {
            "overview": self.overview,
            "scope": self.scope,
            "actors": self.actors,
            "trials": self.trials,
            "meetings": self.meetings,
            "handouts": self.exports,
        }
        for index, name in enumerate(PAGES):
            # Alt+1…6 for the pages: Ctrl+1/2/3 are the feedback form's sentiment keys and
            # Ctrl+PgDown/PgUp switch the tabs within a page, so no key means two things.
            keys = f"Alt+{index + 1}"
            item = QListWidgetItem(icon(name), titles[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.navigation.addItem(item)
            self._set_item_text(index, titles[name])
            self.pages.addWidget(widgets[name])
            page_shortcut(
                keys,
                self,
                functools.partial(self.show_page, name),
                self.tr("Go to {0}").format(titles[name]),
                Qt.ShortcutContext.WindowShortcut,
            )
        self._titles = titles
        self._widgets = widgets
        # The live console: a page without a row, shown by :meth:`show_live`.
        self.live = LiveConsole(session)
        self.live.leave_requested.connect(self._leave_live)
        self.pages.addWidget(self.live)
        self._live_title = self.tr("Live meeting")
        self.actors.print_requested.connect(self.exports.print_actor_map)
        self.trials.card_requested.connect(self.exports.print_trial_cards)
        self.trials.report_requested.connect(self.exports.print_trial_report)
        self.overview.open_requested.connect(self.open_target)
        self.scope.progress_changed.connect(self._show_scope_progress)
        self._show_scope_progress(*self.scope.last_progress)
        session.changed.connect(self._on_changed)
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

    def _show_scope_progress(self, done: int, total: int) -> None:
        progress = self.tr("{0} of {1} sections done").format(done, total)
        self._set_item_text(PAGES.index("scope"), f"{self._titles['scope']}\n{progress}")

    def _on_changed(self, changes: Changes) -> None:
        if changes.trials:
            self._show_trials_progress()

    def _show_trials_progress(self) -> None:
        """The tests page's second line: how many tests, how many running now."""
        trials = self.session.service.trial_book().trials
        row = PAGES.index("trials")
        if not trials:
            self._set_item_text(row, self._titles["trials"])
            return
        running = sum(1 for t in trials if t.status == "running")
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
        self.pages.setCurrentIndex(row)

    def show_page(self, name: str) -> None:
        row = PAGES.index(name)
        self.navigation.setCurrentRow(row)
        self._on_page(row)  # also when the row was current before the live console showed

    # -- the live console --------------------------------------------------------------------------

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
        if uuid is None:
            meetings = service.snapshot().meetings
            uuid = meetings[0].meeting.uuid if meetings else None
        if uuid is None:
            return self.tr("There is no meeting to run yet: add one on the Meetings page.")
        self.show_live(uuid)
        return ""

    def live_shown(self) -> str | None:
        """The meeting the live console shows, if it is the page shown."""
        if self.pages.currentWidget() is self.live:
            return self.live.meeting_uuid() or None
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
        """Each page's widget and its title (for the list of shortcuts)."""
        titles: dict[QWidget, str] = {self._widgets[name]: self._titles[name] for name in PAGES}
        titles[self.live] = self._live_title
        return titles
