"""Shortcuts that do what they say (issue 12, item 3).

The feedback form's Ctrl+1/2/3 set the sentiment in the real window (they clashed with the page
switcher, so Qt did neither); no two shortcuts of the main window that can be active at the same
time share a key; Help → Keyboard shortcuts (F1) lists them all, translated.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QStackedWidget, QWidget

from tests.ui.page_walk import reveal, settle, visit_every_tab
from workshop_app.ui.shortcuts import Entry, collect
from workshop_app.ui.shortcuts_dialog import ShortcutsDialog

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def lineage(widget: QWidget) -> list[QWidget]:
    out: list[QWidget] = []
    w: QWidget | None = widget
    while w is not None:
        out.append(w)
        w = w.parentWidget()
    return out


def never_shown_together(a: QWidget, b: QWidget) -> bool:
    """On different pages of a stack (a page, a tab): never both visible."""
    above_b = lineage(b)
    common = next(w for w in lineage(a) if w in above_b)
    return common is not a and common is not b and isinstance(common, QStackedWidget)


def focus_works(entry: Entry, focus: QWidget) -> bool:
    """With the keyboard on ``focus`` (visible), ``entry`` can fire."""
    if entry.context in WINDOW_WIDE:
        return not never_shown_together(entry.owner, focus)
    if entry.context == Qt.ShortcutContext.WidgetShortcut:
        return focus is entry.owner
    return focus is entry.owner or entry.owner.isAncestorOf(focus)


def can_be_active_together(a: Entry, b: Entry) -> bool:
    if never_shown_together(a.owner, b.owner):
        return False
    # Some focus widget must let both fire: the owner of one of them (or either, when both
    # work in the whole window).
    return any(focus_works(a, f) and focus_works(b, f) for f in (a.owner, b.owner))


def entries(window) -> list[Entry]:  # type: ignore[no-untyped-def]
    visit_every_tab(window)  # what tabs build on first show (the actor grid) has keys too
    return collect(window, window.workspace.page_titles())


def portable(keys: tuple[QKeySequence, ...]) -> set[str]:
    return {k.toString(QKeySequence.SequenceFormat.PortableText) for k in keys}


def test_no_two_shortcuts_that_can_be_active_together_share_a_key(window) -> None:
    found = entries(window)
    assert len(found) > 30
    clashes = []
    for a, b in itertools.combinations(found, 2):
        if a.source is b.source:
            continue
        same = portable(a.keys) & portable(b.keys)
        if same and can_be_active_together(a, b):
            clashes.append(f"{sorted(same)}: {a.area}: {a.text!r} / {b.area}: {b.text!r}")
    assert not clashes, "\n".join(clashes)


def test_every_shortcut_is_described_for_the_list(window) -> None:
    nameless = [e.keys_text() for e in entries(window) if not e.text.strip()]
    assert not nameless


def test_the_feedback_keys_set_the_sentiment_in_the_window(window, qtbot) -> None:
    with qtbot.waitActive(window, timeout=3000):
        window.activateWindow()
    panel = window.workspace.trials.feedback
    reveal(window, panel.what_works)
    panel.what_works.setFocus()
    settle()
    assert QApplication.focusWidget() is panel.what_works
    for key, value in ((Qt.Key.Key_2, "neutral"), (Qt.Key.Key_3, "negative")):
        qtbot.keyClick(panel.what_works, key, Qt.KeyboardModifier.ControlModifier)
        assert panel.sentiment.value() == value
    assert window.workspace.current_page() == "trials"  # the page stayed
    # Alt+n goes to the pages, from anywhere; Ctrl+PgDown to the next tab of a page.
    qtbot.keyClick(panel.what_works, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.workspace.current_page() == "actors"
    tabs = window.workspace.actors.tabs
    tabs.setCurrentIndex(0)
    window.workspace.actors.view.setFocus()
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert tabs.currentIndex() == 1
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    assert tabs.currentIndex() == 0


def open_list(window, qtbot) -> ShortcutsDialog:  # type: ignore[no-untyped-def]
    with qtbot.waitActive(window, timeout=3000):
        window.activateWindow()
    qtbot.keyClick(window.workspace.navigation, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_f1_lists_the_shortcuts_in_english(window, qtbot) -> None:
    dialog = open_list(window, qtbot)
    rows = dialog.rows()
    assert ("Undo", "Ctrl+Z") in rows
    assert ("Open project", "Ctrl+O") in rows
    assert ("Keyboard shortcuts", "F1") in rows
    assert ("Go to 2 Actors", "Alt+3") in rows
    assert ("Sentiment: Positive", "Ctrl+1") in rows
    assert ("Next tab", "Ctrl+PgDown") in rows
    assert ("Everywhere", "") in rows
    assert ("3 Prototype tests › Tests › Feedback", "") in rows
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height()
    assert dialog.frameGeometry().width() <= screen.width()
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    close.click()
    assert not dialog.isVisible()


def test_f1_lists_the_shortcuts_in_danish(make_window, demo_file, qtbot) -> None:
    window = make_window("da")
    assert window.open_path(demo_file)
    window.show()
    dialog = open_list(window, qtbot)
    rows = dialog.rows()
    assert dialog.windowTitle() == "Tastaturgenveje"
    assert ("Fortryd", "Ctrl+Z") in rows
    assert ("Åbn projekt", "Ctrl+O") in rows
    assert ("Tastaturgenveje", "F1") in rows
    assert ("Gå til 2 Aktører", "Alt+3") in rows
    assert ("Stemning: Positiv", "Ctrl+1") in rows
    assert ("Overalt", "") in rows
    window.close()
