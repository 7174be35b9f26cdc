"""A test with thousands of feedback entries is read in steps as it is shown: the table says it
is reading and the form waits; then the entries are those a read in one go shows, an edit made
meanwhile included, and never another test's. (Here "thousands" is three and a step one entry,
each turn making one: the steps are counted, not timed.)"""

from __future__ import annotations

import pytest

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
