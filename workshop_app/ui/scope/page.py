"""The page "1 Start-up and scope": the twelve sections, their progress, and the charter.

A section's form is built the first time it is shown (:class:`LazyForms`): opening the page
builds the list and the first section, not twelve forms.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.changes import Changes
from workshop_app.domain.scope import (
    SECTION_KEYS,
    Progress,
    Scope,
    phase_progress,
    section_progress,
)
from workshop_app.ui import kit
from workshop_app.ui.icons import icon
from workshop_app.ui.scope import texts
from workshop_app.ui.scope.section_form import SectionForm
from workshop_app.ui.session import ProjectSession

_MARKS = {Progress.EMPTY: "○", Progress.STARTED: "◐", Progress.COMPLETE: "●"}


class LazyForms(Mapping[str, SectionForm]):
    """The sections' forms by key, each built by ``build(key)`` the first time it is asked
    for (iterating over all of them builds all)."""

    def __init__(self, build: Callable[[str], SectionForm]) -> None:
        self._build = build
        self._built: dict[str, SectionForm] = {}

    def __getitem__(self, key: str) -> SectionForm:
        form = self._built.get(key)
        if form is None:
            if key not in SECTION_KEYS:
                raise KeyError(key)
            form = self._built[key] = self._build(key)
        return form

    def __iter__(self) -> Iterator[str]:
        return iter(SECTION_KEYS)

    def __len__(self) -> int:
        return len(SECTION_KEYS)

    def built(self) -> dict[str, SectionForm]:
        """The forms built so far."""
        return dict(self._built)


class ScopePage(kit.SessionPanel):
    charter_requested = Signal()
    progress_changed = Signal(int, int)  # complete, all

    def __init__(
        self, session: ProjectSession, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "scope_page", parent)
        self.last_progress = (0, len(SECTION_KEYS))
        titles = texts.section_titles()

        left = QVBoxLayout()
        left.setContentsMargins(16, 16, 8, 16)
        heading = QLabel(self.tr("1 Start-up and scope"))
        heading.setProperty("role", "pageTitle")
        heading.setWordWrap(True)
        self.overall = QLabel()
        self.overall.setObjectName("scope_overall")
        self.overall.setProperty("role", "hint")
        self.sections = QListWidget()
        self.sections.setObjectName("scope_sections")
        self.sections.setWordWrap(True)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for index, key in enumerate(SECTION_KEYS):
            item = QListWidgetItem(f"{index + 1}. {titles[key]}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sections.addItem(item)
        self.charter_button = QPushButton(icon("export"), self.tr("Print charter…"))
        self.charter_button.setToolTip(self.tr("The charter for the council, as a PDF to print"))
        self.charter_button.setObjectName("charter_button")
        self.charter_button.clicked.connect(self.charter_requested.emit)
        left.addWidget(heading)
        left.addWidget(self.overall)
        left.addWidget(self.sections, 1)
        left.addWidget(self.charter_button)

        self._language = language
        self.stack = QStackedWidget()
        for _key in SECTION_KEYS:
            self.stack.addWidget(QWidget())  # the section's form comes when first shown
        self.forms = LazyForms(self._build_form)
        self.sections.currentRowChanged.connect(self._on_section)

        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setFixedWidth(250)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(left_box)
        layout.addWidget(self.stack, 1)

        session.changed.connect(self._on_changed)
        self._refresh(frozenset(SECTION_KEYS))
        self.sections.setCurrentRow(0)

    def _build_form(self, key: str) -> SectionForm:
        """Section ``key``'s form in its place in the stack, showing the stored scope."""
        form = SectionForm(self._session, key, self._language)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)
        index = SECTION_KEYS.index(key)
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, scroll)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        scope = self._session.service.scope()
        dates = self._dates(form)
        words = texts.progress_texts()
        form.show_scope(scope, words[section_progress(scope, key, dates).value])
        return form

    def _on_section(self, row: int) -> None:
        self._session.flush()
        if row >= 0:
            self.forms[SECTION_KEYS[row]]  # built when first shown
        self.stack.setCurrentIndex(row)

    def show_section(self, key: str) -> None:
        self.sections.setCurrentRow(SECTION_KEYS.index(key))

    def current_section(self) -> str:
        return SECTION_KEYS[max(self.sections.currentRow(), 0)]

    def _on_changed(self, changes: Changes) -> None:
        keys = set(changes.scope)
        if changes.project:
            keys.add("timeframe")  # it shows the project's start and end
        if keys:
            self._refresh(frozenset(keys))

    def _dates(self, form: SectionForm | None = None) -> bool:
        """Whether the project has both dates; shown on the timeframe's form if it is built
        (or is ``form``)."""
        project = self._session.service.project()
        shown = form if form is not None else self.forms.built().get("timeframe")
        if shown is not None:
            shown.show_dates(project.start_date, project.end_date)
        return project.start_date is not None and project.end_date is not None

    def _refresh(self, keys: frozenset[str]) -> None:
        scope: Scope = self._session.service.scope()
        dates = self._dates()
        built = self.forms.built()
        words = texts.progress_texts()
        titles = texts.section_titles()
        for index, key in enumerate(SECTION_KEYS):
            state = section_progress(scope, key, dates)
            item = self.sections.item(index)
            item.setText(f"{_MARKS[state]}  {index + 1}. {titles[key]}")
            item.setToolTip(words[state.value])
            if key in keys and key in built:
                built[key].show_scope(scope, words[state.value])
        done, total = phase_progress(scope, dates)
        self.last_progress = (done, total)
        self.overall.setText(self.tr("{0} of {1} sections complete").format(done, total))
        self.progress_changed.emit(done, total)
