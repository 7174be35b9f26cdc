"""Category colours and shapes that survive a black-and-white printer and colour blindness
(issue 12, item 10): one definition (domain/palette.py), two channels."""

from __future__ import annotations

import itertools
import math

from workshop_app.domain.palette import (
    COLOURS,
    GREY_SAFE,
    MIN_GREY_STEP,
    OTHER,
    OTHER_COLOUR,
    SHAPES,
    STYLES,
    category_style,
    shape_points,
)
from workshop_app.domain.vocabulary import ACTOR_CATEGORIES

#: Custom categories a project might make (the test covers the presets and these).
CUSTOM = tuple(f"00000000-0000-4000-8000-{n:012d}" for n in range(8))
#: Every category in style order: presets (without "other"), then the custom ones.
ORDER = tuple(c for c in ACTOR_CATEGORIES if c != OTHER) + CUSTOM

# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
_DEUTERANOPIA = (
    (0.367322, 0.860646, -0.227968),
    (0.280085, 0.672501, 0.047413),
    (-0.011820, 0.042940, 0.968881),
)
_PROTANOPIA = (
    (0.152286, 1.052583, -0.204868),
    (0.114503, 0.786281, 0.099216),
    (-0.003882, -0.048116, 1.051998),
)
_NORMAL = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))

#: Smallest CIE76 ΔE between two category colours, for each kind of vision (ΔE ≈ 2.3 is a
#: just-noticeable difference; markers are small, so ask for far more).
MIN_DELTA_E = 15.0


def _linear(hex_colour: str) -> tuple[float, float, float]:
    def one(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return one(r), one(g), one(b)


def _lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = (min(1.0, max(0.0, v)) for v in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _seen(hex_colour: str, matrix: tuple[tuple[float, ...], ...]) -> tuple[float, float, float]:
    rgb = _linear(hex_colour)
    simulated = tuple(sum(row[i] * rgb[i] for i in range(3)) for row in matrix)
    return _lab(simulated)  # type: ignore[arg-type]


def test_every_category_has_a_palette_colour_and_a_drawable_shape() -> None:
    for category in (*ACTOR_CATEGORIES, *CUSTOM):
        style = category_style(category, CUSTOM)
        assert style.colour in (*COLOURS, OTHER_COLOUR) and style.shape in SHAPES
        assert style.shape == "circle" or len(shape_points(style.shape)) >= 3
    assert category_style(OTHER) == (OTHER_COLOUR, "circle")
    assert category_style("unknown-key") == (OTHER_COLOUR, "circle")


def test_neighbouring_categories_differ_in_colour_and_shape() -> None:
    for a, b in itertools.pairwise(ORDER):
        style_a, style_b = category_style(a, CUSTOM), category_style(b, CUSTOM)
        assert style_a.shape != style_b.shape, (a, b)
        assert style_a.colour != style_b.colour, (a, b)


def test_up_to_colours_times_shapes_categories_all_look_different() -> None:
    styles = [category_style(c, CUSTOM) for c in ORDER]
    assert len(set(styles)) == len(styles)
    assert len(set(STYLES)) == len(STYLES) == len(COLOURS) * len(SHAPES)
    for a, b in itertools.pairwise(STYLES):  # neighbours far beyond the presets too
        assert a.colour != b.colour and a.shape != b.shape


def test_colours_stay_apart_for_deuteranopes_protanopes_and_normal_vision() -> None:
    colours = (*COLOURS, OTHER_COLOUR)
    for name, matrix in (
        ("normal", _NORMAL),
        ("deuteranopia", _DEUTERANOPIA),
        ("protanopia", _PROTANOPIA),
    ):
        seen = {c: _seen(c, matrix) for c in colours}
        for a, b in itertools.combinations(colours, 2):
            distance = math.dist(seen[a], seen[b])
            assert distance >= MIN_DELTA_E, f"{name}: {a} and {b} only ΔE {distance:.1f} apart"


def test_categories_of_the_same_grey_differ_in_shape() -> None:
    """On a black-and-white printer only lightness and shape are left: two categories whose
    colours print as nearly the same grey must not share a shape (every preset category, the
    first custom one and "other")."""
    assert len(ACTOR_CATEGORIES) <= GREY_SAFE  # the presets without "other", plus one custom
    styles = {c: category_style(c, CUSTOM) for c in (*ORDER[:GREY_SAFE], OTHER)}
    grey = {c: _lab(_linear(s.colour))[0] for c, s in styles.items()}
    for a, b in itertools.combinations(styles, 2):
        if abs(grey[a] - grey[b]) < MIN_GREY_STEP:
            assert styles[a].shape != styles[b].shape, (a, b, styles[a], styles[b])


def test_attitude_outlines_keep_for_and_against_apart_for_colour_blind_readers() -> None:
    from workshop_app.domain.palette import ATTITUDE_COLOURS

    for matrix in (_NORMAL, _DEUTERANOPIA, _PROTANOPIA):
        seen = {k: _seen(c, matrix) for k, c in ATTITUDE_COLOURS.items()}
        for a, b in itertools.combinations(seen, 2):
            assert math.dist(seen[a], seen[b]) >= MIN_DELTA_E, (a, b)
