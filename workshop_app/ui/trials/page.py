"""The page "3 Prototype tests", in tabs: the idea bank, the tests (each with its plan, counts,
feedback, summary and decisions) and the lineage of ideas and tests. One test is "current"
across the test's tabs; promoting an idea or opening a node of the lineage jumps to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui.icons import icon
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import tab_shortcuts
from workshop_app.ui.trials.common import hint, small_button
from workshop_app.ui.trials.counts import CountsPanel
from workshop_app.ui.trials.decisions import DecisionLog
from workshop_app.ui.trials.feedback import FeedbackPanel
from workshop_app.ui.trials.ideas import IdeaBank
from workshop_app.ui.trials.lineage import LineageView
from workshop_app.ui.trials.summary import SummaryPanel
from workshop_app.ui.trials.trial_form import TrialForm
from workshop_app.ui.trials.trial_list import TrialList


class TrialsPage(QWidget):
    #: The current test's card or report, to preview and print (the workspace hands it on).
    card_requested = Signal(str)
    report_requested = Signal(str)

    TABS = ("ideas", "trials", "lineage")
    TEST_TABS = ("plan", "counts", "feedback", "summary", "decisions")

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trials_page")
        self._session = session

        heading = QLabel(self.tr("3 Prototype tests"))
        heading.setProperty("role", "pageTitle")
        intro = hint(
            self.tr("Try an idea for real, cheaply and briefly; count and listen; then decide."),
            "trials_intro",
        )

        self.ideas = IdeaBank(session)
        self.lineage = LineageView(session)
        self.list = TrialList(session)
        self.form = TrialForm(session)
        self.counts = CountsPanel(session)
        self.feedback = FeedbackPanel(session)
        self.summary = SummaryPanel(session)
        self.decisions = DecisionLog(session)

        self.test_tabs = QTabWidget()
        self.test_tabs.setObjectName("trial_tabs")
        self.test_tabs.setDocumentMode(True)
        for widget, text in (
            (self.form, self.tr("Plan")),
            (self.counts, self.tr("Counts")),
            (self.feedback, self.tr("Feedback")),
            (self.summary, self.tr("Summary")),
            (self.decisions, self.tr("Decisions")),
        ):
            self.test_tabs.addTab(widget, text)
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 2)
        self.card_button = small_button(
            "trial_print_card",
            self.tr("Test card…"),
            tip=self.tr("Preview and print this test's card to hang up"),
        )
        self.report_button = small_button(
            "trial_print_report",
            self.tr("Report…"),
            tip=self.tr("Preview and print this test's report: plan, evidence, decisions (Ctrl+P)"),
        )
        # Two different icons: the card to hang up, the report of the evidence.
        self.card_button.setIcon(icon("print_card"))
        self.report_button.setIcon(icon("print_report"))
        for button in (self.card_button, self.report_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            corner_layout.addWidget(button)
        self.card_button.clicked.connect(self._request_card)
        self.report_button.clicked.connect(self.request_report)
        self.test_tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)

        self.tests_split = QSplitter(Qt.Orientation.Horizontal)
        self.tests_split.setObjectName("trials_split")
        self.tests_split.setChildrenCollapsible(False)
        self.tests_split.addWidget(self.list)
        self.tests_split.addWidget(self.test_tabs)
        self.tests_split.setStretchFactor(0, 1)
        self.tests_split.setStretchFactor(1, 4)
        # A sixth of the room for the list: its titles elide (full in the tooltip), the counts
        # and feedback grids beside it need the width on a 1024 px laptop.
        self.tests_split.setSizes([180, 900])

        self.tabs = QTabWidget()
        self.tabs.setObjectName("trials_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.ideas, self.tr("Idea bank"))
        self.tabs.addTab(self.tests_split, icon("trials"), self.tr("Tests"))
        self.tabs.addTab(self.lineage, self.tr("Lineage"))
        self.tabs.setCurrentIndex(self.TABS.index("trials"))
        tab_shortcuts(self.tabs, self)
        self.tabs.currentChanged.connect(lambda _i: session.flush())
        self.test_tabs.currentChanged.connect(lambda _i: session.flush())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)

        self.list.trial_selected.connect(self._on_trial)
        self.list.trial_added.connect(self._on_added)
        self.form.open_trial.connect(self.open_trial)
        self.decisions.open_trial.connect(self.open_trial)
        self.ideas.trial_promoted.connect(self.open_trial)
        self.lineage.trial_activated.connect(self.open_trial)
        self.lineage.idea_activated.connect(self.open_idea)
        self._on_trial(self.list.selected_uuid() or "")

    def show_tab(self, name: str, test_tab: str | None = None) -> None:
        """Show "ideas", "trials" or "lineage" (and, for trials, one of ``TEST_TABS``)."""
        self.tabs.setCurrentIndex(self.TABS.index(name))
        if test_tab is not None:
            self.test_tabs.setCurrentIndex(self.TEST_TABS.index(test_tab))

    def open_trial(self, uuid: str) -> None:
        self.show_tab("trials")
        self.list.select(uuid)

    def open_idea(self, uuid: str) -> None:
        self.show_tab("ideas")
        self.ideas.select(uuid)

    def _request_card(self) -> None:
        self._request(self.card_requested)

    def _request(self, signal: SignalInstance) -> None:
        """Ask for a print of the selected test (its edits written first)."""
        uuid = self.list.selected_uuid()
        if uuid:
            self._session.flush()
            signal.emit(uuid)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # On a laptop the print buttons show icons only (texts in the tooltips): the tabs keep
        # their room.
        style = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if event.size().width() >= 1150
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        for button in (self.card_button, self.report_button):
            button.setToolButtonStyle(style)

    def _on_added(self, _uuid: str) -> None:
        self.show_tab("trials", "plan")
        self.form.focus_title()

    def request_report(self) -> None:
        self._request(self.report_requested)

    def _on_trial(self, uuid: str) -> None:
        current = uuid or None
        for panel in (self.form, self.counts, self.feedback, self.summary, self.decisions):
            panel.set_trial(current)
        self.test_tabs.setEnabled(current is not None)
