"""Re-assessments over time: save the current ratings of every actor as a dated assessment, and a
small list of the saved ones (date, label, how many actors were rated) to delete from.

Saving is one undo step (undo deletes the assessment, redo puts the very same one back); so is
deleting (undo restores it with its ratings).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.actors import ActorMap, Assessment, placed
from workshop_app.domain.changes import Changes
from workshop_app.domain.limits import MAX_SHORT_TEXT
from workshop_app.errors import KnownError
from workshop_app.services.project_service import ProjectService
from workshop_app.ui import kit
from workshop_app.ui.commands import RecordKind
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.session import ProjectSession

#: Asks for a label and a date; ``None`` when the person cancels.
Ask = Callable[[QWidget | None, int], tuple[str, dt.date] | None]

_UUID_ROLE = Qt.ItemDataRole.UserRole


def format_date(date: dt.date) -> str:
    return date.strftime("%d-%m-%Y")


def default_label(date: dt.date) -> str:
    return QCoreApplication.translate("ActorAssessments", "Assessment {0}").format(
        format_date(date)
    )


class SaveAssessmentDialog(QDialog):
    """A label and a date for the assessment; OK only with a label that is not blank."""

    def __init__(
        self, parent: QWidget | None = None, actors: int = 0, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("save_assessment_dialog")
        self.setWindowTitle(self.tr("Save assessment"))
        today = today or dt.date.today()
        self._default = default_label(today)

        intro = QLabel(
            self.tr(
                "Saves the current influence, interest and attitude of the {0} actors on the "
                "map with a date, so the grid can later show how they moved."
            ).format(actors)
        )
        intro.setObjectName("assessment_intro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setProperty("role", "hint")

        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setObjectName("assessment_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.dateChanged.connect(self._on_date)
        self.label_edit = QLineEdit(self._default)
        self.label_edit.setObjectName("assessment_label")
        self.label_edit.setMaxLength(MAX_SHORT_TEXT)
        self.label_edit.setPlaceholderText(self.tr("For example: After the citizens' meeting"))
        self.label_edit.textChanged.connect(self._update_ok)
        self.label_edit.selectAll()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Label"), self.label_edit)
        form.addRow(self.tr("Date"), self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self._update_ok()

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _update_ok(self, *_: object) -> None:
        self.ok_button().setEnabled(bool(self.label_edit.text().strip()))

    def _on_date(self, date: QDate) -> None:
        """While the label is still the suggested one, it follows the date."""
        if self.label_edit.text() == self._default:
            self._default = default_label(dt.date(date.year(), date.month(), date.day()))
            self.label_edit.setText(self._default)

    def values(self) -> tuple[str, dt.date]:
        d = self.date_edit.date()
        return self.label_edit.text().strip(), dt.date(d.year(), d.month(), d.day())

    def accept(self) -> None:
        if self.label_edit.text().strip():
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, actors: int) -> tuple[str, dt.date] | None:
        """Show the dialog (modal); tests pass their own ``ask`` to :func:`save_assessment`."""
        dialog = cls(parent, actors)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.values()
            return None
        finally:
            dialog.deleteLater()


_ASSESSMENT = RecordKind(ProjectService.restore_assessment, ProjectService.delete_assessment)


def save_assessment(
    session: ProjectSession, parent: QWidget | None = None, ask: Ask | None = None
) -> str | None:
    """Ask for a label and date, then save the current ratings as an assessment (one undo step).

    Returns the new assessment's uuid, or None when cancelled, read-only or refused.
    """
    if session.read_only:
        return None
    session.flush()
    actors = len(placed(session.service.actor_map().actors))  # only rated actors are saved
    answer = (ask or SaveAssessmentDialog.ask)(parent, actors)
    if answer is None:
        return None
    label, date = answer
    try:
        assessment = session.service.new_assessment(label.strip(), date)
    except KnownError as exc:  # the label breaks a rule: say so as for any refused edit
        session.failed.emit(exc)
        return None
    text = QCoreApplication.translate("ActorAssessments", "Save assessment")
    return assessment.uuid if _ASSESSMENT.add(session, text, assessment) else None


def delete_assessment(session: ProjectSession, assessment: Assessment) -> None:
    """Delete ``assessment`` (as stored); undo restores it with its ratings."""
    text = QCoreApplication.translate("ActorAssessments", "Delete assessment")
    _ASSESSMENT.remove(session, text, assessment)


class AssessmentList(kit.SessionPanel):
    """The saved assessments, oldest first: date, label, number of actors rated."""

    #: An assessment was double-clicked (or activated): its uuid, e.g. to compare with it.
    assessment_activated = Signal(str)

    def __init__(
        self, session: ProjectSession, parent: QWidget | None = None, ask: Ask | None = None
    ) -> None:
        super().__init__(session, "actor_assessments", parent)
        self._ask = ask
        self._map = ActorMap()
        self.title = kit.label(self.tr("Assessments over time"), role="sectionTitle")
        self.empty = kit.hint(
            self.tr(
                "No assessment saved yet. Save the current ratings after each round of rating, "
                "so the grid can show how actors move."
            ),
            "actor_assessments_empty",
        )
        self._build_tree()
        save_tip = self.tr(
            "Save every actor's influence, interest and attitude as they are now, dated"
        )
        self.save_button = kit.button(
            "save_as",
            self.tr("Save current ratings…"),
            "actor_assessments_save",
            self.save,
            save_tip,
        )
        delete_tip = self.tr("Delete the selected assessment")
        self.delete_button = kit.button(
            "remove",
            self.tr("Delete"),
            "actor_assessments_delete",
            self.delete_selected,
            delete_tip,
        )
        self.save_button.setVisible(self.editable)
        self.delete_button.setVisible(self.editable)
        buttons = kit.row(self.save_button, self.delete_button, None)
        kit.column(self.title, self.empty, self.tree, buttons, parent=self, margins=(12, 8, 12, 8))
        session.follow(self, self._on_changed)
        self.refresh()

    def _build_tree(self) -> None:
        self.tree = kit.named(
            QTreeWidget(), "actor_assessments_list", accessible=self.tr("Saved assessments")
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Label"), self.tr("Actors")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate(("ResizeToContents", "Stretch", "ResizeToContents")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode[mode])
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(self._on_activated)

    # -- reading ---------------------------------------------------------------------------------

    def assessments(self) -> tuple[Assessment, ...]:
        return self._map.assessments

    def selected_uuid(self) -> str | None:
        items = self.tree.selectedItems()
        return str(items[0].data(0, _UUID_ROLE)) if items else None

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def select(self, uuid: str) -> None:
        for item in self._items():
            if item.data(0, _UUID_ROLE) == uuid:
                self.tree.setCurrentItem(item)
                return

    def rows(self) -> list[tuple[str, str, str]]:
        return [(item.text(0), item.text(1), item.text(2)) for item in self._items()]

    # -- refreshing ------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.actors:
            self.refresh()

    def refresh(self, actor_map: ActorMap | None = None) -> None:
        self._map = actor_map if actor_map is not None else self._session.service.actor_map()
        keep = self.selected_uuid()
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for assessment in self._map.assessments:
                rated = len(assessment.ratings)
                item = QTreeWidgetItem(
                    [
                        format_date(assessment.date),
                        assessment.label or "–",
                        str(rated),
                    ]
                )
                item.setData(0, _UUID_ROLE, assessment.uuid)
                item.setToolTip(
                    1,
                    plain_tooltip(
                        self.tr("{0}: ratings of {1} actors").format(
                            assessment.label or format_date(assessment.date), rated
                        )
                    ),
                )
                item.setTextAlignment(
                    2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                self.tree.addTopLevelItem(item)
                if assessment.uuid == keep:
                    item.setSelected(True)
                    self.tree.setCurrentItem(item)
        has = bool(self._map.assessments)
        self.empty.setVisible(not has)
        self.tree.setVisible(has)
        self._fit()
        self._update_buttons()

    def _fit(self) -> None:
        rows = self.tree.topLevelItemCount()
        row = self.tree.sizeHintForRow(0) if rows else self.fontMetrics().lineSpacing()
        shown = max(2, min(rows, 6))
        header = self.tree.header().sizeHint().height()
        self.tree.setFixedHeight(header + shown * row + 2 * self.tree.frameWidth() + 2)

    def _update_buttons(self) -> None:
        editable = not self._session.read_only
        self.save_button.setEnabled(editable and bool(self._map.actors))
        self.delete_button.setEnabled(editable and self.selected_uuid() is not None)

    def _on_activated(self, item: QTreeWidgetItem) -> None:
        uuid = item.data(0, _UUID_ROLE)
        if uuid:
            self.assessment_activated.emit(str(uuid))

    # -- editing ---------------------------------------------------------------------------------

    def save(self) -> str | None:
        uuid = save_assessment(self._session, self, self._ask)
        if uuid is not None:
            self.select(uuid)
        return uuid

    def delete_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid is None or self._session.read_only:
            return
        stored = next((a for a in self._map.assessments if a.uuid == uuid), None)
        if stored is not None:
            delete_assessment(self._session, stored)
