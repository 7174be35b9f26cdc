"""Overview: a dashboard of what is next (meetings, due steps, running tests, progress, checks),
then the project's own facts, edited in place with undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.actors import ActorMap
from workshop_app.domain.changes import Changes
from workshop_app.domain.dashboard import Dashboard, dashboard
from workshop_app.domain.model import MAX_SHORT_TEXT, Project
from workshop_app.domain.privacy_notice import printed_when_empty
from workshop_app.ui import commands, kit
from workshop_app.ui.dashboard import DashboardView, Target, format_date
from workshop_app.ui.fields import Editor, FieldBinder, make_date_edit
from workshop_app.ui.print_look import PrintLookBox
from workshop_app.ui.privacy_notice_texts import notice_defaults
from workshop_app.ui.session import ProjectSession


class OverviewPage(QScrollArea):
    #: A dashboard row was opened: where it leads (:class:`~workshop_app.ui.dashboard.Target`).
    open_requested = Signal(object)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        kit.scrolling_column(self, "overview_page")
        self._session = session
        #: The date the dashboard counts from (tests replace it).
        self.today: Callable[[], dt.date] = dt.date.today
        self._stale = True
        #: What the cards show now (the dashboard, the actor map, today): unchanged, no rebuild.
        self._shown: tuple[Dashboard, ActorMap, dt.date] | None = None
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(8)
        title = QLabel(self.tr("Overview"))
        title.setProperty("role", "pageTitle")
        outer.addWidget(title)
        head = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(2)
        self.project_name = QLabel()
        self.project_name.setObjectName("overview_project_name")
        self.project_name.setProperty("role", "sectionTitle")
        self.project_line = QLabel()
        self.project_line.setProperty("role", "hint")
        for line in (self.project_name, self.project_line):
            line.setTextFormat(Qt.TextFormat.PlainText)
            line.setWordWrap(True)
            names.addWidget(line)
        head.addLayout(names, 1)
        self.edit_details = QPushButton(self.tr("Edit project details…"))
        self.edit_details.setObjectName("overview_edit_details")
        self.edit_details.clicked.connect(self.show_details)
        head.addWidget(self.edit_details, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)

        self.dashboard = DashboardView()
        self.dashboard.activated.connect(self.open_requested)
        outer.addWidget(self.dashboard)

        self.details = QWidget()
        self.details.setObjectName("overview_details")
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 16, 0, 0)
        heading = QLabel(self.tr("Project details"))
        heading.setProperty("role", "sectionTitle")
        intro = QLabel(
            self.tr(
                "The basic facts of the collaboration. They appear on every handout and on the "
                "charter. Every change is saved at once and can be undone (Ctrl+Z)."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        details.addWidget(heading)
        details.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        details.addLayout(form)
        outer.addWidget(self.details)
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
        long = {
            "description": (
                self.tr("Why the collaboration exists and what it should achieve."),
                160,
                None,
            )
        }
        self._add_fields(form, labels, long)
        self.named_participants = QCheckBox(self.tr("Named meeting participants"))
        self.named_participants.setObjectName("overview_named_participants")
        self.named_participants.setEnabled(not session.read_only)
        self.named_participants.toggled.connect(self._on_named_participants)
        named_hint = QLabel(
            self.tr(
                "Off by default: meetings count citizens by group, without names. Switch it on "
                "only when the project needs names and people agree; each name then gets a "
                "consent mark and a date it is deleted by."
            )
        )
        named_hint.setWordWrap(True)
        named_hint.setProperty("role", "hint")
        named = QVBoxLayout()
        named.setSpacing(2)
        named.addWidget(self.named_participants)
        named.addWidget(named_hint)
        form.addRow(self.tr("Personal data:"), named)
        details.addWidget(self._privacy_notice())
        self.print_look = PrintLookBox(session)
        details.addWidget(self.print_look)
        session.changed.connect(self._on_changed)
        self._show(session.service.project())
        self.refresh()

    def _privacy_notice(self) -> QGroupBox:
        """The "Privacy notice" group: what sign-in sheets tell people about their data."""
        box = QGroupBox(self.tr("Privacy notice"))
        box.setObjectName("overview_privacy_notice")
        hint = kit.hint(
            self.tr(
                "Printed on sign-in sheets: who is responsible for the names collected, why, "
                "whom to contact and how long they are kept. A person's name here is personal "
                "data and goes when all personal data are deleted."
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addLayout(form)
        labels = {
            "privacy_controller": self.tr("Who is responsible"),
            "privacy_purpose": self.tr("Why"),
            "privacy_contact": self.tr("Whom to contact"),
            "privacy_keep_until": self.tr("Kept until"),
        }
        # Right under each field, what the sign-in sheet prints while it is empty.
        self.privacy_hints = {f: kit.hint("", f"overview_{f}_when_empty") for f in labels}
        self._add_fields(form, labels, {"privacy_purpose": ("", 70, 110)}, self.privacy_hints)
        return box

    def _add_fields(
        self,
        form: QFormLayout,
        labels: Mapping[str, str],
        long: Mapping[str, tuple[str, int, int | None]],
        under: Mapping[str, QWidget] | None = None,
    ) -> None:
        """A row and a binder for each project field in ``labels``: a box of several lines for
        those in ``long`` (placeholder, least and most height), a date edit for dates, else one
        line; with the field's widget in ``under`` (if any) right below it."""
        for field, label in labels.items():
            editor: Editor
            if field in long:
                placeholder, least, most = long[field]
                editor = QPlainTextEdit()
                editor.setTabChangesFocus(True)
                editor.setMinimumHeight(least)
                if most is not None:
                    editor.setMaximumHeight(most)
                editor.setPlaceholderText(placeholder)
            elif field.endswith(("_date", "_until")):
                editor = make_date_edit(None, self.tr("Not set"))
            else:
                editor = QLineEdit()
                editor.setMaxLength(MAX_SHORT_TEXT)
            editor.setObjectName(f"overview_{field}")
            editor.setEnabled(not self._session.read_only)
            below = (under or {}).get(field)
            if below is None:
                form.addRow(label + ":", editor)
            else:
                column = QVBoxLayout()
                column.setSpacing(2)
                column.addWidget(editor)
                column.addWidget(below)
                form.addRow(label + ":", column)
            self.binders[field] = FieldBinder(self._session, editor, self._writer(field, label))

    def _writer(self, field: str, label: str) -> Callable[[object, object], None]:
        def write(old: object, new: object) -> None:
            commands.set_project_field(self._session, field, label, old, new)

        return write

    # -- refreshing --------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.project:
            self._show(self._session.service.project())
        # Every part of the project feeds some card: read it once, now or when next shown.
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read what the dashboard shows once and render it (not the whole project: a project
        grown over years opens on this page)."""
        today = self.today()
        facts = self._session.service.dashboard_facts(today)
        focused = self.focusWidget()
        kept = getattr(focused, "target", None) if focused in self.dashboard.focusables() else None
        shown = (dashboard(facts, today), facts.actors, today)
        self._show_heading(facts.project)
        self._stale = False
        if shown == self._shown:  # e.g. the project's name was typed: no card changes
            return
        self._shown = shown
        self.dashboard.show_dashboard(*shown)
        self._chain_tabs()
        again = self.target_row(kept) if kept is not None else None
        if again is not None:  # the rows were rebuilt: keep the keyboard where it was
            again.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.dashboard.fit_width(self.viewport().width())

    def _show_heading(self, project: Project) -> None:
        self.project_name.setText(project.name.strip() or self.tr("(untitled project)"))
        parts = [project.town.strip(), project.municipality.strip()]
        if project.start_date or project.end_date:
            start = format_date(project.start_date) if project.start_date else "…"
            end = format_date(project.end_date) if project.end_date else "…"
            parts.append(f"{start} – {end}")
        self.project_line.setText(" · ".join(p for p in parts if p))

    def _chain_tabs(self) -> None:
        """Tab walks the page in reading order: the details button, the cards' rows, the fields
        (the rows are rebuilt on refresh, which would put them last)."""
        chain = [self.edit_details, *self.dashboard.focusables()]
        binders = list(self.binders.values())
        chain += [binder.widget for binder in binders[:7]]
        chain.append(self.named_participants)
        chain += [binder.widget for binder in binders[7:]]
        chain += self.print_look.focusables()
        kit.tab_order(*chain)

    def _show(self, project: Project) -> None:
        for field, binder in self.binders.items():
            binder.show(getattr(project, field))
        blocked = self.named_participants.blockSignals(True)
        self.named_participants.setChecked(project.named_participants)
        self.named_participants.blockSignals(blocked)
        for field, text in printed_when_empty(project, notice_defaults()).items():
            self.privacy_hints[field].setText(self.tr("Printed when empty: {0}").format(text))

    def _on_named_participants(self, on: bool) -> None:
        old = self._session.service.project().named_participants
        if on != old:
            label = self.tr("Named meeting participants")
            commands.set_project_field(self._session, "named_participants", label, old, on)
        self._show(self._session.service.project())

    # -- details -----------------------------------------------------------------------------------

    def show_details(self) -> None:
        """Scroll to the project's own fields and put the cursor in the name."""
        name = self.binders["name"].widget
        self.ensureWidgetVisible(self.details, 0, 0)
        self.ensureWidgetVisible(name)
        name.setFocus(Qt.FocusReason.OtherFocusReason)

    def target_row(self, target: Target) -> QWidget | None:
        """The first dashboard row leading to ``target`` (for tests and keyboard focus)."""
        rows = self.dashboard.focusables()
        return next((r for r in rows if getattr(r, "target", None) == target), None)
