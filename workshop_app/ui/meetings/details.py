"""The meeting's own facts: title, kind, when, place, facilitators, the phase it serves and its
purpose, edited in place; every change is an undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from workshop_app.domain.meetings import MEETING_KINDS, MEETING_PHASES
from workshop_app.domain.model import MAX_SHORT_TEXT, Meeting
from workshop_app.ui import commands, kit
from workshop_app.ui.fields import Editor, FieldBinder, make_date_edit, make_time_edit
from workshop_app.ui.meetings import texts
from workshop_app.ui.session import ProjectSession


class MeetingForm(kit.SessionPanel):
    """The fields of the meeting given to :meth:`show_meeting`, in two columns."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "meeting_form", parent)
        self._uuid: str | None = None
        self._meeting: Meeting | None = None
        editable = self.editable
        self.labels = {
            "title": self.tr("Title"),
            "kind": self.tr("Kind"),
            "date": self.tr("Date"),
            "start_time": self.tr("Start time"),
            "place": self.tr("Place"),
            "facilitators": self.tr("Facilitators"),
            "phase": self.tr("Phase"),
            "purpose": self.tr("Purpose"),
        }
        self.title_edit = self._line_edit()
        self.date_edit = make_date_edit(None, self.tr("Not set"))
        self.time_edit = make_time_edit(None, self.tr("Not set"))
        self.place_edit = self._line_edit()
        self.facilitators_edit = self._line_edit()
        self.facilitators_edit.setPlaceholderText(self.tr("Who runs the meeting"))
        self.purpose_edit = QPlainTextEdit()
        self.purpose_edit.setTabChangesFocus(True)
        self.purpose_edit.setMaximumHeight(80)
        self.purpose_edit.setPlaceholderText(self.tr("What the meeting should achieve"))
        self.kind_combo = self._combo("kind", texts.kind_labels(), MEETING_KINDS)
        self.phase_combo = self._combo("phase", texts.phase_labels(), MEETING_PHASES)

        editors: dict[str, Editor] = {
            "title": self.title_edit,
            "date": self.date_edit,
            "start_time": self.time_edit,
            "place": self.place_edit,
            "facilitators": self.facilitators_edit,
            "purpose": self.purpose_edit,
        }
        self.binders: dict[str, FieldBinder] = {}
        for field, editor in editors.items():
            editor.setObjectName(f"meeting_{field}")
            editor.setEnabled(editable)
            self.binders[field] = FieldBinder(
                session, editor, self._writer(field, self.labels[field])
            )
        self.date_edit.setAccessibleName(self.labels["date"])
        self.time_edit.setAccessibleName(self.labels["start_time"])

        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.date_edit)
        when.addWidget(QLabel(self.tr("at")))
        when.addWidget(self.time_edit)
        when.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        rows: tuple[tuple[tuple[str, QWidget | QHBoxLayout], ...], ...] = (
            (("title", self.title_edit), ("kind", self.kind_combo)),
            (("date", when), ("place", self.place_edit)),
            (("facilitators", self.facilitators_edit), ("phase", self.phase_combo)),
        )
        for row, pairs in enumerate(rows):
            for column, (field, widget) in enumerate(pairs):
                text = self.tr("When") if field == "date" else self.labels[field]
                label = QLabel(text + ":")
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(label, row, column * 2)
                if isinstance(widget, QHBoxLayout):
                    grid.addLayout(widget, row, column * 2 + 1)
                else:
                    label.setBuddy(widget)
                    grid.addWidget(widget, row, column * 2 + 1)
        purpose = QLabel(self.labels["purpose"] + ":")
        purpose.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        purpose.setBuddy(self.purpose_edit)
        grid.addWidget(purpose, 3, 0)
        grid.addWidget(self.purpose_edit, 3, 1, 1, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        kit.tab_order(
            self.title_edit,
            self.kind_combo,
            self.date_edit,
            self.time_edit,
            self.place_edit,
            self.facilitators_edit,
            self.phase_combo,
            self.purpose_edit,
        )

    def _line_edit(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(MAX_SHORT_TEXT)
        return edit

    def _combo(self, field: str, labels: dict[str, str], keys: tuple[str, ...]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"meeting_{field}")
        combo.setAccessibleName(self.labels[field])
        for key in keys:
            combo.addItem(labels.get(key, key), key)
        combo.setEnabled(not self._session.read_only)
        combo.activated.connect(lambda _i, f=field, c=combo: self._picked(f, c))
        return combo

    def _picked(self, field: str, combo: QComboBox) -> None:
        if self._uuid is None or self._meeting is None:
            return
        old, new = getattr(self._meeting, field), combo.currentData()
        if new != old:
            commands.set_meeting_field(
                self._session, self._uuid, field, self.labels[field], old, new
            )

    def _writer(self, field: str, label: str) -> Callable[[object, object], None]:
        def write(old: object, new: object) -> None:
            if self._uuid is not None:
                commands.set_meeting_field(self._session, self._uuid, field, label, old, new)

        return write

    def show_meeting(self, meeting: Meeting) -> None:
        """Show ``meeting``'s stored values (no write; the cursor stays when nothing changed)."""
        if self._uuid != meeting.uuid:
            self._session.flush()
        self._uuid, self._meeting = meeting.uuid, meeting
        for field, binder in self.binders.items():
            binder.show(getattr(meeting, field))
        for field, combo in (("kind", self.kind_combo), ("phase", self.phase_combo)):
            value = getattr(meeting, field)
            index = combo.findData(value)
            if index < 0:  # a value from a newer version: shown, not lost
                combo.addItem(str(value), value)
                index = combo.count() - 1
            blocked = combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(blocked)
