"""Where the markers of the actors sharing one cell of the power/interest grid go: ONE rule for
the grid on screen (``ui/actors/grid_scene.py``) and the actor-map PDF (``export/actor_map.py``).

The layout is computed in the renderer's own units (pixels on screen, points on paper) from
sizes given as multiples of the label's line height, so the same cell in line heights gets the
same arrangement on both: one column of markers with their names while the rows fit, then more
columns, then a slightly smaller font, and when even that does not fit, a dense grid of
unlabelled markers (the register number on the marker still tells them apart).

Coordinates are relative to the cell's top left corner with y pointing DOWN; a renderer whose y
points up (ReportLab) flips them.
"""

from __future__ import annotations

import math
from typing import NamedTuple

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
