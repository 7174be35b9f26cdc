"""Who came to a meeting: the actors present (from the register), citizens counted by age band
and group (numbers, not names), and named participants only when the project has switched them
on (personal data: each with a consent mark and the date the name is to be deleted by)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.actors import Actor
from workshop_app.domain.changes import Changes
from workshop_app.domain.model import MeetingWithAgenda
from workshop_app.services.project_service import ProjectService
from workshop_app.ui import commands, kit
from workshop_app.ui.meetings import meeting_commands
from workshop_app.ui.meetings.attendance_models import CitizenGridModel
from workshop_app.ui.meetings.records import Column, RecordsModel, RecordsTable
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.session import ProjectSession


class AttendancePanel(kit.SessionPanel):
    """The attendance of the meeting given to :meth:`show_meeting`."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "attendance_panel", parent)
        self._meeting: MeetingWithAgenda | None = None
        # The actor list is filled when the tab shows (every actor of a register grown over
        # years), not for a meeting only passed through: True while it waits for that.
        self._actors_due = False
        # The actors listed (uuid, name), in order: a list that holds them keeps its items.
        self._listed: tuple[tuple[str, str], ...] | None = None
        editable = self.editable

        # -- actors present
        self.actor_list = QListWidget()
        self.actor_list.setObjectName("attendance_actors")
        self.actor_list.setAccessibleName(self.tr("Actors present"))
        self.actor_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.actor_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.actor_list.itemChanged.connect(self._on_actor_ticked)
        self.actor_count = kit.hint("", "attendance_actor_count")
        actors = QVBoxLayout()
        actors.addWidget(kit.label(self.tr("Actors present"), role="sectionTitle"))
        actors.addWidget(self.actor_count)
        actors.addWidget(self.actor_list, 1)

        # -- citizens counted
        self.grid_model = CitizenGridModel(session, self)
        self.grid = QTableView()
        self.grid.setObjectName("attendance_citizens")
        self.grid.setAccessibleName(self.tr("Citizens counted"))
        self.grid.setModel(self.grid_model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setTabKeyNavigation(False)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.installEventFilter(self)
        self.citizen_total = kit.hint("", "attendance_citizen_total")
        citizens = QVBoxLayout()
        citizens.addWidget(kit.label(self.tr("Citizens counted"), role="sectionTitle"))
        citizens.addWidget(
            kit.hint(
                self.tr(
                    "Numbers, not names. A blank cell is not counted yet; type 0 when nobody "
                    "of that group came. Delete clears a cell."
                )
            )
        )
        citizens.addWidget(self.grid)
        citizens.addWidget(self.citizen_total)
        citizens.addStretch(1)

        top = QHBoxLayout()
        top.addLayout(actors, 2)
        top.addSpacing(12)
        top.addLayout(citizens, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top, 3)
        layout.addWidget(self._build_participants(editable), 2)

        session.follow(self, self._on_changed)
        self._fit_grid()

    def _build_participants(self, editable: bool) -> QWidget:
        box = QWidget()
        box.setObjectName("attendance_participants_box")
        self.named_switch = QCheckBox(self.tr("Record named participants in this project"))
        self.named_switch.setObjectName("project_named_participants")
        self.named_switch.setEnabled(editable)
        self.named_switch.toggled.connect(self._on_switch)
        self.named_hint = kit.hint(
            self.tr(
                "Names are personal data: switch this on only when the project needs them and "
                "people have agreed. Each name gets a consent mark and a date it is deleted by; "
                "names never go on the projector or into a handout."
            )
        )
        self.participant_model = RecordsModel(
            self._session,
            (
                Column("name", "text", self.tr("Name"), stretch=True),
                Column("consent", "flag", self.tr("Consent")),
                Column("delete_by", "date", self.tr("Delete by")),
            ),
            ProjectService.set_participant_field,
            self,
        )
        self.participant_model.suggested_date = self._suggested_delete_by
        self.participants_part = RecordsTable(
            self._session,
            "attendance_participants",
            self.tr("Named participants"),
            self.participant_model,
            self.add_participant,
            self.delete_participant,
            (self.tr("Add participant"), self.tr("Delete participant")),
        )
        self.participants = self.participants_part.view

        layout = QGridLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.named_switch, 0, 0)
        layout.addWidget(self.named_hint, 1, 0)
        layout.addWidget(self.participants_part, 2, 0)
        layout.setRowStretch(2, 1)
        return box

    # -- keys --------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete or Backspace on a count clears it (blank, not 0)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and isinstance(watched, QTableView)
            and watched.state() != QAbstractItemView.State.EditingState
        ):
            index = watched.currentIndex()
            if watched is self.grid and index.isValid():
                self.grid_model.setData(index, "")
                return True
        if event.type() == QEvent.Type.Resize and watched is self.grid:
            self._fit_grid()
        return False

    def _fit_grid(self) -> None:
        """The grid as tall as its rows: no scroll bar, no empty space."""
        rows = self.grid_model.rowCount()
        height = self.grid.horizontalHeader().sizeHint().height()
        height += sum(self.grid.rowHeight(r) for r in range(rows)) + 2 * self.grid.frameWidth()
        self.grid.setFixedHeight(height)

    # -- showing -----------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.project:
            self._show_switch()
        if changes.actors and self._meeting is not None:
            self._actors_when_shown()

    def show_meeting(self, meeting: MeetingWithAgenda | None) -> None:
        self._meeting = meeting
        self.grid_model.set_meeting(meeting)
        if meeting is not None:
            self._actors_when_shown()
            self.participant_model.set_rows(meeting.participants)
            total = self.grid_model.total()
            self.citizen_total.setText(
                self.tr("Citizens counted: {0}").format(total)
                if total is not None
                else self.tr("No citizens counted yet.")
            )
        self._show_switch()

    def _show_switch(self) -> None:
        on = self._session.service.project().named_participants
        blocked = self.named_switch.blockSignals(True)
        self.named_switch.setChecked(on)
        self.named_switch.blockSignals(blocked)
        self.participants_part.setVisible(on)

    def _actors_when_shown(self) -> None:
        """The actor list of the meeting now if the tab shows, else when it does."""
        self._actors_due = True
        if self.isVisible() and self._meeting is not None:
            self._show_actors(self._meeting)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._actors_due and self._meeting is not None:
            self._show_actors(self._meeting)

    def _show_actors(self, meeting: MeetingWithAgenda) -> None:
        self._actors_due = False
        present = set(meeting.actors_present)
        actors = self._session.service.actor_map().actors
        blocked = self.actor_list.blockSignals(True)
        listed = tuple((a.uuid, a.name) for a in actors)
        if listed == self._listed:  # another meeting, the same register: only the ticks change
            for row, actor in enumerate(actors):
                tick = Qt.CheckState.Checked if actor.uuid in present else Qt.CheckState.Unchecked
                item = self.actor_list.item(row)
                if item.checkState() != tick:
                    item.setCheckState(tick)
        else:
            self._fill_actors(actors, present)
            self._listed = listed
        self.actor_list.blockSignals(blocked)
        shown = sum(1 for a in actors if a.uuid in present)
        self.actor_count.setText(
            self.tr("{0} of {1} actors present").format(shown, len(actors))
            if actors
            else self.tr("The actor register is empty: add actors on the Actors page.")
        )

    def _fill_actors(self, actors: Sequence[Actor], present: set[str]) -> None:
        current = self.actor_list.currentRow()
        self.actor_list.clear()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._session.read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        for actor in actors:
            item = QListWidgetItem(actor.name.strip() or self.tr("(no name)"))
            item.setToolTip(plain_tooltip(item.text()))
            item.setData(Qt.ItemDataRole.UserRole, actor.uuid)
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked if actor.uuid in present else Qt.CheckState.Unchecked
            )
            self.actor_list.addItem(item)
        if 0 <= current < self.actor_list.count():
            self.actor_list.setCurrentRow(current)

    # -- edits -------------------------------------------------------------------------------------

    def _on_actor_ticked(self, item: QListWidgetItem) -> None:
        if self._meeting is None:
            return
        actor = item.data(Qt.ItemDataRole.UserRole)
        present = item.checkState() == Qt.CheckState.Checked
        if present != (actor in self._meeting.actors_present):
            meeting_commands.set_actor_present(
                self._session, self._meeting.meeting.uuid, actor, present
            )

    def _on_switch(self, on: bool) -> None:
        old = self._session.service.project().named_participants
        if on != old:
            commands.set_project_field(
                self._session, "named_participants", self.tr("Named participants"), old, on
            )
        self._show_switch()

    def _suggested_delete_by(self) -> dt.date:
        """A year after the meeting (or today): when a blank "delete by" is first edited."""
        held = self._meeting.meeting.date if self._meeting is not None else None
        return (held or dt.date.today()) + dt.timedelta(days=365)

    def add_participant(self) -> str | None:
        return meeting_commands.add_to_meeting(
            self._session,
            self._meeting,
            meeting_commands.PARTICIPANT,
            self.tr("Add participant"),
            self._session.service.new_participant,
        )

    def delete_participant(self, record: Any) -> None:
        meeting_commands.PARTICIPANT.remove(self._session, self.tr("Delete participant"), record)
