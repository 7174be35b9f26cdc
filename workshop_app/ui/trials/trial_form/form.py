"""``TrialForm``: the record of one test: title and idea, the guided hypothesis, the plan, budget,
permits, success criteria, measurement plan and status.

Text and date fields are declared once and bound with :class:`FieldBinder` (typing commits after
a pause, one undo step per field). Every edit is an undo command; a read-only project shows
everything and edits nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.changes import Changes
from workshop_app.domain.palette import status_chip
from workshop_app.domain.trials import (
    Trial,
    TrialBook,
    version_chain,
)
from workshop_app.domain.vocabulary import TRIAL_STATUSES
from workshop_app.ui import kit
from workshop_app.ui.fields import make_date_edit
from workshop_app.ui.record_model import text_editor
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.trials import texts, trial_commands
from workshop_app.ui.trials.common import TrialView, push_button
from workshop_app.ui.trials.trial_form.parts import (
    DATE_FIELDS,
    TEXT_FIELDS,
    USUAL_PERMITS,
    PendingBinder,
    hint,
    hypothesis_sentence,
    plain,
    rule,
    section_title,
)
from workshop_app.ui.trials.trial_form.responsible import ResponsibleActors
from workshop_app.ui.trials.trial_form.rows import (
    Column,
    RowsTable,
    TrialRowsModel,
    budget_columns,
    kroner,
    permit_columns,
    tool_button,
)
from workshop_app.ui.trials.trial_list import day_text

#: The test's tables of rows, by name: their columns and the commands that edit, delete and move
#: a row (each command takes the session first).
_ROW_TABLES: dict[
    str,
    tuple[
        Callable[[], tuple[Column, ...]],
        Callable[[ProjectSession, str, str, str, Any, Any], None],
        Callable[[ProjectSession, Any, int], None],
        Callable[[ProjectSession, str, int, int], None],
    ],
] = {
    "budget": (
        budget_columns,
        trial_commands.set_budget_field,
        trial_commands.delete_budget_line,
        trial_commands.move_budget_line,
    ),
    "permits": (
        permit_columns,
        trial_commands.set_permit_field,
        trial_commands.delete_permit,
        trial_commands.move_permit,
    ),
}


class TrialForm(TrialView):
    """The record of the test given to :meth:`set_trial` (nothing shown for ``None``)."""

    NAME = "trial_form"

    #: The user asked to open another test (the one this is a version of).
    open_trial = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._trial: Trial | None = None
        self._same = False
        self._book = TrialBook()
        self._labels = texts.trial_field_labels()
        self._statuses = texts.status_labels()
        #: The date a status change gets (tests replace it).
        self.today: Callable[[], dt.date] = dt.date.today
        self._build_editors()
        self._assemble(
            [
                self._build_head(),
                self._build_hypothesis(),
                self._build_plan(),
                self._build_budget(),
                self._build_permits(),
                self._build_outcome(),
                self._build_status(),
            ]
        )

        self.follow_changes()
        self._fill_actors()
        self.set_trial(None)

    # -- building -----------------------------------------------------------------------------

    def _build_editors(self) -> None:
        """The text and date fields, each bound to its field (one undo step per field)."""
        editable = not self._session.read_only
        self.binders: dict[str, PendingBinder] = {}
        self.editors: dict[str, QLineEdit | QPlainTextEdit | QDateEdit] = {}
        for field, long in TEXT_FIELDS:
            edit = text_editor(long)
            edit.setReadOnly(not editable)
            self._bind(field, edit)
        for field in DATE_FIELDS:
            date_edit = make_date_edit(None, self.tr("No date"))
            date_edit.setEnabled(editable)
            self._bind(field, date_edit)

    def _build_head(self) -> list[QWidget | QLayout]:
        """The title, the test it is a version of, and the idea it tests."""
        editable = not self._session.read_only
        labels = self._labels
        title = self.editors["title"]
        assert isinstance(title, QLineEdit)
        title.setPlaceholderText(self.tr("Name of the test"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.version_label = QLabel()
        self.version_label.setObjectName("trial_version_of")
        self.version_label.setTextFormat(Qt.TextFormat.RichText)
        self.version_label.setProperty("role", "hint")
        self.version_label.linkActivated.connect(self._open_link)
        self.idea_combo = kit.combo_of_width(
            kit.named(QComboBox(), "trial_idea_uuid", accessible=labels["idea_uuid"]), 20
        )
        self.idea_combo.setEnabled(editable)
        self.idea_combo.activated.connect(self._on_idea)
        self._idea_choices: list[tuple[str, str]] = []  # (uuid, title) as the list holds them
        head = QFormLayout()
        head.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        head.addRow(labels["idea_uuid"] + ":", self.idea_combo)
        return [title, self.version_label, head]

    def _build_hypothesis(self) -> list[QWidget | QLayout]:
        """The guided hypothesis ("We believe that … will … We will see it when …") and its
        sentence."""
        hypothesis = QGridLayout()
        hypothesis.setColumnStretch(1, 1)
        hypothesis.setVerticalSpacing(4)
        for row, field in enumerate(("we_believe", "will", "we_will_see")):
            words = {
                "we_believe": self.tr("We believe that …"),
                "will": self.tr("… will …"),
                "we_will_see": self.tr("We will see it when …"),
            }[field]
            caption = QLabel(words)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            caption.setMinimumWidth(150)
            caption.setBuddy(self.editors[field])
            box = self.editors[field]
            assert isinstance(box, QPlainTextEdit)
            box.setMaximumHeight(52)
            box.setMinimumHeight(40)
            box.textChanged.connect(self._show_preview)
            hypothesis.addWidget(caption, row, 0)
            hypothesis.addWidget(box, row, 1)
        plain(self.editors["we_believe"]).setPlaceholderText(
            self.tr("e.g. benches, plants and shade on the square")
        )
        plain(self.editors["will"]).setPlaceholderText(
            self.tr("e.g. make more people stay after shopping")
        )
        plain(self.editors["we_will_see"]).setPlaceholderText(
            self.tr("e.g. we count more people sitting and staying than before")
        )
        self.preview = QLabel()
        self.preview.setObjectName("trial_hypothesis_preview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setStyleSheet(
            "QLabel { background: palette(alternate-base); border-left: 4px solid #7a9cc6;"
            " padding: 8px 10px; font-style: italic; }"
        )
        return [section_title(self.tr("Hypothesis")), hypothesis, self.preview]

    def _build_plan(self) -> list[QWidget | QLayout]:
        """Strategic aim, type, place, dates, materials and who is responsible."""
        editable = not self._session.read_only
        labels = self._labels
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("trial_trial_type")
        self.type_combo.setAccessibleName(labels["trial_type"])
        for key, label in texts.trial_type_labels().items():
            self.type_combo.addItem(label, key)
        self.type_combo.setEnabled(editable)
        self.type_combo.activated.connect(self._on_type)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        self.clear_buttons: dict[str, QToolButton] = {}
        for field in DATE_FIELDS:
            if field == "end_date":
                dates.addSpacing(12)
                dates.addWidget(QLabel(labels["end_date"] + ":"))
            dates.addWidget(self.editors[field])
            clear = tool_button("close", self.tr("Remove the date"), f"trial_{field}_clear")
            clear.setEnabled(editable)
            clear.clicked.connect(functools.partial(self._clear_date, field))
            self.clear_buttons[field] = clear
            dates.addWidget(clear)
        dates.addStretch(1)
        self.date_error = QLabel()
        self.date_error.setObjectName("trial_date_error")
        self.date_error.setWordWrap(True)
        self.date_error.setProperty("role", "warning")
        self.date_error.hide()

        #: The actors to choose from, in the register's order; those the test lists checked.
        self.responsible_model = ResponsibleActors(not self._session.read_only, self)
        self.responsible_model.toggled.connect(self._on_actor)
        self.actors = QListView()
        self.actors.setModel(self.responsible_model)
        self.actors.setObjectName("trial_responsible")
        self.actors.setAccessibleName(labels["responsible"])
        self.actors.setMaximumHeight(130)
        self.actors.setMinimumHeight(80)
        self.actors.setUniformItemSizes(True)  # one line each: no measuring of 2,000 rows
        self.actors_summary = hint()
        self.actors_summary.setObjectName("trial_responsible_summary")

        plan = QFormLayout()
        plan.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        plan.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        plan.addRow(labels["strategic_aim"] + ":", self.editors["strategic_aim"])
        plan.addRow(labels["trial_type"] + ":", self.type_combo)
        plan.addRow(labels["place"] + ":", self.editors["place"])
        plan.addRow(labels["start_date"] + ":", dates)
        plan.addRow("", self.date_error)
        plan.addRow(labels["materials"] + ":", self.editors["materials"])
        actors_box = QVBoxLayout()
        actors_box.setContentsMargins(0, 0, 0, 0)
        actors_box.setSpacing(2)
        actors_box.addWidget(self.actors)
        actors_box.addWidget(self.actors_summary)
        plan.addRow(labels["responsible"] + ":", actors_box)
        return [section_title(self.tr("Plan")), plan]

    def _rows_table(self, name: str, add: Callable[[int | None], str | None]) -> RowsTable:
        """The table of the test's budget lines or permits, edited through ``trial_commands``."""
        session = self._session
        columns, write, delete, move = _ROW_TABLES[name]
        model = TrialRowsModel(session, columns(), functools.partial(write, session))
        delete_row, move_row = functools.partial(delete, session), functools.partial(move, session)
        return RowsTable(session, name, model, add, delete_row, move_row)

    def _build_budget(self) -> list[QWidget | QLayout]:
        """The budget lines with their total."""
        self.budget = self._rows_table("budget", self._add_budget_line)
        self.budget_model = self.budget.model
        self.budget_total = QLabel()
        self.budget_total.setObjectName("trial_budget_total")
        self.budget.buttons.addWidget(self.budget_total)
        return [section_title(self._labels["budget"]), self.budget]

    def _build_permits(self) -> list[QWidget | QLayout]:
        """The permits, with "Add the usual permits"."""
        self.permits = self._rows_table("permits", self._add_permit)
        self.permits_model = self.permits.model
        self.usual_permits = push_button(
            "trial_usual_permits",
            self.tr("Add the usual permits"),
            self.add_usual_permits,
            role="add",
            tip=self.tr(
                "Adds the permits a street test usually needs to check (event, road or square, "
                "temporary structures, police, landlord, insurance, noise) that are not listed yet"
            ),
        )
        self.permits.buttons.addWidget(self.usual_permits)
        permits_hint = hint(self.tr("Double-click a cell to change it. Delete clears a date."))
        return [section_title(self._labels["permits"]), self.permits, permits_hint]

    def _build_outcome(self) -> list[QWidget | QLayout]:
        """Success criteria and measurement plan."""
        labels = self._labels
        outcome = QFormLayout()
        outcome.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outcome.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outcome.addRow(labels["success_criteria"] + ":", self.editors["success_criteria"])
        outcome.addRow(labels["measurement_plan"] + ":", self.editors["measurement_plan"])
        return [section_title(self.tr("Success and measurement")), outcome]

    def _build_status(self) -> list[QWidget | QLayout]:
        """The status, the button to the next one, and the history of status changes."""
        labels = self._labels
        self.status_chip = QLabel()
        self.status_chip.setObjectName("trial_status")
        self.next_status = QPushButton()
        self.next_status.setObjectName("trial_next_status")
        self.next_status.clicked.connect(self.advance_status)
        self.status_message = QLabel()
        self.status_message.setObjectName("trial_status_message")
        self.status_message.setWordWrap(True)
        self.status_message.setProperty("role", "warning")
        self.status_message.hide()
        self.history = QTableWidget(0, 2)
        self.history.setObjectName("trial_history")
        self.history.setHorizontalHeaderLabels([labels["status"], self.tr("Date")])
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setMaximumWidth(300)
        self.history.itemSelectionChanged.connect(self._update_status_buttons)
        self.delete_status = push_button(
            "trial_delete_status",
            self.tr("Delete status change"),
            self.delete_status_change,
            role="remove",
            tip=self.tr("Delete the selected status change (a mistake)"),
        )
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(labels["status"] + ":"))
        status_row.addWidget(self.status_chip)
        status_row.addSpacing(12)
        status_row.addWidget(self.next_status)
        status_row.addStretch(1)
        history_row = QHBoxLayout()
        history_row.addWidget(self.history, 1)
        history_buttons = QVBoxLayout()
        history_buttons.addWidget(self.delete_status)
        history_buttons.addStretch(1)
        history_row.addLayout(history_buttons)
        history_row.addStretch(1)
        return [section_title(self._labels["status"]), status_row, self.status_message, history_row]

    # -- building helpers ------------------------------------------------------------------------

    def _assemble(self, parts: list[list[QWidget | QLayout]]) -> None:
        """The parts one under the other, a rule between them, in a scroll area; the hint shown
        while no test is selected above them."""
        self.body = QWidget()
        self.body.setObjectName("trial_form_body")
        self.body.setMaximumWidth(1000)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(16, 12, 16, 16)
        body.setSpacing(8)
        for n, part in enumerate(parts):
            if n:
                body.addWidget(rule())
            for item in part:
                if isinstance(item, QWidget):
                    body.addWidget(item)
                else:
                    body.addLayout(item)
        body.addStretch(1)

        self.empty = hint(self.tr("Select a test in the list, or add one (Ctrl+Shift+T)."))
        self.empty.setObjectName("trial_form_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.empty)
        holder_layout.addWidget(self.body)
        self.scroller = QScrollArea()
        self.scroller.setObjectName("trial_form_scroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _bind(self, field: str, edit: QLineEdit | QPlainTextEdit | QDateEdit) -> None:
        edit.setObjectName(f"trial_{field}")
        edit.setAccessibleName(self._labels[field])
        self.editors[field] = edit
        self.binders[field] = PendingBinder(
            self._session, edit, functools.partial(self._write, field)
        )

    # -- showing ---------------------------------------------------------------------------------

    @property
    def uuid(self) -> str | None:
        return self._trial.uuid if self._trial else None

    def set_trial(self, uuid: str | None) -> None:
        """Show the test ``uuid`` (or nothing); typing in the previous one is written first."""
        if self._trial is not None and uuid != self._trial.uuid:
            for binder in self.binders.values():
                binder.flush()
        self._book = self._session.service.trial_outline()  # the plan shows no evidence
        changed = uuid != self.uuid
        self._trial = self._book.trial(uuid) if uuid else None
        self._same = not changed
        if changed:
            self.date_error.hide()
            self.status_message.hide()
            self.scroller.verticalScrollBar().setValue(0)
        self._show()

    def focus_title(self) -> None:
        title = self.editors["title"]
        title.setFocus()
        if isinstance(title, QLineEdit):
            title.selectAll()

    def _shows(self, changes: Changes) -> bool:
        """The test, and the names of the actors it lists as responsible."""
        return changes.trials or changes.actors

    def _on_changed(self, changes: Changes) -> None:
        if changes.actors:
            self._fill_actors()
        super()._on_changed(changes)

    def _refresh(self, touched: frozenset[str] | None = None) -> None:
        self.set_trial(self.uuid)

    def _show(self) -> None:
        trial = self._trial
        self.empty.setVisible(trial is None)
        self.body.setVisible(trial is not None)
        if trial is None:
            return
        for field, binder in self.binders.items():
            # Another field's edit refreshes the form: typing not written yet stays.
            if not (self._same and binder.pending()):
                binder.show(getattr(trial, field))
        self._show_version()
        self._fill_ideas()
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(trial.trial_type), 0))
        self._show_actors()
        self.budget_model.set_rows(trial.budget)
        self._show_budget_total()
        self.permits_model.set_rows(trial.permits)
        present = {p.kind for p in trial.permits}
        self.usual_permits.setEnabled(
            not self._session.read_only and any(k not in present for k in USUAL_PERMITS)
        )
        self._show_status()
        self._show_preview()

    def _show_version(self) -> None:
        trial = self._trial
        assert trial is not None
        before = self._book.trial(trial.version_of) if trial.version_of else None
        self.version_label.setVisible(before is not None)
        if before is None:
            self.version_label.setText("")
            return
        number = len(version_chain(self._book, trial.uuid))
        link = '<a href="{}">{}</a>'.format(
            html.escape(before.uuid), html.escape(before.title or "–")
        )
        self.version_label.setText(
            self.tr("Version {0}, a new version of the test {1}").format(number, link)
        )

    def _open_link(self, uuid: str) -> None:
        self.open_trial.emit(uuid)

    def _fill_ideas(self) -> None:
        trial = self._trial
        assert trial is not None
        combo = self.idea_combo
        blocked = combo.blockSignals(True)
        choices = [("", self.tr("– no idea chosen –"))] + [
            (idea.uuid, idea.title or "–")
            for idea in self._book.ideas
            if idea.merged_into is None or idea.uuid == trial.idea_uuid
        ]
        if choices != self._idea_choices:  # the same list (another test shown): kept, not
            self._idea_choices = choices  # made again line by line (1,500 ideas, 20 ms)
            combo.clear()
            for uuid, title in choices:
                combo.addItem(title, uuid)
        combo.setCurrentIndex(max(combo.findData(trial.idea_uuid or ""), 0))
        combo.blockSignals(blocked)

    def _fill_actors(self) -> None:
        """The actors to choose from, in the register's order (an actor renamed changes its
        name alone: see :meth:`ResponsibleActors.set_rows`)."""
        rows = [(a.uuid, a.name or "–") for a in self._session.service.actor_map().actors]
        self.responsible_model.set_rows(rows)

    def _show_actors(self) -> None:
        trial = self._trial
        assert trial is not None
        # The boxes that differ from the test's actors change (a refused click is put back).
        self.responsible_model.set_checked(trial.responsible)
        by_uuid = dict(self.responsible_model.rows)
        names = [by_uuid.get(u, "?") for u in trial.responsible]
        self.actors_summary.setText(
            self.tr("Responsible: {0}").format(", ".join(names))
            if names
            else self.tr("No responsible actor chosen yet.")
        )

    def _show_budget_total(self) -> None:
        trial = self._trial
        assert trial is not None
        self.budget_total.setText(
            self.tr("Paid: {0}   In kind: {1}").format(
                kroner(trial.budget_total), kroner(trial.in_kind_total)
            )
        )

    def _show_preview(self) -> None:
        parts = [
            plain(self.editors[f]).toPlainText() for f in ("we_believe", "will", "we_will_see")
        ]
        sentence = hypothesis_sentence(*parts)
        self.preview.setText(html.escape(sentence))

    def hypothesis_text(self) -> str:
        """The preview sentence as plain text."""
        return hypothesis_sentence(
            *(plain(self.editors[f]).toPlainText() for f in ("we_believe", "will", "we_will_see"))
        )

    def _show_status(self) -> None:
        trial = self._trial
        assert trial is not None
        status = trial.status
        fill, ink = status_chip(status)
        self.status_chip.setText(self._statuses.get(status, status))
        self.status_chip.setStyleSheet(
            f"QLabel {{ background: {fill}; color: {ink}; border-radius: 9px;"
            " padding: 2px 10px; font-weight: 600; }"
        )
        following = self._next_status()
        self.next_status.setVisible(following is not None)
        if following is not None:
            self.next_status.setText(
                self.tr("Move to next status: {0}").format(self._statuses[following])
            )
        self.history.setRowCount(len(trial.history))
        for row, change in enumerate(trial.history):
            self.history.setItem(
                row, 0, QTableWidgetItem(self._statuses.get(change.status, change.status))
            )
            self.history.setItem(row, 1, QTableWidgetItem(day_text(change.date)))
        self.history.resizeRowsToContents()
        height = self.history.horizontalHeader().sizeHint().height() + 4
        height += sum(self.history.rowHeight(r) for r in range(len(trial.history)))
        if not trial.history:
            height += self.history.verticalHeader().defaultSectionSize()
        self.history.setFixedHeight(height)
        self._update_status_buttons()

    def _next_status(self) -> str | None:
        if self._trial is None:
            return None
        index = TRIAL_STATUSES.index(self._trial.status)
        return TRIAL_STATUSES[index + 1] if index + 1 < len(TRIAL_STATUSES) else None

    def _update_status_buttons(self) -> None:
        editable = not self._session.read_only and self._trial is not None
        self.next_status.setEnabled(editable and self._next_status() is not None)
        self.delete_status.setEnabled(editable and bool(self.history.selectedItems()))

    # -- editing ---------------------------------------------------------------------------------

    def _write(self, field: str, old: Any, new: Any) -> None:
        trial = self._trial
        if trial is None or self._session.read_only:
            return
        if field in DATE_FIELDS:
            start = new if field == "start_date" else trial.start_date
            end = new if field == "end_date" else trial.end_date
            if start is not None and end is not None and end < start:
                self.date_error.setText(
                    self.tr(
                        "A test cannot end before it starts: the end {0} is before the start "
                        "{1}. The date was not saved."
                    ).format(day_text(end), day_text(start))
                )
                self.date_error.show()
                self.binders[field].show(old)
                return
            self.date_error.hide()
        trial_commands.set_trial_field(
            self._session, trial.uuid, field, self._labels[field], old, new
        )

    def _clear_date(self, field: str) -> None:
        edit = self.editors[field]
        assert isinstance(edit, QDateEdit)
        edit.setDate(edit.minimumDate())

    def _on_idea(self, *_: object) -> None:
        if self._trial is None:
            return
        new = self.idea_combo.currentData() or None
        if new != self._trial.idea_uuid:
            self._write("idea_uuid", self._trial.idea_uuid, new)

    def _on_type(self, *_: object) -> None:
        if self._trial is None:
            return
        new = self.type_combo.currentData()
        if new != self._trial.trial_type:
            self._write("trial_type", self._trial.trial_type, new)

    def _on_actor(self, uuid: str, checked: bool) -> None:
        if self._trial is None:
            return
        old = self._trial.responsible
        if checked:
            new = old if uuid in old else (*old, uuid)
        else:
            new = tuple(u for u in old if u != uuid)
        if new != old:
            self._write("responsible", old, new)

    def set_responsible(self, uuids: tuple[str, ...]) -> None:
        """Check exactly these actors (as a click on each would), in one undo step."""
        if self._trial is not None and tuple(uuids) != self._trial.responsible:
            self._write("responsible", self._trial.responsible, tuple(uuids))

    def _add_budget_line(self, position: int | None) -> str | None:
        if self._trial is None:
            return None
        return trial_commands.add_budget_line(self._session, self._trial.uuid, position)

    def _add_permit(self, position: int | None) -> str | None:
        if self._trial is None:
            return None
        uuids = trial_commands.add_permits(self._session, self._trial.uuid, ["other"], position)
        return uuids[0] if uuids else None

    def add_usual_permits(self) -> None:
        if self._trial is None or self._session.read_only:
            return
        present = {p.kind for p in self._trial.permits}
        missing = [k for k in USUAL_PERMITS if k not in present]
        trial_commands.add_permits(self._session, self._trial.uuid, missing)

    def advance_status(self) -> None:
        trial = self._trial
        following = self._next_status()
        if trial is None or following is None or self._session.read_only:
            return
        today = self.today()
        last = trial.history[-1].date if trial.history else None
        if last is not None and today < last:
            self.status_message.setText(
                self.tr(
                    "The last status change is dated {0}, after today ({1}). Delete it if it "
                    "was a mistake."
                ).format(day_text(last), day_text(today))
            )
            self.status_message.show()
            return
        self.status_message.hide()
        trial_commands.change_status(self._session, trial.uuid, following, today)

    def delete_status_change(self) -> None:
        trial = self._trial
        rows = {i.row() for i in self.history.selectedItems()}
        if trial is None or not rows or self._session.read_only:
            return
        row = min(rows)
        trial_commands.delete_status_change(self._session, trial.history[row], row)
