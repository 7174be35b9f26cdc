"""Composition root: QApplication, settings, translators, style and the main window."""

from __future__ import annotations

import importlib.util
import logging
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QProxyStyle, QWidget

from workshop_app import APP_ID, APP_NAME, LOG_NAME, ORGANIZATION, __version__, paths
from workshop_app.logtext import traceback_text
from workshop_app.ui import gc_guard, screens, style, wheel_guard
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.i18n import install_translators
from workshop_app.ui.settings import Settings

if TYPE_CHECKING:
    from workshop_app.ui.main_window import MainWindow

log = logging.getLogger("workshop_app")


def _uses_no_feature(module: object) -> bool:
    return False


def skip_pyside_source_scan() -> None:
    """Spare every module imported from now on PySide6's search of its source.

    Once loaded, PySide6 reads the whole source of each module imported after it
    (``inspect.getsource``, kept in ``linecache``) to see whether it says "PySide6", in case it
    selects a ``__feature__`` (snake_case, true_property): at start-up ~240 modules, ~27 ms and
    every source file held in memory. This app selects no feature anywhere, so every module gets
    what a module without source gets (as in the PyInstaller build, where the search finds no
    source): no feature switching. Where PySide6 no longer has that search, nothing changes.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_no_feature  # type: ignore[attr-defined]


#: Modules that libraries import as they load but that the app never calls: sqlite-utils' date
#: recipes (for its command line) parse with dateutil (~15 ms of imports). They load when first
#: used instead.
UNUSED_AT_START = ("dateutil.parser",)


def defer_unused_imports() -> None:
    """Put lazy modules (``importlib.util.LazyLoader``) in place of :data:`UNUSED_AT_START`: the
    module is created now and runs its code on the first attribute asked of it."""
    for name in UNUSED_AT_START:
        if name in sys.modules:
            continue
        try:
            spec = importlib.util.find_spec(name)
        except ImportError:
            continue
        if spec is None or spec.loader is None:
            continue
        loader = importlib.util.LazyLoader(spec.loader)
        spec.loader = loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        loader.exec_module(module)
        parent, _, child = name.rpartition(".")
        # ``from dateutil import parser`` then finds it without asking (and so loading) it.
        setattr(sys.modules[parent], child, module)


def install_crash_handler(window: MainWindow) -> None:
    """Bugs go to the log and a dialog naming it; the app (and the project file) carry on.

    Every saved edit is already committed, and a failed service call rolled its transaction
    back, so the file is consistent whatever the bug was.
    """

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", traceback_text(value.with_traceback(tb)))
        Dialogs.crash(window if window.isVisible() else None, str(paths.logs_dir() / LOG_NAME))

    sys.excepthook = hook


class WindowPolicies(QProxyStyle):
    """The policies for every window, given to each widget once, as Qt polishes it: every window
    fits the screen it opens on (``ui/screens.py``), no field takes the wheel without the focus
    (``ui/wheel_guard.py``), and a widget with a style role gets its look (``ui/style.py``: the
    app sets no application style sheet).

    The application's style (the platform's own, which this proxies) is asked to polish each
    widget before its first show: the looks are given there, the wheel guard is installed on the
    fields it guards and the screen fitter on windows. An application-wide event filter did it
    before: Qt called it for each of the thousands of events a page's first show sends and
    PySide6 made Python objects for every one (~30 ms of each page's first show on a project
    grown over years, a third of it; ~17 ms of the start).
    """

    def __init__(self) -> None:
        super().__init__()  # over the platform's default style
        self.setObjectName("window_policies")
        self._fitter = screens.WindowFitter(self)
        self._guard = wheel_guard.WheelGuard(self)
        self._guard.setObjectName("wheel_guard")

    def polish(self, target: Any) -> Any:  # a QWidget, QPalette or QApplication
        result = super().polish(target)
        if isinstance(target, QWidget):
            if isinstance(target, style.STYLED):
                style.polish(target)
            if isinstance(target, wheel_guard.GUARDED):
                wheel_guard.guard(target, self._guard)
            if target.isWindow():
                target.installEventFilter(self._fitter)  # once: Qt replaces, never adds twice
        return result


def install_window_policies(app: QApplication) -> None:
    """Make :class:`WindowPolicies` the application's style, once."""
    if not isinstance(app.style(), WindowPolicies):
        app.setStyle(WindowPolicies())


def create_window(app: QApplication) -> MainWindow:
    skip_pyside_source_scan()  # before the window's ~200 modules are imported
    defer_unused_imports()
    from workshop_app.ui.main_window import MainWindow

    settings = Settings()
    install_translators(settings.language)
    style.apply_style(app)
    install_window_policies(app)
    return MainWindow(settings)


def run_gui(path: Path | None, *, quit_after_startup: bool, process_start: float) -> int:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_NAME)
    gc_guard.install()  # garbage collected on the GUI thread only (workers build PDFs)
    window = create_window(app)
    problems: list[str] = []
    if quit_after_startup:
        # No one is there to answer a dialog: report problems on stderr and exit 2 instead.
        def report_problem(cls: object, parent: object, title: str, text: str) -> None:
            problems.append(text)
            print(text, file=sys.stderr)

        def report_crash(cls: object, parent: object, log_path: str) -> None:
            problems.append(log_path)
            print(f"unexpected error, see {log_path}", file=sys.stderr)
            app.exit(2)

        def refuse_question(cls: object, parent: object, title: str, text: str, _: str) -> bool:
            # The problem is the first paragraph; the offer after it (a read-only copy, a
            # backup) has no one to accept it.
            report_problem(cls, parent, title, text.split("\n\n", 1)[0])
            return False

        def report_information(cls: object, parent: object, title: str, text: str) -> None:
            print(text, file=sys.stderr)

        Dialogs.error = classmethod(report_problem)  # type: ignore[method-assign,assignment]
        Dialogs.crash = classmethod(report_crash)  # type: ignore[method-assign,assignment]
        Dialogs.ask = classmethod(refuse_question)  # type: ignore[method-assign,assignment]
        Dialogs.information = classmethod(report_information)  # type: ignore[method-assign,assignment]
    install_crash_handler(window)
    first_run = window.settings.first_run
    window.settings.mark_started()
    if path is not None:
        window.open_path(path)
    elif quit_after_startup or first_run:
        window.open_demo()
    paths.data_dir().mkdir(parents=True, exist_ok=True)
    if quit_after_startup:
        if problems:
            return 2
        reported: list[bool] = []

        def report() -> None:
            if reported:
                return
            reported.append(True)
            startup_ms = int((time.time() - process_start) * 1000)
            print(f"startup_ms={startup_ms}", flush=True)
            window.close()
            app.quit()

        window.painted.connect(lambda: QTimer.singleShot(0, report))
    window.show()
    code = app.exec()
    return 2 if quit_after_startup and problems else code
