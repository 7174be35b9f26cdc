"""``DecisionLog``: the decisions of one test (``DecisionModel``, on the record-table base) and the
details of the selected one; date, reasoning and evidence can be changed afterwards, the kind
stays.
"""

from __future__ import annotations

import functools
import html
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.trials import Decision, TrialBook, version_chain
from workshop_app.services.trial_service import DecisionRecord
from workshop_app.ui.fields import FieldBinder, make_date_edit
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.record_model import (
    AnyIndex,
    IndexedRecordModel,
    setup_record_view,
)
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.trials import texts, trial_commands
from workshop_app.ui.trials.common import TrialView, hint, push_button, section_title
from workshop_app.ui.trials.decisions.dialog import Ask, EvidenceList, record_decision
from workshop_app.ui.trials.trial_list import day_text

COLUMNS = ("date", "kind", "reasoning", "evidence")


class DecisionModel(IndexedRecordModel[Decision]):
    """The decisions of one test in date order, read-only: the details below edit one."""

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(
            session,
            COLUMNS,
            {
                "date": QCoreApplication.translate("DecisionLog", "Date"),
                "kind": QCoreApplication.translate("DecisionLog", "Decision"),
                "reasoning": QCoreApplication.translate("DecisionLog", "Reasoning"),
                "evidence": QCoreApplication.translate("DecisionLog", "Evidence"),
            },
            parent,
        )
        self._kinds = texts.decision_kind_labels()

    def set_decisions(self, decisions: tuple[Decision, ...]) -> None:
        self.set_rows(decisions)

    def decision(self, row: int) -> Decision:
        return self.row(row)

    def _editable(self, index: AnyIndex) -> bool:
        return False

    def _cell(self, decision: Decision, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "date":
                return day_text(decision.date)
            if key == "kind":
                return self._kinds.get(decision.kind, decision.kind)
            if key == "reasoning":
                return " ".join(decision.reasoning.split()) or "–"
            return str(len(decision.evidence))
        if role == Qt.ItemDataRole.ToolTipRole and key == "reasoning":
            return plain_tooltip(decision.reasoning) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "evidence":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DecisionLog(TrialView):
    """The decisions of the test given to :meth:`set_trial`.

    ``trial_created(uuid)``: recording "adjust and re-test" created this next version.
    ``open_trial(uuid)``: the person asked to open that version (the link in the message).
    """

    NAME = "decision_log"

    trial_created = Signal(str)
    open_trial = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._trial_uuid: str | None = None
        self._book = TrialBook()
        self._decision: Decision | None = None
        #: The question asked by "Record a decision…" (tests replace it).
        self.ask: Ask | None = None
        self._kinds = texts.decision_kind_labels()

        head = self._build_head()
        self._build_message()
        self._build_table()
        self._build_details()
        self._build_layout(head)

        self.follow_changes()
        self.set_trial(None)

    # -- building -----------------------------------------------------------------------------

    def _build_head(self) -> QHBoxLayout:
        """The heading with "Record a decision…" (and the Delete button the details show)."""
        heading = section_title(self.tr("Decisions"))
        self.record_button = push_button(
            "decision_record",
            self.tr("Record a decision…"),
            self.record,
            role="add",
            tip=self.tr("Keep, adjust and test again, make permanent, discard or spawn new ideas"),
        )
        self.delete_button = push_button(
            "decision_delete",
            self.tr("Delete decision"),
            self.delete_decision,
            role="remove",
            tip=self.tr("Delete the selected decision; a version or ideas it created stay"),
        )
        head = QHBoxLayout()
        head.addWidget(heading)
        head.addStretch(1)
        head.addWidget(self.record_button)
        return head

    def _build_message(self) -> None:
        """The line that links to the version "adjust and re-test" created."""
        self.message = QLabel()
        self.message.setObjectName("decision_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setStyleSheet(
            "QLabel { background: #e3f1e6; color: #173d20; padding: 6px 8px;"
            " border: 1px solid #9cc9a6; border-radius: 3px; }"
        )
        self.message.linkActivated.connect(self.open_trial.emit)
        self.message.hide()

    def _build_table(self) -> None:
        """The decisions of the test, as tall as its rows (the page scrolls, not the table)."""
        self.model = DecisionModel(self._session, self)
        self.view = QTableView()
        header = setup_record_view(
            self.view,
            "decision_table",
            self.model,
            QStyledItemDelegate(self.view),
            editable=False,
        )
        header.setStretchLastSection(False)  # the reasoning takes the room, not the evidence
        for col, key in enumerate(COLUMNS):
            header.setSectionResizeMode(
                col,
                QHeaderView.ResizeMode.Stretch
                if key == "reasoning"
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for signal in (self.model.modelReset, self.model.dataChanged):
            signal.connect(self._fit_height)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.empty = hint(
            self.tr("No decision yet. Record one when the test has been evaluated."),
            "decision_empty",
        )

    def _build_details(self) -> None:
        """The selected decision: its date, reasoning and evidence, edited in place with undo."""
        session = self._session
        editable = not self._session.read_only
        self.detail_title = QLabel()
        self.detail_title.setObjectName("decision_detail_title")
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.detail_title.font()
        bold.setBold(True)
        self.detail_title.setFont(bold)
        self.date_edit: QDateEdit = make_date_edit(None, self.tr("No date"))
        self.date_edit.setObjectName("decision_detail_date")
        self.date_edit.setEnabled(editable)
        self.date_edit.setMaximumWidth(180)
        self.reasoning = QPlainTextEdit()
        self.reasoning.setObjectName("decision_detail_reasoning")
        self.reasoning.setTabChangesFocus(True)
        self.reasoning.setReadOnly(not editable)
        self.reasoning.setMinimumHeight(60)
        self.reasoning.setMaximumHeight(110)
        self.binders = {
            "date": FieldBinder(session, self.date_edit, functools.partial(self._write, "date")),
            "reasoning": FieldBinder(
                session, self.reasoning, functools.partial(self._write, "reasoning")
            ),
        }
        self.evidence = EvidenceList()
        self.evidence.setObjectName("decision_detail_evidence")
        self.evidence.setMaximumHeight(150)
        self.evidence.evidence_changed.connect(self._on_evidence)
        details_form = QFormLayout()
        details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        details_form.setContentsMargins(0, 0, 0, 0)
        details_form.addRow(self.tr("Date:"), self.date_edit)
        details_form.addRow(self.tr("Reasoning:"), self.reasoning)
        details_form.addRow(self.tr("Evidence:"), self.evidence)
        detail_head = QHBoxLayout()
        detail_head.addWidget(self.detail_title, 1)
        detail_head.addWidget(self.delete_button)
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 4, 0, 0)
        details.addLayout(detail_head)
        details.addLayout(details_form)

    def _build_layout(self, head: QHBoxLayout) -> None:
        """The heading, the message, the table (or the hint) and the details one under the other."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.message)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addWidget(self.details)
        layout.addStretch(1)

    # -- showing ---------------------------------------------------------------------------------

    def set_trial(self, uuid: str | None) -> None:
        if uuid != self._trial_uuid:
            for binder in self.binders.values():
                binder.flush()
            self.message.hide()
            self._trial_uuid = uuid or None
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
        self._refresh()

    def _refresh(self, touched: frozenset[str] | None = None) -> None:
        keep = self._decision.uuid if self._decision else None
        service = self._session.service
        # The test's decisions and the evidence they may cite: this test's alone.
        uuid = self._trial_uuid
        self._book = service.trial_evidence(uuid) if uuid else service.trial_outline()
        trial = self._book.trial(self._trial_uuid) if self._trial_uuid else None
        if trial is None:
            self._trial_uuid = None
        decisions = self._book.decisions_of(trial.uuid) if trial else ()
        self.model.set_decisions(decisions)
        self.record_button.setEnabled(trial is not None and not self._session.read_only)
        self.view.setVisible(bool(decisions))
        self.empty.setVisible(trial is not None and not decisions)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and decisions:
            row = len(decisions) - 1
        if row >= 0:
            if self.view.currentIndex().row() != row:
                self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.selectRow(row)
        self._show_details(self.model.decision(row) if row >= 0 else None)

    def _fit_height(self, *_: object) -> None:
        """The table grows with its decisions (a test has a few); the page scrolls."""
        self.view.resizeRowsToContents()
        rows = sum(self.view.rowHeight(r) for r in range(self.model.rowCount()))
        self.view.setFixedHeight(self.view.horizontalHeader().sizeHint().height() + rows + 4)

    def _on_current(self, current: QModelIndex, *_: object) -> None:
        row = current.row()
        decision = self.model.decision(row) if 0 <= row < self.model.rowCount() else None
        if decision is not None and (
            self._decision is None or self._decision.uuid != decision.uuid
        ):
            self._show_details(decision)

    def _show_details(self, decision: Decision | None) -> None:
        if self._decision is not None and (
            decision is None or decision.uuid != self._decision.uuid
        ):
            for binder in self.binders.values():
                binder.flush()
        self._decision = decision
        self.details.setVisible(decision is not None)
        if decision is None:
            return
        self.detail_title.setText(
            self.tr("{0} on {1}").format(
                self._kinds.get(decision.kind, decision.kind), day_text(decision.date)
            )
        )
        self.binders["date"].show(decision.date)
        self.binders["reasoning"].show(decision.reasoning)
        self.evidence.fill(
            self._book, decision.trial_uuid, decision.evidence, not self._session.read_only
        )
        self.delete_button.setEnabled(not self._session.read_only)

    def selected_decision(self) -> Decision | None:
        return self._decision

    def select(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.selectRow(row)

    # -- editing ---------------------------------------------------------------------------------

    def record(self) -> DecisionRecord | None:
        if self._trial_uuid is None:
            return None
        record = record_decision(self._session, self._trial_uuid, self, self.ask)
        if record is None:
            return None
        self.select(record.decision.uuid)
        lines = []
        if record.new_version is not None:
            number = len(self._chain(record.new_version.uuid))
            lines.append(
                self.tr(
                    "Version {0} of the test was created, planned, with the same plan. "
                    '<a href="{1}">Open version {0}</a>'
                ).format(number, html.escape(record.new_version.uuid))
            )
        if record.new_ideas:
            lines.append(
                self.tr("New ideas added to the idea bank: {0}.").format(
                    html.escape(", ".join(i.title for i in record.new_ideas))
                )
            )
        self.message.setText("<br>".join(lines))
        self.message.setVisible(bool(lines))
        if record.new_version is not None:
            self.trial_created.emit(record.new_version.uuid)
        return record

    def _chain(self, uuid: str) -> list[str]:
        return [t.uuid for t in version_chain(self._book, uuid)]

    def delete_decision(self) -> None:
        if self._decision is None or self._session.read_only:
            return
        self._session.flush()
        trial_commands.delete_decision(self._session, self._decision)

    def _write(self, field: str, old: Any, new: Any) -> None:
        decision = self._decision
        if decision is None or self._session.read_only:
            return
        if field == "date" and new is None:  # a decision always has a date
            self.binders["date"].show(old)
            return
        label = {
            "date": self.tr("Date"),
            "reasoning": self.tr("Reasoning"),
            "evidence": self.tr("Evidence"),
        }[field]
        trial_commands.set_decision_field(self._session, decision.uuid, field, label, old, new)

    def _on_evidence(self) -> None:
        decision = self._decision
        if decision is None:
            return
        checked = set(self.evidence.checked())
        kept = tuple(u for u in decision.evidence if u in checked)
        new = kept + tuple(u for u in self.evidence.checked() if u not in kept)
        if new != decision.evidence:
            self._write("evidence", decision.evidence, new)
