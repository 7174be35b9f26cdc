"""Simple charts as ReportLab vector drawings: grouped bars and horizontal bars.

Drawn from shapes (rectangles, lines, strings) rather than ``reportlab.graphics.charts`` so that
every string is in the bundled font, cleaned of characters it cannot draw, and fitted to its room
(never clipped or overlapping), and so the charts stay legible in black and white: each bar
carries its value. Texts come in ready to print (translated, formatted numbers).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from workshop_app.domain.palette import SENTIMENT_COLOURS
from workshop_app.export import styles as st
from workshop_app.export.document import fit_text
from workshop_app.export.fonts import BOLD, REGULAR
from workshop_app.export.text import plain

#: Fills of the series of a grouped bar chart, in order (distinct in grey print too).
SERIES_FILLS = (
    colors.HexColor("#2f4b7c"),
    colors.HexColor("#7aa6c2"),
    colors.HexColor("#d9a441"),
    colors.HexColor("#b9b9b9"),
)
#: Fills for positive / neutral / negative / not given: the screen's sentiment colours.
SENTIMENT_FILLS = {key: colors.HexColor(value) for key, value in SENTIMENT_COLOURS.items()}
BAR_FILL = colors.HexColor("#546e7a")

_TEXT = 7.5
_SMALL = 6.8
_GRID = colors.Color(0.85, 0.85, 0.85)

Number = Callable[[float], str]


def _string(x: float, y: float, text: str, size: float = _TEXT, **kw: object) -> String:
    bold = bool(kw.pop("bold", False))
    out = String(x, y, plain(text), fontName=BOLD if bold else REGULAR, fontSize=size)
    out.fillColor = kw.pop("fillColor", st.INK)
    for key, value in kw.items():
        setattr(out, key, value)
    return out


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2 or 5 × 10ⁿ) so that about ``ticks`` steps reach ``top``."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)  # pragma: no cover (the loop always returns)


@dataclass(frozen=True)
class ChartSeries:
    """One series of a grouped bar chart: its name (legend) and one value per group
    (``None``: nothing measured in that group)."""

    name: str
    values: tuple[float | None, ...]


def grouped_bars(
    groups: Sequence[str],
    series: Sequence[ChartSeries],
    width: float,
    height: float,
    *,
    number: Number,
    missing: str = "–",
    fills: Sequence[colors.Color] = SERIES_FILLS,
) -> Drawing:
    """Vertical bars, one cluster per group (e.g. before / during / after), one bar per series
    (e.g. walking / cycling / other), each bar with its value on top; a legend above; a group
    where every value is ``None`` shows ``missing`` instead of bars."""
    drawing = Drawing(width, height)
    legend_h = 5 * mm
    axis_w = 9 * mm
    label_h = 5 * mm
    value_h = 3.6 * mm
    plot_x, plot_y = axis_w, label_h
    plot_w = width - axis_w - 1
    plot_h = height - legend_h - label_h - value_h
    # Legend: swatch and name per series, spread over the width.
    x = plot_x
    room = plot_w / max(1, len(series))
    for index, item in enumerate(series):
        fill = fills[index % len(fills)]
        drawing.add(
            Rect(x, height - 3.4 * mm, 2.6 * mm, 2.6 * mm, fillColor=fill, strokeColor=None)
        )
        text = fit_text(plain(item.name), REGULAR, _TEXT, room - 4 * mm)
        drawing.add(_string(x + 3.6 * mm, height - 3.1 * mm, text))
        x += room
    values = [v for s in series for v in s.values if v is not None]
    top = max(values, default=0.0)
    step = nice_step(top)
    scale_top = max(step, math.ceil(top / step) * step) if top > 0 else step
    # Grid lines and their numbers at the left.
    tick = 0.0
    while tick <= scale_top + 1e-9:
        y = plot_y + plot_h * tick / scale_top
        drawing.add(Line(plot_x, y, plot_x + plot_w, y, strokeColor=_GRID, strokeWidth=0.5))
        drawing.add(
            _string(
                plot_x - 1.5, y - 2.2, number(tick), _SMALL, textAnchor="end", fillColor=st.MUTED
            )
        )
        tick += step
    drawing.add(Line(plot_x, plot_y, plot_x + plot_w, plot_y, strokeColor=st.INK, strokeWidth=0.8))
    group_w = plot_w / max(1, len(groups))
    bars = max(1, len(series))
    bar_w = min(14 * mm, group_w * 0.78 / bars)
    for g, group in enumerate(groups):
        centre = plot_x + (g + 0.5) * group_w
        label = fit_text(plain(group), BOLD, _TEXT, group_w - 2)
        drawing.add(_string(centre, plot_y - 3.8 * mm, label, bold=True, textAnchor="middle"))
        column = [s.values[g] if g < len(s.values) else None for s in series]
        if all(v is None for v in column):
            text = fit_text(plain(missing), REGULAR, _SMALL, group_w - 2)
            drawing.add(
                _string(
                    centre, plot_y + 2 * mm, text, _SMALL, textAnchor="middle", fillColor=st.MUTED
                )
            )
            continue
        left = centre - bar_w * bars / 2
        for index, value in enumerate(column):
            if value is None:
                continue
            bar_h = plot_h * value / scale_top
            bx = left + index * bar_w
            fill = fills[index % len(fills)]
            drawing.add(
                Rect(bx + 0.6, plot_y, bar_w - 1.2, bar_h, fillColor=fill, strokeColor=None)
            )
            size = _SMALL if _width(number(value), REGULAR, _SMALL) <= bar_w + 2 else 5.5
            drawing.add(
                _string(
                    bx + bar_w / 2, plot_y + bar_h + 1.2, number(value), size, textAnchor="middle"
                )
            )
    return drawing


@dataclass(frozen=True)
class BarRow:
    """One row of a horizontal bar chart: its label, its value (bar length), the text printed
    after the bar (e.g. "24 · 60 %") and its fill."""

    label: str
    value: float
    text: str
    fill: colors.Color = BAR_FILL


ROW_HEIGHT = 5.2 * mm


def horizontal_bars(
    rows: Sequence[BarRow], width: float, *, label_width: float | None = None
) -> Drawing:
    """One row per entry: label at the left (shortened with "…" if too long), a bar scaled to the
    largest value, and the row's text after the bar. Height: :data:`ROW_HEIGHT` per row."""
    height = ROW_HEIGHT * max(1, len(rows)) + 1
    drawing = Drawing(width, height)
    if label_width is None:
        widest = max((_width(r.label, REGULAR, _TEXT) for r in rows), default=0.0)
        label_width = min(widest + 2 * mm, width * 0.42)
    texts = max((_width(r.text, REGULAR, _TEXT) for r in rows), default=0.0) + 2 * mm
    bar_room = max(10.0, width - label_width - texts)
    top = max((r.value for r in rows), default=0.0)
    for index, row in enumerate(rows):
        y = height - (index + 1) * ROW_HEIGHT
        label = fit_text(plain(row.label), REGULAR, _TEXT, label_width - 2 * mm)
        drawing.add(_string(0, y + 1.6 * mm, label))
        length = bar_room * row.value / top if top > 0 else 0.0
        bar_h = ROW_HEIGHT - 1.6 * mm
        if length > 0:
            drawing.add(
                Rect(label_width, y + 0.8 * mm, length, bar_h, fillColor=row.fill, strokeColor=None)
            )
        drawing.add(_string(label_width + length + 1.5 * mm, y + 1.6 * mm, row.text))
    drawing.add(
        Line(label_width, 0.5, label_width, height - 0.5, strokeColor=st.RULE, strokeWidth=0.6)
    )
    return drawing


def _width(text: str, font: str, size: float) -> float:
    return float(stringWidth(plain(text), font, size))
