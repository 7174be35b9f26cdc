"""Dot votes at the meeting, typed fast: the ideas on the ballot, a number per idea (Enter or
Tab goes on to the next), and the ranking updating as the digits are typed.

The counts are the idea bank's votes for this meeting (``set_votes``, one undo step per idea).
The ballot is the ideas that came from this meeting or already have votes at it, plus those the
facilitator adds (all ideas at once, or one by its name).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui import kit
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.record_model import AnyIndex, RecordTableModel, setup_record_view
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut
from workshop_app.ui.trials import idea_commands
from workshop_app.ui.trials.ideas.table import dots_editor

COLUMNS = ("rank", "title", "dots")
COL_DOTS = COLUMNS.index("dots")


@dataclass(frozen=True)
class Ballot:
    """An idea on the ballot: its own dots at this meeting and its tally (with merged ideas)."""

    uuid: str
    title: str
    dots: int
    tally: int


def ranks(tallies: dict[str, int]) -> dict[str, int]:
    """Competition ranking (1, 2, 2, 4) by tally, most first; ideas without dots get none."""
    ordered = sorted((t for t in tallies.values() if t > 0), reverse=True)
    return {uuid: ordered.index(t) + 1 for uuid, t in tallies.items() if t > 0}


class VotesModel(RecordTableModel[Ballot]):
    # The ranking changed (stored or being typed): the ranking line follows.
    ranking_changed = Signal()

    def __init__(self, session: ProjectSession) -> None:
        super().__init__(
            session,
            COLUMNS,
            {"rank": self.tr("Rank"), "title": self.tr("Idea"), "dots": self.tr("Dots")},
        )
        # The count being typed into one idea's cell, not stored yet.
        self._typing: tuple[str, int] | None = None

    def set_ballot(self, rows: tuple[Ballot, ...]) -> None:
        self._typing = None
        self.set_rows(rows)
        self.ranking_changed.emit()

    def preview(self, uuid: str, dots: int | None) -> None:
        """``dots`` typed into ``uuid``'s cell (None: typing ended); the ranks follow."""
        self._typing = None if dots is None else (uuid, dots)
        if self.rows:
            last = len(self.rows) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, 0))
        self.ranking_changed.emit()

    def tallies(self) -> dict[str, int]:
        """Each idea's tally with what is being typed counted in."""
        result = {b.uuid: b.tally for b in self.rows}
        if self._typing is not None:
            uuid, dots = self._typing
            own = next((b for b in self.rows if b.uuid == uuid), None)
            if own is not None:
                result[uuid] = own.tally - own.dots + dots
        return result

    def ranking(self) -> list[tuple[int, Ballot, int]]:
        """(rank, idea, tally) of the ideas with dots, most first."""
        tallies = self.tallies()
        ranked = ranks(tallies)
        rows = [(ranked[b.uuid], b, tallies[b.uuid]) for b in self.rows if b.uuid in ranked]
        return sorted(rows, key=lambda r: r[0])

    def _editable(self, index: AnyIndex) -> bool:
        return index.column() == COL_DOTS

    def _cell(self, ballot: Ballot, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "title":
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return plain_tooltip(ballot.title)
        if role == Qt.ItemDataRole.EditRole and column == "dots":
            return ballot.dots
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "rank":
            rank = ranks(self.tallies()).get(ballot.uuid)
            return "" if rank is None else str(rank)
        if column == "title":
            return ballot.title or self.tr("(untitled idea)")
        return str(ballot.dots) if ballot.dots else ""

    def _set_cell(self, ballot: Ballot, column: str, value: Any) -> bool:
        return self.store(ballot.uuid, int(value))

    def store(self, uuid: str, dots: int) -> bool:
        ballot = next((b for b in self.rows if b.uuid == uuid), None)
        meeting = self.property("meeting_uuid")
        if ballot is None or not meeting:
            return False
        self._typing = None
        idea_commands.set_votes(self._session, uuid, str(meeting), ballot.dots, dots)
        self.ranking_changed.emit()
        return True


class DotsDelegate(QStyledItemDelegate):
    """A spin box for the dots whose every digit updates the ranking before it is stored."""

    def __init__(self, model: VotesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        spin = dots_editor(parent, "live_dots_editor")
        uuid = self._model.row(index.row()).uuid
        spin.valueChanged.connect(lambda value: self._model.preview(uuid, value))
        return spin

    def destroyEditor(self, editor: QWidget, index: AnyIndex) -> None:
        self._model.preview("", None)  # typing ended: the stored counts rank again
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QSpinBox)
        blocked = editor.blockSignals(True)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
        editor.blockSignals(blocked)
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class VotesTable(QTableView):
    """Enter or Tab stores the dots and opens the next idea's cell; Shift+Tab the one before."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        hints = QAbstractItemDelegate.EndEditHint
        step = {hints.SubmitModelCache: 1, hints.EditNextItem: 1, hints.EditPreviousItem: -1}
        move = step.get(hint)
        super().closeEditor(editor, hints.NoHint if move else hint)
        if move:
            self.edit_row(self.currentIndex().row() + move)

    def edit_row(self, row: int) -> None:
        """Open the dots cell of ``row`` (kept within the table) for typing."""
        count = self.model().rowCount()
        if count == 0:
            return
        index = self.model().index(min(max(row, 0), count - 1), COL_DOTS)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        if index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.edit(index)


class VotesPanel(kit.SessionPanel):
    """The ballot, the typed dots and the ranking line."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "live_votes", parent)
        self._meeting: str | None = None
        # Ideas added to the ballot by hand (no dots yet), per meeting.
        self._chosen: dict[str, list[str]] = {}

        title = QLabel(self.tr("Dot votes"))
        title.setProperty("role", "sectionTitle")
        self.add_combo = QComboBox()
        self.add_combo.setObjectName("live_vote_add")
        self.add_combo.setEditable(True)
        self.add_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        kit.combo_of_width(self.add_combo, 22)
        line, completer = self.add_combo.lineEdit(), self.add_combo.completer()
        assert line is not None and completer is not None  # an editable combo has both
        line.setPlaceholderText(self.tr("Add an idea to the vote…"))
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        line.returnPressed.connect(self._add_typed)
        self.all_button = QPushButton(self.tr("All ideas"))
        self.all_button.setObjectName("live_vote_all")
        self.all_button.setToolTip(self.tr("Put every idea of the idea bank on the vote"))
        self.all_button.clicked.connect(self.add_all)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_combo, 1)
        add_row.addWidget(self.all_button)

        self.model = VotesModel(session)
        self.view = VotesTable()
        header = setup_record_view(
            self.view,
            "live_votes_table",
            self.model,
            DotsDelegate(self.model, self),
            editable=not session.read_only,
        )
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_DOTS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_DOTS, 70)
        page_shortcut(
            "Delete",
            self.view,
            self.remove_selected,
            self.tr("Take the selected idea off the vote (its dots go to 0)"),
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.ranking_label = QLabel()
        self.ranking_label.setObjectName("live_ranking")
        self.ranking_label.setTextFormat(Qt.TextFormat.PlainText)
        self.ranking_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.model.ranking_changed.connect(self._show_ranking)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(add_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.ranking_label)

    def set_meeting(self, meeting_uuid: str) -> None:
        self._meeting = meeting_uuid
        self.model.setProperty("meeting_uuid", meeting_uuid)
        self.reload()

    def reload(self) -> None:
        """The ballot again from the stored ideas and votes (after any phase 3 change)."""
        if self._meeting is None:
            return
        book = self._session.service.trial_outline()  # ideas and votes: no evidence needed
        meeting = self._meeting
        tallies = self._session.service.vote_tallies(meeting)
        own = {v.idea_uuid: v.count for v in book.votes if v.meeting_uuid == meeting}
        chosen = self._chosen.setdefault(meeting, [])
        open_ideas = [i for i in book.ideas if i.merged_into is None]
        on_ballot = [
            i
            for i in open_ideas
            if i.origin_meeting == meeting or tallies.get(i.uuid) or i.uuid in chosen
        ]
        rows = tuple(
            Ballot(i.uuid, i.title, own.get(i.uuid, 0), tallies.get(i.uuid, 0)) for i in on_ballot
        )
        current = self.view.currentIndex()
        self.model.set_ballot(rows)
        if current.isValid() and current.row() < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        others = [i for i in open_ideas if i not in on_ballot]
        blocked = self.add_combo.blockSignals(True)
        self.add_combo.clear()
        for idea in others:
            self.add_combo.addItem(idea.title or self.tr("(untitled idea)"), idea.uuid)
        self.add_combo.setCurrentIndex(-1)
        self.add_combo.blockSignals(blocked)
        self.all_button.setEnabled(bool(others))

    def _show_ranking(self) -> None:
        top = self.model.ranking()[:3]
        if not top:
            self.ranking_label.setText(self.tr("No dots yet."))
            return
        self.ranking_label.setText(
            "\n".join(f"{rank}. {b.title} ({tally})" for rank, b, tally in top)
        )

    def _add_typed(self) -> None:
        text = self.add_combo.currentText().strip()
        index = self.add_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = self.add_combo.findText(text, Qt.MatchFlag.MatchContains)
        if index < 0 or not text:
            return
        self.add_ideas([str(self.add_combo.itemData(index))])

    def add_all(self) -> None:
        self.add_ideas([str(self.add_combo.itemData(i)) for i in range(self.add_combo.count())])

    def add_ideas(self, uuids: list[str]) -> None:
        if self._meeting is None:
            return
        chosen = self._chosen.setdefault(self._meeting, [])
        chosen.extend(u for u in uuids if u not in chosen)
        self.reload()
        if uuids:
            self.view.edit_row(self.model.row_of(uuids[0]))

    def remove_selected(self) -> None:
        row = self.view.currentIndex().row()
        if self._meeting is None or not 0 <= row < self.model.rowCount():
            return
        ballot = self.model.row(row)
        chosen = self._chosen.setdefault(self._meeting, [])
        if ballot.uuid in chosen:
            chosen.remove(ballot.uuid)
        if ballot.dots:
            self.model.store(ballot.uuid, 0)
        else:
            self.reload()

    def start_typing(self) -> None:
        """Keyboard to the first idea's dots (or the field that adds ideas when there are none)."""
        if self.model.rowCount():
            row = max(self.view.currentIndex().row(), 0)
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.view.edit_row(row)
        else:
            self.add_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
