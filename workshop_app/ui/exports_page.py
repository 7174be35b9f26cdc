"""The page "Handouts and export": print a meeting handout or run-sheet, the charter, the actor
map, test cards and test reports, export the project as JSON.

The run-sheet, the handout with names, the actor map, the test cards and the test report are
started here (their flow kept by the page); the other documents are signalled to the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.changes import Changes
from workshop_app.ui import kit
from workshop_app.ui.icons import icon
from workshop_app.ui.session import ProjectSession

if TYPE_CHECKING:
    from workshop_app.ui.pdf_flow import PdfFlow


def _group(
    title: str,
    text: str,
    button: QPushButton | tuple[QPushButton, ...],
    form: QFormLayout | None = None,
) -> QGroupBox:
    """A box for one document (or a family of them): what it is, its options, and the buttons
    that make it."""
    box = QGroupBox(title)
    inner = QVBoxLayout(box)
    hint = QLabel(text)
    hint.setTextFormat(Qt.TextFormat.PlainText)
    hint.setWordWrap(True)
    hint.setProperty("role", "hint")
    inner.addWidget(hint)
    if form is not None:
        inner.addLayout(form)
    row = QHBoxLayout()
    for one in button if isinstance(button, tuple) else (button,):
        row.addWidget(one)
    row.addStretch(1)
    inner.addLayout(row)
    return box


_NO_WRAP = QFormLayout.RowWrapPolicy.DontWrapRows


def _choice(label: str, name: str) -> tuple[QComboBox, QFormLayout]:
    """A labelled choice of meeting or test, wide enough for a long title."""
    combo = kit.named(QComboBox(), name)
    combo.setMinimumContentsLength(30)
    return combo, kit.form((label, combo), wrap=_NO_WRAP, margins=None)


class ExportsPage(QWidget):
    handout_requested = Signal(object)  # meeting uuid or None
    charter_requested = Signal()
    json_requested = Signal()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exports_page")
        self._session = session
        # The page scrolls: on a 768 px laptop the wrapped descriptions keep their full height.
        body = QWidget()
        scroll = QScrollArea()
        scroll.setObjectName("exports_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        kit.column(scroll, parent=self)
        title = kit.label(self.tr("Handouts and export"), role="pageTitle")
        layout = kit.column(title, parent=body, margins=(24, 20, 24, 20))

        self.meeting_combo, form = _choice(self.tr("Meeting:"), "handout_meeting")
        self.handout_names = kit.named(
            QCheckBox(self.tr("Include names (personal data)")), "exports_handout_names"
        )
        form.addRow(self.handout_names)
        self.handout_button = kit.button(
            "export", self.tr("Handout…"), "handout_button", self._on_handout
        )
        self.runsheet_button = kit.button(
            "export", self.tr("Run-sheet…"), "exports_runsheet_button", self.print_runsheet
        )
        self.meeting_flow: PdfFlow | None = None
        layout.addWidget(
            _group(
                self.tr("Meeting handout and run-sheet"),
                self.tr(
                    "The handout tells the participants about the meeting that was held: the "
                    "agenda as held, how many came, ideas with votes, decisions, action items and "
                    "the next meeting. It holds no names unless you tick the box; then every page "
                    "says it contains personal data. The run-sheet is the facilitator's copy "
                    "(clock times, methods, materials, notes, who is responsible, a checklist of "
                    "the invited actors) and holds names."
                ),
                (self.handout_button, self.runsheet_button),
                form,
            )
        )
        self.charter_button = kit.button(
            "export",
            self.tr("Preview and print…"),
            "exports_charter_button",
            self.charter_requested.emit,
        )
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
        self.actor_map_names = QCheckBox(self.tr("Include contact persons (personal data)"))
        self.actor_map_names.setObjectName("exports_actor_map_names")
        self.actor_map_names.setToolTip(
            self.tr(
                "Adds each actor's contact person and contact details. Every page of that "
                "version says it contains personal data."
            )
        )
        names_form = kit.form(self.actor_map_names, wrap=_NO_WRAP, margins=None)
        self.actor_map_button = kit.button(
            "export",
            self.tr("Preview and print…"),
            "exports_actor_map_button",
            self.print_actor_map,
        )
        self.actor_map_flow: PdfFlow | None = None  # ReportLab and QtPdf load on first use
        layout.addWidget(
            _group(
                self.tr("Actor map"),
                self.tr(
                    "The power/interest grid, the actor register and the engagement plan "
                    "(phase 2) on landscape pages. Organisations and groups are shown by name; "
                    "contact persons and contact details are left out unless you tick the box "
                    "below. Only share a version with contact persons with those who need it."
                ),
                self.actor_map_button,
                names_form,
            )
        )
        self.trial_combo, trial_form = _choice(self.tr("Test:"), "exports_trial")
        self.trial_card_button = kit.button(
            "export",
            self.tr("Test card…"),
            "exports_trial_card_button",
            self.print_trial_cards,
            self.tr("One page per test to hang up or hand out: idea, hypothesis, plan, permits"),
        )
        self.trial_report_button = kit.button(
            "export",
            self.tr("Test report…"),
            "exports_trial_report_button",
            self.print_trial_report,
            self.tr("Plan, evidence with charts and decisions, for the council"),
        )
        self.trial_flow: PdfFlow | None = None
        trials_box = _group(
            self.tr("Tests (phase 3)"),
            self.tr(
                "Test cards: one page per test, to hang up or hand out. The test report: the "
                "plan, the evidence from the street with charts, and the decisions, with a short "
                "verdict at the top of each test. Neither holds personal data."
            ),
            (self.trial_card_button, self.trial_report_button),
            trial_form,
        )
        layout.addWidget(trials_box)
        self.json_button = QPushButton(icon("export_json"), self.tr("Export as JSON…"))
        self.json_button.clicked.connect(self.json_requested.emit)
        layout.addWidget(
            _group(
                self.tr("Exchange"),
                self.tr(
                    "The whole project as a JSON file, to archive it or move it to another tool. "
                    "File → Import from JSON… makes a project file from it again."
                ),
                self.json_button,
            )
        )
        layout.addStretch(1)

        session.changed.connect(self._on_changed)
        self._reload()
        self._reload_trials()

    def _on_handout(self) -> None:
        """The handout without names goes the usual way (the window's print flow); the variant
        with names is made here."""
        if not self.handout_names.isChecked():
            self.handout_requested.emit(self.meeting_combo.currentData())
            return
        from workshop_app.ui.pdf_flow import PdfFlow

        self.meeting_flow = PdfFlow(self._session, self.window())
        self.meeting_flow.start_handout(self.meeting_combo.currentData(), with_names=True)

    def print_runsheet(self, meeting_uuid: str | None = None) -> None:
        """The run-sheet of ``meeting_uuid`` (else of the meeting chosen here) in the
        background, then its preview."""
        from workshop_app.ui.pdf_flow import PdfFlow

        self.meeting_flow = PdfFlow(self._session, self.window())
        self.meeting_flow.start_runsheet(meeting_uuid or self.meeting_combo.currentData())

    def print_actor_map(self) -> None:
        """Build the actor map in the background and open its preview (print or save there)."""
        from workshop_app.ui.pdf_flow import PdfFlow

        self.actor_map_flow = PdfFlow(self._session, self.window())
        self.actor_map_flow.start_actor_map(with_names=self.actor_map_names.isChecked())

    def print_trial_cards(self, trial_uuid: str | None = None) -> None:
        """The card of ``trial_uuid`` (else of the test chosen here, or one card per test) in
        the background, then its preview."""
        self._trial_flow().start_trial_cards(trial_uuid or self.trial_combo.currentData())

    def print_trial_report(self, trial_uuid: str | None = None) -> None:
        """The report of ``trial_uuid`` (else of the test chosen here, or of all tests) in the
        background, then its preview."""
        self._trial_flow().start_trial_report(trial_uuid or self.trial_combo.currentData())

    def _trial_flow(self) -> PdfFlow:
        from workshop_app.ui.pdf_flow import PdfFlow

        self.trial_flow = PdfFlow(self._session, self.window())
        return self.trial_flow

    def _on_changed(self, changes: Changes) -> None:
        if changes.meeting_list or changes.meetings:
            self._reload()
        if changes.trials:
            self._reload_trials()

    def _reload_trials(self) -> None:
        """ "All tests", then each test by title (and version) in the order of the register."""
        from workshop_app.domain.trials import version_chain

        keep = self.trial_combo.currentData()
        self.trial_combo.clear()
        self.trial_combo.addItem(self.tr("All tests"), None)
        book = self._session.service.snapshot().trials
        for trial in book.trials:
            label = trial.title.strip() or self.tr("(untitled test)")
            number = len(version_chain(book, trial.uuid))
            if number > 1:
                label = self.tr("{0} (version {1})").format(label, number)
            self.trial_combo.addItem(label, trial.uuid)
        index = self.trial_combo.findData(keep, Qt.ItemDataRole.UserRole)
        self.trial_combo.setCurrentIndex(max(index, 0))
        has_trials = self.trial_combo.count() > 1
        self.trial_card_button.setEnabled(has_trials)
        self.trial_report_button.setEnabled(has_trials)

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
        self.runsheet_button.setEnabled(self.meeting_combo.count() > 1)
