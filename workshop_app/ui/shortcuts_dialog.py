"""Help → Keyboard shortcuts (F1): every shortcut of the window, grouped by where it works."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui.shortcuts import Entry


class ShortcutsDialog(QDialog):
    """A list that scrolls inside a dialog no larger than the screen it opens on."""

    def __init__(self, entries: Sequence[Entry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcuts_tree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("What it does"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self._fill(entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self._fit_screen()

    def _fill(self, entries: Sequence[Entry]) -> None:
        groups: dict[str, list[tuple[str, str]]] = {}
        for entry in sorted(entries, key=lambda e: (e.area != "", e.area)):
            row = (entry.text, entry.keys_text())
            rows = groups.setdefault(entry.area, [])
            if row not in rows:  # an action placed in a toolbar and a widget shows once
                rows.append(row)
        for area, rows in groups.items():
            group = QTreeWidgetItem([area or self.tr("Everywhere")])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(group)
            for text, keys in rows:
                self.tree.addTopLevelItem(QTreeWidgetItem([text, keys]))

    def _fit_screen(self) -> None:
        room = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(min(680, room.width() - 40), min(720, room.height() - 60))

    def rows(self) -> list[tuple[str, str]]:
        """Every line of the list: (what it does, keys); a group title has no keys."""
        out = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None:
                out.append((item.text(0), item.text(1)))
        return out
