"""``IdeaBank``: the table, the details form and the buttons (add, delete, move, merge, "test this
idea") and the dot-vote mode, in which the dots each idea got at one meeting are typed from the
keyboard (a number, Enter, the next idea). Every edit is an undo command (``idea_commands.py``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.changes import Changes
from workshop_app.ui import kit
from workshop_app.ui.record_model import ColumnFitter, setup_record_view
from workshop_app.ui.screens import fold_to_icons
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut
from workshop_app.ui.trials import idea_commands
from workshop_app.ui.trials.common import TrialView, hint, move_buttons, push_button, small_button
from workshop_app.ui.trials.ideas.details import IdeaDetails
from workshop_app.ui.trials.ideas.model import (
    COLUMNS,
    DOTS_COLUMN,
    UUID_ROLE,
    BankData,
    IdeasFilter,
    IdeasModel,
    dots_text,
    idea_title,
    meeting_label,
    meeting_order,
    shorten,
)
from workshop_app.ui.trials.ideas.table import IdeasDelegate, IdeasTable


class IdeaBank(TrialView):
    """The idea bank with its details form and the dot-vote mode."""

    NAME = "idea_bank"

    #: The uuid of the current idea, or "" when none is selected.
    idea_selected = Signal(str)
    #: A test was made from an idea ("Test this idea"): its uuid, so the page can open it.
    trial_promoted = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._emitted = ""

        self.model = IdeasModel(session)
        self.proxy = IdeasFilter()
        self.proxy.setSourceModel(self.model)

        tools = self._build_tools()
        self._build_votes_panel()
        self._build_table()
        buttons = self._build_buttons()
        self._build_details()
        self._build_layout(tools, buttons)
        self._build_shortcuts()
        self.follow_changes()
        self._refresh()
        self._choose_default_meeting()
        self.splitter.setSizes([700, 320])
        self._folded = False
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
            self.view.selectRow(0)

    # -- building -----------------------------------------------------------------------------

    def _build_tools(self) -> QHBoxLayout:
        """The filter, "Show merged" and the dot-vote toggle above the table."""
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("ideas_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, tag, origin or status"))
        self.filter_edit.setAccessibleName(self.tr("Filter ideas"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(140)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.show_merged = QCheckBox(self.tr("Show merged"))
        self.show_merged.setObjectName("ideas_show_merged")
        self.show_merged.setToolTip(self.tr("Also list the ideas merged into others, greyed"))
        self.show_merged.toggled.connect(self._on_show_merged)
        self.votes_toggle = small_button(
            "ideas_votes_toggle",
            self.tr("Enter dot votes"),
            tip=self.tr("Type the dots each idea got at a meeting (Ctrl+Shift+V)"),
        )
        self.votes_toggle.setCheckable(True)
        self.votes_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.votes_toggle.toggled.connect(self._on_votes_mode)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.filter_edit, 1)
        tools.addWidget(self.show_merged)
        tools.addWidget(self.votes_toggle)
        return tools

    def _build_votes_panel(self) -> None:
        """The dot-vote panel: which meeting, how, and the total (shown in the dot-vote mode)."""
        self.meeting_combo = kit.combo_of_width(
            kit.named(QComboBox(), "ideas_vote_meeting", accessible=self.tr("Meeting")), 24
        )
        self.meeting_combo.currentIndexChanged.connect(self._on_meeting)
        self.votes_hint = hint(
            self.tr("Type the number of dots, press Enter: the next idea follows.")
        )
        self.votes_hint.setObjectName("ideas_votes_hint")
        self.votes_total = QLabel()
        self.votes_total.setObjectName("ideas_votes_total")
        self.votes_panel = QFrame()
        self.votes_panel.setObjectName("ideas_votes_panel")
        self.votes_panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel = QVBoxLayout(self.votes_panel)
        panel.setContentsMargins(8, 4, 8, 4)
        panel.setSpacing(2)
        meeting_row = QHBoxLayout()
        meeting_row.setContentsMargins(0, 0, 0, 0)
        meeting_label_ = QLabel(self.tr("Dots at"))
        meeting_label_.setBuddy(self.meeting_combo)
        meeting_row.addWidget(meeting_label_)
        meeting_row.addWidget(self.meeting_combo, 1)
        meeting_row.addWidget(self.votes_total)
        panel.addLayout(meeting_row)
        panel.addWidget(self.votes_hint)
        self.votes_panel.setVisible(False)

    def _build_table(self) -> None:
        """The table of ideas, sortable, several rows selectable, the dots column hidden."""
        editable = not self._session.read_only
        self.view = IdeasTable()
        header = setup_record_view(
            self.view,
            "ideas_table",
            self.proxy,
            IdeasDelegate(self.view),
            editable=editable,
            sortable=True,
            multi=True,
        )
        header.sortIndicatorChanged.connect(self._update_buttons)
        self.view.setColumnHidden(DOTS_COLUMN, True)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.selectionModel().currentRowChanged.connect(self._on_selection)

    def _build_buttons(self) -> QHBoxLayout:
        """Add, delete, move, merge and "Test this idea", and the count of ideas."""
        self.add_button = push_button(
            "ideas_add",
            self.tr("Add"),
            self.add_idea,
            role="add",
            tip=self.tr("Add an idea (Ctrl+Shift+I)"),
        )
        self.delete_button = push_button(
            "ideas_delete",
            self.tr("Delete"),
            self.delete_selected,
            role="remove",
            tip=self.tr("Delete the selected ideas with their votes (Delete)"),
        )
        self.up_button, self.down_button = move_buttons("ideas", self.move_idea)
        self.merge_button = small_button("ideas_merge", self.tr("Merge into…"))
        self.merge_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.merge_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.merge_menu = QMenu(self.merge_button)
        self.merge_menu.setObjectName("ideas_merge_menu")
        self.merge_menu.aboutToShow.connect(self._fill_merge_menu)
        self.merge_button.setMenu(self.merge_menu)
        self.promote_button = push_button(
            "ideas_promote", self.tr("Test this idea"), self.promote_selected, role="trials"
        )
        self.count = hint("", "ideas_count", wrap=False)
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.add_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.merge_button,
            self.promote_button,
        ):
            buttons.addWidget(widget)
        buttons.addWidget(self.count, 1)
        return buttons

    def _build_details(self) -> None:
        """The details form of the selected idea in a scroll area of its own width."""
        self.details = IdeaDetails(self._session)
        self.details.unmerge_requested.connect(self.unmerge)
        scroll = kit.scrolling_column(QScrollArea(), "idea_details_scroll")
        # Long meeting and actor names must not widen the form past its column (it would be
        # cut at the right edge): the combos elide, and the column is as wide as the form needs.
        for combo in self.details.findChildren(QComboBox):
            kit.combo_of_width(combo, 12)
        scroll.setWidget(self.details)
        self._details_scroll = scroll
        self._fit_details()

    def _build_layout(self, tools: QHBoxLayout, buttons: QHBoxLayout) -> None:
        """The tools, the dot-vote panel, the table and the buttons beside the details."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.votes_panel)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("ideas_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._details_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _build_shortcuts(self) -> None:
        """The page's shortcuts, and the fitter that keeps the table's columns in view."""
        for keys, slot, text in (
            ("Ctrl+Shift+I", self.add_idea, self.tr("Add an idea")),
            ("Ctrl+Shift+V", self.votes_toggle.toggle, self.tr("Show or hide the dot votes")),
            ("Ctrl+Up", lambda: self.move_idea(-1), self.tr("Move the idea up")),
            ("Ctrl+Down", lambda: self.move_idea(+1), self.tr("Move the idea down")),
        ):
            page_shortcut(keys, self, slot, text)
        page_shortcut(
            QKeySequence.StandardKey.Delete,
            self.view,
            self.delete_selected,
            self.tr("Delete the selected idea"),
            Qt.ShortcutContext.WidgetShortcut,
        )

        # The title gives way last; tags, where it came from and the status before it; the
        # votes never hide behind a scroll bar.
        self.fitter = ColumnFitter(
            self.view,
            {
                COLUMNS.index("title"): 170,
                COLUMNS.index("tags"): 70,
                COLUMNS.index("origin"): 90,
                COLUMNS.index("status"): 90,
            },
            widest=320,
        )

    # -- public ------------------------------------------------------------------------------------

    def selected_uuid(self) -> str | None:
        """The current idea (the one the details show), if it is selected."""
        index = self.view.currentIndex()
        selection = self.view.selectionModel()
        if index.isValid() and selection.isRowSelected(index.row(), QModelIndex()):
            return str(index.data(UUID_ROLE))
        rows = selection.selectedRows()
        return str(rows[0].data(UUID_ROLE)) if rows else None

    def selected_uuids(self) -> list[str]:
        """Every selected idea, in the order shown."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [str(index.data(UUID_ROLE)) for index in rows]

    def select(self, uuid: str, *, extend: bool = False) -> None:
        """Select an idea (showing merged ideas and clearing the filter if they hide it);
        ``extend`` adds it to the selection."""
        row = self.model.row_of(uuid)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid() and self.model.idea(row).merged_into is not None:
            self.show_merged.setChecked(True)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return
        column = DOTS_COLUMN if self.votes_mode() else 0
        flags = (
            QItemSelectionModel.SelectionFlag.Select
            if extend
            else QItemSelectionModel.SelectionFlag.ClearAndSelect
        ) | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index.siblingAtColumn(column), flags)
        self.view.scrollTo(index)

    def votes_mode(self) -> bool:
        return self.votes_toggle.isChecked()

    def set_votes_mode(self, on: bool, meeting_uuid: str | None = None) -> None:
        """Show the dot-vote panel and column (for ``meeting_uuid`` if given)."""
        if meeting_uuid is not None:
            found = self.meeting_combo.findData(meeting_uuid)
            if found >= 0:
                self.meeting_combo.setCurrentIndex(found)
        self.votes_toggle.setChecked(on)

    def vote_meeting(self) -> str | None:
        data = self.meeting_combo.currentData()
        return str(data) if data else None

    # -- loading -----------------------------------------------------------------------------------

    def _shows(self, changes: Changes) -> bool:
        """Phase 3, and the names of the meetings and actors ideas came from."""
        return changes.trials or changes.actors or changes.meeting_list or bool(changes.meetings)

    def _load(self) -> BankData:
        service = self._session.service
        # The meetings' own rows: their names and dates, not every meeting's agenda and notes.
        meetings = sorted(service.meeting_list(), key=meeting_order)
        return BankData(
            book=service.trial_outline(),  # ideas, votes and tests: no evidence
            meetings=tuple(meetings),
            actors=service.actor_map().actors,
        )

    def _refresh(self, touched: frozenset[str] | None = None) -> None:
        """Read the bank again; only the rows ``touched`` (uuids) change when it names them."""
        keep = self.selected_uuids()
        current = self.selected_uuid()
        data = self._load()
        self.model.set_data(data, touched)
        self._fill_meetings(data)
        if keep and any(self.model.row_of(u) >= 0 for u in keep):
            still = [u for u in keep if self.model.row_of(u) >= 0]
            first = current if current in still else still[0]
            self._reselect(first, still)
        self._show_details()
        self._update_buttons()

    def _reselect(self, current: str, uuids: list[str]) -> None:
        selection = self.view.selectionModel()
        shown = {
            u: self.proxy.mapFromSource(self.model.index(self.model.row_of(u), 0)) for u in uuids
        }
        if not shown[current].isValid():
            return
        if [i.row() for i in selection.selectedRows()] == sorted(
            i.row() for i in shown.values() if i.isValid()
        ) and self.selected_uuid() == current:
            return
        self.select(current)
        for uuid, index in shown.items():
            if uuid != current and index.isValid():
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def _fill_meetings(self, data: BankData) -> None:
        wanted = [(m.uuid, meeting_label(m)) for m in data.meetings]
        have = [
            (self.meeting_combo.itemData(i), self.meeting_combo.itemText(i))
            for i in range(self.meeting_combo.count())
        ]
        if have == wanted or (not wanted and self.meeting_combo.count() == 1 and not have[0][0]):
            return
        current = self.meeting_combo.currentData()
        blocked = self.meeting_combo.blockSignals(True)
        try:
            self.meeting_combo.clear()
            if not wanted:
                self.meeting_combo.addItem(self.tr("No meetings yet"), "")
            for uuid, label in wanted:
                self.meeting_combo.addItem(label, uuid)
            self.meeting_combo.setCurrentIndex(max(self.meeting_combo.findData(current), 0))
        finally:
            self.meeting_combo.blockSignals(blocked)
        self.meeting_combo.setEnabled(bool(wanted))
        self._on_meeting()

    def _choose_default_meeting(self) -> None:
        """The latest meeting that has taken place (else the first): where dots come from."""
        meetings = self.model.data_.meetings
        today = dt.date.today()
        past = [m for m in meetings if m.date is not None and m.date <= today]
        chosen = past[-1] if past else (meetings[0] if meetings else None)
        if chosen is not None:
            self.meeting_combo.setCurrentIndex(max(self.meeting_combo.findData(chosen.uuid), 0))

    def _on_selection(self, *_: object) -> None:
        self._show_details()
        self._update_buttons()
        uuid = self.selected_uuid() or ""
        if uuid != self._emitted:
            self._emitted = uuid
            self.idea_selected.emit(uuid)

    def _show_details(self) -> None:
        uuid = self.selected_uuid()
        row = self.model.row_of(uuid) if uuid else -1
        self.details.show_idea(self.model.idea(row) if row >= 0 else None, self.model.data_)

    def _update_buttons(self, *_: object) -> None:
        editable = not self._session.read_only
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("{0} of {1} ideas shown").format(shown, total))
        uuids = self.selected_uuids()
        uuid = self.selected_uuid()
        self.add_button.setEnabled(editable)
        self.delete_button.setEnabled(editable and bool(uuids))
        sorted_view = self.view.horizontalHeader().sortIndicatorSection() >= 0
        row = self.view.currentIndex().row() if uuid else -1
        single = len(uuids) == 1
        self.up_button.setEnabled(editable and single and not sorted_view and row > 0)
        self.down_button.setEnabled(
            editable and single and not sorted_view and 0 <= row < shown - 1
        )
        if sorted_view:
            tip = self.tr("The table is sorted: click the column header until the arrow goes away")
            self.up_button.setToolTip(tip)
            self.down_button.setToolTip(tip)
        else:
            self.up_button.setToolTip(self.tr("Move the idea up in the bank (Ctrl+Up)"))
            self.down_button.setToolTip(self.tr("Move the idea down in the bank (Ctrl+Down)"))
        targets = self.merge_targets()
        self.merge_button.setEnabled(editable and bool(targets))
        if len(uuids) >= 2:
            self.merge_button.setToolTip(
                self.tr("Merge the selected ideas into one of them; their votes count there")
            )
        else:
            self.merge_button.setToolTip(
                self.tr("Merge the selected idea into another; its votes count there")
            )
        idea = self.model.idea(self.model.row_of(uuid)) if uuid else None
        can_test = editable and single and idea is not None and idea.merged_into is None
        self.promote_button.setEnabled(can_test)
        self.promote_button.setToolTip(
            self.tr("Make a test of this idea and open it")
            if idea is None or idea.merged_into is None
            else self.tr("A merged idea is tested through the idea it was merged into")
        )
        self.votes_total.setText(
            self.tr("At this meeting: {0}").format(
                dots_text(
                    sum(self.model.data_.dots(i.uuid, self.model.meeting) for i in self.model.ideas)
                )
            )
            if self.model.meeting
            else ""
        )

    def _on_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._show_details()
        self._update_buttons()

    def _on_show_merged(self, shown: bool) -> None:
        self.proxy.set_show_merged(shown)
        self._show_details()
        self._update_buttons()

    # -- dot votes ---------------------------------------------------------------------------------

    def _on_votes_mode(self, on: bool) -> None:
        self._session.flush()
        self.votes_panel.setVisible(on)
        self._on_meeting()
        if on and self.proxy.rowCount():
            index = self.view.currentIndex()
            row = index.row() if index.isValid() else 0
            self.view.setCurrentIndex(self.proxy.index(row, DOTS_COLUMN))
            self.view.setFocus()
        elif not on and self.view.currentIndex().column() == DOTS_COLUMN:
            self.view.setCurrentIndex(self.view.currentIndex().siblingAtColumn(0))

    def _on_meeting(self, *_: object) -> None:
        meeting = self.vote_meeting() if self.votes_mode() else None
        # Typing dots needs the title and the count; tags and status make room.
        hidden = {DOTS_COLUMN: meeting is None}
        hidden.update((COLUMNS.index(key), self.votes_mode()) for key in ("tags", "status"))
        changed = meeting != self.model.meeting or any(
            self.view.isColumnHidden(column) != hide for column, hide in hidden.items()
        )
        self.model.set_meeting(meeting)
        for column, hide in hidden.items():
            self.view.setColumnHidden(column, hide)
        if changed:  # measured again when the columns change, not for the same ones (the bank's
            self.fitter.remeasure()  # first show measured them three times)
        self._update_buttons()

    #: Below this width the buttons under the table show icons only (texts in tooltips).
    FOLD_BELOW = 980

    def _fit_details(self) -> None:
        """The details column is never narrower than its form (else the form is cut off)."""
        bar = self._details_scroll.verticalScrollBar().sizeHint().width()
        need = self.details.minimumSizeHint().width() + bar + 4
        self._details_scroll.setMinimumWidth(max(300, need))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_details()
        folded = event.size().width() < self.FOLD_BELOW
        if folded != self._folded:
            self._folded = folded
            fold_to_icons((self.add_button, self.delete_button, self.promote_button), folded)

    # -- add, delete, move -------------------------------------------------------------------------

    def add_idea(self) -> str | None:
        """A new idea, last in the bank; its title in the details is ready for typing. Returns
        its uuid."""
        if self._session.read_only:
            return None
        self._session.flush()
        uuid = idea_commands.add_idea(self._session, title=self.tr("New idea"))
        if uuid is None:  # refused
            return None
        if self.votes_mode():
            self.votes_toggle.setChecked(False)
        self.select(uuid)
        # Type the title at once, then Tab on to the description and the rest.
        self.details.title_edit.setFocus()
        self.details.title_edit.selectAll()
        return uuid

    def delete_selected(self) -> None:
        """Delete the selected ideas (one undo step), with their votes."""
        uuids = self.selected_uuids()
        if not uuids or self._session.read_only:
            return
        self._session.flush()
        row = min(i.row() for i in self.view.selectionModel().selectedRows())
        stack = self._session.undo_stack
        if len(uuids) > 1:
            stack.beginMacro(self.tr("Delete {0} ideas").format(len(uuids)))
        try:
            for uuid in uuids:
                idea_commands.delete_idea(self._session, uuid)
        finally:
            if len(uuids) > 1:
                stack.endMacro()
        if self.proxy.rowCount():
            index = self.proxy.index(min(row, self.proxy.rowCount() - 1), 0)
            self.select(str(index.data(UUID_ROLE)))
        self._show_details()
        self._update_buttons()

    def move_idea(self, step: int) -> None:
        """One place up or down among the ideas shown, in the bank's own order, undoable."""
        uuids = self.selected_uuids()
        if len(uuids) != 1 or self._session.read_only:
            return
        if self.view.horizontalHeader().sortIndicatorSection() >= 0:
            return
        uuid = uuids[0]
        shown_row = self.proxy.mapFromSource(self.model.index(self.model.row_of(uuid), 0)).row()
        neighbour = shown_row + step
        if not 0 <= neighbour < self.proxy.rowCount():
            return
        self._session.flush()
        old = self.model.row_of(uuid)
        new = self.proxy.mapToSource(self.proxy.index(neighbour, 0)).row()
        idea_commands.move_idea(self._session, uuid, old, new)
        self.select(uuid)

    # -- merge and test ----------------------------------------------------------------------------

    def merge_targets(self) -> list[tuple[str, str]]:
        """The ideas the selection can be merged into, as (uuid, title): with two or more
        selected, one of them; with one selected, any other idea that is not merged."""
        uuids = self.selected_uuids()
        ideas = {i.uuid: i for i in self.model.ideas}
        open_ = [u for u in uuids if u in ideas and ideas[u].merged_into is None]
        if len(uuids) >= 2:
            return [(u, idea_title(ideas[u])) for u in open_] if len(open_) >= 2 else []
        if len(open_) != 1:
            return []
        return [
            (i.uuid, idea_title(i))
            for i in self.model.ideas
            if i.merged_into is None and i.uuid != open_[0]
        ]

    def _fill_merge_menu(self) -> None:
        self.merge_menu.clear()
        for uuid, title in self.merge_targets():
            action = self.merge_menu.addAction(shorten(title, 60))
            action.setData(uuid)
            action.triggered.connect(lambda _c=False, u=uuid: self.merge_selected(u))

    def merge_selected(self, target: str) -> None:
        """Merge the selected ideas (those not merged yet) into ``target``; one undo step."""
        if self._session.read_only or target not in dict(self.merge_targets()):
            return
        self._session.flush()
        ideas = {i.uuid: i for i in self.model.ideas}
        sources = [u for u in self.selected_uuids() if ideas[u].merged_into is None]
        idea_commands.merge_ideas(self._session, sources, target)
        self.select(target)

    def unmerge(self, uuid: str) -> None:
        """Separate a merged idea again (undoable)."""
        row = self.model.row_of(uuid)
        if row < 0 or self._session.read_only:
            return
        idea = self.model.idea(row)
        if idea.merged_into is None:
            return
        self._session.flush()
        idea_commands.unmerge_idea(self._session, uuid, idea.merged_into)
        self.select(uuid)

    def promote_selected(self) -> str | None:
        """Make a test of the selected idea (undoable) and emit ``trial_promoted``."""
        uuids = self.selected_uuids()
        if len(uuids) != 1 or self._session.read_only:
            return None
        idea = self.model.idea(self.model.row_of(uuids[0]))
        if idea.merged_into is not None:
            return None
        self._session.flush()
        trial = idea_commands.promote_idea(self._session, idea.uuid)
        if trial is None:  # refused
            return None
        self.trial_promoted.emit(trial)
        return trial
