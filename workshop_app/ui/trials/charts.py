"""Small charts for the evidence of a test, drawn with QPainter (no plotting dependency).

The numbers come from pure functions of a :class:`TrialSummary` (``passing_per_hour_bars``,
``staying_per_hour_bars``, ``sentiment_bars``, ``theme_bars``) that return keys and values only,
so tests check them with known inputs; the widgets give the keys words and colours.

Colours are from the Okabe–Ito palette, which stays distinguishable with the common kinds of
colour blindness; every bar also has its value written on it, so no reading depends on colour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop_app.domain.numbers import whole_percents as whole_percents
from workshop_app.domain.palette import SENTIMENT_COLOURS
from workshop_app.domain.trial_summary import PhaseSummary
from workshop_app.domain.trials import TrialSummary
from workshop_app.domain.vocabulary import (
    COUNT_PHASES,
    SENTIMENTS,
    STAY_ACTIVITIES,
    TRAVEL_MODES,
)

#: The group of a per-hour chart that adds up every mode or activity.
ALL = "all"
#: The group of the sentiment chart for feedback without a sentiment.
NO_SENTIMENT = ""

#: Okabe–Ito colours.
PHASE_COLORS = {"before": "#56B4E9", "during": "#E69F00", "after": "#0072B2"}
SENTIMENT_COLORS = SENTIMENT_COLOURS  # one definition for screen and paper (domain/palette)
THEME_COLOR = "#0072B2"


@dataclass(frozen=True)
class Bar:
    """One bar: its group (a key: ``"all"``, a mode, an activity, a sentiment, a theme), its
    series (a phase key; ``""`` in single-series charts), its value and, where it means
    something, its share of the whole (0–1)."""

    group: str
    series: str
    value: float
    share: float | None = None


# -- the numbers (pure) ------------------------------------------------------------------------


def counted_phases(summary: TrialSummary) -> tuple[str, ...]:
    """The phases with counting time, in the order before, during, after."""
    return tuple(
        phase for phase in COUNT_PHASES if phase in summary.counts and summary.counts[phase].counted
    )


def _per_hour_bars(
    summary: TrialSummary,
    groups: tuple[str, ...],
    total: Callable[[PhaseSummary], float | None],
    split: Callable[[PhaseSummary], tuple[float, ...] | None],
) -> list[Bar]:
    """Per hour, first all ``groups`` together (``total``), then each (``split``); one bar per
    phase that was counted."""
    bars: list[Bar] = []
    phases = counted_phases(summary)
    for group in (ALL, *groups):
        for phase in phases:
            counts = summary.counts[phase]
            if group == ALL:
                value = total(counts) or 0.0
            else:
                value = (split(counts) or (0.0,) * len(groups))[groups.index(group)]
            bars.append(Bar(group, phase, value))
    return bars


def passing_per_hour_bars(summary: TrialSummary) -> list[Bar]:
    """People passing per hour counted: first all modes together, then each mode; one bar per
    phase that was counted."""
    return _per_hour_bars(
        summary,
        TRAVEL_MODES,
        lambda counts: counts.passing_per_hour,
        lambda counts: counts.passing_per_hour_by_mode(),
    )


def staying_per_hour_bars(summary: TrialSummary) -> list[Bar]:
    """People staying per hour counted: first every activity together, then each activity."""
    return _per_hour_bars(
        summary,
        STAY_ACTIVITIES,
        lambda counts: counts.staying_per_hour,
        lambda counts: counts.staying_per_hour_by_activity(),
    )


def sentiment_bars(summary: TrialSummary) -> list[Bar]:
    """Feedback per sentiment with its share of all feedback; "not given" only when there is
    any. Empty without feedback."""
    total = summary.feedback_total
    if not total:
        return []
    keys = [*SENTIMENTS] + ([NO_SENTIMENT] if summary.sentiment.get(NO_SENTIMENT) else [])
    return [
        Bar(key, "", summary.sentiment.get(key, 0), summary.sentiment.get(key, 0) / total)
        for key in keys
    ]


def theme_bars(summary: TrialSummary, limit: int = 8) -> list[Bar]:
    """The most used themes, most used first, with their share of all feedback."""
    total = summary.feedback_total
    return [
        Bar(tag, "", count, count / total if total else None)
        for tag, count in summary.themes[:limit]
    ]


def change_percent(before: float | None, after: float | None) -> int | None:
    """How much ``after`` differs from ``before``, in whole per cent (``None`` when there is
    nothing to compare with)."""
    if before is None or after is None or before <= 0:
        return None
    return round((after - before) / before * 100)


def format_value(value: float) -> str:
    """A count or an average as a person reads it: whole numbers from 10, else one decimal."""
    locale = QLocale()
    if abs(value) >= 10 or float(value).is_integer():
        return locale.toString(round(value))
    return locale.toString(float(value), "f", 1)


# -- drawing -----------------------------------------------------------------------------------


def _text_color(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.WindowText)


def _hint_color(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.PlaceholderText)


def _draw_empty(widget: QWidget, painter: QPainter, text: str) -> None:
    painter.setPen(_hint_color(widget))
    rect = QRectF(widget.contentsRect()).adjusted(12, 12, -12, -12)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)


class _Canvas(NamedTuple):
    """What a chart's paint event draws with: the painter, the font's metrics, the bold font
    and its metrics, the rectangle to fill and the height of a line of text."""

    painter: QPainter
    fm: QFontMetrics
    bold: QFont
    bold_fm: QFontMetrics
    rect: QRectF
    line: int


class _Chart(QWidget):
    """What both charts share: the text shown (and read out) when there is nothing to draw,
    the description kept as the accessible description, the sizes, the start of painting."""

    #: The least height the chart asks for.
    MINIMUM_HEIGHT = 150

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def describe(self) -> str:
        """What the chart shows, in words (its accessible description); each chart says it."""
        raise NotImplementedError(f"{type(self).__name__} must describe what it shows")

    def _changed(self, empty_text: str) -> None:
        """The data was set: remember ``empty_text``, describe and redraw."""
        self._empty = empty_text
        self.setAccessibleDescription(self.describe())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 230)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.MINIMUM_HEIGHT)

    def _canvas(self, empty: bool) -> _Canvas | None:
        """A painter on the chart; None, with the empty text drawn, when ``empty``."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if empty:
            _draw_empty(self, painter, self._empty)
            return None
        bold = QFont(self.font())
        bold.setBold(True)
        fm = QFontMetrics(self.font())
        rect = QRectF(self.contentsRect()).adjusted(4, 4, -4, -4)
        return _Canvas(painter, fm, bold, QFontMetrics(bold), rect, fm.height())


class GroupedBarChart(_Chart):
    """Vertical bars in groups (e.g. all / walking / cycling / other), one colour per series
    (e.g. before / during), the value written above each bar and a legend on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._groups: list[tuple[str, str]] = []
        self._series: list[tuple[str, str, QColor]] = []

    def set_data(
        self,
        bars: Sequence[Bar],
        groups: Sequence[tuple[str, str]],
        series: Sequence[tuple[str, str, str]],
        empty_text: str,
    ) -> None:
        """``groups``: (key, label) in order; ``series``: (key, label, colour) in order; only
        groups and series with bars are drawn. ``empty_text`` shows when there are no bars."""
        self._bars = list(bars)
        used_groups = {b.group for b in self._bars}
        used_series = {b.series for b in self._bars}
        self._groups = [(k, label) for k, label in groups if k in used_groups]
        self._series = [(k, label, QColor(c)) for k, label, c in series if k in used_series]
        self._changed(empty_text)

    @property
    def bars(self) -> list[Bar]:
        return list(self._bars)

    def describe(self) -> str:
        """The chart as text (a screen reader's description; tests read it too)."""
        if not self._bars:
            return self._empty
        series = {k: label for k, label, _c in self._series}
        parts = []
        for key, label in self._groups:
            values = [
                f"{series.get(b.series, b.series)} {format_value(b.value)}"
                for b in self._bars
                if b.group == key
            ]
            parts.append(f"{label}: " + ", ".join(values))
        return "; ".join(parts)

    def paintEvent(self, event: QPaintEvent) -> None:
        canvas = self._canvas(not self._bars or not self._groups or not self._series)
        if canvas is None:
            return
        painter, fm, bold, bold_fm, rect, line = canvas

        # Legend, right-aligned on top.
        box = max(8, line - 6)
        x = rect.right()
        for _key, label, color in reversed(self._series):
            width = fm.horizontalAdvance(label)
            x -= width
            painter.setPen(_text_color(self))
            painter.drawText(QRectF(x, rect.top(), width + 2, line), label)
            x -= box + 5
            painter.fillRect(QRectF(x, rect.top() + (line - box) / 2, box, box), color)
            x -= 14
        plot = QRectF(rect.left(), rect.top() + line + 8, rect.width(), 0)
        plot.setBottom(rect.bottom() - line - 6)
        if plot.height() < line * 2:
            return
        top_room = bold_fm.height() + 2
        highest = max(b.value for b in self._bars) or 1.0
        scale = (plot.height() - top_room) / highest
        group_width = plot.width() / len(self._groups)
        inner = group_width * 0.78
        bar_width = min(inner / len(self._series), line * 3.2)
        values = {(b.group, b.series): b.value for b in self._bars}
        for g, (group, label) in enumerate(self._groups):
            left = plot.left() + g * group_width
            used = bar_width * len(self._series)
            x0 = left + (group_width - used) / 2
            for s, (series, _label, color) in enumerate(self._series):
                value = values.get((group, series))
                if value is None:
                    continue
                height = value * scale
                bar = QRectF(x0 + s * bar_width + 1, plot.bottom() - height, bar_width - 2, height)
                painter.fillRect(bar, color)
                painter.setFont(bold)
                painter.setPen(_text_color(self))
                text = format_value(value)
                text_rect = QRectF(
                    bar.center().x() - bar_width, bar.top() - top_room, bar_width * 2, top_room
                )
                painter.drawText(
                    text_rect,
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    text,
                )
            painter.setFont(bold if group == ALL else self.font())
            metrics = bold_fm if group == ALL else fm
            painter.setPen(_text_color(self))
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(group_width) - 4)
            painter.drawText(
                QRectF(left, plot.bottom() + 4, group_width, line + 2),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                shown,
            )
        painter.setFont(self.font())
        painter.setPen(QPen(_hint_color(self), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())


@dataclass(frozen=True)
class Row:
    """One bar of a horizontal chart: label, value, the text written after it, colour."""

    label: str
    value: float
    text: str
    color: str


class HorizontalBarChart(_Chart):
    """Horizontal bars with their label on the left and their value written after the bar."""

    MINIMUM_HEIGHT = 120

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row], empty_text: str) -> None:
        self._rows = list(rows)
        self._changed(empty_text)

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def describe(self) -> str:
        if not self._rows:
            return self._empty
        return "; ".join(f"{r.label}: {r.text}" for r in self._rows)

    def paintEvent(self, event: QPaintEvent) -> None:
        canvas = self._canvas(not self._rows)
        if canvas is None:
            return
        painter, fm, bold, bold_fm, rect, line = canvas
        label_width = min(
            max(fm.horizontalAdvance(r.label) for r in self._rows) + 10, rect.width() * 0.4
        )
        text_width = max(bold_fm.horizontalAdvance(r.text) for r in self._rows) + 8
        bar_room = max(10.0, rect.width() - label_width - text_width)
        row_height = min(rect.height() / len(self._rows), line * 2.2)
        bar_height = max(6.0, min(row_height - 6, line * 1.5))
        highest = max(r.value for r in self._rows) or 1.0
        for index, row in enumerate(self._rows):
            top = rect.top() + index * row_height
            painter.setFont(self.font())
            painter.setPen(_text_color(self))
            label = fm.elidedText(row.label, Qt.TextElideMode.ElideRight, int(label_width) - 8)
            painter.drawText(
                QRectF(rect.left(), top, label_width - 8, row_height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            width = bar_room * row.value / highest
            bar = QRectF(
                rect.left() + label_width, top + (row_height - bar_height) / 2, width, bar_height
            )
            painter.fillRect(bar, QColor(row.color))
            painter.setFont(bold)
            painter.drawText(
                QRectF(bar.right() + 6, top, text_width, row_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                row.text,
            )
        painter.setPen(QPen(_hint_color(self), 1))
        x = rect.left() + label_width
        painter.drawLine(
            QRectF(x, rect.top(), 0, len(self._rows) * row_height).topLeft(),
            QRectF(x, rect.top(), 0, len(self._rows) * row_height).bottomLeft(),
        )
