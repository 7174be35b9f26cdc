"""Windows fit the screen they open on: one policy for every dialog and the main window.

A town-hall laptop has 1366×768 or 1024×768 pixels, less a task bar. A window asked for more
(a preview at 820×900, a saved geometry from a larger monitor) would put its buttons below the
screen's edge, where nobody can reach them. :class:`ScreenFitter` watches every top-level window
as it is shown and shrinks and moves it into the available area of its screen; windows that
keep their own size (full-screen, maximised) are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

#: Room left between a window and the screen's edges (frames, a little air).
MARGIN = 8


def available_rect(widget: QWidget | None = None) -> QRect:
    """The usable area (without task bars) of the screen ``widget`` is on, or the primary one."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window() if parent is not None else widget).screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 728)


def preferred_size(widget: QWidget, width: int, height: int) -> QSize:
    """``width``×``height``, or less where the screen is smaller: for ``resize()`` calls."""
    room = available_rect(widget).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
    return QSize(min(width, room.width()), min(height, room.height()))


def fit_window(widget: QWidget) -> None:
    """Shrink ``widget`` (a top-level window) to its screen's available area and move it inside."""
    if widget.windowState() & (Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized):
        return
    room = available_rect(widget)
    inner = room.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
    frame = widget.frameGeometry()
    extra = QSize(frame.width() - widget.width(), frame.height() - widget.height())
    width = min(widget.width(), inner.width() - extra.width())
    height = min(widget.height(), inner.height() - extra.height())
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(max(width, 1), max(height, 1))
    frame = widget.frameGeometry()
    x = min(max(frame.x(), inner.x()), inner.right() - frame.width() + 1)
    y = min(max(frame.y(), inner.y()), inner.bottom() - frame.height() + 1)
    if QPoint(x, y) != frame.topLeft():
        widget.move(max(x, room.x()), max(y, room.y()))


class ScreenFitter(QObject):
    """Event filter of each window (``app.WindowPolicies`` installs it as Qt polishes the window;
    :func:`install` on the whole application): the window is fitted to its screen when shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # It sees every event of the application: the cheap tests first (asking an event its
        # type makes a Python enum each time).
        if (
            isinstance(watched, QWidget)
            and watched.isWindow()
            and event.type() == QEvent.Type.Show
            and watched.windowType()
            in (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)
        ):
            fit_window(watched)
        return False


class WindowFitter(ScreenFitter):
    """The fitter installed on each window as Qt polishes it (``app.WindowPolicies``). A widget
    polished while it had no parent yet (measured before it was placed) was a window then: once
    it is not one, the fitter leaves it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and not watched.isWindow():
            watched.removeEventFilter(self)
            return False
        return super().eventFilter(watched, event)


def install(app: QApplication) -> None:
    """Install the policy once per application."""
    if app.property("screen_fitter_installed"):
        return
    fitter = ScreenFitter(app)
    app.installEventFilter(fitter)
    app.setProperty("screen_fitter_installed", True)


def fold_to_icons(buttons: Iterable[QAbstractButton], folded: bool) -> None:
    """Show ``buttons`` as icons only (``folded``) or with their texts: for button rows that
    would make a page wider than a 1024 px laptop. The text stays in the tooltip and for screen
    readers."""
    for button in buttons:
        text = button.property("full_text")
        if text is None:
            text = button.text()
            button.setProperty("full_text", text)
            button.setAccessibleName(button.accessibleName() or text.replace("&", ""))
            if not button.toolTip():
                button.setToolTip(text.replace("&", ""))
        button.setText("" if folded else str(text))
