"""The details of the selected actor: the longer texts, what it can bring, the owner sub-type,
and — apart, marked as personal data — a contact person and their contact details."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.actors import CAN_BRING, Actor
from workshop_app.ui import commands
from workshop_app.ui.actors import texts
from workshop_app.ui.fields import FieldBinder, make_date_edit
from workshop_app.ui.icons import icon
from workshop_app.ui.session import ProjectSession


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", "hint")
    return label


class ActorDetails(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actor_details")
        self._session = session
        self._actor: Actor | None = None
        self._labels = texts.field_labels()
        editable = not session.read_only

        self.title = QLabel()
        self.title.setProperty("role", "sectionTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setObjectName("actor_details_title")

        self.binders: dict[str, FieldBinder] = {}

        def text_edit(field: str, long: bool) -> QLineEdit | QPlainTextEdit:
            edit: QLineEdit | QPlainTextEdit
            if long:
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setMinimumHeight(60)
                edit.setMaximumHeight(110)
            else:
                edit = QLineEdit()
            edit.setObjectName(f"actor_{field}")
            edit.setReadOnly(not editable)
            edit.setAccessibleName(self._labels[field])
            self.binders[field] = FieldBinder(session, edit, functools.partial(self._write, field))
            return edit

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self._labels["motivation"], text_edit("motivation", True))
        bring = QHBoxLayout()
        bring.setContentsMargins(0, 0, 0, 0)
        self.can_bring: dict[str, QCheckBox] = {}
        words = texts.can_bring_labels()
        flow = QWidget()
        grid = QVBoxLayout(flow)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(2)
        row: QHBoxLayout | None = None
        for i, key in enumerate(CAN_BRING):
            if i % 3 == 0:
                row = QHBoxLayout()
                row.setContentsMargins(0, 0, 0, 0)
                grid.addLayout(row)
            box = QCheckBox(words[key])
            box.setObjectName(f"actor_can_bring_{key}")
            box.setEnabled(editable)
            box.clicked.connect(self._on_bring)
            self.can_bring[key] = box
            assert row is not None
            row.addWidget(box)
        assert row is not None
        row.addStretch(1)
        bring.addWidget(flow)
        form.addRow(self._labels["can_bring"], bring)

        owner = QGroupBox(self.tr("Property owners only"))
        owner.setObjectName("actor_owner_group")
        owner_form = QFormLayout(owner)
        owner_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.owner_residence = self._combo("owner_residence", texts.owner_residence_labels())
        self.owner_kind = self._combo("owner_kind", texts.owner_kind_labels())
        owner_form.addRow(_hint(self.tr("Used when the category is property owners.")))
        owner_form.addRow(self._labels["owner_residence"], self.owner_residence)
        owner_form.addRow(self._labels["owner_kind"], self.owner_kind)

        step = QFormLayout()
        step.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        step.setContentsMargins(0, 0, 0, 0)
        step.addRow(self._labels["next_step"], text_edit("next_step", False))
        self.next_step_date = make_date_edit(None, self.tr("No date"))
        self.next_step_date.setObjectName("actor_next_step_date")
        self.next_step_date.setAccessibleName(self._labels["next_step_date"])
        self.next_step_date.setEnabled(editable)
        self.binders["next_step_date"] = FieldBinder(
            session, self.next_step_date, functools.partial(self._write, "next_step_date")
        )
        self.clear_date = QToolButton()
        self.clear_date.setObjectName("actor_next_step_date_clear")
        self.clear_date.setIcon(icon("close"))
        self.clear_date.setToolTip(self.tr("Remove the date"))
        self.clear_date.setAccessibleName(self.tr("Remove the date"))
        self.clear_date.setEnabled(editable)
        self.clear_date.clicked.connect(self._clear_date)
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.next_step_date, 1)
        when.addWidget(self.clear_date)
        step.addRow(self._labels["next_step_date"], when)

        notes = QFormLayout()
        notes.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        notes.setContentsMargins(0, 0, 0, 0)
        notes.addRow(self._labels["notes"], text_edit("notes", True))

        personal = QGroupBox(self.tr("Personal data"))
        personal.setObjectName("actor_personal_group")
        personal_form = QFormLayout(personal)
        personal_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        personal_form.addRow(
            _hint(self.tr("Only if needed and agreed; never printed unless you ask."))
        )
        personal_form.addRow(self._labels["person_name"], text_edit("person_name", False))
        personal_form.addRow(self._labels["contact"], text_edit("contact", False))

        self.empty = _hint(self.tr("Select an actor in the table to see and edit its details."))
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addLayout(form)
        body.addLayout(step)
        body.addWidget(owner)
        body.addLayout(notes)
        body.addWidget(personal)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.show_actor(None)

    def _combo(self, field: str, labels: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"actor_{field}")
        combo.setAccessibleName(self._labels[field])
        combo.addItem("–", "")
        for key, label in labels.items():
            combo.addItem(label, key)
        combo.setEnabled(not self._session.read_only)
        combo.activated.connect(lambda _i, f=field, c=combo: self._on_combo(f, c))
        return combo

    @property
    def uuid(self) -> str | None:
        return self._actor.uuid if self._actor else None

    def show_actor(self, actor: Actor | None) -> None:
        """Show ``actor`` (or nothing); pending typing of the previous actor is written first."""
        if self._actor is not None and (actor is None or actor.uuid != self._actor.uuid):
            for binder in self.binders.values():
                binder.flush()
        self._actor = actor
        self.empty.setVisible(actor is None)
        self.body.setVisible(actor is not None)
        if actor is None:
            return
        self.title.setText(actor.name or "–")
        for field, binder in self.binders.items():
            binder.show(getattr(actor, field))
        for key, box in self.can_bring.items():
            box.setChecked(key in actor.can_bring)
        for field, combo in (
            ("owner_residence", self.owner_residence),
            ("owner_kind", self.owner_kind),
        ):
            combo.setCurrentIndex(max(combo.findData(getattr(actor, field)), 0))

    def _clear_date(self) -> None:
        self.next_step_date.setDate(self.next_step_date.minimumDate())

    def _write(self, field: str, old: Any, new: Any) -> None:
        if self._actor is not None:
            commands.set_actor_field(
                self._session, self._actor.uuid, field, self._labels[field], old, new
            )

    def _on_combo(self, field: str, combo: QComboBox) -> None:
        if self._actor is None:
            return
        old, new = getattr(self._actor, field), combo.currentData() or ""
        if old != new:
            self._write(field, old, new)

    def _on_bring(self) -> None:
        if self._actor is None:
            return
        new = tuple(key for key in CAN_BRING if self.can_bring[key].isChecked())
        if new != self._actor.can_bring:
            self._write("can_bring", self._actor.can_bring, new)
