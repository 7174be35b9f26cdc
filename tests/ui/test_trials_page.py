"""The page "3 Prototype tests": its tabs work together — choosing a test shows it everywhere,
promoting an idea and opening a node of the lineage jump to the test."""

from __future__ import annotations

from tests.ui.helpers import book


def page(window):  # type: ignore[no-untyped-def]
    window.workspace.show_page("trials")
    return window.workspace.trials


def test_the_demo_tests_are_listed_and_the_first_is_shown(window) -> None:  # type: ignore[no-untyped-def]
    p = page(window)
    first = p.list.selected_uuid()
    assert first in {t.uuid for t in book(window).trials}
    assert p.form.uuid == first
    assert p.test_tabs.isEnabled()


def test_choosing_a_test_shows_it_in_every_tab(window) -> None:  # type: ignore[no-untyped-def]
    p = page(window)
    other = book(window).trials[-1].uuid
    p.list.select(other)
    assert p.form.uuid == other
    for name in p.TEST_TABS:
        p.show_tab("trials", name)
        assert p.test_tabs.currentWidget().isEnabled()


def test_promoting_an_idea_opens_the_new_test(window) -> None:  # type: ignore[no-untyped-def]
    p = page(window)
    p.show_tab("ideas")
    tested = {t.idea_uuid for t in book(window).trials}
    idea = next(i for i in book(window).ideas if i.uuid not in tested and not i.merged_into)
    p.ideas.select(idea.uuid)
    new = p.ideas.promote_selected()
    assert new is not None
    assert p.tabs.currentIndex() == p.TABS.index("trials")
    assert p.list.selected_uuid() == new == p.form.uuid
    window.session.undo_stack.undo()
    assert new not in {t.uuid for t in book(window).trials}


def test_lineage_opens_tests_and_ideas(window) -> None:  # type: ignore[no-untyped-def]
    p = page(window)
    trial = book(window).trials[0].uuid
    p.show_tab("lineage")
    p.lineage.trial_activated.emit(trial)
    assert p.tabs.currentIndex() == p.TABS.index("trials")
    assert p.list.selected_uuid() == trial
    idea = book(window).ideas[0].uuid
    p.lineage.idea_activated.emit(idea)
    assert p.tabs.currentIndex() == p.TABS.index("ideas")
    assert p.ideas.selected_uuid() == idea


def test_print_the_current_test_report_from_the_page(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    p = page(window)
    trial = book(window).trials[0]
    p.list.select(trial.uuid)
    p.report_button.click()
    exports = window.workspace.exports
    qtbot.waitUntil(
        lambda: exports.trial_flow is not None and exports.trial_flow.preview is not None,
        timeout=20000,
    )
    preview = exports.trial_flow.preview
    from pypdf import PdfReader

    text = " ".join((pg.extract_text() or "") for pg in PdfReader(preview.pdf_path).pages)
    text = " ".join(text.split())
    assert trial.title in text
    others = {t.title for t in book(window).trials} - {trial.title}
    assert not [title for title in others if title in text and trial.title not in title]
    preview.close()


def test_navigation_counts_tests_and_running_ones(window) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.ui.workspace import PAGES

    nav = window.workspace.navigation.item(PAGES.index("trials"))
    trials = book(window).trials
    running = sum(1 for t in trials if t.status == "running")
    assert nav.text().split("\n")[1] == f"{len(trials)} tests, {running} running"
    p = page(window)
    p.list.add_trial()
    assert nav.text().split("\n")[1] == f"{len(trials) + 1} tests, {running} running"


def test_a_tab_is_built_when_first_shown_and_follows_the_chosen_test(window) -> None:  # type: ignore[no-untyped-def]
    """The page opens on a test's plan: the idea bank, the lineage and the test's evidence are
    built (and refresh after edits) only once someone looks at them."""
    p = page(window)
    assert p.built_tabs() == ("plan",)
    trials = book(window).trials
    p.list.select(trials[-1].uuid)  # chosen before the summary exists
    p.show_tab("trials", "summary")
    assert p.built_tabs() == ("plan", "summary")
    summary = p.summary
    assert p.test_tabs.currentWidget() is summary and summary.isVisible()
    assert p.test_tabs.tabText(p.TEST_TABS.index("summary")) == "Summary"
    assert summary.trial() == trials[-1].uuid
    p.show_tab("trials", "plan")
    p.show_tab("trials", "summary")
    assert p.summary is summary  # built once
    assert p.counts is p.test_tabs.widget(p.TEST_TABS.index("counts"))  # asked for: built…
    assert p.test_tabs.currentWidget() is summary  # …without being shown
    p.list.select(trials[0].uuid)
    assert summary.trial() == trials[0].uuid
    assert p.built_tabs() == ("plan", "counts", "summary")


def test_tab_goes_through_a_tab_built_late_in_its_place(window) -> None:  # type: ignore[no-untyped-def]
    """Qt puts a widget built later at the end of its window's tab order: Tab would leave the
    counts for the navigation instead of going on to the print buttons beside the tabs."""
    from PySide6.QtCore import Qt

    p = page(window)
    p.show_tab("trials", "counts")
    parts = {"plan": p.form, "counts": p.counts, "print": p.card_button}
    order: list[str] = []
    widget = window.nextInFocusChain()
    while widget is not window:
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            part = next(
                (n for n, w in parts.items() if w is widget or w.isAncestorOf(widget)), None
            )
            if part is not None and (not order or order[-1] != part):
                order.append(part)
        widget = widget.nextInFocusChain()
    assert order == ["plan", "counts", "print"]
