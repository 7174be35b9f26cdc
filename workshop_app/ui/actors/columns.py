"""The register's column widths, measured from the texts of its cells.

Qt measures a column (``QTableView.sizeHintForColumn``) by asking the delegate for the size of
each of the first rows' cells: a dozen questions to the model per cell, each through the
register's filter, two hundred cells for ten columns of twenty rows: a tenth of the actors
page's first show on a large map. Every cell of the register is one line of plain text in the
table's font (no icon, box or font of its own), so its width is its text's width, rounded up,
plus the margins Qt's delegate adds: measured here from the texts, the margins taken from Qt's
own measure of one cell. The same rows as Qt's (the first ones, while the table shows its top);
anything else (a scrolled table, an editor open, a text that is not one plain line) is left to
Qt.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QTableView

from workshop_app.ui.record_model import ColumnFitter


class RegisterFitter(ColumnFitter):
    """A :class:`ColumnFitter` that measures the columns from their texts (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._margins: dict[tuple[str, bool], int] = {}  # see _margin

    def _measure(self) -> list[int]:
        widths = self._text_widths()
        if widths is None:
            return super()._measure()
        header = self._view.horizontalHeader()
        result = []
        for column, width in enumerate(widths):
            width = max(width, header.sectionSizeHint(column)) + 8
            if column in self._elastic:
                width = min(width, self._widest)
            result.append(width)
        return result

    def measured_rows(self) -> list[int] | None:
        """The rows (of the table's model) Qt would measure the columns on: the first ones,
        as many as the header's precision, while the table shows its top; None where Qt would
        choose others (a table scrolled down, or measuring every row)."""
        view = self._view
        rows = view.verticalHeader()
        precision = view.horizontalHeader().resizeContentsPrecision()
        if precision <= 0 or rows.visualIndexAt(0) > 0:
            return None
        chosen: list[int] = []
        for visual in range(rows.count()):
            logical = rows.logicalIndex(visual)
            if not rows.isSectionHidden(logical):
                chosen.append(logical)
                if len(chosen) == precision:
                    break
        return chosen

    def _text_widths(self) -> list[int] | None:
        """Each column's widest cell in the measured rows, as Qt's delegate sizes it; None
        when Qt must measure."""
        view = self._view
        model = view.model()
        rows = self.measured_rows()
        if rows is None or model is None or view.state() == QAbstractItemView.State.EditingState:
            return None
        cells = [
            [(row, str(model.index(row, column).data() or "")) for row in rows]
            for column in range(model.columnCount())
        ]
        if any(not text.isprintable() for column in cells for _row, text in column):
            return None
        metrics = QFontMetricsF(view.font())
        grid = 1 if view.showGrid() else 0
        widths = []
        for column, column_cells in enumerate(cells):
            widest = 0
            for row, text in column_cells:
                if text:
                    width = math.ceil(metrics.horizontalAdvance(text))
                    width += self._margin(view, model.index(row, column), metrics)
                else:
                    width = self._margin(view, model.index(row, column), None)
                widest = max(widest, width)
            widths.append(widest + grid)
        return widths

    def _margin(self, view: QTableView, index: QModelIndex, metrics: QFontMetricsF | None) -> int:
        """What Qt's delegate adds to a cell's text width rounded up (``metrics`` given), or the
        width it gives an empty cell (None): measured by Qt on the cell ``index`` the first
        time, once per font."""
        key = (view.font().key(), metrics is None)
        known = self._margins.get(key)
        if known is None:
            known = view.sizeHintForIndex(index).width()
            if metrics is not None:
                known -= math.ceil(metrics.horizontalAdvance(str(index.data() or "")))
            self._margins[key] = known
        return known
