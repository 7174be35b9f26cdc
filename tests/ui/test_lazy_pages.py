"""Pages are built, and their modules imported, the first time they are shown: opening a project
pays for the page the user sees first, not for all six."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from workshop_app.ui.workspace import PAGE_CLASSES, PAGES

ROOT = Path(__file__).resolve().parents[2]

#: Modules that must wait until their page (or the demo's generator) is needed.
LATER = (
    "workshop_app.ui.scope.page",
    "workshop_app.ui.actors.page",
    "workshop_app.ui.actors.plan",  # the dashboard names the method cards without it
    "workshop_app.ui.trials.page",
    "workshop_app.ui.meetings.view",
    "workshop_app.ui.exports_page",
    "workshop_app.services.demo",
    "workshop_app.services.demo_data",
    "reportlab",
    "PIL",
)

_CHILD = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from workshop_app.app import create_window
window = create_window(app)
assert window.open_path(Path(sys.argv[1]))
window.show()
app.processEvents()
for name in sys.argv[2:]:
    window.workspace.show_page(name)
    app.processEvents()
ours = ("workshop_app", "reportlab", "PIL")
print(json.dumps(sorted(m for m in sys.modules if m.startswith(ours))))
window.close()
"""


def imported_after(demo_file: Path, tmp_path: Path, *pages: str) -> set[str]:
    """Our modules (and ReportLab's, Pillow's) in a fresh process that opened the demo and
    showed ``pages``."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        WORKSHOP_APP_DATA_DIR=str(tmp_path / "data"),
        WORKSHOP_APP_CONFIG_DIR=str(tmp_path / "config"),
    )
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(demo_file), *pages],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def test_opening_a_project_imports_no_other_page_and_not_the_demo_generator(
    demo_file: Path, tmp_path: Path
) -> None:
    imported = imported_after(demo_file, tmp_path)
    assert "workshop_app.ui.overview" in imported  # the page shown first
    early = sorted(m for m in imported if m.startswith(LATER))
    assert early == []


def test_the_tests_page_imports_the_modules_of_its_other_tabs_when_they_are_shown(
    demo_file: Path, tmp_path: Path
) -> None:
    from workshop_app.ui.trials.page import LATER_TABS

    before = imported_after(demo_file, tmp_path)  # the dashboard words a test's verdict…
    imported = imported_after(demo_file, tmp_path, "trials") - before
    assert "workshop_app.ui.trials.page" in imported
    later = tuple(module for module, _class in LATER_TABS.values())
    assert sorted(m for m in imported if m.startswith(later)) == []  # …the page adds none


def test_only_the_shown_page_is_built_and_each_is_built_once(window) -> None:  # type: ignore[no-untyped-def]
    workspace = window.workspace
    assert workspace.built_pages() == ("overview",)
    workspace.show_page("actors")
    assert workspace.built_pages() == ("overview", "actors")
    actors = workspace.actors
    workspace.show_page("overview")
    workspace.show_page("actors")
    assert workspace.actors is actors
    assert workspace.pages.currentWidget() is actors
    # Asking for a page by name builds it without showing it.
    assert workspace.trials is workspace.pages.widget(PAGES.index("trials"))
    assert workspace.pages.currentWidget() is actors


def test_every_page_sits_at_its_place_in_the_stack(window) -> None:  # type: ignore[no-untyped-def]
    workspace = window.workspace
    for name in reversed(PAGES):  # built out of order
        workspace.show_page(name)
        assert workspace.pages.currentWidget() is workspace.page(name)
    for index, name in enumerate(PAGES):
        module, class_name = PAGE_CLASSES[name]
        assert type(workspace.pages.widget(index)).__name__ == class_name
        assert type(workspace.pages.widget(index)).__module__ == module
    assert workspace.pages.count() == len(PAGES)


def test_scope_progress_follows_edits_and_undo_before_the_scope_page_exists(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from workshop_app.ui import commands

    workspace = window.workspace
    session = window.session
    row = PAGES.index("scope")
    full_text = int(Qt.ItemDataRole.UserRole) + 1

    def line() -> str:
        return str(workspace.navigation.item(row).data(full_text))

    assert "9 of 12" in line()  # the demo: nine of twelve sections complete
    old = session.service.scope().values["purpose"]
    commands.set_scope_value(session, "purpose", "Purpose", old, "")
    assert "8 of 12" in line()
    session.undo_stack.undo()
    assert "9 of 12" in line()
    assert "scope" not in workspace.built_pages()


def test_building_a_page_while_the_window_is_active_shows_no_window_of_its_own(
    window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """A widget shown before it has a parent is a window for a moment; taking it into a layout
    destroys that window and the real one loses the keyboard (found as a page built after
    opening a project from the menu, whose first typed actor lost the focus)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    shown: list[str] = []

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Show
                and isinstance(obj, QWidget)
                and obj.isWindow()
                and obj is not window
            ):
                shown.append(f"{type(obj).__name__} {obj.objectName()}")
            return False

    watch = Watch()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watch)
    try:
        for name in PAGES:
            with qtbot.waitActive(window, timeout=3000):
                window.activateWindow()
            window.workspace.page(name)
            qtbot.wait(20)  # let a destroyed window's deactivation arrive, if there is one
            assert QApplication.activeWindow() is window, name
    finally:
        app.removeEventFilter(watch)
    assert shown == []
