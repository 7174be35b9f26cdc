"""Turning a note into something: the note's text to start from, the fields the new record
needs (an action item's who and by when), Enter to accept. Opened with ``open()``, never
``exec()``; the console acts on ``accepted``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.model import MAX_SHORT_TEXT
from workshop_app.ui import kit
from workshop_app.ui.fields import make_date_edit
from workshop_app.ui.meetings.live.live_commands import kind_names

# The field of the new record the note's text goes into, per kind.
TEXT_FIELD = {
    "idea": "title",
    "actor": "name",
    "knowledge": "question",
    "decision": "text",
    "action": "what",
}


class ConvertDialog(QDialog):
    def __init__(self, kind: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("live_convert_dialog")
        self.kind = kind
        self.setWindowTitle(self.tr("Turn the note into {0}").format(kind_names()[kind]))
        labels = {
            "idea": self.tr("Idea:"),
            "actor": self.tr("Actor's name:"),
            "knowledge": self.tr("What we need to know:"),
            "decision": self.tr("Decision:"),
            "action": self.tr("What:"),
        }
        self.text_edit = QLineEdit(text)
        self.text_edit.setObjectName("live_convert_text")
        if TEXT_FIELD[kind] in ("title", "name"):
            self.text_edit.setMaxLength(MAX_SHORT_TEXT)
        self.text_edit.selectAll()
        self.text_edit.setMinimumWidth(420)
        form = QFormLayout()
        form.addRow(labels[kind], self.text_edit)
        self.who_edit: QLineEdit | None = None
        self.due_edit = None
        if kind == "action":
            self.who_edit = QLineEdit()
            self.who_edit.setObjectName("live_convert_who")
            self.who_edit.setMaxLength(MAX_SHORT_TEXT)
            self.due_edit = make_date_edit(None, self.tr("Not set"))
            self.due_edit.setObjectName("live_convert_due")
            form.addRow(self.tr("Who:"), self.who_edit)
            form.addRow(self.tr("By when:"), self.due_edit)
            form.addRow(
                kit.hint(
                    self.tr("Who is responsible is personal data: it stays off the room screen.")
                )
            )
        buttons = kit.ok_cancel(self, self._accept_if_text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.text_edit.setFocus()

    def _accept_if_text(self) -> None:
        if self.text_edit.text().strip():
            self.accept()
        else:
            self.text_edit.setFocus()

    def values(self) -> dict[str, Any]:
        """The new record's fields, as the service's ``convert_note`` takes them."""
        values: dict[str, Any] = {TEXT_FIELD[self.kind]: self.text_edit.text().strip()}
        if self.who_edit is not None:
            values["who"] = self.who_edit.text().strip()
        if self.due_edit is not None:
            values["due"] = None if self.due_edit.is_blank() else self._due()
        return values

    def _due(self) -> dt.date | None:
        assert self.due_edit is not None
        date = self.due_edit.date()
        return dt.date(date.year(), date.month(), date.day())
