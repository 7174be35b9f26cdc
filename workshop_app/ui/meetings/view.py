"""The meetings page: the list of meetings and, for the selected one, three tabs — the plan
(its facts and timed agenda), the attendance, and what came out (notes, action items,
decisions)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.changes import Changes
from workshop_app.domain.model import Meeting
from workshop_app.ui import commands, kit
from workshop_app.ui.meetings import meeting_commands, texts
from workshop_app.ui.meetings.agenda import AgendaPanel
from workshop_app.ui.meetings.attendance import AttendancePanel
from workshop_app.ui.meetings.details import MeetingForm
from workshop_app.ui.meetings.outcome import OutcomePanel
from workshop_app.ui.parts import Part
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut, tab_shortcuts
from workshop_app.ui.trials.trial_form.rows import tool_button as tool

#: The tabs of a meeting, in order.
TABS = ("plan", "attendance", "outcome")
#: The tabs built when first shown (or asked for): the actor register's attendance list and
#: what a meeting gathered are not built for a page that shows the plan.
LATER_TABS: dict[str, type[AttendancePanel] | type[OutcomePanel]] = {
    "attendance": AttendancePanel,
    "outcome": OutcomePanel,
}


class MeetingsPage(kit.SessionPanel):
    #: "Run meeting": the selected meeting in the live console (the window does it, as for F5).
    run_requested = Signal()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "meetings_page", parent)
        self._current: str | None = None
        #: The date "next meeting" counts from (tests replace it).
        self.today: Callable[[], dt.date] = dt.date.today

        self.detail_stack = QStackedWidget()
        empty = QLabel(self.tr("No meetings yet. Add one with the + button below the list."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        empty.setProperty("role", "hint")
        self.detail_stack.addWidget(empty)
        self.detail_stack.addWidget(self._build_tabs())

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([230, 770])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        for keys, slot, text in (
            ("Ctrl+M", self.add_meeting, self.tr("Add a meeting")),
            ("Ctrl+Shift+M", self.duplicate_meeting, self.tr("Copy the selected meeting")),
            ("Ctrl+Shift+G", self.go_to_next_meeting, self.tr("Go to the next meeting")),
        ):
            page_shortcut(keys, self, slot, text, Qt.ShortcutContext.WindowShortcut)
        tab_shortcuts(self.tabs, self)
        session.changed.connect(self._on_changed)
        self._reload_list()

    # -- building ----------------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        heading = kit.label(self.tr("Meetings"), role="pageTitle")
        self.meeting_list = kit.named(QListWidget(), "meeting_list")
        self.meeting_list.setWordWrap(True)
        self.meeting_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.meeting_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meeting_list.setSpacing(2)
        self.meeting_list.currentItemChanged.connect(self._on_current_changed)
        self.next_button = kit.button(
            "",
            self.tr("Next meeting"),
            "meeting_next",
            self.go_to_next_meeting,
            self.tr("Select the next planned meeting (Ctrl+Shift+G)"),
        )
        self.run_button = kit.button(
            "projector",
            self.tr("Run meeting"),
            "meeting_run",
            self.run_requested.emit,
            self.tr("Run the selected meeting in the live console: timer, notes, votes (F5)"),
        )
        self.add_button = tool("add", self.tr("Add meeting (Ctrl+M)"), "add_meeting")
        self.duplicate_button = tool(
            "save_as", self.tr("Copy meeting with its agenda (Ctrl+Shift+M)"), "duplicate_meeting"
        )
        self.delete_button = tool("remove", self.tr("Delete meeting"), "delete_meeting")
        self.up_button = tool("up", self.tr("Move meeting up"), "meeting_up")
        self.down_button = tool("down", self.tr("Move meeting down"), "meeting_down")
        edits = (
            (self.add_button, self.add_meeting),
            (self.duplicate_button, self.duplicate_meeting),
            (self.delete_button, self.delete_meeting),
            (self.up_button, lambda: self._move_meeting(-1)),
            (self.down_button, lambda: self._move_meeting(+1)),
        )
        for b, slot in edits:
            b.setEnabled(not self._session.read_only)
            b.clicked.connect(slot)
        buttons = kit.row(*(b for b, _slot in edits), None)
        buttons.setSpacing(0)
        left = QWidget()
        left.setMinimumWidth(170)
        kit.column(
            heading,
            self.next_button,
            self.run_button,
            (self.meeting_list, 1),
            buttons,
            parent=left,
            margins=(16, 16, 8, 16),
        )
        return left

    def _build_tabs(self) -> QWidget:
        self.form = MeetingForm(self._session)
        self.agenda = AgendaPanel(self._session)
        plan = QWidget()
        plan.setObjectName("meeting_plan")
        plan_layout = QVBoxLayout(plan)
        plan_layout.setContentsMargins(0, 8, 0, 0)
        plan_layout.setSpacing(10)
        plan_layout.addWidget(self.form)
        plan_layout.addWidget(self.agenda, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meeting_tabs")
        self.tabs.addTab(plan, self.tr("Plan"))
        # Each later tab's page is there from the start (its place in the tab order); the panel
        # comes into it when the tab is first shown.
        self._holders: dict[str, QWidget] = {}
        self._built: dict[str, AttendancePanel | OutcomePanel] = {}
        for name, text in (
            ("attendance", self.tr("Attendance")),
            ("outcome", self.tr("What came out")),
        ):
            holder = QWidget()
            holder.setObjectName(f"meeting_{name}_tab")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[name] = holder
            self.tabs.addTab(holder, text)
        self.tabs.currentChanged.connect(self._build_shown)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(8, 12, 12, 8)
        layout.addWidget(self.tabs)
        # The names the page has always had, for the tests (the panels own the widgets).
        self.date_edit = self.form.date_edit
        self.time_edit = self.form.time_edit
        self.agenda_model = self.agenda.model
        self.agenda_view = self.agenda.view
        self.total_label = self.agenda.total_label
        self.delete_item_button = self.agenda.delete_button
        self.item_down_button = self.agenda.down_button
        return holder

    def show_tab(self, name: str) -> None:
        """Show the meeting's "plan", "attendance" or "outcome" tab."""
        self.tabs.setCurrentIndex(TABS.index(name))

    def tab(self, name: str) -> QWidget:
        """The panel of the later tab ``name``, built on first use inside its tab's page (Tab
        reaches it from the tab bar as if it had been built with the page), showing the
        selected meeting."""
        built = self._built.get(name)
        if built is not None:
            return built
        holder = self._holders[name]
        panel = self._built[name] = LATER_TABS[name](self._session, parent=holder)
        layout = holder.layout()
        assert layout is not None
        layout.addWidget(panel)
        panel.show()  # with its tab's page (a layout would show it only later, queued)
        # Qt puts a widget made later at the end of its window's tab order: put the panel's
        # widgets back in the place of their tab's page.
        inside = list(itertools.takewhile(holder.isAncestorOf, _chain(panel)))
        kit.tab_order(holder, panel, *inside)
        if self._current is not None:
            panel.show_meeting(self._session.service.meeting(self._current))
        return panel

    def built_tabs(self) -> tuple[str, ...]:
        """The tabs built so far (the plan always), in the order of the page."""
        return ("plan", *(name for name in TABS if name in self._built))

    # The later tabs' panels by name, each built (as tab() does) when first asked.
    attendance: Part[AttendancePanel] = Part("attendance", tab)
    outcome: Part[OutcomePanel] = Part("outcome", tab)

    def _build_shown(self, index: int) -> None:
        if 0 <= index < len(TABS) and TABS[index] in LATER_TABS:
            self.tab(TABS[index])

    # -- list --------------------------------------------------------------------------------------

    def _label(self, m: Meeting) -> str:
        title = m.title or self.tr("(untitled meeting)")
        when = f"{m.date:%d-%m-%Y}" if m.date else self.tr("No date yet")
        if m.date and m.start_time:
            when += f"  {m.start_time:%H:%M}"
        kind = texts.kind_labels().get(m.kind, "") if m.kind != "other" else ""
        return f"{title}\n{when}" + (f" · {kind}" if kind else "")

    def _reload_list(self) -> None:
        """The list from the meetings' own rows; only the meeting selected is read whole."""
        meetings = self._session.service.meeting_list()
        keep = self._current
        blocked = self.meeting_list.blockSignals(True)
        self.meeting_list.clear()
        for meeting in meetings:
            item = QListWidgetItem(self._label(meeting))
            item.setData(Qt.ItemDataRole.UserRole, meeting.uuid)
            self.meeting_list.addItem(item)
        self.meeting_list.blockSignals(blocked)
        uuids = [m.uuid for m in meetings]
        if keep in uuids:
            self.select_meeting(keep)
        elif uuids:
            self.select_meeting(uuids[0])
        else:
            self._show_meeting(None)
        self.next_button.setEnabled(bool(uuids))
        self.run_button.setEnabled(bool(uuids) and not self._session.read_only)

    def select_meeting(self, uuid: str) -> None:
        for row in range(self.meeting_list.count()):
            item = self.meeting_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == uuid:
                if self.meeting_list.currentItem() is item:
                    self._show_meeting(uuid)
                else:  # shown once, by _on_current_changed
                    self.meeting_list.setCurrentItem(item)
                return

    def current_meeting(self) -> str | None:
        return self._current

    def _on_current_changed(self, current: QListWidgetItem | None, _prev: object) -> None:
        self._session.flush()
        self._show_meeting(current.data(Qt.ItemDataRole.UserRole) if current else None)

    def _show_meeting(self, uuid: str | None) -> None:
        if uuid is None:
            self._current = None
            self.detail_stack.setCurrentIndex(0)
            for panel in (self.agenda, *self._built.values()):
                panel.show_meeting(None)
            self.delete_button.setEnabled(False)
            self.duplicate_button.setEnabled(False)
            return
        meeting = self._session.service.meeting(uuid)
        if self._current != uuid:
            self._session.flush()
        self._current = uuid
        self.detail_stack.setCurrentIndex(1)
        editable = not self._session.read_only
        self.delete_button.setEnabled(editable)
        self.duplicate_button.setEnabled(editable)
        self.form.show_meeting(meeting.meeting)
        for panel in (self.agenda, *self._built.values()):
            panel.show_meeting(meeting)

    def _on_changed(self, changes: Changes) -> None:
        if changes.meeting_list:
            self._reload_list()
            return
        for uuid in changes.meetings:
            for row in range(self.meeting_list.count()):
                item = self.meeting_list.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == uuid:
                    item.setText(self._label(self._session.service.meeting(uuid).meeting))
        if self._current in changes.meetings:
            self._show_meeting(self._current)

    # -- actions -----------------------------------------------------------------------------------

    def add_meeting(self) -> None:
        if self._session.read_only:
            return
        uuid = commands.add_meeting(self._session, self.tr("New meeting"))
        self.select_meeting(uuid)
        self.show_tab("plan")
        self.form.title_edit.setFocus()
        self.form.title_edit.selectAll()

    def duplicate_meeting(self) -> None:
        """A copy of the selected meeting's plan (its agenda, not what came out of it)."""
        if self._current is None or self._session.read_only:
            return
        self._session.flush()
        title = self._session.service.meeting(self._current).meeting.title
        copy = self.tr("{0} (copy)").format(title.strip() or self.tr("(untitled meeting)"))
        uuid = meeting_commands.duplicate_meeting(self._session, self._current, copy)
        self.select_meeting(uuid)
        self.show_tab("plan")
        self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_meeting(self) -> None:
        if self._current is not None and not self._session.read_only:
            commands.delete_meeting(self._session, self._current)

    def go_to_next_meeting(self) -> None:
        """Select the next planned meeting and show its plan."""
        uuid = self._session.service.next_meeting(self.today())
        if uuid is not None:
            self.select_meeting(uuid)
            self.show_tab("plan")
            self.meeting_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _move_meeting(self, step: int) -> None:
        if self._current is None or self._session.read_only:
            return
        row = self.meeting_list.currentRow()
        target = row + step
        if 0 <= target < self.meeting_list.count():
            commands.move_meeting(self._session, self._current, row, target)

    def add_agenda_item(self) -> None:
        self.agenda.add_item()

    def delete_agenda_item(self) -> None:
        self.agenda.delete_item()


def _chain(widget: QWidget) -> Iterator[QWidget]:
    """The widgets after ``widget`` in its window's focus chain, once round."""
    other = widget.nextInFocusChain()
    while other is not None and other is not widget:
        yield other
        other = other.nextInFocusChain()
