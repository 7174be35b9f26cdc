"""Counting sessions of a test and their tally grids, made for fast keyboard entry.

``CountsPanel`` lists the sessions of one test (its header cells are edited in place, with undo),
adds a session from a small form and deletes one with exact undo. Below, the tally of the selected
session: people passing per 10-minute block by mode, and people staying by activity and age band.

In a tally grid, typing digits starts editing the cell; Tab commits and moves right (wrapping to
the next row), Shift+Tab moves back, Enter commits and starts the next row at the column where
typing began in this row (as spreadsheets do: "walking Tab cycling Tab other Enter" goes on at
walking), Backspace or Delete blanks the cell. A blank cell is "not counted", which is not 0: the
averages leave blank blocks out. Tab from the last cell (Shift+Tab from the first) leaves the grid,
a grid entered by Tab starts at its first cell (by Shift+Tab at its last), and Ctrl+Tab is left to
the tab widget around the panel. Ctrl+V pastes a block copied from a spreadsheet (tab-separated
cells, one line per row) at the current cell as one undo step; a cell that is not a number refuses
the whole paste, naming the cell. Every cell change is one undo step. Counts are whole numbers of
people, 0 or more. Ctrl+Shift+N (while the panel shows) goes to the form for a new counting session.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QRegularExpressionValidator,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyleOptionViewItem,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.changes import Changes
from workshop_app.domain.limits import MAX_SHORT_TEXT, MAX_TEXT
from workshop_app.domain.trials import (
    BLOCK_MINUTES,
    MAX_COUNT,
    Cell,
    CountSession,
    InvalidTrialValue,
    Tally,
    Trial,
    block_count,
    cell_sum,
    check_count_value,
    minutes_between,
    row_counted,
)
from workshop_app.domain.vocabulary import (
    AGE_BANDS,
    COUNT_PHASES,
    STAY_ACTIVITIES,
    TRAVEL_MODES,
)
from workshop_app.errors import KnownError
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.icons import icon
from workshop_app.ui.record_model import ColumnFitter, RecordTableModel, setup_record_view
from workshop_app.ui.scope.rows_model import CHOICES_ROLE
from workshop_app.ui.scope.section_form import ChoiceDelegate
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut
from workshop_app.ui.trials import evidence_commands, texts

AnyIndex = QModelIndex | QPersistentModelIndex

UUID_ROLE = Qt.ItemDataRole.UserRole + 4

#: Columns of the list of counting sessions.
SESSION_COLUMNS = (
    "date",
    "start_time",
    "end_time",
    "phase",
    "weather",
    "place",
    "passing",
    "staying",
    "note",
)
_EDITABLE = frozenset(("date", "start_time", "end_time", "phase", "weather", "place", "note"))


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


def guess_phase(trial: Trial | None, day: dt.date) -> str:
    """Before, during or after the test, from its start and end dates (before when unknown)."""
    if trial is None or trial.start_date is None or day < trial.start_date:
        return "before"
    if trial.end_date is not None and day > trial.end_date:
        return "after"
    return "during"


def _number(value: int) -> str:
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
                _number(MAX_COUNT)
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
            return "" if value is None else _number(value)
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
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
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
        self.title = QLabel(title)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setProperty("role", "sectionTitle")
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


# -- the list of sessions ------------------------------------------------------------------------


class CountSessionsModel(RecordTableModel[CountSession]):
    """The counting sessions of one test; header cells are edited in place (with undo)."""

    refused = Signal(str)

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(session, SESSION_COLUMNS, parent=parent)
        labels = texts.count_field_labels()
        self._labels = {
            "date": labels["date"],
            "start_time": labels["start_time"],
            "end_time": labels["end_time"],
            "phase": labels["phase"],
            "weather": labels["weather"],
            "place": self.tr("Place"),
            "passing": self.tr("Passing"),
            "staying": self.tr("Staying"),
            "note": labels["note"],
        }

    def set_counts(self, counts: Sequence[CountSession]) -> None:
        self.set_rows(counts)

    @property
    def counts(self) -> tuple[CountSession, ...]:
        return self.rows

    def count(self, row: int) -> CountSession:
        return self.row(row)

    def _editable(self, index: AnyIndex) -> bool:
        return SESSION_COLUMNS[index.column()] in _EDITABLE

    def _display(self, count: CountSession, column: str) -> str:
        if column == "date":
            day = QDate(count.date.year, count.date.month, count.date.day)
            return QLocale().toString(day, self.tr("ddd d MMM yyyy"))
        if column in ("start_time", "end_time"):
            return hhmm(getattr(count, column))
        if column == "phase":
            return texts.phase_labels().get(count.phase, count.phase)
        if column == "weather":
            return texts.weather_labels().get(count.weather, "–") if count.weather else "–"
        if column == "passing":
            return _number(count.passing_total)
        if column == "staying":
            return _number(count.staying_total)
        return " ".join(str(getattr(count, column)).split())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        count = self._record(index)
        if count is None:
            return None
        column = SESSION_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(count, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == "date":
                return QDate(count.date.year, count.date.month, count.date.day)
            if column in ("start_time", "end_time"):
                value = getattr(count, column)
                return QTime(value.hour, value.minute)
            if column in ("passing", "staying"):
                return None
            return getattr(count, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("place", "note"):
            text = str(getattr(count, column))
            return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>" if text else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("passing", "staying"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CHOICES_ROLE:
            if column == "phase":
                return list(texts.phase_labels().items())
            if column == "weather":
                return [("", "–"), *texts.weather_labels().items()]
        if role == UUID_ROLE:
            return count.uuid
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        count = self._rows[index.row()]
        column = SESSION_COLUMNS[index.column()]
        new: Any = value
        if column == "date":
            if not isinstance(value, QDate) or not value.isValid():
                return False
            new = _day(value)
        elif column in ("start_time", "end_time"):
            if not isinstance(value, QTime) or not value.isValid():
                return False
            new = dt.time(value.hour(), value.minute())
            start = new if column == "start_time" else count.start_time
            end = new if column == "end_time" else count.end_time
            problem = times_problem(count, start, end)
            if problem:
                self.refused.emit(problem)
                return False
        elif column in ("place", "note"):
            text = "" if value is None else str(value)
            limit = MAX_TEXT if column == "note" else MAX_SHORT_TEXT
            if len(text) > limit:
                self.refused.emit(
                    self.tr("“{0}” can hold at most {1} characters; this text has {2}.").format(
                        self._labels[column], limit, len(text)
                    )
                )
                return False
            new = text if column == "note" else " ".join(text.split())
        try:
            new = check_count_value(column, new)
        except InvalidTrialValue:
            self.refused.emit(self.tr("“{0}” cannot take this value.").format(self._labels[column]))
            return False
        old = getattr(count, column)
        if new == old:
            return False
        evidence_commands.set_count_field(
            self._session, count.uuid, column, self._labels[column], old, new
        )
        return True


def times_problem(count: CountSession | None, start: dt.time, end: dt.time) -> str:
    """A translated reason why a session cannot run from ``start`` to ``end`` ("" when it can):
    it must end after it starts, and shorter times must not drop blocks that hold counts."""
    if minutes_between(start, end) <= 0:
        return QCoreApplication.translate(
            "CountsPanel", "A counting session must end after it starts ({0} is not after {1})."
        ).format(hhmm(end), hhmm(start))
    if count is not None:
        blocks = block_count(start, end)
        labels = block_labels(count.start_time, count.end_time)
        dropped = [labels[i] for i, row in enumerate(count.passing[blocks:], blocks) if any(row)]
        if dropped:
            return QCoreApplication.translate(
                "CountsPanel",
                "The shorter session would leave out the counts typed for {0}. Clear those "
                "cells first.",
            ).format(", ".join(dropped))
    return ""


class SessionDelegate(ChoiceDelegate):
    """Combo boxes for phase and weather, a date edit and time edits to the minute."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QTimeEdit):
            editor.setDisplayFormat("HH:mm")
        elif isinstance(editor, QDateEdit):
            editor.setDisplayFormat("dd-MM-yyyy")
            editor.setCalendarPopup(True)
        return editor


# -- the panel -----------------------------------------------------------------------------------


class CountsPanel(QWidget):
    """The counting sessions of one test (:meth:`set_trial`) and the tally of the selected one."""

    #: The uuid of the selected counting session, or "" when none.
    session_selected = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counts_panel")
        self._session = session
        self._trial: str | None = None
        self._book_trial: Trial | None = None
        self._shown_session: str | None = None
        editable = not session.read_only

        # The list of sessions.
        self.sessions_title = QLabel(self.tr("Counting sessions"))
        self.sessions_title.setProperty("role", "sectionTitle")
        self.sessions = CountSessionsModel(session, self)
        self.sessions.refused.connect(self._on_session_refused)
        self.sessions_view = QTableView()
        # Tab leaves the table (the arrow keys move between its cells).
        setup_record_view(
            self.sessions_view,
            "count_sessions",
            self.sessions,
            SessionDelegate(self.sessions_view),
            editable=editable,
            tab_leaves=True,
        )
        self.sessions_view.selectionModel().selectionChanged.connect(self._on_selection)
        # Date, times, phase and the two totals stay in view; place and note give way.
        self.sessions_fitter = ColumnFitter(
            self.sessions_view,
            {SESSION_COLUMNS.index("date"): 110, SESSION_COLUMNS.index("place"): 70},
            primary_until=SESSION_COLUMNS.index("staying"),
            widest=170,
        )
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("counts_empty_hint")
        self.empty_hint.setProperty("role", "hint")
        self.empty_hint.setWordWrap(True)
        self.delete_button = QPushButton(icon("remove"), self.tr("Delete session"))
        self.delete_button.setObjectName("count_delete")
        self.delete_button.setToolTip(self.tr("Delete the selected counting session (Delete)"))
        self.delete_button.clicked.connect(self.delete_session)
        # On a narrow screen the form for a new session folds away beside the list and this
        # button (or Ctrl+Shift+N) brings it back; the list and the grids get the width.
        self.new_button = QPushButton(icon("add"), self.tr("New counting session"))
        self.new_button.setObjectName("count_new")
        self.new_button.setToolTip(self.tr("Add a counting session (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self.focus_new_session)
        self.new_button.hide()
        self._narrow = False
        page_shortcut(
            QKeySequence.StandardKey.Delete,
            self.sessions_view,
            self.delete_session,
            self.tr("Delete the selected counting session"),
            Qt.ShortcutContext.WidgetShortcut,
        )

        # The form for a new session.
        self.new_box = QGroupBox(self.tr("New counting session"))
        self.new_box.setToolTip(self.tr("Add a counting session (Ctrl+Shift+N)"))
        self.new_date = QDateEdit()
        self.new_date.setObjectName("count_new_date")
        self.new_date.setCalendarPopup(True)
        self.new_date.setDisplayFormat("dd-MM-yyyy")
        self.new_date.setDate(QDate.currentDate())
        self.new_date.dateChanged.connect(self._on_new_date)
        self.new_date.setToolTip(self.tr("The day of the new counting session (Ctrl+Shift+N)"))
        self.new_shortcut = page_shortcut(
            "Ctrl+Shift+N",
            self,
            self.focus_new_session,
            self.tr("Go to the form for a new counting session"),
        )
        self.new_start = QTimeEdit(QTime(10, 0))
        self.new_start.setObjectName("count_new_start")
        self.new_start.setDisplayFormat("HH:mm")
        self.new_end = QTimeEdit(QTime(11, 0))
        self.new_end.setObjectName("count_new_end")
        self.new_end.setDisplayFormat("HH:mm")
        self.new_phase = QComboBox()
        self.new_phase.setObjectName("count_new_phase")
        for key, label in texts.phase_labels().items():
            self.new_phase.addItem(label, key)
        self.new_weather = QComboBox()
        self.new_weather.setObjectName("count_new_weather")
        self.new_weather.addItem("–", "")
        for key, label in texts.weather_labels().items():
            self.new_weather.addItem(label, key)
        self.new_place = QLineEdit()
        self.new_place.setObjectName("count_new_place")
        self.new_place.setMaxLength(MAX_SHORT_TEXT)
        self.new_place.setPlaceholderText(self.tr("Where you count, e.g. the line by no. 12"))
        self.new_place.returnPressed.connect(self.add_session)
        self.add_button = QPushButton(icon("add"), self.tr("Add session"))
        self.add_button.setObjectName("count_add")
        self.add_button.setToolTip(self.tr("Add the counting session and start typing counts"))
        self.add_button.clicked.connect(self.add_session)
        times = QHBoxLayout()
        times.setContentsMargins(0, 0, 0, 0)
        times.addWidget(self.new_start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.new_end)
        times.addStretch(1)
        form = QFormLayout(self.new_box)
        form.addRow(texts.count_field_labels()["date"], self.new_date)
        form.addRow(self.tr("Time"), times)
        form.addRow(texts.count_field_labels()["phase"], self.new_phase)
        form.addRow(texts.count_field_labels()["weather"], self.new_weather)
        form.addRow(self.tr("Place"), self.new_place)
        form.addRow("", self.add_button)
        self.new_box.setEnabled(editable)

        # The tallies of the selected session.
        self.tally_title = QLabel()
        self.tally_title.setObjectName("tally_title")
        self.tally_title.setProperty("role", "sectionTitle")
        mode_labels = texts.mode_labels()
        self.passing = TallyModel(
            session,
            [mode_labels[m] for m in TRAVEL_MODES],
            self._write_passing,
            lambda values: self._write_tally("passing", values),
            self,
        )
        self.staying = TallyModel(
            session,
            [texts.age_band_labels()[a] for a in AGE_BANDS],
            self._write_staying,
            lambda values: self._write_tally("staying", values),
            self,
        )
        self.passing_box = TallyBox(
            self.tr("People passing, per 10 minutes"), self.passing, "passing_grid"
        )
        self.staying_box = TallyBox(
            self.tr("People staying, by activity and age"), self.staying, "staying_grid"
        )
        self.passing_view = self.passing_box.view
        self.staying_view = self.staying_box.view
        for model in (self.passing, self.staying):
            model.refused.connect(self.show_message)
        for view in (self.passing_view, self.staying_view):
            view.delegate.rejected.connect(self._on_key_rejected)
        self.keys_hint = QLabel(
            self.tr(
                "Type a number to count, Tab to go right, Enter for the next row, Backspace to "
                "leave a cell blank (not counted). Ctrl+V pastes cells copied from a "
                "spreadsheet. Ctrl+Z undoes."
            )
        )
        self.keys_hint.setProperty("role", "hint")
        self.keys_hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setObjectName("counts_message")
        self.message.setProperty("role", "warning")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()

        # Layout.
        list_side = QVBoxLayout()
        list_side.setContentsMargins(0, 0, 0, 0)
        list_side.addWidget(self.sessions_title)
        list_side.addWidget(self.sessions_view, 1)
        list_side.addWidget(self.empty_hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        list_side.addLayout(buttons)
        top = QWidget()
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(list_side, 1)
        top_layout.addWidget(self.new_box, 0)
        grids = QWidget()
        grids_layout = QVBoxLayout(grids)
        grids_layout.setContentsMargins(0, 0, 0, 0)
        grids_layout.addWidget(self.tally_title)
        row = QHBoxLayout()
        row.addWidget(self.passing_box, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(line)
        row.addWidget(self.staying_box, 1)
        grids_layout.addLayout(row, 1)
        grids_layout.addWidget(self.message)
        grids_layout.addWidget(self.keys_hint)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(grids)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([230, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        session.changed.connect(self._on_changed)
        self._refresh()

    # -- public ----------------------------------------------------------------------------------

    def set_trial(self, uuid: str | None) -> None:
        """Show the counting sessions of this test (``None``: none)."""
        if uuid == self._trial:
            return
        self._trial = uuid or None
        self._shown_session = None
        self.hide_message()
        self._refresh(select_last=True)
        self._fill_new_form_defaults()

    def trial(self) -> str | None:
        return self._trial

    def selected_uuid(self) -> str | None:
        rows = self.sessions_view.selectionModel().selectedRows()
        if not rows:
            return None
        uuid = rows[0].data(UUID_ROLE)
        return str(uuid) if uuid else None

    def select(self, uuid: str) -> None:
        row = self.sessions.row_of(uuid)
        if row < 0:
            return
        self.sessions_view.selectRow(row)
        self.sessions_view.scrollTo(self.sessions.index(row, 0))

    #: Below this width the new-session form folds away (see ``new_button``).
    NARROW_BELOW = 860

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < self.NARROW_BELOW
        if narrow != self._narrow:
            self._narrow = narrow
            self.new_box.setVisible(not narrow)
            self.new_button.setVisible(narrow)

    def focus_new_session(self) -> None:
        """Ctrl+Shift+N: the keyboard to the first field (the day) of the new session form."""
        if not self.new_box.isEnabled():
            return
        self.new_box.show()
        self.new_date.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.new_date.setSelectedSection(self.new_date.sectionAt(0))

    def add_session(self) -> str | None:
        """Add a session from the form; the passing grid gets the keyboard at its first cell.
        Returns the new session's uuid (``None`` when refused)."""
        if self._trial is None or self._session.read_only:
            return None
        self._session.flush()
        day = _day(self.new_date.date())
        start = dt.time(self.new_start.time().hour(), self.new_start.time().minute())
        end = dt.time(self.new_end.time().hour(), self.new_end.time().minute())
        problem = times_problem(None, start, end)
        if problem:
            self.show_message(problem)
            self.new_end.setFocus()
            return None
        try:
            count = self._session.service.new_count_session(
                self._trial,
                day,
                start,
                end,
                phase=self.new_phase.currentData(),
                weather=self.new_weather.currentData(),
                place=" ".join(self.new_place.text().split()),
            )
        except KnownError as exc:
            self.show_message(exc.message(_language()))
            return None
        if not evidence_commands.add_count_session(self._session, count):
            return None
        self.hide_message()
        self.select(count.uuid)
        self.new_box.setVisible(not self._narrow)
        self.passing_view.setFocus()
        for view in (self.passing_view, self.staying_view):
            view.go_to_first_cell()
        return count.uuid

    def delete_session(self) -> None:
        uuid = self.selected_uuid()
        if uuid is None or self._session.read_only:
            return
        self._session.flush()
        row = self.sessions.row_of(uuid)
        evidence_commands.delete_count_session(self._session, self.sessions.count(row))
        if self.sessions.rowCount():
            self.sessions_view.selectRow(min(row, self.sessions.rowCount() - 1))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def hide_message(self) -> None:
        self.message.hide()
        self.message.setText("")

    # -- loading ---------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.trials:
            self._refresh()

    def _refresh(self, select_last: bool = False) -> None:
        keep = self.selected_uuid()
        book = self._session.service.trial_book()
        trial = book.trial(self._trial) if self._trial else None
        if trial is None:
            self._trial = None
        self._book_trial = trial
        counts = book.counts_of(trial.uuid) if trial else ()
        self.sessions.set_counts(counts)
        if select_last and counts:
            keep = counts[-1].uuid
        if keep is not None and self.sessions.row_of(keep) >= 0:
            row = self.sessions.row_of(keep)
            if self.sessions_view.selectionModel().selectedRows() != [self.sessions.index(row, 0)]:
                self.sessions_view.selectRow(row)
        self._show_tally()
        editable = not self._session.read_only
        self.new_box.setEnabled(editable and trial is not None)
        self.delete_button.setEnabled(editable and self.selected_uuid() is not None)
        if trial is None:
            self.empty_hint.setText(self.tr("Choose a test to see its counting sessions."))
        elif not counts:
            self.empty_hint.setText(
                self.tr(
                    "No counting sessions yet. Count before the test as well as during it, at "
                    "the same place and time of day, so the numbers can be compared."
                )
            )
        self.empty_hint.setVisible(trial is None or not counts)

    def _show_tally(self) -> None:
        uuid = self.selected_uuid()
        row = self.sessions.row_of(uuid) if uuid else -1
        count = self.sessions.count(row) if row >= 0 else None
        if count is None:
            self.passing.set_values([], [])
            self.staying.set_values([], [])
            self.tally_title.setText(self.tr("Tally"))
            self.passing_box.totals.setText("")
            self.staying_box.totals.setText("")
            self.passing_box.setEnabled(False)
            self.staying_box.setEnabled(False)
        else:
            self.passing_box.setEnabled(True)
            self.staying_box.setEnabled(True)
            activities = texts.activity_labels()
            self.passing.set_values(block_labels(count.start_time, count.end_time), count.passing)
            self.staying.set_values([activities[a] for a in STAY_ACTIVITIES], count.staying)
            self.tally_title.setText(
                self.tr("Tally of {0}, {1}–{2} ({3})").format(
                    self.sessions._display(count, "date"),
                    hhmm(count.start_time),
                    hhmm(count.end_time),
                    texts.phase_labels().get(count.phase, count.phase),
                )
            )
            self._show_totals(count)
        if (count.uuid if count else None) != self._shown_session:
            self._shown_session = count.uuid if count else None
            # Another session: both grids start again at their first cell.
            for view in (self.passing_view, self.staying_view):
                view.go_to_first_cell()
            self.session_selected.emit(self._shown_session or "")

    def _show_totals(self, count: CountSession) -> None:
        modes = texts.mode_labels()
        by_mode = self.passing.column_totals()
        # Per hour of the blocks with counts: blank blocks were not counted.
        minutes = count.passing_minutes
        per_hour = self.passing.total() * 60 / minutes if minutes else 0
        self.passing_box.totals.setText(
            self.tr("Total {0} · {1} · per hour {2}").format(
                _number(self.passing.total()),
                " · ".join(
                    f"{modes[m]} {_number(n)}" for m, n in zip(TRAVEL_MODES, by_mode, strict=True)
                ),
                _number(round(per_hour)),
            )
        )
        ages = texts.age_band_labels()
        by_age = self.staying.column_totals()
        self.staying_box.totals.setText(
            self.tr("Total {0} · {1}").format(
                _number(self.staying.total()),
                " · ".join(
                    f"{ages[a]}: {_number(n)}" for a, n in zip(AGE_BANDS, by_age, strict=True)
                ),
            )
        )

    def _fill_new_form_defaults(self) -> None:
        """Times and place of the test's last session (the same line at the same time of day
        compares best), the phase from today's date and the test's dates."""
        counts = self.sessions.counts
        if counts:
            last = counts[-1]
            self.new_start.setTime(QTime(last.start_time.hour, last.start_time.minute))
            self.new_end.setTime(QTime(last.end_time.hour, last.end_time.minute))
            self.new_place.setText(last.place)
        else:
            self.new_place.setText(self._book_trial.place if self._book_trial else "")
        self.new_place.setCursorPosition(0)
        self._on_new_date()

    def _on_new_date(self, *_: object) -> None:
        phase = guess_phase(self._book_trial, _day(self.new_date.date()))
        self.new_phase.setCurrentIndex(max(0, COUNT_PHASES.index(phase)))

    # -- events ----------------------------------------------------------------------------------

    def _on_selection(self, *_: object) -> None:
        self.hide_message()
        self._show_tally()
        self.delete_button.setEnabled(
            not self._session.read_only and self.selected_uuid() is not None
        )

    def _on_session_refused(self, text: str) -> None:
        Dialogs.error(self, self.tr("The change was not made"), text)

    def _on_key_rejected(self) -> None:
        self.show_message(
            self.tr(
                "Only digits can be typed here: a count is a whole number of people, 0 or more."
            )
        )

    def _write_passing(self, row: int, column: int, old: Cell, new: Cell) -> None:
        uuid = self.selected_uuid()
        if uuid is None:
            return
        self.hide_message()
        evidence_commands.set_passing(self._session, uuid, row, TRAVEL_MODES[column], old, new)

    def _write_staying(self, row: int, column: int, old: Cell, new: Cell) -> None:
        uuid = self.selected_uuid()
        if uuid is None:
            return
        self.hide_message()
        evidence_commands.set_staying(
            self._session, uuid, STAY_ACTIVITIES[row], AGE_BANDS[column], old, new
        )

    def _write_tally(self, name: str, values: Tally) -> None:
        uuid = self.selected_uuid()
        if uuid is None:
            return
        self.hide_message()
        evidence_commands.set_tally(
            self._session, self.sessions.count(self.sessions.row_of(uuid)), name, values
        )


def _language() -> str:
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


def _day(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
