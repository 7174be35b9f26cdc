"""What came out of a meeting, during or after it: the notes captured (editable, deletable, tagged
with an agenda item), the action items (what, who, by when, done) and the decisions. Every add,
edit and delete is an undo step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from workshop_app.domain.model import MAX_SHORT_TEXT, MeetingWithAgenda
from workshop_app.services.project_service import ProjectService
from workshop_app.ui import kit
from workshop_app.ui.commands import RecordKind
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
        self.notes = self._table(
            "outcome_notes",
            self.tr("Notes"),
            self.note_model,
            meeting_commands.NOTE,
            (self.add_note, self.tr("Add note")),
            self.tr("Delete note"),
        )
        self.capture = kit.line_edit(
            "outcome_capture",
            self.tr("Type a note and press Enter to add it"),
            accessible=self.tr("New note"),
            max_length=MAX_SHORT_TEXT,
        )
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
        self.action_items = self._table(
            "outcome_actions",
            self.tr("Action items"),
            self.action_model,
            meeting_commands.ACTION_ITEM,
            (self.add_action, self.tr("Add action item")),
            self.tr("Delete action item"),
        )
        self.decision_model = RecordsModel(
            session,
            (Column("text", "text", self.tr("Decision"), stretch=True),),
            ProjectService.set_meeting_decision_field,
            self,
        )
        self.decisions = self._table(
            "outcome_decisions",
            self.tr("Decisions"),
            self.decision_model,
            meeting_commands.DECISION,
            (self.add_decision, self.tr("Add decision")),
            self.tr("Delete decision"),
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        for part, stretch in ((self.notes, 3), (self.action_items, 2), (self.decisions, 2)):
            splitter.addWidget(part)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)
        kit.tab_order(self.capture, self.notes.view, self.action_items.view, self.decisions.view)

    def _table(
        self,
        name: str,
        title: str,
        model: RecordsModel,
        kind: RecordKind,
        add: tuple[Callable[[], str | None], str],
        delete_text: str,
    ) -> RecordsTable:
        """A records table whose add button calls ``add[0]`` (its text ``add[1]``) and whose
        delete button deletes the selected record of ``kind`` (one undo step each)."""
        deleter = meeting_commands.deleter(self._session, kind, delete_text)
        return RecordsTable(
            self._session, name, title, model, add[0], deleter, (add[1], delete_text)
        )

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

    def _added(self, kind: RecordKind, text: str, new: Callable[[str], Any]) -> str | None:
        return meeting_commands.add_to_meeting(self._session, self._meeting, kind, text, new)

    def _capture(self) -> None:
        text = self.capture.text().strip()
        if text and self._add_note(text) is not None:
            self.capture.clear()

    def _add_note(self, text: str) -> str | None:
        service = self._session.service
        return self._added(
            meeting_commands.NOTE,
            self.tr("Add note"),
            lambda meeting: service.new_note(meeting, text, self.now(), None),
        )

    def add_note(self) -> str | None:
        return self._add_note(self.tr("New note"))

    def add_action(self) -> str | None:
        new = self._session.service.new_action_item
        return self._added(meeting_commands.ACTION_ITEM, self.tr("Add action item"), new)

    def add_decision(self) -> str | None:
        new = self._session.service.new_meeting_decision
        return self._added(meeting_commands.DECISION, self.tr("Add decision"), new)
