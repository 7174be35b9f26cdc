"""Flowables shared by the documents."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Table

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

    def __init__(self, data: Any, *, tall_row: float = TALL_ROW, **kwargs: Any) -> None:
        kwargs.setdefault("splitInRow", MIN_ROW_PIECE)
        super().__init__(data, **kwargs)
        #: Rows taller than this may split; label/value text flows better with a lower value.
        self.tall_row = tall_row

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self._calc(availWidth, availHeight)
        row = self._getFirstPossibleSplitRowPosition(availHeight)
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
