"""The room screen's look: type sizes that scale with the screen, high-contrast colours, and a
label that fits its text to the room it is given.

Sizes are set for a 1920×1080 projector (body text 44 px, the timer 240 px, read from the back of
a room) and scale with the smaller of the screen's two ratios to it, so a 1024×768 projector shows
the same screen, smaller, with nothing cut off. Text never grows past its size; a long text
shrinks (down to :attr:`Look.min_px`) and then wraps and elides, so it always stays on screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: The screen the sizes are set for.
REFERENCE = QSize(1920, 1080)

BACKGROUND = "#000000"
TEXT = "#ffffff"
MUTED = "#d9d9d9"  # still 15:1 on black
ACCENT = "#ffd54f"  # amber: over time, behind the plan
AHEAD = "#8be28b"
BAR = "#4fc3f7"


class Scaled:
    """A size in pixels set for the reference screen, read scaled to the look's screen."""

    def __init__(self, at_reference: float) -> None:
        self.at_reference = at_reference

    def __get__(self, look: Look, owner: type[Look]) -> int:
        return look.px(self.at_reference)


@dataclass(frozen=True)
class Look:
    """Pixel sizes for one screen size."""

    width: int
    height: int

    @classmethod
    def for_size(cls, size: QSize) -> Look:
        return cls(max(size.width(), 1), max(size.height(), 1))

    @property
    def unit(self) -> float:
        """How large this screen is against a 1920×1080 one (the smaller ratio)."""
        return min(self.width / REFERENCE.width(), self.height / REFERENCE.height())

    def px(self, at_reference: float) -> int:
        return max(1, round(at_reference * self.unit))

    body_px = Scaled(44)
    #: The smallest any text may become (a long question, a long idea title).
    min_px = Scaled(40)
    title_px = Scaled(72)
    timer_px = Scaled(250)
    margin = Scaled(48)
    spacing = Scaled(20)


def style_sheet() -> str:
    """The colours of every panel (fonts are set per label, in pixels)."""
    return (
        f"QWidget#projector_window, QWidget[projector_panel='true'] "
        f"{{ background: {BACKGROUND}; color: {TEXT}; }}"
        f"QLabel {{ color: {TEXT}; background: transparent; }}"
        f"QLabel[tone='muted'] {{ color: {MUTED}; }}"
        f"QLabel[tone='accent'] {{ color: {ACCENT}; }}"
        f"QLabel[tone='ahead'] {{ color: {AHEAD}; }}"
    )


def fitting_px(text: str, font: QFont, room: QSize, largest: int, smallest: int) -> int:
    """The largest pixel size from ``largest`` down to ``smallest`` at which ``text``, wrapped
    at words, fits ``room``; ``smallest`` when none does."""
    if not text or room.width() <= 0 or room.height() <= 0:
        return largest
    probe = QFont(font)
    low, high = smallest, max(largest, smallest)
    if _fits(text, probe, room, high):
        return high
    while low < high:  # the largest size that fits, by halving
        middle = (low + high + 1) // 2
        if _fits(text, probe, room, middle):
            low = middle
        else:
            high = middle - 1
    return low


def _fits(text: str, font: QFont, room: QSize, px: int) -> bool:
    font.setPixelSize(px)
    bounds = QFontMetrics(font).boundingRect(
        QRect(0, 0, room.width(), 100_000), int(Qt.TextFlag.TextWordWrap), text
    )
    return bounds.width() <= room.width() and bounds.height() <= room.height()


def set_px(widget: QWidget, px: int, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPixelSize(px)
    font.setBold(bold)
    widget.setFont(font)


class FitLabel(QLabel):
    """Plain text at ``largest_px`` or, where its room is too small, as large as fits (not below
    ``smallest_px``; below that the text is cut at the last line that fits, with "…").

    The label takes the room its layout gives it (it asks for none), so the panel decides the
    proportions and the text follows them.
    """

    def __init__(
        self,
        text: str = "",
        *,
        largest_px: int = 44,
        smallest_px: int = 40,
        bold: bool = False,
        tone: str = "",
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(align)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(1, 1)
        if tone:
            self.setProperty("tone", tone)
        self._full = ""
        self._bold = bold
        self.sizes = (largest_px, smallest_px)
        self.set_full_text(text)

    def set_sizes(self, largest_px: int, smallest_px: int) -> None:
        self.sizes = (largest_px, min(smallest_px, largest_px))
        self._fit()

    def set_tone(self, tone: str) -> None:
        if self.property("tone") != tone:
            self.setProperty("tone", tone)
            self.style().unpolish(self)
            self.style().polish(self)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)
        self._fit()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        largest, smallest = self.sizes
        room = self.contentsRect().size()
        px = fitting_px(self._full, self.font(), room, largest, smallest)
        set_px(self, px, self._bold)
        self.setText(self._clipped(room))

    def _clipped(self, room: QSize) -> str:
        """The text, cut with "…" after the last whole line that fits ``room``."""
        text = self._full
        if not text or room.height() <= 0:
            return text
        metrics = QFontMetrics(self.font())
        flags = int(Qt.TextFlag.TextWordWrap)
        if metrics.boundingRect(QRect(0, 0, room.width(), 100_000), flags, text).height() <= (
            room.height()
        ):
            return text
        words = text.split()
        low, high = 0, len(words)
        while low < high:
            middle = (low + high + 1) // 2
            probe = " ".join(words[:middle]) + " …"
            height = metrics.boundingRect(QRect(0, 0, room.width(), 100_000), flags, probe)
            if height.height() <= room.height():
                low = middle
            else:
                high = middle - 1
        shown = " ".join(words[:low])
        if not shown:
            return metrics.elidedText(text, Qt.TextElideMode.ElideRight, room.width())
        return shown + " …"
