"""Pages for the phases whose tools have not been built yet: they say plainly what will come."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class _ComingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        title, body = self.texts()
        heading = QLabel(title)
        heading.setProperty("role", "pageTitle")
        text = QLabel(body)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setProperty("role", "hint")
        text.setObjectName("coming_text")
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)

    def texts(self) -> tuple[str, str]:
        """Title and body; each page below gives its own."""
        return "", ""


class TestsPage(_ComingPage):
    def texts(self) -> tuple[str, str]:
        return self.tr("3 Prototype tests"), self.tr(
            "This page will hold the temporary prototype tests: the idea bank, test plans with "
            "hypotheses and permits, counts and feedback from the street, and the decisions "
            "with their lineage.\n\n"
            "It is not built yet."
        )
