"""Bind editor widgets to stored values: typing commits shortly after the last key and on focus-out.

A binder knows the stored value; when the widget's value differs it calls ``write(old, new)``
(which pushes an undo command). ``show(value)`` refreshes the widget from storage without
triggering a write and without moving the cursor when nothing changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QLineEdit, QPlainTextEdit, QTimeEdit, QWidget

from workshop_app.ui.session import ProjectSession

TYPING_PAUSE_MS = 700
_NO_DATE = QDate(1900, 1, 1)
_NO_TIME = QTime(0, 0)

#: Held with a key, these make it a command rather than typing.
_COMMAND_KEYS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_STEP_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)

Editor = QLineEdit | QPlainTextEdit | QDateEdit | QTimeEdit


class BlankableDateEdit(QDateEdit):
    """A date edit whose minimum date means "no date" (shown as the special value text), made
    for the keyboard: Tab and Shift+Tab leave it like any other field (also when it is blank,
    where a plain QDateEdit swallows them), Ctrl+Tab goes on to the tab widget, and typing
    into a blank field starts a date.

    The first digit typed into a blank field puts today's date in as a template with the day
    selected, so typing replaces it section by section ("01052027", "1-5-2027", "10/5/2027").
    Until the date has been typed to its end, or the field is left (or Enter pressed) with a
    whole date showing, the field still counts as blank: ``date()`` is the minimum date and no
    ``dateChanged`` is emitted; then ``dateChanged`` comes once, with the date shown. Leaving it
    while the text is no whole date (a section emptied), or Escape, makes it blank again.
    Delete or Backspace with the whole date selected (Ctrl+A) clears a date: blank again.
    Meant for numeric display formats such as "dd-MM-yyyy"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Typing from blank has begun and no whole date is in yet.
        self._pending = False
        #: The last digit typed filled its section and Qt moved on to the next.
        self._advanced = False
        # First of the slots: a date set by other means (the calendar) ends typing from blank.
        self.dateChanged.connect(self._on_date_changed)

    def _on_date_changed(self, *_: object) -> None:
        self._pending = False

    # -- the value ---------------------------------------------------------------------------------

    def is_blank(self) -> bool:
        return self._pending or super().date() == self.minimumDate()

    def date(self) -> QDate:
        """The minimum date (blank) while a date typed into a blank field is not complete."""
        return self.minimumDate() if self._pending else super().date()

    def setDate(self, date: QDate) -> None:
        self._pending = False
        super().setDate(date)

    def _begin_typing(self) -> None:
        """From blank: today's date as the template, its first section selected to type over."""
        today = QDate.currentDate()
        blocked = self.blockSignals(True)
        try:
            super().setDate(today if today > self.minimumDate() else self.minimumDate().addDays(1))
        finally:
            self.blockSignals(blocked)
        self._pending = True
        self.setSelectedSection(self.sectionAt(0))

    def _whole_date_shown(self) -> bool:
        text = self.lineEdit().text()
        return self.validate(text, 0)[0] == QValidator.State.Acceptable

    def _finish_typing(self, keep: bool) -> None:
        """End typing from blank: report the date shown (keep) or go back to blank."""
        if not self._pending:
            return
        self._pending = False
        if keep:
            self.dateChanged.emit(super().date())
            return
        blocked = self.blockSignals(True)
        try:
            super().setDate(self.minimumDate())
        finally:
            self.blockSignals(blocked)

    # -- the keyboard ------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Tab leaves the field like any other: a QDateTimeEdit steps through its sections
        # instead, and while it shows the special value text it swallows Tab altogether.
        # Left/Right and typed separators still step through the sections.
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            ):
                back = key == Qt.Key.Key_Backtab or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                if QWidget.focusNextPrevChild(self, not back):
                    event.accept()
                    return True
        return super().event(event)

    def _calendar_at_today(self) -> None:
        """A blank field's calendar opens at this month, not at the blank's year 1900."""
        calendar = self.calendarWidget()
        if calendar is not None and self.is_blank():
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)  # opens the popup at the date: 1900 when blank
        self._calendar_at_today()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F4 or (
            key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self._calendar_at_today()
        text = event.text()
        typing = bool(text) and text.isprintable() and not event.modifiers() & _COMMAND_KEYS
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # Ctrl+Tab (the next page of a tab widget) goes on to the parents; a plain Tab
            # comes here only when event() could not move the focus.
            event.ignore()
            return
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        if not self._pending and super().date() == self.minimumDate():
            # Blank: the special value text shows, which is not for typing into.
            if typing and text.isdigit():
                self._begin_typing()  # and type the digit over today's day
            elif key in _STEP_KEYS and not event.modifiers() & _COMMAND_KEYS:
                super().setDate(QDate.currentDate())  # stepping from blank starts at today
                event.accept()
                return
            elif typing or key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                event.accept()
                return
            else:
                super().keyPressEvent(event)
                return
        elif self._pending and key == Qt.Key.Key_Escape:
            self._finish_typing(keep=False)
            event.accept()
            return
        elif self._pending and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish_typing(keep=self._whole_date_shown())
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._all_selected():
            self.setDate(self.minimumDate())  # cleared: blank
            event.accept()
            return
        advanced, self._advanced = self._advanced, False
        section = self.currentSectionIndex()
        blocked = self.blockSignals(self._pending or self.signalsBlocked())
        try:  # while typing from blank it stays blank to the outside
            if typing and not text.isdigit():
                # Any separator ("-", "/", ".", " ") goes on to the next section, unless the
                # digits before it filled their section and Qt has moved on already.
                if not advanced and section + 1 < self.sectionCount():
                    self.setSelectedSection(self.sectionAt(section + 1))
                event.accept()
                return
            super().keyPressEvent(event)
        finally:
            self.blockSignals(blocked)
        self._advanced = typing and self.currentSectionIndex() > section
        edit = self.lineEdit()
        if (
            self._pending
            and not edit.hasSelectedText()
            and edit.cursorPosition() == len(edit.text())
            and self._whole_date_shown()
        ):
            self._finish_typing(keep=True)  # typed to its end: a date

    def _all_selected(self) -> bool:
        edit = self.lineEdit()
        return bool(edit.text()) and edit.selectedText() == edit.text()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._pending:
            self._finish_typing(keep=self._whole_date_shown())
        super().focusOutEvent(event)


def make_date_edit(parent: QWidget | None, not_set_text: str) -> BlankableDateEdit:
    edit = BlankableDateEdit(parent)
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
