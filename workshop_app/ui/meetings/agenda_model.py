"""The agenda of one meeting as a table model; edits become undo commands.

Rows can be dragged to a new place: a drop becomes one "Move agenda item" undo step (the model
never moves rows itself; the stored order comes back through the session's ``changed``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workshop_app.domain.model import MAX_DURATION_MIN, MeetingWithAgenda
from workshop_app.domain.schedule import TimedItem, timed_agenda
from workshop_app.domain.values import typed_whole
from workshop_app.ui import commands
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.session import ProjectSession

COL_TIME, COL_TITLE, COL_MINUTES, COL_METHOD, COL_RESPONSIBLE = range(5)
_FIELDS = {
    COL_TITLE: "title",
    COL_MINUTES: "duration_min",
    COL_METHOD: "method",
    COL_RESPONSIBLE: "responsible",
}
#: The drag payload: the uuid of the agenda item dragged (within this app only).
MIME_TYPE = "application/x-bymidtevaerkstedet-agenda-item"
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

    def timed(self, row: int) -> TimedItem:
        """The item of ``row`` with its planned clock times."""
        return self._rows[row]

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
            # Between and below the rows: a dragged item may land there.
            return (
                Qt.ItemFlag.ItemIsDropEnabled
                if not self._session.read_only
                else Qt.ItemFlag.NoItemFlags
            )
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._session.read_only:
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() != COL_TIME:
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
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_TIME:
                return self.tr("Computed from the meeting's start time and the durations above.")
            if col == COL_MINUTES and timed.item.extra_min:
                return self.tr("Planned {0} min; {1} min added during the meeting").format(
                    timed.item.duration_min, timed.item.extra_min
                )
            if col in (COL_TITLE, COL_METHOD, COL_RESPONSIBLE):
                return plain_tooltip(str(getattr(timed.item, _FIELDS[col]))) or None
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == COL_TIME:
            return False
        item = self._rows[index.row()].item
        field = _FIELDS[index.column()]
        if field == "duration_min":
            value = typed_whole(value, 0, MAX_DURATION_MIN)
            if value is None:
                return False
        else:
            value = str(value)
        old = getattr(item, field)
        if value == old:
            return False
        label = str(self.headerData(index.column(), Qt.Orientation.Horizontal))
        commands.set_agenda_field(self._session, item.uuid, field, label, old, value)
        return True

    # -- drag and drop -----------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(self.item_uuid(rows[0]).encode("ascii")))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return (
            not self._session.read_only
            and action == Qt.DropAction.MoveAction
            and data.hasFormat(MIME_TYPE)
            and self.row_of(bytes(data.data(MIME_TYPE).data()).decode("ascii", "replace")) >= 0
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """A dragged item dropped before ``row`` (or on ``parent``'s row, or at the end): one
        undoable move. Returns False so the view removes nothing itself."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        uuid = bytes(data.data(MIME_TYPE).data()).decode("ascii")
        source = self.row_of(uuid)
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        target = row - 1 if row > source else row  # the place once it is out of the list
        target = max(0, min(target, len(self._rows) - 1))
        if target != source:
            commands.move_agenda_item(self._session, uuid, source, target)
        return False
