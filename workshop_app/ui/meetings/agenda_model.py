"""The agenda of one meeting as a table model; edits become undo commands."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workshop_app.domain.model import MAX_DURATION_MIN, MeetingWithAgenda
from workshop_app.domain.schedule import TimedItem, timed_agenda
from workshop_app.ui import commands
from workshop_app.ui.session import ProjectSession

COL_TIME, COL_TITLE, COL_MINUTES, COL_METHOD, COL_RESPONSIBLE = range(5)
_FIELDS = {
    COL_TITLE: "title",
    COL_MINUTES: "duration_min",
    COL_METHOD: "method",
    COL_RESPONSIBLE: "responsible",
}
AnyIndex = QModelIndex | QPersistentModelIndex


class AgendaModel(QAbstractTableModel):
    def __init__(self, session: ProjectSession) -> None:
        super().__init__()
        self._session = session
        self._meeting: MeetingWithAgenda | None = None
        self._rows: list[TimedItem] = []

    # -- loading ---------------------------------------------------------------------------------

    def meeting(self) -> MeetingWithAgenda | None:
        return self._meeting

    def set_meeting(self, meeting: MeetingWithAgenda | None) -> None:
        new_rows = timed_agenda(meeting.meeting.start_time, meeting.agenda) if meeting else []
        same_shape = (
            self._meeting is not None
            and meeting is not None
            and self._meeting.meeting.uuid == meeting.meeting.uuid
            and [r.item.uuid for r in self._rows] == [r.item.uuid for r in new_rows]
        )
        if same_shape:
            self._meeting, self._rows = meeting, new_rows
            if new_rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(new_rows) - 1, COL_RESPONSIBLE)
                )
            return
        self.beginResetModel()
        self._meeting, self._rows = meeting, new_rows
        self.endResetModel()

    def item_uuid(self, row: int) -> str:
        return self._rows[row].item.uuid

    def row_of(self, uuid: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.item.uuid == uuid), -1)

    # -- Qt model API ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            (
                self.tr("Time"),
                self.tr("Item"),
                self.tr("Min."),
                self.tr("Method"),
                self.tr("Responsible"),
            )[section]
            if 0 <= section < 5
            else None
        )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != COL_TIME and not self._session.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        timed = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_TIME:
                if timed.start is None or timed.end is None:
                    return "–"
                return f"{timed.start:%H:%M}–{timed.end:%H:%M}"
            value = getattr(timed.item, _FIELDS[col])
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_TIME, COL_MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TIME:
            return self.tr("Computed from the meeting's start time and the durations above.")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == COL_TIME:
            return False
        item = self._rows[index.row()].item
        field = _FIELDS[index.column()]
        if field == "duration_min":
            try:
                value = int(value)
            except (TypeError, ValueError):
                return False
            if not 0 <= value <= MAX_DURATION_MIN:
                return False
        else:
            value = str(value)
        old = getattr(item, field)
        if value == old:
            return False
        label = str(self.headerData(index.column(), Qt.Orientation.Horizontal))
        commands.set_agenda_field(self._session, item.uuid, field, label, old, value)
        return True
