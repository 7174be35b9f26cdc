"""The meetings page: a list of meetings, the selected meeting's details and its agenda."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.changes import Changes
from workshop_app.domain.model import MAX_SHORT_TEXT, MeetingWithAgenda
from workshop_app.domain.schedule import end_time, total_minutes
from workshop_app.ui import commands
from workshop_app.ui.fields import Editor, FieldBinder, make_date_edit, make_time_edit
from workshop_app.ui.icons import icon
from workshop_app.ui.meetings.agenda_model import (
    COL_METHOD,
    COL_MINUTES,
    COL_RESPONSIBLE,
    COL_TIME,
    COL_TITLE,
    AgendaModel,
)
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut


def _tool(icon_role: str, tip: str, name: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(icon(icon_role))
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setObjectName(name)
    button.setAutoRaise(True)
    return button


class MeetingsPage(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetings_page")
        self._session = session
        self._current: str | None = None
        editable = not session.read_only

        # -- left: the list of meetings
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(16, 16, 8, 16)
        heading = QLabel(self.tr("Meetings"))
        heading.setProperty("role", "pageTitle")
        self.meeting_list = QListWidget()
        self.meeting_list.setObjectName("meeting_list")
        self.meeting_list.setWordWrap(True)
        self.meeting_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.meeting_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meeting_list.setSpacing(2)
        self.meeting_list.currentItemChanged.connect(self._on_current_changed)
        buttons = QHBoxLayout()
        self.add_button = _tool("add", self.tr("Add meeting (Ctrl+M)"), "add_meeting")
        self.delete_button = _tool("remove", self.tr("Delete meeting"), "delete_meeting")
        self.up_button = _tool("up", self.tr("Move meeting up"), "meeting_up")
        self.down_button = _tool("down", self.tr("Move meeting down"), "meeting_down")
        for b in (self.add_button, self.delete_button, self.up_button, self.down_button):
            b.setEnabled(editable)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.add_button.clicked.connect(self.add_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.up_button.clicked.connect(lambda: self._move_meeting(-1))
        self.down_button.clicked.connect(lambda: self._move_meeting(+1))
        left_layout.addWidget(heading)
        left_layout.addWidget(self.meeting_list, 1)
        left_layout.addLayout(buttons)

        # -- right: details and agenda, or a hint when there is no meeting
        self.detail_stack = QStackedWidget()
        empty = QLabel(self.tr("No meetings yet. Add one with the + button below the list."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        empty.setProperty("role", "hint")
        self.detail_stack.addWidget(empty)
        self.detail_stack.addWidget(self._build_details(editable))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 720])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        page_shortcut(
            "Ctrl+M",
            self,
            self.add_meeting,
            self.tr("Add a meeting"),
            Qt.ShortcutContext.WindowShortcut,
        )
        session.changed.connect(self._on_changed)
        self._reload_list()

    def _build_details(self, editable: bool) -> QWidget:
        details = QWidget()
        layout = QVBoxLayout(details)
        layout.setContentsMargins(8, 16, 16, 16)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_SHORT_TEXT)
        self.date_edit = make_date_edit(None, self.tr("Not set"))
        self.time_edit = make_time_edit(None, self.tr("Not set"))
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(MAX_SHORT_TEXT)
        self.purpose_edit = QPlainTextEdit()
        self.purpose_edit.setTabChangesFocus(True)
        self.purpose_edit.setMaximumHeight(110)
        when = QHBoxLayout()
        when.addWidget(self.date_edit)
        when.addWidget(QLabel(self.tr("at")))
        when.addWidget(self.time_edit)
        when.addStretch(1)
        labels = {
            "title": self.tr("Title"),
            "date": self.tr("Date"),
            "start_time": self.tr("Start time"),
            "place": self.tr("Place"),
            "purpose": self.tr("Purpose"),
        }
        form.addRow(labels["title"] + ":", self.title_edit)
        form.addRow(self.tr("When:"), when)
        form.addRow(labels["place"] + ":", self.place_edit)
        form.addRow(labels["purpose"] + ":", self.purpose_edit)
        editors: dict[str, Editor] = {
            "title": self.title_edit,
            "date": self.date_edit,
            "start_time": self.time_edit,
            "place": self.place_edit,
            "purpose": self.purpose_edit,
        }
        self.binders: dict[str, FieldBinder] = {}
        for field, editor in editors.items():
            editor.setObjectName(f"meeting_{field}")
            editor.setEnabled(editable)
            self.binders[field] = FieldBinder(
                self._session, editor, self._writer(field, labels[field])
            )
        layout.addLayout(form)

        agenda_head = QHBoxLayout()
        agenda_title = QLabel(self.tr("Agenda"))
        agenda_title.setProperty("role", "sectionTitle")
        self.total_label = QLabel()
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)
        self.total_label.setObjectName("agenda_total")
        agenda_head.addWidget(agenda_title)
        agenda_head.addStretch(1)
        agenda_head.addWidget(self.total_label)
        layout.addLayout(agenda_head)

        self.agenda_model = AgendaModel(self._session)
        self.agenda_view = QTableView()
        self.agenda_view.setObjectName("agenda_table")
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda_view.setAlternatingRowColors(True)
        self.agenda_view.setWordWrap(True)
        self.agenda_view.verticalHeader().setVisible(False)
        header = self.agenda_view.horizontalHeader()
        header.setSectionResizeMode(COL_TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_TITLE, COL_METHOD, COL_RESPONSIBLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.agenda_view.viewport().installEventFilter(self)
        for signal in (self.agenda_model.modelReset, self.agenda_model.dataChanged):
            signal.connect(self.agenda_view.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self.agenda_view.resizeRowsToContents())
        self.agenda_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        layout.addWidget(self.agenda_view, 1)

        item_buttons = QHBoxLayout()
        self.add_item_button = _tool("add", self.tr("Add agenda item (Ctrl+I)"), "add_item")
        self.delete_item_button = _tool("remove", self.tr("Delete agenda item"), "delete_item")
        self.item_up_button = _tool("up", self.tr("Move item up"), "item_up")
        self.item_down_button = _tool("down", self.tr("Move item down"), "item_down")
        for b in (
            self.add_item_button,
            self.delete_item_button,
            self.item_up_button,
            self.item_down_button,
        ):
            b.setEnabled(editable)
            item_buttons.addWidget(b)
        item_buttons.addStretch(1)
        hint = QLabel(self.tr("Double-click a cell or start typing to edit it."))
        hint.setProperty("role", "hint")
        item_buttons.addWidget(hint)
        self.add_item_button.clicked.connect(self.add_agenda_item)
        self.delete_item_button.clicked.connect(self.delete_agenda_item)
        self.item_up_button.clicked.connect(lambda: self._move_item(-1))
        self.item_down_button.clicked.connect(lambda: self._move_item(+1))
        page_shortcut(
            "Ctrl+I",
            details,
            self.add_agenda_item,
            self.tr("Add an agenda item"),
            Qt.ShortcutContext.WindowShortcut,
        )
        layout.addLayout(item_buttons)
        return details

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.agenda_view.viewport():
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Share the free width: half to the item, a quarter each to method and responsible."""
        header = self.agenda_view.horizontalHeader()
        fixed = header.sectionSize(COL_TIME) + header.sectionSize(COL_MINUTES)
        free = max(self.agenda_view.viewport().width() - fixed, 240)
        header.resizeSection(COL_TITLE, int(free * 0.5))
        header.resizeSection(COL_METHOD, int(free * 0.25))

    def _writer(self, field: str, label: str) -> Any:
        def write(old: object, new: object) -> None:
            if self._current is not None:
                commands.set_meeting_field(self._session, self._current, field, label, old, new)

        return write

    # -- list --------------------------------------------------------------------------------------

    def _label(self, meeting: MeetingWithAgenda) -> str:
        m = meeting.meeting
        title = m.title or self.tr("(untitled meeting)")
        when = f"{m.date:%d-%m-%Y}" if m.date else self.tr("No date yet")
        if m.date and m.start_time:
            when += f"  {m.start_time:%H:%M}"
        return f"{title}\n{when}"

    def _reload_list(self) -> None:
        snapshot = self._session.service.snapshot()
        keep = self._current
        blocked = self.meeting_list.blockSignals(True)
        self.meeting_list.clear()
        for meeting in snapshot.meetings:
            item = QListWidgetItem(self._label(meeting))
            item.setData(Qt.ItemDataRole.UserRole, meeting.meeting.uuid)
            self.meeting_list.addItem(item)
        self.meeting_list.blockSignals(blocked)
        uuids = [m.meeting.uuid for m in snapshot.meetings]
        if keep in uuids:
            self.select_meeting(keep)
        elif uuids:
            self.select_meeting(uuids[0])
        else:
            self._show_meeting(None)

    def select_meeting(self, uuid: str) -> None:
        for row in range(self.meeting_list.count()):
            item = self.meeting_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == uuid:
                self.meeting_list.setCurrentItem(item)
                self._show_meeting(uuid)
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
            self.agenda_model.set_meeting(None)
            self.delete_button.setEnabled(False)
            return
        meeting = self._session.service.meeting(uuid)
        if self._current != uuid:
            self._session.flush()
        self._current = uuid
        self.detail_stack.setCurrentIndex(1)
        self.delete_button.setEnabled(not self._session.read_only)
        for field, binder in self.binders.items():
            binder.show(getattr(meeting.meeting, field))
        self.agenda_model.set_meeting(meeting)
        self._update_total(meeting)

    def _update_total(self, meeting: MeetingWithAgenda) -> None:
        minutes = total_minutes(meeting.agenda)
        hours, rest = divmod(minutes, 60)
        duration = (
            self.tr("{0} h {1} min").format(hours, rest)
            if hours
            else self.tr("{0} min").format(rest)
        )
        end = end_time(meeting.meeting, meeting.agenda)
        if end is not None and meeting.meeting.start_time is not None:
            text = self.tr("Total {0}, {1}–{2}").format(
                duration, f"{meeting.meeting.start_time:%H:%M}", f"{end:%H:%M}"
            )
        else:
            text = self.tr("Total {0}").format(duration)
        self.total_label.setText(text)

    def _on_changed(self, changes: Changes) -> None:
        if changes.meeting_list:
            self._reload_list()
            return
        for uuid in changes.meetings:
            for row in range(self.meeting_list.count()):
                item = self.meeting_list.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == uuid:
                    item.setText(self._label(self._session.service.meeting(uuid)))
        if self._current in changes.meetings:
            self._show_meeting(self._current)

    # -- actions -----------------------------------------------------------------------------------

    def add_meeting(self) -> None:
        if self._session.read_only:
            return
        uuid = commands.add_meeting(self._session, self.tr("New meeting"))
        self.select_meeting(uuid)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def delete_meeting(self) -> None:
        if self._current is not None and not self._session.read_only:
            commands.delete_meeting(self._session, self._current)

    def _move_meeting(self, step: int) -> None:
        if self._current is None or self._session.read_only:
            return
        row = self.meeting_list.currentRow()
        target = row + step
        if 0 <= target < self.meeting_list.count():
            commands.move_meeting(self._session, self._current, row, target)

    def _selected_item_row(self) -> int:
        rows = self.agenda_view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_agenda_item(self) -> None:
        if self._current is None or self._session.read_only:
            return
        row = self._selected_item_row()
        position = row + 1 if row >= 0 else None
        uuid = commands.add_agenda_item(self._session, self._current, self.tr("New item"), position)
        self._select_item(uuid)
        index = self.agenda_model.index(self.agenda_model.row_of(uuid), COL_TITLE)
        self.agenda_view.setCurrentIndex(index)
        self.agenda_view.edit(index)

    def delete_agenda_item(self) -> None:
        row = self._selected_item_row()
        if self._current is None or row < 0 or self._session.read_only:
            return
        commands.delete_agenda_item(self._session, self._current, self.agenda_model.item_uuid(row))

    def _move_item(self, step: int) -> None:
        row = self._selected_item_row()
        if row < 0 or self._session.read_only:
            return
        target = row + step
        if 0 <= target < self.agenda_model.rowCount():
            uuid = self.agenda_model.item_uuid(row)
            commands.move_agenda_item(self._session, uuid, row, target)
            self._select_item(uuid)

    def _select_item(self, uuid: str) -> None:
        row = self.agenda_model.row_of(uuid)
        if row >= 0:
            self.agenda_view.selectionModel().select(
                self.agenda_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
