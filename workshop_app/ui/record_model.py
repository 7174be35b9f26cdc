"""A table model over records in their stored order: one row a record, one column a field key.

The records are frozen dataclasses with a ``uuid``. ``RecordTableModel`` holds them and does the
plumbing every such table repeats: loading (cells change in place when the same records come
back, else the model resets), lookups by row and uuid, the column headers from a labels dict,
and the flags (cells editable unless the session is read-only). Subclasses add ``data`` and
``setData``, and narrow what is editable with :meth:`_editable`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui import kit
from workshop_app.ui.icons import icon
from workshop_app.ui.kit import selected_uuid as selected_uuid
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.session import ProjectSession

AnyIndex = QModelIndex | QPersistentModelIndex


class Record(Protocol):
    @property
    def uuid(self) -> str: ...


R = TypeVar("R", bound=Record)


def may_edit(model: QAbstractItemModel, index: AnyIndex, role: int) -> bool:
    """Whether ``setData(index, value, role)`` may change anything: an edit of an editable cell."""
    return (
        role == Qt.ItemDataRole.EditRole
        and index.isValid()
        and bool(model.flags(index) & Qt.ItemFlag.ItemIsEditable)
    )


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

    def head_columns(self, fields: Mapping[str, str], **own: str) -> None:
        """Head each column with its word in ``own``, else with its field's label in ``fields``
        (the words of the record's form)."""
        self._labels = {c: own[c] if c in own else fields[c] for c in self._columns}

    # -- loading and lookups -----------------------------------------------------------------------

    def set_rows(
        self,
        rows: Iterable[R],
        touched: Collection[str] | None = None,
        also: Collection[str] = (),
    ) -> None:
        """Show ``rows``. The same records (by uuid, in order) change in place: only the rows an
        edit ``touched`` (uuids, as ``Changes.trial_items`` names them; see :meth:`_row_keys`)
        and those in ``also``, or every row when ``touched`` is None. Rows added, removed or
        moved reset the model (the views put their selection back)."""
        rows = tuple(rows)
        if [r.uuid for r in rows] != [r.uuid for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        hit = None if touched is None else self.touched_uuids(touched) | set(also)
        self._rows = rows
        if hit is not None:
            hit |= self.touched_uuids(touched or ())
        last = len(self._columns) - 1
        for first, end in _spans([i for i, r in enumerate(rows) if hit is None or r.uuid in hit]):
            self.dataChanged.emit(self.index(first, 0), self.index(end, last))

    def touched_uuids(self, touched: Collection[str]) -> set[str]:
        """The uuids of the rows shown now that an edit of ``touched`` changes."""
        return {r.uuid for r in self._rows if any(k in touched for k in self._row_keys(r))}

    def _row_keys(self, record: R) -> Iterable[str]:
        """The uuids whose edit changes what this row shows: its own; more where a row shows
        other records (an idea shows its tests, a test its status changes)."""
        return (record.uuid,)

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

    def _edited(self, index: AnyIndex, role: int) -> R | None:
        """The record an edit of cell ``index`` in ``role`` changes, or None when it may not
        (another role than editing, a read-only session or cell)."""
        return self._record(index) if may_edit(self, index, role) else None

    def _cell(self, record: R, column: str, role: int) -> Any:
        """What the cell of ``record`` in ``column`` holds in ``role`` (None: nothing)."""
        return None

    def _set_cell(self, record: R, column: str, value: Any) -> bool:
        """Make the edit of an editable cell (one undo step); whether anything changed."""
        return False

    # -- Qt model API ------------------------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self._record(index)
        return None if record is None else self._cell(record, self._columns[index.column()], role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self._edited(index, role)
        return record is not None and self._set_cell(record, self._columns[index.column()], value)

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
        label = self._labels.get(self._columns[section])  # a one-column list has no heading
        if label is None:
            return None
        return plain_tooltip(label) if role == Qt.ItemDataRole.ToolTipRole else label

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._read_only or not self._editable(index):
            return base
        return base | Qt.ItemFlag.ItemIsEditable


class IndexedRecordModel(RecordTableModel[R]):
    """A record table that makes its cells' indexes itself (rows its records, columns its
    columns): Qt's QAbstractTableModel.index checks a row and column by asking rowCount and
    columnCount, two calls into Python for every cell a view or a filter reads (hundreds as a
    table measures its columns, one per row as a list view lays its rows out). ``index(row)`` is
    the row's first cell."""

    def index(
        self,
        row: int,
        column: int = 0,
        parent: AnyIndex = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        if 0 <= row < len(self._rows) and 0 <= column < len(self._columns):
            return QModelIndex() if parent.isValid() else self.createIndex(row, column)
        return QModelIndex()


class RecordFilter(QSortFilterProxyModel):
    """Sorts (by ``sort_role`` when given) and keeps the records :meth:`accepts` takes; a
    setter changes what it keeps through :meth:`_refilter`."""

    def __init__(self, parent: QObject | None = None, *, sort_role: int | None = None) -> None:
        super().__init__(parent)
        if sort_role is not None:
            self.setSortRole(sort_role)
            self.setDynamicSortFilter(True)

    def _refilter(self, **values: object) -> None:
        """Set the filter's attributes (``_text=…``) and filter again; nothing when each is
        as it was (a list refilled keeps its filter: thousands of rows filtered for nothing)."""
        missing = object()
        if all(getattr(self, name, missing) == value for name, value in values.items()):
            return
        self.beginFilterChange()
        for name, value in values.items():
            setattr(self, name, value)
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RecordTableModel) or source_parent.isValid():
            return True
        return self.accepts(model, model.row(source_row))

    def accepts(self, model: Any, record: Any) -> bool:
        """Whether to show ``record`` of the source ``model``."""
        return True


def select_uuid(
    view: QTableView,
    model: RecordTableModel[Any],
    uuid: str,
    proxy: QAbstractProxyModel | None = None,
) -> bool:
    """Select and show the row of ``uuid`` (through ``proxy`` where the view sorts or filters);
    False when it is not there or the proxy hides it."""
    row = model.row_of(uuid)
    if row < 0:
        return False
    index = model.index(row, 0)
    if proxy is not None:
        index = proxy.mapFromSource(index)
    if not index.isValid():
        return False
    view.selectRow(index.row())
    view.scrollTo(index)
    return True


def _spans(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as runs of neighbours: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    spans: list[tuple[int, int]] = []
    for row in rows:
        if spans and spans[-1][1] == row - 1:
            spans[-1] = (spans[-1][0], row)
        else:
            spans.append((row, row))
    return spans


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


class ColumnFitter(QObject):
    """Keeps a table's primary columns in view: the *elastic* text columns (names, categories,
    long texts) give way, each down to its minimum width, so that the columns up to
    ``primary_until`` (ratings, votes, dates beside the names) are never hidden behind a
    horizontal scroll bar; columns after it may scroll. Where there is room every column gets its
    natural width (contents measured on the first rows; elastic ones at most ``widest``). Runs
    when the table is resized and when its rows are reloaded.
    """

    def __init__(
        self,
        view: QTableView,
        elastic: Mapping[int, int],
        *,
        primary_until: int | None = None,
        widest: int = 260,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._elastic = dict(elastic)  # column -> its minimum width
        self._primary_until = primary_until
        self._widest = widest
        self._natural: list[int] | None = None
        view.horizontalHeader().setResizeContentsPrecision(60)  # a thousand rows: measure 60
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self.remeasure)
        model.layoutChanged.connect(self.remeasure)

    def remeasure(self) -> None:
        self._natural = None
        self.fit()

    def primary_columns(self) -> list[int]:
        """The columns that must stay in view (the shown ones up to ``primary_until``)."""
        header = self._view.horizontalHeader()
        last = header.count() - 1 if self._primary_until is None else self._primary_until
        return [c for c in range(min(last + 1, header.count())) if not header.isSectionHidden(c)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _measure(self) -> list[int]:
        view, header = self._view, self._view.horizontalHeader()
        widths = []
        for column in range(header.count()):
            width = max(view.sizeHintForColumn(column), header.sectionSizeHint(column)) + 8
            if column in self._elastic:
                width = min(width, self._widest)
            widths.append(width)
        return widths

    def fit(self) -> None:
        header = self._view.horizontalHeader()
        count = header.count()
        if count == 0:
            return
        if self._natural is None or len(self._natural) != count:
            self._natural = self._measure()
        widths = list(self._natural)
        primary = self.primary_columns()
        excess = sum(widths[c] for c in primary) - self._view.viewport().width()
        give = {c: max(widths[c] - low, 0) for c, low in self._elastic.items() if c in primary}
        room = sum(give.values())
        if excess > 0 and room > 0:
            share = min(excess / room, 1.0)
            for column, spare in give.items():
                widths[column] -= int(spare * share + 0.999)
        for column in range(count):
            if not header.isSectionHidden(column):
                header.resizeSection(column, widths[column])


def text_editor(long: bool, heights: tuple[int, int] = (44, 66)) -> QLineEdit | QPlainTextEdit:
    """:func:`kit.text_editor` a table row's size: for a ``long`` text a box ``heights``
    (least, most) tall."""
    return kit.text_editor(long, heights)


def tool_button(role: str, tip: str, name: str) -> QToolButton:
    """A small flat button with an icon; its tip is its accessible name too."""
    button = kit.named(QToolButton(), name, tip=tip, accessible=tip)
    button.setIcon(icon(role))
    button.setAutoRaise(True)
    return button


class RecordRowsEditor(QWidget):
    """A record table that grows with its rows (the page scrolls, not the table), with add /
    delete / move buttons under it (``buttons``: more may be added). ``names`` formats the
    buttons' names from "add", "delete", "up", "down". Subclasses make the edits:
    :meth:`_add` (at a position, returns the new uuid or None), :meth:`_delete`, :meth:`_move`.
    """

    def __init__(
        self,
        session: ProjectSession,
        model: RecordTableModel[Any],
        view_name: str,
        names: str,
        delegate: QStyledItemDelegate,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.model = model
        self.view = QTableView()
        delegate.setParent(self.view)
        self.header = setup_record_view(self.view, view_name, model, delegate, editable=True)
        self.view.setWordWrap(True)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for signal in (model.modelReset, model.dataChanged, model.layoutChanged):
            signal.connect(self._fit_height)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        for action, role, tip, slot in (
            ("add", "add", QCoreApplication.translate("RowsEditor", "Add row"), self.add_row),
            (
                "delete",
                "remove",
                QCoreApplication.translate("RowsEditor", "Delete row"),
                self.delete_row,
            ),
            (
                "up",
                "up",
                QCoreApplication.translate("RowsEditor", "Move up"),
                lambda: self.move_row(-1),
            ),
            (
                "down",
                "down",
                QCoreApplication.translate("RowsEditor", "Move down"),
                lambda: self.move_row(+1),
            ),
        ):
            button = tool_button(role, tip, names.format(action))
            button.setEnabled(not session.read_only)
            button.clicked.connect(slot)
            setattr(self, f"{action}_button", button)
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view)
        layout.addLayout(self.buttons)

    add_button: QToolButton
    delete_button: QToolButton
    up_button: QToolButton
    down_button: QToolButton

    def _fit_height(self, *_: object) -> None:
        """The table is as tall as its rows (one empty row at least)."""
        self.view.resizeRowsToContents()
        rows = sum(self.view.rowHeight(r) for r in range(self.model.rowCount()))
        empty_row = self.view.verticalHeader().defaultSectionSize()
        height = self.view.horizontalHeader().sizeHint().height() + max(rows, empty_row) + 4
        self.view.setFixedHeight(height)

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_row(self) -> str | None:
        """A new row below the selected one (or last), ready for typing; its uuid, or None when
        the edit was refused."""
        if self._session.read_only:
            return None
        row = self.selected_row()
        uuid = self._add(row + 1 if row >= 0 else None)
        if uuid is None:  # refused: the session has shown why
            return None
        new_row = self.model.row_of(uuid)
        if new_row >= 0:
            index = self.model.index(new_row, 0)
            self.view.setCurrentIndex(index)
            self.view.selectRow(new_row)
            self.view.setFocus()
            self.view.edit(index)
        return uuid

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

    # The three edits every list makes its own way (its undo command); each subclass says how.

    def _add(self, position: int | None) -> str | None:
        """Add a row at ``position`` (one undo step); its uuid, None when refused."""
        raise NotImplementedError(f"{type(self).__name__} must say how a row is added")

    def _delete(self, record: Any, position: int) -> None:
        """Delete ``record`` (one undo step that puts it back at ``position``)."""
        raise NotImplementedError(f"{type(self).__name__} must say how a row is deleted")

    def _move(self, uuid: str, old: int, new: int) -> None:
        """Move a row from ``old`` to ``new`` (one undo step)."""
        raise NotImplementedError(f"{type(self).__name__} must say how a row is moved")
