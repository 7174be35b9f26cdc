"""Nothing changes by accident: fields that step their value on the mouse wheel take the wheel
only while they have the keyboard focus.

Scrolling a page with the wheel used to change a combo box, spin box or date field that passed
under the pointer (a decided test's type changed three times, each saved). One
event filter, installed on each such field as Qt polishes it (``app.WindowPolicies``), is the
whole policy: it ignores a wheel event unless the field has the focus, so Qt passes the event on
to the parents and the page's scroll area scrolls; and the fields get ``StrongFocus`` instead of
Qt's default ``WheelFocus``, so the wheel does not hand them the focus first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDial, QSlider, QWidget

#: Widgets whose value the wheel steps (spin boxes include every date and time edit). Scroll
#: bars are sliders too, but scrolling is what they are for.
GUARDED: tuple[type[QWidget], ...] = (QComboBox, QAbstractSpinBox, QSlider, QDial)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # It sees every event of the application: the cheap test first (asking an event its
        # type makes a Python enum each time).
        if not isinstance(watched, GUARDED):
            return False
        kind = event.type()
        if kind not in (QEvent.Type.Wheel, QEvent.Type.Polish):
            return False
        if kind == QEvent.Type.Polish:
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if watched.hasFocus():
            return False
        event.ignore()  # not handled here: Qt offers it to the parents (the scroll area)
        return True


def guard(widget: QWidget, guard: WheelGuard) -> None:
    """Guard one field (the window policies do it for each as Qt polishes it): ``StrongFocus``
    instead of ``WheelFocus``, and its wheel events through ``guard``."""
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(guard)  # once: Qt replaces a filter installed again


def install(app: QCoreApplication) -> WheelGuard:
    """Install the guard on ``app`` (once; later calls return the same guard)."""
    guard = app.findChild(WheelGuard, "wheel_guard")
    if guard is None:
        guard = WheelGuard(app)
        guard.setObjectName("wheel_guard")
        app.installEventFilter(guard)
    return guard
