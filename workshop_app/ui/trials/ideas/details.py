"""The details form of the selected idea: title, description, origin, tags, date, its votes per
meeting, what it was merged into and its tests. Every edit is an undo command
(``idea_commands.py``).
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.trials import (
    MAX_TAG_TEXT,
    MAX_TAGS,
    Idea,
    InvalidTrialValue,
    check_tags,
)
from workshop_app.ui import kit
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.fields import FieldBinder, make_date_edit
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.trials import idea_commands, texts
from workshop_app.ui.trials.common import TrialView, push_button, section_title
from workshop_app.ui.trials.common import hint as hint
from workshop_app.ui.trials.ideas.model import BankData, dots_text, idea_title, meeting_label


class IdeaDetails(TrialView):
    """The selected idea: title, description, where it came from, tags, when it was noted; its
    votes per meeting, what it was merged into and its tests."""

    NAME = "idea_details"

    #: The user asked to separate the shown (merged) idea again.
    unmerge_requested = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._idea: Idea | None = None
        self._data = BankData()
        self._choices_of: BankData | None = None  # the data _origin_choices were made from
        self._origin_choices: dict[str, list[tuple[str, str]]] = {}
        self._labels = texts.idea_field_labels()

        self._build_fields()
        self._build_merged_row()
        self._build_layout()
        self.show_idea(None, self._data)

    # -- building -----------------------------------------------------------------------------

    def _build_fields(self) -> None:
        """The heading and the fields, each bound to its field (one undo step per field)."""
        session = self._session
        editable = not self._session.read_only
        self.heading = section_title("", "idea_details_heading", wrap=True)

        self.binders: dict[str, FieldBinder] = {}
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("idea_title")
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("idea_description")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(60)
        self.description_edit.setMaximumHeight(120)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("idea_origin_note")
        self.note_edit.setPlaceholderText(self.tr("E.g. a postcard in the library's box"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("idea_tags")
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. greenery, play"))
        self.created_edit = make_date_edit(None, self.tr("No date"))
        self.created_edit.setObjectName("idea_created")
        for name, edit in (
            ("title", self.title_edit),
            ("description", self.description_edit),
            ("origin_note", self.note_edit),
            ("created", self.created_edit),
        ):
            edit.setAccessibleName(self._labels[name])
            if isinstance(edit, QLineEdit | QPlainTextEdit):
                edit.setReadOnly(not editable)
            else:
                edit.setEnabled(editable)
            self.binders[name] = FieldBinder(session, edit, functools.partial(self._write, name))
        self.tags_edit.setAccessibleName(self._labels["tags"])
        self.tags_edit.setReadOnly(not editable)
        self.binders["tags"] = FieldBinder(session, self.tags_edit, self._write_tags)

        self.origin_meeting = self._combo("origin_meeting", self.tr("Meeting"))
        self.origin_actor = self._combo("origin_actor", self.tr("Actor"))
        self.origin_trial = self._combo("origin_trial", self.tr("Earlier test"))
        self._combos = {
            "origin_meeting": self.origin_meeting,
            "origin_actor": self.origin_actor,
            "origin_trial": self.origin_trial,
        }
        #: What each combo was filled with last: (data, text) per item.
        self._filled: dict[str, list[tuple[str, str]]] = {}

    def _build_merged_row(self) -> None:
        """What the idea was merged into, with "Separate again"."""
        editable = not self._session.read_only
        self.merged_label = QLabel()
        self.merged_label.setObjectName("idea_merged_label")
        self.merged_label.setWordWrap(True)
        self.merged_label.setTextFormat(Qt.TextFormat.PlainText)
        self.merged_label.setProperty("role", "warning")
        self.unmerge_button = push_button(
            "idea_unmerge",
            self.tr("Separate again"),
            tip=self.tr("The idea stands on its own again, with its own votes"),
        )
        self.unmerge_button.setEnabled(editable)
        self.unmerge_button.clicked.connect(self._on_unmerge)
        merged_row = QHBoxLayout()
        merged_row.setContentsMargins(0, 0, 0, 0)
        merged_row.addWidget(self.merged_label, 1)
        merged_row.addWidget(self.unmerge_button)
        self.merged_box = QWidget()
        self.merged_box.setLayout(merged_row)

    def _build_layout(self) -> None:
        """Title, description and tags; where it came from; when it was noted; its votes and tests.
        The hint stands in for them while no idea is selected."""
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self._labels["title"], self.title_edit)
        form.addRow(self._labels["description"], self.description_edit)
        form.addRow(self._labels["tags"], self.tags_edit)

        origin_box = QFrame()
        origin_box.setObjectName("idea_origin_box")
        origin = QFormLayout(origin_box)
        origin.setContentsMargins(0, 0, 0, 0)
        origin.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        origin.addRow(self.tr("Meeting"), self.origin_meeting)
        origin.addRow(self.tr("Actor"), self.origin_actor)
        origin.addRow(self.tr("Earlier test"), self.origin_trial)
        origin.addRow(self.tr("Note"), self.note_edit)
        origin_title = section_title(self._labels["origin"])

        created = QFormLayout()
        created.setContentsMargins(0, 0, 0, 0)
        created.addRow(self._labels["created"], self.created_edit)

        votes_title = section_title(self._labels["votes"])
        self.votes_label = hint()
        self.votes_label.setObjectName("idea_votes_summary")
        tests_title = section_title(self.tr("Tests"))
        self.tests_label = hint()
        self.tests_label.setObjectName("idea_tests_summary")

        self.empty = hint(self.tr("Select an idea in the table to see and edit it."))
        self.empty.setObjectName("idea_details_empty")
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addWidget(self.merged_box)
        body.addLayout(form)
        body.addSpacing(6)
        body.addWidget(origin_title)
        body.addWidget(origin_box)
        body.addLayout(created)
        body.addSpacing(6)
        body.addWidget(votes_title)
        body.addWidget(self.votes_label)
        body.addWidget(tests_title)
        body.addWidget(self.tests_label)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)

    def _combo(self, field: str, name: str) -> QComboBox:
        combo = kit.combo_of_width(kit.named(QComboBox(), f"idea_{field}", accessible=name), 12)
        combo.setEnabled(not self._session.read_only)
        combo.activated.connect(lambda _i, f=field, c=combo: self._on_combo(f, c))
        return combo

    @property
    def uuid(self) -> str | None:
        return self._idea.uuid if self._idea else None

    def _choices(self, data: BankData) -> dict[str, list[tuple[str, str]]]:
        """The origin combos' lines for the bank's ``data``: made once per read of the bank, not
        for every idea shown (two thousand actors sorted by name each time)."""
        if self._choices_of is not data:
            self._choices_of = data
            self._origin_choices = {
                "origin_meeting": [("", "–"), *((m.uuid, meeting_label(m)) for m in data.meetings)],
                "origin_actor": [
                    ("", "–"),
                    *sorted(data.actor_names.items(), key=lambda kv: kv[1].casefold()),
                ],
                "origin_trial": [("", "–"), *data.trial_names.items()],
            }
        return self._origin_choices

    def flush(self) -> None:
        for binder in self.binders.values():
            binder.flush()

    def show_idea(self, idea: Idea | None, data: BankData) -> None:
        """Show ``idea`` (or nothing); pending typing of the previous idea is written first."""
        if self._idea is not None and (idea is None or idea.uuid != self._idea.uuid):
            self.flush()
        self._idea = idea
        self._data = data
        self.empty.setVisible(idea is None)
        self.body.setVisible(idea is not None)
        if idea is None:
            return
        self.heading.setText(idea_title(idea))
        for name in ("title", "description", "origin_note", "created"):
            self.binders[name].show(getattr(idea, name))
        self.binders["tags"].show(", ".join(idea.tags))
        choices = self._choices(data)
        for name, combo in self._combos.items():
            wanted = choices[name]
            # Compared with what was put in, not asked of the combo item by item: two thousand
            # actors on a project grown over years, for every idea selected.
            if self._filled.get(name) != wanted:
                blocked = combo.blockSignals(True)
                combo.clear()
                for key, label in wanted:
                    combo.addItem(label, key)
                combo.blockSignals(blocked)
                self._filled[name] = wanted
            combo.setCurrentIndex(max(combo.findData(getattr(idea, name) or ""), 0))

        target = data.target(idea)
        self.merged_box.setVisible(target is not None)
        if target is not None:
            self.merged_label.setText(
                self.tr("Merged into “{0}”: its votes count there.").format(idea_title(target))
            )
        self.votes_label.setText(self._votes_text(idea, data))
        tests = data.tests_of.get(idea.uuid, ())
        statuses = texts.status_labels()
        self.tests_label.setText(
            "\n".join(f"{data.trial_names[t.uuid]} – {statuses[t.status]}" for t in tests)
            or self.tr("Not tested yet.")
        )

    def _votes_text(self, idea: Idea, data: BankData) -> str:
        per_meeting: dict[str, int] = {}
        for vote in data.book.votes:
            if vote.idea_uuid == idea.uuid:
                per_meeting[vote.meeting_uuid] = per_meeting.get(vote.meeting_uuid, 0) + vote.count
        lines = [
            self.tr("{0}: {1}").format(
                data.meeting_names.get(m.uuid, "?"), dots_text(per_meeting[m.uuid])
            )
            for m in data.meetings
            if per_meeting.get(m.uuid)
        ]
        from_merged = data.votes(idea) - data.own_votes.get(idea.uuid, 0)
        if from_merged and idea.merged_into is None:
            lines.append(self.tr("From merged ideas: {0}").format(dots_text(from_merged)))
        if idea.merged_into is None:
            lines.append(self.tr("In all: {0}").format(dots_text(data.votes(idea))))
        return "\n".join(lines) if lines else self.tr("No dots yet.")

    # -- writing -----------------------------------------------------------------------------------

    def _write(self, field: str, old: Any, new: Any) -> None:
        if self._idea is None:
            return
        if field == "title":
            new = " ".join(str(new).split())
            if new == old:
                return
        label = self._labels["origin"] if field.startswith("origin_") else self._labels[field]
        idea_commands.set_idea_field(self._session, self._idea.uuid, field, label, old, new)

    def _write_tags(self, _old: Any, new: Any) -> None:
        if self._idea is None:
            return
        try:
            tags = check_tags(tuple(str(new).split(",")))
        except InvalidTrialValue:
            Dialogs.error(
                self,
                self.tr("The change was not made"),
                self.tr(
                    "The tags cannot be saved: at most {0} tags, each one line of at most {1} "
                    "characters."
                ).format(MAX_TAGS, MAX_TAG_TEXT),
            )
            self.binders["tags"].show(", ".join(self._idea.tags))
            return
        if tags != self._idea.tags:
            idea_commands.set_idea_field(
                self._session, self._idea.uuid, "tags", self._labels["tags"], self._idea.tags, tags
            )

    def _on_combo(self, field: str, combo: QComboBox) -> None:
        if self._idea is None:
            return
        old, new = getattr(self._idea, field), combo.currentData() or None
        if old != new:
            self._write(field, old, new)

    def _on_unmerge(self) -> None:
        if self._idea is not None and self._idea.merged_into is not None:
            self.unmerge_requested.emit(self._idea.uuid)


# -- the bank --------------------------------------------------------------------------------------
