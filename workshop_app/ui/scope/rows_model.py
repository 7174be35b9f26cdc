"""The rows of one list of phase 1 (streets, milestones, budget…) as a table model."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt

from workshop_app.domain.scope import LISTS, Field, Kind, RowList, Scope, ScopeRow
from workshop_app.ui import commands
from workshop_app.ui.record_model import AnyIndex, RecordTableModel
from workshop_app.ui.scope import texts
from workshop_app.ui.session import ProjectSession

#: The role a delegate asks for the choices of a CHOICE column: list of (value, label).
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1


class ScopeRowsModel(RecordTableModel[ScopeRow]):
    """The rows of one list; a FLAG column is a check box, every other cell is edited in place."""

    def __init__(self, session: ProjectSession, list_key: str) -> None:
        self.spec: RowList = LISTS[list_key]
        # The preset column of the knowledge list is shown through its question, not on its own.
        self.columns: tuple[Field, ...] = tuple(c for c in self.spec.columns if c.key != "preset")
        super().__init__(session, [c.key for c in self.columns], texts.column_labels()[list_key])
        self._choices = texts.choice_labels()
        self._questions = texts.knowledge_questions()

    def set_scope(self, scope: Scope) -> None:
        self.set_rows(scope.rows_of(self.spec.key))

    def row_uuid(self, row: int) -> str:
        return self.row(row).uuid

    def scope_row(self, row: int) -> ScopeRow:
        return self.row(row)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if flags & Qt.ItemFlag.ItemIsEditable and self.columns[index.column()].kind is Kind.FLAG:
            return (flags & ~Qt.ItemFlag.ItemIsEditable) | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _question(self, row: ScopeRow) -> str:
        own = str(row.get("question"))
        return own or self._questions.get(str(row.values.get("preset", "")), "")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._record(index)
        if row is None:
            return None
        column = self.columns[index.column()]
        value = row.get(column.key)
        if column.key == "question":
            value = self._question(row)
        if column.kind is Kind.FLAG:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind is Kind.CHOICE:
                return self._choices.get(value, "") if value else "–"
            if column.kind is Kind.DATE:
                return f"{value:%d-%m-%Y}" if value else "–"
            if column.kind is Kind.INT:
                return "" if value is None else f"{value:,}".replace(",", ".")
            return value
        if role == Qt.ItemDataRole.EditRole:
            if column.kind is Kind.DATE:
                day = value or dt.date.today()
                return QDate(day.year, day.month, day.day)
            if column.kind is Kind.INT:
                return 0 if value is None else int(value)
            return value
        if role == CHOICES_ROLE and column.kind is Kind.CHOICE:
            return [("", "–"), *((c, self._choices.get(c, c)) for c in column.choices)]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind is Kind.INT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self._record(index)
        if row is None:
            return False
        column = self.columns[index.column()]
        old = row.get(column.key)
        if column.kind is Kind.FLAG:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column.kind is Kind.DATE:
            new = value.toPython() if isinstance(value, QDate) else value
        elif column.kind is Kind.INT:
            try:
                new = None if value in ("", None) else int(value)
            except (TypeError, ValueError):
                return False
        else:
            new = str(value)
            if column.key == "question" and new == self._question(row) and not old:
                return False  # the preset's own words, unchanged
        if new == old:
            return False
        commands.set_scope_row_value(
            self._session, row.uuid, column.key, self._labels[column.key], old, new
        )
        return True
