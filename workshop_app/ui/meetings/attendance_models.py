"""The citizens counted at a meeting as a table model: an age band × group grid (a blank cell is
"not counted", not 0) with totals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from workshop_app.domain.meetings import ATTENDANCE_GROUPS
from workshop_app.domain.model import MeetingWithAgenda
from workshop_app.domain.vocabulary import AGE_BANDS
from workshop_app.ui.meetings import meeting_commands, texts
from workshop_app.ui.session import ProjectSession

AnyIndex = QModelIndex | QPersistentModelIndex
#: The most people one cell may count.
MAX_COUNT = 100_000


def parse_count(value: Any) -> tuple[bool, int | None]:
    """(ok, count) for what was typed in a cell: "" is blank (None), digits a number."""
    text = str(value if value is not None else "").strip()
    if not text:
        return True, None
    if not text.isdigit() or int(text) > MAX_COUNT:
        return False, None
    return True, int(text)


class CitizenGridModel(QAbstractTableModel):
    """Rows: the age bands and a total; columns: the groups and a total. Blank is not 0."""

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._meeting_uuid: str | None = None
        self._cells: dict[tuple[str, str], int | None] = {}
        self._ages = texts.age_band_labels()
        self._groups = texts.group_labels()

    def set_meeting(self, meeting: MeetingWithAgenda | None) -> None:
        self._meeting_uuid = meeting.meeting.uuid if meeting else None
        self._cells = (
            {(c.age_band, c.group): c.count for c in meeting.citizen_counts} if meeting else {}
        )
        self.dataChanged.emit(
            self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
        )

    def count(self, age_band: str, group: str) -> int | None:
        return self._cells.get((age_band, group))

    def total(self) -> int | None:
        """Everyone counted; None when no cell has a number."""
        numbers = [n for n in self._cells.values() if n is not None]
        return sum(numbers) if numbers else None

    def _sum(self, cells: list[int | None]) -> int | None:
        numbers = [n for n in cells if n is not None]
        return sum(numbers) if numbers else None

    def _value(self, row: int, column: int) -> int | None:
        bands = AGE_BANDS if row == len(AGE_BANDS) else (AGE_BANDS[row],)
        groups = (
            ATTENDANCE_GROUPS if column == len(ATTENDANCE_GROUPS) else (ATTENDANCE_GROUPS[column],)
        )
        if len(bands) == 1 and len(groups) == 1:
            return self.count(bands[0], groups[0])
        return self._sum([self.count(b, g) for b in bands for g in groups])

    def _is_total(self, index: AnyIndex) -> bool:
        return index.row() == len(AGE_BANDS) or index.column() == len(ATTENDANCE_GROUPS)

    # -- Qt model API ------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AGE_BANDS) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ATTENDANCE_GROUPS) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        total = QCoreApplication.translate("CitizenGrid", "Total")
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(ATTENDANCE_GROUPS):
                return self._groups[ATTENDANCE_GROUPS[section]]
            return total if section == len(ATTENDANCE_GROUPS) else None
        if 0 <= section < len(AGE_BANDS):
            return self._ages[AGE_BANDS[section]]
        return total if section == len(AGE_BANDS) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._is_total(index) or self._session.read_only or self._meeting_uuid is None:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._value(index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._is_total(index):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            row = self.headerData(index.row(), Qt.Orientation.Vertical)
            column = self.headerData(index.column(), Qt.Orientation.Horizontal)
            shown = "–" if value is None else str(value)
            return f"{row}, {column}: {shown}"
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
            or self._meeting_uuid is None
        ):
            return False
        ok, new = parse_count(value)
        if not ok:
            return False
        band, group = AGE_BANDS[index.row()], ATTENDANCE_GROUPS[index.column()]
        old = self.count(band, group)
        if new == old:
            return False
        return meeting_commands.set_citizen_count(
            self._session, self._meeting_uuid, band, group, old, new
        )
