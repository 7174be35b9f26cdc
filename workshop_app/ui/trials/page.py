"""The page "3 Prototype tests", in tabs: the idea bank, the tests (each with its plan, counts,
feedback, summary and decisions) and the lineage of ideas and tests. One test is "current"
across the test's tabs; promoting an idea or opening a node of the lineage jump to it.

The page opens on a test's plan; every other tab is built, and its module imported, the first
time it is shown or asked for (``page.counts`` builds the counts): on a project grown over years
the idea bank, the lineage and the evidence of the chosen test cost nothing until wanted, and a
tab not built yet does not refresh after every edit."""

from __future__ import annotations

import importlib
import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

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

from workshop_app.ui import kit
from workshop_app.ui.icons import icon
from workshop_app.ui.parts import Part
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import tab_shortcuts
from workshop_app.ui.trials.common import hint, small_button
from workshop_app.ui.trials.trial_form import TrialForm
from workshop_app.ui.trials.trial_list import TrialList

if TYPE_CHECKING:
    from workshop_app.ui.trials.counts import CountsPanel
    from workshop_app.ui.trials.decisions import DecisionLog
    from workshop_app.ui.trials.feedback import FeedbackPanel
    from workshop_app.ui.trials.ideas import IdeaBank
    from workshop_app.ui.trials.lineage import LineageView
    from workshop_app.ui.trials.summary import SummaryPanel

#: The tabs built when first shown: where each one's class lives.
LATER_TABS = {
    "ideas": ("workshop_app.ui.trials.ideas", "IdeaBank"),
    "lineage": ("workshop_app.ui.trials.lineage", "LineageView"),
    "counts": ("workshop_app.ui.trials.counts", "CountsPanel"),
    "feedback": ("workshop_app.ui.trials.feedback", "FeedbackPanel"),
    "summary": ("workshop_app.ui.trials.summary", "SummaryPanel"),
    "decisions": ("workshop_app.ui.trials.decisions", "DecisionLog"),
}
#: The test's tabs that follow the chosen test (``set_trial``).
_PER_TEST = ("counts", "feedback", "summary", "decisions")


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

        self._trial: str | None = None
        self._built: dict[str, QWidget] = {}
        # Test tabs built but not shown when another test was chosen: they show it when shown
        # (each reads the test's evidence whole; a test with thousands of entries read by three
        # hidden tabs in the turn of the choice kept the window from answering).
        self._behind: set[str] = set()
        self.list = TrialList(session)
        self.form = TrialForm(session)

        self.test_tabs = QTabWidget()
        self.test_tabs.setObjectName("trial_tabs")
        self.test_tabs.setDocumentMode(True)
        for widget, text in (
            (self.form, self.tr("Plan")),
            (QWidget(), self.tr("Counts")),  # each of these is built when first shown
            (QWidget(), self.tr("Feedback")),
            (QWidget(), self.tr("Summary")),
            (QWidget(), self.tr("Decisions")),
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
        self.tabs.addTab(QWidget(), self.tr("Idea bank"))  # built when first shown
        self.tabs.addTab(self.tests_split, icon("trials"), self.tr("Tests"))
        self.tabs.addTab(QWidget(), self.tr("Lineage"))  # built when first shown
        self.tabs.setCurrentIndex(self.TABS.index("trials"))
        tab_shortcuts(self.tabs, self)
        self.tabs.currentChanged.connect(lambda _i: session.flush())
        self.test_tabs.currentChanged.connect(lambda _i: session.flush())
        self.tabs.currentChanged.connect(lambda i: self._build_shown(self.TABS, i))
        self.test_tabs.currentChanged.connect(lambda i: self._build_shown(self.TEST_TABS, i))
        self.test_tabs.currentChanged.connect(lambda _i: self._catch_up())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)

        self.list.trial_selected.connect(self._on_trial)
        self.list.trial_added.connect(self._on_added)
        self.form.open_trial.connect(self.open_trial)
        self._on_trial(self.list.selected_uuid() or "")

    # -- tabs, built when first needed -------------------------------------------------------------

    def built_tabs(self) -> tuple[str, ...]:
        """The tabs built so far (the plan always), in the order of the page."""
        names = ("plan", *self._built)
        return tuple(n for n in (*self.TABS, *self.TEST_TABS) if n in names)

    def build_all(self) -> None:
        """Every tab built (the list of shortcuts shows the keys of every tab)."""
        for name in LATER_TABS:
            self.tab(name)

    def tab(self, name: str) -> QWidget:
        """The tab ``name`` of ``LATER_TABS``, built (and its module imported) on first use, in
        its place; the tab shown stays shown."""
        kept = self._built.get(name)
        if kept is not None:
            return kept
        module, class_name = LATER_TABS[name]
        tabs, names = (
            (self.test_tabs, self.TEST_TABS) if name in _PER_TEST else (self.tabs, self.TABS)
        )
        # Made inside the tabs: a widget made parentless is a window of its own until adopted.
        built = getattr(importlib.import_module(module), class_name)(self._session, parent=tabs)
        self._built[name] = built
        self._replace(tabs, names.index(name), built)
        self._connect(name, built)
        if name in _PER_TEST:
            built.set_trial(self._trial)
        return built

    # The tabs by name, each built (as tab() does) when first asked.
    ideas: Part[IdeaBank] = Part("ideas", tab)
    lineage: Part[LineageView] = Part("lineage", tab)
    # A test tab asked for shows the current test (see test_tab), shown or not.
    counts: Part[CountsPanel] = Part("counts", lambda page, name: page.test_tab(name))
    feedback: Part[FeedbackPanel] = Part("feedback", lambda page, name: page.test_tab(name))
    summary: Part[SummaryPanel] = Part("summary", lambda page, name: page.test_tab(name))
    decisions: Part[DecisionLog] = Part("decisions", lambda page, name: page.test_tab(name))

    @staticmethod
    def _replace(tabs: QTabWidget, index: int, widget: QWidget) -> None:
        """Put ``widget`` in the place of the tab at ``index`` (a placeholder), keeping its text,
        icon and the current tab, without telling anyone the current tab changed."""
        placeholder = tabs.widget(index)
        if placeholder is None:
            raise LookupError(f"no tab {index}")
        text, tab_icon, current = tabs.tabText(index), tabs.tabIcon(index), tabs.currentIndex()
        # Shown by the keyboard (Ctrl+Tab), the placeholder took the focus from the tab before.
        focused = tabs.window().focusWidget() is placeholder
        anchor = _focusable_before(placeholder)
        blocked = tabs.blockSignals(True)
        try:
            tabs.removeTab(index)
            tabs.insertTab(index, widget, tab_icon, text)
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(blocked)
        placeholder.deleteLater()
        if anchor is not None:
            _tab_order_after(anchor, widget)
        if focused and not _focus_first(widget):
            tabs.tabBar().setFocus()  # nothing to type into: the tabs keep the keyboard

    def _connect(self, name: str, tab: Any) -> None:
        if name == "decisions":
            tab.open_trial.connect(self.open_trial)
        elif name == "ideas":
            tab.trial_promoted.connect(self.open_trial)
        elif name == "lineage":
            tab.trial_activated.connect(self.open_trial)
            tab.idea_activated.connect(self.open_idea)

    def _build_shown(self, names: tuple[str, ...], index: int) -> None:
        if 0 <= index < len(names) and names[index] in LATER_TABS:
            self.tab(names[index])

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
        current = self._trial = uuid or None
        self.form.set_trial(current)
        self._behind = {name for name in _PER_TEST if name in self._built}
        self._catch_up()
        self.test_tabs.setEnabled(current is not None)

    def _catch_up(self) -> None:
        """The test tab shown shows the current test (a tab built, then not shown while
        another test was chosen, reads it now)."""
        index = self.test_tabs.currentIndex()
        if 0 <= index < len(self.TEST_TABS) and self.TEST_TABS[index] in self._built:
            self.test_tab(self.TEST_TABS[index])

    def test_tab(self, name: str) -> QWidget:
        """The test tab ``name`` built, showing the current test (shown or not)."""
        built = self.tab(name)
        if name in self._behind:
            self._behind.discard(name)
            built.set_trial(self._trial)  # type: ignore[attr-defined]
        return built


def _chain(widget: QWidget, forward: bool = True) -> Iterator[QWidget]:
    """The widgets after (before) ``widget`` in its window's focus chain, once round."""
    step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
    other = step(widget)
    while other is not None and other is not widget:
        yield other
        other = step(other)


def _tabbable(widget: QWidget) -> bool:
    """Whether Tab can stop at ``widget`` itself (not at a proxy standing for it)."""
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.focusProxy() is None


def _focusable_before(widget: QWidget) -> QWidget | None:
    """The widget the Tab key reaches just before ``widget`` (None: none in its window)."""
    for before in _chain(widget, forward=False):
        if before.isWindow():
            return None
        if before.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return before
    return None


def _tab_order_after(anchor: QWidget, widget: QWidget) -> None:
    """Tab goes from ``anchor`` into ``widget`` and on as before: Qt puts a widget built later at
    the end of its window's tab order (Tab would leave a tab built late for the navigation).
    A widget with a focus proxy (a date field, whose line edit takes the keys) is left to it."""
    inside = itertools.takewhile(widget.isAncestorOf, _chain(widget))
    kit.tab_order(anchor, *(w for w in inside if _tabbable(w)))


def _focus_first(widget: QWidget) -> bool:
    """The focus on the first widget within ``widget`` the Tab key would reach, as a tab switch
    gives it; False when there is none."""
    for candidate in _chain(widget):
        if (
            widget.isAncestorOf(candidate)
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and _tabbable(candidate)
            and candidate.isVisibleTo(widget)
            and candidate.isEnabled()
        ):
            candidate.setFocus()
            return True
    return False
