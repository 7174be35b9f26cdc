"""Quick capture and the captured notes.

One line takes what people say: Enter stores it tagged with the current agenda item and the
time, and clears the line for the next. The notes list under it; the selected one can be turned
into an idea, an actor, a knowledge need, a decision or an action item (each one undo step).
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from workshop_app.domain.meetings import Note
from workshop_app.domain.model import MeetingWithAgenda
from workshop_app.ui import kit
from workshop_app.ui.meetings.live import live_commands
from workshop_app.ui.meetings.live.clock import Clock
from workshop_app.ui.meetings.live.convert_dialog import ConvertDialog
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.record_model import AnyIndex, RecordTableModel, setup_record_view
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut

COLUMNS = ("at", "item", "text", "became")
COL_TEXT = COLUMNS.index("text")

# The keys that turn the selected note into something, by kind.
CONVERT_KEYS = {
    "idea": "Ctrl+Shift+I",
    "actor": "Ctrl+Shift+A",
    "knowledge": "Ctrl+Shift+K",
    "decision": "Ctrl+Shift+D",
    "action": "Ctrl+Shift+H",
}


class NotesModel(RecordTableModel[Note]):
    """The meeting's notes in the order they were captured; the text can be edited."""

    def __init__(self, session: ProjectSession) -> None:
        super().__init__(
            session,
            COLUMNS,
            {
                "at": self.tr("Time"),
                "item": self.tr("Item"),
                "text": self.tr("Note"),
                "became": self.tr("Became"),
            },
        )
        self._items: dict[str, str] = {}

    def set_meeting(self, meeting: MeetingWithAgenda | None) -> None:
        if meeting is None:
            self._items = {}
            self.set_rows(())
            return
        items = {
            i.uuid: f"{n + 1}. {i.title}" if i.title else f"{n + 1}."
            for n, i in enumerate(meeting.agenda)
        }
        same_items, self._items = items == self._items, items
        if same_items and self._appended(meeting.notes):
            return
        self.set_rows(meeting.notes)

    def _appended(self, notes: tuple[Note, ...]) -> bool:
        """Take in notes captured after the shown ones as rows inserted at the end (a reset
        would measure every row of a meeting grown long again), the shown ones changed in
        place; False (nothing done) when notes went or moved."""
        shown = self.rows
        if len(notes) < len(shown) or [n.uuid for n in notes[: len(shown)]] != [
            n.uuid for n in shown
        ]:
            return False
        kept = zip(shown, notes[: len(shown)], strict=True)
        changed = [i for i, (old, new) in enumerate(kept) if old != new]
        if len(notes) > len(shown):
            self.beginInsertRows(QModelIndex(), len(shown), len(notes) - 1)
            self._rows = tuple(notes)
            self.endInsertRows()
        else:
            self._rows = tuple(notes)
        last = len(COLUMNS) - 1
        for row in changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return True

    def _editable(self, index: AnyIndex) -> bool:
        return index.column() == COL_TEXT

    def _cell(self, note: Note, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole and column == "text":
            return note.text
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return plain_tooltip(note.text)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "at":
            return f"{note.at:%H:%M}"
        if column == "item":
            return self._items.get(note.item_uuid or "", "")
        if column == "text":
            return note.text.replace("\n", " ")
        if note.became_kind:
            return "→ " + live_commands.kind_names()[note.became_kind]
        return ""

    def _set_cell(self, note: Note, column: str, value: Any) -> bool:
        text = str(value).strip()
        if not text:
            return False
        live_commands.set_note_text(self._session, note.uuid, note.text, text)
        return True


def _fitting(view: QTableView, *texts: str) -> int:
    """A column width that shows each of ``texts`` whole, as a cell or as the header."""
    cell = view.fontMetrics()
    head = view.horizontalHeader().fontMetrics()
    return max(max(cell.horizontalAdvance(t), head.horizontalAdvance(t)) for t in texts) + 24


class NotesPanel(kit.SessionPanel):
    """The capture line, the notes, and the buttons that turn a note into something."""

    # A note was captured (its uuid): the console shows it.
    captured = Signal(str)

    def __init__(self, session: ProjectSession, clock: Clock, parent: QWidget | None = None):
        super().__init__(session, "live_notes", parent)
        self._clock = clock
        self._meeting: MeetingWithAgenda | None = None
        self._item: str | None = None
        self._dialog: ConvertDialog | None = None
        editable = self.editable

        self.item_label = kit.label(role="hint", name="live_capture_item", plain=True)
        head = kit.row(kit.label(self.tr("Notes"), role="sectionTitle"), (self.item_label, 1))
        self.capture = kit.line_edit(
            "live_capture",
            self.tr("Type what is said, Enter stores it (Ctrl+L)"),
            accessible=self.tr("Capture a note"),
        )
        self.capture.setEnabled(editable)
        font = self.capture.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.capture.setFont(font)
        self.capture.returnPressed.connect(self.store_capture)

        self.model = NotesModel(session)
        self.view = QTableView()
        header = setup_record_view(
            self.view, "live_notes_table", self.model, QStyledItemDelegate(self), editable=editable
        )
        # The time and what a note became have widths known beforehand: measured from every
        # row (up to a thousand), they cost more than the note itself in a long meeting.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        heads = [str(self.model.headerData(c, Qt.Orientation.Horizontal) or "") for c in (0, 3)]
        header.resizeSection(0, _fitting(self.view, "00:00", heads[0]))
        header.resizeSection(1, 130)
        became = ("→ " + name for name in live_commands.kind_names().values())
        header.resizeSection(3, _fitting(self.view, *became, heads[1]))
        self.view.setTabKeyNavigation(False)
        edit = QAbstractItemView.EditTrigger
        self.view.setEditTriggers(
            edit.DoubleClicked | edit.EditKeyPressed if editable else edit.NoEditTriggers
        )
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())

        names = live_commands.kind_names()
        texts = {
            "idea": self.tr("Idea"),
            "actor": self.tr("Actor"),
            "knowledge": self.tr("Knowledge need"),
            "decision": self.tr("Decision"),
            "action": self.tr("Action item"),
        }
        self.convert_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        for kind, keys in CONVERT_KEYS.items():
            # "→ Idea": what the note becomes, as the Became column writes it.
            button = QPushButton("→ " + texts[kind])
            button.setObjectName(f"live_convert_{kind}")
            tip = self.tr("Turn the selected note into {0} ({1})").format(names[kind], keys)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            convert = functools.partial(self.convert, kind)
            button.clicked.connect(convert)
            self.convert_buttons[kind] = button
            buttons.addWidget(button)
            page_shortcut(keys, self, convert, tip)
        buttons.addStretch(1)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("live_delete_note")
        self.delete_button.setToolTip(self.tr("Delete the selected note (Delete)"))
        self.delete_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.delete_button)
        page_shortcut(
            "Delete",
            self.view,
            self.delete_selected,
            self.tr("Delete the selected note"),
            Qt.ShortcutContext.WidgetShortcut,
        )

        kit.column(head, self.capture, (self.view, 1), buttons, parent=self)
        self._enable()

    # -- showing -----------------------------------------------------------------------------------

    def set_meeting(self, meeting: MeetingWithAgenda) -> None:
        keep = self.selected()
        count = self.model.rowCount()
        self._meeting = meeting
        self.model.set_meeting(meeting)
        if self.model.rowCount() > count:
            self.view.scrollToBottom()
        if keep is not None and self.model.row_of(keep.uuid) >= 0:
            self.select(keep.uuid)
        self._enable()

    def set_item(self, item_uuid: str | None, title: str) -> None:
        """The agenda item new notes are tagged with."""
        self._item = item_uuid
        self.item_label.setText(self.tr("for: {0}").format(title) if item_uuid else "")

    def selected(self) -> Note | None:
        row = self.view.currentIndex().row()
        return self.model.row(row) if 0 <= row < self.model.rowCount() else None

    def select(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, COL_TEXT))
            self.view.scrollTo(self.model.index(row, COL_TEXT))

    def _enable(self) -> None:
        note = self.selected()
        free = note is not None and not note.became_kind and not self._session.read_only
        for button in self.convert_buttons.values():
            button.setEnabled(free)
        self.delete_button.setEnabled(free)

    # -- editing -----------------------------------------------------------------------------------

    def focus_capture(self) -> None:
        self.capture.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.capture.selectAll()

    def store_capture(self) -> None:
        text = self.capture.text().strip()
        if not text or self._meeting is None or self._session.read_only:
            return
        uuid = live_commands.capture_note(
            self._session, self._meeting.meeting.uuid, text, self._clock(), self._item
        )
        if uuid is not None:
            self.capture.clear()
            self.select(uuid)
            self.captured.emit(uuid)

    def convert(self, kind: str, *_: object) -> None:
        """Ask for what the selected note becomes (its text to start from)."""
        note = self.selected()
        if note is None or note.became_kind or self._session.read_only:
            return
        dialog = ConvertDialog(kind, note.text, self)
        dialog.finished.connect(lambda result: self._converted(note.uuid, dialog, result))
        self._dialog = dialog
        dialog.open()

    def _converted(self, uuid: str, dialog: ConvertDialog, result: int) -> None:
        """The dialog closed: make what it asked for (if accepted); the keyboard goes back to
        the note."""
        self._dialog = None
        dialog.deleteLater()
        if result == ConvertDialog.DialogCode.Accepted:
            live_commands.convert_note(self._session, uuid, dialog.kind, dialog.values())
        self.select(uuid)
        self.activateWindow()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_selected(self) -> None:
        note = self.selected()
        if note is not None and not note.became_kind and not self._session.read_only:
            live_commands.delete_note(self._session, note)
