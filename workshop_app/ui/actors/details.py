"""The details of the selected actor: the longer texts, what it can bring, the owner sub-type,
and — apart, marked as personal data — a contact person and their contact details."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLayout,
    QWidget,
)

from workshop_app.domain.actors import CAN_BRING, Actor
from workshop_app.ui import commands, kit
from workshop_app.ui.actors import texts
from workshop_app.ui.fields import FieldBinder, make_date_edit
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.title_box import TitleBox


class ActorDetails(kit.SessionPanel):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "actor_details", parent)
        self._actor: Actor | None = None
        self._labels = texts.field_labels()
        self.title = kit.label(
            role="sectionTitle", name="actor_details_title", wrap=True, plain=True
        )
        self.binders: dict[str, FieldBinder] = {}
        self.owner_residence = self._combo("owner_residence", texts.owner_residence_labels())
        self.owner_kind = self._combo("owner_kind", texts.owner_kind_labels())
        owner = kit.named(QGroupBox(self.tr("Property owners only")), "actor_owner_group")
        kit.form(
            kit.hint(self.tr("Used when the category is property owners.")),
            (self._labels["owner_residence"], self.owner_residence),
            (self._labels["owner_kind"], self.owner_kind),
            parent=owner,
            wrap=QFormLayout.RowWrapPolicy.WrapLongRows,
            margins=None,
        )
        personal = kit.named(QGroupBox(self.tr("Personal data")), "actor_personal_group")
        kit.form(
            kit.hint(self.tr("Only if needed and agreed; never printed unless you ask.")),
            self._text_row("person_name", False),
            self._text_row("contact", False),
            parent=personal,
            margins=None,
        )
        self.empty = kit.hint(self.tr("Select an actor in the table to see and edit its details."))
        self.body = QWidget()
        kit.column(
            TitleBox(self.title),  # a rename lays out the title alone
            kit.form(self._text_row("motivation", True), self._bring_row()),
            kit.form(self._text_row("next_step", False), self._date_row()),
            owner,
            kit.form(self._text_row("notes", True)),
            personal,
            None,
            parent=self.body,
        )
        kit.column(self.empty, (self.body, 1), parent=self, margins=(12, 8, 12, 8))
        self.show_actor(None)

    def _text_row(self, field: str, long: bool) -> tuple[str, QWidget]:
        """The label and editor of a text field, bound to the actor's ``field``."""
        edit = kit.named(kit.text_editor(long), f"actor_{field}", accessible=self._labels[field])
        edit.setReadOnly(not self.editable)
        write = functools.partial(self._write, field)
        self.binders[field] = FieldBinder(self._session, edit, write)
        return self._labels[field], edit

    def _bring_row(self) -> tuple[str, QWidget]:
        """What the actor can bring: check boxes, three a line."""
        self.can_bring: dict[str, QCheckBox] = {}
        words = texts.can_bring_labels()
        for key in CAN_BRING:
            box = kit.named(QCheckBox(words[key]), f"actor_can_bring_{key}")
            box.setEnabled(self.editable)
            box.clicked.connect(self._on_bring)
            self.can_bring[key] = box
        boxes = list(self.can_bring.values())
        lines = [kit.row(*boxes[i : i + 3], None) for i in range(0, len(boxes), 3)]
        flow = QWidget()
        kit.column(*lines, parent=flow).setSpacing(2)
        return self._labels["can_bring"], flow

    def _date_row(self) -> tuple[str, QLayout]:
        """The next step's date, with a button that removes it."""
        label = self._labels["next_step_date"]
        self.next_step_date = kit.named(
            make_date_edit(None, self.tr("No date")), "actor_next_step_date", accessible=label
        )
        self.next_step_date.setEnabled(self.editable)
        write = functools.partial(self._write, "next_step_date")
        self.binders["next_step_date"] = FieldBinder(self._session, self.next_step_date, write)
        remove = self.tr("Remove the date")
        self.clear_date = kit.tool_button(
            "close", "actor_next_step_date_clear", remove, remove, self._clear_date
        )
        self.clear_date.setEnabled(self.editable)
        return label, kit.row((self.next_step_date, 1), self.clear_date)

    def _combo(self, field: str, labels: dict[str, str]) -> QComboBox:
        combo = kit.named(QComboBox(), f"actor_{field}", accessible=self._labels[field])
        for key, label in {"": "–", **labels}.items():
            combo.addItem(label, key)
        combo.setEnabled(self.editable)
        combo.activated.connect(functools.partial(self._on_combo, field, combo))
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

    def _on_combo(self, field: str, combo: QComboBox, _index: int = 0) -> None:
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
