"""The room screen's window: frameless, full screen, black, no controls; Esc or F11 closes it.

It shows one panel at a time and gives it the :class:`Look` of its own size, so the same panel
reads on a 1024×768 projector and on a 1920×1080 one. It has no tooltips and no buttons: the
facilitator drives it from the laptop, and the room sees only what it shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from workshop_app.ui.projector.look import Look, style_sheet
from workshop_app.ui.projector.panels import Panel

CLOSE_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_F11)


class ProjectorWindow(QWidget):
    """The one full-screen window; :meth:`set_panel` replaces what it shows."""

    closed = Signal()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("projector_window")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("Projector"))
        self.setAccessibleName(self.tr("Projector"))
        self.setStyleSheet(style_sheet())
        self.setCursor(Qt.CursorShape.BlankCursor)  # no pointer on the wall
        # The facilitator's keyboard stays on the laptop's console when the wall opens.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.panel: Panel | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        for key in CLOSE_KEYS:
            QShortcut(QKeySequence(key), self, self.close, Qt.ShortcutContext.WindowShortcut)

    def look(self) -> Look:
        return Look.for_size(self.size())

    def set_panel(self, panel: Panel) -> None:
        old, self.panel = self.panel, panel
        if old is not None:
            self._layout.removeWidget(old)
            old.hide()
            old.setParent(None)  # gone from the window now, not only when deleted
            old.deleteLater()
        self._layout.addWidget(panel)
        panel.set_look(self.look())
        panel.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.panel is not None:
            self.panel.set_look(self.look())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Also here, not only as shortcuts: keys reach the window even when it is not active.
        if event.key() in CLOSE_KEYS:
            event.accept()
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
