"""The family tree of ideas and tests (``domain.trials.lineage``): an idea, the ideas merged into
it and its tests; a test, its next versions ("adjust and test again") and the ideas it spawned.

Each row shows what it is (icon and colour by kind and status), its status, and for a test the
decisions taken on it ("Decided: adjust and test again, 12 Jun 2027"). Double-click or Enter
opens the idea or the test (``idea_activated`` / ``trial_activated``). The tree opens fully
expanded and keeps what the user folded and selected across refreshes.
"""

from __future__ import annotations

import html
from functools import cache

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from workshop_app.domain.trials import Decision, Idea, LineageNode, Trial, TrialBook
from workshop_app.ui import kit
from workshop_app.ui.icons import icon
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.trials import texts
from workshop_app.ui.trials.common import TrialView, hint, key_pressed, small_button
from workshop_app.ui.trials.ideas import (
    BankData,
    dots_text,
    format_date,
    idea_title,
)

#: The node's kind ("idea" / "trial") and uuid, on column 0.
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
UUID_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("node", "status", "decisions")

#: Colours of the markers: ideas amber, tests by status, a discarded test red.
IDEA_COLOUR = "#d99a00"
MERGED_COLOUR = "#b5b5b5"
STATUS_COLOURS = {
    "idea": "#8c8c8c",
    "planned": "#3b6fb6",
    "running": "#2e8b57",
    "evaluated": "#c77c1e",
    "decided": "#6a4c9c",
}
DISCARDED_COLOUR = "#b03a2e"


@cache
def dot_icon(colour: str) -> QIcon:
    """A filled circle, for a status or an idea."""
    result = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        margin = size // 4
        painter.drawEllipse(margin, margin, size - 2 * margin, size - 2 * margin)
        painter.end()
        result.addPixmap(pixmap)
    return result


def _escaped(text: str) -> str:
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


class LineageView(TrialView):
    """The lineage of ideas and tests as a tree."""

    NAME = "lineage_view"

    #: A test was double-clicked (or Enter pressed on it): its uuid.
    trial_activated = Signal(str)
    #: An idea was double-clicked (or Enter pressed on it): its uuid.
    idea_activated = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        #: Nodes the user folded, as (kind, uuid); everything else stays open.
        self._collapsed: set[tuple[str, str]] = set()

        self.hint = hint(
            self.tr(
                "Where each idea led: its tests, their new versions and the ideas they "
                "spawned. Double-click an idea or a test to open it."
            ),
            "lineage_hint",
        )
        self.expand_button = small_button("lineage_expand", self.tr("Expand all"), self.expand_all)
        self.collapse_button = small_button(
            "lineage_collapse", self.tr("Collapse all"), self.collapse_all
        )
        top = kit.row((self.hint, 1), self.expand_button, self.collapse_button)

        self.tree = QTreeWidget()
        self.tree.setObjectName("lineage_tree")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels(
            [self.tr("Idea or test"), self.tr("Status"), self.tr("Decisions")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setIconSize(QSize(16, 16))
        self.tree.setWordWrap(False)
        self.tree.setExpandsOnDoubleClick(False)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Double-click opens (not "activated": some desktops activate on a single click);
        # Enter opens the current node (see eventFilter).
        self.tree.itemDoubleClicked.connect(self._on_activated)
        self.tree.installEventFilter(self)
        self.tree.itemCollapsed.connect(self._on_collapsed)
        self.tree.itemExpanded.connect(self._on_expanded)

        self.empty = QLabel(
            self.tr("No ideas or tests yet. Add ideas to the idea bank and test them.")
        )
        self.empty.setObjectName("lineage_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "hint")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        kit.column(top, (self.stack, 1), parent=self)

        self.follow_changes()
        self._refresh()
        self._fit_columns()

    # -- public ------------------------------------------------------------------------------------

    def items(self) -> list[QTreeWidgetItem]:
        """Every node, depth first in the order shown."""
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem | None) -> None:
            if item is None:
                return
            found.append(item)
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return found

    def item(self, kind: str, uuid: str) -> QTreeWidgetItem | None:
        return next((i for i in self.items() if self._key(i) == (kind, uuid)), None)

    def select(self, kind: str, uuid: str) -> None:
        """Select the node of an idea (``kind="idea"``) or a test (``"trial"``) and show it."""
        item = self.item(kind, uuid)
        if item is None:
            return
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)

    def selected(self) -> tuple[str, str] | None:
        """The selected node as (kind, uuid)."""
        item = self.tree.currentItem()
        return self._key(item) if item is not None and item.isSelected() else None

    def expand_all(self) -> None:
        self._collapsed.clear()
        self.tree.expandAll()

    def collapse_all(self) -> None:
        self._collapsed = {self._key(i) for i in self.items() if i.childCount()}
        self.tree.collapseAll()

    # -- loading -----------------------------------------------------------------------------------

    def _refresh(self, touched: frozenset[str] | None = None) -> None:
        book = self._session.service.trial_outline()  # ideas, tests, decisions: no evidence
        data = BankData(book=book)
        keep = self.selected()
        scroll = self.tree.verticalScrollBar().value()
        blocked = self.tree.blockSignals(True)
        try:
            self.tree.clear()
            for node in self._session.service.lineage():
                self.tree.addTopLevelItem(self._build(node, data, None))
            for item in self.items():
                if item.childCount():
                    item.setExpanded(self._key(item) not in self._collapsed)
        finally:
            self.tree.blockSignals(blocked)
        known = {self._key(i) for i in self.items()}
        self._collapsed &= known
        again = self.item(*keep) if keep is not None and keep in known else None
        if again is not None:
            self.tree.setCurrentItem(again)
        self.tree.verticalScrollBar().setValue(scroll)
        self.stack.setCurrentWidget(self.tree if known else self.empty)

    def _fit_columns(self) -> None:
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        header = self.tree.header()
        header.resizeSection(0, max(220, min(header.sectionSize(0) + 12, 420)))
        header.resizeSection(1, max(120, min(header.sectionSize(1) + 12, 260)))

    @staticmethod
    def _key(item: QTreeWidgetItem) -> tuple[str, str]:
        return (str(item.data(0, KIND_ROLE)), str(item.data(0, UUID_ROLE)))

    def _build(
        self, node: LineageNode, data: BankData, parent: LineageNode | None
    ) -> QTreeWidgetItem:
        book = data.book
        item = QTreeWidgetItem()
        item.setData(0, KIND_ROLE, node.kind)
        item.setData(0, UUID_ROLE, node.uuid)
        if node.kind == "idea":
            idea = book.idea(node.uuid)
            if idea is not None:
                self._show_idea(item, idea, data, parent)
        else:
            trial = book.trial(node.uuid)
            if trial is not None:
                self._show_trial(item, trial, data, book)
        for child in node.children:
            item.addChild(self._build(child, data, node))
        return item

    def _show_idea(
        self, item: QTreeWidgetItem, idea: Idea, data: BankData, parent: LineageNode | None
    ) -> None:
        item.setText(0, " ".join(idea_title(idea).split()))
        votes = data.votes(idea)
        dots = dots_text(votes)
        if idea.merged_into is not None:
            item.setIcon(0, dot_icon(MERGED_COLOUR))
            status = self.tr("Merged idea · {0}").format(dots)
            grey = QBrush(QColor("#7a7a7a"))
            for column in range(len(COLUMNS)):
                item.setForeground(column, grey)
        elif parent is not None and parent.kind == "trial":
            item.setIcon(0, dot_icon(IDEA_COLOUR))
            status = self.tr("New idea from this test · {0}").format(dots)
        else:
            item.setIcon(0, dot_icon(IDEA_COLOUR))
            status = self.tr("Idea · {0}").format(dots)
        item.setText(1, status)
        tip = idea_title(idea)
        if idea.description.strip():
            tip += "\n\n" + idea.description
        item.setToolTip(0, _escaped(tip))

    def _show_trial(
        self, item: QTreeWidgetItem, trial: Trial, data: BankData, book: TrialBook
    ) -> None:
        statuses = texts.status_labels()
        kinds = texts.decision_kind_labels()
        item.setText(0, data.trial_names[trial.uuid])
        item.setIcon(0, icon("trials"))
        status = statuses[trial.status]
        if trial.history and trial.status == "decided":
            status = self.tr("{0} on {1}").format(status, format_date(trial.history[-1].date))
        elif trial.history:
            status = self.tr("{0} since {1}").format(status, format_date(trial.history[-1].date))
        item.setText(1, status)
        decisions = book.decisions_of(trial.uuid)
        colour = STATUS_COLOURS[trial.status]
        if any(d.kind == "discard" for d in decisions):
            colour = DISCARDED_COLOUR
        item.setIcon(1, dot_icon(colour))
        item.setForeground(1, QBrush(QColor(colour)))
        if decisions:
            item.setText(
                2,
                "; ".join(
                    self.tr("Decided: {0}, {1}").format(kinds[d.kind], format_date(d.date))
                    for d in decisions
                ),
            )
            item.setToolTip(2, _escaped(self._decisions_tip(decisions, kinds)))
        tip = data.trial_names[trial.uuid]
        if trial.place.strip():
            tip += "\n" + trial.place
        item.setToolTip(0, _escaped(tip))

    def _decisions_tip(self, decisions: tuple[Decision, ...], kinds: dict[str, str]) -> str:
        parts = []
        for decision in decisions:
            line = f"{kinds[decision.kind]}, {format_date(decision.date)}"
            if decision.reasoning.strip():
                line += "\n" + decision.reasoning
            parts.append(line)
        return "\n\n".join(parts)

    # -- user --------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and key_pressed(event, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = self.tree.currentItem()
            if current is not None:
                self._on_activated(current)
                return True
        return super().eventFilter(watched, event)

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind, uuid = self._key(item)
        if kind == "trial":
            self.trial_activated.emit(uuid)
        else:
            self.idea_activated.emit(uuid)

    def _on_collapsed(self, item: QTreeWidgetItem) -> None:
        self._collapsed.add(self._key(item))

    def _on_expanded(self, item: QTreeWidgetItem) -> None:
        self._collapsed.discard(self._key(item))
