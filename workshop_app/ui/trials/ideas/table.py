"""The bank's table: a spin box for the dots, and Enter in the dot-vote mode going on to the
next idea's dots cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from workshop_app.domain.trials import (
    MAX_VOTES,
)
from workshop_app.ui.record_model import AnyIndex
from workshop_app.ui.trials.ideas.model import DOTS_COLUMN


def dots_editor(parent: QWidget, name: str) -> QSpinBox:
    """The cell editor for an idea's dots (the bank's table and the live console's votes): a
    frameless, centred number from 0 to ``MAX_VOTES`` without arrows, typed from the keyboard."""
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(0, MAX_VOTES)
    spin.setFrame(False)
    spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
    spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
    return spin


class IdeasDelegate(QStyledItemDelegate):
    """A spin box for the dots (its text selected, so a typed number replaces it)."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if index.column() == DOTS_COLUMN:
            return dots_editor(parent, "idea_dots_editor")
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
            editor.selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class IdeasTable(QTableView):
    """Enter in a dots cell saves it and moves to the next idea's dots, ready for typing."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        column = self.currentIndex().column()
        if column != DOTS_COLUMN or hint != QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.next_dots_cell()

    def next_dots_cell(self) -> None:
        """Make the dots cell of the next idea that takes votes current (stays at the last)."""
        model = self.model()
        row = self.currentIndex().row() + 1
        while row < model.rowCount():
            index = model.index(row, DOTS_COLUMN)
            if index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.setCurrentIndex(index)
                self.scrollTo(index)
                return
            row += 1


# -- the details form ------------------------------------------------------------------------------
