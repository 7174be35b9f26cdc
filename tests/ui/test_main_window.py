"""The shell: start screen, opening, navigation, overview edits with undo, status bar."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.workspace import PAGES


def stored(path: Path, sql: str) -> object:
    # A second connection cannot read while the app holds its exclusive lock, so read through
    # the app's own connection when it is open (tests pass the window's store).
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def db_value(window, sql: str) -> object:  # type: ignore[no-untyped-def]
    return window.session.service.store.db.execute(sql).fetchone()[0]


def test_start_screen_lists_recent_and_opens_demo(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = make_window("en")
    win.show()
    assert win.central.currentWidget() is win.start_screen
    assert win.windowTitle() == "Bymidteværkstedet"
    assert not win.actions_["close_project"].isEnabled()
    win.actions_["open_demo"].trigger()
    assert win.session is not None
    assert win.session.service.project().name == "Egeby bymidte"
    assert "Egeby bymidte" in win.windowTitle()
    assert win.actions_["close_project"].isEnabled()
    win.close_project()
    assert win.central.currentWidget() is win.start_screen
    assert win.start_screen.recent.count() == 1
    assert "Egeby" in win.start_screen.recent.item(0).text()
    assert "safe to remove" in win.statusBar().currentMessage()


def test_a_project_opened_before_the_window_is_shown_builds_no_start_screen(
    make_window, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    # Start-up with the demo or a file: the start screen waits until a window without a
    # project shows it.
    from workshop_app.ui.start_screen import StartScreen

    win = make_window("en")
    assert win.open_path(demo_file)
    win.show()
    assert win.findChildren(StartScreen) == []
    assert win.central.currentWidget() is win.workspace
    win.close_project()
    assert win.central.currentWidget() is win.start_screen
    assert "egeby" in win.start_screen.recent.item(0).text()


def test_opening_a_bad_file_says_why(make_window, errors, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "report.bymidte"
    bad.write_bytes(b"%PDF-1.4\n")
    win = make_window("en")
    assert not win.open_path(bad)
    assert win.session is None
    assert errors and "PDF" in errors[0][1]
    assert bad.read_bytes() == b"%PDF-1.4\n"


def test_navigation_shows_every_page(window) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    labels = [ws.navigation.item(i).text() for i in range(ws.navigation.count())]
    labels = [label.split("\n")[0] for label in labels]  # without progress lines
    assert labels == [
        "Overview",
        "1 Start-up and scope",
        "2 Actors",
        "3 Prototype tests",
        "Meetings",
        "Print and export",
    ]
    for name in PAGES:
        ws.show_page(name)
        assert ws.current_page() == name
        assert ws.pages.currentIndex() == PAGES.index(name)


def test_overview_typing_is_saved_undone_and_redone(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = window.findChild(QLineEdit, "overview_town")
    assert edit.text() == "Egeby"
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Nørre Egeby")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert db_value(window, "SELECT town FROM project") == "Nørre Egeby"
    assert window.saved_label.text().startswith("Saved ")
    stack = window.session.undo_stack
    assert stack.count() == 1  # every key stroke merged into one step
    window.actions_["undo"].trigger()
    assert db_value(window, "SELECT town FROM project") == "Egeby"
    assert edit.text() == "Egeby"
    window.actions_["redo"].trigger()
    assert db_value(window, "SELECT town FROM project") == "Nørre Egeby"
    assert edit.text() == "Nørre Egeby"


def test_undo_and_redo_actions_follow_the_stack_and_keep_a_repeated_text(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    undo, redo = window.actions_["undo"], window.actions_["redo"]
    assert (undo.isEnabled(), redo.isEnabled()) == (False, False)  # nothing done yet
    assert undo.text() == "Undo"
    _type(window, qtbot, "Nørre Egeby")
    assert (undo.isEnabled(), redo.isEnabled()) == (True, False)
    assert undo.text() == "Undo edit town"
    # A second step of the same kind: the same text, not written again (each write tells every
    # menu and tool bar of a change, on every edit).
    changes: list[object] = []
    undo.changed.connect(lambda: changes.append(undo.text()))
    _type(window, qtbot, "Egeby Kommune", "municipality")
    _type(window, qtbot, "Søndre Egeby")
    assert undo.text() == "Undo edit town"
    assert changes == ["Undo edit municipality", "Undo edit town"]
    undo.trigger()
    assert (undo.isEnabled(), redo.isEnabled()) == (True, True)
    assert redo.text() == "Redo edit town"
    assert db_value(window, "SELECT town FROM project") == "Nørre Egeby"
    redo.trigger()
    assert db_value(window, "SELECT town FROM project") == "Søndre Egeby"
    assert not redo.isEnabled()
    window.close_project()  # no stack: nothing to undo
    assert (undo.isEnabled(), redo.isEnabled()) == (False, False)
    assert undo.text() == "Undo"


def test_overview_typing_pause_commits_without_leaving_the_field(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = window.findChild(QPlainTextEdit, "overview_description")
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, " Tillæg.")
    qtbot.waitUntil(
        lambda: str(db_value(window, "SELECT description FROM project")).endswith("Tillæg."),
        timeout=3000,
    )


def test_overview_date_edit_is_undoable(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    edit = window.findChild(QDateEdit, "overview_end_date")
    old = db_value(window, "SELECT end_date FROM project")
    edit.setDate(QDate(2030, 6, 30))
    assert db_value(window, "SELECT end_date FROM project") == "2030-06-30"
    window.session.undo_stack.undo()
    assert db_value(window, "SELECT end_date FROM project") == old
    assert edit.date().toPython() == dt.date.fromisoformat(str(old))


def test_new_project_from_menu(make_window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "Vestby.bymidte"
    monkeypatch.setattr(Dialogs, "new_project_path", classmethod(lambda cls, p, s: target))
    win = make_window("en")
    win.actions_["new"].trigger()
    assert win.session is not None and win.session.service.path == target
    assert win.session.service.project().name == "Vestby"
    win.close()
    assert stored(target, "SELECT name FROM project") == "Vestby"


def test_geometry_is_remembered(make_window) -> None:  # type: ignore[no-untyped-def]
    win = make_window("en")
    win.resize(1010, 713)
    win.show()
    win.close()
    again = make_window("en")
    # The offscreen screen is small, so Qt may clamp the width; the height shows the restore.
    assert again.size().height() == 713


def test_language_switch_rebuilds_in_danish(window) -> None:  # type: ignore[no-untyped-def]
    window.workspace.show_page("meetings")
    window.set_language("da")
    ws = window.workspace
    assert ws.navigation.item(0).text() == "Overblik"
    assert ws.navigation.item(5).text() == "Udskrifter og eksport"
    assert ws.current_page() == "meetings"
    assert window.menuBar().actions()[0].text() == "&Filer"
    assert window.actions_["open"].text() == "&Åbn projekt…"
    window.set_language("en")
    assert window.workspace.navigation.item(0).text() == "Overview"


def test_shortcuts_are_unique_and_icons_render(window) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.ui.icons import icon, roles

    seen: dict[str, str] = {}
    for name in window.actions_.names():
        for key in window.actions_[name].shortcuts():
            text = key.toString()
            assert text not in seen, f"{name} and {seen.get(text)} share {text}"
            seen[text] = name
    assert {"Ctrl+Z", "Ctrl+O", "Ctrl+N", "Ctrl+P", "Ctrl+Q"} <= set(seen)
    for role in roles():
        assert not icon(role).pixmap(16, 16).isNull()


def test_read_only_file_shows_banner_and_disables_editing(make_window, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    win = make_window("en")
    assert win.open_path(demo_file, read_only=True)
    banner = win.findChild(QLabel, "read_only_banner")
    assert banner is not None and "read-only" in banner.text()
    assert not win.findChild(QLineEdit, "overview_name").isEnabled()
    assert "(read-only)" in win.windowTitle()
    win.close()


def _type(window, qtbot, text: str, field: str = "town") -> None:  # type: ignore[no-untyped-def]
    edit = window.workspace.findChild(QLineEdit, f"overview_{field}")  # not an old page
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_status_bar_and_undo_follow_a_language_switch(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _type(window, qtbot, "Nørre Egeby")
    assert window.saved_label.text().startswith("Saved ")
    assert window.actions_["undo"].text() == "Undo edit town"  # a sentence, not "Undo Edit Town"
    try:
        window.set_language("da")
        assert window.saved_label.text().startswith("Gemt ")  # not left in English
        _type(window, qtbot, "Egeby Kommune", "municipality")  # a new step, made in Danish
        assert window.actions_["undo"].text() == "Fortryd ret kommune"
        window.actions_["undo"].trigger()
        assert window.actions_["redo"].text() == "Gentag ret kommune"
    finally:
        window.set_language("en")
    assert window.saved_label.text().startswith("Saved ")


def test_the_window_policies_are_the_application_style_not_an_event_filter(  # type: ignore[no-untyped-def]
    make_window, demo_file
) -> None:
    # No application-wide event filter (Qt would call it for each of the thousands of events of
    # a page's first show): the application's style gives the policies as it polishes a widget
    # (the wheel guard on the fields it guards, the screen fitter on windows; their behaviour:
    # tests/ui/test_wheel_guard.py, tests/ui/test_small_screens.py, tests/ui/test_style.py).
    from PySide6.QtWidgets import QApplication

    from workshop_app.app import WindowPolicies, install_window_policies
    from workshop_app.ui import screens, wheel_guard

    window = make_window("en")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    policies = app.style()
    assert isinstance(policies, WindowPolicies)
    install_window_policies(app)
    assert app.style() is policies  # once
    assert window.open_path(demo_file)
    window.show()
    window.workspace.show_page("trials")
    QApplication.processEvents()
    guards = app.findChildren(wheel_guard.WheelGuard)
    fitters = app.findChildren(screens.ScreenFitter)
    assert [g.parent() for g in guards] == [policies]  # none of its own on the application
    assert [f.parent() for f in fitters] == [policies]
    combo = window.findChild(QComboBox)
    assert combo is not None and combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    window.close()
