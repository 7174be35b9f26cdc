"""The start screen: new project, open, the demo, and recent projects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QWidget,
)

from workshop_app import APP_NAME, __version__
from workshop_app.ui import kit
from workshop_app.ui.icons import icon
from workshop_app.ui.plain import plain_tooltip


def _big_button(action: QAction, name: str) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setObjectName(name)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    button.setIconSize(QSize(40, 40))
    button.setMinimumSize(QSize(170, 96))
    button.setProperty("role", "startButton")
    return button


class StartScreen(QWidget):
    open_requested = Signal(object)  # Path

    def __init__(
        self, new: QAction, open_: QAction, demo: QAction, import_: QAction | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("start_screen")
        actions = [(new, "start_new"), (open_, "start_open"), (demo, "start_demo")]
        if import_ is not None:
            actions.append((import_, "start_import"))
        outer = self._outer = kit.column(
            kit.label(APP_NAME, role="appTitle"),
            kit.hint(
                self.tr(
                    "Plan and run the work on a living town centre: scope, actors, prototype "
                    "tests and the meetings where it happens. Everything stays on this computer."
                )
            ),
            parent=self,
            margins=(48, 40, 48, 32),
        )
        outer.addSpacing(16)
        outer.addLayout(kit.row(*(_big_button(a, name) for a, name in actions), None, margins=None))
        outer.addSpacing(16)
        outer.addWidget(kit.label(self.tr("Recent projects"), role="sectionTitle"))
        self.recent = QListWidget()
        self.recent.setObjectName("recent_list")
        self.recent.setIconSize(QSize(20, 20))
        self.recent.itemActivated.connect(self._activate)
        outer.addWidget(self.recent, 1)
        self.empty_hint = QLabel(
            self.tr("No recent projects yet. Start with the demo project to look around.")
        )
        self.empty_hint.setProperty("role", "hint")
        outer.addWidget(self.empty_hint)
        outer.addStretch(0)
        version = QLabel(self.tr("Version {0}").format(__version__))
        version.setProperty("role", "hint")
        version.setAlignment(Qt.AlignmentFlag.AlignRight)
        outer.addWidget(version)

    def set_recent(self, files: list[Path]) -> None:
        self.recent.clear()
        for path in files:
            exists = path.is_file()
            text = f"{path.stem}    —    {path.parent}"
            item = QListWidgetItem(icon("recent"), text)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            if not exists:
                item.setText(text + "    " + self.tr("(not found)"))
                item.setForeground(Qt.GlobalColor.gray)
            item.setToolTip(plain_tooltip(str(path)))
            self.recent.addItem(item)
        self.recent.setVisible(bool(files))
        self.empty_hint.setVisible(not files)
        # Without a list, the free space goes below the hint instead of between the headings.
        self._outer.setStretch(self._outer.count() - 2, 0 if files else 1)
        if files:
            self.recent.setCurrentRow(0)

    def _activate(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
