"""The idea bank as data: ``BankData`` (one read of the book, with the names and tallies the
views show), ``IdeasModel`` (the bank as a table in its stored order, the dots cell edited in
place with undo) and ``IdeasFilter`` (sorts, filters by text, hides merged ideas).

Votes of an idea merged into another count for that idea (``domain.trials.vote_tallies``); a
merged idea keeps its own votes and is shown greyed, or hidden until "Show merged" is ticked.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
)

from workshop_app.domain.actors import Actor
from workshop_app.domain.model import Meeting
from workshop_app.domain.trials import (
    MAX_VOTES,
    Idea,
    Trial,
    TrialBook,
    merge_root,
    vote_tallies,
)
from workshop_app.domain.values import typed_whole
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.record_model import (
    AnyIndex,
    IndexedRecordModel,
    RecordFilter,
)
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.trials import idea_commands, texts
from workshop_app.ui.trials.common import trial_versions as trial_versions

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


def meeting_order(meeting: Meeting) -> tuple[bool, dt.date, str]:
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
    def merged_into_it(self) -> dict[str, tuple[str, ...]]:
        """The uuids of the ideas merged straight into each idea."""
        found: dict[str, list[str]] = {}
        for idea in self.book.ideas:
            if idea.merged_into:
                found.setdefault(idea.merged_into, []).append(idea.uuid)
        return {uuid: tuple(sources) for uuid, sources in found.items()}

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


class IdeasModel(IndexedRecordModel[Idea]):
    """The ideas in their stored order. The "dots" column is the votes at one meeting (see
    :meth:`set_meeting`); it and the title can be edited in place (with undo)."""

    def __init__(self, session: ProjectSession) -> None:
        super().__init__(session, COLUMNS)
        self._data = BankData()
        self._meeting: str | None = None
        self.head_columns(texts.idea_field_labels(), dots=self.tr("Dots"), status=self.tr("Status"))

    # -- loading -----------------------------------------------------------------------------------

    def set_data(self, data: BankData, touched: Collection[str] | None = None) -> None:
        """Show ``data``; only the rows an edit ``touched`` change when it names them."""
        before = () if touched is None else self.touched_uuids(touched)  # by the old links
        self._data = data
        if self._meeting is not None and self._meeting not in data.meeting_names:
            self._meeting = None
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, DOTS_COLUMN, DOTS_COLUMN)
        self.set_rows(data.book.ideas, touched, before)

    def _row_keys(self, record: Idea) -> Iterable[str]:
        """An idea shows its votes, the idea it is merged into and those merged into it, and
        its tests with their status."""
        data = self._data
        yield record.uuid
        if record.merged_into:
            yield record.merged_into
        yield from data.merged_into_it.get(record.uuid, ())
        if record.origin_trial:
            yield record.origin_trial
        for trial in data.tests_of.get(record.uuid, ()):
            yield trial.uuid
            yield from (change.uuid for change in trial.history)

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
            return self.tr("Dots at {0}").format(shorten(name, 14))
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

    def _cell(self, idea: Idea, column: str, role: int) -> Any:
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

    def _set_cell(self, idea: Idea, column: str, value: Any) -> bool:
        if column == "dots":
            assert self._meeting is not None
            new = typed_whole(value, 0, MAX_VOTES)
            if new is None:
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


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class IdeasFilter(RecordFilter):
    """Sorts by ``SORT_ROLE``; keeps ideas whose title, description, tags, origin or status hold
    the text; hides merged ideas unless asked."""

    _text = ""
    _show_merged = False

    def __init__(self) -> None:
        super().__init__(sort_role=SORT_ROLE)

    @property
    def show_merged(self) -> bool:
        return self._show_merged

    def set_text(self, text: str) -> None:
        self._refilter(_text=text.strip().casefold())

    def set_show_merged(self, shown: bool) -> None:
        self._refilter(_show_merged=shown)

    def accepts(self, model: IdeasModel, idea: Idea) -> bool:
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
