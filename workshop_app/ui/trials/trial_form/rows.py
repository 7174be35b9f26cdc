"""Row tables of a test's record: its budget lines and its permits (``TrialRowsModel``,
``RowsDelegate``, and ``RowsTable`` with add / delete / move). Every edit is an undo command.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QSpinBox,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.trials import (
    MAX_AMOUNT,
    BudgetLine,
    Permit,
)
from workshop_app.domain.vocabulary import PERMIT_KINDS
from workshop_app.ui.icons import icon
from workshop_app.ui.record_model import AnyIndex, RecordTableModel, setup_record_view
from workshop_app.ui.scope.rows_model import CHOICES_ROLE
from workshop_app.ui.scope.section_form import ChoiceDelegate
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.trials import texts
from workshop_app.ui.trials.trial_list import day_text

_TRISTATE = {True: "yes", False: "no", None: ""}
_FROM_TRISTATE = {"yes": True, "no": False, "": None}


def kroner(amount: int) -> str:
    """Whole kroner with the language's thousands separator: "18.000 kr." / "18,000 kr."."""
    return QCoreApplication.translate("TrialForm", "{0} kr.").format(QLocale().toString(amount))


@dataclass(frozen=True)
class Column:
    key: str
    kind: str  # "text", "amount", "flag", "tristate", "choice", "date"
    label: str
    weight: int = 0  # 0: sized to contents


def budget_columns() -> tuple[Column, ...]:
    return (
        Column("text", "text", QCoreApplication.translate("TrialForm", "What"), 5),
        Column("amount", "amount", QCoreApplication.translate("TrialForm", "Amount")),
        Column("in_kind", "flag", QCoreApplication.translate("TrialForm", "In kind")),
    )


def permit_columns() -> tuple[Column, ...]:
    return (
        Column("kind", "choice", QCoreApplication.translate("TrialForm", "Permit"), 3),
        Column("needed", "tristate", QCoreApplication.translate("TrialForm", "Needed?")),
        Column("applied", "tristate", QCoreApplication.translate("TrialForm", "Applied for?")),
        Column("granted", "tristate", QCoreApplication.translate("TrialForm", "Granted?")),
        Column("by_whom", "text", QCoreApplication.translate("TrialForm", "By whom"), 2),
        Column("date", "date", QCoreApplication.translate("TrialForm", "Date")),
        Column("note", "text", QCoreApplication.translate("TrialForm", "Note"), 2),
    )


Row = BudgetLine | Permit


class TrialRowsModel(RecordTableModel[Row]):
    """Budget lines or permits of one test; edits are undo commands."""

    def __init__(
        self,
        session: ProjectSession,
        columns: tuple[Column, ...],
        write: Callable[[str, str, str, Any, Any], None],
    ) -> None:
        super().__init__(session, [c.key for c in columns], {c.key: c.label for c in columns})
        self.columns = columns
        self._write = write
        self._kinds = texts.permit_kind_labels()
        self._yes_no = texts.yes_no_labels()

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """A flag column is ticked, not edited."""
        flags = super().flags(index)
        if flags & Qt.ItemFlag.ItemIsEditable and self.columns[index.column()].kind == "flag":
            flags = flags & ~Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self._record(index)
        if record is None:
            return None
        column = self.columns[index.column()]
        value = getattr(record, column.key)
        kind = column.kind
        if kind == "flag":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == "amount":
                return kroner(value)
            if kind == "date":
                return day_text(value) or "–"
            if kind == "choice":
                return self._kinds.get(value, value)
            if kind == "tristate":
                return self._yes_no[value]
            return value
        if role == Qt.ItemDataRole.EditRole:
            if kind == "date":
                day = value or dt.date.today()
                return QDate(day.year, day.month, day.day)
            if kind == "tristate":
                return _TRISTATE[value]
            return value
        if role == CHOICES_ROLE:
            if kind == "choice":
                return [(k, self._kinds[k]) for k in PERMIT_KINDS]
            if kind == "tristate":
                return [
                    ("", self._yes_no[None]),
                    ("yes", self._yes_no[True]),
                    ("no", self._yes_no[False]),
                ]
        if role == Qt.ItemDataRole.TextAlignmentRole and kind == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self._record(index)
        if row is None or self._read_only:
            return False
        column = self.columns[index.column()]
        old = getattr(row, column.key)
        kind = column.kind
        if kind == "flag":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif kind == "date":
            new = value.toPython() if isinstance(value, QDate) else value
        elif kind == "amount":
            try:
                new = int(value)
            except (TypeError, ValueError):
                return False
        elif kind == "tristate":
            if value not in _FROM_TRISTATE:
                return False
            new = _FROM_TRISTATE[value]
        else:
            new = str(value)
        if new == old:
            return False
        self._write(row.uuid, column.key, column.label, old, new)
        return True


class RowsDelegate(ChoiceDelegate):
    """Choice columns as combo boxes (ChoiceDelegate); amounts as a spin box in kroner."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        model = index.model()
        if isinstance(model, TrialRowsModel) and model.columns[index.column()].kind == "amount":
            spin = QSpinBox(parent)
            spin.setRange(0, MAX_AMOUNT)
            spin.setGroupSeparatorShown(True)
            spin.setSuffix(" kr.")
            spin.setFrame(False)
            return spin
        return super().createEditor(parent, option, index)


def tool_button(role: str, tip: str, name: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(icon(role))
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setObjectName(name)
    button.setAutoRaise(True)
    return button


class RowsTable(QWidget):
    """A table of rows with add / delete / move buttons; the page scrolls, not the table."""

    def __init__(
        self,
        session: ProjectSession,
        name: str,
        model: TrialRowsModel,
        add: Callable[[int | None], str | None],
        delete: Callable[[Row, int], None],
        move: Callable[[str, int, int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._add, self._delete, self._move = add, delete, move
        self.model = model
        self.view = QTableView()
        header = setup_record_view(
            self.view, f"trial_{name}_table", model, RowsDelegate(self.view), editable=True
        )
        self.view.setWordWrap(True)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.setStretchLastSection(False)
        for col, spec in enumerate(model.columns):
            header.setSectionResizeMode(
                col,
                QHeaderView.ResizeMode.Stretch
                if spec.weight
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.view.installEventFilter(self)
        for signal in (model.modelReset, model.dataChanged, model.layoutChanged):
            signal.connect(self._fit_height)
        editable = not session.read_only
        self.add_button = tool_button("add", self.tr("Add row"), f"trial_{name}_add")
        self.delete_button = tool_button("remove", self.tr("Delete row"), f"trial_{name}_delete")
        self.up_button = tool_button("up", self.tr("Move up"), f"trial_{name}_up")
        self.down_button = tool_button("down", self.tr("Move down"), f"trial_{name}_down")
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.add_button, self.delete_button, self.up_button, self.down_button):
            b.setEnabled(editable)
            self.buttons.addWidget(b)
        self.buttons.addStretch(1)
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.delete_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(+1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view)
        layout.addLayout(self.buttons)
        self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Delete or Backspace on a date cell clears the date (a date editor cannot be emptied).
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            index = self.view.currentIndex()
            if index.isValid() and self.model.columns[index.column()].kind == "date":
                self.model.setData(index, None)
                return True
        return False

    def _fit_height(self, *_: object) -> None:
        self.view.resizeRowsToContents()
        rows = sum(self.view.rowHeight(r) for r in range(self.model.rowCount()))
        empty_row = self.view.verticalHeader().defaultSectionSize()
        height = self.view.horizontalHeader().sizeHint().height() + max(rows, empty_row) + 4
        self.view.setFixedHeight(height)

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_row(self) -> None:
        if self._session.read_only:
            return
        row = self.selected_row()
        uuid = self._add(row + 1 if row >= 0 else None)
        if uuid is None:
            return
        new_row = self.model.row_of(uuid)
        if new_row >= 0:
            index = self.model.index(new_row, 0)
            self.view.setCurrentIndex(index)
            self.view.selectRow(new_row)
            self.view.setFocus()
            self.view.edit(index)

    def delete_row(self) -> None:
        row = self.selected_row()
        if row >= 0 and not self._session.read_only:
            self._delete(self.model.row(row), row)

    def move_row(self, step: int) -> None:
        row = self.selected_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount() or self._session.read_only:
            return
        uuid = self.model.row(row).uuid
        self._move(uuid, row, target)
        self.view.selectRow(self.model.row_of(uuid))
