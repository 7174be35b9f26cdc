"""The actors a relation can go to, as the list model of the relations panel's combo box.

Two thousand actors in a combo box filled item by item cost a stall on every actor selected in
the register; this model holds them as a Python list, answers Qt only for the lines it shows or
the completer searches, and takes a new list in as a reset, or as the one or two lines that
differ (another actor selected, one renamed).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

#: A line: (the actor's uuid, the name shown).
Line = tuple[str, str]


class OtherActors(QAbstractListModel):
    """Lines of (uuid, name): the name shown (and edited, as typed), the uuid as the item data
    (``Qt.UserRole``, what ``QComboBox.itemData`` reads)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[Line] = []
        self._row: dict[str, int] = {}

    @property
    def lines(self) -> list[Line]:
        return list(self._lines)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        uuid, name = self._lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return name
        if role == Qt.ItemDataRole.UserRole:
            return uuid
        return None

    def show(self, lines: list[Line]) -> bool:
        """Show ``lines``; True when lines came or went (the combo's choice is gone then)."""
        if lines == self._lines:
            return False
        before = [u for u, _ in self._lines]
        if before == [u for u, _ in lines]:
            self._rename(lines)
            return False
        if not self._swap(lines):
            self.beginResetModel()
            self._lines = list(lines)
            self.endResetModel()
        self._row = {uuid: row for row, (uuid, _name) in enumerate(self._lines)}
        self._rename(lines)
        return True

    def rename(self, uuid: str, name: str) -> None:
        """One actor's line says ``name`` now (when it is listed)."""
        row = self._row.get(uuid, -1)
        if row >= 0 and self._lines[row][1] != name:
            self._lines[row] = (uuid, name)
            self.dataChanged.emit(self.index(row), self.index(row))

    def _rename(self, lines: list[Line]) -> None:
        for row, (old, new) in enumerate(zip(self._lines, lines, strict=True)):
            if old != new:
                self._lines[row] = new
                self.dataChanged.emit(self.index(row), self.index(row))

    def _swap(self, lines: list[Line]) -> bool:
        """Remove and insert at most two lines (the actor shown before and the one shown now)
        to list the uuids of ``lines``; False (nothing done) when more differs."""
        before, after = [u for u, _ in self._lines], [u for u, _ in lines]
        gone, came = set(before) - set(after), set(after) - set(before)
        if len(gone) + len(came) > 2 or len(before) - len(gone) != len(after) - len(came):
            return False
        if [u for u in before if u not in gone] != [u for u in after if u not in came]:
            return False
        for row in sorted((before.index(u) for u in gone), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()
        for row in sorted(after.index(u) for u in came):
            self.beginInsertRows(QModelIndex(), row, row)
            self._lines.insert(row, lines[row])
            self.endInsertRows()
        return True
