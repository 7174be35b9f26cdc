"""The list of tests: title, a version badge, a status chip coloured by status, and the dates.

Add (Ctrl+Shift+T), delete (Delete; undo puts back the test with its evidence and decisions) and
move (Ctrl+Up / Ctrl+Down) are undoable; ``trial_selected`` tells the page which test to show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workshop_app.domain.palette import status_chip
from workshop_app.domain.trials import Trial, TrialBook
from workshop_app.ui import kit
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.record_model import AnyIndex, IndexedRecordModel
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut
from workshop_app.ui.trials import texts, trial_commands
from workshop_app.ui.trials.common import (
    TrialView,
    hint,
    move_buttons,
    push_button,
    section_title,
    small_button,
    trial_versions,
)

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
VERSION_ROLE = Qt.ItemDataRole.UserRole + 3
DATES_ROLE = Qt.ItemDataRole.UserRole + 4


def day_text(day: dt.date | None) -> str:
    return f"{day:%d-%m-%Y}" if day else ""


def dates_text(trial: Trial) -> str:
    if trial.start_date and trial.end_date:
        return f"{day_text(trial.start_date)} – {day_text(trial.end_date)}"
    if trial.start_date:
        return QCoreApplication.translate("TrialList", "from {0}").format(
            day_text(trial.start_date)
        )
    if trial.end_date:
        return QCoreApplication.translate("TrialList", "until {0}").format(day_text(trial.end_date))
    return QCoreApplication.translate("TrialList", "No dates yet")


class TrialListModel(IndexedRecordModel[Trial]):
    """The tests in their stored order, one column (``index(row)`` is a test's one cell);
    read-only (edits happen in the form)."""

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(session, ("title",), parent=parent)
        self._versions: dict[str, int] = {}
        self._statuses = texts.status_labels()

    def set_book(self, book: TrialBook, touched: Collection[str] | None = None) -> None:
        """Show the book's tests; only the rows an edit ``touched`` change when it names them."""
        self._versions = trial_versions(book)
        self.set_rows(book.trials, touched)

    def trial(self, row: int) -> Trial:
        return self.row(row)

    def _editable(self, index: AnyIndex) -> bool:
        return False

    def _row_keys(self, record: Trial) -> Iterable[str]:
        """A test shows its status, which is its last status change."""
        yield record.uuid
        yield from (change.uuid for change in record.history)

    def _cell(self, trial: Trial, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return trial.title or "–"
        if role == Qt.ItemDataRole.ToolTipRole:
            status = self._statuses.get(trial.status, trial.status)
            return plain_tooltip(f"{trial.title or '–'}\n{status}")
        if role == UUID_ROLE:
            return trial.uuid
        if role == STATUS_ROLE:
            return trial.status
        if role == VERSION_ROLE:
            return self._versions.get(trial.uuid, 1)
        if role == DATES_ROLE:
            return dates_text(trial)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            version = self._versions.get(trial.uuid, 1)
            badge = f" v{version}" if version > 1 else ""
            status = self._statuses.get(trial.status, trial.status)
            return f"{trial.title or '–'}{badge}, {status}, {dates_text(trial)}"
        return None


class TrialDelegate(QStyledItemDelegate):
    """Two lines per test: the title (and "v2"), then the status chip and the dates."""

    PAD = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._statuses = texts.status_labels()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        # Narrow: each row takes the list's width (no sideways scrolling hides the badge).
        return QSize(120, metrics.height() * 2 + self.PAD * 2 + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect: QRect = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.save()
        font = QFont(opt.font)
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        line = metrics.height()

        # line 1: version badge (right) and title
        version = int(index.data(VERSION_ROLE) or 1)
        badge_width = 0
        if version > 1:
            small = QFont(font)
            small.setBold(True)
            badge_text = f"v{version}"
            badge_width = QFontMetrics(small).horizontalAdvance(badge_text) + 12
            badge = QRect(rect.right() - badge_width, rect.top(), badge_width, line)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#4a4a4a"))
            painter.drawRoundedRect(badge, 6, 6)
            painter.setPen(QColor("#ffffff"))
            painter.setFont(small)
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), badge_text)
        painter.setFont(bold)
        painter.setPen(text_colour)
        title_rect = QRect(rect.left(), rect.top(), rect.width() - badge_width - 6, line)
        title = metrics.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            title_rect.width(),
        )
        painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignVCenter), title)

        # line 2: status chip and dates
        status = str(index.data(STATUS_ROLE) or "idea")
        label = self._statuses.get(status, status)
        painter.setFont(font)
        plain = QFontMetrics(font)
        chip_width = plain.horizontalAdvance(label) + 14
        chip = QRect(rect.left(), rect.top() + line + 6, chip_width, plain.height() + 2)
        fill, ink = status_chip(status)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
        painter.setPen(QColor(ink))
        painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), label)
        painter.setPen(text_colour)
        dates_rect = QRect(
            chip.right() + 8, chip.top(), rect.right() - chip.right() - 8, chip.height()
        )
        dates = plain.elidedText(
            str(index.data(DATES_ROLE) or ""), Qt.TextElideMode.ElideRight, dates_rect.width()
        )
        painter.drawText(dates_rect, int(Qt.AlignmentFlag.AlignVCenter), dates)
        painter.restore()


class TrialList(TrialView):
    """The tests of the project. ``trial_selected(uuid)`` ("" when none is selected)."""

    NAME = "trial_list"

    trial_selected = Signal(str)
    #: A test was added here (the page puts the cursor in its title).
    trial_added = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._book = TrialBook()
        self._last_emitted: str | None = None
        editable = not session.read_only

        heading = section_title(self.tr("Tests"))
        self.count = hint("", "trial_list_count", wrap=False)

        self.model = TrialListModel(session, self)
        self.view = QListView()
        self.view.setObjectName("trial_list_view")
        self.view.setModel(self.model)
        self.view.setItemDelegate(TrialDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        # Titles elide and the version badge stays in view, however narrow the pane.
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("Tests"))
        self.view.selectionModel().currentChanged.connect(self._on_current)

        self.add_button = push_button(
            "trial_add",
            self.tr("New test"),
            role="add",
            tip=self.tr("Add a new test (Ctrl+Shift+T)"),
        )
        self.delete_button = small_button(
            "trial_delete",
            role="remove",
            tip=self.tr("Delete the selected test with its evidence and decisions (Delete)"),
            accessible=self.tr("Delete test"),
        )
        self.up_button, self.down_button = move_buttons(
            "trial",
            self.move_trial,
            self.tr("Move the test up (Ctrl+Up)"),
            self.tr("Move the test down (Ctrl+Down)"),
        )
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            button.setEnabled(editable)
        self.add_button.clicked.connect(self.add_trial)
        self.delete_button.clicked.connect(self.delete_trial)

        head = kit.row(heading, None, self.count, margins=None)
        moves = (self.up_button, self.down_button, self.delete_button)
        buttons = kit.row(self.add_button, None, *moves, margins=None)
        kit.column(head, (self.view, 1), buttons, parent=self, margins=(8, 8, 4, 8))

        self.add_shortcut = page_shortcut(
            "Ctrl+Shift+T",
            self,
            self.add_trial,
            self.tr("Add a new test"),
            Qt.ShortcutContext.WindowShortcut,
        )
        for keys, slot, text in (
            ("Ctrl+Up", lambda: self.move_trial(-1), self.tr("Move the test up")),
            ("Ctrl+Down", lambda: self.move_trial(+1), self.tr("Move the test down")),
        ):
            page_shortcut(keys, self.view, slot, text, Qt.ShortcutContext.WidgetShortcut)
        page_shortcut(
            QKeySequence.StandardKey.Delete,
            self.view,
            self.delete_trial,
            self.tr("Delete the selected test"),
            Qt.ShortcutContext.WidgetShortcut,
        )

        self.follow_changes()
        self._refresh()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0))

    # -- reading ---------------------------------------------------------------------------------

    def _refresh(self, touched: frozenset[str] | None = None) -> None:
        """Read the tests again; only the rows ``touched`` (uuids) change when it names them."""
        keep = self.selected_uuid()
        old_row = self.view.currentIndex().row()
        # The tests and their versions: no evidence (a feedback card typed in reads nothing).
        self._book = self._session.service.trial_outline()
        self.model.set_book(self._book, touched)
        row = self.model.row_of(keep) if keep is not None else -1
        if keep is not None and row < 0:  # deleted: the test that took its place
            row = min(old_row, self.model.rowCount() - 1)
        if row >= 0 and self.view.currentIndex().row() != row:
            self.view.setCurrentIndex(self.model.index(row))
        self.count.setText(self.tr("{0} in all").format(self.model.rowCount()))
        self._update_buttons()
        self._emit_selection()

    def _update_buttons(self) -> None:
        editable = not self._session.read_only
        row = self.view.currentIndex().row()
        self.delete_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < self.model.rowCount() - 1)

    def _on_current(self, *_: object) -> None:
        self._update_buttons()
        self._emit_selection()

    def _emit_selection(self) -> None:
        uuid = self.selected_uuid() or ""
        if uuid != self._last_emitted:
            self._last_emitted = uuid
            self.trial_selected.emit(uuid)

    def selected_uuid(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return str(index.data(UUID_ROLE))

    def select(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
            self.view.scrollTo(self.model.index(row))

    # -- editing ---------------------------------------------------------------------------------

    def add_trial(self) -> str | None:
        if self._session.read_only:
            return None
        self._session.flush()
        row = self.view.currentIndex().row()
        uuid = trial_commands.add_trial(
            self._session, self.tr("New test"), row + 1 if row >= 0 else None
        )
        if uuid is None:  # refused: the session has shown why
            return None
        self.select(uuid)
        self.trial_added.emit(uuid)
        return uuid

    def delete_trial(self) -> None:
        uuid = self.selected_uuid()
        if uuid is None or self._session.read_only:
            return
        self._session.flush()
        trial_commands.delete_trial(self._session, uuid)

    def move_trial(self, step: int) -> None:
        uuid = self.selected_uuid()
        if uuid is None or self._session.read_only:
            return
        row = self.model.row_of(uuid)
        target = row + step
        if not 0 <= target < self.model.rowCount():
            return
        trial_commands.move_trial(self._session, uuid, row, target)
        self.select(uuid)
