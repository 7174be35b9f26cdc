"""The page "Handouts and export": print a meeting handout, export the project as JSON."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.changes import Changes
from workshop_app.ui.icons import icon
from workshop_app.ui.session import ProjectSession


def _group(
    title: str, text: str, button: QPushButton, form: QFormLayout | None = None
) -> QGroupBox:
    """A box for one document: what it is, its options, and the button that makes it."""
    box = QGroupBox(title)
    inner = QVBoxLayout(box)
    hint = QLabel(text)
    hint.setWordWrap(True)
    hint.setProperty("role", "hint")
    inner.addWidget(hint)
    if form is not None:
        inner.addLayout(form)
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    inner.addLayout(row)
    return box


class ExportsPage(QWidget):
    handout_requested = Signal(object)  # meeting uuid or None
    charter_requested = Signal()
    json_requested = Signal()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exports_page")
        self._session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        title = QLabel(self.tr("Handouts and export"))
        title.setProperty("role", "pageTitle")
        layout.addWidget(title)

        self.meeting_combo = QComboBox()
        self.meeting_combo.setObjectName("handout_meeting")
        self.meeting_combo.setMinimumContentsLength(30)
        form = QFormLayout()
        form.addRow(self.tr("Meeting:"), self.meeting_combo)
        self.handout_button = QPushButton(icon("export"), self.tr("Preview and print…"))
        self.handout_button.setObjectName("handout_button")
        self.handout_button.clicked.connect(
            lambda: self.handout_requested.emit(self.meeting_combo.currentData())
        )
        layout.addWidget(
            _group(
                self.tr("Meeting handout"),
                self.tr(
                    "A handout for the participants of a meeting: purpose, date, place and the "
                    "agenda with clock times. It holds no personal data beyond what you wrote in "
                    "the agenda."
                ),
                self.handout_button,
                form,
            )
        )
        self.charter_button = QPushButton(icon("export"), self.tr("Preview and print…"))
        self.charter_button.setObjectName("exports_charter_button")
        self.charter_button.clicked.connect(self.charter_requested.emit)
        layout.addWidget(
            _group(
                self.tr("Charter for the council"),
                self.tr(
                    "The collaboration's charter (phase 1) as a short document for the council to "
                    "decide on. Sections not yet written are left out."
                ),
                self.charter_button,
            )
        )
        self.json_button = QPushButton(icon("export_json"), self.tr("Export as JSON…"))
        self.json_button.clicked.connect(self.json_requested.emit)
        layout.addWidget(
            _group(
                self.tr("Exchange"),
                self.tr(
                    "The whole project as a JSON file, to archive it or move it to another tool. "
                    "Use 'workshop-app import-json' to make a project file from it again."
                ),
                self.json_button,
            )
        )
        layout.addStretch(1)

        session.changed.connect(self._on_changed)
        self._reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.meeting_list or changes.meetings:
            self._reload()

    def _reload(self) -> None:
        keep = self.meeting_combo.currentData()
        self.meeting_combo.clear()
        self.meeting_combo.addItem(self.tr("The next meeting"), None)
        for meeting in self._session.service.snapshot().meetings:
            m = meeting.meeting
            label = m.title or self.tr("(untitled meeting)")
            if m.date:
                label = f"{m.date:%d-%m-%Y} · {label}"
            self.meeting_combo.addItem(label, m.uuid)
        index = self.meeting_combo.findData(keep, Qt.ItemDataRole.UserRole)
        self.meeting_combo.setCurrentIndex(max(index, 0))
        self.handout_button.setEnabled(self.meeting_combo.count() > 1)
