"""A test with thousands of feedback entries is read in steps as it is shown: the table says it
is reading and the form waits; then the entries are those a read in one go shows, an edit made
meanwhile included, and never another test's. (Here "thousands" is three and a step one entry,
each turn making one: the steps are counted, not timed.)"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from workshop_app.ui.trials import evidence_commands
from workshop_app.ui.trials.feedback import FeedbackPanel
from workshop_app.ui.trials.feedback import panel as panel_module


@pytest.fixture(autouse=True)
def small_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(panel_module, "STEPS_FROM", 3)
    monkeypatch.setattr(panel_module, "STEP_SIZE", 1)
    monkeypatch.setattr(panel_module, "TURN_MS", 0)


def _busy_tests(session) -> list[str]:  # type: ignore[no-untyped-def]
    """The demo's tests with at least three entries, most first."""
    book = session.service.trial_book()
    sizes = {t.uuid: len(book.feedback_of(t.uuid)) for t in book.trials}
    return sorted((u for u, n in sizes.items() if n >= 3), key=lambda u: -sizes[u])


def _shown(panel: FeedbackPanel) -> list[str]:
    return [entry.uuid for entry in panel.model.entries]


def _stored(session, trial: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.uuid for e in session.service.trial_book().feedback_of(trial)]


def _panel(session, qtbot) -> FeedbackPanel:  # type: ignore[no-untyped-def]
    panel = FeedbackPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1100, 760)
    panel.show()
    return panel


def test_many_entries_are_read_in_steps_and_then_shown_whole(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    trial = _busy_tests(session)[0]
    panel = _panel(session, qtbot)
    panel.set_trial(trial)
    assert panel.reading()
    assert _shown(panel) == [] and not panel.form_box.isEnabled()
    total = len(_stored(session, trial))
    assert panel.empty_hint.text() == f"Reading {total} pieces of feedback…"
    assert panel.empty_hint.isVisibleTo(panel)
    qtbot.waitUntil(lambda: not panel.reading())
    assert _shown(panel) == _stored(session, trial)
    assert panel.form_box.isEnabled() and not panel.empty_hint.isVisibleTo(panel)
    assert panel.count.text() == f"{total} pieces of feedback"


def test_an_entry_added_while_reading_is_shown_with_the_rest(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    trial = _busy_tests(session)[0]
    panel = _panel(session, qtbot)
    panel.set_trial(trial)
    assert panel.reading()
    entry = session.service.new_feedback(trial, what_works="Bænkene", channel="conversation")
    assert evidence_commands.add_feedback(session, entry)
    assert panel.reading()  # read again from the start
    qtbot.waitUntil(lambda: not panel.reading())
    assert _shown(panel) == _stored(session, trial)
    assert entry.uuid in _shown(panel)
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: not panel.reading())
    assert _shown(panel) == _stored(session, trial) and entry.uuid not in _shown(panel)


def test_another_test_chosen_while_reading_shows_only_its_own(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    first, second = _busy_tests(session)[:2]
    panel = _panel(session, qtbot)
    panel.set_trial(first)
    assert panel.reading()
    panel.set_trial(second)
    qtbot.waitUntil(lambda: not panel.reading())
    assert _shown(panel) == _stored(session, second)
    assert panel.trial() == second


def test_a_test_with_few_entries_is_shown_at_once(session, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(panel_module, "STEPS_FROM", 10_000)
    trial = _busy_tests(session)[0]
    panel = _panel(session, qtbot)
    panel.set_trial(trial)
    assert not panel.reading() and _shown(panel) == _stored(session, trial)


def test_entries_made_within_one_turn_are_shown_at_once(session, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(panel_module, "TURN_MS", 1000)  # a turn long enough for them all
    trial = _busy_tests(session)[0]
    panel = _panel(session, qtbot)
    panel.set_trial(trial)
    assert not panel.reading() and _shown(panel) == _stored(session, trial)


def test_closing_the_project_while_reading_stops_the_steps(demo_file, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The steps end with the project: nothing reads the closed file afterwards (an error
    out of the timer's slot showed the crash dialog)."""
    from workshop_app.services.project_service import open_project
    from workshop_app.ui.session import ProjectSession

    session = ProjectSession(open_project(demo_file))
    trial = _busy_tests(session)[0]
    panel = _panel(session, qtbot)
    panel.set_trial(trial)
    assert panel.reading()
    session.close()
    assert not panel.reading()
    for _turn in range(5):  # turns in which the steps would have gone on (an error fails)
        QApplication.processEvents()


def test_a_damaged_entry_met_at_the_end_is_said_in_the_table(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    trial = _busy_tests(session)[0]
    panel = _panel(session, qtbot)
    panel.set_trial(trial)
    assert panel.reading()
    db = session.service.store.db
    with db.conn:  # as a failing disk might, behind the app's back
        db.execute("PRAGMA ignore_check_constraints = ON")
        db.execute(
            "UPDATE feedback SET channel = 'pigeon' WHERE trial_uuid = ? AND position = 1",
            [trial],
        )
    qtbot.waitUntil(lambda: not panel.reading())
    assert "damaged" in panel.empty_hint.text().lower()
    assert panel.empty_hint.isVisibleTo(panel) and not panel.view.isVisibleTo(panel)
    assert not panel.form_box.isEnabled() and panel.count.text() == ""


def test_nothing_of_the_test_before_shows_while_reading(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Its entries, card line and themes go as the steps start; a filter chosen meanwhile
    leaves the reading line as it is."""
    first, second = _busy_tests(session)[:2]
    panel = _panel(session, qtbot)
    panel.set_trial(first)
    qtbot.waitUntil(lambda: not panel.reading())
    assert panel.filter_theme.count() > 1  # the first test's themes
    panel.set_trial(second)
    assert panel.reading()
    assert _shown(panel) == [] and panel.filter_theme.count() == 1
    assert not panel.round_trip.isVisibleTo(panel)
    reading = panel.empty_hint.text()
    panel.filter_sentiment.setCurrentIndex(1)
    assert panel.empty_hint.text() == reading and panel.count.text() == ""
    qtbot.waitUntil(lambda: not panel.reading())
    assert panel.count.text().endswith("pieces of feedback shown")  # the filter holds
