"""A table model over records in their stored order: one row a record, one column a field key.

The records are frozen dataclasses with a ``uuid``. ``RecordTableModel`` holds them and does the
plumbing every such table repeats: loading (cells change in place when the same records come
back, else the model resets), lookups by row and uuid, the column headers from a labels dict,
and the flags (cells editable unless the session is read-only). Subclasses add ``data`` and
``setData``, and narrow what is editable with :meth:`_editable`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QTableView

from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.session import ProjectSession

AnyIndex = QModelIndex | QPersistentModelIndex


class Record(Protocol):
    @property
    def uuid(self) -> str: ...


R = TypeVar("R", bound=Record)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Records as rows, ``columns`` (field keys) as columns, headed by ``labels[key]``."""

    def __init__(
        self,
        session: ProjectSession,
        columns: Sequence[str],
        labels: Mapping[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._columns = tuple(columns)
        self._labels: dict[str, str] = dict(labels or {})
        self._rows: tuple[R, ...] = ()

    # -- loading and lookups -----------------------------------------------------------------------

    def set_rows(self, rows: Iterable[R]) -> None:
        """Show ``rows``: the same records (by uuid, in order) change in place, else a reset."""
        rows = tuple(rows)
        if [r.uuid for r in rows] == [r.uuid for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(rows) - 1, len(self._columns) - 1)
                )
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    @property
    def rows(self) -> tuple[R, ...]:
        return self._rows

    def row(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, uuid: str) -> int:
        """The row of the record with this uuid, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.uuid == uuid), -1)

    def label(self, column: str) -> str:
        return self._labels[column]

    @property
    def _read_only(self) -> bool:
        return self._session.read_only

    def _record(self, index: AnyIndex) -> R | None:
        """The record of a valid index in range, else None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def _editable(self, index: AnyIndex) -> bool:
        """Whether this (valid) cell can be edited when the session is not read-only."""
        return True

    # -- Qt model API ------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            or not 0 <= section < len(self._columns)
        ):
            return None
        label = self._labels[self._columns[section]]
        return plain_tooltip(label) if role == Qt.ItemDataRole.ToolTipRole else label

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._read_only or not self._editable(index):
            return base
        return base | Qt.ItemFlag.ItemIsEditable


def setup_record_view(
    view: QTableView,
    name: str,
    model: QAbstractItemModel,
    delegate: QStyledItemDelegate,
    *,
    editable: bool,
    sortable: bool = False,
    tab_leaves: bool = False,
    multi: bool = False,
) -> QHeaderView:
    """The one look and behaviour of a record table: whole rows selected, alternating colours,
    no row numbers, editing by double-click or typing (when ``editable``), resizable columns
    with the last one stretched, optional sorting (clearable), and ``tab_leaves`` to let Tab
    leave the table instead of walking its cells. Returns the horizontal header."""
    view.setObjectName(name)
    view.setModel(model)
    view.setItemDelegate(delegate)
    if sortable:
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    if tab_leaves:
        view.setTabKeyNavigation(False)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
        if editable
        else QAbstractItemView.EditTrigger.NoEditTriggers
    )
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    if sortable:
        header.setSortIndicatorClearable(True)
    return header
