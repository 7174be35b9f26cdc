"""The grid full screen for a wall or a second screen: large type, strong contrast, Esc closes.

It edits the same session as the page (same undo stack) and follows the page's options: hiding
names on one hides them on both.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from workshop_app.ui.actors.grid import ActorGrid, GridOptions
from workshop_app.ui.session import ProjectSession


def projector_screen(current: QScreen | None) -> QScreen | None:
    """The screen for the projector view: another screen than ``current`` when there is one."""
    screens = QGuiApplication.screens()
    others = [s for s in screens if s is not current]
    if current is not None and others:
        return others[0]
    return current or QGuiApplication.primaryScreen()


class ProjectorWindow(QWidget):
    def __init__(self, session: ProjectSession, options: GridOptions, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("actor_grid_projector_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Power/interest grid"))
        self.grid = ActorGrid(session, self, options=options, projector=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)
        for key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            QShortcut(QKeySequence(key), self, self.close, Qt.ShortcutContext.WindowShortcut)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Also here, not only as shortcuts: keys reach the window even when it is not active.
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            event.accept()
            self.close()
            return
        super().keyPressEvent(event)

    def show_on_best_screen(self) -> None:
        parent = self.parentWidget()
        current = parent.screen() if parent is not None else None
        screen = projector_screen(current)
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.grid.view.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
