"""A strip of short lines, each after an icon, painted by one widget: side by side while the
widest line fits the width, else one under the other, wrapped.

The actor checks say their warnings in it. A QListWidget in flow mode did this before; renaming
an actor a warning names then laid out every line again and painted each through the item
delegate, which shapes its text anew every paint (0.65 ms for twelve lines; the edit it followed
took 1.7 ms). Here each text is measured once, kept shaped (``QStaticText``) per width, laid
out in Python, and a line worded anew repaints only the lines it moved.

Clicks, the keyboard (arrows, Home/End, Enter or Space), a tooltip per line and a pointing hand
over the lines that lead somewhere (``link``) work as they did in the list; a screen reader
reads the strip's name and its lines as its description.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QStaticText,
    QTextOption,
)
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionFocusRect, QToolTip, QWidget


@dataclass(frozen=True)
class StripLine:
    """One line: its text, its tooltip (plain text made safe by the caller), whether it leads
    somewhere (clickable, in the link colour) and its icon."""

    text: str
    tip: str = ""
    link: bool = False
    icon: QIcon = field(default_factory=QIcon, compare=False)


def _shown(text: str) -> str:
    """``text`` on one line: a tab or line break in a name is shown as a space (joiners, no-break
    spaces and direction marks stay: they belong to the name)."""
    if text.isprintable():
        return text
    return "".join(" " if unicodedata.category(c) in _BREAKS else c for c in text)


_BREAKS = frozenset(("Cc", "Zl", "Zp"))  # control characters, line and paragraph separators


class LineStrip(QWidget):
    """The lines of :meth:`set_lines`, laid out for the width the strip has."""

    #: A line was clicked or activated with the keyboard: its row.
    activated = Signal(int)
    #: The height the lines need at the strip's width changed: the new height.
    height_changed = Signal(int)
    #: The keyboard moved to a line: its rectangle (a scroll area keeps it in view).
    current_moved = Signal(QRect)

    PAD_X = 4
    PAD_Y = 2
    ICON = 16
    GAP = 4
    SPACING = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._lines: list[StripLine] = []
        self._rects: list[QRect] = []
        self._laid_width = -1  # the width the rects are for (-1: not laid out)
        self._asked = (-1, 0)  # the last other width heightForWidth was asked, and its answer
        self._height = 0  # the height the rects need
        self._wrapped = False
        self._advances: dict[str, float] = {}  # each text's width in the strip's font
        self._shaped: dict[tuple[str, int], QStaticText] = {}  # (text, wrap width or -1)
        self._pixmaps: dict[tuple[int, float, bool], QPixmap] = {}  # (icon, dpr, enabled)
        self._hover = -1
        self._current = -1
        self._pressed = -1

    # -- what it shows ----------------------------------------------------------------------------

    def set_lines(self, lines: list[StripLine]) -> None:
        """Show ``lines`` instead of the lines before (the keyboard's line starts over)."""
        self._hovering(-1)  # the pointing hand goes with the line it was over
        self._lines = list(lines)
        self._pressed = -1
        self._current = -1
        if len(self._advances) > 4 * len(lines) + 64:  # texts long gone: measured anew
            self._advances.clear()
            self._shaped.clear()
        self._described()
        self._relayout()
        self.update()

    def set_line(self, row: int, line: StripLine) -> None:
        """Line ``row`` worded anew: laid out again, and only the lines it moved repainted."""
        before = list(self._rects) if self._laid_width >= 0 else None
        self._lines[row] = line
        self._described()
        self._relayout()
        if before is None or len(before) != len(self._rects):
            self.update()
            return
        dirty = QRect(self._rects[row]).united(before[row])
        for old, new in zip(before, self._rects, strict=True):
            if old != new:
                dirty = dirty.united(old).united(new)
        self.update(dirty)

    def lines(self) -> list[StripLine]:
        return list(self._lines)

    def texts(self) -> list[str]:
        return [line.text for line in self._lines]

    def is_wrapped(self) -> bool:
        """Whether the lines stand one under the other, wrapped (the widest does not fit)."""
        self._ensure_laid_out()
        return self._wrapped

    def line_rect(self, row: int) -> QRect:
        """Where line ``row`` is drawn, in the strip's coordinates."""
        self._ensure_laid_out()
        return QRect(self._rects[row])

    def row_at(self, x: float, y: float) -> int:
        """The line at the point (-1: none)."""
        self._ensure_laid_out()
        for row, rect in enumerate(self._rects):
            if rect.contains(int(x), int(y)):
                return row
        return -1

    def line_height(self) -> int:
        """The height of one unwrapped line."""
        return max(self.ICON, math.ceil(QFontMetricsF(self.font()).height())) + 2 * self.PAD_Y

    def content_height(self) -> int:
        """The height the lines need at the strip's present width."""
        self._ensure_laid_out()
        return self._height

    # -- layout -----------------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width == self._laid_width:
            return self._height
        if self._asked[0] != width:  # the scroll area asks again and again as it lays out
            self._asked = (width, self._layout(width)[2])
        return self._asked[1]

    def sizeHint(self) -> QSize:
        # The height laid out so far: asked while hidden too, when nothing is measured yet.
        return QSize(self.width() if self._laid_width >= 0 else 400, self._height)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self.line_height() if self._lines else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.size().width() != event.oldSize().width():
            self._relayout()
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._ensure_laid_out()  # before the first paint: the height is known by then
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._advances.clear()
            self._shaped.clear()
            self._laid_width = -1
            self._relayout()
        super().changeEvent(event)

    def _ensure_laid_out(self) -> None:
        if self._laid_width != self.width():
            self._relayout(force=True)

    def _relayout(self, force: bool = False) -> None:
        """The rects for the present width; the strip says when its height changed. Not while
        out of sight (unless ``force``): laid out as it is shown, or asked where a line is."""
        self._asked = (-1, 0)
        if not force and not self.isVisible() and self._laid_width < 0:
            return
        before = self._height
        self._rects, self._wrapped, self._height = self._layout(self.width())
        self._laid_width = self.width()
        if self._height != before:
            self.updateGeometry()
            self.height_changed.emit(self._height)

    def _layout(self, width: int) -> tuple[list[QRect], bool, int]:
        """(each line's rect, wrapped, the height needed) at ``width``."""
        if not self._lines:
            return [], False, 0
        extra = self.PAD_X + self.ICON + self.GAP + self.PAD_X
        widths = [math.ceil(self._advance(line.text)) + extra for line in self._lines]
        height = self.line_height()
        rects = []
        wrapped = max(widths) > width
        x = y = 0
        if wrapped:
            text_width = self._wrap_width(width)
            inner = height - 2 * self.PAD_Y
            below = max(0.0, inner - QFontMetricsF(self.font()).height())  # see paintEvent
            for line in self._lines:
                shaped = self._shape(line.text, text_width)
                tall = max(inner, math.ceil(shaped.size().height() + below)) + 2 * self.PAD_Y
                rects.append(QRect(0, y, width, tall))
                y += tall + self.SPACING
        else:
            for w in widths:
                if x and x + w > width:
                    x, y = 0, y + height + self.SPACING
                rects.append(QRect(x, y, w, height))
                x += w + self.SPACING
        return rects, wrapped, rects[-1].bottom() + 1

    def _wrap_width(self, width: int) -> int:
        """The width a wrapped line's text has in a strip ``width`` wide."""
        return max(width - (self.PAD_X + self.ICON + self.GAP + self.PAD_X), 20)

    def _advance(self, text: str) -> float:
        advance = self._advances.get(text)
        if advance is None:
            advance = self._advances[text] = QFontMetricsF(self.font()).horizontalAdvance(
                _shown(text)
            )
        return advance

    def _shape(self, text: str, wrap_width: int) -> QStaticText:
        """``text`` shaped once (per wrap width; -1: one line) in the strip's font."""
        key = (text, wrap_width)
        shaped = self._shaped.get(key)
        if shaped is None:
            if len(self._shaped) > 8 * len(self._lines) + 64:  # a window resized at length
                self._shaped.clear()
            shaped = QStaticText(_shown(text))
            shaped.setTextFormat(Qt.TextFormat.PlainText)
            if wrap_width >= 0:
                option = QTextOption()
                option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
                shaped.setTextOption(option)
                shaped.setTextWidth(wrap_width)
            shaped.prepare(font=self.font())
            self._shaped[key] = shaped
        return shaped

    # -- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_laid_out()
        painter = QPainter(self)
        painter.setFont(self.font())
        palette = self.palette()
        clip = event.rect()
        text_height = QFontMetricsF(self.font()).height()
        inner = self.line_height() - 2 * self.PAD_Y
        wrap = self._wrap_width(self._laid_width) if self._wrapped else -1
        hover = QColor(palette.highlight().color())
        hover.setAlpha(40)
        for row, (line, rect) in enumerate(zip(self._lines, self._rects, strict=True)):
            if not rect.intersects(clip):
                continue
            if row == self._hover and line.link:
                painter.fillRect(rect, hover)
            # Icon and text centred on the line (a wrapped line: on its first).
            middle = rect.y() + self.PAD_Y + inner / 2
            x = rect.x() + self.PAD_X
            painter.drawPixmap(QPointF(x, middle - self.ICON / 2), self._pixmap(line.icon))
            # On the window's background (nothing is filled): its text colour.
            painter.setPen(palette.link().color() if line.link else palette.windowText().color())
            text_top = middle - text_height / 2
            painter.drawStaticText(
                QPointF(x + self.ICON + self.GAP, text_top),
                self._shape(line.text, wrap),
            )
            if row == self._current and self.hasFocus():
                option = QStyleOptionFocusRect()
                option.initFrom(self)
                option.rect = rect
                self.style().drawPrimitive(
                    QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
                )
        painter.end()

    def _pixmap(self, icon: QIcon) -> QPixmap:
        ratio = self.devicePixelRatioF()
        enabled = self.isEnabled()
        key = (icon.cacheKey(), ratio, enabled)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            if len(self._pixmaps) > 16:  # icons of lines long gone (each refresh's own)
                self._pixmaps.clear()
            mode = QIcon.Mode.Normal if enabled else QIcon.Mode.Disabled
            size = QSize(self.ICON, self.ICON)
            pixmap = self._pixmaps[key] = icon.pixmap(size, ratio, mode)
        return pixmap

    def _described(self) -> None:
        self.setAccessibleDescription("\n".join(self.texts()))

    # -- mouse and keyboard -----------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos().x(), event.pos().y())
            if row >= 0 and self._lines[row].tip:
                QToolTip.showText(event.globalPos(), self._lines[row].tip, self, self._rects[row])
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._hovering(self.row_at(event.position().x(), event.position().y()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovering(-1)
        super().leaveEvent(event)

    def _hovering(self, row: int) -> None:
        if row == self._hover:
            return
        for old in (self._hover, row):
            if 0 <= old < len(self._rects):
                self.update(self._rects[old])
        self._hover = row
        link = 0 <= row < len(self._lines) and self._lines[row].link
        if link:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.row_at(event.position().x(), event.position().y())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position().x(), event.position().y())
        pressed, self._pressed = self._pressed, -1
        if event.button() == Qt.MouseButton.LeftButton and row >= 0 and row == pressed:
            self._move_to(row)
            self.activated.emit(row)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        last = len(self._lines) - 1
        moves = {
            Qt.Key.Key_Left: self._current - 1,
            Qt.Key.Key_Right: self._current + 1,
            Qt.Key.Key_Up: self._row_beside(-1),
            Qt.Key.Key_Down: self._row_beside(1),
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: last,
        }
        if key in moves and last >= 0:
            self._move_to(min(max(moves[Qt.Key(key)], 0), last))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and (
            0 <= self._current <= last
        ):
            self.activated.emit(self._current)
        else:
            super().keyPressEvent(event)

    def _row_beside(self, step: int) -> int:
        """The line above (``step`` -1) or below (1) the current one: in a strip of several rows
        the nearest in the row above or below, else the one before or after."""
        self._ensure_laid_out()
        if not 0 <= self._current < len(self._rects):
            return self._current + step
        here = self._rects[self._current]
        rows = sorted({rect.y() for rect in self._rects})
        at = rows.index(here.y()) + step
        if not 0 <= at < len(rows):
            return self._current  # the first or last row: nowhere further
        centre = here.center().x()
        return min(
            (r for r, rect in enumerate(self._rects) if rect.y() == rows[at]),
            key=lambda r: abs(self._rects[r].center().x() - centre),
        )

    def focusInEvent(self, event: QEvent) -> None:
        if self._current < 0 and self._lines:
            self._current = 0
        self._move_to(self._current)
        super().focusInEvent(event)  # type: ignore[arg-type]

    def focusOutEvent(self, event: QEvent) -> None:
        self._update_current()
        self._described()
        super().focusOutEvent(event)  # type: ignore[arg-type]

    def _move_to(self, row: int) -> None:
        self._update_current()
        self._current = row
        self._update_current()
        if 0 <= row < len(self._rects):
            self.current_moved.emit(QRect(self._rects[row]))
            if self.hasFocus():  # a screen reader says the line the keyboard is on
                self.setAccessibleDescription(self._lines[row].text)

    def _update_current(self) -> None:
        if 0 <= self._current < len(self._rects):
            self.update(self._rects[self._current])
