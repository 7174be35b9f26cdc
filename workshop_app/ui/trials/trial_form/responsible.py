"""The actors a test lists as responsible, as a check list: a list model over the register's
(uuid, name) pairs and the set of those checked.

On a project grown over years the register holds two thousand actors: a ``QListWidget`` made
an item each (five calls into Qt per actor) on the plan's first show; this model answers the
view for the few rows it paints. Its number of rows is Qt's own (a string list model's, the
names given to it at once): a list view lays its rows out asking the model for an index of each
row, and each index asks for the number of rows, which a Python ``rowCount`` answered four
thousand times on each first show of the tests page. A box the user ticks says so in
``toggled(uuid, checked)``; what the form shows (``set_checked``) says nothing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal

from workshop_app.ui.record_model import AnyIndex

_DISPLAY = Qt.ItemDataRole.DisplayRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_UUID = Qt.ItemDataRole.UserRole
_CHECKED = Qt.CheckState.Checked
_UNCHECKED = Qt.CheckState.Unchecked


def is_checked(value: Any) -> bool:
    """Whether a check-state value (the enum, or its number as a view may pass it) is checked."""
    return value == _CHECKED or value == _CHECKED.value


class ResponsibleActors(QStringListModel):
    """One row per actor: the name shown, the uuid (``Qt.UserRole``) and a check box."""

    #: The user ticked (True) or cleared (False) the box of the actor ``uuid``.
    toggled = Signal(str, bool)

    def __init__(self, editable: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []
        self._row_of: dict[str, int] = {}
        self._checked: set[str] = set()
        self._flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if editable:
            self._flags |= Qt.ItemFlag.ItemIsUserCheckable

    # -- what the view asks ------------------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        uuid, name = self._rows[row]
        if role == _DISPLAY:
            return name
        if role == _CHECK:
            return _CHECKED if uuid in self._checked else _UNCHECKED
        if role == _UUID:
            return uuid
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return self._flags if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A box ticked or cleared by the user (a click, the space bar): shown, and told."""
        if (
            role != _CHECK
            or not index.isValid()
            or not self._flags & Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        uuid = self._rows[index.row()][0]
        checked = is_checked(value)
        self._set(uuid, checked)
        self.toggled.emit(uuid, checked)
        return True

    # -- what the form says ------------------------------------------------------------------------

    @property
    def rows(self) -> Sequence[tuple[str, str]]:
        return self._rows

    def uuid(self, row: int) -> str:
        return self._rows[row][0]

    def row_of(self, uuid: str) -> int:
        return self._row_of.get(uuid, -1)

    def checked(self) -> frozenset[str]:
        return frozenset(self._checked)

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        """The register's actors: the same actors in the same order change the names that
        changed alone (an actor renamed); else the list is new, and nothing checked."""
        if [u for u, _ in rows] == [u for u, _ in self._rows]:
            old, self._rows = self._rows, rows
            for row, (before, now) in enumerate(zip(old, rows, strict=True)):
                if before[1] != now[1]:  # Qt's name changed too: one dataChanged
                    QStringListModel.setData(self, self.index(row), now[1], _DISPLAY)
            return
        self._rows = rows
        self._row_of = {uuid: row for row, (uuid, _) in enumerate(rows)}
        self._checked = set()
        # The names, for Qt to count the rows by (they are shown from ``_rows``): one reset.
        self.setStringList([name for _uuid, name in rows])

    def set_checked(self, uuids: Iterable[str]) -> None:
        """Check exactly ``uuids`` (those in the list); only the boxes that differ repaint."""
        wanted = {u for u in uuids if u in self._row_of}
        for uuid in wanted ^ self._checked:
            self._set(uuid, uuid in wanted)

    def _set(self, uuid: str, checked: bool) -> None:
        if checked:
            self._checked.add(uuid)
        else:
            self._checked.discard(uuid)
        index = self.index(self._row_of[uuid])
        self.dataChanged.emit(index, index, [_CHECK])
