"""The tests page reads and builds what it shows (issue 15): statements and structure, never
time. On a project grown over years (200 meetings with 20,000 notes, 20,000 feedback entries)
each tab's first show and each test chosen must stay under a tenth of a second."""

from __future__ import annotations

from workshop_app.domain.trials import top_themes
from workshop_app.ui.trials.page import TrialsPage


def _statements(session) -> list[str]:  # type: ignore[no-untyped-def]
    """Every statement run on the session's connection from now on (nothing kept beforehand)."""
    seen: list[str] = []
    session.service.store._read_cache.clear()
    session.service.store._conn.set_trace_callback(lambda s: seen.append(" ".join(s.split())))
    return seen


def _stop(session) -> None:  # type: ignore[no-untyped-def]
    session.service.store._conn.set_trace_callback(None)


def test_the_idea_bank_reads_no_meeting_notes_or_agendas(session, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(TrialsPage)
    seen = _statements(session)
    try:
        page.show_tab("ideas")
    finally:
        _stop(session)
    gathered = [s for s in seen if "meeting_note" in s.lower() or "agenda_item" in s.lower()]
    assert gathered == []
    meetings = session.service.meeting_list()
    combo = page.ideas.meeting_combo
    assert sorted(combo.itemData(i) for i in range(combo.count())) == sorted(
        m.uuid for m in meetings
    )


def test_the_feedback_tab_reads_the_shown_tests_entries_alone(session, open_page) -> None:  # type: ignore[no-untyped-def]
    """Every test's themes for the completer are counted by SQLite; the entries read are the
    shown test's (a project grown over years has twenty thousand)."""
    page = open_page(TrialsPage)
    shown = page.list.selected_uuid()
    seen = _statements(session)
    try:
        page.show_tab("trials", "feedback")
    finally:
        _stop(session)
    entries = [s for s in seen if "what_works" in s and s.lstrip().upper().startswith("SELECT")]
    assert entries and all(f"trial_uuid IN ('{shown}')" in s for s in entries), entries
    book = session.service.trial_book()
    assert page.feedback.model.rowCount() == len(book.feedback_of(shown))
    themes = [tag for tag, _n in top_themes(book.feedback)]
    assert page.feedback.theme_words() == themes


def test_the_version_numbers_are_the_lengths_of_the_version_chains(session) -> None:  # type: ignore[no-untyped-def]
    """Found by uuid in one pass (five hundred tests on a grown project), loops included."""
    import dataclasses

    from workshop_app.domain.trials import version_chain
    from workshop_app.ui.trials.common import trial_versions

    book = session.service.trial_outline()
    first, second, third = book.trials[:3]
    looped = dataclasses.replace(
        book,
        trials=(
            dataclasses.replace(first, version_of=second.uuid),
            dataclasses.replace(second, version_of=first.uuid),
            dataclasses.replace(third, version_of=second.uuid),
            *book.trials[3:],
        ),
    )
    for each in (book, looped):
        expected = {t.uuid: len(version_chain(each, t.uuid)) for t in each.trials}
        assert trial_versions(each) == expected
    assert max(trial_versions(book).values()) > 1  # the demo has a re-test
    assert trial_versions(looped)[third.uuid] == 3


def test_the_idea_list_of_the_form_is_kept_while_the_ideas_are_the_same(session, open_page) -> None:  # type: ignore[no-untyped-def]
    # A project grown over years holds a thousand ideas or more: choosing another test, or an
    # edit of a test, does not make the form's list of ideas again line by line.
    page = open_page(TrialsPage)
    trials = session.service.trial_outline().trials
    combo = page.form.idea_combo
    page.open_trial(trials[0].uuid)
    cleared: list[int] = []
    real = combo.clear
    combo.clear = lambda: (cleared.append(1), real())[1]  # type: ignore[method-assign]
    page.open_trial(trials[1].uuid)
    assert cleared == []
    shown = trials[1].idea_uuid or ""
    assert combo.currentData() == shown
    ideas = session.service.trial_outline().ideas
    session.service.set_idea_value(ideas[0].uuid, "title", "Nyt navn på idéen")
    page.open_trial(trials[0].uuid)  # a title changed: the list follows it
    assert cleared and combo.findText("Nyt navn på idéen") >= 0


def test_a_test_chosen_is_read_by_the_tab_shown_alone_the_others_when_shown(  # type: ignore[no-untyped-def]
    session, open_page
) -> None:
    """Each test tab reads the test's evidence whole: with every tab built, a test chosen was
    read by the hidden ones too, in the turn of the choice (three reads of thousands of
    entries). The tab shown reads it; each other tab when it is shown."""
    page = open_page(TrialsPage)
    page.build_all()
    page.show_tab("trials", "plan")
    others = [t.uuid for t in session.service.trial_outline().trials]
    chosen = next(u for u in others if u != page.list.selected_uuid())
    seen = _statements(session)
    try:
        page.list.select(chosen)
        feedback_reads = [s for s in seen if "what_works" in s and s.upper().startswith("SELECT")]
        assert feedback_reads == []  # no hidden tab read the test's feedback
        page.show_tab("trials", "summary")
    finally:
        _stop(session)
    summary = page.test_tabs.currentWidget()
    assert summary is page.summary and summary.trial() == chosen
    # Asked for, each other tab shows the test chosen.
    assert page.counts.trial() == chosen and page.feedback.trial() == chosen
    assert page.decisions._trial_uuid == chosen
