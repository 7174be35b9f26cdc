"""The timer on the room screen: the current agenda item large, its countdown, the clock, how
far ahead or behind the plan the meeting is, and what comes next.

The figures are ``domain.live.live_figures`` of the meeting and the projector's clock, read once
a second (and at once when the meeting changes). Nothing personal: no responsible, no notes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from workshop_app.domain.changes import Changes
from workshop_app.domain.live import LiveFigures, live_figures, planned_s
from workshop_app.domain.model import MeetingWithAgenda
from workshop_app.errors import KnownError
from workshop_app.ui.meetings.live.clock import hours_minutes
from workshop_app.ui.projector.look import FitLabel, Look
from workshop_app.ui.projector.panels import Panel
from workshop_app.ui.session import ProjectSession

TICK_MS = 1000


def one_line(text: str) -> str:
    return " ".join(text.split())


def clock_text(seconds: int) -> str:
    """A duration as a countdown reads: 12:05, 1:02:05; "−" before it when over time."""
    sign = "−" if seconds < 0 else ""
    seconds = abs(int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


class TimerPanel(Panel):
    """The current item and its countdown; refreshes every second from ``clock``."""

    def __init__(
        self,
        session: ProjectSession,
        look: Look,
        meeting_uuid: str,
        clock: Callable[[], dt.datetime],
    ) -> None:
        super().__init__(session, look)
        self.setObjectName("projector_timer")
        self._meeting_uuid = meeting_uuid
        self._clock = clock
        self._meeting: MeetingWithAgenda | None = None
        self.figures: LiveFigures | None = None
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.position = FitLabel(tone="muted", align=left)
        self.position.setObjectName("projector_timer_position")
        self.clock_label = FitLabel(tone="muted", align=right)
        self.clock_label.setObjectName("projector_timer_clock")
        self.title = FitLabel(bold=True)
        self.title.setObjectName("projector_timer_title")
        self.countdown = FitLabel(bold=True)
        self.countdown.setObjectName("projector_timer_countdown")
        self.state = FitLabel()
        self.state.setObjectName("projector_timer_state")
        self.next_label = FitLabel(tone="muted", align=left)
        self.next_label.setObjectName("projector_timer_next")
        self.elapsed = FitLabel(tone="muted", align=right)
        self.elapsed.setObjectName("projector_timer_elapsed")
        top = QHBoxLayout()
        top.addWidget(self.position, 3)
        top.addWidget(self.clock_label, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.next_label, 3)
        bottom.addWidget(self.elapsed, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 2)
        layout.addWidget(self.title, 5)
        layout.addWidget(self.countdown, 11)
        layout.addWidget(self.state, 2)
        layout.addLayout(bottom, 2)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.refresh()
        self.set_look(look)

    # The clock runs while the room sees it: a panel replaced or a closed window (a project
    # closed with it) reads nothing more.

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tick()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def apply_look(self) -> None:
        look = self.look
        for label in (self.position, self.clock_label, self.state, self.next_label, self.elapsed):
            label.set_sizes(look.body_px, look.min_px)
        self.title.set_sizes(look.title_px, look.min_px)
        self.countdown.set_sizes(look.timer_px, look.px(200))

    def wants(self, changes: Changes) -> bool:
        return self._meeting_uuid in changes.meetings or changes.meeting_list

    def refresh(self) -> None:
        self.tick()

    def tick(self) -> None:
        """Show the figures now. The console stores the live state as it happens (not always
        through the session's signal), so the meeting is read again each second."""
        try:
            self._meeting = self._session.service.meeting(self._meeting_uuid)
        except (KnownError, LookupError):  # deleted (or undone) while shown
            self._meeting = None
        if self._meeting is None:
            self.figures = None
            self._show_gone()
            return
        now = self._clock()
        self.figures = figures = live_figures(self._meeting, now)
        self.clock_label.set_full_text(now.strftime("%H:%M"))
        agenda = self._meeting.agenda
        started = self._meeting.live is not None and self._meeting.live.started_at is not None
        if not agenda:
            self._show_gone(self.tr("The agenda is empty."))
            return
        if figures.item is not None and figures.item_index is not None:
            index, item = figures.item_index, figures.item
            remaining: int | None = figures.item_remaining_s
            upcoming = figures.next_item
        elif not started:  # before the start: the first item and its planned time
            index, item, remaining = 0, agenda[0], planned_s(agenda[0])
            upcoming = agenda[1] if len(agenda) > 1 else None
        else:  # the current item was deleted while the meeting ran
            index, item, remaining, upcoming = len(agenda) - 1, agenda[-1], None, None
        self.position.set_full_text(self.tr("Item {0} of {1}").format(index + 1, len(agenda)))
        self.title.set_full_text(one_line(item.title) or self.tr("Item {0}").format(index + 1))
        if figures.ended or remaining is None:
            self.countdown.set_full_text("")
        else:
            self.countdown.set_full_text(clock_text(remaining))
        self.countdown.set_tone("accent" if remaining is not None and remaining < 0 else "")
        self.state.set_full_text(self._state_text(figures, started))
        self.state.set_tone(
            "accent" if figures.paused or (figures.behind_min > 0 and not figures.ended) else ""
        )
        self.next_label.set_full_text(
            self.tr("Next: {0}").format(one_line(upcoming.title))
            if upcoming is not None
            else self.tr("Last item")
        )
        # Hours and minutes, as the laptop's console says it (12:05 would read as a countdown).
        planned_total = sum(planned_s(each) for each in agenda)
        self.elapsed.set_full_text(
            self.tr("Meeting {0} of {1}").format(
                hours_minutes(figures.meeting_elapsed_s), hours_minutes(planned_total)
            )
        )

    def _state_text(self, figures: LiveFigures, started: bool) -> str:
        if figures.ended:
            return self.tr("The meeting has ended")
        if not started:
            return self.tr("Not started")
        if figures.paused:
            return self.tr("Paused")
        if figures.behind_min > 0:
            return self.tr("{0} min. behind the plan").format(figures.behind_min)
        if figures.behind_min < 0:
            return self.tr("{0} min. ahead of the plan").format(-figures.behind_min)
        return self.tr("On time")

    def _show_gone(self, text: str = "") -> None:
        for label in (self.position, self.title, self.state, self.next_label, self.elapsed):
            label.set_full_text("")
        self.countdown.set_full_text("")
        self.title.set_full_text(text or self.tr("This meeting is no longer in the project."))
