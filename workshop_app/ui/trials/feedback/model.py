"""The feedback of one test as a table: ``FeedbackModel`` (entry order, every cell edited in place
with undo) and ``FeedbackFilter`` (by sentiment or theme), with the tag text helpers.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Sequence
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
)

from workshop_app.domain.limits import MAX_TEXT
from workshop_app.domain.trial_model import FEEDBACK_FIELDS
from workshop_app.domain.trials import (
    MAX_CARD_NUMBER,
    MAX_TAG_TEXT,
    Feedback,
    InvalidTrialValue,
    check_feedback_value,
)
from workshop_app.ui.record_model import IndexedRecordModel, RecordFilter
from workshop_app.ui.scope.rows_model import CHOICES_ROLE
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.trials import evidence_commands, texts
from workshop_app.ui.trials.charts import SENTIMENT_COLORS

UUID_ROLE = Qt.ItemDataRole.UserRole + 4

# Every field of an entry but its date, the card number first.
COLUMNS = (
    "card_number",
    *(f for f in FEEDBACK_FIELDS if f not in ("date", "card_number")),
)
_TEXTS = ("what_works", "could_be_better", "quote")


def parse_tags(text: str) -> tuple[str, ...]:
    """Themes typed as "seating, shade ,  greenery": trimmed, blanks and repeats dropped."""
    return tuple(check_feedback_value("tags", [part for part in text.split(",")]))


def tags_text(tags: Sequence[str]) -> str:
    return ", ".join(tags)


# -- the table -----------------------------------------------------------------------------------


class FeedbackModel(IndexedRecordModel[Feedback]):
    """The feedback of one test in entry order; every cell can be edited (with undo)."""

    refused = Signal(str)

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(session, COLUMNS, texts.feedback_field_labels(), parent)

    def set_entries(
        self, entries: Sequence[Feedback], touched: Collection[str] | None = None
    ) -> None:
        self.set_rows(entries, touched)

    @property
    def entries(self) -> tuple[Feedback, ...]:
        return self.rows

    def entry(self, row: int) -> Feedback:
        return self.row(row)

    def _choices(self, column: str) -> list[tuple[str, str]]:
        if column == "channel":
            return list(texts.channel_labels().items())
        if column == "sentiment":
            return [("", "–"), *texts.sentiment_labels().items()]
        if column == "age_band":
            return [("", "–"), *texts.age_band_labels().items()]
        return [("", "–"), *texts.respondent_group_labels().items()]

    def _display(self, entry: Feedback, column: str) -> str:
        value = getattr(entry, column)
        if column == "card_number":
            return "" if value is None else str(value)
        if column in ("channel", "sentiment", "age_band", "respondent_group"):
            return dict(self._choices(column)).get(value, value) if value else "–"
        if column == "tags":
            return tags_text(value)
        return " ".join(str(value).split())

    def _cell(self, entry: Feedback, column: str, role: int) -> Any:
        value = getattr(entry, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == "card_number":
                return "" if value is None else str(value)
            if column == "tags":
                return tags_text(value)
            return value
        if role == Qt.ItemDataRole.ToolTipRole and column in (*_TEXTS, "tags"):
            text = tags_text(value) if column == "tags" else str(value)
            return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>" if text else None
        if role == Qt.ItemDataRole.DecorationRole and column == "sentiment" and value:
            return QColor(SENTIMENT_COLORS[value])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "card_number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CHOICES_ROLE and column in (
            "channel",
            "sentiment",
            "age_band",
            "respondent_group",
        ):
            return self._choices(column)
        if role == UUID_ROLE:
            return entry.uuid
        return None

    def _set_cell(self, entry: Feedback, column: str, value: Any) -> bool:
        label = self._labels[column]
        new: Any
        if column == "card_number":
            text = "" if value is None else str(value).strip()
            if not text:
                new = None
            elif not (text.isdigit() and text.isascii()) or not 1 <= int(text) <= MAX_CARD_NUMBER:
                self.refused.emit(
                    self.tr("A card number is a whole number from 1 to {0}.").format(
                        MAX_CARD_NUMBER
                    )
                )
                return False
            else:
                new = int(text)
            if new is not None and entry.channel != "card":
                self.refused.emit(
                    self.tr("Only a paper card has a number: set the channel to Paper card first.")
                )
                return False
            if new is not None and any(
                e.card_number == new and e.uuid != entry.uuid for e in self._rows
            ):
                self.refused.emit(self.tr("Card {0} is already entered for this test.").format(new))
                return False
        elif column == "tags":
            try:
                new = parse_tags("" if value is None else str(value))
            except InvalidTrialValue:
                self.refused.emit(
                    self.tr(
                        "Themes are short words separated by commas, at most {0} characters each."
                    ).format(MAX_TAG_TEXT)
                )
                return False
        elif column in _TEXTS:
            text = "" if value is None else str(value)
            if len(text) > MAX_TEXT:
                self.refused.emit(
                    self.tr("“{0}” can hold at most {1} characters; this text has {2}.").format(
                        label, MAX_TEXT, len(text)
                    )
                )
                return False
            new = text
        else:
            new = "" if value is None else str(value)
            if new not in dict(self._choices(column)):
                return False
        try:
            new = check_feedback_value(column, new)
        except InvalidTrialValue:
            self.refused.emit(self.tr("“{0}” cannot take this value.").format(label))
            return False
        old = getattr(entry, column)
        if new == old:
            return False
        if column == "channel":
            evidence_commands.set_feedback_channel(self._session, entry, label, new)
        else:
            evidence_commands.set_feedback_field(self._session, entry.uuid, column, label, old, new)
        return True


class FeedbackFilter(RecordFilter):
    """Keeps the entries of one sentiment and/or one theme ("" for all)."""

    _sentiment: str | None = None
    _theme = ""

    def set_sentiment(self, key: str | None) -> None:
        """``None``: every sentiment; ``""``: entries without one."""
        self._refilter(_sentiment=key)

    def set_theme(self, theme: str) -> None:
        self._refilter(_theme=theme.casefold())

    def accepts(self, model: FeedbackModel, entry: Feedback) -> bool:
        if self._sentiment is not None and entry.sentiment != self._sentiment:
            return False
        return not self._theme or self._theme in (t.casefold() for t in entry.tags)
