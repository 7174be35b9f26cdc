"""What came out of a meeting, during or after it: the notes captured (editable, deletable, tagged
with an agenda item), the action items (what, who, by when, done) and the decisions. Every add,
edit and delete is an undo step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QSplitter, QVBoxLayout, QWidget

from workshop_app.domain.model import MAX_SHORT_TEXT, MeetingWithAgenda
from workshop_app.services.project_service import ProjectService
from workshop_app.ui import kit
from workshop_app.ui.meetings import meeting_commands, texts
from workshop_app.ui.meetings.records import Column, RecordsModel, RecordsTable
from workshop_app.ui.session import ProjectSession


class OutcomePanel(kit.SessionPanel):
    """Notes, action items and decisions of the meeting given to :meth:`show_meeting`."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "outcome_panel", parent)
        self._meeting: MeetingWithAgenda | None = None
        #: The moment a note typed here is stamped with (tests replace it).
        self.now: Callable[[], dt.datetime] = lambda: dt.datetime.now().replace(microsecond=0)

        self.note_model = RecordsModel(
            session,
            (
                Column("at", "time", self.tr("Time")),
                Column("item_uuid", "choice", self.tr("Agenda item")),
                Column("text", "text", self.tr("Note"), stretch=True),
                Column("became_kind", "label", self.tr("Became")),
            ),
            ProjectService.set_note_field,
            self,
        )
        self.note_model.choices["became_kind"] = texts.became_labels()
        self.notes = RecordsTable(
            session,
            "outcome_notes",
            self.tr("Notes"),
            self.note_model,
            self.add_note,
            self._deleter(
                self.tr("Delete note"), ProjectService.delete_note, ProjectService.restore_note
            ),
            (self.tr("Add note"), self.tr("Delete note")),
        )
        self.capture = QLineEdit()
        self.capture.setObjectName("outcome_capture")
        self.capture.setMaxLength(MAX_SHORT_TEXT)
        self.capture.setPlaceholderText(self.tr("Type a note and press Enter to add it"))
        self.capture.setAccessibleName(self.tr("New note"))
        self.capture.setEnabled(not session.read_only)
        self.capture.returnPressed.connect(self._capture)
        self.notes.add_below(self.capture)

        self.action_model = RecordsModel(
            session,
            (
                Column("what", "text", self.tr("What"), stretch=True),
                Column("who", "text", self.tr("Who")),
                Column("due", "date", self.tr("By when")),
                Column("done", "flag", self.tr("Done")),
            ),
            ProjectService.set_action_item_field,
            self,
        )
        self.action_items = RecordsTable(
            session,
            "outcome_actions",
            self.tr("Action items"),
            self.action_model,
            self.add_action,
            self._deleter(
                self.tr("Delete action item"),
                ProjectService.delete_action_item,
                ProjectService.restore_action_item,
            ),
            (self.tr("Add action item"), self.tr("Delete action item")),
        )
        self.decision_model = RecordsModel(
            session,
            (Column("text", "text", self.tr("Decision"), stretch=True),),
            ProjectService.set_meeting_decision_field,
            self,
        )
        self.decisions = RecordsTable(
            session,
            "outcome_decisions",
            self.tr("Decisions"),
            self.decision_model,
            self.add_decision,
            self._deleter(
                self.tr("Delete decision"),
                ProjectService.delete_meeting_decision,
                ProjectService.restore_meeting_decision,
            ),
            (self.tr("Add decision"), self.tr("Delete decision")),
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        for part, stretch in ((self.notes, 3), (self.action_items, 2), (self.decisions, 2)):
            splitter.addWidget(part)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)
        for first, second in (
            (self.capture, self.notes.view),
            (self.notes.view, self.action_items.view),
            (self.action_items.view, self.decisions.view),
        ):
            QWidget.setTabOrder(first, second)

    def show_meeting(self, meeting: MeetingWithAgenda | None) -> None:
        self._meeting = meeting
        if meeting is None:
            for model in (self.note_model, self.action_model, self.decision_model):
                model.set_rows(())
            return
        untitled = self.tr("(untitled item)")
        self.note_model.choices["item_uuid"] = {
            item.uuid: f"{index + 1}. {item.title.strip() or untitled}"
            for index, item in enumerate(meeting.agenda)
        }
        self.note_model.set_rows(meeting.notes)
        self.action_model.set_rows(meeting.actions)
        self.decision_model.set_rows(meeting.decisions)

    # -- edits -------------------------------------------------------------------------------------

    def _deleter(self, text: str, delete: Any, restore: Any) -> Callable[[Any], object]:
        def run(record: Any) -> object:
            return meeting_commands.delete_record(self._session, text, record, delete, restore)

        return run

    def _added(self, text: str, record: Any, restore: Any, delete: Any) -> str | None:
        ok = meeting_commands.add_record(self._session, text, record, restore, delete)
        return record.uuid if ok else None

    def _capture(self) -> None:
        text = self.capture.text().strip()
        if text and self._add_note(text) is not None:
            self.capture.clear()

    def _add_note(self, text: str) -> str | None:
        if self._meeting is None or self._session.read_only:
            return None
        record = self._session.service.new_note(self._meeting.meeting.uuid, text, self.now(), None)
        return self._added(
            self.tr("Add note"), record, ProjectService.restore_note, ProjectService.delete_note
        )

    def add_note(self) -> str | None:
        return self._add_note(self.tr("New note"))

    def add_action(self) -> str | None:
        if self._meeting is None or self._session.read_only:
            return None
        record = self._session.service.new_action_item(self._meeting.meeting.uuid)
        return self._added(
            self.tr("Add action item"),
            record,
            ProjectService.restore_action_item,
            ProjectService.delete_action_item,
        )

    def add_decision(self) -> str | None:
        if self._meeting is None or self._session.read_only:
            return None
        record = self._session.service.new_meeting_decision(self._meeting.meeting.uuid)
        return self._added(
            self.tr("Add decision"),
            record,
            ProjectService.restore_meeting_decision,
            ProjectService.delete_meeting_decision,
        )
