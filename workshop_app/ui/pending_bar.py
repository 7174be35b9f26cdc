"""A bar over the pages while edits cannot be written: what happened, Retry, Save a copy."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from workshop_app.errors import KnownError
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.style import PENDING_BAR


class PendingBar(QFrame):
    save_copy_requested = Signal()

    def __init__(self, session: ProjectSession, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pending_bar")
        self.setStyleSheet(PENDING_BAR)
        self._session = session
        self._language = language
        self.label = QLabel()  # carries the file name and the error: never HTML
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setObjectName("pending_text")
        self.label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setObjectName("pending_retry")
        self.copy_button = QPushButton(self.tr("Save a copy elsewhere…"))
        self.copy_button.setObjectName("pending_save_copy")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.copy_button)
        self.retry_button.clicked.connect(session.retry)
        self.copy_button.clicked.connect(self.save_copy_requested.emit)
        session.pending_changed.connect(self._update)
        self._update(session.pending_error)

    def _update(self, error: KnownError | None) -> None:
        count = len(self._session.pending)
        self.setVisible(bool(count))
        if not count or error is None:
            return
        self.label.setText(
            self.tr("{0} change(s) not saved yet. {1}").format(count, error.message(self._language))
        )
