"""The options of the "Print and export" page: language, names, meeting, test and the feedback
cards' numbers. Only the rows the chosen entry takes are shown; :meth:`OptionsPanel.options`
gives the entry exactly those (the others keep their defaults, so a file name or a job never
sees a choice that is not its own).

The choices come from the project in outline (``ProjectService.print_outline``: meetings, tests
and print runs, not every agenda, note and feedback entry) and the next free card number from
the service, so the page is as quick to show on a project grown over years as on a new one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.domain.print_runs import (
    MAX_CARD_NUMBER,
    MAX_RUN_CARDS,
    merged_ranges,
    overlapping_run,
)
from workshop_app.domain.trials import title_with_version
from workshop_app.ui import kit
from workshop_app.ui.print_catalog import (
    CARDS,
    LANGUAGE,
    MEETING,
    NAMES,
    TEST,
    PrintEntry,
    PrintOptions,
)

# The languages a document can be printed in, by their own names (as a language menu shows them).
LANGUAGE_NAMES = (("da", "Dansk"), ("en", "English"))


class OptionsPanel(QWidget):
    """The option rows; ``changed`` when the user (or a reload) changes one."""

    changed = Signal()

    def __init__(
        self,
        language: str,
        outline: Callable[[], ProjectSnapshot],
        next_free: Callable[[str], int],
        parent: QWidget | None = None,
    ) -> None:
        """``outline()``: the project in outline (the ``snapshot`` the methods take is one too);
        ``next_free(test)``: the test's first card number not printed or entered yet."""
        super().__init__(parent)
        self._snapshot = outline
        self._next_free = next_free
        self.setObjectName("print_options")
        self.language = kit.named(QComboBox(), "print_language")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.names = kit.named(QCheckBox(self.tr("Show names (personal data)")), "print_names")
        self.names.setToolTip(
            self.tr(
                "Adds the names of people (contact persons, facilitators, who is responsible). "
                "Every page then says it contains personal data."
            )
        )
        self.meeting = kit.named(ElidingCombo(), "print_meeting")
        self.trial = kit.named(ElidingCombo(), "print_test")
        self.first_card = kit.named(QSpinBox(), "print_first_card")
        self.first_card.setRange(1, MAX_CARD_NUMBER)
        self.card_count = kit.named(QSpinBox(), "print_card_count")
        self.card_count.setRange(1, MAX_RUN_CARDS)
        self.card_count.setValue(4)
        self.card_count.setToolTip(self.tr("Four cards fit on one A4 sheet."))
        # Which numbers of the test went out already (a card number is never printed twice).
        self.cards_note = kit.label("", role="hint")
        self.cards_note.setObjectName("print_cards_note")
        self.cards_note.setWordWrap(True)
        self.form = kit.form(
            (self.tr("Language:"), self.language),
            self.names,
            (self.tr("Meeting:"), self.meeting),
            (self.tr("Test:"), self.trial),
            (self.tr("First card number:"), self.first_card),
            (self.tr("Number of cards:"), self.card_count),
            self.cards_note,
            parent=self,
            wrap=QFormLayout.RowWrapPolicy.WrapLongRows,
        )
        self._rows = {
            LANGUAGE: self.language,
            NAMES: self.names,
            MEETING: self.meeting,
            TEST: self.trial,
        }
        self._entry: PrintEntry | None = None
        self._cards_test: str | None = None
        self.language.currentIndexChanged.connect(self.changed)
        self.names.toggled.connect(self.changed)
        self.meeting.currentIndexChanged.connect(self.changed)
        self.trial.currentIndexChanged.connect(self._on_trial)
        self.first_card.valueChanged.connect(self._on_numbers)
        self.card_count.valueChanged.connect(self._on_numbers)

    def show_for(self, entry: PrintEntry, snapshot: ProjectSnapshot) -> None:
        """Show the rows ``entry`` takes; feedback cards need one test (not "all tests") and
        start at the first number not printed or entered yet."""
        self._entry = entry
        for key, widget in self._rows.items():
            self.form.setRowVisible(widget, key in entry.options)
        for widget in (self.first_card, self.card_count, self.cards_note):
            self.form.setRowVisible(widget, CARDS in entry.options)
        if CARDS in entry.options:
            with_blocked(self.trial, lambda: self._one_test_chosen())
            self.suggest_first_card(snapshot)

    def options(self) -> PrintOptions:
        """The choices of the rows the current entry takes."""
        taken = self._entry.options if self._entry is not None else frozenset()
        cards = CARDS in taken
        return PrintOptions(
            language=self.language.currentData() if LANGUAGE in taken else "da",
            with_names=NAMES in taken and self.names.isChecked(),
            meeting_uuid=self.meeting.currentData() if MEETING in taken else None,
            trial_uuid=self.trial.currentData() if TEST in taken or cards else None,
            first_card=self.first_card.value() if cards else 1,
            card_count=self.card_count.value() if cards else 4,
        )

    def suggest_first_card(self, snapshot: ProjectSnapshot) -> None:
        """The first card number: one above every number printed or entered for the test."""
        uuid = self.trial.currentData()
        if uuid is None:
            return
        first = self._next_free(uuid)
        with_blocked(self.first_card, lambda: self.first_card.setValue(first))
        self._cards_test = uuid
        self._show_cards_note(snapshot)

    def cards_problem(self, snapshot: ProjectSnapshot) -> str:
        """Why these card numbers may not be printed ("" when they may): some of them went out
        in an earlier run of the test."""
        taken = self._entry.options if self._entry is not None else frozenset()
        uuid = self.trial.currentData()
        if CARDS not in taken or uuid is None:
            return ""
        first = self.first_card.value()
        last = first + self.card_count.value() - 1
        earlier = overlapping_run(snapshot.trials.card_runs, uuid, first, last)
        if earlier is None:
            return ""
        return self.tr(
            "Cards {0}–{1} of this test were printed already. Start at {2} so that no number "
            "is on two cards."
        ).format(earlier.first, earlier.last, self._next_free(uuid))

    def _show_cards_note(self, snapshot: ProjectSnapshot) -> None:
        problem = self.cards_problem(snapshot)
        uuid = self.trial.currentData()
        printed = merged_ranges(r for r in snapshot.trials.card_runs if r.trial_uuid == uuid)
        if problem:
            self.cards_note.setText(problem)
        elif printed:  # adjoining runs read as one: 1–48 and 49–52 are "1–52"
            ranges = ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in printed)
            self.cards_note.setText(self.tr("Printed before: {0}.").format(ranges))
        else:
            self.cards_note.setText(self.tr("No cards of this test were printed yet."))

    def _on_numbers(self) -> None:
        # The last card's number stays within the limit.
        self.first_card.setMaximum(MAX_CARD_NUMBER - self.card_count.value() + 1)
        self._show_cards_note(self._snapshot())
        self.changed.emit()

    # -- the meetings and tests to choose from ----------------------------------------------------

    def reload(self, snapshot: ProjectSnapshot) -> None:
        """The meetings and tests of ``snapshot``, keeping the ones chosen."""
        with_blocked(self.meeting, lambda: self._fill_meetings(snapshot))
        with_blocked(self.trial, lambda: self._fill_tests(snapshot))
        if self._entry is not None and CARDS in self._entry.options:
            with_blocked(self.trial, lambda: self._one_test_chosen())
            self.suggest_first_card(snapshot)

    def _fill_meetings(self, snapshot: ProjectSnapshot) -> None:
        keep = self.meeting.currentData()
        self.meeting.clear()
        self.meeting.addItem(self.tr("The next meeting"), None)
        for meeting in snapshot.meetings:
            m = meeting.meeting
            label = m.title or self.tr("(untitled meeting)")
            if m.date:
                label = f"{m.date:%d-%m-%Y} · {label}"
            self.meeting.addItem(label, m.uuid)
        self.meeting.setCurrentIndex(max(self.meeting.findData(keep, Qt.ItemDataRole.UserRole), 0))

    def _fill_tests(self, snapshot: ProjectSnapshot) -> None:
        """ "All tests", then each test by title (and version) in the order of the register."""
        keep = self.trial.currentData()
        self.trial.clear()
        self.trial.addItem(self.tr("All tests"), None)
        book = snapshot.trials
        for trial in book.trials:
            version = self.tr("{0} (version {1})")
            label = title_with_version(book, trial, version, self.tr("(untitled test)"))
            self.trial.addItem(label, trial.uuid)
        self.trial.setCurrentIndex(max(self.trial.findData(keep, Qt.ItemDataRole.UserRole), 0))

    def _one_test_chosen(self) -> None:
        """Cards are numbered per test: instead of "all tests", the test running now (the one
        cards are handed out for), else the first."""
        if self.trial.currentData() is not None or self.trial.count() < 2:
            return
        running = [t.uuid for t in self._snapshot().trials.trials if t.status == "running"]
        index = self.trial.findData(running[0]) if running else -1
        self.trial.setCurrentIndex(index if index > 0 else 1)

    def _on_trial(self) -> None:
        if self._entry is not None and CARDS in self._entry.options:
            with_blocked(self.trial, lambda: self._one_test_chosen())
            if self.trial.currentData() != self._cards_test:
                self.suggest_first_card(self._snapshot())
        self.changed.emit()


def with_blocked(widget: QWidget, change: Callable[[], object]) -> None:
    """Run ``change()`` without ``widget`` announcing it (a reload is not the user's choice)."""
    blocked = widget.blockSignals(True)
    try:
        change()
    finally:
        widget.blockSignals(blocked)


class ElidingCombo(QComboBox):
    """A combo box as wide as the column gives it (not wider than its longest entry) that
    shortens a longer title in the middle ("Byens stue … (version 2)"), keeping its end, and
    shows the full title as its tooltip. The open list shows every title in full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def shown_text(self) -> str:
        """The current title as drawn: whole when it fits, else elided in the middle."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideMiddle, field.width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.shown_text()
        if self.toolTip() != self.currentText():  # the full title (also after a quiet reload)
            self.setToolTip(self.currentText())
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
