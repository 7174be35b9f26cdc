"""The live console: the meeting in the room, run from the laptop keyboard.

Composes the timer panel, the room-screen bar, quick capture with the notes, and the dot votes,
and gives them their keys. The live state (which item, since when, pauses) is stored by the
service with every move (``live_*``), so a crash loses nothing: opening the project again comes
back here at the same item with the right elapsed time. The display is redrawn once a second
from ``domain.live.live_figures`` and the console's clock (the tests give a clock they move).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from workshop_app.domain.changes import Changes
from workshop_app.domain.live import LiveFigures, live_figures
from workshop_app.domain.model import MeetingWithAgenda
from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.meetings.live import live_commands
from workshop_app.ui.meetings.live.clock import Clock, system_clock
from workshop_app.ui.meetings.live.notes import NotesPanel
from workshop_app.ui.meetings.live.room_bar import RoomBar
from workshop_app.ui.meetings.live.timer_panel import TimerPanel
from workshop_app.ui.meetings.live.votes import VotesPanel
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut

# How often the display is redrawn while it shows (ms); the figures come from the clock.
TICK_MS = 1000


class LiveConsole(QWidget):
    # The facilitator went back to the project (the meeting keeps running).
    leave_requested = Signal()

    def __init__(
        self, session: ProjectSession, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("live_console")
        self._session = session
        self.clock: Clock = clock or system_clock
        self._meeting: MeetingWithAgenda | None = None
        self.figures: LiveFigures | None = None

        self.timer_panel = TimerPanel()
        self.room = RoomBar(session, self.meeting_uuid, lambda: self.clock())
        self.notes = NotesPanel(session, lambda: self.clock())
        self.votes = VotesPanel(session)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("live_splitter")
        splitter.addWidget(self.notes)
        splitter.addWidget(self.votes)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.timer_panel)
        layout.addWidget(self.room)
        layout.addWidget(splitter, 1)

        # The timer panel's buttons ask; the console does (as the keys below do).
        panel = self.timer_panel
        requests: tuple[tuple[SignalInstance, Callable[..., object] | SignalInstance], ...] = (
            (panel.previous_requested, self.previous_item),
            (panel.next_requested, self.next_item),
            (panel.pause_requested, self.toggle_pause),
            (panel.minutes_requested, self.add_minutes),
            (panel.end_requested, self.end_meeting),
            (panel.leave_requested, self.leave_requested),
        )
        for request, slot in requests:
            request.connect(slot)
        keys: tuple[tuple[str, Callable[[], object], str], ...] = (
            ("Ctrl+L", self.notes.focus_capture, self.tr("Capture a note")),
            ("Alt+Right", self.next_item, self.tr("Next agenda item")),
            ("Alt+Left", self.previous_item, self.tr("Previous agenda item")),
            ("Ctrl+Shift+P", self.toggle_pause, self.tr("Pause or resume the meeting")),
            ("Ctrl+1", lambda: self.add_minutes(1), self.tr("One more minute for this item")),
            ("Ctrl+5", lambda: self.add_minutes(5), self.tr("Five more minutes for this item")),
            ("Ctrl+E", self.end_meeting, self.tr("End the meeting")),
            ("Ctrl+D", self.votes.start_typing, self.tr("Type dot votes")),
        )
        for key, slot, text in keys:
            page_shortcut(key, self, slot, text)

        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.refresh)
        session.follow(self, self._on_changed)

    # -- which meeting -----------------------------------------------------------------------------

    def meeting_uuid(self) -> str:
        return self._meeting.meeting.uuid if self._meeting is not None else ""

    def show_meeting(self, uuid: str) -> bool:
        """Run meeting ``uuid`` here: started now unless it is running already (then it goes on
        where it is). False when the meeting could not be started."""
        self._session.flush()
        meeting = self._session.service.meeting(uuid)
        if self._should_start(meeting):
            start = ServiceCall(ProjectService.live_start, (uuid, self.clock()))
            if not self._session.apply(start):
                return False
            meeting = self._session.service.meeting(uuid)
        self._meeting = meeting
        self.notes.set_meeting(meeting)
        self.votes.set_meeting(uuid)
        self.room.reload_trials()
        self.refresh()
        self.notes.focus_capture()
        return True

    def _should_start(self, meeting: MeetingWithAgenda) -> bool:
        """Not started yet; or ended and the facilitator runs it again from the start (else the
        ended meeting shows, its notes still to be worked on)."""
        live = meeting.live
        if self._session.read_only or (live is not None and live.ended_at is None):
            return False
        if live is None or live.started_at is None:
            return True
        question = self.tr(
            "“{0}” has ended. Run it again from the first item? Its notes stay; the times "
            "start again."
        ).format(meeting.meeting.title or self.tr("(untitled meeting)"))
        return Dialogs.ask(self, self.tr("Run meeting"), question, self.tr("Run again"))

    def _on_changed(self, changes: Changes) -> None:
        if self._meeting is None:
            return
        uuid = self._meeting.meeting.uuid
        if changes.meeting_list or uuid in changes.meetings:
            # The meetings' own rows say whether it is still there (not a snapshot of the
            # whole project: twenty thousand feedback entries read for a meeting added).
            meetings = self._session.service.meeting_list() if changes.meeting_list else ()
            if changes.meeting_list and uuid not in {m.uuid for m in meetings}:
                self._meeting = None  # deleted (undo of its adding, say)
                if self.isVisible():
                    self.leave_requested.emit()
                return
            self._meeting = self._session.service.meeting(uuid)
            self.notes.set_meeting(self._meeting)
            self.refresh()
        if changes.trials:
            self.votes.reload()
            self.room.reload_trials()

    # -- the display -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Redraw the clock from the stored state and the clock (once a second while shown);
        the notes and votes follow the session's changes instead."""
        meeting = self._meeting
        if meeting is None:
            return
        self.figures = live_figures(meeting, self.clock())
        self.timer_panel.show_figures(meeting, self.figures)
        item = None if self.figures.ended else self.figures.item  # notes after the end: none
        self.notes.set_item(item.uuid if item else None, item.title if item else "")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ticker.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._ticker.stop()

    # -- moving the meeting on (stored as it happens, not undo steps) ------------------------------

    def _live(self, method: Callable[..., Changes]) -> None:
        if self._meeting is None or self._session.read_only:
            return
        self._session.flush()
        self._session.apply(ServiceCall(method, (self._meeting.meeting.uuid, self.clock())))

    def _running(self) -> bool:
        return self.figures is not None and self.figures.running

    def next_item(self) -> None:
        if self._running():
            self._live(ProjectService.live_next)

    def previous_item(self) -> None:
        if self._running() and self.figures is not None and self.figures.item_index:
            self._live(ProjectService.live_previous)

    def toggle_pause(self) -> None:
        if self._running() and self.figures is not None:
            paused = self.figures.paused
            self._live(ProjectService.live_resume if paused else ProjectService.live_pause)

    def add_minutes(self, minutes: int) -> None:
        """More minutes for the current item: one undo step (Ctrl+Z takes them back)."""
        figures = self.figures
        if not self._running() or figures is None or figures.item is None:
            return
        item = figures.item
        live_commands.add_minutes(self._session, item.meeting_uuid, item.uuid, item.title, minutes)

    def end_meeting(self) -> None:
        if not self._running() or self._meeting is None:
            return
        title = self.tr("End the meeting")
        question = self.tr(
            "End “{0}” now? The clock stops and the notes, votes and action items stay as they "
            "are; the handout can be printed from them (Ctrl+P)."
        ).format(self._meeting.meeting.title or self.tr("(untitled meeting)"))
        if Dialogs.ask(self, title, question, self.tr("End meeting")):
            self._live(ProjectService.live_end)
