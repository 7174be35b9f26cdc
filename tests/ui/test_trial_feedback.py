"""Phase 3 evidence, feedback: type paper cards into the quick-entry form (Enter saves and
clears, the card number moves on), refuse a duplicate card keeping the text, undo each card, edit
the table in place, filter it, and delete with exact undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.helpers import focused
from workshop_app.ui.trials import evidence_commands
from workshop_app.ui.trials.feedback import (
    COLUMNS,
    FeedbackModel,
    FeedbackPanel,
    parse_tags,
)


def book(window):
    return window.session.service.trial_book()


def running_trial(window) -> str:
    return next(t.uuid for t in book(window).trials if t.status == "running")


def make_panel(window, qtbot, trial: str | None = None) -> FeedbackPanel:
    panel = FeedbackPanel(window.session)
    qtbot.addWidget(panel)
    panel.resize(1100, 760)
    panel.show()
    with qtbot.waitActive(panel, timeout=2000):
        panel.activateWindow()
    panel.set_trial(trial or running_trial(window))
    return panel


def type_card(qtbot, panel: FeedbackPanel, works: str, better: str, sentiment: int, tags: str):
    """One card from the keyboard alone, starting in "What works" (ASCII only: offscreen Qt
    cannot type other letters through keyClicks)."""
    assert focused() is panel.what_works
    qtbot.keyClicks(panel.what_works, works)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is panel.could_be_better
    qtbot.keyClicks(panel.could_be_better, better)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # quote
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # age band
    qtbot.keyClicks(focused(), "3")  # "30–64"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # respondent group
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # themes
    assert focused() is panel.tags
    qtbot.keyClicks(panel.tags, tags)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is panel.sentiment
    qtbot.keyClicks(panel.sentiment, str(sentiment))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def test_parse_tags() -> None:
    assert parse_tags(" seating,shade , ,Seating, greenery ") == ("seating", "shade", "greenery")
    assert parse_tags("") == ()


def test_themes_complete_after_the_last_comma(window, qtbot) -> None:
    panel = make_panel(window, qtbot)
    completer = panel.tags.completer()
    words = panel.theme_words()
    assert "siddepladser" in words  # every theme of the project, most used first
    assert words[0] == "siddepladser"
    assert completer.splitPath("shade, sidd") == ["sidd"]
    panel.tags.setText("shade, sidd")
    index = panel.tag_words.index(words.index("siddepladser"), 0)
    assert completer.pathFromIndex(index) == "shade, siddepladser"


def test_models_pass_qtmodeltester(window, qtbot, qtmodeltester) -> None:
    panel = make_panel(window, qtbot, book(window).trials[0].uuid)
    assert panel.model.rowCount() == 20
    qtmodeltester.check(panel.model, force_py=True)
    qtmodeltester.check(panel.proxy, force_py=True)
    qtmodeltester.check(FeedbackModel(window.session), force_py=True)


def test_quick_entry_of_three_cards(window, qtbot) -> None:
    panel = make_panel(window, qtbot)
    trial = running_trial(window)
    service = window.session.service
    # Typing back paper: the lowest printed card not entered yet (the demo printed 1–48).
    first_number = service.round_trip(trial).missing[0]
    before = len(book(window).feedback_of(trial))
    assert panel.card_number.value() == first_number
    assert panel.channel.currentData() == "card"
    panel.what_works.setFocus()

    type_card(qtbot, panel, "Nice benches", "More shade", 1, "quiet, windy")
    assert panel.card_number.value() == first_number + 1
    assert panel.what_works.text() == "" and panel.tags.text() == ""
    assert panel.sentiment.value() == "" and panel.age_band.currentData() == ""
    assert panel.channel.currentData() == "card"  # kept for the next card
    assert focused() is panel.what_works
    assert panel.status.text() == f"Card {first_number} saved."

    type_card(qtbot, panel, "Kids play here", "", 2, "zebra crossing")
    # Ctrl+1 sets the sentiment from a text field; Ctrl+Enter saves too.
    qtbot.keyClicks(panel.what_works, "Coffee outside")
    qtbot.keyClick(panel.what_works, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert panel.sentiment.value() == "positive"
    qtbot.keyClick(panel.what_works, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    entries = book(window).feedback_of(trial)
    assert len(entries) == before + 3
    new = entries[-3:]
    assert [e.card_number for e in new] == [first_number, first_number + 1, first_number + 2]
    assert [e.sentiment for e in new] == ["positive", "neutral", "positive"]
    assert new[0].what_works == "Nice benches" and new[0].could_be_better == "More shade"
    assert new[0].tags == ("quiet", "windy") and new[0].age_band == "age_30_64"
    assert new[1].tags == ("zebra crossing",)
    assert new[2].what_works == "Coffee outside" and new[2].age_band == ""
    assert all(e.channel == "card" for e in new)
    assert panel.model.rowCount() == before + 3
    assert panel.card_number.value() == first_number + 3

    # Each card is one undo step; the offered card number follows.
    undo = window.session.undo_stack
    assert undo.count() == 3
    undo.undo()
    assert len(book(window).feedback_of(trial)) == before + 2
    assert panel.card_number.value() == first_number + 2
    undo.undo()
    undo.undo()
    assert len(book(window).feedback_of(trial)) == before
    assert panel.card_number.value() == first_number
    undo.redo()
    assert book(window).feedback_of(trial)[-1].what_works == "Nice benches"


def test_duplicate_card_is_refused_and_the_form_keeps_its_text(window, qtbot) -> None:
    panel = make_panel(window, qtbot)
    trial = running_trial(window)
    taken = next(e.card_number for e in book(window).feedback_of(trial) if e.card_number)
    before = book(window)
    panel.card_number.setValue(taken)
    panel.what_works.setFocus()
    qtbot.keyClicks(panel.what_works, "Plants")
    qtbot.keyClick(panel.what_works, Qt.Key.Key_Return)
    assert book(window) == before
    assert panel.message.isVisible()
    assert f"Card {taken} is already entered for this test" in panel.message.text()
    assert panel.what_works.text() == "Plants"
    assert focused() is panel.card_number
    assert window.session.undo_stack.count() == 0
    # A number of one's own is kept while the table changes; a free one saves.
    panel.card_number.setValue(500)
    qtbot.keyClick(panel.card_number, Qt.Key.Key_Return)
    assert book(window).feedback_of(trial)[-1].card_number == 500
    assert not panel.message.isVisible()
    # Then back to the first printed card not typed back yet.
    assert panel.card_number.value() == window.session.service.round_trip(trial).missing[0]


def test_empty_form_is_not_saved(window, qtbot) -> None:
    panel = make_panel(window, qtbot)
    before = book(window)
    panel.what_works.setFocus()
    qtbot.keyClick(panel.what_works, Qt.Key.Key_Return)
    assert book(window) == before
    assert "Nothing to save yet" in panel.message.text()


def test_other_channels_have_no_card_number(window, qtbot) -> None:
    panel = make_panel(window, qtbot)
    trial = running_trial(window)
    panel.channel.setCurrentIndex(panel.channel.findData("conversation"))
    assert not panel.card_number.isEnabled()
    panel.what_works.setFocus()
    qtbot.keyClicks(panel.what_works, "Talked at the market")
    qtbot.keyClick(panel.what_works, Qt.Key.Key_Return)
    entry = book(window).feedback_of(trial)[-1]
    assert (entry.channel, entry.card_number) == ("conversation", None)
    assert panel.status.text() == "Entry saved."


def test_table_edits_with_undo(window, qtbot, errors) -> None:
    panel = make_panel(window, qtbot)
    trial = running_trial(window)
    before = book(window)
    entry = before.feedback_of(trial)[0]
    undo = window.session.undo_stack

    def cell(key: str):
        return panel.proxy.mapFromSource(
            panel.model.index(panel.model.row_of(entry.uuid), COLUMNS.index(key))
        )

    assert panel.proxy.setData(cell("sentiment"), "negative")
    assert panel.proxy.setData(cell("what_works"), "Shade <b>sails</b>")
    assert panel.proxy.setData(cell("tags"), "shade, Shade, trees")
    age = "age_0_14" if entry.age_band != "age_0_14" else "age_15_29"
    assert panel.proxy.setData(cell("age_band"), age)
    stored = book(window).feedback_of(trial)[0]
    assert stored.sentiment == "negative" and stored.what_works == "Shade <b>sails</b>"
    assert stored.tags == ("shade", "trees") and stored.age_band == age
    assert "&lt;b&gt;" in cell("what_works").data(Qt.ItemDataRole.ToolTipRole)

    # A card number already used by another entry is refused with a message.
    other = next(e for e in before.feedback_of(trial)[1:] if e.card_number)
    assert not panel.proxy.setData(cell("card_number"), str(other.card_number))
    assert f"Card {other.card_number} is already entered" in errors[-1][1]
    assert not panel.proxy.setData(cell("card_number"), "-2")
    assert "whole number from 1" in errors[-1][1]

    # Leaving "paper card" drops the card number in the same undo step.
    assert entry.card_number is not None
    assert panel.proxy.setData(cell("channel"), "observation")
    stored = book(window).feedback_of(trial)[0]
    assert (stored.channel, stored.card_number) == ("observation", None)
    assert undo.count() == 5
    undo.undo()
    stored = book(window).feedback_of(trial)[0]
    assert (stored.channel, stored.card_number) == ("card", entry.card_number)
    for _ in range(4):
        undo.undo()
    assert book(window) == before


def test_filter_by_sentiment_and_theme(window, qtbot) -> None:
    trial = book(window).trials[0]
    panel = make_panel(window, qtbot, trial.uuid)
    entries = book(window).feedback_of(trial.uuid)
    panel.filter_sentiment.setCurrentIndex(panel.filter_sentiment.findData("negative"))
    negative = sum(1 for e in entries if e.sentiment == "negative")
    assert panel.proxy.rowCount() == negative
    assert panel.count.text() == f"{negative} of {len(entries)} pieces of feedback shown"
    panel.filter_sentiment.setCurrentIndex(0)
    theme = panel.filter_theme.itemData(1)  # the most used theme comes first
    panel.filter_theme.setCurrentIndex(1)
    tagged = sum(1 for e in entries if theme in e.tags)
    assert panel.proxy.rowCount() == tagged > 0
    panel.filter_theme.setCurrentIndex(0)
    assert panel.proxy.rowCount() == len(entries)
    assert panel.count.text() == f"{len(entries)} pieces of feedback"


def test_delete_with_exact_undo(window, qtbot) -> None:
    trial = book(window).trials[0]
    panel = make_panel(window, qtbot, trial.uuid)
    service = window.session.service
    before = book(window)
    cited = [e for e in before.feedback_of(trial.uuid) if service.citations(e.uuid)]
    target = cited[0] if cited else before.feedback_of(trial.uuid)[5]
    panel.select(target.uuid)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    after = book(window)
    assert target.uuid not in {e.uuid for e in after.feedback}
    assert panel.model.rowCount() == 19
    window.session.undo_stack.undo()
    assert book(window) == before  # back in its place, and in its decisions
    assert panel.model.row_of(target.uuid) == before.feedback_of(trial.uuid).index(target)


def test_no_test_chosen(window, qtbot) -> None:
    panel = make_panel(window, qtbot)
    panel.set_trial(None)
    assert panel.model.rowCount() == 0
    assert not panel.form_box.isEnabled()
    assert panel.save() is None
    assert "Choose a test" in panel.empty_hint.text()


def test_a_card_without_themes_leaves_the_theme_words_as_they_were(
    window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The completer knows every test's themes: on a project grown over years twenty thousand
    entries to count, not again for a card that brings none."""
    panel = make_panel(window, qtbot)
    words = panel.theme_words()
    service = window.session.service
    counted: list[list[str]] = []
    real = service.feedback_themes

    def feedback_themes() -> list[str]:
        counted.append(real())
        return counted[-1]

    monkeypatch.setattr(service, "feedback_themes", feedback_themes)
    panel.what_works.setText("Bænkene")
    panel.save()
    assert panel.theme_words() == words
    assert counted == []  # not counted again
    panel.what_works.setText("Skygge")
    panel.tags.setText("helt nyt tema")
    panel.save()
    assert "helt nyt tema" in panel.theme_words()
    assert len(counted) == 1
    window.session.undo_stack.undo()  # the card with the theme goes: so does its word
    assert "helt nyt tema" not in panel.theme_words()


def test_the_card_numbers_come_from_the_shown_test_alone(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The next card and the round trip are the service's figures, counted from this test's
    entries (not from every test's twenty thousand, twice per card)."""
    panel = make_panel(window, qtbot)
    service = window.session.service
    trial = panel.trial()
    assert trial is not None
    asked: list[str] = []
    for name in ("round_trip", "next_card_number"):
        real = getattr(service, name)
        monkeypatch.setattr(
            service, name, lambda uuid, real=real, name=name: asked.append(name) or real(uuid)
        )
    for works in ("Bænke", "Skygge"):
        panel.what_works.setText(works)
        panel.save()
    assert asked == []
    monkeypatch.undo()
    trip, number = panel._cards_of(trial)
    assert trip == service.round_trip(trial)
    assert number == service.next_card_number(trial)


def test_another_test_chosen_keeps_the_theme_words_without_counting_them_again(
    window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The completer's words are every test's themes: choosing another test changes none."""
    panel = make_panel(window, qtbot)
    words = panel.theme_words()
    service = window.session.service
    counted: list[bool] = []
    real = service.feedback_themes
    monkeypatch.setattr(service, "feedback_themes", lambda: counted.append(True) or real())
    others = [t.uuid for t in service.trial_outline().trials if t.uuid != panel.trial()]
    for uuid in others[:2]:
        panel.set_trial(uuid)
        assert panel.model.rowCount() == len(service.trial_evidence(uuid).feedback_of(uuid))
    assert panel.theme_words() == words
    assert counted == []
    card = service.new_feedback(others[1], tags=["helt nyt tema"])
    evidence_commands.add_feedback(window.session, card)  # an edit: counted again
    assert "helt nyt tema" in panel.theme_words()
    assert counted == [True]


def test_the_theme_words_are_counted_when_the_themes_field_is_reached(
    window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Counting every test's themes (twenty thousand entries on a grown project) waits until
    the themes field gets the keyboard or a key: the tab shows without it, and the field
    completes from every theme before the first key reaches it."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    service = window.session.service
    counted: list[bool] = []
    real = service.feedback_themes
    monkeypatch.setattr(service, "feedback_themes", lambda: counted.append(True) or real())
    panel = make_panel(window, qtbot)
    assert counted == [] and panel.tag_words.stringList() == []
    QApplication.sendEvent(panel.tags, QFocusEvent(QEvent.Type.FocusIn))
    assert counted == [True]
    assert "siddepladser" in panel.tag_words.stringList()
    QApplication.sendEvent(panel.tags, QFocusEvent(QEvent.Type.FocusIn))
    assert counted == [True]  # once
    card = service.new_feedback(panel.trial(), tags=["helt nyt tema"])
    evidence_commands.add_feedback(window.session, card)  # due again, not counted yet
    assert counted == [True]
    qtbot.keyClick(panel.tags, Qt.Key.Key_Shift)  # a key, before the completer sees it
    assert counted == [True, True] and "helt nyt tema" in panel.tag_words.stringList()


def test_a_test_chosen_filters_its_entries_once(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The list refilled for another test keeps its filters (all themes, every sentiment): its
    entries are filtered once, as the list is filled, not again for a filter set as it was (a
    test of a grown project has thousands)."""
    from workshop_app.ui.trials.feedback.model import FeedbackFilter

    asked: list[object] = []
    real = FeedbackFilter.accepts
    monkeypatch.setattr(
        FeedbackFilter,
        "accepts",
        lambda self, model, entry: (asked.append(entry), real(self, model, entry))[1],
    )
    panel = make_panel(window, qtbot)
    busiest = max(book(window).trials, key=lambda t: len(book(window).feedback_of(t.uuid))).uuid
    other = next(t.uuid for t in book(window).trials if t.uuid != busiest)
    panel.set_trial(other)
    asked.clear()
    panel.set_trial(busiest)
    entries = book(window).feedback_of(busiest)
    assert len(entries) > 1 and len(asked) == len(entries)
