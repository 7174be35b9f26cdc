"""The power/interest grid of the actor map: a toolbar, the grid and its legend.

Drag an actor to another cell (or use the arrow keys) to change its influence and interest in
one undoable step. The toolbar hides names (numbers instead, for a shared screen), draws the
relations between actors, compares two assessments and asks for the full-screen projector view
(the page opens and owns it). The scene itself lives in :mod:`grid_scene`; this module wires it
to the session.
"""

from __future__ import annotations

import functools
import html
from typing import Any

from PySide6.QtCore import (
    QDate,
    QLocale,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontInfo,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.actors import (
    INFLUENCE_RANGE,
    INTEREST_RANGE,
    Actor,
    ActorMap,
    actor_quadrant,
    unplaced,
)
from workshop_app.domain.changes import Changes
from workshop_app.domain.moves import NOW, compare_moves
from workshop_app.domain.palette import category_style
from workshop_app.domain.vocabulary import ACTOR_CATEGORIES
from workshop_app.ui import commands, kit
from workshop_app.ui.actors import texts
from workshop_app.ui.actors.grid_legend import ACTOR_MIME as ACTOR_MIME
from workshop_app.ui.actors.grid_legend import GridLegend
from workshop_app.ui.actors.grid_legend import TrayRow as TrayRow
from workshop_app.ui.actors.grid_scene import (
    ActorMarker,
    GridScene,
    GridStyle,
    MarkerData,
    Overlay,
)
from workshop_app.ui.icons import icon
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut

ZOOM_STEP = 1.25
ZOOM_LIMITS = (0.4, 6.0)


def actor_number(actor: Actor) -> int:
    """The number shown instead of a name (the register's numbering)."""
    return actor.position + 1


class GridOptions(QObject):
    """What the grid shows; shared by the grid on the page and its projector view."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names_hidden = False
        self.relations = False
        self.compare = False
        self.compare_from = ""
        self.compare_to = NOW

    def update(self, **values: Any) -> None:
        changed = False
        for name, value in values.items():
            if getattr(self, name) != value:
                setattr(self, name, value)
                changed = True
        if changed:
            self.changed.emit()


class ActorGridView(QGraphicsView):
    """The view: fits the grid to its size, zooms, and turns keys into moves."""

    def __init__(self, scene: GridScene, grid: ActorGrid) -> None:
        super().__init__(scene)
        self._grid = grid
        self.fit_mode = True
        self.zoom = 1.0
        self.setObjectName("actor_grid_view")
        self.setAcceptDrops(True)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def grid_scene(self) -> GridScene:
        scene = self.scene()
        assert isinstance(scene, GridScene)
        return scene

    # an actor not yet placed, dropped from the legend: rated where it lands

    def _takes(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return event.mimeData().hasFormat(ACTOR_MIME) and self.grid_scene().editable

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._takes(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._takes(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._takes(event):
            event.ignore()
            return
        uuid = bytes(event.mimeData().data(ACTOR_MIME).data()).decode()
        point = self.mapToScene(event.position().toPoint())
        cell = self.grid_scene().geometry.cell_at(point.x(), point.y())
        event.acceptProposedAction()
        self._grid.place(uuid, cell)

    # zoom

    def fit(self, *, first_later: bool = False, force: bool = False) -> None:
        """Lay the grid out for the view's size at zoom 1: the whole grid, text readable
        (``first_later``, ``force``: see :meth:`GridScene.set_size`)."""
        self.fit_mode = True
        self.zoom = 1.0
        self.resetTransform()
        size = self.viewport().size()
        scene = self.grid_scene()
        scene.set_size(size.width(), size.height(), force, first_later=first_later)
        self.centerOn(self.sceneRect().center())

    def zoom_by(self, factor: float) -> None:
        low, high = ZOOM_LIMITS
        new = min(max(self.zoom * factor, low), high)
        if new == self.zoom:
            return
        self.scale(new / self.zoom, new / self.zoom)
        self.zoom = new
        self.fit_mode = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit_mode:
            self.fit(first_later=True)  # shown the first time: its markers a moment later

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(1.15**steps)
            event.accept()
            return
        super().wheelEvent(event)

    # keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        moves = {
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
        }
        if key in moves and plain and self._grid.selected_uuid() is not None:
            self._grid.move_selected(*moves[key])
            event.accept()
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab choose the next or previous actor; past the last one focus moves
        on as usual, so the keyboard is never trapped in the grid."""
        if self.hasFocus() and self._grid.cycle(forward=next):
            return True
        return super().focusNextPrevChild(next)


def _tooltip(actor: Actor, context: tuple[Any, ...]) -> str:
    """A marker's tooltip: the actor's name (its number, names hidden), category, ratings,
    attitude and quadrant."""
    hidden, _custom, labels, quadrants, attitudes, fields, no_number, not_placed = context
    number = actor_number(actor)
    name = actor.name.strip()
    heading = no_number.format(number) if hidden else (name or str(number))
    category = labels.get(actor.category, actor.category)
    attitude = attitudes.get(actor.attitude, str(actor.attitude))
    where = actor_quadrant(actor)
    lines = (
        f"{fields['category']}: {category}",
        f"{fields['influence']}: {_rating(actor.influence)} · "
        f"{fields['interest']}: {_rating(actor.interest)}",
        f"{fields['attitude']}: {attitude}",
        quadrants[where] if where else not_placed,
    )
    return f"<b>{html.escape(heading)}</b><br>" + "<br>".join(html.escape(x) for x in lines)


def _rating(value: int | None) -> str:
    return "–" if value is None else str(value)


class ActorGrid(QWidget):
    """The power/interest grid of one project's actors.

    ``actor_selected(uuid)`` is emitted when the user chooses an actor on the grid (not when
    :meth:`select` is called).
    """

    #: The user asked to print the actor map (the page hands it to the exports).
    print_requested = Signal()
    actor_selected = Signal(str)
    #: The projector action or F11: the page opens (and owns) the projector window.
    projector_requested = Signal()
    #: Every marker is placed (after a layout, the last part of one done in two turns).
    laid_out = Signal()

    def __init__(
        self,
        session: ProjectSession,
        parent: QWidget | None = None,
        *,
        options: GridOptions | None = None,
        projector: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actor_grid_projector" if projector else "actor_grid")
        self._session = session
        self._is_projector = projector
        self._quiet = False
        self._map = ActorMap()
        self.assessments_dialog: QDialog | None = None
        self.options = options if options is not None else GridOptions(self)

        base_px = QFontInfo(self.font()).pixelSize()
        style = GridStyle.projector(base_px) if projector else GridStyle.normal(base_px)
        self.scene = GridScene(style, self.font(), self)
        self.scene.on_drop = self._dropped
        self.scene.on_laid_out = self._on_laid_out
        #: Each actor's marker data, made again only for an actor that changed (another
        #: object from the kept read) or when the words around them did (``_data_context``).
        self._data_of: dict[str, MarkerData] = {}
        self._data_context: tuple[Any, ...] = ()
        self._wall_style: GridStyle | None = None  # the projector's, once set (set_wall_px)
        self._wanted: str | None = None  # selected before the markers were laid out
        self.scene.quadrant_titles = texts.quadrant_labels()
        fields = texts.field_labels()
        self.scene.axis_titles = (fields["influence"], fields["interest"])
        self.view = ActorGridView(self.scene, self)
        if not projector:
            self.view.setToolTip(self._keys_text())
        self.view.setAccessibleName(self.tr("Power/interest grid"))
        self.legend = GridLegend(projector)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("actor_grid_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if projector:
            self.toolbar.setStyleSheet(
                f"QToolButton {{ font-size: {round(base_px * 1.5)}px; padding: 4px 10px; }}"
            )
        self.zoom_in_action = self._action(
            self.tr("Zoom in"),
            self.tr("Zoom in (+ or Ctrl+mouse wheel)"),
            self.zoom_in,
            icon_name="zoom_in",
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom out"),
            self.tr("Zoom out (− or Ctrl+mouse wheel)"),
            self.zoom_out,
            icon_name="zoom_out",
        )
        self.fit_action = self._action(
            self.tr("Fit"), self.tr("Show the whole grid (0)"), self.fit, icon_name="fit"
        )
        self.toolbar.addSeparator()
        self._legend_choice: bool | None = None  # None: shown when there is room
        self.legend_action = self._action(
            self.tr("Legend"),
            self.tr("Show or hide the legend"),
            self._choose_legend,
            checkable=True,
            icon_name="legend",
        )
        blocked = self.legend_action.blockSignals(True)
        self.legend_action.setChecked(True)  # shown until a resize says there is no room
        self.legend_action.blockSignals(blocked)
        self.names_action = self._action(
            self.tr("Hide names"),
            self.tr("Show numbers instead of names, e.g. on a shared screen"),
            self.set_names_hidden,
            checkable=True,
            icon_name="hide_names",
        )
        self.names_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.names_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.names_action)  # the key works wherever the focus is in the grid
        self.names_action.setToolTip(
            self.tr("Show numbers instead of names, e.g. on a shared screen (Ctrl+Shift+H)")
        )
        self.relations_action = self._action(
            self.tr("Relations"),
            self.tr("Draw the relations between actors"),
            lambda on: self.options.update(relations=on),
            checkable=True,
            icon_name="relations",
        )
        self.compare_action = self._action(
            self.tr("Compare"),
            self.tr("Show with arrows how actors moved between two assessments"),
            lambda on: self.options.update(compare=on),
            checkable=True,
            icon_name="compare",
        )
        self.compare_from = QComboBox()
        self.compare_from.setObjectName("actor_grid_compare_from")
        self.compare_from.setAccessibleName(self.tr("Compare from assessment"))
        self.compare_from.setToolTip(self.tr("The earlier assessment: where the arrows start"))
        self.compare_to = QComboBox()
        self.compare_to.setObjectName("actor_grid_compare_to")
        self.compare_to.setAccessibleName(self.tr("Compare to"))
        self.compare_to.setToolTip(self.tr("Where the arrows end: another assessment or now"))
        for combo in (self.compare_from, self.compare_to):
            kit.combo_of_width(combo, 20)
            combo.currentIndexChanged.connect(self._on_compare_choice)
        self.compare_box = QWidget()
        box = QHBoxLayout(self.compare_box)
        box.setContentsMargins(4, 0, 4, 0)
        box.addWidget(self.compare_from)
        box.addWidget(QLabel("→"))
        box.addWidget(self.compare_to)
        self.compare_box_action = self.toolbar.addWidget(self.compare_box)
        if not projector:
            self.toolbar.addSeparator()
            self.print_action = self._action(
                self.tr("Print…"),
                self.tr("Preview and print the actor map (grid, register and plan)"),
                self.print_requested.emit,
                icon_name="print",
            )
            self.assessments_action = self._action(
                self.tr("Assessments…"),
                self.tr("Save the current ratings as a dated assessment, or delete saved ones"),
                self.open_assessments,
                icon_name="assessment",
            )
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        if not projector:
            self.projector_action = self._action(
                self.tr("Projector"),
                self.tr(
                    "Show the grid full screen with large type, e.g. on a projector "
                    "(F11; Esc closes it)"
                ),
                self._request_projector,
                icon_name="projector",
            )
            page_shortcut(
                QKeySequence(Qt.Key.Key_F11),
                self,
                self._request_projector,
                self.tr("Show the grid full screen, e.g. on a projector"),
            )
        if projector:  # the room screen: no controls, no legend beside, nothing to edit
            self.compare_box_action.setVisible(False)
            self.toolbar.hide()
            self.legend.hide()
            self.view.setInteractive(False)
            self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.scene.least = 0.1  # a small projector shrinks the grid: it never scrolls
            self.scene.roomy = True

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.view, 1)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setStyleSheet("color: #d8d8d4;")
        body.addWidget(separator)
        body.addWidget(self.legend)
        if projector:
            separator.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addLayout(body, 1)

        session.follow(self, self._on_changed)
        self.options.changed.connect(self.rebuild)
        self.scene.selectionChanged.connect(self._on_selection)
        self.rebuild()

    def _action(
        self, text: str, tip: str, slot: Any, *, checkable: bool = False, icon_name: str = ""
    ) -> Any:
        action = self.toolbar.addAction(text)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setToolTip(tip)
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(text)
            button.setAccessibleDescription(tip)
        return action

    def _keys_text(self) -> str:
        if self._session.read_only:
            return self.tr(
                "This project is open read-only: the grid shows the ratings but cannot change "
                "them. Tab and Shift+Tab choose an actor; + and − zoom, 0 fits."
            )
        return self.tr(
            "Drag an actor to another cell to change its influence and interest. Tab and "
            "Shift+Tab choose an actor, the arrow keys move it (→ ← interest, ↑ ↓ influence), "
            "+ and − zoom, 0 fits. Ctrl+Z undoes."
        )

    # -- data ----------------------------------------------------------------------------------

    #: Below these widths the legend hides itself (until asked for) and the toolbar shows
    #: icons only (the texts stay in the tooltips): the grid keeps the room on a laptop.
    LEGEND_MIN_WIDTH = 1000
    TEXT_MIN_WIDTH = 980

    def _choose_legend(self, shown: bool) -> None:
        self._legend_choice = shown
        self.legend.setVisible(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.expect_width(event.size().width())

    def expect_width(self, width: int) -> None:
        """Show the legend if ``width`` has room for it (unless the user chose), and the
        toolbar's texts beside their icons if they fit. Told before the grid is first shown,
        its layout places the view once: decided only as the grid was resized, the view was
        laid out with the legend, then again without it (on a laptop), two thousand markers
        placed twice."""
        if self._is_projector:
            return
        if self._legend_choice is None:
            shown = width >= self.LEGEND_MIN_WIDTH
            if self.legend.isHidden() == shown:
                self.legend.setVisible(shown)
            blocked = self.legend_action.blockSignals(True)
            self.legend_action.setChecked(shown)
            self.legend_action.blockSignals(blocked)
        self.toolbar.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if width >= self.TEXT_MIN_WIDTH
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.actors:
            self.rebuild()

    def rebuild(self) -> None:
        """Read the actor map and redraw markers, overlays and legend (markers are reused)."""
        actor_map = self._session.service.actor_map()
        self._map = actor_map
        options = self.options
        self._sync_actions()
        if not self._is_projector:
            self._fill_compare(actor_map)
        custom = tuple(c.uuid for c in actor_map.categories)
        labels = texts.category_labels()
        labels.update({c.uuid: c.name for c in actor_map.categories})
        quadrants = texts.quadrant_labels()
        attitudes = texts.attitude_labels()
        fields = texts.field_labels()
        hidden = options.names_hidden
        no_number, not_placed = self.tr("No. {0}"), self.tr("Not yet placed")
        context = (hidden, custom, labels, quadrants, attitudes, fields, no_number, not_placed)
        if context != self._data_context:
            self._data_context = context
            self._data_of.clear()
        made: dict[str, MarkerData] = {}
        data = []
        for actor in actor_map.actors:
            entry = self._data_of.get(actor.uuid)
            if entry is None or entry.actor is not actor:
                # A kept read gives the actors an edit left alone as the same objects: only the
                # edited one is described again (two thousand tooltips per drop before).
                entry = self._marker_data(actor, context)
            made[actor.uuid] = entry
            data.append(entry)
        self._data_of = made
        overlay = Overlay()
        if options.relations:
            overlay.relations = [(r.source, r.target, r.kind) for r in actor_map.relations]
        compare_text = ""
        if options.compare and options.compare_from:
            overlay.moves = compare_moves(actor_map, options.compare_from, options.compare_to)
            compare_text = self._compare_text(actor_map)
        keep = self.selected_uuid()
        self.scene.editable = not self._session.read_only
        self._quiet = True
        try:
            self.scene.set_content(data, overlay)
            if keep is not None and keep in self.scene.markers:
                self.scene.markers[keep].setSelected(True)
        finally:
            self._quiet = False
        self._describe_selection()  # names hidden or shown: what a screen reader hears follows
        self._show_legend(actor_map, labels, custom, compare_text)

    def _marker_data(self, actor: Actor, context: tuple[Any, ...]) -> MarkerData:
        hidden, custom = context[0], context[1]
        number = actor_number(actor)
        name = actor.name.strip()
        label = str(number) if hidden or not name else name
        colour, shape = category_style(actor.category, custom)
        # The room reads the wall; nothing hides in tooltips there.
        tooltip = "" if self._is_projector else functools.partial(_tooltip, actor, context)
        return MarkerData(actor, colour, shape, label, tooltip, str(number))

    def _show_legend(
        self, actor_map: ActorMap, labels: dict[str, str], custom: tuple[str, ...], compare: str
    ) -> None:
        counts: dict[str, int] = {}
        for actor in actor_map.actors:
            counts[actor.category] = counts.get(actor.category, 0) + 1
        order = [*ACTOR_CATEGORIES, *custom]
        used = sorted(counts, key=lambda k: order.index(k) if k in order else len(order))
        categories = [
            (category_style(key, custom), labels.get(key, key), counts[key]) for key in used
        ]
        hidden = self.options.names_hidden
        waiting = tuple(
            (
                category_style(a.category, custom),
                str(actor_number(a)) if hidden else f"{actor_number(a)}  {a.name.strip()}".strip(),
                a.uuid,
            )
            for a in unplaced(actor_map.actors)
        )
        self.legend.show_content(
            categories,
            self.options.relations,
            compare,
            self._keys_text(),
            waiting,
            not self._session.read_only,
        )

    def _compare_text(self, actor_map: ActorMap) -> str:
        names = {a.uuid: self._assessment_name(a) for a in actor_map.assessments}
        start = names.get(self.options.compare_from, "")
        if self.options.compare_to == NOW:
            return self.tr("Moved since {0}; the arrow ends at the actor now").format(start)
        end = names.get(self.options.compare_to, "")
        return self.tr("Moved from {0} (ring) to {1} (dot)").format(start, end)

    @staticmethod
    def _assessment_name(assessment: Any) -> str:
        d = assessment.date
        date = QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)
        return f"{date} {assessment.label}".strip()

    def _fill_compare(self, actor_map: ActorMap) -> None:
        assessments = actor_map.assessments
        froms = [(a.uuid, self._assessment_name(a)) for a in assessments]
        tos = [(NOW, self.tr("Now (current ratings)")), *froms]
        options = self.options
        if options.compare_from not in {u for u, _ in froms}:
            options.compare_from = froms[-1][0] if froms else ""
        if options.compare_to != NOW and options.compare_to not in {u for u, _ in froms}:
            options.compare_to = NOW
        for combo, items, current in (
            (self.compare_from, froms, options.compare_from),
            (self.compare_to, tos, options.compare_to),
        ):
            blocked = combo.blockSignals(True)
            try:
                if [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] != items:
                    combo.clear()
                    for uuid, text in items:
                        combo.addItem(text, uuid)
                combo.setCurrentIndex(max(combo.findData(current), 0))
            finally:
                combo.blockSignals(blocked)
        self.compare_action.setEnabled(bool(froms))
        if not froms:
            self.compare_action.setToolTip(
                self.tr("Save an assessment first; then the grid can show how actors moved")
            )
        self.compare_box_action.setVisible(options.compare and bool(froms))

    def _on_compare_choice(self, _index: int) -> None:
        self.options.update(
            compare_from=self.compare_from.currentData() or "",
            compare_to=self.compare_to.currentData() or NOW,
        )

    def _sync_actions(self) -> None:
        for action, on in (
            (self.names_action, self.options.names_hidden),
            (self.relations_action, self.options.relations),
            (self.compare_action, self.options.compare),
        ):
            if action.isChecked() != on:
                blocked = action.blockSignals(True)
                action.setChecked(on)
                action.blockSignals(blocked)

    # -- public API ----------------------------------------------------------------------------

    def scene_marker(self, uuid: str) -> ActorMarker | None:
        return self.scene.markers.get(uuid)

    def selected_uuid(self) -> str | None:
        for item in self.scene.selectedItems():
            if isinstance(item, ActorMarker):
                return item.uuid
        return None

    def select(self, uuid: str | None) -> None:
        """Select an actor's marker (None: nothing) without emitting ``actor_selected``."""
        self._quiet = True
        try:
            self.scene.clearSelection()
            marker = self.scene.markers.get(uuid) if uuid else None
            # Asked before the grid was first laid out (it waits for its size): selected then.
            self._wanted = uuid if marker is None and not self.scene.markers else None
            if marker is not None:
                marker.setSelected(True)
                marker.setFocus()
                self.view.ensureVisible(marker)
        finally:
            self._quiet = False
        self._describe_selection()

    def _on_laid_out(self) -> None:
        if self._wanted is not None and self._wanted in self.scene.markers:
            self.select(self._wanted)
        self.laid_out.emit()

    def set_names_hidden(self, hidden: bool) -> None:
        self.options.update(names_hidden=bool(hidden))

    def names_hidden(self) -> bool:
        return self.options.names_hidden

    def set_relations_visible(self, visible: bool) -> None:
        self.options.update(relations=bool(visible))

    def set_compare(self, from_uuid: str | None, to_uuid: str = NOW) -> None:
        """Compare assessment ``from_uuid`` with ``to_uuid`` (NOW: current ratings); None ends
        the comparison."""
        if from_uuid is None:
            self.options.update(compare=False)
        else:
            self.options.update(compare=True, compare_from=from_uuid, compare_to=to_uuid)

    def fit(self) -> None:
        self.view.fit()

    def set_wall_px(self, label_px: float) -> None:
        """The projector's sizes for names of ``label_px`` (shrunk to fit the screen). Laid
        out once for it, by the fit, and only once shown (its size is the screen's then): the
        wall's panel asks as it is made, shown and resized, each a layout of every marker."""
        style = GridStyle.wall(label_px)
        if style == self._wall_style:
            return
        self._wall_style = style
        self.scene.least = 0.1
        self.scene.set_style(style, lay_out=False)
        if self.view.isVisible():
            self.view.fit(force=True)

    def zoom_in(self) -> None:
        self.view.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.view.zoom_by(1 / ZOOM_STEP)

    def cycle(self, forward: bool = True) -> bool:
        """Select the next (or previous) actor in register order; False past either end."""
        order = [a.uuid for a in self._map.actors if a.uuid in self.scene.markers]
        if not order:
            return False
        current = self.selected_uuid()
        if current is None:
            index = 0 if forward else len(order) - 1
        else:
            index = order.index(current) + (1 if forward else -1)
            if not 0 <= index < len(order):
                self.select(None)
                return False
        self.select(order[index])
        self.actor_selected.emit(order[index])
        return True

    def move_selected(self, d_influence: int, d_interest: int) -> None:
        """Move the selected actor one cell (undoable); the edges hold it."""
        uuid = self.selected_uuid()
        actor = self._map.actor(uuid) if uuid else None
        if actor is None or self._session.read_only:
            return
        if actor.influence is None or actor.interest is None:
            return  # not on the grid: rate it in the register first
        influence = min(max(actor.influence + d_influence, INFLUENCE_RANGE[0]), INFLUENCE_RANGE[1])
        interest = min(max(actor.interest + d_interest, INTEREST_RANGE[0]), INTEREST_RANGE[1])
        self._rate(actor, (influence, interest))

    def place(self, uuid: str, cell: tuple[int, int]) -> None:
        """Rate an actor by where it was dropped (from the grid or from the legend's actors
        not yet placed), in one undo step."""
        self._dropped(uuid, cell)

    def _dropped(self, uuid: str, cell: tuple[int, int]) -> None:
        actor = self._map.actor(uuid)
        if actor is not None and not self._session.read_only:
            self._rate(actor, cell)

    def _rate(self, actor: Actor, new: tuple[int, int]) -> None:
        self._session.flush()
        commands.rate_actor(self._session, actor.uuid, (actor.influence, actor.interest), new)

    def _on_selection(self) -> None:
        if self._quiet:
            return
        self._describe_selection()
        uuid = self.selected_uuid()
        if uuid is not None:
            self.actor_selected.emit(uuid)

    def _describe_selection(self) -> None:
        uuid = self.selected_uuid()
        actor = self._map.actor(uuid) if uuid else None
        if actor is None:
            self.view.setAccessibleDescription("")
            return
        name = (
            self.tr("No. {0}").format(actor_number(actor))
            if self.options.names_hidden
            else actor.name
        )
        self.view.setAccessibleDescription(
            self.tr("{0}: influence {1}, interest {2}").format(
                name, actor.influence, actor.interest
            )
        )

    # -- windows beside the grid ---------------------------------------------------------------

    def _request_projector(self) -> None:
        self.projector_requested.emit()

    def open_assessments(self) -> QDialog:
        """The saved assessments in a small window that stays open beside the grid."""
        from workshop_app.ui.actors.assessments import AssessmentList

        if self.assessments_dialog is not None:
            self.assessments_dialog.activateWindow()
            return self.assessments_dialog
        dialog = QDialog(self)
        dialog.setObjectName("actor_assessments_dialog")
        dialog.setWindowTitle(self.tr("Assessments"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.assessment_list = AssessmentList(self._session, dialog)
        self.assessment_list.assessment_activated.connect(self._compare_from)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.assessment_list, 1)
        layout.addWidget(close)
        dialog.resize(480, 360)
        dialog.destroyed.connect(lambda *_: setattr(self, "assessments_dialog", None))
        self.assessments_dialog = dialog
        dialog.show()
        return dialog

    def _compare_from(self, uuid: str) -> None:
        """An assessment chosen in the list: show the movement since then."""
        self.set_compare(uuid)
