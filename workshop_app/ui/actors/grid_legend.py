"""The legend beside the power/interest grid: colours, outlines, line styles and arrows
explained for what the grid shows now, and the actors not yet placed, as rows to drag onto the
grid (:class:`TrayRow`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QLineF,
    QMimeData,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.palette import ATTITUDE_COLOURS, RELATION_COLOURS
from workshop_app.ui import kit
from workshop_app.ui.actors import texts
from workshop_app.ui.actors.grid_scene import (
    arrow_head,
    attitude_pen_width,
    draw_marker_shape,
)

ZOOM_STEP = 1.25
ZOOM_LIMITS = (0.4, 6.0)

#: What an actor "not yet placed" carries when it is dragged from the legend onto the grid.
ACTOR_MIME = "application/x-bymidte-actor"
# The actors not yet placed listed in the legend, at most: a list of hundreds (a register
# imported without ratings) is no list to drag from, and took 0.1 s to lay out.
TRAY_ROWS = 30


class TrayRow(QLabel):
    """An actor not yet placed, in the legend: drag it onto the grid to rate it there."""

    def __init__(self, text: str, uuid: str, draggable: bool) -> None:
        super().__init__(text)
        self.uuid = uuid
        self._press: QPoint | None = None
        self._draggable = draggable
        if draggable:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._draggable or self._press is None:
            return
        moved = event.position().toPoint() - self._press
        if moved.manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        mime = QMimeData()
        mime.setData(ACTOR_MIME, self.uuid.encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)


def _swatch(size: int, ratio: float, draw: Any) -> QPixmap:
    pixmap = QPixmap(QSize(round(size * 1.6 * ratio), round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    draw(painter, QRectF(0, 0, size * 1.6, size))
    painter.end()
    return pixmap


class GridLegend(QScrollArea):
    """Colours, outlines, line styles and arrows explained, for what the grid shows now."""

    def __init__(self, projector: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        kit.scrolling_column(self, "actor_grid_legend")
        self._projector = projector
        self._key: tuple[Any, ...] = ()
        # What the legend explains now: ((colour, shape), label, count) per category used.
        self.categories: tuple[tuple[tuple[str, str], str, int], ...] = ()
        font = QFont(self.font())
        base = QFontInfo(font).pixelSize()
        if projector:
            font.setPixelSize(round(base * 1.6))
        self.setFont(font)
        self._px = QFontInfo(font).pixelSize()
        self.setFixedWidth(round(self._px * (20 if projector else 17)))
        self.setStyleSheet(
            "QScrollArea, QWidget#actor_grid_legend_body { background: %s; }"
            % ("#ffffff" if projector else "#f6f6f4")
        )

    def show_content(
        self,
        categories: Sequence[tuple[tuple[str, str], str, int]],
        relations: bool,
        compare: str,
        hint: str,
        unplaced: tuple[tuple[tuple[str, str], str, str], ...] = (),
        editable: bool = True,
    ) -> None:
        """``categories``: ((colour, shape), label, count); ``compare``: the arrow's meaning or
        ""; ``unplaced``: ((colour, shape), "number name", uuid) of the actors nobody has rated
        yet (``editable``: they can be dragged onto the grid)."""
        key = (tuple(categories), relations, compare, hint, unplaced, editable)
        if key == self._key:
            return
        self._key = key
        self.categories = tuple(categories)
        body = QWidget()
        body.setObjectName("actor_grid_legend_body")
        body.setFont(self.font())
        layout = QVBoxLayout(body)
        margin = round(self._px * 0.8)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(round(self._px * 0.2))
        ratio = self.devicePixelRatioF()
        size = round(self._px * 1.1)

        def heading(text: str) -> None:
            label = QLabel(text)
            font = QFont(self.font())
            font.setWeight(QFont.Weight.Bold)
            label.setFont(font)
            label.setContentsMargins(0, round(self._px * 0.5), 0, 0)
            layout.addWidget(label)

        def row(pixmap: QPixmap, text: str, label: QLabel | None = None) -> None:
            line = QHBoxLayout()
            line.setSpacing(round(self._px * 0.5))
            icon = QLabel()
            icon.setPixmap(pixmap)
            icon.setFixedWidth(round(size * 1.6))
            label = label or QLabel(text)
            label.setFont(self.font())
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            line.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(label, 1)
            layout.addLayout(line)

        def dot(p: QPainter, r: QRectF, style: tuple[str, str]) -> None:
            p.setPen(QPen(QColor("#90000000"), 1))
            p.setBrush(QColor(style[0]))
            draw_marker_shape(p, style[1], r.center(), r.height() * 0.34)

        if unplaced:
            heading(self.tr("Not yet placed ({0})").format(len(unplaced)))
            if len(unplaced) > TRAY_ROWS:  # the newest are the last: one just added is there
                more = QLabel(
                    self.tr("… and {0} earlier in the register").format(len(unplaced) - TRAY_ROWS)
                )
                more.setFont(self.font())
                more.setWordWrap(True)
                more.setObjectName("actor_grid_unplaced_more")
                layout.addWidget(more)
            for style, label, uuid in unplaced[-TRAY_ROWS:]:
                tray = TrayRow(label, uuid, editable)
                tray.setObjectName("actor_grid_unplaced")
                row(_swatch(size, ratio, lambda p, r, s=style: dot(p, r, s)), label, tray)
            hint_label = QLabel(
                self.tr("Drag an actor onto the grid, or rate it in the register.")
                if editable
                else self.tr("Rate influence and interest in the register.")
            )
            hint_label.setFont(self.font())
            hint_label.setWordWrap(True)
            hint_label.setProperty("role", "hint")
            layout.addWidget(hint_label)

        heading(self.tr("Categories"))
        for style, label, count in categories:
            row(_swatch(size, ratio, lambda p, r, s=style: dot(p, r, s)), f"{label} ({count})")

        heading(self.tr("Attitude (outline)"))
        for attitude, label in texts.attitude_labels().items():

            def ring(p: QPainter, r: QRectF, attitude: int = attitude) -> None:
                d = r.height() * 0.8
                width = attitude_pen_width(attitude, d)
                p.setPen(QPen(QColor(ATTITUDE_COLOURS[attitude]), width))
                p.setBrush(QColor("#e4e4e4"))
                inner = d - width
                p.drawEllipse(
                    QRectF(r.center().x() - inner / 2, r.center().y() - inner / 2, inner, inner)
                )

            row(_swatch(size, ratio, ring), label)

        if relations:
            heading(self.tr("Relations"))
            for kind, label in texts.relation_kind_labels().items():

                def line(p: QPainter, r: QRectF, kind: str = kind) -> None:
                    pen = QPen(QColor(RELATION_COLOURS[kind]), max(2.0, r.height() / 7))
                    if kind == "conflict":
                        pen.setStyle(Qt.PenStyle.CustomDashLine)
                        pen.setDashPattern([3.0, 2.2])
                    p.setPen(pen)
                    y = r.center().y()
                    end = r.right() - (r.height() * 0.45 if kind == "dependency" else 1)
                    p.drawLine(QLineF(r.left() + 1, y, end, y))
                    if kind == "dependency":
                        p.setPen(Qt.PenStyle.NoPen)
                        p.setBrush(QColor(RELATION_COLOURS[kind]))
                        tip = QLineF(r.left(), y, r.right() - 1, y)
                        p.drawPolygon(arrow_head(tip, r.height() * 0.6))

                text = label
                if kind == "dependency":
                    text = self.tr("{0} (the arrow points to the actor depended on)").format(label)
                row(_swatch(size, ratio, line), text)

        if compare:
            heading(self.tr("Comparison"))

            def arrow(p: QPainter, r: QRectF) -> None:
                y = r.center().y()
                ghost = r.height() * 0.28
                p.setPen(QPen(QColor("#37474f"), 1.5, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(QPointF(r.left() + ghost + 1, y), ghost, ghost)
                p.setPen(QPen(QColor("#37474f"), 2))
                p.drawLine(QLineF(r.left() + 2 * ghost + 2, y, r.right() - r.height() * 0.45, y))
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor("#37474f"))
                p.drawPolygon(arrow_head(QLineF(r.left(), y, r.right() - 1, y), r.height() * 0.6))

            row(_swatch(size, ratio, arrow), compare)

        layout.addSpacing(round(self._px * 0.6))
        note = QLabel(hint)
        note.setFont(self.font())
        note.setObjectName("actor_grid_hint")
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setProperty("role", "hint")
        layout.addWidget(note)
        layout.addStretch(1)
        self.setWidget(body)


class LegendStrip(QWidget):
    """The categories in one or two lines under the grid on the room screen: a marker and
    its category for each, as large as the strip's height allows (up to ``largest_px``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actor_grid_legend_strip")
        self.items: tuple[tuple[tuple[str, str], str], ...] = ()
        self.largest_px = 24
        self.px = 24

    def set_items(self, items: Sequence[tuple[tuple[str, str], str]], largest_px: int) -> None:
        self.items = tuple(items)
        self.largest_px = largest_px
        self.setAccessibleName(", ".join(label for _style, label in self.items))
        self.update()

    def rows(self, px: int) -> list[list[tuple[tuple[str, str], str, float]]]:
        """The items laid out in rows at ``px``: (style, label, width) each."""
        font = QFont(self.font())
        font.setPixelSize(px)
        metrics = QFontMetricsF(font)
        rows: list[list[tuple[tuple[str, str], str, float]]] = [[]]
        used = 0.0
        for style, label in self.items:
            width = px * 1.4 + metrics.horizontalAdvance(label) + px * 1.2
            if rows[-1] and used + width > self.width():
                rows.append([])
                used = 0.0
            rows[-1].append((style, label, width))
            used += width
        return rows

    def fitting_px(self) -> int:
        px = self.largest_px
        while px > 8 and (
            len(self.rows(px)) * px * 1.4 > self.height()
            or any(sum(w for *_, w in row) > self.width() for row in self.rows(px))
        ):
            px -= 1
        return px

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.px = self.fitting_px()

    def paintEvent(self, event: QPaintEvent) -> None:
        self.px = px = self.fitting_px()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(px)
        painter.setFont(font)
        rows = self.rows(px)
        line = px * 1.4
        top = (self.height() - line * len(rows)) / 2
        for index, row in enumerate(rows):
            x = (self.width() - sum(w for *_, w in row)) / 2
            y = top + index * line
            for style, label, width in row:
                painter.setPen(QPen(QColor("#000000"), max(1.0, px / 12)))
                painter.setBrush(QColor(style[0]))
                draw_marker_shape(painter, style[1], QPointF(x + px * 0.6, y + line / 2), px * 0.5)
                painter.setPen(QColor("#000000"))
                painter.drawText(
                    QRectF(x + px * 1.4, y, width - px * 1.4, line),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    label,
                )
                x += width
