"""The page "2 Actors", in tabs: the register (a sortable, filterable table with the selected
actor's details and relations), the power/interest grid, and the engagement plan with the method
cards. One actor is "current" across the tabs; the checks sit above them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.changes import Changes
from workshop_app.ui import commands
from workshop_app.ui.actors import texts
from workshop_app.ui.actors.checks import ActorChecks
from workshop_app.ui.actors.details import ActorDetails
from workshop_app.ui.actors.method_cards import MethodCards
from workshop_app.ui.actors.model import COLUMNS, RANGE_ROLE, UUID_ROLE, ActorsFilter, ActorsModel
from workshop_app.ui.actors.plan import PlanWidget
from workshop_app.ui.actors.relations import ActorRelations
from workshop_app.ui.icons import icon
from workshop_app.ui.record_model import ColumnFitter
from workshop_app.ui.scope.section_form import ChoiceDelegate
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut, tab_shortcuts

if TYPE_CHECKING:
    from workshop_app.ui.actors.grid import ActorGrid
    from workshop_app.ui.projector import Projector

#: Widest a text column starts (pixels at 100 %); the user can widen it.
_MAX_START_WIDTH = 220
#: The details and relations column never gets narrower than this.
_DETAILS_MIN_WIDTH = 330


class ActorDelegate(ChoiceDelegate):
    """Combo boxes for choices, spin boxes within the scale for ratings, Qt's editors else."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        scale = index.data(RANGE_ROLE)
        if scale:
            spin = QSpinBox(parent)
            spin.setRange(*scale)
            return spin
        return super().createEditor(parent, option, index)


class ActorsPage(QWidget):
    #: "Print…" on the grid: the workspace opens the actor map's preview.
    print_requested = Signal()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actors_page")
        self._session = session
        editable = not session.read_only

        heading = QLabel(self.tr("2 Actors"))
        heading.setProperty("role", "pageTitle")
        intro = QLabel(
            self.tr(
                "Who has a stake in the town centre, how much they matter, and how to involve them."
            )
        )
        intro.setObjectName("actors_intro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setProperty("role", "hint")

        self.model = ActorsModel(session)
        self.proxy = ActorsFilter()
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("actors_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, category or next step"))
        self.filter_edit.setAccessibleName(self.tr("Filter actors"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("actors_category_filter")
        self.category_filter.setAccessibleName(self.tr("Show category"))
        self.category_filter.currentIndexChanged.connect(self._on_category)
        self.count = QLabel()
        self.count.setObjectName("actors_count")
        self.count.setProperty("role", "hint")
        # On a narrow window the count gives way before the buttons do.
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count.setMinimumWidth(0)

        self.add_button = QPushButton(icon("add"), self.tr("Add"))
        self.add_button.setObjectName("actors_add")
        self.add_button.setToolTip(self.tr("Add an actor (Ctrl+Shift+A)"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.setObjectName("actors_duplicate")
        self.duplicate_button.setToolTip(
            self.tr("Copy the selected actor, without personal data (Ctrl+Shift+D)")
        )
        self.delete_button = QPushButton(icon("remove"), self.tr("Delete"))
        self.delete_button.setObjectName("actors_delete")
        self.delete_button.setToolTip(
            self.tr("Delete the selected actor with its relations and plan entries (Delete)")
        )
        self.up_button = QToolButton()
        self.up_button.setObjectName("actors_up")
        self.up_button.setIcon(icon("up"))
        self.up_button.setToolTip(self.tr("Move the actor up in the register (Ctrl+Up)"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.down_button = QToolButton()
        self.down_button.setObjectName("actors_down")
        self.down_button.setIcon(icon("down"))
        self.down_button.setToolTip(self.tr("Move the actor down in the register (Ctrl+Down)"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.up_button.clicked.connect(lambda: self.move_actor(-1))
        self.down_button.clicked.connect(lambda: self.move_actor(+1))
        self.categories_button = QPushButton(self.tr("Categories…"))
        self.categories_button.setObjectName("actors_categories")
        self.categories_button.setToolTip(self.tr("Add, rename or delete your own categories"))
        self.categories_button.clicked.connect(self.edit_categories)
        self.add_button.clicked.connect(self.add_actor)
        self.duplicate_button.clicked.connect(self.duplicate_actor)
        self.delete_button.clicked.connect(self.delete_actor)
        self.add_button.setEnabled(editable)

        self.filter_edit.setMinimumWidth(140)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        self.category_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category_filter.setMinimumContentsLength(10)
        tools.addWidget(self.filter_edit, 1)
        tools.addWidget(self.category_filter)
        tools.addWidget(self.categories_button)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.count, 1)

        self.view = QTableView()
        self.view.setObjectName("actors_table")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(ActorDelegate(self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorClearable(True)
        self.view.selectionModel().selectionChanged.connect(self._on_current)

        self.details = ActorDetails(session)
        scroll = QScrollArea()
        scroll.setObjectName("actors_details_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.relations = ActorRelations(session)
        self.relations.actor_activated.connect(self.select)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(self.details)
        side_layout.addWidget(self.relations)
        side_layout.addStretch(1)
        scroll.setWidget(side)
        # Never narrower than the form (the table gives way and scrolls sideways).
        scroll.setMinimumWidth(_DETAILS_MIN_WIDTH)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 8, 8, 0)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.plan = PlanWidget(session)
        self.cards = MethodCards(session)
        self.cards.plan_entry_added.connect(self.plan.select)
        plan_split = QSplitter(Qt.Orientation.Vertical)
        plan_split.setObjectName("actors_plan_split")
        plan_split.setChildrenCollapsible(False)
        plan_split.addWidget(self.cards)
        plan_split.addWidget(self.plan)
        plan_split.setStretchFactor(0, 1)
        plan_split.setStretchFactor(1, 1)

        self.grid: ActorGrid | None = None  # built on the first visit: large maps open fast
        self._grid_holder = QWidget()
        QVBoxLayout(self._grid_holder).setContentsMargins(0, 8, 0, 0)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("actors_tabs")
        self.tabs.setDocumentMode(True)
        self._tab_names = ("register", "grid", "plan")
        self.tabs.addTab(self.splitter, icon("actors"), self.tr("Register"))
        self.tabs.addTab(self._grid_holder, self.tr("Power/interest grid"))
        self.tabs.addTab(plan_split, self.tr("Engagement plan and methods"))
        tab_shortcuts(self.tabs, self)
        self.tabs.currentChanged.connect(self._on_tab)

        self.checks = ActorChecks(session)
        self.checks.actor_activated.connect(self._on_warning)
        self.checks_toggle = QToolButton()
        self.checks_toggle.setObjectName("actors_checks_toggle")
        self.checks_toggle.setCheckable(True)
        self.checks_toggle.setChecked(True)
        self.checks_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.checks_toggle.setAutoRaise(True)
        self.checks_toggle.toggled.connect(self._on_checks_toggled)
        self._checks_choice: bool | None = None  # None: shown when the window is tall
        self.checks.warnings_changed.connect(lambda _n: self._show_checks())
        title_row = QHBoxLayout()
        title_row.setContentsMargins(0, 0, 0, 0)
        title_row.addWidget(heading)
        title_row.addStretch(1)
        title_row.addWidget(self.checks_toggle)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(title_row)
        layout.addWidget(intro)
        layout.addWidget(self.checks)
        layout.addWidget(self.tabs, 1)
        self._show_checks()

        for keys, slot, text in (
            ("Ctrl+Shift+A", self.add_actor, self.tr("Add an actor")),
            ("Ctrl+Shift+D", self.duplicate_actor, self.tr("Copy the selected actor")),
            ("Ctrl+Up", lambda: self.move_actor(-1), self.tr("Move the actor up")),
            ("Ctrl+Down", lambda: self.move_actor(+1), self.tr("Move the actor down")),
        ):
            page_shortcut(keys, self, slot, text)
        page_shortcut(
            QKeySequence.StandardKey.Delete,
            self.view,
            self.delete_actor,
            self.tr("Delete the selected actor"),
            Qt.ShortcutContext.WidgetShortcut,
        )

        session.changed.connect(self._on_changed)
        self._refresh()
        # Name, category and the three ratings stay in view; the names give way first.
        self.fitter = ColumnFitter(
            self.view,
            {COLUMNS.index("name"): 150, COLUMNS.index("category"): 110},
            primary_until=COLUMNS.index("attitude"),
            widest=_MAX_START_WIDTH,
        )
        self.splitter.setSizes([700, 320])
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
            self.view.selectRow(0)

    # -- tabs --------------------------------------------------------------------------------------

    def show_tab(self, name: str) -> None:
        """Show "register", "grid" or "plan"."""
        self.tabs.setCurrentIndex(self._tab_names.index(name))
        self._on_tab(self.tabs.currentIndex())

    def current_tab(self) -> str:
        return self._tab_names[self.tabs.currentIndex()]

    def _on_tab(self, index: int) -> None:
        self._session.flush()
        if self._tab_names[index] == "grid" and self.grid is None:
            from workshop_app.ui.actors.grid import ActorGrid

            self.grid = ActorGrid(self._session)
            self.grid.setObjectName("actors_grid")
            self.grid.actor_selected.connect(self._on_grid_selected)
            self.grid.print_requested.connect(self.print_requested)
            self.grid.projector_requested.connect(self.open_projector)
            holder = self._grid_holder.layout()
            assert holder is not None
            holder.addWidget(self.grid)
            uuid = self.selected_uuid()
            if uuid is not None:
                self.grid.select(uuid)

    #: Below this height the warnings fold away (the button still counts them) until asked.
    CHECKS_MIN_HEIGHT = 700

    def _on_checks_toggled(self, shown: bool) -> None:
        self._checks_choice = shown
        self._show_checks()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._checks_choice is None:
            blocked = self.checks_toggle.blockSignals(True)
            self.checks_toggle.setChecked(event.size().height() >= self.CHECKS_MIN_HEIGHT)
            self.checks_toggle.blockSignals(blocked)
            self._show_checks()

    def _show_checks(self, *_: object) -> None:
        count = self.checks.count()
        shown = self.checks_toggle.isChecked()
        self.checks_toggle.setText(self.checks.summary())
        self.checks_toggle.setIcon(icon("fine") if count == 0 else icon("warning"))
        self.checks_toggle.setToolTip(
            self.tr("Hide the warnings") if shown else self.tr("Show the warnings")
        )
        self.checks.setVisible(shown and count > 0)

    def _on_warning(self, uuid: str) -> None:
        if self.current_tab() == "plan":
            self.show_tab("register")
        self.select(uuid)

    def _on_grid_selected(self, uuid: str) -> None:
        if uuid and uuid != self.selected_uuid():
            self.select(uuid)

    # -- projector ---------------------------------------------------------------------------------

    def open_projector(self) -> Projector:
        """F11 on the grid: the grid on the app's one room screen, following the page's
        options (names hidden); F11 again takes it off."""
        from workshop_app.ui.actors.projector import project_grid

        if self.grid is None:
            self.show_tab("grid")
        assert self.grid is not None
        return project_grid(self, self._session, self.grid)

    # -- loading -----------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.actors:
            self._refresh()

    def _refresh(self) -> None:
        keep = self.selected_uuid()
        column = self.view.currentIndex().column()
        actor_map = self._session.service.actor_map()
        self.model.set_map(actor_map)
        self._fill_categories()
        if keep is not None and self.model.row_of(keep) >= 0:
            current = self.view.currentIndex()
            if self.selected_uuid() != keep or current.data(UUID_ROLE) != keep:
                # The actor's row went (a reset, or filtered away): select it again, in the
                # column the cursor was in, so Tab after an edit goes on to the next column.
                self.select(keep, column)
        self._show_details()
        self._show_count()

    def _fill_categories(self) -> None:
        current = self.category_filter.currentData() or ""
        choices = [("", self.tr("All categories")), *self.model.category_choices()]
        if [
            (self.category_filter.itemData(i), self.category_filter.itemText(i))
            for i in range(self.category_filter.count())
        ] == choices:
            return
        blocked = self.category_filter.blockSignals(True)
        try:
            self.category_filter.clear()
            for key, label in choices:
                self.category_filter.addItem(label, key)
            self.category_filter.setCurrentIndex(max(self.category_filter.findData(current), 0))
        finally:
            self.category_filter.blockSignals(blocked)
        self.proxy.set_category(self.category_filter.currentData() or "")

    def _show_count(self) -> None:
        self.count.setText(
            self.tr("{0} of {1} actors shown").format(self.proxy.rowCount(), self.model.rowCount())
        )
        uuid = self.selected_uuid()
        has = uuid is not None and not self._session.read_only
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        row = self.model.row_of(uuid) if uuid else -1
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and 0 <= row < self.model.rowCount() - 1)

    # -- selection ---------------------------------------------------------------------------------

    def selected_uuid(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        uuid = rows[0].data(UUID_ROLE)
        return str(uuid) if uuid else None

    def select(self, uuid: str, column: int = 0) -> None:
        """Make ``uuid`` the current actor, its cell in ``column`` (a source column) current."""
        row = self.model.row_of(uuid)
        if row < 0:
            return
        column = column if 0 <= column < self.model.columnCount() else 0
        index = self.proxy.mapFromSource(self.model.index(row, column))
        if not index.isValid():  # filtered away: show everything again
            self.filter_edit.clear()
            self.category_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, column))
        self.view.setCurrentIndex(index)
        self.view.selectRow(index.row())
        self.view.scrollTo(index)

    def _on_current(self, *_: object) -> None:
        self._show_details()
        self._show_count()
        uuid = self.selected_uuid()
        self.plan.set_current_actor(uuid)
        self.cards.set_current_actor(uuid)
        if self.grid is not None and uuid is not None:
            self.grid.select(uuid)

    def _show_details(self) -> None:
        uuid = self.selected_uuid()
        row = self.model.row_of(uuid) if uuid else -1
        self.details.show_actor(self.model.actor(row) if row >= 0 else None)
        self.relations.show_actor(uuid if row >= 0 else None)

    def _on_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._after_filter()

    def _on_category(self, _index: int) -> None:
        self.proxy.set_category(self.category_filter.currentData() or "")
        self._after_filter()

    def _after_filter(self) -> None:
        self._show_details()
        self._show_count()

    # -- add, duplicate, delete --------------------------------------------------------------------

    def add_actor(self) -> None:
        if self._session.read_only:
            return
        self._session.flush()
        uuid = commands.add_actor(self._session, texts.new_actor_name())
        self.select(uuid)
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index.siblingAtColumn(COLUMNS.index("name")))

    def duplicate_actor(self) -> None:
        uuid = self.selected_uuid()
        if uuid is None or self._session.read_only:
            return
        self._session.flush()
        original = self.model.actor(self.model.row_of(uuid))
        copy = commands.duplicate_actor(self._session, uuid, texts.copy_name(original.name))
        self.select(copy)

    def delete_actor(self) -> None:
        uuid = self.selected_uuid()
        if uuid is None or self._session.read_only:
            return
        self._session.flush()
        row = self.view.selectionModel().selectedRows()[0].row()
        commands.delete_actor(self._session, uuid)
        if self.proxy.rowCount():
            self.view.selectRow(min(row, self.proxy.rowCount() - 1))
        self._show_details()
        self._show_count()

    def move_actor(self, step: int) -> None:
        """One place up or down in the register's own order (its numbers), undoable."""
        uuid = self.selected_uuid()
        if uuid is None or self._session.read_only:
            return
        old = self.model.row_of(uuid)
        new = old + step
        if not 0 <= new < self.model.rowCount():
            return
        self._session.flush()
        commands.move_actor(self._session, uuid, old, new)
        self.select(uuid)

    def edit_categories(self) -> None:
        from workshop_app.ui.actors.categories import CategoriesDialog

        dialog = CategoriesDialog(self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.categories_dialog = dialog
        dialog.open()
