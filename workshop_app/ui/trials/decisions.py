"""The decision log of a test: what was decided, when, why, and on which evidence.

"Record a decision…" asks with :class:`DecisionDialog` (kind, date, reasoning, the count sessions
and feedback it rests on, and for "spawn new ideas" the new ideas' titles), then pushes the
decision with everything it creates as one undo step: "adjust and re-test" makes the next version
of the test, "spawn new ideas" puts ideas in the idea bank, and the test becomes "decided".
Date, reasoning and evidence can be changed afterwards; the kind stays.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.trials import CountSession, Decision, Feedback, TrialBook, version_chain
from workshop_app.errors import KnownError
from workshop_app.services.trial_service import DecisionRecord
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.fields import FieldBinder, make_date_edit
from workshop_app.ui.icons import icon
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.record_model import RecordTableModel, setup_record_view
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.trials import texts, trial_commands
from workshop_app.ui.trials.trial_list import day_text

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class DecisionInput:
    """What the person answered in the dialog."""

    kind: str
    date: dt.date
    reasoning: str = ""
    evidence: tuple[str, ...] = ()
    new_ideas: tuple[str, ...] = ()


def _language() -> str:
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


def _first_words(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def count_label(session: CountSession) -> str:
    return QCoreApplication.translate("DecisionLog", "Count {0}, {1}–{2} · {3} · {4}").format(
        day_text(session.date),
        session.start_time.strftime("%H:%M"),
        session.end_time.strftime("%H:%M"),
        texts.phase_labels().get(session.phase, session.phase),
        session.place or "–",
    )


def feedback_label(feedback: Feedback) -> str:
    sentiment = texts.sentiment_labels().get(feedback.sentiment, "–")
    words = _first_words(feedback.what_works or feedback.could_be_better or feedback.quote) or "–"
    if feedback.channel == "card" and feedback.card_number is not None:
        return QCoreApplication.translate("DecisionLog", "Card {0} · {1} · {2}").format(
            feedback.card_number, sentiment, words
        )
    channel = texts.channel_labels().get(feedback.channel, feedback.channel)
    return f"{channel} · {sentiment} · {words}"


class EvidenceList(QListWidget):
    """The test's count sessions and feedback, each with a check box."""

    #: The checked uuids changed by a click.
    evidence_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decision_evidence")
        self.setAccessibleName(self.tr("Evidence"))
        self._editable = True
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemChanged.connect(lambda *_: self.evidence_changed.emit())

    def fill(
        self, book: TrialBook, trial_uuid: str, checked: tuple[str, ...], editable: bool
    ) -> None:
        blocked = self.blockSignals(True)
        self.clear()
        self._editable = editable
        counts = book.counts_of(trial_uuid)
        feedback = book.feedback_of(trial_uuid)
        groups: list[tuple[str, list[tuple[str, str]]]] = [
            (self.tr("Counts"), [(c.uuid, count_label(c)) for c in counts]),
            (self.tr("Feedback"), [(f.uuid, feedback_label(f)) for f in feedback]),
        ]
        known = {c.uuid for c in counts} | {f.uuid for f in feedback}
        for title, rows in groups:
            if not rows:
                continue
            head = QListWidgetItem(title)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(self.font())
            font.setBold(True)
            head.setFont(font)
            self.addItem(head)
            for uuid, label in rows:
                self._add(uuid, label, uuid in checked)
        for uuid in checked:  # cited evidence of another test (kept, shown as such)
            if uuid not in known:
                self._add(uuid, self.tr("Evidence from another test"), True)
        if not known:
            empty = QListWidgetItem(self.tr("No counts or feedback entered for this test yet."))
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(empty)
        self.blockSignals(blocked)

    def _add(self, uuid: str, label: str, checked: bool) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, uuid)
        item.setToolTip(plain_tooltip(label))
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.addItem(item)

    def evidence_items(self) -> list[QListWidgetItem]:
        found = (self.item(r) for r in range(self.count()))
        return [i for i in found if i.data(Qt.ItemDataRole.UserRole)]

    def checked(self) -> tuple[str, ...]:
        return tuple(
            str(i.data(Qt.ItemDataRole.UserRole))
            for i in self.evidence_items()
            if i.checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, uuids: tuple[str, ...]) -> None:
        """Check exactly these (as clicks would)."""
        for item in self.evidence_items():
            want = item.data(Qt.ItemDataRole.UserRole) in uuids
            item.setCheckState(Qt.CheckState.Checked if want else Qt.CheckState.Unchecked)


def _kind_explanations() -> dict[str, str]:
    return {
        "keep": QCoreApplication.translate(
            "DecisionLog", "The test stays as it is for now. Its status becomes “decided”."
        ),
        "adjust_and_retest": QCoreApplication.translate(
            "DecisionLog",
            "A new version of the test is created, planned, with the same hypothesis, plan, "
            "budget and responsible actors; permits must be applied for again. Its dates are "
            "left empty.",
        ),
        "make_permanent": QCoreApplication.translate(
            "DecisionLog", "The idea becomes a permanent change. Its status becomes “decided”."
        ),
        "discard": QCoreApplication.translate(
            "DecisionLog",
            "The idea is dropped. Write down why: what was learned is worth keeping.",
        ),
        "spawn_ideas": QCoreApplication.translate(
            "DecisionLog",
            "The test gave rise to new ideas: write one per line. They go into the idea bank, "
            "linked to this test.",
        ),
    }


class DecisionDialog(QDialog):
    """Record a decision on one test. Tests replace :meth:`ask`."""

    def __init__(self, book: TrialBook, trial_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decision_dialog")
        trial = book.trial(trial_uuid)
        self.setWindowTitle(self.tr("Record a decision"))
        heading = QLabel(
            self.tr("Decision on “{0}”").format(trial.title if trial and trial.title else "–")
        )
        heading.setProperty("role", "sectionTitle")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)

        self.kind = QComboBox()
        self.kind.setObjectName("decision_kind")
        for key, label in texts.decision_kind_labels().items():
            self.kind.addItem(label, key)
        self.explanation = QLabel()
        self.explanation.setObjectName("decision_explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setProperty("role", "hint")
        self.date = make_date_edit(None, self.tr("No date"))
        self.date.setObjectName("decision_date")
        self.date.setMaximumWidth(180)
        today = dt.date.today()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.reasoning = QPlainTextEdit()
        self.reasoning.setObjectName("decision_reasoning")
        self.reasoning.setTabChangesFocus(True)
        self.reasoning.setPlaceholderText(
            self.tr("Why: what the counts and feedback showed, what was learned")
        )
        self.reasoning.setMinimumHeight(70)
        self.reasoning.setMaximumHeight(110)
        self.evidence = EvidenceList()
        self.evidence.fill(book, trial_uuid, (), True)
        self.evidence.setMinimumHeight(180)
        evidence_hint = QLabel(self.tr("Tick the counts and feedback the decision rests on."))
        evidence_hint.setProperty("role", "hint")
        evidence_hint.setWordWrap(True)
        self.ideas_label = QLabel(self.tr("New ideas (one per line):"))
        self.ideas = QPlainTextEdit()
        self.ideas.setObjectName("decision_new_ideas")
        self.ideas.setTabChangesFocus(True)
        self.ideas.setMaximumHeight(90)
        self.ideas.setPlaceholderText(self.tr("e.g. Play street on Saturdays"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Decision:"), self.kind)
        form.addRow("", self.explanation)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Reasoning:"), self.reasoning)
        form.addRow(self.ideas_label, self.ideas)
        form.addRow(self.tr("Evidence:"), self.evidence)
        form.addRow("", evidence_hint)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(
            self.tr("Record decision"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("decision_ok")
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.ideas.textChanged.connect(self._update_ok)
        self.date.dateChanged.connect(self._update_ok)
        self._on_kind()
        self.resize(760, 640)

    def _on_kind(self, *_: object) -> None:
        kind = self.kind.currentData()
        self.explanation.setText(_kind_explanations()[kind])
        spawn = kind == "spawn_ideas"
        self.ideas_label.setVisible(spawn)
        self.ideas.setVisible(spawn)
        self._update_ok()

    def new_ideas(self) -> tuple[str, ...]:
        if self.kind.currentData() != "spawn_ideas":
            return ()
        lines = (line.strip() for line in self.ideas.toPlainText().splitlines())
        return tuple(line for line in lines if line)

    def _update_ok(self, *_: object) -> None:
        ok = self.date.date() != self.date.minimumDate()
        if self.kind.currentData() == "spawn_ideas":
            ok = ok and bool(self.new_ideas())
        self.ok.setEnabled(ok)

    def value(self) -> DecisionInput:
        return DecisionInput(
            kind=str(self.kind.currentData()),
            date=self.date.date().toPython(),  # type: ignore[arg-type]
            reasoning=self.reasoning.toPlainText().strip(),
            evidence=self.evidence.checked(),
            new_ideas=self.new_ideas(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, book: TrialBook, trial_uuid: str) -> DecisionInput | None:
        dialog = cls(book, trial_uuid, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.value()
        finally:
            dialog.deleteLater()


Ask = Callable[[QWidget | None, TrialBook, str], "DecisionInput | None"]


def record_decision(
    session: ProjectSession,
    trial_uuid: str,
    parent: QWidget | None = None,
    ask: Ask | None = None,
) -> DecisionRecord | None:
    """Ask for a decision on the test and record it as one undo step; the record, or ``None``
    when the person cancelled or the decision was refused (they were told why)."""
    if session.read_only:
        return None
    session.flush()
    answer = (ask or DecisionDialog.ask)(parent, session.service.trial_book(), trial_uuid)
    if answer is None:
        return None
    title = QCoreApplication.translate("DecisionLog", "The decision was not recorded")
    trial = session.service.trial_book().trial(trial_uuid)
    last = trial.history[-1].date if trial and trial.history else None
    if trial and trial.status != "decided" and last is not None and answer.date < last:
        Dialogs.error(
            parent,
            title,
            QCoreApplication.translate(
                "DecisionLog",
                "A decision cannot be dated before the test's last status change ({0}).",
            ).format(day_text(last)),
        )
        return None
    try:
        record = session.service.new_decision(
            trial_uuid,
            answer.kind,
            answer.date,
            answer.reasoning,
            answer.evidence,
            answer.new_ideas,
        )
    except KnownError as exc:
        Dialogs.error(parent, title, exc.message(_language()))
        return None
    failures: list[KnownError] = []
    session.failed.connect(failures.append)
    try:
        trial_commands.record_decision(session, record)
    finally:
        session.failed.disconnect(failures.append)
    return None if failures else record


# -- the log --------------------------------------------------------------------------------------

COLUMNS = ("date", "kind", "reasoning", "evidence")


class DecisionModel(RecordTableModel[Decision]):
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

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        decision = self._record(index)
        if decision is None:
            return None
        key = self._columns[index.column()]
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


class DecisionLog(QWidget):
    """The decisions of the test given to :meth:`set_trial`.

    ``trial_created(uuid)``: recording "adjust and re-test" created this next version.
    ``open_trial(uuid)``: the person asked to open that version (the link in the message).
    """

    trial_created = Signal(str)
    open_trial = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decision_log")
        self._session = session
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

        session.changed.connect(self._on_changed)
        self.set_trial(None)

    # -- building -----------------------------------------------------------------------------

    def _build_head(self) -> QHBoxLayout:
        """The heading with "Record a decision…" (and the Delete button the details show)."""
        heading = QLabel(self.tr("Decisions"))
        heading.setProperty("role", "sectionTitle")
        self.record_button = QPushButton(icon("add"), self.tr("Record a decision…"))
        self.record_button.setObjectName("decision_record")
        self.record_button.setToolTip(
            self.tr("Keep, adjust and test again, make permanent, discard or spawn new ideas")
        )
        self.record_button.clicked.connect(self.record)
        self.delete_button = QPushButton(icon("remove"), self.tr("Delete decision"))
        self.delete_button.setObjectName("decision_delete")
        self.delete_button.setToolTip(
            self.tr("Delete the selected decision; a version or ideas it created stay")
        )
        self.delete_button.clicked.connect(self.delete_decision)
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
        self.empty = QLabel(
            self.tr("No decision yet. Record one when the test has been evaluated.")
        )
        self.empty.setObjectName("decision_empty")
        self.empty.setProperty("role", "hint")
        self.empty.setWordWrap(True)

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

    def _on_changed(self, changes: Any) -> None:
        if changes.trials:
            self._refresh()

    def _refresh(self) -> None:
        keep = self._decision.uuid if self._decision else None
        self._book = self._session.service.trial_book()
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
