"""Bind editor widgets to stored values: typing commits shortly after the last key and on focus-out.

A binder knows the stored value; when the widget's value differs it calls ``write(old, new)``
(which pushes an undo command). ``show(value)`` refreshes the widget from storage without
triggering a write and without moving the cursor when nothing changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QTime, QTimer
from PySide6.QtWidgets import QDateEdit, QLineEdit, QPlainTextEdit, QTimeEdit, QWidget

from workshop_app.ui.session import ProjectSession

TYPING_PAUSE_MS = 700
_NO_DATE = QDate(1900, 1, 1)
_NO_TIME = QTime(0, 0)

Editor = QLineEdit | QPlainTextEdit | QDateEdit | QTimeEdit


def make_date_edit(parent: QWidget | None, not_set_text: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(_NO_DATE)
    edit.setSpecialValueText(not_set_text)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setDate(_NO_DATE)
    return edit


def make_time_edit(parent: QWidget | None, not_set_text: str) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setMinimumTime(_NO_TIME)
    edit.setSpecialValueText(not_set_text)
    edit.setDisplayFormat("HH:mm")
    edit.setTime(_NO_TIME)
    return edit


class FieldBinder(QObject):
    def __init__(
        self,
        session: ProjectSession,
        widget: Editor,
        write: Callable[[Any, Any], None],
    ) -> None:
        super().__init__(widget)
        self._session = session
        self.widget = widget
        self._write = write
        self._stored: Any = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._timer.start)
            widget.editingFinished.connect(self.flush)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._timer.start)
            widget.installEventFilter(self)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(self._on_picked)
        else:
            widget.timeChanged.connect(self._on_picked)
        session.add_flush_hook(self.flush)
        widget.destroyed.connect(lambda *_: session.remove_flush_hook(self.flush))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False

    def _on_picked(self, *_: object) -> None:
        self.flush()

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QDateEdit):
            d = w.date()
            return None if d == _NO_DATE else dt.date(d.year(), d.month(), d.day())
        t = w.time()
        return None if t == _NO_TIME else dt.time(t.hour(), t.minute())

    def show(self, value: Any) -> None:
        self._stored = value
        if self.value() == value:
            return
        self._timer.stop()
        w = self.widget
        blocked = w.blockSignals(True)
        try:
            if isinstance(w, QLineEdit):
                w.setText(value or "")
                w.setCursorPosition(0)
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(value or "")
            elif isinstance(w, QDateEdit):
                w.setDate(QDate(value.year, value.month, value.day) if value else _NO_DATE)
            else:
                w.setTime(QTime(value.hour, value.minute) if value else _NO_TIME)
        finally:
            w.blockSignals(blocked)

    def flush(self) -> None:
        self._timer.stop()
        new = self.value()
        if new == self._stored:
            return
        old, self._stored = self._stored, new
        self._write(old, new)
