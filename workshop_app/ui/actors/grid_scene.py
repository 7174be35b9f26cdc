"""The power/interest grid as a graphics scene: pure geometry, the look, markers and overlays.

Geometry is plain arithmetic (:func:`grid_geometry`, and the crowded-cell layout the PDF shares,
``domain/grid_layout.cell_slots``) so it can be tested without painting. The scene is laid out in
pixels for the view's current size (the view asks for a new layout when it is resized in "fit"
mode), so text stays at a readable size on a laptop and on a projector; zooming then scales the
whole scene.

Interest runs along x (1 left … 5 right), influence along y (1 bottom … 5 top). Each quadrant has
a title band: above the cells for the high-influence quadrants, below them for the others.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from workshop_app.domain.actors import HIGH, Actor
from workshop_app.domain.grid_layout import (
    LOW,
    NAME_LINES,
    NUMBER_LINES,
    STEPS,
    TOP,
    Metrics,
    Slot,
    cell_slots,
    fitting_metrics,
    ghost_offset,
    grid_geometry,
    numbered_slots,
    roomy_slots,
)
from workshop_app.domain.moves import Moves
from workshop_app.domain.palette import (
    ATTITUDE_COLOURS,
    PROJECTOR_QUADRANT_INKS,
    PROJECTOR_QUADRANT_TINTS,
    QUADRANT_INKS,
    QUADRANT_TINTS,
    RELATION_COLOURS,
    shape_points,
)

# -- the look ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GridStyle:
    metrics: Metrics
    background: str = "#fbfbf9"
    text: str = "#24292e"
    muted: str = "#5f6b76"
    cell_line: str = "#16000000"
    split_line: str = "#8d969e"
    border: str = "#b9c0c7"
    selection: str = "#1565c0"
    tints: dict[str, str] = field(default_factory=lambda: dict(QUADRANT_TINTS))
    titles: dict[str, str] = field(default_factory=lambda: dict(QUADRANT_INKS))
    line_width: float = 2.0
    label_weight: QFont.Weight = QFont.Weight.Normal
    label_backdrop: str = "#b3ffffff"
    selected_backdrop: str = "#dce8f7"

    @classmethod
    def normal(cls, base_px: float) -> GridStyle:
        base = max(base_px, 12.0)
        return cls(Metrics(base, base * 1.3, base, base * 1.25))

    @classmethod
    def projector(cls, base_px: float) -> GridStyle:
        """Large type and strong contrast for a wall: labels about twice the size."""
        base = max(base_px, 12.0)
        return cls(
            Metrics(base * 1.8, base * 3.0, base * 1.7, base * 2.2),
            background="#ffffff",
            text="#000000",
            muted="#1f1f1f",
            cell_line="#2a000000",
            split_line="#3c4148",
            border="#3c4148",
            selection="#0d47a1",
            tints=dict(PROJECTOR_QUADRANT_TINTS),
            titles=dict(PROJECTOR_QUADRANT_INKS),
            line_width=3.5,
            label_backdrop="#d9ffffff",
        )

    @classmethod
    def wall(cls, label_px: float) -> GridStyle:
        """The projector's look for names of ``label_px`` (the room screen's body size): the
        scene shrinks it, all parts alike, until the whole grid fits the screen."""
        base = cls.projector(label_px / 1.8)
        return replace(
            base, metrics=Metrics(label_px, label_px * 1.45, label_px * 0.95, label_px * 1.15)
        )


def _snug(extent: float, room: float) -> float:
    return min(extent, room) if extent <= room + 0.5 else extent


def attitude_pen_width(attitude: int, diameter: float) -> float:
    """Outline thickness: thin for neutral, thicker for a clear view, thickest for ±2."""
    unit = max(diameter / 16.0, 0.6)
    return unit * (1.5, 2.5, 3.6)[min(abs(attitude), 2)]


def split_label(text: str, fm: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """``text`` word-wrapped into at most ``max_lines`` lines of ``width``; the last elided."""
    if max_lines <= 0 or width <= 0:
        return []
    text = " ".join(text.split())
    if fm.horizontalAdvance(text) <= width or max_lines == 1:
        return [fm.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    words = text.split(" ")
    line = words[0]
    rest_from = 1
    for index in range(1, len(words)):
        candidate = line + " " + words[index]
        if fm.horizontalAdvance(candidate) > width:
            break
        line = candidate
        rest_from = index + 1
    if rest_from >= len(words) or fm.horizontalAdvance(line) > width:
        return [fm.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    rest = " ".join(words[rest_from:])
    return [line, *split_label(rest, fm, width, max_lines - 1)]


# -- items ---------------------------------------------------------------------------------------

#: The number inside a crowded cell's marker, in marker diameters (two digits; three smaller).
INSIDE_SIZE = 0.5

Z_RELATIONS = 1.0
Z_ARROWS = 2.0
Z_MARKERS = 3.0
Z_DRAGGED = 10.0


def draw_marker_shape(painter: QPainter, shape: str, centre: QPointF, radius: float) -> None:
    """The category's marker shape (``domain/palette.py``) around ``centre``, with the painter's
    pen and brush; the same shapes as the actor-map PDF."""
    points = shape_points(shape)
    if not points:
        painter.drawEllipse(centre, radius, radius)
        return
    x0, y0 = centre.x(), centre.y()
    key = (shape, x0, y0, radius)
    polygon = _POLYGONS.get(key)
    if polygon is None:
        if len(_POLYGONS) >= 256:  # a few shapes in a few sizes; zooming makes more
            _POLYGONS.clear()
        polygon = QPolygonF([QPointF(x0 + x * radius, y0 - y * radius) for x, y in points])
        _POLYGONS[key] = polygon
    painter.drawPolygon(polygon)


#: Marker outlines made once: two thousand markers painted share a dozen.
_POLYGONS: dict[tuple[str, float, float, float], QPolygonF] = {}


class DrawnItem(QGraphicsItem):
    """An item of the grid that draws itself with the painter alone (Qt's style option and
    target widget are of no use to it)."""

    def paint(self, painter: QPainter, *_option_and_widget: object) -> None:
        self.draw(painter)

    def draw(self, painter: QPainter) -> None:
        raise NotImplementedError


_MARKER_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)
#: The bold fonts of the numbers inside markers, by base font and pixel size.
_INSIDE_FONTS: dict[tuple[str, int], QFont] = {}
#: QColor by its name: two thousand markers share a dozen colours.
_COLOURS: dict[str, QColor] = {}


_PENS: dict[tuple[int, float], QPen] = {}


def _pen(colour: QColor, width: float) -> QPen:
    key = (colour.rgba(), width)
    pen = _PENS.get(key)
    if pen is None:
        if len(_PENS) >= 256:
            _PENS.clear()
        pen = _PENS[key] = QPen(colour, width)
    return pen


def _colour(name: str) -> QColor:
    colour = _COLOURS.get(name)
    if colour is None:
        colour = _COLOURS[name] = QColor(name)
    return colour


class ActorMarker(DrawnItem):
    """One actor: its category's shape in its category's colour, outlined by attitude, with its
    label."""

    #: Until :meth:`configure` gives its own (never changed in place: shared safely).
    fill = QColor("#8a8a8a")
    outline = QColor("#757575")
    pen = QPen(outline, 1.5)
    home = QPointF()

    def __init__(self, grid: GridScene, uuid: str) -> None:
        super().__init__()
        self.grid = grid
        self.uuid = uuid
        self.actor: Actor | None = None
        self.shape_name = "circle"
        self.outline_width = 1.5
        self.diameter = 16.0
        self.label = ""
        #: The number drawn inside the marker where there is no room for a label beside it.
        self.inside = ""
        self.lines: list[str] = []
        self.font_scale = 1.0
        self._rect = QRectF()
        self._press: QPointF | None = None
        self._start = QPointF()
        self._dragging = False
        self._layout_key: tuple[Any, ...] = ()
        self._tooltip: str | Callable[[], str] = ""
        #: What the scene laid it out with last (:meth:`GridScene.relayout` skips it when equal).
        self.placed: tuple[Any, ...] = ()
        self.setFlags(_MARKER_FLAGS)
        self.setAcceptHoverEvents(False)
        self.setZValue(Z_MARKERS)

    # layout

    def configure(
        self,
        actor: Actor,
        style: tuple[str, str],
        label: str,
        slot: Slot,
        tooltip: str | Callable[[], str],
        home: QPointF,
        inside: str = "",
    ) -> None:
        """``style``: the category's (colour, shape); ``inside``: a number to draw in the
        marker (crowded cells)."""
        metrics = self.grid.look.metrics
        key = (label, slot.diameter, slot.label_width, slot.lines, slot.scale, inside, metrics)
        self.actor = actor
        self.fill = _colour(style[0])
        self.shape_name = style[1]
        self.outline = _colour(ATTITUDE_COLOURS.get(actor.attitude, "#757575"))
        self.outline_width = attitude_pen_width(actor.attitude, slot.diameter)
        # Thin-armed shapes get a thinner outline, or a strong attitude hides the fill.
        width = self.outline_width * (0.6 if self.shape_name in ("star", "plus") else 1.0)
        self.pen = _pen(self.outline, width)
        if key != self._layout_key:
            self.prepareGeometryChange()
            self._layout_key = key
            self.label = label
            self.inside = inside
            self.diameter = slot.diameter
            self.font_scale = slot.scale
            fm = self.grid.font_metrics(slot.scale)
            self.lines = split_label(label, fm, slot.label_width, slot.lines)
            radius = self.diameter / 2 * 1.2 + self.outline_width + 3
            line_h = fm.height()
            text_w = max((fm.horizontalAdvance(s) for s in self.lines), default=0.0)
            text_h = line_h * len(self.lines)
            half = max(radius, text_h / 2 + 2)
            gap = self.grid.label_gap()
            right = self.diameter / 2 + gap + text_w + 3 if self.lines else radius
            self._rect = QRectF(-radius, -half, radius + right, 2 * half)
        self._tooltip = tooltip
        self.home = home
        if self._press is None:
            self.setPos(home)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def toolTip(self) -> str:  # Qt asks the scene (helpEvent), the scene asks this
        tip = self._tooltip
        return tip() if callable(tip) else tip

    def draw(self, painter: QPainter) -> None:
        style = self.grid.look
        r = self.diameter / 2
        selected = self.isSelected()
        if self.lines:
            fm = self.grid.font_metrics(self.font_scale)
            gap = self.grid.label_gap()
            line_h = fm.height()
            top = -line_h * len(self.lines) / 2
            text_w = max(fm.horizontalAdvance(s) for s in self.lines)
            backdrop = QRectF(r + gap - 3, top - 1, text_w + 6, line_h * len(self.lines) + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.selected_backdrop if selected else style.label_backdrop))
            painter.drawRoundedRect(backdrop, 3, 3)
            painter.setFont(self.grid.label_font(self.font_scale))
            painter.setPen(QColor(style.selection if selected else style.text))
            for index, line in enumerate(self.lines):
                painter.drawText(QPointF(r + gap, top + index * line_h + fm.ascent()), line)
        if selected:
            halo = r + self.outline_width + 3
            painter.setPen(QPen(QColor(style.selection), max(2.0, self.diameter / 8)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), halo, halo)
        painter.setPen(self.pen)
        painter.setBrush(self.fill)
        inner = r - self.outline_width / 2
        draw_marker_shape(painter, self.shape_name, QPointF(0, 0), inner)
        if self.inside:
            self._paint_inside(painter, r)

    def inside_font(self) -> QFont:
        """The font of the number inside a crowded cell's marker: as large as the marker lets
        two digits be (made once per size: the room screen paints three thousand)."""
        size = INSIDE_SIZE if len(self.inside) < 3 else INSIDE_SIZE * 0.76
        pixels = max(6, round(self.diameter * size))
        base = self.grid.label_font()
        key = (base.key(), pixels)
        font = _INSIDE_FONTS.get(key)
        if font is None:
            if len(_INSIDE_FONTS) >= 64:
                _INSIDE_FONTS.clear()
            font = QFont(base)
            font.setWeight(QFont.Weight.Bold)
            font.setPixelSize(pixels)
            _INSIDE_FONTS[key] = font
        return font

    def _paint_inside(self, painter: QPainter, r: float) -> None:
        fill = self.fill
        light = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF() > 0.55
        painter.setFont(self.inside_font())
        painter.setPen(QColor("#000000" if light else "#ffffff"))
        painter.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, self.inside)

    # dragging

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        scene = self.scene()
        if scene is not None:
            scene.clearSelection()
        self.setSelected(True)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._press = event.scenePos()
        self._start = self.pos()
        self._dragging = False
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None or not self.grid.editable:
            return
        delta = event.scenePos() - self._press
        if not self._dragging:
            if delta.manhattanLength() < QApplication.startDragDistance():
                return
            self._dragging = True
            self.setZValue(Z_DRAGGED)
        self.setPos(self.grid.clamp_to_cells(self._start + delta))
        self.grid.dragging(self)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        dragged = self._dragging
        self._press = None
        self._dragging = False
        self.setZValue(Z_MARKERS)
        if not dragged:
            return
        target = self.grid.geometry.cell_at(self.pos().x(), self.pos().y())
        self.setPos(self.home)
        self.grid.dropped(self, target)


class Connector(DrawnItem):
    """A line between two points: a relation or a move, optionally dashed, with an arrowhead
    at the end and a hollow "earlier position" ring at the start."""

    def __init__(
        self,
        colour: str,
        width: float,
        *,
        dashed: bool = False,
        arrow: bool = False,
        ghost: float = 0.0,
        ghost_colour: str = "",
        end_dot: float = 0.0,
    ) -> None:
        super().__init__()
        self.colour = QColor(colour)
        self.width = width
        self.dashed = dashed
        self.arrow = arrow
        self.ghost = ghost
        self.ghost_colour = QColor(ghost_colour or colour)
        self.end_dot = end_dot
        #: The markers the ends follow (uuids), if any.
        self.source = ""
        self.target = ""
        self.start = QPointF()
        self.end = QPointF()
        self.start_gap = 0.0
        self.end_gap = 0.0
        self._rect = QRectF()

    def set_points(self, start: QPointF, end: QPointF, start_gap: float, end_gap: float) -> None:
        self.prepareGeometryChange()
        self.start, self.end = start, end
        self.start_gap, self.end_gap = start_gap, end_gap
        margin = self.width * 4 + max(self.ghost, self.end_dot) + 2
        self._rect = QRectF(start, end).normalized().adjusted(-margin, -margin, margin, margin)

    def boundingRect(self) -> QRectF:
        return self._rect

    def segment(self) -> QLineF | None:
        line = QLineF(self.start, self.end)
        length = line.length()
        if length <= self.start_gap + self.end_gap + 1:
            return None
        unit = line.unitVector()
        d = QPointF(unit.dx(), unit.dy())
        return QLineF(self.start + d * self.start_gap, self.end - d * self.end_gap)

    def draw(self, painter: QPainter) -> None:
        if self.ghost:
            pen = QPen(self.ghost_colour, max(1.5, self.width * 0.8), Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(QColor(255, 255, 255, 200))
            painter.drawEllipse(self.start, self.ghost, self.ghost)
        if self.end_dot:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.ghost_colour)
            painter.drawEllipse(self.end, self.end_dot, self.end_dot)
        line = self.segment()
        if line is None:
            return
        head = self.width * 3.2 + 4 if self.arrow else 0.0
        body = QLineF(line)
        if self.arrow and line.length() > head:
            unit = line.unitVector()
            body.setP2(line.p2() - QPointF(unit.dx(), unit.dy()) * head * 0.8)
        pen = QPen(self.colour, self.width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if self.dashed:
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([3.0, 2.2])
        painter.setPen(pen)
        painter.drawLine(body)
        if self.arrow:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour)
            painter.drawPolygon(arrow_head(line, head))


def arrow_head(line: QLineF, size: float) -> QPolygonF:
    angle = math.atan2(line.dy(), line.dx())
    tip = line.p2()
    spread = 0.45
    return QPolygonF(
        [
            tip,
            tip - QPointF(math.cos(angle - spread), math.sin(angle - spread)) * size,
            tip - QPointF(math.cos(angle + spread), math.sin(angle + spread)) * size,
        ]
    )


# -- the scene -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MarkerData:
    actor: Actor
    fill: str
    shape: str
    label: str
    #: The text, or what makes it when the tooltip is shown (two thousand markers described
    #: for the few a user points at).
    tooltip: str | Callable[[], str]
    #: The register number, drawn inside the marker when its cell has no room for labels.
    number: str = ""


@dataclass
class Overlay:
    relations: list[tuple[str, str, str]] = field(default_factory=list)  # source, target, kind
    #: (uuid, from (influence, interest), to (influence, interest) or None for the marker itself)
    moves: Moves = field(default_factory=list)


#: A new layout of more markers than this (a large map's names hidden) is done in two turns.
SPLIT_AT = 600


class GridScene(QGraphicsScene):
    """Background, markers and overlays; the view decides the size, the widget the data."""

    def __init__(self, style: GridStyle, base_font: QFont, parent: Any = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.look = style
        self._base_font = QFont(base_font)
        self._fonts: dict[float, tuple[QFont, QFontMetricsF]] = {}
        #: The sizes asked for; :meth:`set_size` shrinks them (not below ``least`` times) so
        #: the whole grid fits the view.
        self.base_metrics = style.metrics
        self.least = 0.75
        #: The room screen: a smaller type in a crowded cell rather than names cut short, and
        #: numbers inside the markers where no label fits beside them.
        self.roomy = False
        self._view_size = (0.0, 0.0)
        self.geometry = grid_geometry(0, 0, style.metrics)
        self.editable = True
        self.on_drop: Callable[[str, tuple[int, int]], None] | None = None
        #: Called after each layout (the widget selects a marker asked for before there was one).
        self.on_laid_out: Callable[[], None] | None = None
        self.markers: dict[str, ActorMarker] = {}
        self.connectors: list[Connector] = []
        self._attached: dict[str, list[tuple[Connector, bool]]] = {}
        self._data: list[MarkerData] = []
        self._overlay = Overlay()
        self._drop_cell: tuple[int, int] | None = None
        self.quadrant_titles: dict[str, str] = {}
        self.axis_titles = ("", "")  # influence, interest
        self._background: tuple[Any, ...] = ()  # what the background was last drawn from
        self._layout_due = False  # the first layout waits for the next turn of the event loop
        self._rest_due = False  # and is done in two parts (see _first_layout)
        self.setBackgroundBrush(QColor(style.background))

    # fonts

    def label_font(self, scale: float = 1.0) -> QFont:
        return self._font_entry(scale)[0]

    def font_metrics(self, scale: float = 1.0) -> QFontMetricsF:
        return self._font_entry(scale)[1]

    def _font_entry(self, scale: float) -> tuple[QFont, QFontMetricsF]:
        entry = self._fonts.get(scale)
        if entry is None:
            font = QFont(self._base_font)
            font.setPixelSize(max(6, round(self.look.metrics.label_px * scale)))
            font.setWeight(self.look.label_weight)
            entry = (font, QFontMetricsF(font))
            self._fonts[scale] = entry
        return entry

    def _advance(self, text: str, scale: float) -> float:
        return self.font_metrics(scale).horizontalAdvance(text)

    def label_gap(self) -> float:
        return self.look.metrics.line_h * 0.35

    # layout

    def set_style(self, style: GridStyle, *, lay_out: bool = True) -> None:
        """A new look (the projector's sizes for another screen); laid out again at the size
        it has (``lay_out``; the caller may lay it out itself), and not before it has one."""
        self.look = style
        self.base_metrics = style.metrics
        self._fonts.clear()
        self.setBackgroundBrush(QColor(style.background))
        if lay_out and self._view_size != (0.0, 0.0):
            self.set_size(*self._view_size, force=True)

    def set_size(
        self, width: float, height: float, force: bool = False, *, first_later: bool = False
    ) -> None:
        """Lay the grid out for a view of ``width`` × ``height``; ``first_later``: a first
        layout (no markers yet) waits for the next turn of the event loop."""
        self._view_size = (width, height)
        metrics = fitting_metrics(width, height, self.base_metrics, self.least)
        if metrics != self.look.metrics:
            self.look = replace(self.look, metrics=metrics)
            self._fonts.clear()
            force = True
        geometry = grid_geometry(width, height, metrics)
        if geometry == self.geometry and self.markers and not force:
            return
        self.geometry = geometry
        # A grid that fits is exactly the view's size (no scroll bar for a rounding error: it
        # would shrink the view, and the grid with it, and the bar would go, and come back).
        self.setSceneRect(0, 0, _snug(geometry.width, width), _snug(geometry.height, height))
        if first_later and not self.markers and self._data:
            # The first layout of a grid just shown: its cells are painted at once, its markers
            # (two thousand on a large project) placed in the next turn of the event loop, so
            # the tab does not wait for them.
            if not self._layout_due:
                self._layout_due = True
                QTimer.singleShot(0, self, self._first_layout)
            return
        self.relayout()

    def laid_out(self) -> bool:
        """Whether every marker of the data is placed (not waiting for a first layout, or its
        second part)."""
        if self._layout_due or self._rest_due:
            return False
        placed = (e for e in self._data if None not in (e.actor.influence, e.actor.interest))
        return bool(self.markers) or next(placed, None) is None

    def _first_layout(self) -> None:
        """The first layout, in two turns of the event loop: the rows from the top holding
        about half the markers, then the rest (each turn places and paints a thousand markers
        of a large project, not two thousand)."""
        self._layout_due = False
        if self.markers:
            return  # laid out meanwhile
        self._in_two_turns()

    def _in_two_turns(self) -> None:
        """Lay out the rows from the top holding about half the markers now, the rest in the
        next turn of the event loop."""
        rows: dict[int, int] = {}
        for entry in self._data:
            if entry.actor.influence is not None and entry.actor.interest is not None:
                rows[entry.actor.influence] = rows.get(entry.actor.influence, 0) + 1
        first: set[int] = set()
        for influence in sorted(rows, reverse=True):
            if sum(rows[i] for i in first) * 2 >= sum(rows.values()):
                break
            first.add(influence)
        if len(first) == len(rows):
            self.relayout()
            return
        self.relayout(rows=first)
        self._rest_due = True
        # A timer, not a call posted at once (Qt would run it with the events of this turn):
        # input and paint come in between.
        QTimer.singleShot(1, self, self._rest_layout)

    def _rest_layout(self) -> None:
        if self._rest_due:
            self.relayout()  # the rows placed already are left as they are

    def set_content(self, data: Iterable[MarkerData], overlay: Overlay) -> None:
        self._data = list(data)
        self._overlay = overlay
        if self._view_size == (0.0, 0.0):
            # Not sized yet (a grid built before it is shown): the view's first resize lays it
            # out, once, at its size. Laid out here as well, two thousand markers were made and
            # measured for a size never shown, then measured again (60 of 130 ms).
            return
        if self._mostly_new():
            # Names hidden or shown on a large map (every label new): placed and painted in
            # two turns, as the first layout is, not two thousand markers in one.
            self._in_two_turns()
            return
        self.relayout()

    def _mostly_new(self) -> bool:
        """Whether more than :data:`SPLIT_AT` markers get data they were not placed with."""
        if len(self._data) <= SPLIT_AT or len(self.markers) <= SPLIT_AT:
            return False
        markers = self.markers
        new = 0
        for entry in self._data:
            marker = markers.get(entry.actor.uuid)
            if marker is None or not marker.placed or marker.placed[0] is not entry:
                new += 1
                if new > SPLIT_AT:
                    return True
        return False

    def relayout(self, rows: set[int] | None = None) -> None:
        """Place every marker and overlay for the current data and size; ``rows`` (levels of
        influence): only the markers of those rows, and nothing else (a first layout's part)."""
        if rows is None:
            self._rest_due = False  # whatever part of a first layout was left is done here
        g = self.geometry
        metrics = self.look.metrics
        by_cell: dict[tuple[int, int], list[MarkerData]] = {}
        for entry in self._data:
            influence, interest = entry.actor.influence, entry.actor.interest
            if influence is None or interest is None:
                continue  # not placed yet: listed beside the grid, not drawn
            if rows is None or influence in rows:
                by_cell.setdefault((influence, interest), []).append(entry)
        keep = set()
        new_items = []
        for (influence, interest), entries in by_cell.items():
            cell = g.cell_rect(influence, interest)
            # Numbers (names hidden) need far less room than names.
            short = all(len(entry.label) <= 4 for entry in entries)
            if self.roomy:
                labels = [entry.label for entry in entries]
                slots = roomy_slots(labels, cell.w, cell.h, metrics, self._advance)
            else:
                slots = cell_slots(
                    len(entries),
                    cell.w,
                    cell.h,
                    metrics.line_h,
                    metrics.marker_d,
                    min_label=NUMBER_LINES if short else NAME_LINES,
                )
            inside = [""] * len(entries)
            crowded = slots[0].label_width <= 0 or (short and slots[0].scale < 1)
            if self.roomy and crowded:
                # Numbers inside the markers where they read larger than beside them.
                numbered = numbered_slots(
                    len(entries), cell.w, cell.h, metrics.line_h, metrics.marker_d * 1.6
                )
                beside = metrics.label_px * slots[0].scale if slots[0].label_width > 0 else 0
                if numbered[0].diameter * INSIDE_SIZE > beside * 1.1:
                    slots = numbered
                    inside = [entry.number for entry in entries]
            for entry, slot, number in zip(entries, slots, inside, strict=True):
                uuid = entry.actor.uuid
                keep.add(uuid)
                marker = self.markers.get(uuid)
                if marker is None:
                    marker = ActorMarker(self, uuid)
                    self.markers[uuid] = marker
                    new_items.append(marker)
                x, y = cell.x + slot.x, cell.y + slot.y
                # An actor dropped in another cell moves its own and its neighbours' markers;
                # the two thousand others keep their data (the widget's same objects), slot and
                # look: nothing of theirs is set again.
                placed = (entry, slot, number, x, y, self.look)
                if marker.placed == placed:
                    continue
                style = (entry.fill, entry.shape)
                marker.configure(
                    entry.actor, style, entry.label, slot, entry.tooltip, QPointF(x, y), number
                )
                marker.placed = placed
        for marker in new_items:
            self.addItem(marker)
        if rows is not None:
            return
        for uuid in [u for u in self.markers if u not in keep]:
            self.removeItem(self.markers.pop(uuid))
        self._place_overlay()
        background = (g, self.look, tuple(self.quadrant_titles.items()), self.axis_titles)
        if background != self._background:
            # Only when it changed: the whole scene painted again, two thousand markers, after
            # every actor dropped in another cell.
            self._background = background
            self.invalidate(QRectF(), QGraphicsScene.SceneLayer.BackgroundLayer)
        if self.on_laid_out is not None:
            self.on_laid_out()

    def _place_overlay(self) -> None:
        for connector in self.connectors:
            self.removeItem(connector)
        self.connectors = []
        self._attached = {}
        width = self.look.line_width
        for source, target, kind in self._overlay.relations:
            a, b = self.markers.get(source), self.markers.get(target)
            if a is None or b is None:
                continue
            connector = Connector(
                RELATION_COLOURS.get(kind, "#555555"),
                width,
                dashed=kind == "conflict",
                arrow=kind == "dependency",
            )
            connector.setZValue(Z_RELATIONS)
            connector.setData(0, kind)
            self._attach(connector, source, True)
            self._attach(connector, target, False)
            self.connectors.append(connector)
        ghosts: dict[tuple[int, int], int] = {}
        ends: dict[tuple[int, int], int] = {}
        g = self.geometry
        spread = self.look.metrics.marker_d * 0.9
        for uuid, old, new in self._overlay.moves:
            marker = self.markers.get(uuid)
            if marker is None:
                continue
            index = ghosts.get(old, 0)
            ghosts[old] = index + 1
            cx, cy = g.cell_rect(*old).centre
            dx, dy = ghost_offset(index, spread)
            start = QPointF(cx + dx, cy + dy)
            ghost = marker.diameter / 2
            connector = Connector(
                "#37474f", width * 0.9, arrow=True, ghost=ghost, ghost_colour=marker.fill.name()
            )
            connector.setZValue(Z_ARROWS)
            connector.setData(0, "move")
            connector.setData(1, uuid)
            if new is None:
                connector.set_points(start, marker.home, ghost + 1, marker.diameter / 2 + 3)
                self._attach(connector, uuid, False)
            else:
                index = ends.get(new, 0)
                ends[new] = index + 1
                ex, ey = g.cell_rect(*new).centre
                ex2, ey2 = ghost_offset(index, spread)
                end = QPointF(ex + ex2, ey + ey2)
                connector.end_dot = ghost * 0.55
                connector.set_points(start, end, ghost + 1, ghost * 0.55 + 2)
            self.connectors.append(connector)
        for connector in self.connectors:
            self.addItem(connector)
        for uuid in self._attached:
            self._update_attached(uuid)

    def _attach(self, connector: Connector, uuid: str, is_start: bool) -> None:
        if is_start:
            connector.source = uuid
        else:
            connector.target = uuid
        self._attached.setdefault(uuid, []).append((connector, is_start))

    def _update_attached(self, uuid: str) -> None:
        for connector, _is_start in self._attached.get(uuid, []):
            a = self.markers.get(connector.source) if connector.source else None
            b = self.markers.get(connector.target) if connector.target else None
            connector.set_points(
                a.pos() if a else connector.start,
                b.pos() if b else connector.end,
                a.diameter / 2 + 2 if a else connector.start_gap,
                b.diameter / 2 + 3 if b else connector.end_gap,
            )

    # drag support

    def clamp_to_cells(self, point: QPointF) -> QPointF:
        c = self.geometry.cells
        return QPointF(
            min(max(point.x(), c.x), c.right - 1), min(max(point.y(), c.y), c.bottom - 1)
        )

    def dragging(self, marker: ActorMarker) -> None:
        cell = self.geometry.cell_at(marker.pos().x(), marker.pos().y())
        if cell != self._drop_cell:
            self._show_drop_cell(cell)
        self._update_attached(marker.uuid)

    def _show_drop_cell(self, cell: tuple[int, int] | None) -> None:
        """Mark ``cell`` (None: none) as where a dragged marker would land. The cells left and
        entered are painted again, not the whole grid (two thousand markers, 60 ms a cell)."""
        for changed in (self._drop_cell, cell):
            if changed is not None:
                rect = QRectF(*self.geometry.cell_rect(*changed)).adjusted(-2, -2, 2, 2)
                self.invalidate(rect, QGraphicsScene.SceneLayer.BackgroundLayer)
        self._drop_cell = cell

    def dropped(self, marker: ActorMarker, cell: tuple[int, int]) -> None:
        self._show_drop_cell(None)
        self._update_attached(marker.uuid)
        if self.on_drop is not None:
            self.on_drop(marker.uuid, cell)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """The tooltip of the topmost item under the pointer, as Qt's own, but asked of a
        marker through its :meth:`ActorMarker.toolTip` (made when shown, not for every marker
        on every change)."""
        text = ""
        for item in self.items(event.scenePos()):
            text = item.toolTip()
            if text:
                break
        QToolTip.showText(event.screenPos() if text else QPoint(), text, event.widget())
        event.setAccepted(bool(text))

    # background

    def drawBackground(self, painter: QPainter, rect: QRectF | Any) -> None:
        style = self.look
        g = self.geometry
        painter.fillRect(rect, QColor(style.background))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for key in ("manage_closely", "keep_satisfied", "keep_informed", "monitor"):
            q = g.quadrant_rect(key)
            painter.fillRect(QRectF(*q), QColor(style.tints[key]))
        if self._drop_cell is not None:
            target = g.cell_rect(*self._drop_cell)
            colour = QColor(style.selection)
            colour.setAlpha(40)
            painter.fillRect(QRectF(*target), colour)
            painter.setPen(QPen(QColor(style.selection), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(*target).adjusted(1, 1, -1, -1))
        # cell lines
        painter.setPen(QPen(QColor(style.cell_line), 1))
        cells = g.cells
        for step in range(1, STEPS):
            x = cells.x + step * g.cell_w
            y = cells.y + step * g.cell_h
            if step != HIGH - LOW:
                painter.drawLine(QLineF(x, cells.y, x, cells.bottom))
            if step != TOP - HIGH + 1:
                painter.drawLine(QLineF(cells.x, y, cells.right, y))
        # quadrant split and border
        split_pen = QPen(QColor(style.split_line), max(1.5, style.line_width * 0.75))
        painter.setPen(split_pen)
        top = cells.y - g.band
        bottom = cells.bottom + g.band
        split_x = cells.x + (HIGH - LOW) * g.cell_w
        split_y = cells.y + (TOP - HIGH + 1) * g.cell_h
        painter.drawLine(QLineF(split_x, top, split_x, bottom))
        painter.drawLine(QLineF(cells.x, split_y, cells.right, split_y))
        painter.setPen(QPen(QColor(style.border), 1))
        painter.drawRect(QRectF(cells.x, top, cells.w, bottom - top))
        # quadrant titles
        title_font = QFont(self._base_font)
        title_font.setPixelSize(round(style.metrics.title_px))
        title_font.setWeight(QFont.Weight.Bold)
        painter.setFont(title_font)
        fm = QFontMetricsF(title_font)
        for key, title in self.quadrant_titles.items():
            r = g.title_rect(key)
            painter.setPen(QColor(style.titles[key]))
            text = fm.elidedText(title, Qt.TextElideMode.ElideRight, r.w - 16)
            painter.drawText(QRectF(*r), Qt.AlignmentFlag.AlignCenter, text)
        # ticks and axis titles
        axis_font = QFont(self._base_font)
        axis_font.setPixelSize(round(style.metrics.axis_px))
        painter.setFont(axis_font)
        painter.setPen(QColor(style.muted))
        afm = QFontMetricsF(axis_font)
        tick_w = afm.horizontalAdvance("5") + 4
        for value in range(LOW, TOP + 1):
            cell = g.cell_rect(value, value)
            y_mid = cell.y + cell.h / 2
            painter.drawText(
                QRectF(cells.x - tick_w - 8, y_mid - afm.height() / 2, tick_w, afm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
            x_mid = cell.x + cell.w / 2
            painter.drawText(
                QRectF(x_mid - 20, bottom + 4, 40, afm.height()),
                Qt.AlignmentFlag.AlignCenter,
                str(value),
            )
        bold_axis = QFont(axis_font)
        bold_axis.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold_axis)
        painter.setPen(QColor(style.text))
        influence, interest = self.axis_titles
        painter.drawText(
            QRectF(cells.x, bottom + 4 + afm.height(), cells.w, afm.height() * 1.6),
            Qt.AlignmentFlag.AlignCenter,
            interest + "  →",
        )
        painter.save()
        painter.translate(cells.x - tick_w - 14 - afm.height() * 0.5, (top + bottom) / 2)
        painter.rotate(-90)
        height = afm.height() * 1.4
        painter.drawText(
            QRectF(-(bottom - top) / 2, -height / 2, bottom - top, height),
            Qt.AlignmentFlag.AlignCenter,
            influence + "  →",
        )
        painter.restore()
