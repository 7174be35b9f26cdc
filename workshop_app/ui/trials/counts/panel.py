"""``CountsPanel``: the counting sessions of one test, the form for a new session, and the tally
grids of the selected session. Every change is an undo command (``evidence_commands.py``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QDate,
    QLocale,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import (
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.limits import MAX_SHORT_TEXT
from workshop_app.domain.trials import (
    Cell,
    CountSession,
    Tally,
    Trial,
)
from workshop_app.domain.vocabulary import (
    AGE_BANDS,
    COUNT_PHASES,
    STAY_ACTIVITIES,
    TRAVEL_MODES,
)
from workshop_app.errors import KnownError
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.record_model import ColumnFitter, select_uuid, selected_uuid, setup_record_view
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut
from workshop_app.ui.trials import evidence_commands, texts
from workshop_app.ui.trials.common import TrialView, hint, push_button, row, section_title
from workshop_app.ui.trials.counts.sessions import (
    SESSION_COLUMNS,
    UUID_ROLE,
    CountSessionsModel,
    SessionDelegate,
    _day,
    guess_phase,
    times_problem,
)
from workshop_app.ui.trials.counts.tally import (
    TallyBox,
    TallyModel,
    block_labels,
    hhmm,
    number_text,
)


class CountsPanel(TrialView):
    """The counting sessions of one test (:meth:`set_trial`) and the tally of the selected one."""

    NAME = "counts_panel"

    #: The uuid of the selected counting session, or "" when none.
    session_selected = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._trial: str | None = None
        self._book_trial: Trial | None = None
        self._shown_session: str | None = None

        self._build_sessions_list()
        self._build_new_form()
        self._build_tallies()
        self._build_layout()

        self.follow_changes()
        self._refresh()

    # -- building -----------------------------------------------------------------------------

    def _build_sessions_list(self) -> None:
        """The list of sessions with its buttons (New, Delete)."""
        session = self._session
        editable = not self._session.read_only
        self.sessions_title = section_title(self.tr("Counting sessions"))
        self.sessions = CountSessionsModel(session, self)
        self.sessions.refused.connect(self._on_session_refused)
        self.sessions_view = QTableView()
        # Tab leaves the table (the arrow keys move between its cells).
        setup_record_view(
            self.sessions_view,
            "count_sessions",
            self.sessions,
            SessionDelegate(self.sessions_view),
            editable=editable,
            tab_leaves=True,
        )
        self.sessions_view.selectionModel().selectionChanged.connect(self._on_selection)
        # Date, times, phase and the two totals stay in view; place and note give way.
        self.sessions_fitter = ColumnFitter(
            self.sessions_view,
            {SESSION_COLUMNS.index("date"): 110, SESSION_COLUMNS.index("place"): 70},
            primary_until=SESSION_COLUMNS.index("staying"),
            widest=170,
        )
        self.empty_hint = hint("", "counts_empty_hint")
        self.delete_button = push_button(
            "count_delete",
            self.tr("Delete session"),
            self.delete_session,
            role="remove",
            tip=self.tr("Delete the selected counting session (Delete)"),
        )
        # On a narrow screen the form for a new session folds away beside the list and this
        # button (or Ctrl+Shift+N) brings it back; the list and the grids get the width.
        self.new_button = push_button(
            "count_new",
            self.tr("New counting session"),
            self.focus_new_session,
            role="add",
            tip=self.tr("Add a counting session (Ctrl+Shift+N)"),
        )
        self.new_button.hide()
        self._narrow = False
        page_shortcut(
            QKeySequence.StandardKey.Delete,
            self.sessions_view,
            self.delete_session,
            self.tr("Delete the selected counting session"),
            Qt.ShortcutContext.WidgetShortcut,
        )

    def _build_new_form(self) -> None:
        """The form for a new session (Ctrl+Shift+N goes to it)."""
        editable = not self._session.read_only
        self.new_box = QGroupBox(self.tr("New counting session"))
        self.new_box.setToolTip(self.tr("Add a counting session (Ctrl+Shift+N)"))
        self.new_date = QDateEdit()
        self.new_date.setObjectName("count_new_date")
        self.new_date.setCalendarPopup(True)
        self.new_date.setDisplayFormat("dd-MM-yyyy")
        self.new_date.setDate(QDate.currentDate())
        self.new_date.dateChanged.connect(self._on_new_date)
        self.new_date.setToolTip(self.tr("The day of the new counting session (Ctrl+Shift+N)"))
        self.new_shortcut = page_shortcut(
            "Ctrl+Shift+N",
            self,
            self.focus_new_session,
            self.tr("Go to the form for a new counting session"),
        )
        self.new_start = QTimeEdit(QTime(10, 0))
        self.new_start.setObjectName("count_new_start")
        self.new_start.setDisplayFormat("HH:mm")
        self.new_end = QTimeEdit(QTime(11, 0))
        self.new_end.setObjectName("count_new_end")
        self.new_end.setDisplayFormat("HH:mm")
        self.new_phase = QComboBox()
        self.new_phase.setObjectName("count_new_phase")
        for key, label in texts.phase_labels().items():
            self.new_phase.addItem(label, key)
        self.new_weather = QComboBox()
        self.new_weather.setObjectName("count_new_weather")
        self.new_weather.addItem("–", "")
        for key, label in texts.weather_labels().items():
            self.new_weather.addItem(label, key)
        self.new_place = QLineEdit()
        self.new_place.setObjectName("count_new_place")
        self.new_place.setMaxLength(MAX_SHORT_TEXT)
        self.new_place.setPlaceholderText(self.tr("Where you count, e.g. the line by no. 12"))
        self.new_place.returnPressed.connect(self.add_session)
        self.add_button = push_button(
            "count_add",
            self.tr("Add session"),
            self.add_session,
            role="add",
            tip=self.tr("Add the counting session and start typing counts"),
        )
        times = row(self.new_start, QLabel("–"), self.new_end, None)
        form = QFormLayout(self.new_box)
        form.addRow(texts.count_field_labels()["date"], self.new_date)
        form.addRow(self.tr("Time"), times)
        form.addRow(texts.count_field_labels()["phase"], self.new_phase)
        form.addRow(texts.count_field_labels()["weather"], self.new_weather)
        form.addRow(self.tr("Place"), self.new_place)
        form.addRow("", self.add_button)
        self.new_box.setEnabled(editable)

    def _build_tallies(self) -> None:
        """The two tally grids of the selected session, the keys hint and the message line."""
        session = self._session
        self.tally_title = section_title("", "tally_title")
        mode_labels = texts.mode_labels()
        self.passing = TallyModel(
            session,
            [mode_labels[m] for m in TRAVEL_MODES],
            self._write_passing,
            lambda values: self._write_tally("passing", values),
            self,
        )
        self.staying = TallyModel(
            session,
            [texts.age_band_labels()[a] for a in AGE_BANDS],
            self._write_staying,
            lambda values: self._write_tally("staying", values),
            self,
        )
        self.passing_box = TallyBox(
            self.tr("People passing, per 10 minutes"), self.passing, "passing_grid"
        )
        self.staying_box = TallyBox(
            self.tr("People staying, by activity and age"), self.staying, "staying_grid"
        )
        self.passing_view = self.passing_box.view
        self.staying_view = self.staying_box.view
        for model in (self.passing, self.staying):
            model.refused.connect(self.show_message)
        for view in (self.passing_view, self.staying_view):
            view.delegate.rejected.connect(self._on_key_rejected)
        self.keys_hint = hint(
            self.tr(
                "Type a number to count, Tab to go right, Enter for the next row, Backspace to "
                "leave a cell blank (not counted). Ctrl+V pastes cells copied from a "
                "spreadsheet. Ctrl+Z undoes."
            )
        )
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setObjectName("counts_message")
        self.message.setProperty("role", "warning")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()

    def _build_layout(self) -> None:
        """The list and the new-session form above, the grids below, in a splitter."""
        list_side = QVBoxLayout()
        list_side.setContentsMargins(0, 0, 0, 0)
        list_side.addWidget(self.sessions_title)
        list_side.addWidget(self.sessions_view, 1)
        list_side.addWidget(self.empty_hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        list_side.addLayout(buttons)
        top = QWidget()
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(list_side, 1)
        top_layout.addWidget(self.new_box, 0)
        grids = QWidget()
        grids_layout = QVBoxLayout(grids)
        grids_layout.setContentsMargins(0, 0, 0, 0)
        grids_layout.addWidget(self.tally_title)
        row = QHBoxLayout()
        row.addWidget(self.passing_box, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(line)
        row.addWidget(self.staying_box, 1)
        grids_layout.addLayout(row, 1)
        grids_layout.addWidget(self.message)
        grids_layout.addWidget(self.keys_hint)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(grids)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([230, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # -- public ----------------------------------------------------------------------------------

    def set_trial(self, uuid: str | None) -> None:
        """Show the counting sessions of this test (``None``: none)."""
        if uuid == self._trial:
            return
        self._trial = uuid or None
        self._shown_session = None
        self.hide_message()
        self._refresh(select_last=True)
        self._fill_new_form_defaults()

    def trial(self) -> str | None:
        return self._trial

    def selected_uuid(self) -> str | None:
        return selected_uuid(self.sessions_view, UUID_ROLE)

    def select(self, uuid: str) -> None:
        select_uuid(self.sessions_view, self.sessions, uuid)

    #: Below this width the new-session form folds away (see ``new_button``).
    NARROW_BELOW = 860

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < self.NARROW_BELOW
        if narrow != self._narrow:
            self._narrow = narrow
            self.new_box.setVisible(not narrow)
            self.new_button.setVisible(narrow)

    def focus_new_session(self) -> None:
        """Ctrl+Shift+N: the keyboard to the first field (the day) of the new session form."""
        if not self.new_box.isEnabled():
            return
        self.new_box.show()
        self.new_date.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.new_date.setSelectedSection(self.new_date.sectionAt(0))

    def add_session(self) -> str | None:
        """Add a session from the form; the passing grid gets the keyboard at its first cell.
        Returns the new session's uuid (``None`` when refused)."""
        if self._trial is None or self._session.read_only:
            return None
        self._session.flush()
        day = _day(self.new_date.date())
        start = dt.time(self.new_start.time().hour(), self.new_start.time().minute())
        end = dt.time(self.new_end.time().hour(), self.new_end.time().minute())
        problem = times_problem(None, start, end)
        if problem:
            self.show_message(problem)
            self.new_end.setFocus()
            return None
        try:
            count = self._session.service.new_count_session(
                self._trial,
                day,
                start,
                end,
                phase=self.new_phase.currentData(),
                weather=self.new_weather.currentData(),
                place=" ".join(self.new_place.text().split()),
            )
        except KnownError as exc:
            self.show_message(exc.message(_language()))
            return None
        if not evidence_commands.add_count_session(self._session, count):
            return None
        self.hide_message()
        self.select(count.uuid)
        self.new_box.setVisible(not self._narrow)
        self.passing_view.setFocus()
        for view in (self.passing_view, self.staying_view):
            view.go_to_first_cell()
        return count.uuid

    def delete_session(self) -> None:
        uuid = self.selected_uuid()
        if uuid is None or self._session.read_only:
            return
        self._session.flush()
        row = self.sessions.row_of(uuid)
        evidence_commands.delete_count_session(self._session, self.sessions.row(row))
        if self.sessions.rowCount():
            self.sessions_view.selectRow(min(row, self.sessions.rowCount() - 1))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def hide_message(self) -> None:
        self.message.hide()
        self.message.setText("")

    # -- loading ---------------------------------------------------------------------------------

    def _refresh(self, touched: frozenset[str] | None = None, select_last: bool = False) -> None:
        """Read the test's sessions again; only the rows ``touched`` (uuids) change when it
        names them."""
        keep = self.selected_uuid()
        service = self._session.service
        # This test's sessions alone: no other test's evidence is read.
        book = service.trial_counts(self._trial) if self._trial else service.trial_outline()
        trial = book.trial(self._trial) if self._trial else None
        if trial is None:
            self._trial = None
        self._book_trial = trial
        counts = book.counts_of(trial.uuid) if trial else ()
        self.sessions.set_rows(counts, touched)
        if select_last and counts:
            keep = counts[-1].uuid
        if keep is not None and self.sessions.row_of(keep) >= 0:
            row = self.sessions.row_of(keep)
            if self.sessions_view.selectionModel().selectedRows() != [self.sessions.index(row, 0)]:
                self.sessions_view.selectRow(row)
        self._show_tally()
        editable = not self._session.read_only
        self.new_box.setEnabled(editable and trial is not None)
        self.delete_button.setEnabled(editable and self.selected_uuid() is not None)
        if trial is None:
            self.empty_hint.setText(self.tr("Choose a test to see its counting sessions."))
        elif not counts:
            self.empty_hint.setText(
                self.tr(
                    "No counting sessions yet. Count before the test as well as during it, at "
                    "the same place and time of day, so the numbers can be compared."
                )
            )
        self.empty_hint.setVisible(trial is None or not counts)

    def _show_tally(self) -> None:
        uuid = self.selected_uuid()
        row = self.sessions.row_of(uuid) if uuid else -1
        count = self.sessions.row(row) if row >= 0 else None
        if count is None:
            self.passing.set_values([], [])
            self.staying.set_values([], [])
            self.tally_title.setText(self.tr("Tally"))
            self.passing_box.totals.setText("")
            self.staying_box.totals.setText("")
            self.passing_box.setEnabled(False)
            self.staying_box.setEnabled(False)
        else:
            self.passing_box.setEnabled(True)
            self.staying_box.setEnabled(True)
            activities = texts.activity_labels()
            self.passing.set_values(block_labels(count.start_time, count.end_time), count.passing)
            self.staying.set_values([activities[a] for a in STAY_ACTIVITIES], count.staying)
            self.tally_title.setText(
                self.tr("Tally of {0}, {1}–{2} ({3})").format(
                    self.sessions._display(count, "date"),
                    hhmm(count.start_time),
                    hhmm(count.end_time),
                    texts.phase_labels().get(count.phase, count.phase),
                )
            )
            self._show_totals(count)
        if (count.uuid if count else None) != self._shown_session:
            self._shown_session = count.uuid if count else None
            # Another session: both grids start again at their first cell.
            for view in (self.passing_view, self.staying_view):
                view.go_to_first_cell()
            self.session_selected.emit(self._shown_session or "")

    def _show_totals(self, count: CountSession) -> None:
        modes = texts.mode_labels()
        by_mode = self.passing.column_totals()
        # Per hour of the blocks with counts: blank blocks were not counted.
        minutes = count.passing_minutes
        per_hour = self.passing.total() * 60 / minutes if minutes else 0
        self.passing_box.totals.setText(
            self.tr("Total {0} · {1} · per hour {2}").format(
                number_text(self.passing.total()),
                " · ".join(
                    f"{modes[m]} {number_text(n)}"
                    for m, n in zip(TRAVEL_MODES, by_mode, strict=True)
                ),
                number_text(round(per_hour)),
            )
        )
        ages = texts.age_band_labels()
        by_age = self.staying.column_totals()
        self.staying_box.totals.setText(
            self.tr("Total {0} · {1}").format(
                number_text(self.staying.total()),
                " · ".join(
                    f"{ages[a]}: {number_text(n)}" for a, n in zip(AGE_BANDS, by_age, strict=True)
                ),
            )
        )

    def _fill_new_form_defaults(self) -> None:
        """Times and place of the test's last session (the same line at the same time of day
        compares best), the phase from today's date and the test's dates."""
        counts = self.sessions.rows
        if counts:
            last = counts[-1]
            self.new_start.setTime(QTime(last.start_time.hour, last.start_time.minute))
            self.new_end.setTime(QTime(last.end_time.hour, last.end_time.minute))
            self.new_place.setText(last.place)
        else:
            self.new_place.setText(self._book_trial.place if self._book_trial else "")
        self.new_place.setCursorPosition(0)
        self._on_new_date()

    def _on_new_date(self, *_: object) -> None:
        phase = guess_phase(self._book_trial, _day(self.new_date.date()))
        self.new_phase.setCurrentIndex(max(0, COUNT_PHASES.index(phase)))

    # -- events ----------------------------------------------------------------------------------

    def _on_selection(self, *_: object) -> None:
        self.hide_message()
        self._show_tally()
        self.delete_button.setEnabled(
            not self._session.read_only and self.selected_uuid() is not None
        )

    def _on_session_refused(self, text: str) -> None:
        Dialogs.error(self, self.tr("The change was not made"), text)

    def _on_key_rejected(self) -> None:
        self.show_message(
            self.tr(
                "Only digits can be typed here: a count is a whole number of people, 0 or more."
            )
        )

    def _write_passing(self, row: int, column: int, old: Cell, new: Cell) -> None:
        uuid = self.selected_uuid()
        if uuid is None:
            return
        self.hide_message()
        evidence_commands.set_passing(self._session, uuid, row, TRAVEL_MODES[column], old, new)

    def _write_staying(self, row: int, column: int, old: Cell, new: Cell) -> None:
        uuid = self.selected_uuid()
        if uuid is None:
            return
        self.hide_message()
        evidence_commands.set_staying(
            self._session, uuid, STAY_ACTIVITIES[row], AGE_BANDS[column], old, new
        )

    def _write_tally(self, name: str, values: Tally) -> None:
        uuid = self.selected_uuid()
        if uuid is None:
            return
        self.hide_message()
        evidence_commands.set_tally(
            self._session, self.sessions.row(self.sessions.row_of(uuid)), name, values
        )


def _language() -> str:
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"
