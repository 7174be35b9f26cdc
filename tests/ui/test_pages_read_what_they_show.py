"""The print, meetings and scope pages read and build what they show (issue 15): counts and
structure, never time.

- The print page imports no document module (ReportLab, Pillow) on the GUI thread, not even
  for its first preview: the worker imports them; its options read the project in outline.
- The meetings page reads the selected meeting's agenda and notes, not every meeting's.
- The scope page builds the form of the section shown, not all twelve.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from workshop_app.domain.scope import SECTION_KEYS
from workshop_app.ui.exports_page import ExportsPage
from workshop_app.ui.meetings.view import MeetingsPage
from workshop_app.ui.scope.page import ScopePage

ROOT = Path(__file__).resolve().parents[2]

_CHILD = """
import json, sys, threading
from collections.abc import Callable
from pathlib import Path
main_imports = []

class Watch:
    def find_spec(self, name, path=None, target=None):
        document = name.startswith("workshop_app.export.") and not name.endswith(".form_kinds")
        if name.split(".")[0] in ("reportlab", "PIL") or document:
            if threading.current_thread() is threading.main_thread():
                main_imports.append(name)
        return None

sys.meta_path.insert(0, Watch())
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from workshop_app.app import create_window
window = create_window(app)
assert window.open_path(Path(sys.argv[1]))
window.show()
app.processEvents()
window.workspace.show_page("handouts")
app.processEvents()
shown = sorted(m for m in sys.modules if m.startswith(("reportlab", "PIL")))
page = window.workspace.exports
for _ in range(3000):  # the first preview: the print modules imported, then the PDF built
    if page.preview.is_ready():
        break
    loop = QEventLoop()
    QTimer.singleShot(20, loop.quit)
    loop.exec()
print(json.dumps({"shown": shown, "ready": page.preview.is_ready(), "main": main_imports}))
window.close()
"""


def test_the_print_page_and_its_first_preview_import_no_document_module_on_the_gui_thread(
    demo_file: Path, tmp_path: Path
) -> None:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        WORKSHOP_APP_DATA_DIR=str(tmp_path / "data"),
        WORKSHOP_APP_CONFIG_DIR=str(tmp_path / "config"),
    )
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(demo_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["shown"] == []  # the page is up without ReportLab or Pillow
    assert seen["ready"]  # the preview was made…
    assert seen["main"] == []  # …with every document module imported in the worker


def _statements(session) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    session.service.store._conn.set_trace_callback(seen.append)
    return seen


def _stop(session) -> None:  # type: ignore[no-untyped-def]
    session.service.store._conn.set_trace_callback(None)


def test_the_print_page_options_read_no_feedback_note_or_agenda(session, open_page) -> None:  # type: ignore[no-untyped-def]
    seen = _statements(session)
    try:
        page = open_page(ExportsPage)
        for key in ("runsheet", "test-report", "counting-sheet", "sign-in"):
            page.select(key)
    finally:
        _stop(session)
    statements = [" ".join(s.lower().split()) for s in seen]
    for table in ("meeting_note", "agenda_item", "from actor", "count_session", "from feedback"):
        assert not [s for s in statements if table in s], table
    assert page.options.trial.count() == len(session.service.trial_book().trials) + 1
    assert page.options.meeting.count() == len(session.service.meetings()) + 1


def test_the_preview_snapshot_is_read_in_the_thread_that_builds(session) -> None:  # type: ignore[no-untyped-def]
    import threading

    service = session.service
    expected = service.snapshot()
    service.store._read_cache.clear()  # nothing kept: every area is read from the copy
    reader = service.snapshot_reader()
    seen = _statements(session)
    got = []
    try:
        thread = threading.Thread(target=lambda: got.append(reader()))
        thread.start()
        thread.join()
    finally:
        _stop(session)
    assert got == [expected]
    assert seen == []  # not one statement on the GUI thread's connection


def test_the_meetings_page_reads_the_selected_meetings_notes_only(session, open_page) -> None:  # type: ignore[no-untyped-def]
    seen = _statements(session)
    try:
        page = open_page(MeetingsPage)
    finally:
        _stop(session)
    gathered = [s for s in seen if "meeting_note" in s or "agenda_item" in s]
    assert gathered and all("meeting_uuid =" in s for s in gathered), gathered
    assert page.meeting_list.count() == len(session.service.meetings())
    # The attendance tab fills its actor list when it shows, not for a meeting passed through.
    assert page.attendance.actor_list.count() == 0
    page.show_tab("attendance")
    assert page.attendance.actor_list.count() == len(session.service.actor_map().actors)


def test_the_meetings_page_shows_a_selected_meeting_once(session, open_page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = open_page(MeetingsPage)
    shown: list[str] = []
    monkeypatch.setattr(page.outcome, "show_meeting", lambda m: shown.append(m.meeting.uuid))
    last = page.meeting_list.item(page.meeting_list.count() - 1)
    page.select_meeting(last.data(Qt.ItemDataRole.UserRole))
    assert shown == [last.data(Qt.ItemDataRole.UserRole)]


def test_the_scope_page_builds_the_section_shown(session, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ScopePage, "en")
    assert list(page.forms.built()) == [SECTION_KEYS[0]]
    page.show_section("timeframe")
    assert list(page.forms.built()) == [SECTION_KEYS[0], "timeframe"]
    assert page.stack.currentWidget().widget() is page.forms["timeframe"]
    # A form built later shows the stored scope as one built at once would.
    scope = session.service.scope()
    assert page.forms["politics"].binders["committee"].widget.text() == scope.get("committee")


def test_the_meetings_later_tabs_are_built_when_shown_in_their_place_in_the_tab_order(
    session, open_page, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(MeetingsPage)
    assert page.built_tabs() == ("plan",)
    with qtbot.waitActive(page, timeout=3000):
        page.activateWindow()
    page.show_tab("outcome")
    assert page.built_tabs() == ("plan", "outcome")
    meeting = session.service.meeting(page.current_meeting())
    assert page.outcome.note_model.rowCount() == len(meeting.notes)
    # Tab goes from the tab bar into the panel built later, as into one built with the page.
    following = page.tabs.tabBar().nextInFocusChain()
    while not (following.focusPolicy() & Qt.FocusPolicy.TabFocus and following.isVisible()):
        following = following.nextInFocusChain()
    assert page.outcome.isAncestorOf(following)


def test_another_meeting_on_the_attendance_tab_changes_the_ticks_not_the_list(
    session, open_page
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(MeetingsPage)
    page.show_tab("attendance")
    actors = page.attendance.actor_list
    first = actors.item(0)
    for row in range(page.meeting_list.count()):
        uuid = page.meeting_list.item(row).data(Qt.ItemDataRole.UserRole)
        page.select_meeting(uuid)
        present = set(session.service.meeting(uuid).actors_present)
        ticked = {
            actors.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(actors.count())
            if actors.item(i).checkState() == Qt.CheckState.Checked
        }
        assert ticked == present
    assert actors.item(0) is first  # the same items: 2,000 actors are not listed again


def test_a_preview_waiting_for_the_print_modules_is_busy_and_can_be_cancelled(
    open_page, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.ui import exports_page

    waiting: list[Callable[[], None]] = []
    monkeypatch.setattr(exports_page, "print_modules_ready", lambda: False)
    monkeypatch.setattr(
        exports_page, "when_print_ready", lambda then, owner=None: waiting.append(then)
    )
    page = open_page(ExportsPage)
    page.rebuild()
    assert page.preview.is_building() and page.preview.cancel_button.isVisibleTo(page)
    assert not page.print_button.isEnabled()
    page.preview.cancel_button.click()
    waiting[-1]()  # the modules arrive after the user cancelled: nothing is built
    assert not page.preview.is_building() and page.preview.current is None
    page.rebuild()
    waiting[-1]()  # …and when still wanted, the preview is built then
    assert page.preview.current is not None
    qtbot.waitUntil(page.preview.is_ready, timeout=30000)
    assert page.print_button.isEnabled()
