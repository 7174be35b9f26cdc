"""Check project: every check on the open project, one readable line each, and a summary."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.services.project_check import CheckLine, check_project
from workshop_app.services.project_service import ProjectService

OK_MARK = "✓"
PROBLEM_MARK = "✗"
# Readable on light and dark backgrounds; the mark itself carries the meaning too.
OK_COLOR = "#2e7d32"
PROBLEM_COLOR = "#c62828"
# Checks whose failure means the data itself is in doubt (a backup is the way forward).
DATA_KEYS = frozenset({"integrity", "foreign_keys", "schema", "rows"})


def local_time(when: dt.datetime) -> str:
    return when.astimezone().strftime("%d-%m-%Y %H:%M:%S")


class CheckDialog(QDialog):
    """Runs :func:`check_project` when made (fast for our sizes) and shows the result.

    The caller flushes pending typing first (``ProjectSession.flush``) so the check sees it.
    """

    def __init__(self, service: ProjectService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_dialog")
        self.setWindowTitle(self.tr("Check project"))
        self.service = service
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.lines: list[CheckLine] = check_project(service)
        finally:
            QApplication.restoreOverrideCursor()

        self.summary_label = QLabel(self.summary())
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setObjectName("check_summary")
        self.summary_label.setProperty("role", "sectionTitle")
        self.summary_label.setWordWrap(True)
        file_label = QLabel(str(service.path))
        file_label.setTextFormat(Qt.TextFormat.PlainText)
        file_label.setProperty("role", "hint")
        file_label.setWordWrap(True)
        file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(2, 1)
        for row, line in enumerate(self.lines):
            mark = QLabel(OK_MARK if line.ok else PROBLEM_MARK)
            mark.setObjectName(f"check_mark_{line.key}")
            color = OK_COLOR if line.ok else PROBLEM_COLOR
            mark.setStyleSheet(f"color: {color}; font-weight: 700; font-size: 12pt;")
            mark.setAccessibleName(self.tr("OK") if line.ok else self.tr("Problem"))
            mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            label = QLabel(self.label(line.key))
            label.setObjectName(f"check_label_{line.key}")
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            detail = QLabel(self.detail(line))  # SQLite's strings, titles: shown as they are
            detail.setTextFormat(Qt.TextFormat.PlainText)
            detail.setObjectName(f"check_detail_{line.key}")
            detail.setWordWrap(True)
            detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            detail.setMinimumWidth(260)
            grid.addWidget(mark, row, 0)
            grid.addWidget(label, row, 1)
            grid.addWidget(detail, row, 2)

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)

        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.setObjectName("check_copy")
        self.copy_button.clicked.connect(self.copy_report)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("check_close")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(file_label)
        layout.addWidget(rule)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(max(640, self.sizeHint().width()), self.sizeHint().height())

    # -- texts -------------------------------------------------------------------------------------

    @property
    def ok(self) -> bool:
        return all(line.ok for line in self.lines)

    def label(self, key: str) -> str:
        labels = {
            "integrity": self.tr("File integrity"),
            "foreign_keys": self.tr("Links between records"),
            "schema": self.tr("Structure (schema)"),
            "rows": self.tr("All records readable"),
            "lock": self.tr("Open only here (lock)"),
            "backups": self.tr("Backups"),
        }
        return labels.get(key, key)

    def detail(self, line: CheckLine) -> str:
        """The line's data in words; problem strings from SQLite and the schema stay English."""
        key = line.key
        if key == "integrity":
            return self.tr("No damage found.") if line.ok else line.detail
        if key == "foreign_keys":
            if line.ok:
                return self.tr("Every link points to an existing record.")
            return self.tr("Broken links: {0} ({1})").format(line.count, line.detail)
        if key == "schema":
            return self.tr("As this version of the app expects.") if line.ok else line.detail
        if key == "rows":
            if line.ok:
                return self.tr("Records read: {0}").format(line.count)
            return line.detail
        if key == "lock":
            if self.service.read_only:
                return self.tr("Opened read-only: nothing is written to the file.")
            if line.ok:
                return self.tr("Lock file: {0}").format(line.detail)
            return self.tr("No lock is held: another program could change the file.")
        if key == "backups":
            if line.when is not None:
                return self.tr("{0} kept; the newest good one is from {1}").format(
                    line.count, local_time(line.when)
                )
            if line.count:
                return self.tr("{0} kept, but none of them can be read").format(line.count)
            return self.tr("No backup yet.")
        return line.detail

    def summary(self) -> str:
        failing = [line for line in self.lines if not line.ok]
        if not failing:
            return self.tr("Everything is in order.")
        names = ", ".join(self.label(line.key) for line in failing)
        if any(line.key in DATA_KEYS for line in failing):
            return self.tr("Problems found: {0}. Use Backups to restore a good copy.").format(names)
        return self.tr("Problems found: {0}.").format(names)

    def report_text(self) -> str:
        rows = [
            self.windowTitle(),
            str(self.service.path),
            dt.datetime.now().strftime("%d-%m-%Y %H:%M:%S"),
            "",
            self.summary(),
            "",
        ]
        for line in self.lines:
            mark = OK_MARK if line.ok else PROBLEM_MARK
            rows.append(f"{mark} {self.label(line.key)}: {self.detail(line)}")
        return "\n".join(rows) + "\n"

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
