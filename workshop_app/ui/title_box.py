"""A wrapped title whose new text lays out nothing but itself, unless it takes more or fewer lines.

A label's new text asks its parent's layout to lay out again, and each layout up the chain asks
its own parent: renaming an actor laid out the whole details panel (its forms, boxes and text
fields) on every edit, a quarter of a millisecond of a 1.8 ms edit on a large project. In a
:class:`TitleBox` the request stops at the box (it has no layout); the box asks its parent's
layout again only when the title's height for the box's width changed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class TitleBox(QWidget):
    """Holds ``label`` (word-wrapped), as tall as it needs for the box's width."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.label.heightForWidth(width)

    def sizeHint(self) -> QSize:
        return self.label.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.label.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())
        if self.heightForWidth(self.width()) != self.height():
            # A height the layout kept from before a new title (it keeps a few, by width; a
            # title set while hidden asked nothing): it is asked again, once.
            self.updateGeometry()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the label's text or font changed
            if self.heightForWidth(self.width()) != self.height():
                self.updateGeometry()  # another number of lines: the panel lays out again
            return True
        return super().event(event)
