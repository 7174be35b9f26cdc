"""What the room screen shows, chosen from the console: the timer, a typed question, the vote
ranking, the actor grid with names hidden, a test's chart, or a blank pause screen.

The room screen itself is the app's one projector window (``ui/projector``); this bar only
chooses its view and shows which one is up. Nothing personal goes there: the views are built
from the meeting, the ideas, the grid without names and a test's counts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from workshop_app.ui import kit
from workshop_app.ui.meetings.live.clock import Clock
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut

if TYPE_CHECKING:
    from workshop_app.ui.projector import Projector
    from workshop_app.ui.projector.views import ProjectorView

# The keys of the room screen, by what it shows.
ROOM_KEYS = {
    "timer": "Ctrl+Shift+T",
    "question": "Ctrl+Shift+Q",
    "ranking": "Ctrl+Shift+R",
    "grid": "Ctrl+Shift+G",
    "chart": "Ctrl+Shift+C",
    "pause": "Ctrl+Shift+B",
    "close": "Ctrl+Shift+X",
}


class RoomBar(QWidget):
    def __init__(
        self,
        session: ProjectSession,
        meeting_uuid: Callable[[], str],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("live_room_bar")
        self._session = session
        self._meeting_uuid = meeting_uuid
        self._clock = clock
        self._projector: Projector | None = None
        views: dict[str, tuple[str, str, Callable[[], object]]] = {
            # key: (button text, what it does, the action)
            "timer": (
                self.tr("Timer"),
                self.tr("Show the current item and its timer on the room screen"),
                self.show_timer,
            ),
            "ranking": (
                self.tr("Ranking"),
                self.tr("Show the dot-vote ranking on the room screen"),
                self.show_ranking,
            ),
            "grid": (
                self.tr("Actor grid"),
                self.tr("Show the actor grid on the room screen, names hidden"),
                self.show_grid,
            ),
            "pause": (
                self.tr("Pause screen"),
                self.tr("Show a blank pause screen on the room screen"),
                self.show_pause,
            ),
            "question": (
                self.tr("Question"),
                self.tr("Show the question typed beside it on the room screen"),
                self.show_question,
            ),
            "chart": (
                self.tr("Test chart"),
                self.tr("Show the chosen test's summary chart on the room screen"),
                self.show_chart,
            ),
            "close": (self.tr("Close"), self.tr("Close the room screen"), self.close_room),
        }
        self.buttons: dict[str, QPushButton] = {}
        for key, (text, tip, action) in views.items():
            keys = ROOM_KEYS[key]
            button = kit.named(QPushButton(text), f"live_room_{key}", tip=f"{tip} ({keys})")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setCheckable(key not in ("close",))
            button.clicked.connect(action)
            page_shortcut(keys, self, self.focus_question if key == "question" else action, tip)
            self.buttons[key] = button
        question = self.tr("A question for the room")
        self.question_edit = kit.line_edit("live_room_question_text", question, accessible=question)
        self.question_edit.setMinimumWidth(160)
        self.question_edit.returnPressed.connect(self.show_question)
        chart = self.tr("The test whose chart is shown")
        self.trial_combo = kit.combo_of_width(
            kit.named(QComboBox(), "live_room_trial", accessible=chart), 10
        )
        self.trial_combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        shown = kit.row(
            kit.label(self.tr("Room screen:"), role="sectionTitle"),
            *(self.buttons[key] for key in ("timer", "ranking", "grid", "pause", "close")),
            None,
            margins=None,
        )
        typed = kit.row(
            (self.question_edit, 1),
            self.buttons["question"],
            8,
            self.trial_combo,
            self.buttons["chart"],
            margins=None,
        )
        # One row where it fits, two on a narrow screen (see resizeEvent).
        self._rows = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.addLayout(shown)
        self._rows.addSpacing(8)
        self._rows.addLayout(typed, 1)
        self._parts = (shown, typed)
        self.reload_trials()
        self._show_state(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        views, typed = self._parts
        wide = views.sizeHint().width() + typed.minimumSize().width() + 8 <= event.size().width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._rows.direction() != direction:
            self._rows.setDirection(direction)

    def reload_trials(self) -> None:
        """The tests to choose a chart from: running ones first, then the others."""
        trials = self._session.service.trial_outline().trials  # no evidence needed
        keep = self.trial_combo.currentData()
        ordered = sorted(trials, key=lambda t: (t.status != "running", t.position))
        blocked = self.trial_combo.blockSignals(True)
        self.trial_combo.clear()
        for trial in ordered:
            self.trial_combo.addItem(trial.title or self.tr("(untitled test)"), trial.uuid)
        found = self.trial_combo.findData(keep)
        self.trial_combo.setCurrentIndex(max(found, 0))
        self.trial_combo.blockSignals(blocked)
        self.buttons["chart"].setEnabled(bool(trials))

    # -- what the room sees ------------------------------------------------------------------------

    def projector(self) -> Projector:
        if self._projector is None:
            from workshop_app.ui.projector import projector_for

            self._projector = projector_for(self.window(), self._session)
            self._projector.closed.connect(self._on_closed)
        # The room's timer reads the console's clock (the same one; the tests move it).
        self._projector.clock = self._clock
        return self._projector

    def _on_closed(self) -> None:
        self._show_state(None)

    def _show(self, key: str, view: ProjectorView) -> None:
        self.projector().show(view)
        self._show_state(key)

    def show_timer(self) -> None:
        from workshop_app.ui.projector.views import TimerView

        self._show("timer", TimerView(self._meeting_uuid()))

    def show_ranking(self) -> None:
        from workshop_app.ui.projector.views import RankingView

        self._show("ranking", RankingView(self._meeting_uuid()))

    def show_grid(self) -> None:
        from workshop_app.ui.projector.views import ActorGridView

        self._show("grid", ActorGridView())

    def show_pause(self) -> None:
        from workshop_app.ui.projector.views import PauseView

        self._show("pause", PauseView())

    def focus_question(self) -> None:
        self.question_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.question_edit.selectAll()

    def show_question(self) -> None:
        from workshop_app.ui.projector.views import QuestionView

        text = self.question_edit.text().strip()
        if not text:
            self.focus_question()
            self._show_state(self.showing())
            return
        self._show("question", QuestionView(text))

    def show_chart(self) -> None:
        from workshop_app.ui.projector.views import TrialChartView

        uuid = self.trial_combo.currentData()
        if not uuid:
            self._show_state(self.showing())
            return
        self._show("chart", TrialChartView(str(uuid)))

    def close_room(self) -> None:
        if self._projector is not None:
            self._projector.close()
        self._show_state(None)

    def showing(self) -> str | None:
        """Which of the bar's views the room screen shows (None: it is closed)."""
        return next((k for k, b in self.buttons.items() if b.isChecked()), None)

    def _show_state(self, key: str | None) -> None:
        for name, button in self.buttons.items():
            button.setChecked(name == key)
        self.buttons["close"].setEnabled(key is not None)
