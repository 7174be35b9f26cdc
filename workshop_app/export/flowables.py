"""Flowables shared by the documents."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer, Table
from reportlab.platypus.flowables import CondPageBreak

#: Rows taller than this (points) may be split across pages; shorter rows always move whole.
TALL_ROW = 200.0
#: The smallest piece of a split row (points), so no page ends with a sliver of a row.
MIN_ROW_PIECE = 36


class FlowingTable(Table):
    """A table of user text that never raises LayoutError and splits rows only when needed.

    ReportLab's ``splitInRow`` alone first splits between rows and then places the rest in the
    space left on the page, which repeats the header mid-page above a split tall row, and can also
    split an ordinary three-line row at the foot of a page. Here ordinary rows always move whole
    to the next page and only rows taller than :data:`TALL_ROW` (which might not fit any page)
    are split, filling the page first. Uses ReportLab's ``Table`` internals (``_calc``,
    ``_splitRows``), covered by the export tests.
    """

    def __init__(
        self, data: Any, *, tall_row: float = TALL_ROW, trailing: int = 0, **kwargs: Any
    ) -> None:
        kwargs.setdefault("splitInRow", MIN_ROW_PIECE)
        super().__init__(data, **kwargs)
        #: Rows taller than this may split; label/value text flows better with a lower value.
        self.tall_row = tall_row
        #: The last ``trailing`` rows are not table rows (notes across the whole width): a
        #: continuation holding only them gets no repeated header row.
        self.trailing = trailing

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self._calc(availWidth, availHeight)
        row = self._getFirstPossibleSplitRowPosition(availHeight)
        repeat: Any = getattr(self, "repeatRows", 0)
        if self.trailing and row >= len(self._rowHeights) - self.trailing:
            self.repeatRows = 0  # the header belongs over rows, not over the notes
        try:
            return self._split_at(row, availHeight)
        finally:
            self.repeatRows = repeat

    def _split_at(self, row: int, availHeight: float) -> list[Any]:
        heights: list[float] = self._rowHeights
        if row < len(heights) and heights[row] > self.tall_row:
            # ReportLab refuses an in-row split that leaves less than ``splitInRow`` points for
            # the next page; a row just taller than the page would then fit nowhere
            # (LayoutError). End this page's piece that much earlier instead.
            for height in (availHeight, availHeight - self.splitInRow):
                in_row: list[Any] = self._splitRows(height, doInRowSplit=1)
                if in_row:
                    return in_row
        by_row: list[Any] = self._splitRows(availHeight, doInRowSplit=0)
        return by_row


def _head_rows(table: Table) -> int:
    repeat = table.repeatRows
    return len(repeat) if isinstance(repeat, (tuple, list)) else int(repeat or 0)


def start_height(flowables: Sequence[Flowable], width: float, canvas: Any) -> float:
    """Height of the start of ``flowables`` that a heading above them must not be parted from:
    spacers, then a paragraph's first three lines, a table's header and first row (ordinary rows
    move whole, taller ones split, so at most :data:`TALL_ROW`), or any other flowable whole
    (wrapped on ``canvas``, the document's: some flowables measure text on it)."""
    height = 0.0
    for flowable in flowables:
        if isinstance(flowable, CondPageBreak):
            continue
        _, h = flowable.wrapOn(canvas, width, 1e6)
        if isinstance(flowable, Spacer):
            height += h
            continue
        if isinstance(flowable, Table):
            rows: list[float] = flowable._rowHeights
            h = min(sum(rows[: _head_rows(flowable) + 1]), TALL_ROW)
        elif isinstance(flowable, Paragraph):
            h = min(h, 3 * flowable.style.leading)
        return height + h + flowable.getSpaceBefore()
    return height
