"""The top of the console: the current item large, its countdown, the meeting clock, ahead or
behind the plan, the next item, and the buttons that move the meeting on.

It only shows :class:`~workshop_app.domain.live.LiveFigures` (computed by the console from the
stored live state and its clock); the buttons' signals go to the console.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from workshop_app.domain.live import LiveFigures
from workshop_app.domain.model import MeetingWithAgenda
from workshop_app.ui import kit
from workshop_app.ui.meetings.live.clock import behind_text, countdown, hours_minutes

# Colours that read from a distance on a light background (WCAG AA on white).
OVER = "#b00020"
SOON = "#8a4b00"
AHEAD = "#1b5e20"
PAUSED = "#555555"
# When the countdown turns to "soon" (seconds left).
SOON_S = 120


def _label(name: str, scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if scale != 1.0 or bold:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    return label


def _button(name: str, text: str, keys: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    tip = f"{text.replace('&', '')} ({keys})"
    button.setToolTip(tip)
    button.setAccessibleName(text.replace("&", ""))
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class TimerPanel(QFrame):
    previous_requested = Signal()
    next_requested = Signal()
    pause_requested = Signal()
    minutes_requested = Signal(int)
    end_requested = Signal()
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("live_timer_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.meeting_label = _label("live_meeting_title", 1.1, bold=True)
        self.position_label = _label("live_position", 1.1)
        self.clock_label = _label("live_meeting_clock", 1.5, bold=True)
        self.behind_label = _label("live_behind", 1.5, bold=True)
        self.title_label = _label("live_item_title", 2.3, bold=True)
        self.title_label.setWordWrap(True)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.countdown_label = _label("live_countdown", 4.6, bold=True)
        self.countdown_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.planned_label = _label("live_planned", 1.1)
        self.planned_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.next_label = _label("live_next", 1.2)
        self.next_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.previous_button = _button("live_previous", self.tr("◀ Previous"), "Alt+Left")
        self.pause_button = _button("live_pause", self.tr("Pause"), "Ctrl+Shift+P")
        self.plus1_button = _button("live_plus1", self.tr("+1 min"), "Ctrl+1")
        self.plus5_button = _button("live_plus5", self.tr("+5 min"), "Ctrl+5")
        self.next_button = _button("live_next_item", self.tr("Next ▶"), "Alt+Right")
        self.end_button = _button("live_end", self.tr("End meeting"), "Ctrl+E")
        self.leave_button = _button("live_leave", self.tr("Back to the project"), "Alt+5")
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.pause_button.clicked.connect(self.pause_requested)
        self.plus1_button.clicked.connect(lambda: self.minutes_requested.emit(1))
        self.plus5_button.clicked.connect(lambda: self.minutes_requested.emit(5))
        self.end_button.clicked.connect(self.end_requested)
        self.leave_button.clicked.connect(self.leave_requested)

        top = kit.row(
            (self.meeting_label, 1), self.clock_label, 16, self.behind_label, margins=None
        )
        middle = QGridLayout()
        middle.addWidget(self.position_label, 0, 0)
        middle.addWidget(self.planned_label, 0, 1)
        middle.addWidget(self.title_label, 1, 0)
        middle.addWidget(self.countdown_label, 1, 1)
        middle.setColumnStretch(0, 1)
        buttons = kit.row(
            self.previous_button,
            self.pause_button,
            self.plus1_button,
            self.plus5_button,
            self.next_button,
            None,
            self.end_button,
            self.leave_button,
            margins=None,
        )
        layout = kit.column(
            top, middle, self.next_label, buttons, parent=self, margins=(12, 8, 12, 8)
        )
        layout.setSpacing(4)

    def show_figures(self, meeting: MeetingWithAgenda, figures: LiveFigures) -> None:
        """Write ``figures`` (of ``meeting`` now) into the labels and buttons."""
        self.meeting_label.setText(meeting.meeting.title or self.tr("(untitled meeting)"))
        planned_total = sum(i.duration_min + i.extra_min for i in meeting.agenda) * 60
        self.clock_label.setText(
            self.tr("Meeting {0} of {1}").format(
                hours_minutes(figures.meeting_elapsed_s), hours_minutes(planned_total)
            )
        )
        self._show_behind(figures)
        item = figures.item
        ended = figures.ended
        for button in (self.pause_button, self.plus1_button, self.plus5_button):
            button.setEnabled(item is not None and figures.running)
        self.next_button.setEnabled(figures.running)
        self.previous_button.setEnabled(figures.running and bool(figures.item_index))
        self.end_button.setEnabled(figures.running)
        self.pause_button.setText(self.tr("Resume") if figures.paused else self.tr("Pause"))
        if ended or item is None or figures.item_index is None:
            self.position_label.setText("")
            self.planned_label.setText("")
            self.title_label.setText(
                self.tr("The meeting has ended.")
                if ended
                else self.tr("No agenda item is running.")
                if figures.running
                else self.tr("The meeting has not started.")
            )
            self.countdown_label.setText("")
            self.next_label.setText(
                self.tr("Turn the notes into ideas and action items; print the handout (Ctrl+P).")
                if ended
                else ""
            )
            return
        self.position_label.setText(
            self.tr("Item {0} of {1}").format(figures.item_index + 1, len(meeting.agenda))
            + self._clock_time(figures, figures.item_index)
        )
        extra = self.tr(" (+{0})").format(item.extra_min) if item.extra_min else ""
        planned = (
            self.tr("over the planned {0} min")
            if figures.item_remaining_s < 0
            else self.tr("of {0} min left")
        )
        self.planned_label.setText(planned.format(item.duration_min) + extra)
        self.title_label.setText(item.title or self.tr("(untitled item)"))
        self.countdown_label.setText(countdown(figures.item_remaining_s))
        self._colour(
            self.countdown_label,
            PAUSED
            if figures.paused
            else OVER
            if figures.item_remaining_s < 0
            else SOON
            if figures.item_remaining_s <= SOON_S
            else "",
        )
        following = figures.next_item
        if following is None:
            self.next_label.setText(self.tr("Next: the end of the meeting"))
        else:
            self.next_label.setText(
                self.tr("Next: {0} · {1} min").format(
                    following.title or self.tr("(untitled item)"),
                    following.duration_min + following.extra_min,
                )
                + self._clock_time(figures, figures.item_index + 1)
            )

    def _show_behind(self, figures: LiveFigures) -> None:
        if figures.paused:
            self.behind_label.setText(self.tr("PAUSED") + " · " + behind_text(figures.behind_min))
            self._colour(self.behind_label, PAUSED)
            return
        self.behind_label.setText(behind_text(figures.behind_min))
        self._colour(
            self.behind_label,
            OVER if figures.behind_min > 0 else AHEAD if figures.behind_min < 0 else "",
        )

    def _clock_time(self, figures: LiveFigures, index: int) -> str:
        times = figures.clock_times
        if not 0 <= index < len(times) or times[index] is None:
            return ""
        return self.tr(" · planned {0}").format(f"{times[index]:%H:%M}")

    @staticmethod
    def _colour(label: QLabel, colour: str) -> None:
        label.setStyleSheet(f"color: {colour};" if colour else "")
