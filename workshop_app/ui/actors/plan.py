"""The engagement plan: which actor is involved how (a method card), when, and by whom.

``PlanModel`` is the plan as a table in its stored order, ``PlanFilter`` sorts it and can show
one actor's entries only, ``PlanWidget`` is the table with its buttons. Every edit is an undo
command (``plan_commands.py``).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from workshop_app.domain.actors import (
    Actor,
    ActorMap,
    InvalidActorValue,
    PlanEntry,
    check_plan_value,
)
from workshop_app.domain.changes import Changes
from workshop_app.domain.limits import MAX_SHORT_TEXT, MAX_TEXT
from workshop_app.domain.methods import MethodCard, load_catalogue, suggested_methods
from workshop_app.domain.vocabulary import METHODS
from workshop_app.ui import kit
from workshop_app.ui.actors import plan_commands
from workshop_app.ui.actors.model import SORT_ROLE, UUID_ROLE, ChangedRowsModel, RecordFilter
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.icons import icon
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.record_model import ColumnFitter, setup_record_view
from workshop_app.ui.scope.rows_model import CHOICES_ROLE
from workshop_app.ui.scope.section_form import ChoiceDelegate
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut

AnyIndex = QModelIndex | QPersistentModelIndex

#: The placeholder text an editor shows for a column (empty editor).
PLACEHOLDER_ROLE = Qt.ItemDataRole.UserRole + 5

COLUMNS = ("actor_uuid", "method", "when", "responsible", "note")
_LIMITS = {"when": MAX_SHORT_TEXT, "responsible": MAX_SHORT_TEXT, "note": MAX_TEXT}

_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*")
#: Day, month, year as Danes write it: 31-12-2026, 31.12.2026, 31/12/2026, 1.2.2027.
_DMY = re.compile(r"\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{4})\s*")


def catalogue_language() -> str:
    """The language of the method cards: Danish when the UI speaks Danish, else English."""
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


def catalogue(language: str | None = None) -> dict[str, MethodCard]:
    return load_catalogue(language or catalogue_language())


def actor_label(actor: Actor) -> str:
    return actor.name.strip() or QCoreApplication.translate("PlanModel", "(no name)")


def parse_when(text: str) -> str | dt.date:
    """What the user typed in "When": a date (ISO or day-month-year) or words.

    Raises ``ValueError`` with a translated message a person can act on.
    """
    if len(text) > MAX_SHORT_TEXT:
        raise ValueError(
            QCoreApplication.translate(
                "PlanModel", "“When” can hold at most {0} characters; this text has {1}."
            ).format(MAX_SHORT_TEXT, len(text))
        )
    iso = _ISO.fullmatch(text)
    dmy = _DMY.fullmatch(text)
    if iso is not None or dmy is not None:
        if iso is not None:
            year, month, day = (int(part) for part in iso.groups())
        else:
            assert dmy is not None
            day, month, year = (int(part) for part in dmy.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise ValueError(
                QCoreApplication.translate(
                    "PlanModel",
                    "“{0}” is not a date in the calendar. Write a date as 31-12-2026, or "
                    "describe the time in words, such as “after the summer holidays”.",
                ).format(text.strip())
            ) from None
    return " ".join(text.split())


class PlanModel(ChangedRowsModel[PlanEntry]):
    """The engagement plan in its stored order; every cell can be edited (with undo)."""

    #: A translated message: an edit was refused before it reached the project.
    refused = Signal(str)

    ROLES = frozenset(
        {
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.EditRole,
            UUID_ROLE,
            SORT_ROLE,
            CHOICES_ROLE,
            PLACEHOLDER_ROLE,
        }
    )

    def __init__(self, session: ProjectSession, language: str | None = None) -> None:
        super().__init__(session, COLUMNS)
        self._actors: dict[str, Actor] = {}
        self._actor_choices: list[tuple[str, str]] | None = []
        self._cards = catalogue(language)
        self._labels = {
            "actor_uuid": self.tr("Actor"),
            "method": self.tr("Method"),
            "when": self.tr("When"),
            "responsible": self.tr("Responsible"),
            "note": self.tr("Note"),
        }
        self._placeholders = {
            "when": self.tr("A date (31-12-2026) or words (“after the summer holidays”)"),
            "responsible": self.tr("Who takes care of it"),
            "note": self.tr("Anything to remember"),
        }

    # -- loading -----------------------------------------------------------------------------------

    def set_map(self, actor_map: ActorMap, items: frozenset[str] = frozenset()) -> bool:
        """Show ``actor_map``'s plan; with ``items`` (the rows an edit touched) only the entries
        named, or of an actor named, refresh. True when the model reset."""
        self._actors = {a.uuid: a for a in actor_map.actors}
        self._actor_choices = None  # sorted when an editor asks for them
        return self.update_rows(actor_map.plan, items, lambda e: e.actor_uuid in items)

    @property
    def entries(self) -> tuple[PlanEntry, ...]:
        return self.rows

    def entry(self, row: int) -> PlanEntry:
        return self.row(row)

    def actor(self, uuid: str) -> Actor | None:
        return self._actors.get(uuid)

    def actor_name(self, uuid: str) -> str:
        actor = self._actors.get(uuid)
        return actor_label(actor) if actor else "?"

    def method_name(self, key: str) -> str:
        card = self._cards.get(key)
        return card.name if card else "–"

    def _display(self, column: str, value: Any) -> str:
        if column == "actor_uuid":
            return self.actor_name(value)
        if column == "method":
            return self.method_name(value)
        if column == "when":
            if isinstance(value, dt.date):
                day = QDate(value.year, value.month, value.day)
                return QLocale().toString(day, self.tr("d MMM yyyy"))
            return value
        return " ".join(str(value).split())  # one line in the table; the tooltip has it all

    def _choices(self, column: str) -> list[tuple[str, str]]:
        if column == "actor_uuid":
            if self._actor_choices is None:
                self._actor_choices = sorted(
                    ((a.uuid, actor_label(a)) for a in self._actors.values()),
                    key=lambda item: item[1].casefold(),
                )
            return list(self._actor_choices)
        return [("", "–"), *((key, self._cards[key].name) for key in METHODS)]

    # -- Qt model API ------------------------------------------------------------------------------

    def _shown(self, column: str, value: Any) -> str:
        return self._display(column, value)

    def _role_data(self, role: int, column: str, value: Any) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            # User text: always escaped, so "<b>" in a note shows as typed.
            text = str(value) if column in ("responsible", "note") else self._display(column, value)
            if column == "method" and value in self._cards:
                text = f"{text}\n{self._cards[value].purpose}"
            if not text.strip():
                return None
            return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
        if role == Qt.ItemDataRole.EditRole:
            if column == "when" and isinstance(value, dt.date):
                return f"{value:%d-%m-%Y}"
            return value
        if role == SORT_ROLE:
            if column == "when":
                # Dates first, in time order; then texts alphabetically.
                if isinstance(value, dt.date):
                    return "0" + value.isoformat()
                return ("1" + value.casefold()) if value else "2"
            return self._display(column, value).casefold()
        if role == CHOICES_ROLE and column in ("actor_uuid", "method"):
            return self._choices(column)
        if role == PLACEHOLDER_ROLE and column in self._placeholders:
            return self._placeholders[column]
        return None

    def _typed_text(self, column: str, text: str) -> str | None:
        """The text as stored (on one line, unless it is the note); None when it is too long
        (after saying so)."""
        if len(text) <= _LIMITS[column]:
            return text if column == "note" else " ".join(text.split())
        too_long = self.tr("“{0}” can hold at most {1} characters; this text has {2}.")
        self.refused.emit(too_long.format(self._labels[column], _LIMITS[column], len(text)))
        return None

    def _set_cell(self, entry: PlanEntry, column: str, value: Any) -> bool:
        old = getattr(entry, column)
        text = "" if value is None else str(value)
        new: Any
        if column == "actor_uuid":
            if text not in self._actors:
                return False
            new = text
        elif column == "method":
            if text and text not in METHODS:
                return False
            new = text
        elif column == "when":
            if isinstance(value, QDate):
                new = value.toPython()
            else:
                try:
                    new = parse_when(text)
                except ValueError as exc:
                    self.refused.emit(str(exc))
                    return False
        else:
            typed = self._typed_text(column, text)
            if typed is None:
                return False
            new = typed
        try:
            new = check_plan_value(column, new)
        except InvalidActorValue:
            self.refused.emit(
                self.tr(
                    "“{0}” cannot hold this text: it contains characters that cannot be saved."
                ).format(self._labels[column])
            )
            return False
        if new == old:
            return False
        plan_commands.set_plan_field(
            self._session, entry.uuid, column, self._labels[column], old, new
        )
        return True


class PlanFilter(RecordFilter):
    """Can keep one actor's entries only."""

    _actor = ""

    def set_actor(self, uuid: str) -> None:
        """Show only the entries of this actor ("" for everyone)."""
        if uuid != self._actor:
            self._refilter(_actor=uuid)

    @property
    def actor(self) -> str:
        """The actor whose entries alone are shown ("" for everyone)."""
        return self._actor

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self._source(source_parent)
        if not self._actor or not isinstance(model, PlanModel):
            return True
        return model.entry(source_row).actor_uuid == self._actor


class PlanDelegate(ChoiceDelegate):
    """Combo boxes for actor and method; line edits with a placeholder for the texts."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        placeholder = index.data(PLACEHOLDER_ROLE)
        if isinstance(editor, QLineEdit) and placeholder:
            editor.setPlaceholderText(str(placeholder))
        return editor


class PlanWidget(kit.SessionPanel):
    """The engagement plan as a table, with add / delete / move and a filter to one actor.

    The actors page tells it the actor selected in the register with :meth:`set_current_actor`;
    "Add entry" then adds for that actor (else for the first actor of the register).
    """

    #: The uuid of the selected plan entry, or "" when none is selected.
    entry_selected = Signal(str)

    def __init__(
        self, session: ProjectSession, language: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "plan_widget", parent)
        self._current_actor: str | None = None
        self.model = PlanModel(session, language)
        self.model.refused.connect(self._on_refused)
        self.proxy = PlanFilter()
        self.proxy.setSourceModel(self.model)
        self.only_actor = kit.named(
            QCheckBox(self.tr("Only the selected actor")), "plan_only_actor"
        )
        self.only_actor.toggled.connect(self._on_only_actor)
        self._build_table()
        kit.column(
            kit.row(
                kit.label(self.tr("Engagement plan"), role="sectionTitle"), None, self.only_actor
            ),
            (self.stack, 1),
            self._build_buttons(),
            parent=self,
        )
        page_shortcut("Ctrl+Shift+P", self, self.add_entry, self.tr("Add a plan entry"))
        delete = self.tr("Delete the selected plan entry")
        in_table = Qt.ShortcutContext.WidgetShortcut
        page_shortcut(
            QKeySequence.StandardKey.Delete, self.view, self.delete_entry, delete, in_table
        )
        session.follow(self, self._on_changed)
        self._refresh()
        elastic = {COLUMNS.index(k): 110 for k in ("actor_uuid", "method", "responsible", "note")}
        self.fitter = ColumnFitter(self.view, elastic)

    def _build_buttons(self) -> QHBoxLayout:
        self.add_button = kit.button("add", self.tr("Add entry"), "plan_add", self.add_entry)
        delete_tip = self.tr("Delete the selected plan entry (Delete)")
        self.delete_button = kit.button(
            "remove", self.tr("Delete"), "plan_delete", self.delete_entry, delete_tip
        )
        self.up_button = kit.named(
            QPushButton(icon("up"), ""), "plan_up", accessible=self.tr("Move up")
        )
        self.down_button = kit.named(
            QPushButton(icon("down"), ""), "plan_down", accessible=self.tr("Move down")
        )
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        self.count = kit.label(role="hint", name="plan_count")
        return kit.row(
            self.add_button, self.delete_button, self.up_button, self.down_button, None, self.count
        )

    def _build_table(self) -> None:
        """The table, and in its place a hint while the plan is empty."""
        self.view = QTableView()
        delegate = PlanDelegate(self.view)
        editable = self.editable
        header = setup_record_view(
            self.view, "plan_table", self.proxy, delegate, editable=editable, sortable=True
        )
        header.sortIndicatorChanged.connect(self._on_sort)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.empty_hint = kit.hint(name="plan_empty_hint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty_hint.setMargin(16)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_hint)

    # -- public ------------------------------------------------------------------------------------

    def set_current_actor(self, uuid: str | None) -> None:
        """The actor selected in the register (``None`` when none): "Add entry" adds for it and
        "Only the selected actor" shows its entries."""
        self._current_actor = uuid or None
        self._apply_actor_filter()
        self._update_buttons()

    def current_actor(self) -> str | None:
        return self._current_actor

    def selected_uuid(self) -> str | None:
        return kit.selected_uuid(self.view, UUID_ROLE)

    def select(self, uuid: str) -> None:
        """Select a plan entry (showing every actor's entries if the filter hides it)."""
        row = self.model.row_of(uuid)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.only_actor.setChecked(False)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)
        self.view.selectRow(index.row())
        self.view.scrollTo(index)

    # -- loading -----------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.actors:
            self._refresh(changes.actor_items)

    def _refresh(self, items: frozenset[str] = frozenset()) -> None:
        keep = self.selected_uuid()
        actor_map = self._session.service.actor_map()
        self.model.set_map(actor_map, items)
        if self._current_actor is not None and actor_map.actor(self._current_actor) is None:
            self._current_actor = None
            self._apply_actor_filter()
        if keep is not None and self.model.row_of(keep) >= 0:
            index = self.proxy.mapFromSource(self.model.index(self.model.row_of(keep), 0))
            if index.isValid():  # still shown (a changed actor may have filtered it away)
                self.view.setCurrentIndex(index)
                self.view.selectRow(index.row())
        self._update_buttons()

    def _apply_actor_filter(self) -> None:
        only = self.only_actor.isChecked() and self._current_actor is not None
        self.proxy.set_actor((self._current_actor or "") if only else "")

    def _on_sort(self, *_: object) -> None:
        self._update_buttons()

    def _on_only_actor(self, _checked: bool) -> None:
        self._apply_actor_filter()
        self._update_buttons()

    def _on_selection(self, *_: object) -> None:
        self._update_buttons()
        self.entry_selected.emit(self.selected_uuid() or "")

    def _add_target(self) -> Actor | None:
        """The actor "Add entry" adds for: the register's selection, else the first actor."""
        if self._current_actor is not None:
            actor = self.model.actor(self._current_actor)
            if actor is not None:
                return actor
        actors = self._session.service.actor_map().actors
        return actors[0] if actors else None

    def _update_buttons(self) -> None:
        editable = not self._session.read_only
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self.proxy.actor:
            self.count.setText(self.tr("{0} of {1} entries shown").format(shown, total))
        else:
            self.count.setText(self.tr("{0} entries").format(total))

        target = self._add_target()
        self.add_button.setEnabled(editable and target is not None)
        if not editable:
            self.add_button.setToolTip(self.tr("The project is open read-only"))
        elif target is None:
            self.add_button.setToolTip(self.tr("Add an actor to the register first"))
        else:
            self.add_button.setToolTip(
                plain_tooltip(
                    self.tr("Add a plan entry for {0} (Ctrl+Shift+P)").format(actor_label(target))
                )
            )

        selected = self.selected_uuid()
        self.delete_button.setEnabled(editable and selected is not None)
        sorted_view = self.view.horizontalHeader().sortIndicatorSection() >= 0
        row = self.view.selectionModel().selectedRows()[0].row() if selected else -1
        self.up_button.setEnabled(editable and not sorted_view and row > 0)
        self.down_button.setEnabled(editable and not sorted_view and 0 <= row < shown - 1)
        sorted_tip = self.tr(
            "The table is sorted: click the column header until the arrow goes away"
        )
        up, down = self.tr("Move the selected entry up"), self.tr("Move the selected entry down")
        self.up_button.setToolTip(sorted_tip if sorted_view else up)
        self.down_button.setToolTip(sorted_tip if sorted_view else down)

        self.only_actor.setEnabled(self._current_actor is not None)
        if self._current_actor is None:
            self.only_actor.setToolTip(self.tr("Select an actor in the register first"))
        else:
            self.only_actor.setToolTip(
                plain_tooltip(
                    self.tr("Show only the entries of {0}").format(
                        self.model.actor_name(self._current_actor)
                    )
                )
            )

        if shown:
            self.stack.setCurrentWidget(self.view)
        else:
            if total:
                self.empty_hint.setText(
                    self.tr(
                        "No plan entries for {0} yet: choose a method card, then 'Add to plan'."
                    ).format(self.model.actor_name(self.proxy.actor))
                )
            else:
                self.empty_hint.setText(
                    self.tr(
                        "No engagement plan yet: choose an actor and a method card, "
                        "then 'Add to plan'."
                    )
                )
            self.stack.setCurrentWidget(self.empty_hint)

    def _on_refused(self, message: str) -> None:
        Dialogs.error(self, self.tr("The change was not made"), message)

    # -- add, delete, move -------------------------------------------------------------------------

    def add_entry(self) -> str | None:
        """A new entry for the current actor, with the method first suggested for its category;
        the method cell opens for editing. Returns the new entry's uuid."""
        target = self._add_target()
        if target is None or self._session.read_only:
            return None
        self._session.flush()
        suggested = suggested_methods(target.category)
        uuid = plan_commands.add_plan_entry(
            self._session, target.uuid, suggested[0] if suggested else ""
        )
        if self.model.row_of(uuid) < 0:  # refused
            return None
        self.select(uuid)
        index = self.view.currentIndex()
        if index.isValid() and self.isVisible():
            self.view.edit(index.siblingAtColumn(COLUMNS.index("method")))
        return uuid

    def delete_entry(self) -> None:
        uuid = self.uuid_to_edit()
        if uuid is None:
            return
        shown_row = self.view.selectionModel().selectedRows()[0].row()
        position = self.model.row_of(uuid)
        plan_commands.delete_plan_entry(self._session, self.model.entry(position), position)
        if self.proxy.rowCount():
            self.view.selectRow(min(shown_row, self.proxy.rowCount() - 1))
        self._update_buttons()

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def _move(self, step: int) -> None:
        """Swap with the neighbour shown above or below (the filter may hide entries between)."""
        uuid = self.uuid_to_edit()
        if uuid is None or self.view.horizontalHeader().sortIndicatorSection() >= 0:
            return
        neighbour = self.view.selectionModel().selectedRows()[0].row() + step
        if not 0 <= neighbour < self.proxy.rowCount():
            return
        old = self.model.row_of(uuid)
        new = self.proxy.mapToSource(self.proxy.index(neighbour, 0)).row()
        plan_commands.move_plan_entry(self._session, uuid, old, new)
        self.select(uuid)
