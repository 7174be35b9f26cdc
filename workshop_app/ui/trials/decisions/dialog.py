"""Recording a decision: :class:`DecisionDialog` asks for the kind, date, reasoning, the count
sessions and feedback it rests on (:class:`EvidenceList`), and for "spawn new ideas" the new ideas'
titles; :func:`record_decision` pushes the decision with everything it creates as one undo step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.trials import CountSession, Feedback, TrialBook
from workshop_app.errors import KnownError
from workshop_app.services.trial_service import DecisionRecord
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.fields import make_date_edit
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.trials import texts, trial_commands
from workshop_app.ui.trials.common import hint, section_title
from workshop_app.ui.trials.trial_list import day_text


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
        heading = section_title(
            self.tr("Decision on “{0}”").format(trial.title if trial and trial.title else "–"),
            wrap=True,
        )

        self.kind = QComboBox()
        self.kind.setObjectName("decision_kind")
        for key, label in texts.decision_kind_labels().items():
            self.kind.addItem(label, key)
        self.explanation = hint("", "decision_explanation")
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
        evidence_hint = hint(self.tr("Tick the counts and feedback the decision rests on."))
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
    book = session.service.trial_evidence(trial_uuid)  # the evidence it may cite: this test's
    answer = (ask or DecisionDialog.ask)(parent, book, trial_uuid)
    if answer is None:
        return None
    title = QCoreApplication.translate("DecisionLog", "The decision was not recorded")
    trial = session.service.trial_outline().trial(trial_uuid)
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
    return record if trial_commands.record_decision(session, record) else None
