"""The idea bank: every idea with where it came from, its tags, its dot votes and its tests.

``IdeasModel`` is the bank as a table in its stored order, ``IdeasFilter`` sorts it, filters it by
text and hides merged ideas, ``IdeaDetails`` edits the selected idea, and ``IdeaBank`` puts them
together with the buttons: add, delete, move, merge, "test this idea" and the dot-vote mode, in
which the dots each idea got at one meeting are typed from the keyboard (a number, Enter, the
next idea). Every edit is an undo command (``idea_commands.py``).

Votes of an idea merged into another count for that idea (``domain.trials.vote_tallies``); a
merged idea keeps its own votes and is shown greyed, or hidden until "Show merged" is ticked.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.actors import Actor
from workshop_app.domain.changes import Changes
from workshop_app.domain.model import Meeting
from workshop_app.domain.trials import (
    MAX_TAG_TEXT,
    MAX_TAGS,
    MAX_VOTES,
    Idea,
    InvalidTrialValue,
    Trial,
    TrialBook,
    check_tags,
    merge_root,
    version_chain,
    vote_tallies,
)
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.fields import FieldBinder, make_date_edit
from workshop_app.ui.icons import icon
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.record_model import ColumnFitter, RecordTableModel, setup_record_view
from workshop_app.ui.screens import fold_to_icons
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut
from workshop_app.ui.trials import idea_commands, texts

AnyIndex = QModelIndex | QPersistentModelIndex

#: What the proxy sorts by: numbers as numbers, texts as shown.
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
#: The idea's uuid, on every cell.
UUID_ROLE = Qt.ItemDataRole.UserRole + 4

COLUMNS = ("title", "tags", "origin", "votes", "dots", "status")
DOTS_COLUMN = COLUMNS.index("dots")
_NUMBER_COLUMNS = ("votes", "dots")


# -- names shown for links -------------------------------------------------------------------------


def format_date(day: dt.date) -> str:
    """A date as people read it ("12 Jun 2027" / "12. jun. 2027")."""
    return QLocale().toString(
        QDate(day.year, day.month, day.day),
        QCoreApplication.translate("IdeaBank", "d MMM yyyy"),
    )


def dots_text(count: int) -> str:
    """ "1 dot", "12 dots"."""
    if count == 1:
        return QCoreApplication.translate("IdeaBank", "1 dot")
    return QCoreApplication.translate("IdeaBank", "{0} dots").format(count)


def idea_title(idea: Idea) -> str:
    return idea.title.strip() or QCoreApplication.translate("IdeaBank", "(untitled idea)")


def trial_versions(book: TrialBook) -> dict[str, int]:
    """The version number of every test: 1 for a first test, 2 for its re-test…"""
    return {t.uuid: len(version_chain(book, t.uuid)) for t in book.trials}


def trial_label(trial: Trial, version: int) -> str:
    """A test's title with its version from the second on: "Town living room (v2)"."""
    title = trial.title.strip() or QCoreApplication.translate("IdeaBank", "(untitled test)")
    if version > 1:
        return QCoreApplication.translate("IdeaBank", "{0} (v{1})").format(title, version)
    return title


def meeting_label(meeting: Meeting) -> str:
    """A meeting in a list: its date and title."""
    title = meeting.title.strip() or QCoreApplication.translate("IdeaBank", "(untitled meeting)")
    return f"{meeting.date:%d-%m-%Y} · {title}" if meeting.date else title


def _meeting_order(meeting: Meeting) -> tuple[bool, dt.date, str]:
    return (meeting.date is None, meeting.date or dt.date.min, meeting.title.casefold())


@dataclass(frozen=True)
class BankData:
    """What the idea bank shows: phase 3 and the names of the meetings, actors and tests."""

    book: TrialBook = field(default_factory=TrialBook)
    #: Meetings by date, then title.
    meetings: tuple[Meeting, ...] = ()
    actors: tuple[Actor, ...] = ()

    @functools.cached_property
    def meeting_names(self) -> dict[str, str]:
        return {
            m.uuid: m.title.strip() or QCoreApplication.translate("IdeaBank", "(untitled meeting)")
            for m in self.meetings
        }

    @functools.cached_property
    def actor_names(self) -> dict[str, str]:
        return {
            a.uuid: a.name.strip() or QCoreApplication.translate("IdeaBank", "(no name)")
            for a in self.actors
        }

    @functools.cached_property
    def trial_names(self) -> dict[str, str]:
        versions = trial_versions(self.book)
        return {t.uuid: trial_label(t, versions[t.uuid]) for t in self.book.trials}

    @functools.cached_property
    def tallies(self) -> dict[str, int]:
        return vote_tallies(self.book.ideas, self.book.votes)

    @functools.cached_property
    def own_votes(self) -> dict[str, int]:
        own: dict[str, int] = {}
        for vote in self.book.votes:
            own[vote.idea_uuid] = own.get(vote.idea_uuid, 0) + vote.count
        return own

    @functools.cached_property
    def tests_of(self) -> dict[str, tuple[Trial, ...]]:
        tests: dict[str, list[Trial]] = {}
        for trial in self.book.trials:
            if trial.idea_uuid:
                tests.setdefault(trial.idea_uuid, []).append(trial)
        return {uuid: tuple(found) for uuid, found in tests.items()}

    def votes(self, idea: Idea) -> int:
        """The votes shown for an idea: with those of the ideas merged into it; a merged idea's
        own votes."""
        if idea.merged_into is None:
            return self.tallies.get(idea.uuid, 0)
        return self.own_votes.get(idea.uuid, 0)

    def dots(self, idea_uuid: str, meeting_uuid: str | None) -> int:
        if meeting_uuid is None:
            return 0
        return sum(
            v.count
            for v in self.book.votes
            if v.idea_uuid == idea_uuid and v.meeting_uuid == meeting_uuid
        )

    def target(self, idea: Idea) -> Idea | None:
        """The idea a merged idea counts for (``None`` for an idea that is not merged)."""
        if idea.merged_into is None:
            return None
        return self.book.idea(merge_root(self.book.ideas, idea.uuid))

    def origin_parts(self, idea: Idea) -> list[str]:
        parts = []
        if idea.origin_meeting:
            parts.append(self.meeting_names.get(idea.origin_meeting, "?"))
        if idea.origin_actor:
            parts.append(self.actor_names.get(idea.origin_actor, "?"))
        if idea.origin_trial:
            parts.append(self.trial_names.get(idea.origin_trial, "?"))
        return parts

    def origin_text(self, idea: Idea) -> str:
        """Where the idea came from, on one line: the links by name, else the note."""
        parts = self.origin_parts(idea)
        return " · ".join(parts) if parts else " ".join(idea.origin_note.split())

    def status_text(self, idea: Idea) -> str:
        target = self.target(idea)
        if target is not None:
            return QCoreApplication.translate("IdeaBank", "Merged into “{0}”").format(
                idea_title(target)
            )
        tests = self.tests_of.get(idea.uuid, ())
        if not tests:
            return ""
        newest = tests[-1]
        return QCoreApplication.translate("IdeaBank", "Tested in {0} ({1})").format(
            self.trial_names[newest.uuid], texts.status_labels()[newest.status]
        )


# -- the model -------------------------------------------------------------------------------------


class IdeasModel(RecordTableModel[Idea]):
    """The ideas in their stored order. The "dots" column is the votes at one meeting (see
    :meth:`set_meeting`); it and the title can be edited in place (with undo)."""

    def __init__(self, session: ProjectSession) -> None:
        super().__init__(session, COLUMNS)
        self._data = BankData()
        self._meeting: str | None = None
        labels = texts.idea_field_labels()
        self._labels = {
            "title": labels["title"],
            "tags": labels["tags"],
            "origin": labels["origin"],
            "votes": labels["votes"],
            "dots": self.tr("Dots"),
            "status": self.tr("Status"),
        }

    # -- loading -----------------------------------------------------------------------------------

    def set_data(self, data: BankData) -> None:
        self._data = data
        if self._meeting is not None and self._meeting not in data.meeting_names:
            self._meeting = None
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, DOTS_COLUMN, DOTS_COLUMN)
        self.set_rows(data.book.ideas)

    @property
    def data_(self) -> BankData:
        return self._data

    @property
    def ideas(self) -> tuple[Idea, ...]:
        return self.rows

    def idea(self, row: int) -> Idea:
        return self.row(row)

    @property
    def meeting(self) -> str | None:
        return self._meeting

    def set_meeting(self, uuid: str | None) -> None:
        """The meeting whose dots the "dots" column shows and takes."""
        if uuid == self._meeting:
            return
        self._meeting = uuid
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, DOTS_COLUMN, DOTS_COLUMN)
        if self.ideas:
            self.dataChanged.emit(
                self.index(0, DOTS_COLUMN), self.index(len(self.ideas) - 1, DOTS_COLUMN)
            )

    def _display(self, column: str, idea: Idea) -> str:
        data = self._data
        if column == "title":
            return " ".join(idea_title(idea).split())
        if column == "tags":
            return ", ".join(idea.tags)
        if column == "origin":
            return data.origin_text(idea)
        if column == "votes":
            votes = data.votes(idea)
            return f"({votes})" if idea.merged_into else str(votes)
        if column == "dots":
            dots = data.dots(idea.uuid, self._meeting)
            return str(dots) if dots else ""
        return data.status_text(idea)

    def _tooltip(self, column: str, idea: Idea) -> str | None:
        data = self._data
        if column == "title":
            text = idea_title(idea)
            if idea.description.strip():
                text += "\n\n" + idea.description
        elif column == "origin":
            parts = data.origin_parts(idea)
            if idea.origin_note.strip():
                parts.append(idea.origin_note)
            text = "\n".join(parts)
        elif column == "votes":
            target = data.target(idea)
            votes = data.votes(idea)
            if target is not None:
                text = self.tr("{0}, counted for “{1}”").format(
                    dots_text(votes), idea_title(target)
                )
            else:
                own = data.own_votes.get(idea.uuid, 0)
                text = (
                    self.tr("{0}, {1} of them given to ideas merged into this one").format(
                        dots_text(votes), votes - own
                    )
                    if votes != own
                    else dots_text(votes)
                )
        elif column == "dots":
            if self._meeting is None:
                return None
            if idea.merged_into is not None:
                text = self.tr("Merged: enter the dots for the idea it was merged into")
            else:
                text = self.tr("Type the number of dots and press Enter")
        else:
            text = self._display(column, idea)
        if not text.strip():
            return None
        # User text: always escaped, so "<b>" in a description shows as typed.
        return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"

    # -- Qt model API ------------------------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.InitialSortOrderRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
            and COLUMNS[section] in _NUMBER_COLUMNS
        ):
            return Qt.SortOrder.DescendingOrder  # a ranking: the most dots first, on first click
        label = super().headerData(section, orientation, role)
        if label is None:
            return None
        column = COLUMNS[section]
        if column == "dots" and self._meeting is not None:
            name = self._data.meeting_names.get(self._meeting, "?")
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(self.tr("Dots at {0}").format(name))
            return self.tr("Dots at {0}").format(_shorten(name, 14))
        if column == "votes" and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Dots at every meeting, with those of the ideas merged into it")
        return label

    def _editable(self, index: AnyIndex) -> bool:
        column = COLUMNS[index.column()]
        return column == "title" or (
            column == "dots"
            and self._meeting is not None
            and self.idea(index.row()).merged_into is None
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        idea = self._record(index)
        if idea is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, idea)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(column, idea)
            return plain_tooltip(tip) if tip else tip
        if role == Qt.ItemDataRole.EditRole:
            if column == "dots":
                return self._data.dots(idea.uuid, self._meeting)
            if column == "title":
                return idea.title
            return self._display(column, idea)
        if role == SORT_ROLE:
            if column == "votes":
                return self._data.votes(idea)
            if column == "dots":
                return self._data.dots(idea.uuid, self._meeting)
            return self._display(column, idea).casefold()
        if role == UUID_ROLE:
            return idea.uuid
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if idea.merged_into is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().brush(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        idea = self._record(index)
        if idea is None or role != Qt.ItemDataRole.EditRole or self._read_only:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        column = COLUMNS[index.column()]
        if column == "dots":
            assert self._meeting is not None
            try:
                new = int(value)
            except (TypeError, ValueError):
                return False
            if not 0 <= new <= MAX_VOTES:
                return False
            old = self._data.dots(idea.uuid, self._meeting)
            if new == old:
                return False
            idea_commands.set_votes(self._session, idea.uuid, self._meeting, old, new)
            return True
        text = " ".join(("" if value is None else str(value)).split())
        if text == idea.title:
            return False
        idea_commands.set_idea_field(
            self._session, idea.uuid, "title", self._labels["title"], idea.title, text
        )
        return True


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class IdeasFilter(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; keeps ideas whose title, description, tags, origin or status hold
    the text; hides merged ideas unless asked."""

    def __init__(self) -> None:
        super().__init__()
        self._text = ""
        self._show_merged = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def show_merged(self) -> bool:
        return self._show_merged

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange()

    def set_show_merged(self, shown: bool) -> None:
        self.beginFilterChange()
        self._show_merged = shown
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, IdeasModel) or source_parent.isValid():
            return True
        idea = model.idea(source_row)
        if idea.merged_into is not None and not self._show_merged:
            return False
        if not self._text:
            return True
        data = model.data_
        haystack = (
            idea.title,
            idea.description,
            *idea.tags,
            data.origin_text(idea),
            idea.origin_note,
            data.status_text(idea),
        )
        return any(self._text in text.casefold() for text in haystack)


class IdeasDelegate(QStyledItemDelegate):
    """A spin box for the dots (its text selected, so a typed number replaces it)."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if index.column() == DOTS_COLUMN:
            spin = QSpinBox(parent)
            spin.setObjectName("idea_dots_editor")
            spin.setRange(0, MAX_VOTES)
            spin.setFrame(False)
            spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            return spin
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


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", "hint")
    return label


class IdeaDetails(QWidget):
    """The selected idea: title, description, where it came from, tags, when it was noted; its
    votes per meeting, what it was merged into and its tests."""

    #: The user asked to separate the shown (merged) idea again.
    unmerge_requested = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idea_details")
        self._session = session
        self._idea: Idea | None = None
        self._data = BankData()
        self._labels = texts.idea_field_labels()
        editable = not session.read_only

        self.heading = QLabel()
        self.heading.setObjectName("idea_details_heading")
        self.heading.setProperty("role", "sectionTitle")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        self.binders: dict[str, FieldBinder] = {}
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("idea_title")
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("idea_description")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(60)
        self.description_edit.setMaximumHeight(120)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("idea_origin_note")
        self.note_edit.setPlaceholderText(self.tr("E.g. a postcard in the library's box"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("idea_tags")
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. greenery, play"))
        self.created_edit = make_date_edit(None, self.tr("No date"))
        self.created_edit.setObjectName("idea_created")
        for name, edit in (
            ("title", self.title_edit),
            ("description", self.description_edit),
            ("origin_note", self.note_edit),
            ("created", self.created_edit),
        ):
            edit.setAccessibleName(self._labels[name])
            if isinstance(edit, QLineEdit | QPlainTextEdit):
                edit.setReadOnly(not editable)
            else:
                edit.setEnabled(editable)
            self.binders[name] = FieldBinder(session, edit, functools.partial(self._write, name))
        self.tags_edit.setAccessibleName(self._labels["tags"])
        self.tags_edit.setReadOnly(not editable)
        self.binders["tags"] = FieldBinder(session, self.tags_edit, self._write_tags)

        self.origin_meeting = self._combo("origin_meeting", self.tr("Meeting"))
        self.origin_actor = self._combo("origin_actor", self.tr("Actor"))
        self.origin_trial = self._combo("origin_trial", self.tr("Earlier test"))
        self._combos = {
            "origin_meeting": self.origin_meeting,
            "origin_actor": self.origin_actor,
            "origin_trial": self.origin_trial,
        }

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self._labels["title"], self.title_edit)
        form.addRow(self._labels["description"], self.description_edit)
        form.addRow(self._labels["tags"], self.tags_edit)

        origin_box = QFrame()
        origin_box.setObjectName("idea_origin_box")
        origin = QFormLayout(origin_box)
        origin.setContentsMargins(0, 0, 0, 0)
        origin.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        origin.addRow(self.tr("Meeting"), self.origin_meeting)
        origin.addRow(self.tr("Actor"), self.origin_actor)
        origin.addRow(self.tr("Earlier test"), self.origin_trial)
        origin.addRow(self.tr("Note"), self.note_edit)
        origin_title = QLabel(self._labels["origin"])
        origin_title.setProperty("role", "sectionTitle")

        created = QFormLayout()
        created.setContentsMargins(0, 0, 0, 0)
        created.addRow(self._labels["created"], self.created_edit)

        self.merged_label = QLabel()
        self.merged_label.setObjectName("idea_merged_label")
        self.merged_label.setWordWrap(True)
        self.merged_label.setTextFormat(Qt.TextFormat.PlainText)
        self.merged_label.setProperty("role", "warning")
        self.unmerge_button = QPushButton(self.tr("Separate again"))
        self.unmerge_button.setObjectName("idea_unmerge")
        self.unmerge_button.setToolTip(
            self.tr("The idea stands on its own again, with its own votes")
        )
        self.unmerge_button.setEnabled(editable)
        self.unmerge_button.clicked.connect(self._on_unmerge)
        merged_row = QHBoxLayout()
        merged_row.setContentsMargins(0, 0, 0, 0)
        merged_row.addWidget(self.merged_label, 1)
        merged_row.addWidget(self.unmerge_button)
        self.merged_box = QWidget()
        self.merged_box.setLayout(merged_row)

        votes_title = QLabel(self._labels["votes"])
        votes_title.setProperty("role", "sectionTitle")
        self.votes_label = _hint()
        self.votes_label.setObjectName("idea_votes_summary")
        tests_title = QLabel(self.tr("Tests"))
        tests_title.setProperty("role", "sectionTitle")
        self.tests_label = _hint()
        self.tests_label.setObjectName("idea_tests_summary")

        self.empty = _hint(self.tr("Select an idea in the table to see and edit it."))
        self.empty.setObjectName("idea_details_empty")
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addWidget(self.merged_box)
        body.addLayout(form)
        body.addSpacing(6)
        body.addWidget(origin_title)
        body.addWidget(origin_box)
        body.addLayout(created)
        body.addSpacing(6)
        body.addWidget(votes_title)
        body.addWidget(self.votes_label)
        body.addWidget(tests_title)
        body.addWidget(self.tests_label)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.show_idea(None, self._data)

    def _combo(self, field: str, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"idea_{field}")
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.setEnabled(not self._session.read_only)
        combo.activated.connect(lambda _i, f=field, c=combo: self._on_combo(f, c))
        return combo

    @property
    def uuid(self) -> str | None:
        return self._idea.uuid if self._idea else None

    def flush(self) -> None:
        for binder in self.binders.values():
            binder.flush()

    def show_idea(self, idea: Idea | None, data: BankData) -> None:
        """Show ``idea`` (or nothing); pending typing of the previous idea is written first."""
        if self._idea is not None and (idea is None or idea.uuid != self._idea.uuid):
            self.flush()
        self._idea = idea
        self._data = data
        self.empty.setVisible(idea is None)
        self.body.setVisible(idea is not None)
        if idea is None:
            return
        self.heading.setText(idea_title(idea))
        for name in ("title", "description", "origin_note", "created"):
            self.binders[name].show(getattr(idea, name))
        self.binders["tags"].show(", ".join(idea.tags))
        choices = {
            "origin_meeting": [(m.uuid, meeting_label(m)) for m in data.meetings],
            "origin_actor": sorted(data.actor_names.items(), key=lambda kv: kv[1].casefold()),
            "origin_trial": list(data.trial_names.items()),
        }
        for name, combo in self._combos.items():
            wanted = [("", "–"), *choices[name]]
            if [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] != wanted:
                blocked = combo.blockSignals(True)
                combo.clear()
                for key, label in wanted:
                    combo.addItem(label, key)
                combo.blockSignals(blocked)
            combo.setCurrentIndex(max(combo.findData(getattr(idea, name) or ""), 0))

        target = data.target(idea)
        self.merged_box.setVisible(target is not None)
        if target is not None:
            self.merged_label.setText(
                self.tr("Merged into “{0}”: its votes count there.").format(idea_title(target))
            )
        self.votes_label.setText(self._votes_text(idea, data))
        tests = data.tests_of.get(idea.uuid, ())
        statuses = texts.status_labels()
        self.tests_label.setText(
            "\n".join(f"{data.trial_names[t.uuid]} – {statuses[t.status]}" for t in tests)
            or self.tr("Not tested yet.")
        )

    def _votes_text(self, idea: Idea, data: BankData) -> str:
        per_meeting: dict[str, int] = {}
        for vote in data.book.votes:
            if vote.idea_uuid == idea.uuid:
                per_meeting[vote.meeting_uuid] = per_meeting.get(vote.meeting_uuid, 0) + vote.count
        lines = [
            self.tr("{0}: {1}").format(
                data.meeting_names.get(m.uuid, "?"), dots_text(per_meeting[m.uuid])
            )
            for m in data.meetings
            if per_meeting.get(m.uuid)
        ]
        from_merged = data.votes(idea) - data.own_votes.get(idea.uuid, 0)
        if from_merged and idea.merged_into is None:
            lines.append(self.tr("From merged ideas: {0}").format(dots_text(from_merged)))
        if idea.merged_into is None:
            lines.append(self.tr("In all: {0}").format(dots_text(data.votes(idea))))
        return "\n".join(lines) if lines else self.tr("No dots yet.")

    # -- writing -----------------------------------------------------------------------------------

    def _write(self, field: str, old: Any, new: Any) -> None:
        if self._idea is None:
            return
        if field == "title":
            new = " ".join(str(new).split())
            if new == old:
                return
        label = self._labels["origin"] if field.startswith("origin_") else self._labels[field]
        idea_commands.set_idea_field(self._session, self._idea.uuid, field, label, old, new)

    def _write_tags(self, _old: Any, new: Any) -> None:
        if self._idea is None:
            return
        try:
            tags = check_tags(tuple(str(new).split(",")))
        except InvalidTrialValue:
            Dialogs.error(
                self,
                self.tr("The change was not made"),
                self.tr(
                    "The tags cannot be saved: at most {0} tags, each one line of at most {1} "
                    "characters."
                ).format(MAX_TAGS, MAX_TAG_TEXT),
            )
            self.binders["tags"].show(", ".join(self._idea.tags))
            return
        if tags != self._idea.tags:
            idea_commands.set_idea_field(
                self._session, self._idea.uuid, "tags", self._labels["tags"], self._idea.tags, tags
            )

    def _on_combo(self, field: str, combo: QComboBox) -> None:
        if self._idea is None:
            return
        old, new = getattr(self._idea, field), combo.currentData() or None
        if old != new:
            self._write(field, old, new)

    def _on_unmerge(self) -> None:
        if self._idea is not None and self._idea.merged_into is not None:
            self.unmerge_requested.emit(self._idea.uuid)


# -- the bank --------------------------------------------------------------------------------------


class IdeaBank(QWidget):
    """The idea bank with its details form and the dot-vote mode."""

    #: The uuid of the current idea, or "" when none is selected.
    idea_selected = Signal(str)
    #: A test was made from an idea ("Test this idea"): its uuid, so the page can open it.
    trial_promoted = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idea_bank")
        self._session = session
        self._emitted = ""
        editable = not session.read_only

        self.model = IdeasModel(session)
        self.proxy = IdeasFilter()
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("ideas_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, tag, origin or status"))
        self.filter_edit.setAccessibleName(self.tr("Filter ideas"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(140)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.show_merged = QCheckBox(self.tr("Show merged"))
        self.show_merged.setObjectName("ideas_show_merged")
        self.show_merged.setToolTip(self.tr("Also list the ideas merged into others, greyed"))
        self.show_merged.toggled.connect(self._on_show_merged)
        self.votes_toggle = QToolButton()
        self.votes_toggle.setObjectName("ideas_votes_toggle")
        self.votes_toggle.setText(self.tr("Enter dot votes"))
        self.votes_toggle.setToolTip(
            self.tr("Type the dots each idea got at a meeting (Ctrl+Shift+V)")
        )
        self.votes_toggle.setCheckable(True)
        self.votes_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.votes_toggle.toggled.connect(self._on_votes_mode)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.filter_edit, 1)
        tools.addWidget(self.show_merged)
        tools.addWidget(self.votes_toggle)

        # The dot-vote panel: which meeting, how, and the total.
        self.meeting_combo = QComboBox()
        self.meeting_combo.setObjectName("ideas_vote_meeting")
        self.meeting_combo.setAccessibleName(self.tr("Meeting"))
        self.meeting_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting_combo.setMinimumContentsLength(24)
        self.meeting_combo.currentIndexChanged.connect(self._on_meeting)
        self.votes_hint = _hint(
            self.tr("Type the number of dots, press Enter: the next idea follows.")
        )
        self.votes_hint.setObjectName("ideas_votes_hint")
        self.votes_total = QLabel()
        self.votes_total.setObjectName("ideas_votes_total")
        self.votes_panel = QFrame()
        self.votes_panel.setObjectName("ideas_votes_panel")
        self.votes_panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel = QVBoxLayout(self.votes_panel)
        panel.setContentsMargins(8, 4, 8, 4)
        panel.setSpacing(2)
        meeting_row = QHBoxLayout()
        meeting_row.setContentsMargins(0, 0, 0, 0)
        meeting_label_ = QLabel(self.tr("Dots at"))
        meeting_label_.setBuddy(self.meeting_combo)
        meeting_row.addWidget(meeting_label_)
        meeting_row.addWidget(self.meeting_combo, 1)
        meeting_row.addWidget(self.votes_total)
        panel.addLayout(meeting_row)
        panel.addWidget(self.votes_hint)
        self.votes_panel.setVisible(False)

        self.view = IdeasTable()
        header = setup_record_view(
            self.view,
            "ideas_table",
            self.proxy,
            IdeasDelegate(self.view),
            editable=editable,
            sortable=True,
            multi=True,
        )
        header.sortIndicatorChanged.connect(self._update_buttons)
        self.view.setColumnHidden(DOTS_COLUMN, True)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.selectionModel().currentRowChanged.connect(self._on_selection)

        self.add_button = QPushButton(icon("add"), self.tr("Add"))
        self.add_button.setObjectName("ideas_add")
        self.add_button.setToolTip(self.tr("Add an idea (Ctrl+Shift+I)"))
        self.add_button.clicked.connect(self.add_idea)
        self.delete_button = QPushButton(icon("remove"), self.tr("Delete"))
        self.delete_button.setObjectName("ideas_delete")
        self.delete_button.setToolTip(
            self.tr("Delete the selected ideas with their votes (Delete)")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button = QToolButton()
        self.up_button.setObjectName("ideas_up")
        self.up_button.setIcon(icon("up"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_idea(-1))
        self.down_button = QToolButton()
        self.down_button.setObjectName("ideas_down")
        self.down_button.setIcon(icon("down"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_idea(+1))
        self.merge_button = QToolButton()
        self.merge_button.setObjectName("ideas_merge")
        self.merge_button.setText(self.tr("Merge into…"))
        self.merge_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.merge_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.merge_menu = QMenu(self.merge_button)
        self.merge_menu.setObjectName("ideas_merge_menu")
        self.merge_menu.aboutToShow.connect(self._fill_merge_menu)
        self.merge_button.setMenu(self.merge_menu)
        self.promote_button = QPushButton(icon("tests"), self.tr("Test this idea"))
        self.promote_button.setObjectName("ideas_promote")
        self.promote_button.clicked.connect(self.promote_selected)
        self.count = QLabel()
        self.count.setObjectName("ideas_count")
        self.count.setProperty("role", "hint")
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.add_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.merge_button,
            self.promote_button,
        ):
            buttons.addWidget(widget)
        buttons.addWidget(self.count, 1)

        self.details = IdeaDetails(session)
        self.details.unmerge_requested.connect(self.unmerge)
        scroll = QScrollArea()
        scroll.setObjectName("idea_details_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Long meeting and actor names must not widen the form past its column (it would be
        # cut at the right edge): the combos elide, and the column is as wide as the form needs.
        for combo in self.details.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        scroll.setWidget(self.details)
        self._details_scroll = scroll
        self._fit_details()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.votes_panel)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("ideas_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        for keys, slot, text in (
            ("Ctrl+Shift+I", self.add_idea, self.tr("Add an idea")),
            ("Ctrl+Shift+V", self.votes_toggle.toggle, self.tr("Show or hide the dot votes")),
            ("Ctrl+Up", lambda: self.move_idea(-1), self.tr("Move the idea up")),
            ("Ctrl+Down", lambda: self.move_idea(+1), self.tr("Move the idea down")),
        ):
            page_shortcut(keys, self, slot, text)
        page_shortcut(
            QKeySequence.StandardKey.Delete,
            self.view,
            self.delete_selected,
            self.tr("Delete the selected idea"),
            Qt.ShortcutContext.WidgetShortcut,
        )

        # The title gives way last; tags, where it came from and the status before it; the
        # votes never hide behind a scroll bar.
        self.fitter = ColumnFitter(
            self.view,
            {
                COLUMNS.index("title"): 170,
                COLUMNS.index("tags"): 70,
                COLUMNS.index("origin"): 90,
                COLUMNS.index("status"): 90,
            },
            widest=320,
        )
        session.changed.connect(self._on_changed)
        self._refresh()
        self._choose_default_meeting()
        self.splitter.setSizes([700, 320])
        self._folded = False
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
            self.view.selectRow(0)

    # -- public ------------------------------------------------------------------------------------

    def selected_uuid(self) -> str | None:
        """The current idea (the one the details show), if it is selected."""
        index = self.view.currentIndex()
        selection = self.view.selectionModel()
        if index.isValid() and selection.isRowSelected(index.row(), QModelIndex()):
            return str(index.data(UUID_ROLE))
        rows = selection.selectedRows()
        return str(rows[0].data(UUID_ROLE)) if rows else None

    def selected_uuids(self) -> list[str]:
        """Every selected idea, in the order shown."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [str(index.data(UUID_ROLE)) for index in rows]

    def select(self, uuid: str, *, extend: bool = False) -> None:
        """Select an idea (showing merged ideas and clearing the filter if they hide it);
        ``extend`` adds it to the selection."""
        row = self.model.row_of(uuid)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid() and self.model.idea(row).merged_into is not None:
            self.show_merged.setChecked(True)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return
        column = DOTS_COLUMN if self.votes_mode() else 0
        flags = (
            QItemSelectionModel.SelectionFlag.Select
            if extend
            else QItemSelectionModel.SelectionFlag.ClearAndSelect
        ) | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index.siblingAtColumn(column), flags)
        self.view.scrollTo(index)

    def votes_mode(self) -> bool:
        return self.votes_toggle.isChecked()

    def set_votes_mode(self, on: bool, meeting_uuid: str | None = None) -> None:
        """Show the dot-vote panel and column (for ``meeting_uuid`` if given)."""
        if meeting_uuid is not None:
            found = self.meeting_combo.findData(meeting_uuid)
            if found >= 0:
                self.meeting_combo.setCurrentIndex(found)
        self.votes_toggle.setChecked(on)

    def vote_meeting(self) -> str | None:
        data = self.meeting_combo.currentData()
        return str(data) if data else None

    # -- loading -----------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.trials or changes.actors or changes.meeting_list or changes.meetings:
            self._refresh()

    def _load(self) -> BankData:
        service = self._session.service
        meetings = sorted(
            (service.meeting(uuid).meeting for uuid in service.meeting_uuids()),
            key=_meeting_order,
        )
        return BankData(
            book=service.trial_book(), meetings=tuple(meetings), actors=service.actor_map().actors
        )

    def _refresh(self) -> None:
        keep = self.selected_uuids()
        current = self.selected_uuid()
        data = self._load()
        self.model.set_data(data)
        self._fill_meetings(data)
        if keep and any(self.model.row_of(u) >= 0 for u in keep):
            still = [u for u in keep if self.model.row_of(u) >= 0]
            first = current if current in still else still[0]
            self._reselect(first, still)
        self._show_details()
        self._update_buttons()

    def _reselect(self, current: str, uuids: list[str]) -> None:
        selection = self.view.selectionModel()
        shown = {
            u: self.proxy.mapFromSource(self.model.index(self.model.row_of(u), 0)) for u in uuids
        }
        if not shown[current].isValid():
            return
        if [i.row() for i in selection.selectedRows()] == sorted(
            i.row() for i in shown.values() if i.isValid()
        ) and self.selected_uuid() == current:
            return
        self.select(current)
        for uuid, index in shown.items():
            if uuid != current and index.isValid():
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def _fill_meetings(self, data: BankData) -> None:
        wanted = [(m.uuid, meeting_label(m)) for m in data.meetings]
        have = [
            (self.meeting_combo.itemData(i), self.meeting_combo.itemText(i))
            for i in range(self.meeting_combo.count())
        ]
        if have == wanted or (not wanted and self.meeting_combo.count() == 1 and not have[0][0]):
            return
        current = self.meeting_combo.currentData()
        blocked = self.meeting_combo.blockSignals(True)
        try:
            self.meeting_combo.clear()
            if not wanted:
                self.meeting_combo.addItem(self.tr("No meetings yet"), "")
            for uuid, label in wanted:
                self.meeting_combo.addItem(label, uuid)
            self.meeting_combo.setCurrentIndex(max(self.meeting_combo.findData(current), 0))
        finally:
            self.meeting_combo.blockSignals(blocked)
        self.meeting_combo.setEnabled(bool(wanted))
        self._on_meeting()

    def _choose_default_meeting(self) -> None:
        """The latest meeting that has taken place (else the first): where dots come from."""
        meetings = self.model.data_.meetings
        today = dt.date.today()
        past = [m for m in meetings if m.date is not None and m.date <= today]
        chosen = past[-1] if past else (meetings[0] if meetings else None)
        if chosen is not None:
            self.meeting_combo.setCurrentIndex(max(self.meeting_combo.findData(chosen.uuid), 0))

    def _on_selection(self, *_: object) -> None:
        self._show_details()
        self._update_buttons()
        uuid = self.selected_uuid() or ""
        if uuid != self._emitted:
            self._emitted = uuid
            self.idea_selected.emit(uuid)

    def _show_details(self) -> None:
        uuid = self.selected_uuid()
        row = self.model.row_of(uuid) if uuid else -1
        self.details.show_idea(self.model.idea(row) if row >= 0 else None, self.model.data_)

    def _update_buttons(self, *_: object) -> None:
        editable = not self._session.read_only
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("{0} of {1} ideas shown").format(shown, total))
        uuids = self.selected_uuids()
        uuid = self.selected_uuid()
        self.add_button.setEnabled(editable)
        self.delete_button.setEnabled(editable and bool(uuids))
        sorted_view = self.view.horizontalHeader().sortIndicatorSection() >= 0
        row = self.view.currentIndex().row() if uuid else -1
        single = len(uuids) == 1
        self.up_button.setEnabled(editable and single and not sorted_view and row > 0)
        self.down_button.setEnabled(
            editable and single and not sorted_view and 0 <= row < shown - 1
        )
        if sorted_view:
            tip = self.tr("The table is sorted: click the column header until the arrow goes away")
            self.up_button.setToolTip(tip)
            self.down_button.setToolTip(tip)
        else:
            self.up_button.setToolTip(self.tr("Move the idea up in the bank (Ctrl+Up)"))
            self.down_button.setToolTip(self.tr("Move the idea down in the bank (Ctrl+Down)"))
        targets = self.merge_targets()
        self.merge_button.setEnabled(editable and bool(targets))
        if len(uuids) >= 2:
            self.merge_button.setToolTip(
                self.tr("Merge the selected ideas into one of them; their votes count there")
            )
        else:
            self.merge_button.setToolTip(
                self.tr("Merge the selected idea into another; its votes count there")
            )
        idea = self.model.idea(self.model.row_of(uuid)) if uuid else None
        can_test = editable and single and idea is not None and idea.merged_into is None
        self.promote_button.setEnabled(can_test)
        self.promote_button.setToolTip(
            self.tr("Make a test of this idea and open it")
            if idea is None or idea.merged_into is None
            else self.tr("A merged idea is tested through the idea it was merged into")
        )
        self.votes_total.setText(
            self.tr("At this meeting: {0}").format(
                dots_text(
                    sum(self.model.data_.dots(i.uuid, self.model.meeting) for i in self.model.ideas)
                )
            )
            if self.model.meeting
            else ""
        )

    def _on_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._show_details()
        self._update_buttons()

    def _on_show_merged(self, shown: bool) -> None:
        self.proxy.set_show_merged(shown)
        self._show_details()
        self._update_buttons()

    # -- dot votes ---------------------------------------------------------------------------------

    def _on_votes_mode(self, on: bool) -> None:
        self._session.flush()
        self.votes_panel.setVisible(on)
        self._on_meeting()
        if on and self.proxy.rowCount():
            index = self.view.currentIndex()
            row = index.row() if index.isValid() else 0
            self.view.setCurrentIndex(self.proxy.index(row, DOTS_COLUMN))
            self.view.setFocus()
        elif not on and self.view.currentIndex().column() == DOTS_COLUMN:
            self.view.setCurrentIndex(self.view.currentIndex().siblingAtColumn(0))

    def _on_meeting(self, *_: object) -> None:
        meeting = self.vote_meeting() if self.votes_mode() else None
        self.model.set_meeting(meeting)
        self.view.setColumnHidden(DOTS_COLUMN, meeting is None)
        # Typing dots needs the title and the count; tags and status make room.
        for key in ("tags", "status"):
            self.view.setColumnHidden(COLUMNS.index(key), self.votes_mode())
        self.fitter.remeasure()
        self._update_buttons()

    #: Below this width the buttons under the table show icons only (texts in tooltips).
    FOLD_BELOW = 980

    def _fit_details(self) -> None:
        """The details column is never narrower than its form (else the form is cut off)."""
        bar = self._details_scroll.verticalScrollBar().sizeHint().width()
        need = self.details.minimumSizeHint().width() + bar + 4
        self._details_scroll.setMinimumWidth(max(300, need))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_details()
        folded = event.size().width() < self.FOLD_BELOW
        if folded != self._folded:
            self._folded = folded
            fold_to_icons((self.add_button, self.delete_button, self.promote_button), folded)

    # -- add, delete, move -------------------------------------------------------------------------

    def add_idea(self) -> str | None:
        """A new idea, last in the bank; its title in the details is ready for typing. Returns
        its uuid."""
        if self._session.read_only:
            return None
        self._session.flush()
        uuid = idea_commands.add_idea(self._session, title=self.tr("New idea"))
        if uuid is None:  # refused
            return None
        if self.votes_mode():
            self.votes_toggle.setChecked(False)
        self.select(uuid)
        # Type the title at once, then Tab on to the description and the rest.
        self.details.title_edit.setFocus()
        self.details.title_edit.selectAll()
        return uuid

    def delete_selected(self) -> None:
        """Delete the selected ideas (one undo step), with their votes."""
        uuids = self.selected_uuids()
        if not uuids or self._session.read_only:
            return
        self._session.flush()
        row = min(i.row() for i in self.view.selectionModel().selectedRows())
        stack = self._session.undo_stack
        if len(uuids) > 1:
            stack.beginMacro(self.tr("Delete {0} ideas").format(len(uuids)))
        try:
            for uuid in uuids:
                idea_commands.delete_idea(self._session, uuid)
        finally:
            if len(uuids) > 1:
                stack.endMacro()
        if self.proxy.rowCount():
            index = self.proxy.index(min(row, self.proxy.rowCount() - 1), 0)
            self.select(str(index.data(UUID_ROLE)))
        self._show_details()
        self._update_buttons()

    def move_idea(self, step: int) -> None:
        """One place up or down among the ideas shown, in the bank's own order, undoable."""
        uuids = self.selected_uuids()
        if len(uuids) != 1 or self._session.read_only:
            return
        if self.view.horizontalHeader().sortIndicatorSection() >= 0:
            return
        uuid = uuids[0]
        shown_row = self.proxy.mapFromSource(self.model.index(self.model.row_of(uuid), 0)).row()
        neighbour = shown_row + step
        if not 0 <= neighbour < self.proxy.rowCount():
            return
        self._session.flush()
        old = self.model.row_of(uuid)
        new = self.proxy.mapToSource(self.proxy.index(neighbour, 0)).row()
        idea_commands.move_idea(self._session, uuid, old, new)
        self.select(uuid)

    # -- merge and test ----------------------------------------------------------------------------

    def merge_targets(self) -> list[tuple[str, str]]:
        """The ideas the selection can be merged into, as (uuid, title): with two or more
        selected, one of them; with one selected, any other idea that is not merged."""
        uuids = self.selected_uuids()
        ideas = {i.uuid: i for i in self.model.ideas}
        open_ = [u for u in uuids if u in ideas and ideas[u].merged_into is None]
        if len(uuids) >= 2:
            return [(u, idea_title(ideas[u])) for u in open_] if len(open_) >= 2 else []
        if len(open_) != 1:
            return []
        return [
            (i.uuid, idea_title(i))
            for i in self.model.ideas
            if i.merged_into is None and i.uuid != open_[0]
        ]

    def _fill_merge_menu(self) -> None:
        self.merge_menu.clear()
        for uuid, title in self.merge_targets():
            action = self.merge_menu.addAction(_shorten(title, 60))
            action.setData(uuid)
            action.triggered.connect(lambda _c=False, u=uuid: self.merge_selected(u))

    def merge_selected(self, target: str) -> None:
        """Merge the selected ideas (those not merged yet) into ``target``; one undo step."""
        if self._session.read_only or target not in dict(self.merge_targets()):
            return
        self._session.flush()
        ideas = {i.uuid: i for i in self.model.ideas}
        sources = [u for u in self.selected_uuids() if ideas[u].merged_into is None]
        idea_commands.merge_ideas(self._session, sources, target)
        self.select(target)

    def unmerge(self, uuid: str) -> None:
        """Separate a merged idea again (undoable)."""
        row = self.model.row_of(uuid)
        if row < 0 or self._session.read_only:
            return
        idea = self.model.idea(row)
        if idea.merged_into is None:
            return
        self._session.flush()
        idea_commands.unmerge_idea(self._session, uuid, idea.merged_into)
        self.select(uuid)

    def promote_selected(self) -> str | None:
        """Make a test of the selected idea (undoable) and emit ``trial_promoted``."""
        uuids = self.selected_uuids()
        if len(uuids) != 1 or self._session.read_only:
            return None
        idea = self.model.idea(self.model.row_of(uuids[0]))
        if idea.merged_into is not None:
            return None
        self._session.flush()
        trial = idea_commands.promote_idea(self._session, idea.uuid)
        if self._session.service.trial_book().trial(trial) is None:  # refused
            return None
        self.trial_promoted.emit(trial)
        return trial
