"""In-process measures on one project file, run in a child process by ``python -m bench``.

    python -m bench.probe PATH   prints one JSON object of figures (milliseconds, MB)

- ``pages``: each page of the main window shown for the first time (built, laid out, painted
  once, as Qt paints it from the events it posts),
  with the peak resident memory once it was (``rss_mb``: where ``bench.memory_report`` should
  look when it grows);
- ``edit``: one edit through the undo stack (an actor renamed: service, commit, every built view
  refreshed, and what changed painted: the events Qt posts, processed as a running app would, not
  a forced repaint of the whole window), median of 15 after one warm-up edit, with the worst
  event-loop stall (the warm-up's included) and its baseline ``bare_ms``: a plain ``sqlite3``
  one-row UPDATE transaction with the same pragmas on a copy of the file, timed right after each
  edit in this process (:class:`BareUpdate`);
- ``card``: a paper card typed in on a test's feedback tab (a feedback entry added through the
  undo stack), median of several, with the worst stall;
- ``note``: a note captured in the live console, likewise;
- ``trials``: the tests page's actions (each with its worst stall): another test chosen
  (``switch``, median of several), a field of its plan typed and stored (``plan``, likewise),
  and each tab's first show (``tab_counts`` … ``tab_lineage``), the test with the most feedback
  chosen;
- ``actors``: the actors page's actions that change the register's rows or show many at once
  (each with its worst stall, the turns after it included: the grid places its markers then): an
  actor added, deleted, its delete undone, the register sorted by name (and back), the grid
  tab's first show, an actor dropped in another cell of the grid;
- ``rss_open_mb``: the peak resident memory of the process once the project is open and painted;
- ``rss_mb``: the peak resident memory once every page has been built and shown as well.

Runs offscreen unless QT_QPA_PLATFORM is set. A script, not a test.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QElapsedTimer, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from bench.memory import peak_rss_mb

EDITS = 15  # typing: a median of many, the first ones (first-edit set-up) included


def settle(app: QApplication) -> None:
    """Let the window settle after the first paint, as it does before a user's first click:
    what the app reads ahead in its worker (the tests' outline) is read and kept, so that each
    page open below is measured alone, not against that read for the interpreter's lock."""
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()


class LagProbe:
    """The longest gap between ticks of a 5 ms timer while something runs in the GUI thread: what
    a user would feel as the app not answering."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.clock = QElapsedTimer()
        self.worst = 0.0
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        gap = self.clock.nsecsElapsed() / 1e6
        self.worst = max(self.worst, gap)
        self.clock.restart()

    def around(self, app: QApplication, action: Callable[[], object]) -> tuple[float, float]:
        """(ms the action took, worst stall in ms) with the event loop running around it."""
        self.worst = 0.0
        self.clock.start()
        self.timer.start()
        app.processEvents()
        start = time.perf_counter()
        action()
        app.processEvents()
        took = (time.perf_counter() - start) * 1000
        self._tick()
        self.timer.stop()
        return took, self.worst


#: What a section of the figures holds when the project has nothing to measure it on (a project
#: made by other means may have no tests, say): the reason, printed in the table instead.
Figures = dict[str, Any] | str


def add_cards(app: QApplication, probe: LagProbe, workspace: Any, session: Any) -> Figures:
    """Paper cards typed in during the meeting: each a feedback entry added through the undo
    stack on the test's feedback tab (service, commit, views refreshed, painted)."""
    from workshop_app.services.project_service import ProjectService, ServiceCall
    from workshop_app.ui import commands

    book = session.service.trial_book().trials
    if not book:
        return "the project has no tests"
    workspace.show_page("trials")
    trials = workspace.trials
    trial = book[0].uuid
    trials.open_trial(trial)
    trials.show_tab("trials", "feedback")
    app.processEvents()
    times, stalls = [], []
    for _ in range(EDITS):
        card = session.service.new_feedback(trial, sentiment="positive")

        def add(card: Any = card) -> None:
            commands.push(
                session,
                commands.ServiceCommand(
                    session,
                    "Add feedback",
                    ServiceCall(ProjectService.restore_feedback, (card,)),
                    ServiceCall(ProjectService.delete_feedback, (card.uuid,)),
                ),
            )

        took, stall = probe.around(app, add)
        times.append(took)
        stalls.append(stall)
    return {"ms": round(statistics.median(times), 1), "stall_ms": round(max(stalls), 1)}


TEST_TABS = ("counts", "feedback", "summary", "decisions")


def busiest_trial(path: Path) -> str | None:
    """The uuid of the test with the most feedback entries in the project file ``path`` (None:
    no test has any)."""
    import sqlite3

    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        query = "SELECT trial_uuid FROM feedback GROUP BY trial_uuid ORDER BY count(*) DESC"
        found = conn.execute(query).fetchone()
        return None if found is None else str(found[0])
    finally:
        conn.close()


def trial_actions(
    app: QApplication, probe: LagProbe, workspace: Any, session: Any, busiest: str | None
) -> Figures:
    """The tests page on a grown project: tests chosen one after another, a plan field typed in
    and stored (service, commit, views refreshed, painted), each tab shown the first time."""
    from PySide6.QtWidgets import QLineEdit

    outline = session.service.trial_outline().trials
    if not outline:
        return "the project has no tests"
    workspace.show_page("trials")
    trials = workspace.trials
    app.processEvents()
    figures: dict[str, dict[str, float]] = {}

    def choose(uuid: str) -> Callable[[], None]:
        return lambda: trials.list.select(uuid)

    def timed(actions: list[Callable[[], object]]) -> dict[str, float]:
        runs = [probe.around(app, action) for action in actions]
        return {
            "ms": round(statistics.median(t for t, _ in runs), 1),
            "stall_ms": round(max(s for _, s in runs), 1),
        }

    # Each test after the first in turn (the first is shown already), or back and forth.
    others = [t.uuid for t in outline[1 : EDITS + 1]] or [outline[0].uuid]
    figures["switch"] = timed([choose(uuid) for uuid in others])
    editor = trials.form.editors["place"]
    binder = trials.form.binders["place"]

    def type_place(i: int) -> Callable[[], None]:
        def typed() -> None:
            text = f"Torvet {i}"
            editor.setText(text) if isinstance(editor, QLineEdit) else editor.setPlainText(text)
            binder.flush()

        return typed

    figures["plan"] = timed([type_place(i) for i in range(EDITS)])
    # The evidence tabs show the test with the most feedback (an old test of a grown project),
    # found before the project was opened: the app's kept reads stay as a user finds them.
    trials.list.select(busiest or outline[0].uuid)
    app.processEvents()
    for tab in (*TEST_TABS, "ideas", "lineage"):

        def show(tab: str = tab) -> None:
            if tab in TEST_TABS:
                trials.show_tab("trials", tab)
            else:
                trials.show_tab(tab)

        figures[f"tab_{tab}"] = timed([show])
    trials.show_tab("trials", "plan")
    return figures


def capture_notes(app: QApplication, probe: LagProbe, workspace: Any, session: Any) -> Figures:
    """Notes captured in the live console during a meeting (the meeting with the most notes),
    each as the console stores it (service, commit, views refreshed, painted)."""
    import datetime as dt

    from workshop_app.ui.meetings.live.live_commands import capture_note

    meetings = session.service.meetings()
    if not meetings:
        return "the project has no meetings"
    # A meeting that has ended would ask (in a dialog) whether to run it again: run one that
    # has not, else capture on the meetings page.
    runnable = [m for m in meetings if m.live is None or m.live.ended_at is None]
    meeting = max(runnable or meetings, key=lambda m: len(m.notes)).meeting.uuid
    if runnable:
        workspace.show_live(meeting)
    else:
        workspace.show_page("meetings")
        workspace.meetings.select_meeting(meeting)
    app.processEvents()
    start = dt.datetime.now().replace(microsecond=0)
    times, stalls = [], []
    for i in range(EDITS):

        def capture(i: int = i) -> None:
            capture_note(session, meeting, f"Note {i}", start + dt.timedelta(seconds=i), None)

        took, stall = probe.around(app, capture)
        times.append(took)
        stalls.append(stall)
    return {"ms": round(statistics.median(times), 1), "stall_ms": round(max(stalls), 1)}


class BareUpdate:
    """The edit's baseline: a one-row UPDATE transaction by plain ``sqlite3`` with the app's
    pragmas, on a copy of the same file, timed in the same process between the app's edits, so
    that both see the same machine (a 2-core machine shared with others runs some processes at
    half speed for seconds)."""

    def __init__(self, path: Path) -> None:
        import shutil
        import sqlite3

        from workshop_app.storage.database import _WRITE_PRAGMAS

        self.copy = path.with_name(path.stem + "-bare" + path.suffix)
        shutil.copyfile(path, self.copy)
        self.conn = sqlite3.connect(self.copy, isolation_level=None)
        for pragma in _WRITE_PRAGMAS:
            self.conn.execute(pragma)
        query = "SELECT uuid FROM actor ORDER BY position LIMIT 1"
        self.uuid = self.conn.execute(query).fetchone()[0]

    @classmethod
    def of(cls, path: Path) -> BareUpdate | None:
        """The baseline on a copy of ``path``, or None when it has no actor to rename."""
        import sqlite3

        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            has = conn.execute("SELECT 1 FROM actor LIMIT 1").fetchone() is not None
        finally:
            conn.close()
        return cls(path) if has else None

    def update(self, name: str) -> float:
        """Milliseconds of one transaction renaming the first actor."""
        start = time.perf_counter()
        self.conn.execute("BEGIN")
        self.conn.execute("UPDATE actor SET name = ? WHERE uuid = ?", (name, self.uuid))
        self.conn.execute("COMMIT")
        return (time.perf_counter() - start) * 1000

    def close(self) -> None:
        self.conn.close()
        self.copy.unlink()


def actor_actions(app: QApplication, probe: LagProbe, workspace: Any, session: Any) -> Figures:
    """The actors page on a grown project: the actions that read the whole register again (an
    actor added, deleted, its delete undone), sort it, or show every actor at once (the grid)."""
    from PySide6.QtCore import Qt

    from workshop_app.ui.actors.model import COLUMNS

    actors = session.service.actor_map().actors
    if len(actors) < 2:
        return "the project has fewer than two actors"
    workspace.show_page("actors")
    page = workspace.page("actors")
    page.select(actors[1].uuid)
    app.processEvents()
    figures: dict[str, dict[str, float]] = {}

    def measure(name: str, action: Callable[[], object]) -> None:
        took, stall = probe.around(app, action)
        # What it left for the next turns (the grid places its markers in two).
        after = max(probe.around(app, lambda: None)[1] for _ in range(3))
        figures[name] = {"ms": round(took, 1), "stall_ms": round(max(stall, after), 1)}

    measure("add", page.add_actor)
    page.view.setFocus()  # the new actor's name editor closed, its default name kept
    measure("delete", page.delete_actor)
    measure("undo_delete", session.undo_stack.undo)
    name = COLUMNS.index("name")
    measure("sort", lambda: page.view.sortByColumn(name, Qt.SortOrder.AscendingOrder))
    page.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    app.processEvents()
    measure("grid", lambda: page.show_tab("grid"))
    actors = session.service.actor_map().actors
    actor = actors[min(7, len(actors) - 1)]
    cell = (1 if actor.influence != 1 else 2, 3)
    measure("drop", lambda: page.grid.place(actor.uuid, cell))
    page.show_tab("register")
    app.processEvents()
    return figures


def edit_figures(
    app: QApplication, probe: LagProbe, workspace: Any, session: Any, bare: BareUpdate | None
) -> Figures:
    """The edit: the first actor renamed through the undo stack on the actors page, each
    beside its baseline (``bare``: None when the project has no actor to rename)."""
    from workshop_app.services.project_service import ProjectService, ServiceCall
    from workshop_app.ui import commands

    if bare is None or not session.service.actor_map().actors:
        return "the project has no actors"
    workspace.show_page("actors")  # edits happen on their page, not under the dashboard
    app.processEvents()
    actor = session.service.actor_map().actors[0]
    edits, stalls, bares = [], [], []
    for i in range(-1, EDITS):  # edit -1: the warm-up, not counted (as every command's first
        # run in `python -m bench`): the project's first edit sets up personal-data tracking
        new = f"{actor.name} ({i})"
        old = session.service.actor_map().actors[0].name

        def rename(old: str = old, new: str = new) -> None:
            commands.push(
                session,
                commands.ServiceCommand(
                    session,
                    "Rename actor",
                    ServiceCall(ProjectService.set_actor_value, (actor.uuid, "name", new)),
                    ServiceCall(ProjectService.set_actor_value, (actor.uuid, "name", old)),
                ),
            )

        took, stall = probe.around(app, rename)
        bare_ms = bare.update(f"Bare {i}")  # its baseline, at the same moment in this process
        if i >= 0:
            edits.append(took)
            bares.append(bare_ms)
        stalls.append(stall)  # the warm-up's stall counts: a user makes that edit too
    bare.close()
    return {
        "ms": round(statistics.median(edits), 2),
        "stall_ms": round(max(stalls), 1),
        "bare_ms": round(statistics.median(bares), 3),
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0])
    app = QApplication(sys.argv[:1])
    from workshop_app.app import create_window
    from workshop_app.ui.workspace import PAGES

    busiest = busiest_trial(path)
    bare = BareUpdate.of(path)  # a copy made before the app opens (and locks) the file
    window = create_window(app)
    window.resize(1366, 768)
    assert window.open_path(path)
    window.show()
    app.processEvents()
    settle(app)
    workspace = window.workspace
    assert workspace is not None
    probe = LagProbe()
    figures: dict[str, object] = {"rss_open_mb": round(peak_rss_mb(), 1)}
    pages: dict[str, dict[str, float]] = {}
    for name in PAGES[1:] + PAGES[:1]:  # the overview was built on open; shown again last

        def show(name: str = name) -> None:
            # As the app shows it: the events Qt posts (layout, then one paint) are processed
            # by `around`; a repaint() forced here painted the page before its layout was done,
            # and again after it.
            workspace.show_page(name)

        took, stall = probe.around(app, show)
        pages[name] = {
            "ms": round(took, 1),
            "stall_ms": round(stall, 1),
            "rss_mb": round(peak_rss_mb(), 1),  # the peak so far: what this page added
        }
    figures["pages"] = pages

    session = window.session
    assert session is not None
    figures["edit"] = edit_figures(app, probe, workspace, session, bare)
    figures["trials"] = trial_actions(app, probe, workspace, session, busiest)
    figures["card"] = add_cards(app, probe, workspace, session)
    figures["note"] = capture_notes(app, probe, workspace, session)
    figures["actors"] = actor_actions(app, probe, workspace, session)
    figures["rss_mb"] = round(peak_rss_mb(), 1)
    print(json.dumps(figures))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
