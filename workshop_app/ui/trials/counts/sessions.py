"""The list of counting sessions of one test: ``CountSessionsModel`` (header cells edited in place,
with undo), ``SessionDelegate`` (combos, date and time editors) and the rules a session's times
follow (``times_problem``, ``guess_phase``).
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QObject,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QStyleOptionViewItem,
    QTimeEdit,
    QWidget,
)

from workshop_app.domain.limits import MAX_SHORT_TEXT, MAX_TEXT
from workshop_app.domain.trials import (
    CountSession,
    InvalidTrialValue,
    Trial,
    block_count,
    check_count_value,
    minutes_between,
)
from workshop_app.ui.record_model import AnyIndex, IndexedRecordModel
from workshop_app.ui.scope.rows_model import CHOICES_ROLE
from workshop_app.ui.scope.section_form import ChoiceDelegate
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.trials import evidence_commands, texts
from workshop_app.ui.trials.counts.tally import block_labels, hhmm, number_text

UUID_ROLE = Qt.ItemDataRole.UserRole + 4

#: Columns of the list of counting sessions.
SESSION_COLUMNS = (
    "date",
    "start_time",
    "end_time",
    "phase",
    "weather",
    "place",
    "passing",
    "staying",
    "note",
)
_EDITABLE = frozenset(("date", "start_time", "end_time", "phase", "weather", "place", "note"))


def guess_phase(trial: Trial | None, day: dt.date) -> str:
    """Before, during or after the test, from its start and end dates (before when unknown)."""
    if trial is None or trial.start_date is None or day < trial.start_date:
        return "before"
    if trial.end_date is not None and day > trial.end_date:
        return "after"
    return "during"


# -- the list of sessions ------------------------------------------------------------------------


class CountSessionsModel(IndexedRecordModel[CountSession]):
    """The counting sessions of one test; header cells are edited in place (with undo)."""

    refused = Signal(str)

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(session, SESSION_COLUMNS, parent=parent)
        self.head_columns(
            texts.count_field_labels(),
            place=self.tr("Place"),
            passing=self.tr("Passing"),
            staying=self.tr("Staying"),
        )

    def _editable(self, index: AnyIndex) -> bool:
        return SESSION_COLUMNS[index.column()] in _EDITABLE

    def _display(self, count: CountSession, column: str) -> str:
        if column == "date":
            day = QDate(count.date.year, count.date.month, count.date.day)
            return QLocale().toString(day, self.tr("ddd d MMM yyyy"))
        if column in ("start_time", "end_time"):
            return hhmm(getattr(count, column))
        if column == "phase":
            return texts.phase_labels().get(count.phase, count.phase)
        if column == "weather":
            return texts.weather_labels().get(count.weather, "–") if count.weather else "–"
        if column == "passing":
            return number_text(count.passing_total)
        if column == "staying":
            return number_text(count.staying_total)
        return " ".join(str(getattr(count, column)).split())

    def _cell(self, count: CountSession, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(count, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == "date":
                return QDate(count.date.year, count.date.month, count.date.day)
            if column in ("start_time", "end_time"):
                value = getattr(count, column)
                return QTime(value.hour, value.minute)
            if column in ("passing", "staying"):
                return None
            return getattr(count, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("place", "note"):
            text = str(getattr(count, column))
            return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>" if text else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("passing", "staying"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CHOICES_ROLE:
            if column == "phase":
                return list(texts.phase_labels().items())
            if column == "weather":
                return [("", "–"), *texts.weather_labels().items()]
        if role == UUID_ROLE:
            return count.uuid
        return None

    def _set_cell(self, count: CountSession, column: str, value: Any) -> bool:
        new: Any = value
        if column == "date":
            if not isinstance(value, QDate) or not value.isValid():
                return False
            new = _day(value)
        elif column in ("start_time", "end_time"):
            if not isinstance(value, QTime) or not value.isValid():
                return False
            new = dt.time(value.hour(), value.minute())
            start = new if column == "start_time" else count.start_time
            end = new if column == "end_time" else count.end_time
            problem = times_problem(count, start, end)
            if problem:
                self.refused.emit(problem)
                return False
        elif column in ("place", "note"):
            text = "" if value is None else str(value)
            limit = MAX_TEXT if column == "note" else MAX_SHORT_TEXT
            if len(text) > limit:
                self.refused.emit(
                    self.tr("“{0}” can hold at most {1} characters; this text has {2}.").format(
                        self._labels[column], limit, len(text)
                    )
                )
                return False
            new = text if column == "note" else " ".join(text.split())
        try:
            new = check_count_value(column, new)
        except InvalidTrialValue:
            self.refused.emit(self.tr("“{0}” cannot take this value.").format(self._labels[column]))
            return False
        old = getattr(count, column)
        if new == old:
            return False
        evidence_commands.set_count_field(
            self._session, count.uuid, column, self._labels[column], old, new
        )
        return True


def times_problem(count: CountSession | None, start: dt.time, end: dt.time) -> str:
    """A translated reason why a session cannot run from ``start`` to ``end`` ("" when it can):
    it must end after it starts, and shorter times must not drop blocks that hold counts."""
    if minutes_between(start, end) <= 0:
        return QCoreApplication.translate(
            "CountsPanel", "A counting session must end after it starts ({0} is not after {1})."
        ).format(hhmm(end), hhmm(start))
    if count is not None:
        blocks = block_count(start, end)
        labels = block_labels(count.start_time, count.end_time)
        dropped = [labels[i] for i, row in enumerate(count.passing[blocks:], blocks) if any(row)]
        if dropped:
            return QCoreApplication.translate(
                "CountsPanel",
                "The shorter session would leave out the counts typed for {0}. Clear those "
                "cells first.",
            ).format(", ".join(dropped))
    return ""


class SessionDelegate(ChoiceDelegate):
    """Combo boxes for phase and weather, a date edit and time edits to the minute."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QTimeEdit):
            editor.setDisplayFormat("HH:mm")
        elif isinstance(editor, QDateEdit):
            editor.setDisplayFormat("dd-MM-yyyy")
            editor.setCalendarPopup(True)
        return editor


# -- the panel -----------------------------------------------------------------------------------


def _day(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
