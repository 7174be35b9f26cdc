"""The backups of the open project file, newest first, each with the file it was made from,
and restoring one into a new file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from workshop_app import FILE_EXTENSION
from workshop_app.errors import KnownError
from workshop_app.services.backups import (
    BackupInfo,
    backups_folder,
    list_project_backups,
    restore_backup,
)
from workshop_app.ui import kit
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.plain import plain_tooltip

WHEN, WHY, SOURCE, SIZE = range(4)


def local_time(when: dt.datetime) -> str:
    return when.astimezone().strftime("%d-%m-%Y %H:%M:%S")


class BackupsDialog(QDialog):
    """Lists the backups of the open project file (not those of other copies of the project)
    and the file each came from; "Restore to a new file…" never writes over a file."""

    # The new file (a ``Path``) a backup was restored into; the main window offers to open it.
    restored = Signal(object)

    def __init__(
        self,
        file_id: str,
        suggested_folder: Path,
        language: str = "en",
        parent: QWidget | None = None,
        *,
        project_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self.setWindowTitle(self.tr("Backups"))
        #: The key of the file's backups folder (``ProjectStore.file_id``).
        self.file_id = file_id
        self.suggested_folder = Path(suggested_folder)
        self.language = language
        self.project_name = project_name
        self.backups: list[BackupInfo] = []

        intro = QLabel(
            self.tr(
                "A backup is a complete copy of the project. Restoring one makes a new file; "
                "the project you have open is not changed."
            )
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backups_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Why"), self.tr("From file"), self.tr("Size")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideLeft)  # a path's end names the file
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SIZE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())

        none_yet = self.tr(
            "No backups yet. One is made every time the project is opened and closed, "
            "and every few minutes while you edit."
        )
        self.empty_label = kit.label(none_yet, name="backups_empty", wrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        kept_in = self.tr("Backups are kept in: {0}").format(backups_folder())
        self.folder_label = kit.hint(kept_in, "backups_folder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.restore_button = kit.button(
            "", self.tr("Restore to a new file…"), "backups_restore", self.restore_selected
        )
        self.restore_button.setDefault(True)
        self.close_button = kit.button("", self.tr("Close"), "backups_close", self.reject)
        kit.column(
            intro,
            (self.table, 1),
            (self.empty_label, 1),  # takes the table's place when there are none
            self.folder_label,
            kit.row(self.restore_button, None, self.close_button, margins=None),
            parent=self,
            margins=None,
        )
        self.resize(620, 420)
        self.reload()

    # -- contents ----------------------------------------------------------------------------------

    def reason_text(self, reason: str) -> str:
        """Why the backup was made, in words ("open" → "On opening")."""
        return {
            "open": self.tr("On opening"),
            "close": self.tr("On closing"),
            "periodic": self.tr("While editing"),
            "before-migration": self.tr("Before an update"),
        }.get(reason, reason)

    def size_text(self, size: int) -> str:
        return self.tr("{0} kB").format(self.locale().toString(max(1, round(size / 1024))))

    def reload(self) -> None:
        self.backups = list_project_backups(self.file_id)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            size = QTableWidgetItem(self.size_text(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            source = QTableWidgetItem(info.source or "—")
            cells = (QTableWidgetItem(local_time(info.when)), QTableWidgetItem(""), source, size)
            cells[WHY].setText(self.reason_text(info.reason))
            for column, item in enumerate(cells):
                item.setToolTip(plain_tooltip(str(info.path)))
                self.table.setItem(row, column, item)
            source.setToolTip(plain_tooltip(info.source))
        empty = not self.backups
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if not empty:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    # -- restoring ---------------------------------------------------------------------------------

    def suggested_path(self, info: BackupInfo) -> Path:
        stamp = info.when.astimezone().strftime("%Y-%m-%d %H.%M")
        name = self.project_name.strip() or self.tr("Project")
        stem = self.tr("{0} (restored {1})").format(name, stamp)
        for bad in '/\\:*?"<>|':
            stem = stem.replace(bad, "-")
        return self.suggested_folder / f"{stem}{FILE_EXTENSION}"

    def restore_selected(self) -> Path | None:
        info = self.selected()
        if info is None:
            return None
        target = Dialogs.new_project_path(self, self.suggested_path(info))
        if target is None:
            return None
        try:
            restore_backup(info.path, target)
        except KnownError as exc:
            Dialogs.error(self, self.tr("Could not restore"), exc.message(self.language))
            return None
        self.accept()  # first, so the question about opening it is not asked over this dialog
        self.restored.emit(target)
        return target
