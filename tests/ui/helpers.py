"""Helpers the UI tests share: real key presses to whatever has the keyboard, and the stored
state a test compares the screen with."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> Any:
    """The widget with the keyboard focus (there must be one). Typed Any: mypy would narrow an
    untyped ``x`` to QWidget after ``assert focused() is x``."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_keys(qtbot: Any, text: str) -> None:
    """Each character to whatever has the keyboard at that moment, as a person types (a digit
    on a tally cell opens an editor that takes the next digit)."""
    for char in text:
        qtbot.keyClick(focused(), char)


def book(owner: Any) -> Any:
    """The stored trial book, from a main window or a :class:`ProjectSession`."""
    session = getattr(owner, "session", owner)
    return session.service.trial_book()
