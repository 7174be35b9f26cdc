"""The main window only composes: menus from the action registry, the start screen or the
workspace, and the status bar. Feature pages own their widgets."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget

from workshop_app import APP_NAME, FILE_EXTENSION, __version__, paths
from workshop_app.domain.changes import Changes
from workshop_app.errors import KnownError
from workshop_app.services.demo import DEMO_FILE_NAME, write_demo
from workshop_app.services.project_service import ProjectService, new_project, open_project
from workshop_app.ui.actions import ActionRegistry
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.i18n import install_translators
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.settings import Settings
from workshop_app.ui.settings_dialog import SettingsDialog
from workshop_app.ui.start_screen import StartScreen
from workshop_app.ui.workspace import PAGES, Workspace

if TYPE_CHECKING:
    from workshop_app.ui.handout_flow import HandoutFlow


class MainWindow(QMainWindow):
    project_changed = Signal()
    painted = Signal()

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings
        self.language = settings.language
        self.session: ProjectSession | None = None
        self.workspace: Workspace | None = None
        self.undo_group = QUndoGroup(self)
        self.actions_ = ActionRegistry(self, self.undo_group)
        self._connect_actions()
        self.central = QStackedWidget()
        self.setCentralWidget(self.central)
        self.central.installEventFilter(self)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved_label")
        self.statusBar().addPermanentWidget(self.saved_label)
        for index, name in enumerate(PAGES):
            QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self, lambda n=name: self._go(n))
        self._handout: HandoutFlow | None = None  # ReportLab and QtPdf load on first use
        self._build()
        self.setMinimumSize(900, 560)
        geometry = settings.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 780)

    # -- building (again after a language change) -----------------------------------------------

    def _connect_actions(self) -> None:
        a = self.actions_
        a["new"].triggered.connect(self.new_project)
        a["open"].triggered.connect(self.open_project_dialog)
        a["open_demo"].triggered.connect(self.open_demo)
        a["close_project"].triggered.connect(self.close_project)
        a["export_handout"].triggered.connect(lambda: self.print_handout(None))
        a["export_json"].triggered.connect(self.export_json)
        a["settings"].triggered.connect(self.open_settings)
        a["quit"].triggered.connect(self.close)
        a["about"].triggered.connect(self.about)

    def _build(self) -> None:
        a = self.actions_
        a.retranslate()
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        for name in (
            "new",
            "open",
            "open_demo",
            None,
            "export_handout",
            "export_json",
            None,
            "close_project",
            "settings",
            None,
            "quit",
        ):
            file_menu.addSeparator() if name is None else file_menu.addAction(a[name])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        a["undo"].setText(self.tr("Undo"))
        a["redo"].setText(self.tr("Redo"))
        edit_menu.addAction(a["undo"])
        edit_menu.addAction(a["redo"])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a["about"])

        while (old := self.central.widget(0)) is not None:
            self.central.removeWidget(old)
            old.deleteLater()
        self.start_screen = StartScreen(a["new"], a["open"], a["open_demo"])
        self.start_screen.open_requested.connect(self.open_path)
        self.start_screen.set_recent(self.settings.recent_files())
        self.central.addWidget(self.start_screen)
        page = self.workspace.current_page() if self.workspace else "overview"
        self.workspace = None
        if self.session is not None:
            self.workspace = Workspace(self.session)
            self.workspace.exports.handout_requested.connect(self.print_handout)
            self.workspace.exports.json_requested.connect(self.export_json)
            self.central.addWidget(self.workspace)
            self.central.setCurrentWidget(self.workspace)
            self.workspace.show_page(page)
        self._update_title()
        a.set_project_open(self.session is not None)

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(APP_NAME)
            return
        name = self.session.service.project().name or self.session.service.path.stem
        suffix = self.tr(" (read-only)") if self.session.read_only else ""
        self.setWindowTitle(f"{name}{suffix} — {APP_NAME}")

    def _on_changed(self, changes: Changes) -> None:
        if changes.project:
            self._update_title()

    def _go(self, page: str) -> None:
        if self.workspace is not None:
            self.workspace.show_page(page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.central and event.type() == QEvent.Type.Paint:
            self.painted.emit()
        return False

    # -- projects --------------------------------------------------------------------------------

    def _message(self, exc: KnownError) -> str:
        return exc.message(self.language)

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        try:
            service = open_project(path, read_only=read_only)
        except KnownError as exc:
            Dialogs.error(self, self.tr("The project could not be opened"), self._message(exc))
            return False
        self._set_service(service)
        return True

    def _set_service(self, service: ProjectService) -> None:
        self.close_project()
        session = ProjectSession(service, self)
        session.saved.connect(self._on_saved)
        session.failed.connect(self._on_failed)
        session.changed.connect(self._on_changed)
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        self.session = session
        self.settings.add_recent(service.path)
        self._build()
        self.statusBar().showMessage(self.tr("Opened {0}").format(service.path.name), 5000)
        self.saved_label.setText("")
        self.project_changed.emit()

    def close_project(self) -> None:
        if self.session is None:
            return
        session, self.session = self.session, None
        name = session.service.path.name
        session.close()
        self.undo_group.removeStack(session.undo_stack)
        session.deleteLater()
        self._build()
        self.start_screen.set_recent(self.settings.recent_files())
        self.statusBar().showMessage(
            self.tr("{0} is closed and saved. It is safe to remove the USB stick.").format(name),
            8000,
        )
        self.saved_label.setText("")
        self.project_changed.emit()

    def open_project_dialog(self) -> None:
        folder = self.session.service.path.parent if self.session else Path.home()
        path = Dialogs.open_project_path(self, folder)
        if path is not None:
            self.open_path(path)

    def new_project(self) -> None:
        path = Dialogs.new_project_path(
            self, Path.home() / (self.tr("New project") + FILE_EXTENSION)
        )
        if path is None:
            return
        try:
            service = new_project(path, path.stem)
        except KnownError as exc:
            Dialogs.error(self, self.tr("The project could not be created"), self._message(exc))
            return
        self._set_service(service)

    def demo_path(self) -> Path:
        return paths.data_dir() / DEMO_FILE_NAME

    def open_demo(self) -> None:
        path = self.demo_path()
        if not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                write_demo(path).close()
            except (KnownError, OSError) as exc:
                text = self._message(exc) if isinstance(exc, KnownError) else str(exc)
                Dialogs.error(self, self.tr("The demo project could not be made"), text)
                return
        self.open_path(path)

    # -- status ----------------------------------------------------------------------------------

    def _on_saved(self, when: dt.datetime) -> None:
        self.saved_label.setText(self.tr("Saved {0}").format(when.strftime("%H:%M:%S")))

    def _on_failed(self, exc: KnownError) -> None:
        self.saved_label.setText(self.tr("Not saved"))
        Dialogs.error(self, self.tr("The change was not saved"), self._message(exc))

    # -- exports ---------------------------------------------------------------------------------

    def print_handout(self, meeting_uuid: str | None) -> None:
        if self.session is None:
            return
        from workshop_app.ui.handout_flow import HandoutFlow

        self._handout = HandoutFlow(self.session, self)
        self._handout.start(meeting_uuid)

    def export_json(self) -> None:
        if self.session is None:
            return
        from workshop_app.exchange.json_format import dumps
        from workshop_app.ui.handout_flow import safe_file_name

        self.session.flush()
        snapshot = self.session.service.snapshot()
        name = safe_file_name(snapshot.project.name, "project") + ".json"
        target = Dialogs.save_path(
            self, self.tr("Export as JSON"), Path.home() / name, self.tr("JSON files (*.json)")
        )
        if target is None:
            return
        tmp = target.with_name(target.name + ".tmp")
        try:
            tmp.write_text(dumps(snapshot), encoding="utf-8")
            os.replace(tmp, target)
        except OSError as exc:
            Dialogs.error(self, self.tr("Export failed"), str(exc.strerror or exc))
            return
        self.statusBar().showMessage(self.tr("Exported {0}").format(target.name), 5000)

    # -- settings, about, closing ------------------------------------------------------------------

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.language, self)
        dialog.accepted.connect(lambda: self.set_language(dialog.language()))
        dialog.open()

    def set_language(self, language: str) -> None:
        if language == self.language:
            return
        self.language = install_translators(language)
        self.settings.language = self.language
        self._build()

    def about(self) -> None:
        QMessageBox.about(
            self,
            APP_NAME,
            self.tr("{0}, version {1}.\nAn offline workshop for living town centres.").format(
                APP_NAME, __version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry("main", self.saveGeometry())
        self.close_project()
        self.settings.sync()
        event.accept()
