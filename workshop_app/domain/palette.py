"""Colours and marker shapes of the actor map, ONE definition for the grid on screen
(``ui/actors/grid_scene.py``) and the actor-map PDF (``export/actor_map.py``).

A category is shown by two channels, so the map survives a black-and-white printer and the
common colour-vision deficiencies:

- a fill colour from the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), whose
  colours stay apart for deuteranopes, protanopes and tritanopes (black is left out: it would
  hide the attitude outline and the number on the marker); "other" is a dark grey;
- a marker shape (circle, square, triangle, diamond, …).

Categories take their style by their place in one order: the preset categories
(``ACTOR_CATEGORIES`` without "other"), then the custom ones in the order they were made. Place
``n`` gets ``STYLES[n]``: all 49 colour × shape combinations, ordered so that neighbours differ
in both colour and shape, and so that among the first ``GREY_SAFE`` (every preset and the first
custom category) two styles of the same shape differ by at least ``MIN_GREY_STEP`` in lightness
(L*), so a black-and-white print keeps them apart. Beyond 49 categories the styles repeat, and
the register number on (or beside) every marker tells the actors apart. "other" is a dark grey
circle. Colours are ``#rrggbb``.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from workshop_app.domain.vocabulary import ACTOR_CATEGORIES

#: Okabe–Ito without black: blue, orange, bluish green, reddish purple, sky blue, vermillion,
#: yellow.
COLOURS: tuple[str, ...] = (
    "#0072b2",
    "#e69f00",
    "#009e73",
    "#cc79a7",
    "#56b4e9",
    "#d55e00",
    "#f0e442",
)
#: Marker shapes, as their names; both renderers draw each of them (see ``shape_points``).
SHAPES: tuple[str, ...] = (
    "circle",
    "square",
    "triangle",
    "diamond",
    "triangle_down",
    "plus",
    "star",
)

#: "other" is grey and round in every project: the category of last resort.
OTHER = "other"
OTHER_COLOUR = "#4d4d4d"


class CategoryStyle(NamedTuple):
    colour: str
    shape: str


#: Outline of a marker by attitude, −2 (against) … +2 (for): ColorBrewer's orange–purple
#: scale, which deuteranopes and protanopes read as well as anyone (red against green did not).
#: The outline's width grows with the strength of the attitude too (a second channel).
ATTITUDE_COLOURS: dict[int, str] = {
    -2: "#b35806",
    -1: "#f1a340",
    0: "#757575",
    1: "#998ec3",
    2: "#542788",
}

#: The outline's line by attitude, so paper printed in black and white keeps the meaning the
#: colours give: against dotted, rather against dashed, neutral thin, for solid, strongly for
#: solid and heavy. Values: (dash pattern or None, width factor).
ATTITUDE_LINES: dict[int, tuple[tuple[float, float] | None, float]] = {
    -2: ((0.8, 1.2), 1.0),
    -1: ((3.0, 1.6), 1.0),
    0: (None, 0.6),
    1: (None, 1.0),
    2: (None, 1.6),
}

#: Lines between actors by relation kind (conflict is also dashed, dependency has an arrow).
RELATION_COLOURS: dict[str, str] = {
    "cooperation": "#2e7d32",
    "conflict": "#c62828",
    "dependency": "#1565c0",
}


class QuadrantColours(NamedTuple):
    """The colours of a quadrant of the power/interest grid."""

    #: The ground, on screen and on paper: a light tint that keeps black text and every category
    #: colour readable, told apart from the others by hue.
    tint: str
    #: The quadrant's name, in a dark shade of its tint.
    ink: str
    #: The same for a projector on a wall: a stronger tint and a darker name (a washed-out beam).
    projector_tint: str
    projector_ink: str


QUADRANT_COLOURS: dict[str, QuadrantColours] = {
    "manage_closely": QuadrantColours("#fbe9e1", "#9c3f22", "#f8d9cb", "#7a2a10"),
    "keep_satisfied": QuadrantColours("#e7eef7", "#2c5a87", "#d6e3f3", "#163f69"),
    "keep_informed": QuadrantColours("#e6f1e4", "#3b7236", "#d5ead2", "#21521d"),
    "monitor": QuadrantColours("#f0efea", "#6a6860", "#e8e6df", "#3e3d38"),
}
QUADRANT_TINTS: dict[str, str] = {key: c.tint for key, c in QUADRANT_COLOURS.items()}
QUADRANT_INKS: dict[str, str] = {key: c.ink for key, c in QUADRANT_COLOURS.items()}
PROJECTOR_QUADRANT_TINTS: dict[str, str] = {
    key: c.projector_tint for key, c in QUADRANT_COLOURS.items()
}
PROJECTOR_QUADRANT_INKS: dict[str, str] = {
    key: c.projector_ink for key, c in QUADRANT_COLOURS.items()
}

#: Feedback sentiment (``""``: not given), Okabe–Ito so positive and negative stay apart for
#: colour-blind readers: the feedback form, the trial summary's chart and the trial report.
SENTIMENT_COLOURS: dict[str, str] = {
    "positive": "#009E73",
    "neutral": "#999999",
    "negative": "#D55E00",
    "": "#CCCCCC",
}


class StatusChip(NamedTuple):
    """How a test's status is shown as a chip: its fill and its text."""

    fill: str
    ink: str


#: Chips per test status (the test list, the test's record): grey idea, blue planned, amber
#: running, violet evaluated, green decided. Dark text on light fills, readable on a projector.
STATUS_CHIPS: dict[str, StatusChip] = {
    "idea": StatusChip("#e4e4e4", "#333333"),
    "planned": StatusChip("#d5e3fb", "#1b3a73"),
    "running": StatusChip("#ffe2a8", "#5c3d00"),
    "evaluated": StatusChip("#e6dbfa", "#3d2673"),
    "decided": StatusChip("#cfeed6", "#1b5128"),
}


def status_chip(status: str) -> StatusChip:
    """The chip of a status (an unknown one looks like an idea)."""
    return STATUS_CHIPS.get(status, STATUS_CHIPS["idea"])


_PRESETS = tuple(c for c in ACTOR_CATEGORIES if c != OTHER)

#: (colour, shape) indices in place order; found by a small search (see the module docstring).
_ORDER = (
    (0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (0, 1), (1, 2), (2, 4),
    (3, 6), (4, 5), (6, 0), (0, 3), (1, 0), (2, 1), (6, 2), (0, 4), (6, 5), (2, 0),
    (6, 3), (5, 6), (3, 1), (4, 2), (5, 3), (4, 6), (5, 4), (1, 5), (3, 0), (1, 3),
    (2, 5), (3, 4), (4, 1), (5, 2), (0, 6), (1, 4), (2, 3), (3, 2), (4, 0), (5, 1),
    (0, 5), (6, 1), (1, 6), (3, 5), (2, 6), (4, 3), (5, 0), (6, 4), (0, 2),
)  # fmt: skip
STYLES: tuple[CategoryStyle, ...] = tuple(CategoryStyle(COLOURS[c], SHAPES[s]) for c, s in _ORDER)
#: Places whose styles keep apart in black and white (all presets and the first custom one).
GREY_SAFE = len(_PRESETS) + 1
#: Least lightness difference (CIE L*) between two styles of the same shape among the first
#: ``GREY_SAFE``.
MIN_GREY_STEP = 10.0


def category_index(category: str, custom_order: tuple[str, ...] = ()) -> int | None:
    """The category's place in the style order, or ``None`` for "other" and unknown keys."""
    if category in _PRESETS:
        return _PRESETS.index(category)
    if category in custom_order:
        return len(_PRESETS) + custom_order.index(category)
    return None


def category_style(category: str, custom_order: tuple[str, ...] = ()) -> CategoryStyle:
    """Colour and shape of a preset category key or a custom category's uuid (its place in
    ``custom_order`` decides); "other" and unknown keys are a grey circle."""
    index = category_index(category, custom_order)
    if index is None:
        return CategoryStyle(OTHER_COLOUR, "circle")
    return STYLES[index % len(STYLES)]


def category_colour(category: str, custom_order: tuple[str, ...] = ()) -> str:
    return category_style(category, custom_order).colour


def shape_points(shape: str) -> tuple[tuple[float, float], ...]:
    """The outline of ``shape`` as a polygon around (0, 0) with y pointing UP, scaled to a
    marker of radius 1 (so the shapes look about as large as the circle); ``()`` for the
    circle, which both renderers draw as a circle. Screen code flips y."""
    if shape == "square":
        s = 0.86
        return ((-s, -s), (s, -s), (s, s), (-s, s))
    if shape == "triangle":
        return ((0.0, 1.15), (1.05, -0.7), (-1.05, -0.7))
    if shape == "triangle_down":
        return ((0.0, -1.15), (-1.05, 0.7), (1.05, 0.7))
    if shape == "diamond":
        d = 1.18
        return ((0.0, d), (d, 0.0), (0.0, -d), (-d, 0.0))
    if shape == "star":
        return tuple(
            (
                (1.25 if k % 2 == 0 else 0.5) * math.sin(k * math.pi / 5),
                (1.25 if k % 2 == 0 else 0.5) * math.cos(k * math.pi / 5),
            )
            for k in range(10)
        )
    if shape == "plus":
        a, b = 1.0, 0.38
        return (
            (-b, a), (b, a), (b, b), (a, b), (a, -b), (b, -b),
            (b, -a), (-b, -a), (-b, -b), (-a, -b), (-a, b), (-b, b),
        )  # fmt: skip
    return ()


assert OTHER in ACTOR_CATEGORIES
assert len(set(_ORDER)) == len(COLOURS) * len(SHAPES) == len(_ORDER)
assert all(shape == "circle" or shape_points(shape) for shape in SHAPES)
