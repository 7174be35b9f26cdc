"""The page "2 Actors", in tabs: the register (a sortable, filterable table with the selected
actor's details and relations), the power/interest grid, and the engagement plan with the method
cards. One actor is "current" across the tabs; the checks sit above them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.changes import Changes
from workshop_app.ui import commands, kit
from workshop_app.ui.actors import texts
from workshop_app.ui.actors.checks import ActorChecks
from workshop_app.ui.actors.columns import RegisterFitter
from workshop_app.ui.actors.details import ActorDetails
from workshop_app.ui.actors.model import (
    COLUMNS,
    RANGE_ROLE,
    UUID_ROLE,
    ActorsFilter,
    ActorsModel,
    AnyIndex,
)
from workshop_app.ui.actors.relations import ActorRelations
from workshop_app.ui.icons import icon
from workshop_app.ui.scope.section_form import ChoiceDelegate
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut, tab_shortcuts

if TYPE_CHECKING:
    from workshop_app.ui.actors.grid import ActorGrid
    from workshop_app.ui.actors.method_cards import MethodCards
    from workshop_app.ui.actors.plan import PlanWidget
    from workshop_app.ui.projector import Projector

#: Widest a text column starts (pixels at 100 %); the user can widen it.
_MAX_START_WIDTH = 220
#: How many rows the natural column widths are measured on (about a screenful).
_MEASURED_ROWS = 20
#: The details and relations column never gets narrower than this.
_DETAILS_MIN_WIDTH = 330


class ActorDelegate(ChoiceDelegate):
    """Combo boxes for choices, spin boxes within the scale for ratings, Qt's editors else."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        scale = index.data(RANGE_ROLE)
        if scale:
            spin = QSpinBox(parent)
            spin.setRange(*scale)
            return spin
        return super().createEditor(parent, option, index)


class ActorsPage(kit.SessionPanel):
    #: "Print…" on the grid: the workspace opens the actor map's preview.
    print_requested = Signal()

    #: The custom categories the filter was filled from (the same tuple: nothing to refill).
    _categories_of: object = None

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "actors_page", parent)
        heading = kit.label(self.tr("2 Actors"), role="pageTitle")
        intro = kit.hint(
            self.tr(
                "Who has a stake in the town centre, how much they matter, and how to involve them."
            ),
            "actors_intro",
        )
        self.model = ActorsModel(session)
        self.proxy = ActorsFilter()
        self.proxy.setSourceModel(self.model)
        self._build_tools()
        self._build_buttons()
        self._build_table()
        self.splitter = kit.splitter(
            Qt.Orientation.Horizontal,
            (QWidget(), 3),
            (self._build_side(), 1),
        )
        left = self.splitter.widget(0)
        buttons = kit.row(
            self.add_button,
            self.duplicate_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            (self.count, 1),
        )
        kit.column(self.tools, (self.view, 1), buttons, parent=left, margins=(0, 8, 8, 0))

        # The plan and the method cards come on the first visit (or the first use of them).
        self._plan: PlanWidget | None = None
        self._cards: MethodCards | None = None
        self._plan_holder = QWidget()
        QVBoxLayout(self._plan_holder).setContentsMargins(0, 0, 0, 0)

        self.grid: ActorGrid | None = None  # built on the first visit: large maps open fast
        self._grid_holder = QWidget()
        QVBoxLayout(self._grid_holder).setContentsMargins(0, 8, 0, 0)

        self.tabs = kit.named(QTabWidget(), "actors_tabs")
        self.tabs.setDocumentMode(True)
        self._tab_names = ("register", "grid", "plan")
        self.tabs.addTab(self.splitter, icon("actors"), self.tr("Register"))
        self.tabs.addTab(self._grid_holder, self.tr("Power/interest grid"))
        self.tabs.addTab(self._plan_holder, self.tr("Engagement plan and methods"))
        tab_shortcuts(self.tabs, self)
        self.tabs.currentChanged.connect(self._on_tab)

        self._checks_choice: bool | None = None  # None: shown when the window is tall
        self._build_checks()
        kit.column(
            kit.row(heading, None, self.checks_toggle),
            intro,
            self.checks,
            (self.tabs, 1),
            parent=self,
            margins=(16, 12, 16, 8),
        )
        self._show_checks()
        self._add_shortcuts()
        session.follow(self, self._on_changed)
        self._refresh()
        # Name, category and the three ratings stay in view; the names give way first.
        self.fitter = RegisterFitter(
            self.view,
            {COLUMNS.index("name"): 150, COLUMNS.index("category"): 110},
            primary_until=COLUMNS.index("attitude"),
            widest=_MAX_START_WIDTH,
        )
        # Natural widths from a screenful of rows, not three: every cell measured asks the
        # model (through the proxy) some fifteen questions, and ten columns of sixty rows were
        # a fifth of the page's first show on a large map. Widths are capped, the user widens.
        self.view.horizontalHeader().setResizeContentsPrecision(_MEASURED_ROWS)
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

    @property
    def plan(self) -> PlanWidget:
        """The engagement plan (built on first use)."""
        self._build_plan()
        assert self._plan is not None
        return self._plan

    @property
    def cards(self) -> MethodCards:
        """The method cards beside the plan (built on first use)."""
        self._build_plan()
        assert self._cards is not None
        return self._cards

    def _build_plan(self) -> None:
        if self._plan is not None:
            return
        from workshop_app.ui.actors.method_cards import MethodCards
        from workshop_app.ui.actors.plan import PlanWidget

        self._plan = PlanWidget(self._session)
        self._cards = MethodCards(self._session)
        self._cards.plan_entry_added.connect(self._plan.select)
        plan_split = kit.splitter(
            Qt.Orientation.Vertical, (self._cards, 1), (self._plan, 1), name="actors_plan_split"
        )
        holder = self._plan_holder.layout()
        assert holder is not None
        holder.addWidget(plan_split)
        uuid = self.selected_uuid()
        self._plan.set_current_actor(uuid)
        self._cards.set_current_actor(uuid)

    def _on_tab(self, index: int) -> None:
        self._session.flush()
        if self._tab_names[index] == "plan":
            self._build_plan()
        if self._tab_names[index] == "grid" and self.grid is None:
            from workshop_app.ui.actors.grid import ActorGrid

            self.grid = ActorGrid(self._session)
            self.grid.setObjectName("actors_grid")
            self.grid.actor_selected.connect(self._on_grid_selected)
            self.grid.print_requested.connect(self.print_requested)
            self.grid.projector_requested.connect(self.open_projector)
            holder = self._grid_holder.layout()
            assert holder is not None
            self.grid.expect_width(self._grid_holder.width())  # its legend, before it is shown
            # The grid places its markers when it gets its size, as it is shown: two thousand
            # actors take a moment of their own after the tab appears, not with it.
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

    def _build_tools(self) -> None:
        """The filter row above the table."""
        self.filter_edit = kit.line_edit(
            "actors_filter",
            self.tr("Filter by name, category or next step"),
            accessible=self.tr("Filter actors"),
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(140)
        self.filter_edit.textChanged.connect(self._on_filter)
        category = self.tr("Show category")
        self.category_filter = kit.combo_of_width(
            kit.named(QComboBox(), "actors_category_filter", accessible=category), 10
        )
        self.category_filter.currentIndexChanged.connect(self._on_category)
        self.categories_button = kit.named(
            QPushButton(self.tr("Categories…")),
            "actors_categories",
            tip=self.tr("Add, rename or delete your own categories"),
        )
        self.categories_button.clicked.connect(self.edit_categories)
        self.tools = kit.row((self.filter_edit, 1), self.category_filter, self.categories_button)

    def _build_buttons(self) -> None:
        """Add, duplicate, delete, up and down under the table, and the count of actors."""
        self.count = kit.label(role="hint", name="actors_count")
        # On a narrow window the count gives way before the buttons do.
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count.setMinimumWidth(0)
        self.add_button = kit.button(
            "add",
            self.tr("Add"),
            "actors_add",
            self.add_actor,
            self.tr("Add an actor (Ctrl+Shift+A)"),
        )
        self.add_button.setEnabled(self.editable)
        copy_tip = self.tr("Copy the selected actor, without personal data (Ctrl+Shift+D)")
        self.duplicate_button = kit.button(
            "", self.tr("Duplicate"), "actors_duplicate", self.duplicate_actor, copy_tip
        )
        self.delete_button = kit.button(
            "remove",
            self.tr("Delete"),
            "actors_delete",
            self.delete_actor,
            self.tr("Delete the selected actor with its relations and plan entries (Delete)"),
        )
        self.up_button = kit.tool_button(
            "up",
            "actors_up",
            self.tr("Move the actor up in the register (Ctrl+Up)"),
            self.tr("Move up"),
            lambda: self.move_actor(-1),
        )
        self.down_button = kit.tool_button(
            "down",
            "actors_down",
            self.tr("Move the actor down in the register (Ctrl+Down)"),
            self.tr("Move down"),
            lambda: self.move_actor(+1),
        )

    def _build_table(self) -> None:
        self.view = kit.named(QTableView(), "actors_table")
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
        header.sortIndicatorChanged.connect(self._show_count)  # up and down: not while sorted
        self.view.selectionModel().selectionChanged.connect(self._on_current)

    def _build_side(self) -> QScrollArea:
        """The selected actor's details and relations, scrolling beside the table."""
        self.details = ActorDetails(self._session)
        self.relations = ActorRelations(self._session)
        self.relations.actor_activated.connect(self.select)
        side = QWidget()
        kit.column(self.details, self.relations, None, parent=side).setSpacing(0)
        scroll = kit.scrolling_column(QScrollArea(), "actors_details_scroll")
        scroll.setWidget(side)
        # Never narrower than the form (the table gives way and scrolls sideways).
        scroll.setMinimumWidth(_DETAILS_MIN_WIDTH)
        return scroll

    def _build_checks(self) -> None:
        """The actor map's warnings, and the button in the title row that shows or hides them."""
        self.checks = ActorChecks(self._session)
        self.checks.actor_activated.connect(self._on_warning)
        self.checks_toggle = kit.named(QToolButton(), "actors_checks_toggle")
        self.checks_toggle.setCheckable(True)
        self.checks_toggle.setChecked(True)
        self.checks_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.checks_toggle.setAutoRaise(True)
        self.checks_toggle.toggled.connect(self._on_checks_toggled)
        self.checks.warnings_changed.connect(lambda _n: self._show_checks())

    def _add_shortcuts(self) -> None:
        page_wide = [
            ("Ctrl+Shift+A", self.add_actor, self.tr("Add an actor")),
            ("Ctrl+Shift+D", self.duplicate_actor, self.tr("Copy the selected actor")),
            ("Ctrl+Up", lambda: self.move_actor(-1), self.tr("Move the actor up")),
            ("Ctrl+Down", lambda: self.move_actor(+1), self.tr("Move the actor down")),
        ]
        for keys, slot, text in page_wide:
            page_shortcut(keys, self, slot, text)
        delete = self.tr("Delete the selected actor")
        in_table = Qt.ShortcutContext.WidgetShortcut
        page_shortcut(
            QKeySequence.StandardKey.Delete, self.view, self.delete_actor, delete, in_table
        )

    # -- loading -----------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.actors:
            self._refresh(changes.actor_items)

    def _refresh(self, items: frozenset[str] = frozenset()) -> None:
        """Re-read phase 2; with ``items`` (the rows an edit named) only those rows of the
        table refresh and the details only when they show one of them."""
        keep = self.selected_uuid()
        column = self.view.currentIndex().column()
        actor_map = self._session.service.actor_map()
        reset = self.model.set_map(actor_map, items)
        if actor_map.categories is not self._categories_of:  # a kept read keeps them as were
            self._fill_categories()
            self._categories_of = actor_map.categories
        if items and not reset and keep is not None and keep not in items:
            self._show_count()
            return
        shown = keep  # asked once per edit, not by each of the parts below
        if keep is not None and self.model.row_of(keep) >= 0:
            current = self.view.currentIndex()
            if self.selected_uuid() != keep or current.data(UUID_ROLE) != keep:
                # The actor's row went (a reset, or filtered away): select it again, in the
                # column the cursor was in, so Tab after an edit goes on to the next column.
                self.select(keep, column)
                shown = self.selected_uuid()
        else:
            shown = self.selected_uuid()
        self._show_details_of(shown)
        self._show_count_of(shown)

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
        self._show_count_of(self.selected_uuid())

    def _show_count_of(self, uuid: str | None) -> None:
        """The count line and the buttons, for the selected actor ``uuid``."""
        self.count.setText(
            self.tr("{0} of {1} actors shown").format(self.proxy.rowCount(), self.model.rowCount())
        )
        has = uuid is not None and not self._session.read_only
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        # Up and down move an actor in the register's own order: not while the table shows
        # another (sorted by a column), where a move would not show where it went.
        sorted_view = self.model.sorted_by is not None
        place = -1 if sorted_view else self._register_place(uuid)
        self.up_button.setEnabled(has and place > 0)
        self.down_button.setEnabled(has and 0 <= place < self.model.rowCount() - 1)
        sorted_tip = self.tr(
            "The table is sorted: click the column header until the arrow goes away"
        )
        up = self.tr("Move the actor up in the register (Ctrl+Up)")
        down = self.tr("Move the actor down in the register (Ctrl+Down)")
        self.up_button.setToolTip(sorted_tip if sorted_view else up)
        self.down_button.setToolTip(sorted_tip if sorted_view else down)

    def _register_place(self, uuid: str | None) -> int:
        """The actor's place in the register's own order (its position), or -1."""
        row = self.model.row_of(uuid) if uuid else -1
        return self.model.actor(row).position if row >= 0 else -1

    # -- selection ---------------------------------------------------------------------------------

    def selected_uuid(self) -> str | None:
        # One row at most is selected, and it is the current one when the user or select() chose
        # it: asked first, before Qt's walk over the selection (four times per edit). Rows are
        # selected whole: the current cell is selected when its row is (one cell asked, not the
        # flags of every column as isRowSelected does).
        current = self.view.currentIndex()
        if current.isValid() and self.view.selectionModel().isSelected(current):
            uuid = current.data(UUID_ROLE)
            return str(uuid) if uuid else None
        return kit.selected_uuid(self.view, UUID_ROLE)

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
        if self._plan is not None and self._cards is not None:
            self._plan.set_current_actor(uuid)
            self._cards.set_current_actor(uuid)
        if self.grid is not None and uuid is not None:
            self.grid.select(uuid)

    def _show_details(self) -> None:
        self._show_details_of(self.selected_uuid())

    def _show_details_of(self, uuid: str | None) -> None:
        """The details and relations of the selected actor ``uuid``."""
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
        uuid = self.uuid_to_edit()
        if uuid is None:
            return
        original = self.model.actor(self.model.row_of(uuid))
        copy = commands.duplicate_actor(self._session, uuid, texts.copy_name(original.name))
        self.select(copy)

    def delete_actor(self) -> None:
        uuid = self.uuid_to_edit()
        if uuid is None:
            return
        row = self.view.selectionModel().selectedRows()[0].row()
        commands.delete_actor(self._session, uuid)
        if self.proxy.rowCount():
            self.view.selectRow(min(row, self.proxy.rowCount() - 1))
        self._show_details()
        self._show_count()

    def move_actor(self, step: int) -> None:
        """One place up or down in the register's own order (its numbers), undoable."""
        uuid = self.uuid_to_edit()
        old = self._register_place(uuid)
        if uuid is None or old < 0 or self.model.sorted_by is not None:
            return
        if not 0 <= old + step < self.model.rowCount():
            return
        commands.move_actor(self._session, uuid, old, old + step)
        self.select(uuid)

    def edit_categories(self) -> None:
        from workshop_app.ui.actors.categories import CategoriesDialog

        dialog = CategoriesDialog(self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.categories_dialog = dialog
        dialog.open()
