"""Small editable lists of a meeting's records (participants, notes, action items, decisions):
one table model driven by column specs, and one table widget with add / delete, both on the
record-table base. Every edit is an undo step through the record's ``set_…_field`` service."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.services.project_service import EditMethod
from workshop_app.ui.meetings import meeting_commands
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.record_model import AnyIndex, Record, RecordTableModel, setup_record_view
from workshop_app.ui.scope.rows_model import CHOICES_ROLE
from workshop_app.ui.scope.section_form import ChoiceDelegate
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.trials.trial_form.rows import ticked
from workshop_app.ui.trials.trial_form.rows import tool_button as tool
from workshop_app.ui.trials.trial_list import day_text

#: Column kinds whose width is capped (long texts would squeeze the stretched column).
_CAPPED = ("text", "choice")
_CAP_MIN = 90


@dataclass(frozen=True)
class Column:
    """``kind``: "text" (typed), "flag" (ticked), "date" (a day or blank), "time" (a moment,
    shown as its clock time, read-only), "choice" (one of :attr:`RecordsModel.choices`, ""
    for none) or "label" (a key shown by its label, read-only)."""

    key: str
    kind: str
    label: str
    #: Takes the room the others leave.
    stretch: bool = False


class RecordsModel(RecordTableModel[Record]):
    def __init__(
        self,
        session: ProjectSession,
        columns: Sequence[Column],
        set_field: EditMethod,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            session, [c.key for c in columns], {c.key: c.label for c in columns}, parent
        )
        self.specs = tuple(columns)
        self._set_field = set_field
        #: Per "choice" or "label" column: the keys and their labels.
        self.choices: dict[str, Mapping[str, str]] = {}
        #: The date a blank date suggests when it is edited.
        self.suggested_date: Callable[[], dt.date] = dt.date.today

    def _editable(self, index: AnyIndex) -> bool:
        return self.specs[index.column()].kind not in ("time", "label")

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return ticked(super().flags(index), self.specs[index.column()].kind)

    def _cell(self, record: Record, column: str, role: int) -> Any:
        spec = next(s for s in self.specs if s.key == column)
        value = getattr(record, column)
        if spec.kind == "flag":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{spec.label}: {'✓' if value else '–'}"
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(spec, value)
        if role == Qt.ItemDataRole.EditRole:
            if spec.kind == "date":
                day = value or self.suggested_date()
                return QDate(day.year, day.month, day.day)
            return value if value is not None else ""
        if role == CHOICES_ROLE and spec.kind == "choice":
            return [("", "–"), *self.choices.get(spec.key, {}).items()]
        if role == Qt.ItemDataRole.ToolTipRole and spec.kind in _CAPPED:
            return plain_tooltip(self._shown(spec, value)) or None
        return None

    def _shown(self, spec: Column, value: Any) -> str:
        if spec.kind == "date":
            return day_text(value) or "–"
        if spec.kind == "time":
            return f"{value:%H:%M}" if isinstance(value, dt.datetime | dt.time) else ""
        if spec.kind in ("choice", "label"):
            labels = self.choices.get(spec.key, {})
            return labels.get(value or "", "–" if value else "")
        return " ".join(str(value).split())

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self._record(index)
        if record is None or self._read_only or not self._editable(index):
            return False
        spec = self.specs[index.column()]
        old = getattr(record, spec.key)
        if spec.kind == "flag":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif spec.kind == "date":
            new = value.toPython() if isinstance(value, QDate) else value
        elif spec.kind == "choice":
            new = str(value) if value else None
            if new is not None and new not in self.choices.get(spec.key, {}):
                return False
        else:
            new = str(value).strip()
        if new == old:
            return False
        return meeting_commands.set_record_field(
            self._session, self._set_field, record.uuid, spec.key, spec.label, old, new
        )


class RecordsTable(QWidget):
    """A titled table of records with add / delete (Delete key too) and the records' undo.

    ``add()`` returns the new record's uuid (or None when nothing was added); ``delete(record)``
    deletes one. Delete or Backspace on a date cell clears the date.
    """

    def __init__(
        self,
        session: ProjectSession,
        name: str,
        title: str,
        model: RecordsModel,
        add: Callable[[], str | None],
        delete: Callable[[Any], object],
        texts: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_box")
        self._session = session
        self._add, self._delete = add, delete
        self.model = model
        editable = not session.read_only
        self.view = QTableView()
        self.view.setAccessibleName(title)
        header = setup_record_view(
            self.view, name, model, ChoiceDelegate(self.view), editable=editable, tab_leaves=True
        )
        header.setStretchLastSection(False)
        for col, spec in enumerate(model.specs):
            header.setSectionResizeMode(
                col,
                QHeaderView.ResizeMode.Stretch
                if spec.stretch
                else QHeaderView.ResizeMode.ResizeToContents
                if spec.kind not in _CAPPED
                else QHeaderView.ResizeMode.Interactive,
            )
        for signal in (model.modelReset, model.dataChanged):
            signal.connect(self._fit_capped)
        self._fit_capped()
        self.view.installEventFilter(self)
        self.title = QLabel(title)
        self.title.setProperty("role", "sectionTitle")
        self.add_button = tool("add", texts[0], f"{name}_add")
        self.delete_button = tool("remove", texts[1], f"{name}_delete")
        for button in (self.add_button, self.delete_button):
            button.setEnabled(editable)
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete_selected)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.add_button)
        head.addWidget(self.delete_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addLayout(head)
        self._layout.addWidget(self.view, 1)

    def add_below(self, widget: QWidget) -> None:
        """``widget`` under the table (a line to type a new record into)."""
        self._layout.addWidget(widget)

    def _fit_capped(self, *_: object) -> None:
        """Text and choice columns beside the stretched one: as wide as their contents, but at
        most a quarter of the table (an agenda item's long title leaves room for the note)."""
        cap = max(self.view.viewport().width() // 4, _CAP_MIN)
        for col, spec in enumerate(self.model.specs):
            if spec.kind in _CAPPED and not spec.stretch:
                wanted = max(self.view.sizeHintForColumn(col), self._header_width(col))
                self.view.horizontalHeader().resizeSection(col, min(wanted + 8, cap))

    def _header_width(self, col: int) -> int:
        return self.view.horizontalHeader().sectionSizeFromContents(col).width()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit_capped()
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            index = self.view.currentIndex()
            if index.isValid() and self.model.specs[index.column()].kind == "date":
                self.model.setData(index, None)
            elif event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
            return True
        return False

    def selected(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def add(self) -> None:
        if self._session.read_only:
            return
        uuid = self._add()
        if uuid is None:
            return
        first = next((c for c, s in enumerate(self.model.specs) if s.kind == "text"), 0)
        index = self.model.index(self.model.row_of(uuid), first)
        self.view.setCurrentIndex(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.edit(index)

    def delete_selected(self) -> None:
        record = self.selected()
        if record is not None and not self._session.read_only:
            self._delete(record)
