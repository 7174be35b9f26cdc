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
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSpinBox,
    QStyleOptionViewItem,
    QWidget,
)

from workshop_app.domain.trials import (
    MAX_AMOUNT,
    BudgetLine,
    Permit,
)
from workshop_app.domain.values import typed_whole
from workshop_app.domain.vocabulary import PERMIT_KINDS
from workshop_app.ui.record_model import (
    AnyIndex,
    IndexedRecordModel,
    RecordRowsEditor,
)
from workshop_app.ui.record_model import tool_button as tool_button
from workshop_app.ui.scope.rows_model import CHOICES_ROLE
from workshop_app.ui.scope.section_form import ChoiceDelegate
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.trials import texts
from workshop_app.ui.trials.common import key_pressed
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


def ticked(flags: Qt.ItemFlag, kind: str) -> Qt.ItemFlag:
    """The flags of a cell of a column of ``kind``: a "flag" column is ticked, not edited (the
    test's rows here, a meeting's records in ``ui/meetings/records.py``)."""
    if flags & Qt.ItemFlag.ItemIsEditable and kind == "flag":
        return flags & ~Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
    return flags


class TrialRowsModel(IndexedRecordModel[Row]):
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
        return ticked(super().flags(index), self.columns[index.column()].kind)

    def _cell(self, record: Row, column: str, role: int) -> Any:
        value = getattr(record, column)
        kind = next(c.kind for c in self.columns if c.key == column)
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
            new = typed_whole(value)
            if new is None:
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


class RowsTable(RecordRowsEditor):
    """A table of rows with add / delete / move buttons; the page scrolls, not the table. The
    edits are the ``add``, ``delete`` and ``move`` it is given."""

    model: TrialRowsModel

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
        super().__init__(
            session, model, f"trial_{name}_table", f"trial_{name}_{{}}", RowsDelegate(), parent
        )
        self._edits = (add, delete, move)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header.setStretchLastSection(False)
        for col, spec in enumerate(model.columns):
            self.header.setSectionResizeMode(
                col,
                QHeaderView.ResizeMode.Stretch
                if spec.weight
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.view.installEventFilter(self)
        self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Delete or Backspace on a date cell clears the date (a date editor cannot be emptied).
        if (
            watched is self.view
            and key_pressed(event, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            index = self.view.currentIndex()
            if index.isValid() and self.model.columns[index.column()].kind == "date":
                self.model.setData(index, None)
                return True
        return False

    def _add(self, position: int | None) -> str | None:
        return self._edits[0](position)

    def _delete(self, record: Row, position: int) -> None:
        self._edits[1](record, position)

    def _move(self, uuid: str, old: int, new: int) -> None:
        self._edits[2](uuid, old, new)
