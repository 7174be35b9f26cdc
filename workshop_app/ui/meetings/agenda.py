"""The agenda of one meeting: the timed table (methods from the method cards or free text), the
selected item's materials and facilitator notes, reordering by drag or Ctrl+Up/Down, and the
template agenda for the meeting's kind. Every edit is an undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.model import AgendaItem, MeetingWithAgenda
from workshop_app.domain.schedule import end_time, total_minutes
from workshop_app.ui import commands, kit
from workshop_app.ui.actors.plan import catalogue, catalogue_language
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.fields import FieldBinder
from workshop_app.ui.meetings import meeting_commands, texts
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
from workshop_app.ui.style import AGENDA_TABLE
from workshop_app.ui.trials.trial_form.rows import tool_button as tool

AnyIndex = QModelIndex | QPersistentModelIndex


class MethodDelegate(QStyledItemDelegate):
    """The method column: an editable list of the method cards' names (any text may be typed);
    other columns get Qt's own editors."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if index.column() != COL_METHOD:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setObjectName("agenda_method_editor")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("")
        for card in catalogue().values():
            combo.addItem(card.name)
            combo.setItemData(combo.count() - 1, card.purpose, Qt.ItemDataRole.ToolTipRole)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText().strip(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class AgendaPanel(kit.SessionPanel):
    """The agenda of the meeting given to :meth:`show_meeting`."""

    #: While the columns are fitted to the width (their rows are measured once, after).
    _fitting = False

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "agenda_panel", parent)
        self._meeting: MeetingWithAgenda | None = None
        #: The agenda item the materials and notes fields show.
        self._item: AgendaItem | None = None
        self.total_label = kit.label(name="agenda_total", plain=True)
        self.template_button = kit.button(
            "",
            self.tr("Template for this kind…"),
            "agenda_template",
            self.apply_template,
            self.tr(
                "Fill the agenda with a timed template for the meeting's kind, built from the "
                "method cards"
            ),
        )
        self.template_button.setEnabled(self.editable)
        head = kit.row(
            kit.label(self.tr("Agenda"), role="sectionTitle"),
            12,
            (self.total_label, 1),
            self.template_button,
        )

        self.model = AgendaModel(session)
        self.view = self._build_table(self.editable)
        buttons = self._build_buttons(self.editable)
        details = self._build_item_details(self.editable)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addLayout(details)

        for keys, slot, text in (
            ("Ctrl+Up", lambda: self.move_item(-1), self.tr("Move the agenda item up")),
            ("Ctrl+Down", lambda: self.move_item(+1), self.tr("Move the agenda item down")),
        ):
            page_shortcut(keys, self.view, slot, text, Qt.ShortcutContext.WidgetShortcut)
        page_shortcut(
            "Ctrl+I",
            self,
            self.add_item,
            self.tr("Add an agenda item"),
            Qt.ShortcutContext.WindowShortcut,
        )

    # -- building ----------------------------------------------------------------------------------

    def _build_table(self, editable: bool) -> QTableView:
        view = QTableView()
        view.setObjectName("agenda_table")
        view.setStyleSheet(AGENDA_TABLE)
        view.setModel(self.model)
        view.setItemDelegate(MethodDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(True)
        view.verticalHeader().setVisible(False)
        view.setMinimumHeight(120)
        view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows walk its cells
        if editable:
            view.setDragEnabled(True)
            view.setAcceptDrops(True)
            view.setDropIndicatorShown(True)
            view.setDragDropOverwriteMode(False)
            view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            view.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = view.horizontalHeader()
        header.setSectionResizeMode(COL_TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_TITLE, COL_METHOD, COL_RESPONSIBLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        kit.on_resize(view.viewport(), self._fit_columns)
        for signal in (self.model.modelReset, self.model.dataChanged):
            signal.connect(view.resizeRowsToContents)
        header.sectionResized.connect(self._on_section_resized)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.selectionModel().selectionChanged.connect(lambda *_: self._show_item())
        self.model.modelReset.connect(self._show_item)
        page_shortcut(
            "Delete",
            view,
            self.delete_item,
            self.tr("Delete the selected agenda item"),
            Qt.ShortcutContext.WidgetShortcut,
        )
        return view

    def _build_buttons(self, editable: bool) -> QHBoxLayout:
        self.add_button = tool("add", self.tr("Add agenda item (Ctrl+I)"), "add_item")
        self.delete_button = tool("remove", self.tr("Delete agenda item"), "delete_item")
        self.up_button = tool("up", self.tr("Move item up (Ctrl+Up)"), "item_up")
        self.down_button = tool("down", self.tr("Move item down (Ctrl+Down)"), "item_down")
        row = QHBoxLayout()
        for b in (self.add_button, self.delete_button, self.up_button, self.down_button):
            b.setEnabled(editable)
            row.addWidget(b)
        row.addStretch(1)
        hint = QLabel(
            self.tr("Double-click a cell or start typing to edit it; drag a row to move it.")
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        self.add_button.clicked.connect(self.add_item)
        self.delete_button.clicked.connect(self.delete_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(+1))
        return row

    def _build_item_details(self, editable: bool) -> QHBoxLayout:
        """Materials and facilitator notes of the selected item, side by side."""
        self.materials_edit = QPlainTextEdit()
        self.notes_edit = QPlainTextEdit()
        row = QHBoxLayout()
        self.item_binders: dict[str, FieldBinder] = {}
        for field, edit, label, hint in (
            (
                "materials",
                self.materials_edit,
                self.tr("Materials"),
                self.tr("What to bring for the selected item"),
            ),
            (
                "notes",
                self.notes_edit,
                self.tr("Facilitator notes"),
                self.tr("Only for you: shown in the run-sheet, never to the room"),
            ),
        ):
            edit.setObjectName(f"agenda_{field}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(label)
            edit.setEnabled(False)
            column = QVBoxLayout()
            column.setSpacing(2)
            caption = QLabel(label + ":")
            caption.setBuddy(edit)
            column.addWidget(caption)
            column.addWidget(edit)
            row.addLayout(column, 1)
            self.item_binders[field] = FieldBinder(
                self._session, edit, self._item_writer(field, label)
            )
        self._editable = editable
        return row

    def _item_writer(self, field: str, label: str) -> Any:
        def write(old: object, new: object) -> None:
            if self._item is not None:
                commands.set_agenda_field(self._session, self._item.uuid, field, label, old, new)

        return write

    def _on_section_resized(self, *_: object) -> None:
        if not self._fitting:  # a column the user dragged: its rows wrap anew
            self.view.resizeRowsToContents()

    def _fit_columns(self) -> None:
        """Share the free width: half to the item, a quarter each to method and responsible;
        the rows measured once for both columns (each measure asks every cell)."""
        header = self.view.horizontalHeader()
        fixed = header.sectionSize(COL_TIME) + header.sectionSize(COL_MINUTES)
        free = max(self.view.viewport().width() - fixed, 240)
        widths = (int(free * 0.5), int(free * 0.25))
        if (header.sectionSize(COL_TITLE), header.sectionSize(COL_METHOD)) == widths:
            return
        self._fitting = True
        try:
            header.resizeSection(COL_TITLE, widths[0])
            header.resizeSection(COL_METHOD, widths[1])
        finally:
            self._fitting = False
        self.view.resizeRowsToContents()

    # -- showing -----------------------------------------------------------------------------------

    def show_meeting(self, meeting: MeetingWithAgenda | None) -> None:
        self._meeting = meeting
        self.model.set_meeting(meeting)
        if meeting is not None:
            self._update_total(meeting)
        self._show_item()

    def _show_item(self) -> None:
        """The materials and notes of the selected item (its edits written first)."""
        row = self.selected_row()
        item = self.model.timed(row).item if row >= 0 else None
        if self._item is not None and (item is None or item.uuid != self._item.uuid):
            for binder in self.item_binders.values():
                binder.flush()
        self._item = item
        for field, binder in self.item_binders.items():
            binder.widget.setEnabled(item is not None and self._editable)
            binder.show(getattr(item, field) if item is not None else "")

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

    # -- actions -----------------------------------------------------------------------------------

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_item(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row >= 0:
            index = self.model.index(row, COL_TITLE)
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def add_item(self) -> None:
        if self._meeting is None or self._session.read_only:
            return
        row = self.selected_row()
        position = row + 1 if row >= 0 else None
        uuid = commands.add_agenda_item(
            self._session, self._meeting.meeting.uuid, self.tr("New item"), position
        )
        self.select_item(uuid)
        index = self.model.index(self.model.row_of(uuid), COL_TITLE)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.edit(index)

    def delete_item(self) -> None:
        row = self.selected_row()
        if self._meeting is None or row < 0 or self._session.read_only:
            return
        commands.delete_agenda_item(
            self._session, self._meeting.meeting.uuid, self.model.item_uuid(row)
        )

    def move_item(self, step: int) -> None:
        row = self.selected_row()
        if row < 0 or self._session.read_only:
            return
        target = row + step
        if 0 <= target < self.model.rowCount():
            uuid = self.model.item_uuid(row)
            commands.move_agenda_item(self._session, uuid, row, target)
            self.select_item(uuid)

    def apply_template(self) -> None:
        """The template agenda of the meeting's kind replaces the agenda (asked first when there
        is one); one undo step puts the old agenda back."""
        meeting = self._meeting
        if meeting is None or self._session.read_only:
            return
        kind = meeting.meeting.kind
        kind_name = texts.kind_labels().get(kind, kind)
        if meeting.agenda and not Dialogs.ask(
            self,
            self.tr("Template agenda"),
            self.tr(
                "Replace the {0} items of this agenda with the template for a {1}? "
                "Undo (Ctrl+Z) brings them back."
            ).format(len(meeting.agenda), kind_name.lower()),
            self.tr("Replace the agenda"),
        ):
            return
        uuid = meeting.meeting.uuid
        items = self._session.service.agenda_from_template(uuid, kind, catalogue_language())
        if meeting_commands.replace_agenda(self._session, uuid, meeting.agenda, items) and items:
            self.select_item(items[0].uuid)
