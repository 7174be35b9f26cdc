"""Tally grids, made for fast keyboard entry: ``TallyModel`` (a grid of counts with a total per
row), its delegate and ``TallyView`` (typing, Tab/Enter movement, paste of a spreadsheet block),
and ``TallyBox`` (a grid with its title and totals).

In a tally grid, typing digits starts editing the cell; Tab commits and moves right (wrapping to
the next row), Shift+Tab moves back, Enter commits and starts the next row at the column where
typing began in this row, Backspace or Delete blanks the cell. A blank cell is "not counted",
which is not 0. Ctrl+V pastes a block copied from a spreadsheet at the current cell as one undo
step; a cell that is not a number refuses the whole paste, naming the cell.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.trials import (
    BLOCK_MINUTES,
    MAX_COUNT,
    Cell,
    Tally,
    block_count,
    cell_sum,
    minutes_between,
    row_counted,
)
from workshop_app.ui.record_model import AnyIndex, may_edit
from workshop_app.ui.scope.section_form import ChoiceDelegate
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.trials.common import section_title


def hhmm(time: dt.time) -> str:
    return f"{time.hour:02d}:{time.minute:02d}"


def block_labels(start: dt.time, end: dt.time) -> list[str]:
    """ "10:00–10:10", "10:10–10:20"…; the last block ends at ``end`` (a 25-minute session's
    third block is "10:20–10:25")."""
    first = start.hour * 60 + start.minute
    last = first + minutes_between(start, end)
    labels = []
    for n in range(block_count(start, end)):
        a = first + n * BLOCK_MINUTES
        b = min(a + BLOCK_MINUTES, last)
        labels.append(f"{a // 60 % 24:02d}:{a % 60:02d}–{b // 60 % 24:02d}:{b % 60:02d}")
    return labels


def number_text(value: int) -> str:
    return QLocale().toString(value)


def parse_count(value: Any) -> Cell:
    """A count typed in a cell: blank is ``None`` (not counted), "0" is a real 0; raises
    ``ValueError`` with a translated message."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        text = "" if value is None else str(value).strip()
        if not text:
            return None
        if text.lstrip("-+").isdigit() and text.isascii():
            number = int(text)
        else:
            raise ValueError(
                QCoreApplication.translate(
                    "CountsPanel",
                    "“{0}” is not a number. Type the number of people as a whole number, "
                    "such as 12.",
                ).format(text)
            )
    if number < 0:
        raise ValueError(
            QCoreApplication.translate(
                "CountsPanel", "Counts cannot be negative ({0}): type 0 or more."
            ).format(number)
        )
    if number > MAX_COUNT:
        raise ValueError(
            QCoreApplication.translate("CountsPanel", "At most {0} people fit in one cell.").format(
                number_text(MAX_COUNT)
            )
        )
    return number


# -- tally grids ---------------------------------------------------------------------------------


def parse_block(text: str) -> list[list[str]]:
    """A block copied from a spreadsheet: rows on lines, cells separated by tabs (the last line
    break, and a trailing carriage return per line, are dropped)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


class TallyModel(QAbstractTableModel):
    """A grid of counts with a total per row (the last column, not editable). ``write(row,
    column, old, new)`` stores a changed cell, ``write_all(values)`` the whole grid (a pasted
    block), each as one undo command. A cell is ``None`` while blank (not counted)."""

    #: A translated message: a value was refused before it reached the project.
    refused = Signal(str)

    def __init__(
        self,
        session: ProjectSession,
        columns: Sequence[str],
        write: Callable[[int, int, Cell, Cell], None],
        write_all: Callable[[Tally], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._columns = list(columns)
        self._write = write
        self._write_all = write_all
        self._rows: list[str] = []
        self._values: Tally = ()

    @property
    def editable_columns(self) -> int:
        return len(self._columns)

    @property
    def values(self) -> Tally:
        return self._values

    def set_values(self, row_labels: Sequence[str], values: Sequence[Sequence[Cell]]) -> None:
        rows = list(row_labels)
        new = tuple(tuple(row) for row in values)
        if len(rows) == len(self._rows) and len(new) == len(self._values):
            changed_labels = rows != self._rows
            self._rows, self._values = rows, new
            if rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1)
                )
                if changed_labels:
                    self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(rows) - 1)
            return
        self.beginResetModel()
        self._rows, self._values = rows, new
        self.endResetModel()

    def column_totals(self) -> list[int]:
        return [cell_sum(row[c] for row in self._values) for c in range(len(self._columns))]

    def total(self) -> int:
        return sum(cell_sum(row) for row in self._values)

    def paste(self, row: int, column: int, text: str) -> bool:
        """Put a block copied from a spreadsheet into the grid with its top left at (row,
        column): one undo step. A cell that is not a count, or a block that does not fit,
        refuses the whole paste (``refused`` names the cell); nothing changes then."""
        if self._session.read_only or not text:
            return False
        block = parse_block(text)
        width = max(len(line) for line in block)
        if row + len(block) > len(self._values) or column + width > len(self._columns):
            self.refused.emit(
                self.tr(
                    "Nothing was pasted: the block of {0} × {1} cells does not fit from this cell."
                ).format(len(block), width)
            )
            return False
        rows = [list(values) for values in self._values]
        for r, line in enumerate(block):
            for c, cell in enumerate(line):
                try:
                    rows[row + r][column + c] = parse_count(cell)
                except ValueError as exc:
                    self.refused.emit(
                        self.tr("Nothing was pasted. {0}, {1}: {2}").format(
                            self._rows[row + r], self._columns[column + c], exc
                        )
                    )
                    return False
        new = tuple(tuple(values) for values in rows)
        if new == self._values:
            return False
        self._write_all(new)
        return True

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._values)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section]
            return self.tr("Total") if section == len(self._columns) else None
        return self._rows[section] if 0 <= section < len(self._rows) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < len(self._columns) and not self._session.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._values):
            return None
        row = self._values[index.row()]
        is_total = index.column() == len(self._columns)
        value: Cell = row[index.column()] if not is_total else None
        if is_total and row_counted(row):
            value = cell_sum(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else number_text(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not may_edit(self, index, role):
            return False
        try:
            new = parse_count(value)
        except ValueError as exc:
            self.refused.emit(str(exc))
            return False
        old = self._values[index.row()][index.column()]
        if new == old:
            return False
        self._write(index.row(), index.column(), old, new)
        return True


class TallyDelegate(ChoiceDelegate):
    """A line edit that accepts digits only; Tab, Shift+Tab and Enter commit and move."""

    #: The editor refused a key (a minus sign, a letter).
    rejected = Signal()

    def __init__(self, view: TallyView) -> None:
        super().__init__(view)
        self._view = view

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.inputRejected.connect(self.rejected)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setText("" if value is None else str(value))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(editor, QLineEdit):
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Paste) and _is_block(
                QGuiApplication.clipboard().text()
            ):
                # A block from a spreadsheet, pasted while a cell is open: into the grid.
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
                self._view.paste()
                return True
            move = _MOVES.get(event.key())
            if move is not None and _is_tab_switch(event):
                # Ctrl+Tab: keep the number typed so far, then let the tab widget around the
                # grid have the key (the view ignores it, so it goes on to the view's parents).
                self._commit_and_close(editor)
                QCoreApplication.sendEvent(
                    self._view, QKeyEvent(event.type(), event.key(), event.modifiers())
                )
                return True
            if move is not None and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if event.key() == Qt.Key.Key_Tab and event.modifiers() & (
                    Qt.KeyboardModifier.ShiftModifier
                ):
                    move = "previous"
                self._commit_and_close(editor)
                if not self._view.step(move) and move != "down":
                    self._view.leave(forward=move == "next")  # at the edge: on to the next widget
                return True
        return super().eventFilter(editor, event)

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def _is_block(text: str) -> bool:
    """More than one cell: cells separated by tabs or rows by line breaks."""
    return "\t" in text or "\n" in text.strip("\r\n")


def _is_tab_switch(event: QKeyEvent) -> bool:
    """Ctrl+Tab or Ctrl+Shift+Tab: the tab widget's keys to switch tabs, not a grid move."""
    return event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and bool(
        event.modifiers() & Qt.KeyboardModifier.ControlModifier
    )


_MOVES: dict[int, str] = {
    Qt.Key.Key_Tab.value: "next",
    Qt.Key.Key_Backtab.value: "previous",
    Qt.Key.Key_Return.value: "down",
    Qt.Key.Key_Enter.value: "down",
}


class TallyView(QTableView):
    """A grid for counting: digits edit, Tab/Enter move, Backspace/Delete blank a cell, Ctrl+V
    pastes a block."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # (row, column) where typing began in the current row: Enter goes on below it.
        self._row_start: tuple[int, int] | None = None
        self._stepping = False
        self.delegate = TallyDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(48)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self._fit_header()

    def _fit_header(self) -> None:
        """Columns share the width but never cut their headings ("Cyklende", not "yklend"):
        where the grid is narrower, it scrolls sideways instead."""
        header, model = self.horizontalHeader(), self.model()
        if model is None:
            return
        metrics = header.fontMetrics()
        widest = max(
            (
                metrics.horizontalAdvance(str(model.headerData(c, Qt.Orientation.Horizontal)))
                for c in range(model.columnCount())
            ),
            default=0,
        )
        header.setMinimumSectionSize(max(48, widest + 16))

    def tally(self) -> TallyModel | None:
        model = self.model()
        return model if isinstance(model, TallyModel) else None

    def step(self, direction: str) -> bool:
        """Move the current cell: "next" (right, wrapping to the next row), "previous", "down".
        False at the edge (the current cell stays)."""
        model = self.tally()
        if model is None or not model.rowCount():
            return False
        current = self.currentIndex()
        row = max(current.row(), 0)
        column = min(max(current.column(), 0), model.editable_columns - 1)
        last_column = model.editable_columns - 1
        start = self._row_start if self._row_start and self._row_start[0] == row else None
        if not current.isValid():
            row, column = 0, 0
        elif direction == "next":
            if current.column() >= last_column:
                if row + 1 >= model.rowCount():
                    return False
                row, column = row + 1, 0
            else:
                column += 1
        elif direction == "previous":
            if current.column() == 0:
                if row == 0:
                    return False
                row, column = row - 1, last_column
            else:
                column = min(current.column() - 1, last_column)
        elif direction == "down":
            if row + 1 >= model.rowCount():
                return False
            row += 1
            if start is not None:
                column = start[1]  # the next row starts where typing began in this one
        if direction in ("next", "previous") and current.isValid():
            if start is None:
                start = (current.row(), current.column())
            self._row_start = start if row == start[0] else None
        else:
            self._row_start = None
        index = model.index(row, column)
        self._stepping = True
        try:
            self.setCurrentIndex(index)
        finally:
            self._stepping = False
        self.scrollTo(index)
        return True

    def currentChanged(self, current: AnyIndex, previous: AnyIndex) -> None:
        super().currentChanged(current, previous)
        if not self._stepping:
            self._row_start = None  # moved by the mouse or the arrows: a new start

    def paste(self) -> bool:
        """Ctrl+V: the clipboard's block into the grid at the current cell (one undo step)."""
        model = self.tally()
        index = self.currentIndex()
        if model is None or not index.isValid() or index.column() >= model.editable_columns:
            return False
        return model.paste(index.row(), index.column(), QGuiApplication.clipboard().text())

    def go_to_first_cell(self) -> None:
        self._go_to(0, 0)

    def go_to_last_cell(self) -> None:
        model = self.tally()
        if model is not None:
            self._go_to(model.rowCount() - 1, model.editable_columns - 1)

    def _go_to(self, row: int, column: int) -> None:
        model = self.tally()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, column)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def leave(self, forward: bool = True) -> bool:
        """Move the keyboard to the next (previous) widget in the tab order, past the cells."""
        return QAbstractScrollArea.focusNextPrevChild(self, forward)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Entered by Tab, the grid starts at its first cell; by Shift+Tab, at its last."""
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.TabFocusReason:
            self.go_to_first_cell()
        elif event.reason() == Qt.FocusReason.BacktabFocusReason:
            self.go_to_last_cell()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if _is_tab_switch(event):
            event.ignore()  # Ctrl+Tab is the tab widget's: it switches tabs
            return
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if key in _MOVES and plain:
            move = _MOVES[key]
            if key == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                move = "previous"
            if self.step(move) or move == "down":
                event.accept()
            else:
                event.ignore()  # at the edge: Tab leaves the grid
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and plain:
            model = self.tally()
            index = self.currentIndex()
            if model is not None and index.isValid() and index.column() < model.editable_columns:
                model.setData(index, None)  # blank: not counted (a typed 0 is a count)
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            event.accept()
            return
        super().keyPressEvent(event)


class TallyBox(QWidget):
    """A tally grid with its title and a line of totals under it."""

    def __init__(self, title: str, model: TallyModel, name: str) -> None:
        super().__init__()
        self.title = section_title(title, wrap=True)
        self.model = model
        self.view = TallyView()
        self.view.setObjectName(name)
        self.view.setModel(model)
        self.totals = QLabel()
        self.totals.setObjectName(name + "_totals")
        self.totals.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)
