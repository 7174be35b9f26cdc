"""Where the markers of the actors sharing one cell of the power/interest grid go: ONE rule for
the grid on screen (``ui/actors/grid_scene.py``) and the actor-map PDF (``export/actor_map.py``).

The layout is computed in the renderer's own units (pixels on screen, points on paper) from
sizes given as multiples of the label's line height, so the same cell in line heights gets the
same arrangement on both: one column of markers with their names while the rows fit, then more
columns, then a slightly smaller font, and when even that does not fit, a dense grid of
unlabelled markers (the register number on the marker still tells them apart).

Coordinates are relative to the cell's top left corner with y pointing DOWN; a renderer whose y
points up (ReportLab) flips them. :func:`grid_geometry` places the 5×5 cells and the quadrant title
bands in a view of a given size (the screen's layout; the PDF writes the titles into the corner
cells instead).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from workshop_app.domain.actors import HIGH, INFLUENCE_RANGE, INTEREST_RANGE

# -- the grid -----------------------------------------------------------------------------------

LOW, TOP = INTEREST_RANGE
STEPS = TOP - LOW + 1
assert (LOW, TOP) == INFLUENCE_RANGE


class Rect(NamedTuple):
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)


@dataclass(frozen=True, slots=True)
class Metrics:
    """Sizes of the look (pixels on screen): what the geometry needs to know of the fonts."""

    label_px: float = 13.0
    title_px: float = 17.0
    axis_px: float = 13.0
    marker_d: float = 16.0

    @property
    def line_h(self) -> float:
        return self.label_px * 1.25


@dataclass(frozen=True, slots=True)
class GridGeometry:
    """Where the parts of the grid are, in the renderer's units (on screen: pixels at zoom 1):
    the 5×5 cells with a title band above the high-influence quadrants and below the others."""

    width: float
    height: float
    #: The 5×5 cells, without the quadrant title bands.
    cells: Rect
    band: float
    left_margin: float
    bottom_margin: float

    @property
    def cell_w(self) -> float:
        return self.cells.w / STEPS

    @property
    def cell_h(self) -> float:
        return self.cells.h / STEPS

    def cell_rect(self, influence: int, interest: int) -> Rect:
        """The cell of a rating: interest picks the column, influence the row (5 on top)."""
        column = interest - LOW
        row = TOP - influence
        return Rect(
            self.cells.x + column * self.cell_w,
            self.cells.y + row * self.cell_h,
            self.cell_w,
            self.cell_h,
        )

    def cell_at(self, x: float, y: float) -> tuple[int, int]:
        """The (influence, interest) of the cell nearest to a point; outside clamps to 1–5."""
        column = math.floor((x - self.cells.x) / self.cell_w)
        row = math.floor((y - self.cells.y) / self.cell_h)
        interest = min(max(LOW + column, LOW), TOP)
        influence = min(max(TOP - row, LOW), TOP)
        return influence, interest

    def quadrant_rect(self, key: str) -> Rect:
        """A quadrant with its title band."""
        split_x = self.cells.x + (HIGH - LOW) * self.cell_w
        split_y = self.cells.y + (TOP - HIGH + 1) * self.cell_h
        top = self.cells.y - self.band
        bottom = self.cells.bottom + self.band
        high_interest = key in ("manage_closely", "keep_informed")
        high_influence = key in ("manage_closely", "keep_satisfied")
        x0, x1 = (split_x, self.cells.right) if high_interest else (self.cells.x, split_x)
        y0, y1 = (top, split_y) if high_influence else (split_y, bottom)
        return Rect(x0, y0, x1 - x0, y1 - y0)

    def title_rect(self, key: str) -> Rect:
        q = self.quadrant_rect(key)
        if key in ("manage_closely", "keep_satisfied"):
            return Rect(q.x, q.y, q.w, self.band)
        return Rect(q.x, q.bottom - self.band, q.w, self.band)


def grid_geometry(width: float, height: float, metrics: Metrics) -> GridGeometry:
    """The layout for a view of ``width`` × ``height`` pixels; never smaller than readable."""
    left = metrics.axis_px * 2.0 + metrics.axis_px * 1.6 + 8
    bottom = metrics.axis_px * 1.9 + metrics.axis_px * 1.9
    top = right = max(6.0, metrics.axis_px * 0.5)
    band = metrics.title_px * 1.8
    min_cell_w = metrics.label_px * 8.5 + metrics.marker_d
    min_cell_h = metrics.line_h * 3.2
    cell_w = max((width - left - right) / STEPS, min_cell_w)
    cell_h = max((height - top - bottom - 2 * band) / STEPS, min_cell_h)
    cells = Rect(left, top + band, cell_w * STEPS, cell_h * STEPS)
    return GridGeometry(
        width=left + cells.w + right,
        height=cells.bottom + band + bottom,
        cells=cells,
        band=band,
        left_margin=left,
        bottom_margin=bottom,
    )


# -- a crowded cell -----------------------------------------------------------------------------

#: Label font scales tried in turn before the names give way.
SCALES = (1.0, 0.9, 0.8, 0.7)
#: Margin inside the cell and room between a marker and its name, in line heights.
PAD_LINES = 0.3
GAP_LINES = 0.35
#: Least width a label needs, in line heights: a name, or a number when names are hidden.
NAME_LINES = 3.5
NUMBER_LINES = 1.6


class Slot(NamedTuple):
    """Where one marker goes inside its cell (relative to the cell's top left corner)."""

    x: float  # centre of the marker
    y: float
    diameter: float
    label_width: float  # 0: no room for a label (the tooltip still names the actor)
    lines: int
    scale: float  # of the label font


def cell_slots(
    n: int,
    width: float,
    height: float,
    line_h: float,
    marker_d: float,
    min_label: float = NAME_LINES,
) -> list[Slot]:
    """Places for ``n`` markers sharing a cell of ``width`` × ``height``, in actor order.

    ``line_h`` is the label's line height and ``marker_d`` the marker's full diameter, in the
    same units as the cell. A label needs at least ``min_label`` line heights of width (less for
    numbers, when names are hidden, so numbers stay readable in crowded cells).

    Column-major: the first actors fill the first column from the top.
    """
    if n <= 0:
        return []
    pad = max(3.0 * line_h / 16.0, line_h * PAD_LINES)
    gap = line_h * GAP_LINES
    usable_w = width - 2 * pad
    usable_h = height - 2 * pad
    for scale in SCALES:
        lh = line_h * scale
        md = marker_d * min(1.0, scale + 0.1)
        row_min = max(lh, md) + 2 * line_h / 16.0
        for cols in range(1, n + 1):
            rows = math.ceil(n / cols)
            col_w = usable_w / cols
            label_w = col_w - md - gap - pad / 2
            if label_w < lh * min_label:
                break
            if usable_h / rows >= row_min:
                row_h = min(usable_h / rows, lh * 2.6 + 4 * line_h / 16.0)
                lines = 2 if row_h >= 2 * lh + 3 * line_h / 16.0 else 1
                top = pad + (usable_h - rows * row_h) / 2
                return [
                    Slot(
                        pad + (i // rows) * col_w + md / 2,
                        top + (i % rows) * row_h + row_h / 2,
                        md,
                        label_w,
                        lines,
                        scale,
                    )
                    for i in range(n)
                ]
    # Too many for labels: a dense grid in the cell's shape.
    cols = max(1, math.ceil(math.sqrt(n * usable_w / max(usable_h, 1.0))))
    rows = math.ceil(n / cols)
    col_w = usable_w / cols
    row_h = usable_h / rows
    md = max(3.0 * line_h / 16.0, min(marker_d, col_w * 0.8, row_h * 0.8))
    return [
        Slot(
            pad + (i % cols) * col_w + col_w / 2, pad + (i // cols) * row_h + row_h / 2, md, 0, 0, 1
        )
        for i in range(n)
    ]


def ghost_offset(index: int, radius: float) -> tuple[float, float]:
    """A spot near a cell's centre for the ``index``-th earlier position drawn in it (a spiral,
    so several never sit on top of each other)."""
    if index == 0:
        return (0.0, 0.0)
    angle = index * 2.399963  # the golden angle
    r = radius * math.sqrt(index)
    return (r * math.cos(angle), r * math.sin(angle))


# -- the room screen (a projector): fit the screen, numbers where names do not fit ---------------


def scaled_metrics(metrics: Metrics, factor: float) -> Metrics:
    return Metrics(
        metrics.label_px * factor,
        metrics.title_px * factor,
        metrics.axis_px * factor,
        metrics.marker_d * factor,
    )


def fitting_metrics(width: float, height: float, metrics: Metrics, least: float) -> Metrics:
    """``metrics``, or smaller in proportion (not below ``least`` times) so that the whole grid
    — cells, title bands, axes — fits ``width`` × ``height`` without scrolling."""
    if width <= 0 or height <= 0:
        return metrics
    factor = 1.0
    while factor > least:
        geometry = grid_geometry(width, height, scaled_metrics(metrics, factor))
        if geometry.width <= width + 0.5 and geometry.height <= height + 0.5:
            break
        factor = max(factor * 0.96, least)
    return scaled_metrics(metrics, factor)


def numbered_slots(
    n: int, width: float, height: float, line_h: float, largest: float = math.inf
) -> list[Slot]:
    """Places for ``n`` markers too many for labels beside them: a grid in the cell's shape
    with markers as large as their place allows (up to ``largest``), each to carry its number
    inside (where ``cell_slots`` would leave bare dots)."""
    pad = line_h * 0.2
    usable_w, usable_h = max(width - 2 * pad, 1.0), max(height - 2 * pad, 1.0)
    best: tuple[float, int] = (0.0, 1)
    for cols in range(1, n + 1):
        rows = math.ceil(n / cols)
        side = min(usable_w / cols, usable_h / rows)
        if side > best[0]:
            best = (side, cols)
    side, cols = best
    rows = math.ceil(n / cols)
    col_w, row_h = usable_w / cols, usable_h / rows
    diameter = min(side * 0.9, largest)
    return [
        Slot(
            pad + (i % cols) * col_w + col_w / 2,
            pad + (i // cols) * row_h + row_h / 2,
            diameter,
            0,
            0,
            1,
        )
        for i in range(n)
    ]


#: The text sizes the room screen tries in a crowded cell (of its label size).
TEXT_SIZES = (1.0, 0.9, 0.8, 0.7, 0.6)


def roomy_slots(
    labels: Sequence[str],
    width: float,
    height: float,
    metrics: Metrics,
    advance: Callable[[str, float], float],
) -> list[Slot]:
    """:func:`cell_slots` at the largest text size of :data:`TEXT_SIZES` where every label has
    room for its longest word and, over its lines, for all of it: on a projector, names whole in
    a smaller type rather than cut short in a larger one. ``advance(text, scale)`` is the width
    of ``text`` at ``scale`` times the label size. Where no size gives every label its room, the
    one that cuts least."""
    short = all(len(label) <= 4 for label in labels)
    best: tuple[float, list[Slot]] | None = None
    for size in TEXT_SIZES:
        slots = cell_slots(
            len(labels),
            width,
            height,
            metrics.line_h * size,
            metrics.marker_d * size,
            min_label=NUMBER_LINES if short else NAME_LINES,
        )
        if not slots or slots[0].label_width <= 0:
            continue
        slots = [slot._replace(scale=slot.scale * size) for slot in slots]
        first = slots[0]
        word = max((advance(w, first.scale) for t in labels for w in t.split()), default=0.0)
        whole = max((advance(t, first.scale) for t in labels), default=0.0)
        if first.lines > 1:
            whole *= 1.15  # room lost where lines break between words
        shortfall = max(word - first.label_width, 0) + max(
            whole - first.label_width * first.lines, 0
        )
        if shortfall <= 0:
            return slots
        if best is None or shortfall < best[0]:
            best = (shortfall, slots)
    if best is not None:
        return best[1]
    return cell_slots(len(labels), width, height, metrics.line_h, metrics.marker_d)
