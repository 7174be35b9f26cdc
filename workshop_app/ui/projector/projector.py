"""ONE room screen for the whole app: :func:`projector_for` gives the main window's projector.

The console shows the timer, a question, the vote ranking or a pause on it, the actor page its
grid, the tests page a test's charts: each asks :meth:`Projector.show` for a view, and the one
window changes what it shows. The screen it opens on is remembered in the settings; without a
choice it takes another screen than the main window's, or the same one when there is only one
(as on a laptop without a projector, for trying it out).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMenu, QWidget

from workshop_app.ui.projector import views
from workshop_app.ui.projector.panels import Panel, PausePanel, QuestionPanel, RankingPanel
from workshop_app.ui.projector.views import ProjectorView
from workshop_app.ui.projector.window import ProjectorWindow
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.settings import Settings

OBJECT_NAME = "projector"


def now() -> dt.datetime:
    """The local time to the second: the clock the timer reads unless a test gives another."""
    return dt.datetime.now().replace(microsecond=0)


def screen_key(screen: QScreen) -> str:
    """What the settings remember of a screen: its name, size and place (two X screens may
    both be called "screen")."""
    g = screen.geometry()
    return f"{screen.name()} {g.width()}x{g.height()}+{g.x()}+{g.y()}"


def choose_screen(saved: str, beside: QScreen | None) -> QScreen | None:
    """The screen remembered as ``saved`` (a :func:`screen_key`) if it is there; else another
    screen than ``beside`` (the main window's); else ``beside`` or the primary screen."""
    screens = QGuiApplication.screens()
    for screen in screens:
        if saved and screen_key(screen) == saved:
            return screen
    others = [s for s in screens if s is not beside]
    if beside is not None and others:
        return others[0]
    return beside or QGuiApplication.primaryScreen()


class Projector(QObject):
    """The room screen of one main window: what it shows, where, and whether it is open."""

    #: The window was closed (Esc, F11, :meth:`close`, or the project closed).
    closed = Signal()

    def __init__(self, window: QWidget, session: ProjectSession, settings: Settings) -> None:
        super().__init__(window)
        self.setObjectName(OBJECT_NAME)
        self._main = window
        self.session = session
        self.settings = settings
        #: The timer's clock (local time, whole seconds); tests give a fixed one.
        self.clock: Callable[[], dt.datetime] = now
        self.window: ProjectorWindow | None = None
        self._view: ProjectorView | None = None
        # The main window says when it closed its project or opened another: the room
        # screen shows nothing of a project that is no longer open.
        changed = getattr(window, "project_changed", None)
        if isinstance(changed, SignalInstance):
            changed.connect(self._project_changed)

    # -- the API the console and the pages use ------------------------------------------------

    def show(self, view: ProjectorView) -> None:
        """Show ``view`` on the room screen, opening the window (on its screen) if needed."""
        if self.window is None:
            self.window = ProjectorWindow(self._main)
            self.window.closed.connect(self._window_closed)
            self._place(self.window)
        self._view = view
        self.window.set_panel(self._panel_for(view))
        if not self.window.isVisible():
            self.window.showFullScreen()

    def close(self) -> None:
        if self.window is not None:
            self.window.close()

    def is_open(self) -> bool:
        return self.window is not None and self.window.isVisible()

    def current_view(self) -> ProjectorView | None:
        """What the room sees (None while the window is closed)."""
        return self._view if self.is_open() else None

    def panel(self) -> Panel | None:
        return self.window.panel if self.window is not None else None

    # -- the screen ---------------------------------------------------------------------------

    def screen(self) -> QScreen | None:
        """The screen the room screen opens on (or is on)."""
        if self.window is not None and self.window.isVisible():
            return self.window.screen()
        return choose_screen(self.settings.projector_screen, self._main.screen())

    def move_to_screen(self, screen: QScreen) -> None:
        """Put the room screen on ``screen`` (now, if it is open) and remember the choice."""
        self.settings.projector_screen = screen_key(screen)
        self.settings.sync()
        if self.window is not None and self.window.isVisible():
            self.window.showNormal()
            self._place(self.window)
            self.window.showFullScreen()

    def screen_menu(self, parent: QWidget) -> QMenu:
        """A menu of the screens (the current choice checked) for the facilitator to put the
        room screen on another one: for the console's or the main window's menus."""
        menu = QMenu(self.tr("Projector screen"), parent)
        menu.aboutToShow.connect(lambda: self._fill_screen_menu(menu))
        self._fill_screen_menu(menu)
        return menu

    def _fill_screen_menu(self, menu: QMenu) -> None:
        menu.clear()
        current = self.screen()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry().size()
            action = menu.addAction(
                self.tr("Screen {0} ({1} × {2})").format(number, size.width(), size.height())
            )
            action.setCheckable(True)
            action.setChecked(screen is current)
            action.triggered.connect(lambda _on=False, s=screen: self.move_to_screen(s))

    def _place(self, window: ProjectorWindow) -> None:
        screen = self.screen()
        if screen is not None:
            window.setScreen(screen)
            window.setGeometry(screen.geometry())

    # -- panels -------------------------------------------------------------------------------

    def _panel_for(self, view: ProjectorView) -> Panel:
        assert self.window is not None
        look = self.window.look()
        session = self.session
        if isinstance(view, views.QuestionView):
            return QuestionPanel(session, look, view.text)
        if isinstance(view, views.RankingView):
            return RankingPanel(session, look, view.meeting_uuid)
        if isinstance(view, views.TimerView):
            from workshop_app.ui.projector.timer import TimerPanel

            return TimerPanel(session, look, view.meeting_uuid, lambda: self.clock())
        if isinstance(view, views.ActorGridView):
            from workshop_app.ui.projector.grid_panel import GridPanel

            return GridPanel(session, look, view)
        if isinstance(view, views.TrialChartView):
            from workshop_app.ui.projector.chart_panel import ChartPanel

            return ChartPanel(session, look, view.trial_uuid)
        assert isinstance(view, views.PauseView), view
        return PausePanel(session, look)

    # -- closing ------------------------------------------------------------------------------

    def _window_closed(self) -> None:
        window, self.window = self.window, None
        self._view = None
        if window is not None:
            window.deleteLater()
        self.closed.emit()

    def _project_changed(self) -> None:
        if getattr(self._main, "session", None) is not self.session:
            self.close()

    def use_session(self, session: ProjectSession) -> None:
        """Another project is open in the main window: the room screen closes and shows that
        project's data the next time."""
        if session is self.session:
            return
        self.close()
        self.session = session


def projector_for(window: QWidget, session: ProjectSession) -> Projector:
    """The main window's one projector (made on first use, a child object of ``window``)."""
    main = window.window()
    found = main.findChild(Projector, OBJECT_NAME)
    if found is None:
        settings = getattr(main, "settings", None)
        found = Projector(main, session, settings if isinstance(settings, Settings) else Settings())
    else:
        found.use_session(session)
    return found
