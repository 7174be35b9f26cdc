"""``FeedbackPanel``: a quick-entry form for typing in paper cards, and the table of entries.

The form stays open: Enter (or Ctrl+Enter) saves the entry as one undo step, clears the texts and
puts the cursor back in "What works"; the card number moves on to the next one. Channel and date
are kept for the next card. Ctrl+1 / Ctrl+2 / Ctrl+3 set the sentiment from anywhere in the form.
Below, every entry of the test in a table, edited in place with undo, filtered by sentiment or
theme; Delete removes the selected entry (undo puts it back where it was).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import time
from collections.abc import Generator
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.changes import Changes
from workshop_app.domain.limits import MAX_TEXT
from workshop_app.domain.print_runs import RoundTrip, next_free_card, round_trip
from workshop_app.domain.trials import (
    MAX_CARD_NUMBER,
    MAX_TAG_TEXT,
    Feedback,
    InvalidTrialValue,
    TrialBook,
    top_themes,
)
from workshop_app.domain.vocabulary import SENTIMENTS
from workshop_app.errors import KnownError
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.record_model import select_uuid, selected_uuid, setup_record_view
from workshop_app.ui.scope.section_form import ChoiceDelegate
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut
from workshop_app.ui.trials import evidence_commands, texts
from workshop_app.ui.trials.common import TrialView, hint, push_button, row, section_title
from workshop_app.ui.trials.feedback.model import (
    _TEXTS,
    COLUMNS,
    UUID_ROLE,
    FeedbackFilter,
    FeedbackModel,
    parse_tags,
)
from workshop_app.ui.trials.feedback.picker import SentimentPicker, TagCompleter
from workshop_app.ui.trials.feedback.round_trip import round_trip_text, suggested_card


def _language() -> str:
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


# A test with at least this many feedback entries is read in steps between the event loop's
# turns as it is shown (the table says so meanwhile), not in one go: six thousand entries read
# and checked at once kept the window from answering for 100 ms. Entries made per step, and how
# long one turn may go on making them:
STEPS_FROM = 2000
STEP_SIZE = 250
TURN_MS = 25


# -- the panel -----------------------------------------------------------------------------------


class FeedbackPanel(TrialView):
    """Quick entry and the table of the feedback of one test (:meth:`set_trial`)."""

    NAME = "feedback_panel"

    #: The uuid of the entry just saved from the form.
    saved = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._trial: str | None = None
        self._auto_card: int | None = None
        #: The card numbers of the shown test, with the read they come from (see _cards_of).
        self._cards: tuple[TrialBook, str, RoundTrip, int] | None = None
        #: What the panel read last: the outline with the shown test's evidence.
        self._book = TrialBook()
        #: The test shown when the completer's theme words were last made (None: make them),
        #: and whether an edit of phase 3 came since (another test shown keeps them).
        self._words_of: str | None = None
        self._words_stale = True
        #: Whether the words are to be counted again before the themes field completes: counted
        #: when it gets the keyboard (or a key), not as the tab is shown (twenty thousand
        #: entries counted by SQLite on a project grown over years: a third of the first show).
        self._words_due = True

        #: The shown test's entries being read in steps (None: none; see _read_in_steps).
        self._steps: Generator[int] | None = None
        self._step_timer = QTimer(self)
        self._step_timer.setSingleShot(True)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._step)
        self._reading_text = ""  # what the table says while the steps go on
        self._steps_failed = False  # the steps met a damaged entry (the table says so)
        session.closing.connect(self._stop_steps)

        self._build_entry_fields()
        self._build_entry_form()
        self._build_sentiment_shortcuts()
        self._build_table()
        self._build_layout()

        self.follow_changes()
        self._refresh()

    # -- building -----------------------------------------------------------------------------

    def _build_entry_fields(self) -> None:
        """The fields of the quick-entry form, its Save button and its message lines."""
        self.form_box = QGroupBox(self.tr("New feedback"))
        self.form_box.setObjectName("feedback_form")
        self.channel = QComboBox()
        self.channel.setObjectName("feedback_channel")
        for key, label in texts.channel_labels().items():
            self.channel.addItem(label, key)
        self.channel.currentIndexChanged.connect(self._on_channel)
        self.card_number = QSpinBox()
        self.card_number.setObjectName("feedback_card_number")
        self.card_number.setRange(1, MAX_CARD_NUMBER)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("feedback_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.what_works = self._line("feedback_what_works", self.tr("What the person likes"))
        self.could_be_better = self._line(
            "feedback_could_be_better", self.tr("What the person would change")
        )
        self.quote = self._line(
            "feedback_quote", self.tr("Optional: their own words, without names")
        )
        self.age_band = QComboBox()
        self.age_band.setObjectName("feedback_age_band")
        self.age_band.addItem("–", "")
        for key, label in texts.age_band_labels().items():
            self.age_band.addItem(label, key)
        self.respondent_group = QComboBox()
        self.respondent_group.setObjectName("feedback_respondent_group")
        self.respondent_group.addItem("–", "")
        for key, label in texts.respondent_group_labels().items():
            self.respondent_group.addItem(label, key)
        self.tags = self._line("feedback_tags", self.tr("Comma between themes: seating, shade"))
        self.tags.setMaxLength(2000)
        self.tag_words = QStringListModel(self)
        completer = TagCompleter(self.tag_words, self.tags)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tags.setCompleter(completer)
        self.tags.installEventFilter(self)
        self.sentiment = SentimentPicker()
        self.save_button = push_button("feedback_save", self.tr("Save (Enter)"), role="add")
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.clicked.connect(self.save)
        self.status = hint("", "feedback_status", wrap=False)
        #: The paper round trip of the test: printed cards against cards entered.
        self.round_trip = hint("", "feedback_round_trip")
        self.round_trip.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setObjectName("feedback_message")
        self.message.setProperty("role", "warning")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()

    def _build_entry_form(self) -> None:
        """The quick-entry form: channel, card number and date on the first row, the texts, who
        answered, the themes and the sentiment with Save; Tab goes from the texts down."""
        labels = texts.feedback_field_labels()
        editable = not self._session.read_only
        # The first row's fields keep their whole text on a narrow window.
        self.channel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.channel.setMinimumWidth(self.channel.sizeHint().width())
        self.date.setMinimumWidth(self.date.sizeHint().width())
        self.card_number.setMinimumWidth(70)
        first = row(self.channel, 12, QLabel(labels["card_number"]), self.card_number)
        # The date shares the first row and Save the sentiment's: on a 768 px laptop the list
        # of entries under the form keeps room for several rows.
        first.addSpacing(12)
        first.addWidget(QLabel(labels["date"]))
        first.addWidget(self.date)
        first.addStretch(1)
        who = row(
            self.age_band, 12, QLabel(labels["respondent_group"]), self.respondent_group, None
        )
        last = QHBoxLayout()
        last.setContentsMargins(0, 0, 0, 0)
        last.addWidget(self.sentiment, 1)
        last.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        form = QFormLayout(self.form_box)
        form.addRow(labels["channel"], first)
        form.addRow("", self.round_trip)
        form.addRow(labels["what_works"], self.what_works)
        form.addRow(labels["could_be_better"], self.could_be_better)
        form.addRow(labels["quote"], self.quote)
        form.addRow(labels["age_band"], who)
        form.addRow(labels["tags"], self.tags)
        form.addRow(labels["sentiment"], last)
        keys = hint(
            self.tr(
                "Enter saves and clears the form for the next card. Ctrl+1 positive, "
                "Ctrl+2 neutral, Ctrl+3 negative. Ctrl+Z undoes."
            )
        )
        form.addRow(keys)
        form.addRow(self.message)
        form.addRow(self.status)
        self.form_box.setEnabled(editable)
        self.form_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        order = [
            self.what_works,
            self.could_be_better,
            self.quote,
            self.age_band,
            self.respondent_group,
            self.tags,
            self.sentiment,
            self.card_number,
            self.channel,
            self.date,
        ]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    def _build_sentiment_shortcuts(self) -> None:
        """Ctrl+1 / Ctrl+2 / Ctrl+3 set the sentiment while typing in the form."""
        sentiments = texts.sentiment_labels()
        for number, key in enumerate(SENTIMENTS, start=1):
            page_shortcut(
                f"Ctrl+{number}",
                self.form_box,
                functools.partial(self.sentiment.set_value, key),
                self.tr("Sentiment: {0}").format(sentiments[key]),
                Qt.ShortcutContext.WidgetWithChildrenShortcut,  # while typing in the form
            )

    def _build_table(self) -> None:
        """The table of entries with its filters, count and Delete button."""
        session = self._session
        editable = not self._session.read_only
        self.table_title = section_title(self.tr("Feedback entries"))
        self.model = FeedbackModel(session, self)
        self.model.refused.connect(self._on_refused)
        self.proxy = FeedbackFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        # Tab leaves the table (the arrow keys move between its cells).
        setup_record_view(
            self.view,
            "feedback_table",
            self.proxy,
            ChoiceDelegate(self.view),
            editable=editable,
            tab_leaves=True,
        )
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.filter_sentiment = QComboBox()
        self.filter_sentiment.setObjectName("feedback_filter_sentiment")
        self.filter_sentiment.addItem(self.tr("All sentiments"), None)
        for key, label in texts.sentiment_labels().items():
            self.filter_sentiment.addItem(label, key)
        self.filter_sentiment.addItem(self.tr("No sentiment"), "")
        self.filter_sentiment.currentIndexChanged.connect(self._on_filter)
        self.filter_theme = QComboBox()
        self.filter_theme.setObjectName("feedback_filter_theme")
        self.filter_theme.setMinimumContentsLength(14)
        self.filter_theme.currentIndexChanged.connect(self._on_filter)
        self.count = hint("", "feedback_count", wrap=False)
        self.delete_button = push_button(
            "feedback_delete",
            self.tr("Delete"),
            self.delete_selected,
            role="remove",
            tip=self.tr("Delete the selected entry (Delete)"),
        )
        page_shortcut(
            QKeySequence.StandardKey.Delete,
            self.view,
            self.delete_selected,
            self.tr("Delete the selected entry"),
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.empty_hint = hint("", "feedback_empty_hint")

    def _build_layout(self) -> None:
        """The form above the table in a splitter: the table gives way, the form is never
        squeezed."""
        bar = row(
            self.table_title,
            None,
            QLabel(self.tr("Show")),
            self.filter_sentiment,
            self.filter_theme,
        )
        bottom = row(self.delete_button, None, self.count)
        table_side = QWidget()
        table_layout = QVBoxLayout(table_side)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(bar)
        table_layout.addWidget(self.view, 1)
        table_layout.addWidget(self.empty_hint)
        table_layout.addLayout(bottom)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        # The quick-entry form is never squeezed: the list of entries gives way.
        self.form_box.setMinimumHeight(self.form_box.sizeHint().height())
        self.splitter.addWidget(self.form_box)
        self.splitter.addWidget(table_side)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self.form_box.sizeHint().height(), 10_000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(MAX_TEXT)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        return edit

    # -- public ----------------------------------------------------------------------------------

    def set_trial(self, uuid: str | None) -> None:
        """Show the feedback of this test (``None``: none); the form starts afresh."""
        if uuid == self._trial:
            return
        self._trial = uuid or None
        self._auto_card = None
        self.clear_form()
        self.status.setText("")
        self.filter_sentiment.setCurrentIndex(0)
        if not self._read_in_steps():
            self._refresh()

    def trial(self) -> str | None:
        return self._trial

    def clear_form(self) -> None:
        """Empty the texts, sentiment, age, group and themes; keep channel and date."""
        for edit in (self.what_works, self.could_be_better, self.quote, self.tags):
            edit.clear()
        self.sentiment.set_value("")
        self.age_band.setCurrentIndex(0)
        self.respondent_group.setCurrentIndex(0)
        self.hide_message()

    def save(self) -> str | None:
        """Save the form as a new entry (one undo step), clear it for the next card and put the
        cursor in "What works". Returns the new entry's uuid; ``None`` when refused (the form
        keeps its text and says why)."""
        if self._trial is None or self._session.read_only:
            return None
        channel = self.channel.currentData()
        values: dict[str, Any] = {
            "date": _day(self.date.date()),
            "channel": channel,
            "sentiment": self.sentiment.value(),
            "what_works": self.what_works.text().strip(),
            "could_be_better": self.could_be_better.text().strip(),
            "quote": self.quote.text().strip(),
            "age_band": self.age_band.currentData(),
            "respondent_group": self.respondent_group.currentData(),
        }
        try:
            values["tags"] = parse_tags(self.tags.text())
        except InvalidTrialValue:
            self.show_message(
                self.tr(
                    "Themes are short words separated by commas, at most {0} characters each."
                ).format(MAX_TAG_TEXT),
                self.tags,
            )
            return None
        if not any(values[k] for k in (*_TEXTS, "sentiment", "tags")):
            self.show_message(
                self.tr(
                    "Nothing to save yet: type what works or what could be better, or choose "
                    "a sentiment."
                ),
                self.what_works,
            )
            return None
        card: int | None = None
        if channel == "card":
            card = self.card_number.value()
            values["card_number"] = card
            if any(e.card_number == card for e in self.model.entries):
                self.show_message(
                    self.tr(
                        "Card {0} is already entered for this test. Check the number on the "
                        "card; the entry was not saved."
                    ).format(card),
                    self.card_number,
                )
                return None
        try:
            entry = self._session.service.new_feedback(self._trial, **values)
        except KnownError as exc:
            self.show_message(exc.message(_language()), self.what_works)
            return None
        if not evidence_commands.add_feedback(self._session, entry):
            self.show_message(self.tr("The entry was not saved."), self.what_works)
            return None
        self.clear_form()
        self._auto_card = None
        self._fill_card_number()
        if card is not None:
            self.status.setText(self.tr("Card {0} saved.").format(card))
        else:
            self.status.setText(self.tr("Entry saved."))
        self.what_works.setFocus()
        self.saved.emit(entry.uuid)
        return entry.uuid

    def show_message(self, text: str, focus: QWidget | None = None) -> None:
        self.message.setText(text)
        self.message.show()
        if focus is not None:
            focus.setFocus()
            if isinstance(focus, QSpinBox):
                focus.selectAll()

    def hide_message(self) -> None:
        self.message.hide()
        self.message.setText("")

    def selected_uuid(self) -> str | None:
        return selected_uuid(self.view, UUID_ROLE)

    def select(self, uuid: str) -> None:
        select_uuid(self.view, self.model, uuid, self.proxy)

    def delete_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid is None or self._session.read_only:
            return
        self._session.flush()
        shown = self.view.selectionModel().selectedRows()[0].row()
        evidence_commands.delete_feedback(self._session, self.model.entry(self.model.row_of(uuid)))
        if self.proxy.rowCount():
            self.view.selectRow(min(shown, self.proxy.rowCount() - 1))
        self._update_buttons()

    # -- events ----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Ctrl+Enter in the form (line edits and combo boxes pass it on) saves."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.form_box.isAncestorOf(
            self.focusWidget()
        ):
            self.save()
            event.accept()
            return
        super().keyPressEvent(event)

    def _refresh(self, touched: frozenset[str] | None = None) -> None:
        """Read the test's feedback again; only the rows ``touched`` (uuids) change when it
        names them. While the entries are read in steps, an edit starts the steps again."""
        if self._steps is not None:
            if self._read_in_steps():
                return
            touched = None  # the table was emptied for the steps
        self._show_entries(touched)

    def reading(self) -> bool:
        """Whether the shown test's entries are being read in steps (the form waits)."""
        return self._steps is not None

    def _read_in_steps(self) -> bool:
        """Start reading the shown test's entries in steps when it has many and they are not
        all made within this turn: True while the steps go on (the table says it is reading,
        the form waits); False when there is nothing to read so (a read in one go follows)."""
        self._stop_steps()
        if self._trial is None:
            return False
        total, steps = self._session.service.feedback_steps(self._trial, STEP_SIZE)
        if total < STEPS_FROM or _run_steps(steps):
            steps.close()
            return False  # few entries, or made already: read in one go
        self._steps = steps
        self._reading_text = self.tr("Reading {0} pieces of feedback…").format(total)
        # Nothing of the test shown before stays: its entries, card line and themes.
        self.model.set_entries(())
        self.form_box.setEnabled(False)
        self.round_trip.setText("")
        self.round_trip.hide()
        self._fill_theme_filter([])
        self._update_buttons()
        self._step_timer.start()
        return True

    def _step(self) -> None:
        steps = self._steps
        if steps is None:
            return
        if not _run_steps(steps):
            self._step_timer.start()
            return
        self._stop_steps()
        try:
            self._show_entries()
        except KnownError as exc:  # a damaged entry (the steps ended at it): said in the table
            self._reading_text = exc.message(_language())
            self._steps_failed = True
            self._update_buttons()

    def _stop_steps(self) -> None:
        self._steps_failed = False
        self._step_timer.stop()
        if self._steps is not None:
            self._steps.close()
            self._steps = None

    def _show_entries(self, touched: frozenset[str] | None = None) -> None:
        self._steps_failed = False
        keep = self.selected_uuid()
        service = self._session.service
        # This test's entries alone (a project grown over years has twenty thousand).
        book = self._book = (
            service.trial_feedback(self._trial) if self._trial else service.trial_outline()
        )
        if self._trial is not None and book.trial(self._trial) is None:
            self._trial = None
        before = self.model.entries
        entries = book.feedback_of(self._trial) if self._trial else ()
        self.model.set_entries(entries, touched)
        if keep is not None:
            self.select(keep)
        if self._words_stale and not self._same_themes(before, entries, touched):
            # Every test's themes, for the completer: counted again (see theme_words) when
            # wanted; not for a card typed without themes.
            self._words_due = True
            if self.tags.hasFocus():
                self.theme_words()
        self._words_of, self._words_stale = self._trial, False
        self._fill_theme_filter([tag for tag, _n in top_themes(entries)])
        self._fill_card_number()
        self._show_round_trip()
        self.form_box.setEnabled(not self._session.read_only and self._trial is not None)
        self._fit_columns()
        self._update_buttons()

    def theme_words(self) -> list[str]:
        """The completer's words: every test's themes, most used first, counted by SQLite
        (twenty thousand entries on a project grown over years) when they are due."""
        if self._words_due:
            self._words_due = False
            self.tag_words.setStringList(self._session.service.feedback_themes())
        return self.tag_words.stringList()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._words_due
            and watched is self.tags
            and event.type() in (QEvent.Type.FocusIn, QEvent.Type.KeyPress)
        ):
            self.theme_words()  # before the first key reaches the completer
        return False

    def _on_changed(self, changes: Changes) -> None:
        if self._shows(changes):
            self._words_stale = True  # every test's themes may have changed
        super()._on_changed(changes)

    def _same_themes(
        self,
        before: tuple[Feedback, ...],
        after: tuple[Feedback, ...],
        touched: frozenset[str] | None,
    ) -> bool:
        """Whether the completer's theme words still hold: an edit of this test's feedback alone
        (every row ``touched`` names is one of its entries, before or after) that left their
        themes as they were, in order (a card typed without themes, a text corrected)."""
        if touched is None or self._words_of is None or self._words_of != self._trial:
            return False
        own = {e.uuid for e in before} | {e.uuid for e in after} | {self._trial}
        if not touched <= own:
            return False
        return [e.tags for e in before if e.tags] == [e.tags for e in after if e.tags]

    def _cards_of(self, trial: str) -> tuple[RoundTrip, int]:
        """The test's printed cards against those entered, and the number above them all, from
        its own entries (the service's ask every test's twenty thousand); kept per read."""
        book = self._book
        kept = self._cards
        if kept is None or kept[0] is not book or kept[1] != trial:
            entries = book.feedback_of(trial)
            numbers = (
                round_trip(book.card_runs, entries, trial),
                next_free_card(book.card_runs, entries, trial),
            )
            kept = self._cards = (book, trial, *numbers)
        return kept[2], kept[3]

    def _fill_card_number(self) -> None:
        """The next card to type back (the lowest printed number not entered yet, else one
        above every number), unless the user typed a number of their own."""
        if self._trial is None:
            return
        if self._auto_card is None or self.card_number.value() == self._auto_card:
            number = suggested_card(*self._cards_of(self._trial))
            self.card_number.setValue(number)
            self._auto_card = number

    def _show_round_trip(self) -> None:
        """ "Cards 1–48 printed, 41 entered, missing: 7, 19, …" (hidden with nothing to say)."""
        text = ""
        if self._trial is not None:
            text = round_trip_text(self._cards_of(self._trial)[0])
        self.round_trip.setText(text)
        self.round_trip.setVisible(bool(text))

    def _fill_theme_filter(self, themes: list[str]) -> None:
        current = self.filter_theme.currentData()
        blocked = self.filter_theme.blockSignals(True)
        try:
            self.filter_theme.clear()
            self.filter_theme.addItem(self.tr("All themes"), "")
            for tag in themes:
                self.filter_theme.addItem(tag, tag)
            at = self.filter_theme.findData(current) if current else 0
            self.filter_theme.setCurrentIndex(max(at, 0))
        finally:
            self.filter_theme.blockSignals(blocked)
        self.proxy.set_theme(self.filter_theme.currentData() or "")

    def _fit_columns(self) -> None:
        """Short columns get what they need; the texts share the rest of the width; no column
        is narrower than its header's words."""
        header = self.view.horizontalHeader()
        fixed = {
            "card_number": 64,
            "channel": 100,
            "sentiment": 104,
            "age_band": 58,
            "respondent_group": 100,
        }
        shares = {"what_works": 0.3, "could_be_better": 0.3, "quote": 0.16}
        room = max(480, self.view.viewport().width() - sum(fixed.values()))
        for column, key in enumerate(COLUMNS):
            least = header.sectionSizeHint(column)
            if key in fixed:
                header.resizeSection(column, max(fixed[key], least))
            elif key in shares:
                header.resizeSection(column, max(int(room * shares[key]), least))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _on_filter(self, *_: object) -> None:
        self.proxy.set_sentiment(self.filter_sentiment.currentData())
        self.proxy.set_theme(self.filter_theme.currentData() or "")
        self._update_buttons()

    def _on_channel(self, *_: object) -> None:
        self.card_number.setEnabled(self.channel.currentData() == "card")

    def _on_refused(self, text: str) -> None:
        Dialogs.error(self, self.tr("The change was not made"), text)

    def _update_buttons(self, *_: object) -> None:
        if self._steps is not None or self._steps_failed:
            # Reading in steps (or a damaged entry met): the table says so, whatever the filter.
            self.count.setText("")
            self.delete_button.setEnabled(False)
            self.empty_hint.setText(self._reading_text)
            self.empty_hint.setVisible(True)
            self.view.setVisible(False)
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(self.tr("{0} pieces of feedback").format(total))
        else:
            self.count.setText(self.tr("{0} of {1} pieces of feedback shown").format(shown, total))
        self.delete_button.setEnabled(
            not self._session.read_only and self.selected_uuid() is not None
        )
        if self._trial is None:
            self.empty_hint.setText(self.tr("Choose a test to see its feedback."))
        elif not total:
            self.empty_hint.setText(
                self.tr("No feedback yet. Type in the paper cards above: Enter saves each one.")
            )
        else:
            self.empty_hint.setText(self.tr("No entries match the filter."))
        self.empty_hint.setVisible(not shown)
        self.view.setVisible(bool(shown))


def _run_steps(steps: Generator[int]) -> bool:
    """Take ``steps`` until they end (True) or this turn's time is up (False)."""
    until = time.monotonic() + TURN_MS / 1000
    return all(time.monotonic() < until for _made in steps)


def _day(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
