"""Overview: the project's facts, edited in place with undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.changes import Changes
from workshop_app.domain.model import MAX_SHORT_TEXT, Project
from workshop_app.ui import commands
from workshop_app.ui.fields import Editor, FieldBinder, make_date_edit
from workshop_app.ui.session import ProjectSession


class OverviewPage(QScrollArea):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview_page")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._session = session
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(24, 20, 24, 20)
        title = QLabel(self.tr("Overview"))
        title.setProperty("role", "pageTitle")
        intro = QLabel(
            self.tr(
                "The basic facts of the collaboration. They appear on every handout and on the "
                "charter. Every change is saved at once and can be undone (Ctrl+Z)."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        outer.addWidget(title)
        outer.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(form)
        outer.addStretch(1)
        self.setWidget(body)

        labels = {
            "name": self.tr("Project name"),
            "town": self.tr("Town"),
            "municipality": self.tr("Municipality"),
            "facilitators": self.tr("Facilitators"),
            "start_date": self.tr("Start date"),
            "end_date": self.tr("End date"),
            "description": self.tr("Description"),
        }
        self.binders: dict[str, FieldBinder] = {}
        for field, label in labels.items():
            editor: Editor
            if field == "description":
                editor = QPlainTextEdit()
                editor.setTabChangesFocus(True)
                editor.setMinimumHeight(160)
                editor.setPlaceholderText(
                    self.tr("Why the collaboration exists and what it should achieve.")
                )
            elif field.endswith("_date"):
                editor = make_date_edit(None, self.tr("Not set"))
            else:
                editor = QLineEdit()
                editor.setMaxLength(MAX_SHORT_TEXT)
            editor.setObjectName(f"overview_{field}")
            editor.setEnabled(not session.read_only)
            form.addRow(label + ":", editor)
            self.binders[field] = FieldBinder(
                session,
                editor,
                self._writer(field, label),
            )
        session.changed.connect(self._on_changed)
        self._show(session.service.project())

    def _writer(self, field: str, label: str) -> Callable[[object, object], None]:
        def write(old: object, new: object) -> None:
            commands.set_project_field(self._session, field, label, old, new)

        return write

    def _on_changed(self, changes: Changes) -> None:
        if changes.project:
            self._show(self._session.service.project())

    def _show(self, project: Project) -> None:
        for field, binder in self.binders.items():
            binder.show(getattr(project, field))
