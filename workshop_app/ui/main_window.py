"""The main window only composes: menus from the action registry, the start screen or the
workspace, and the status bar. Feature pages own their widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent, QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget

from workshop_app import APP_NAME, DEMO_FILE_NAME, FILE_EXTENSION, __version__, paths
from workshop_app.domain.changes import Changes
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.project_service import (
    ProjectService,
    ServiceCall,
    new_project,
    newest_good_backup,
    open_project,
    open_read_only_copy,
)
from workshop_app.ui import kept_choices
from workshop_app.ui import workspace as workspace_module
from workshop_app.ui.actions import ActionRegistry
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.i18n import install_translators
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.settings import Settings
from workshop_app.ui.workspace import Workspace

if TYPE_CHECKING:
    from workshop_app.ui.export_flow import ExportFlow
    from workshop_app.ui.import_flow import ImportFlow
    from workshop_app.ui.pdf_flow import PdfFlow
    from workshop_app.ui.start_screen import StartScreen


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
        self._start_screen: StartScreen | None = None
        self.undo_group = QUndoGroup(self)
        self.actions_ = ActionRegistry(self, self.undo_group)
        self._connect_actions()
        self.central = QStackedWidget()
        self.setCentralWidget(self.central)
        self.central.installEventFilter(self)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved_label")
        self._saved_state: dt.datetime | bool | None = None
        self.statusBar().addPermanentWidget(self.saved_label)
        self._handout: PdfFlow | None = None  # ReportLab and QtPdf load on first use
        self._import: ImportFlow | None = None
        self._export: ExportFlow | None = None
        self._build()
        self.setMinimumSize(900, 560)
        geometry = settings.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 780)

    # -- building (again after a language change) -----------------------------------------------

    def _connect_actions(self) -> None:
        slots: dict[str, Callable[[], object]] = {
            "new": self.new_project,
            "open": self.open_project_dialog,
            "open_demo": self.open_demo,
            "close_project": self.close_project,
            "print": self.print_current,
            "export_json": self.export_json,
            "import_json": self.import_json,
            "save_copy": lambda: self.save_copy(),
            "run_meeting": self.run_meeting,
            "check_project": self.check_project,
            "backups": self.show_backups,
            "delete_personal_data": self.delete_personal_data,
            "settings": self.open_settings,
            "quit": self.close,
            "shortcuts": self.show_shortcuts,
            "about": self.about,
        }
        for name, slot in slots.items():
            self.actions_[name].triggered.connect(slot)

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
            "import_json",
            None,
            "save_copy",
            "print",
            "export_json",
            None,
            "check_project",
            "backups",
            "delete_personal_data",
            None,
            "close_project",
            "settings",
            None,
            "quit",
        ):
            file_menu.addSeparator() if name is None else file_menu.addAction(a[name])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(a["undo"])
        edit_menu.addAction(a["redo"])
        meeting_menu = bar.addMenu(self.tr("&Meeting"))
        meeting_menu.addAction(a["run_meeting"])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a["shortcuts"])
        help_menu.addAction(a["about"])

        while (old := self.central.widget(0)) is not None:
            self.central.removeWidget(old)
            old.deleteLater()
        self._start_screen = None
        page = self.workspace.current_page() if self.workspace else "overview"
        live = self.workspace.live_shown() if self.workspace else None
        kept = kept_choices.keep(self.workspace)  # e.g. the selected test, over a new language
        self.workspace = None
        if self.session is not None:
            self.workspace = Workspace(self.session, self.language)
            self.workspace.pending_bar.save_copy_requested.connect(lambda: self.save_copy())
            self.workspace.json_requested.connect(self.export_json)
            self.workspace.backup_failed.connect(self._say_no_backup)
            self.workspace.charter_requested.connect(self.print_charter)
            self.workspace.run_meeting_requested.connect(self.run_meeting)
            self.central.addWidget(self.workspace)
            self.central.setCurrentWidget(self.workspace)
            self.workspace.show_page(page)
            kept_choices.restore(self.workspace, kept)
            # The start screen took the keyboard focus with it: give it to the navigation.
            self.workspace.navigation.setFocus()
            if live is not None:
                self.workspace.show_live(live)
        elif self.isVisible():
            self.central.setCurrentWidget(self.start_screen)
        self._update_title()
        a.set_project_open(self.session is not None)

    @property
    def start_screen(self) -> StartScreen:
        """The start screen, built when first needed: a window that opens a project before it
        is first shown (the demo at start-up, a file given on the command line) never builds
        one."""
        if self._start_screen is None:
            from workshop_app.ui.start_screen import StartScreen

            a = self.actions_
            screen = StartScreen(a["new"], a["open"], a["open_demo"], a["import_json"])
            screen.open_requested.connect(self.open_path)
            screen.set_recent(self.settings.recent_files())
            self.central.addWidget(screen)
            self._start_screen = screen
        return self._start_screen

    def showEvent(self, event: QShowEvent) -> None:
        if self.session is None and self.central.currentWidget() is None:
            self.central.setCurrentWidget(self.start_screen)
        super().showEvent(event)

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.central and event.type() == QEvent.Type.Paint:
            self.painted.emit()
        return False

    # -- projects --------------------------------------------------------------------------------

    def _message(self, exc: KnownError) -> str:
        return exc.message(self.language)

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open a project; for known problems offer the way forward the problem allows."""
        try:
            service = open_project(
                path, read_only=read_only, backup_later=workspace_module.BACKUP_AFTER_PAINT
            )
        except KnownError as exc:
            return self._open_failed(Path(path), exc)
        self._set_service(service)
        store = service.store
        if store.set_aside is not None:
            Dialogs.information(
                self,
                self.tr("Recovered"),
                self.tr(
                    "The project was not closed properly last time and has been recovered. "
                    "A copy of the file as it was is kept in:\n{0}"
                ).format(store.set_aside),
            )
        if store.backup_problem is not None:
            self._say_no_backup(store.backup_problem)
        return True

    def _say_no_backup(self, problem: object) -> None:
        """The open's backup failed (now, or in its worker after the first paint)."""
        if not isinstance(problem, KnownError):  # the worker logged it
            problem = KnownError(
                ErrorKind.IO_FAILURE, self.session.service.path if self.session else ""
            )
        self.statusBar().showMessage(
            self.tr("No backup could be made: {0}").format(self._message(problem)), 15000
        )

    def _open_failed(self, path: Path, exc: KnownError) -> bool:
        title = self.tr("The project could not be opened")
        text = self._message(exc)
        if exc.kind is ErrorKind.LOCKED:
            question = self.tr("{0}\n\nOpen a read-only copy instead?").format(text)
            if Dialogs.ask(self, title, question, self.tr("Open a read-only copy")):
                try:
                    self._set_service(open_read_only_copy(path))
                except KnownError as again:
                    Dialogs.error(self, title, self._message(again))
                    return False
                return True
            return False
        if exc.kind is ErrorKind.READ_ONLY:
            question = self.tr("{0}\n\nOpen it read-only?").format(text)
            if Dialogs.ask(self, title, question, self.tr("Open read-only")):
                return self.open_path(path, read_only=True)
            return False
        if exc.kind is ErrorKind.UNCLEAN_READ_ONLY:
            question = self.tr(
                "{0}\n\nRecover it into a new file? The file where it lies is left as it is."
            ).format(text)
            if Dialogs.ask(self, title, question, self.tr("Recover into a copy…")):
                return self._recover_into_copy(path)
            return False
        if exc.kind in (ErrorKind.DAMAGED, ErrorKind.INCOMPLETE):
            good = newest_good_backup(path)
            if good is not None:
                when = good.when.astimezone().strftime("%d-%m-%Y %H:%M")
                question = self.tr(
                    "{0}\n\nThe newest good backup is from {1}. Restore it into a new file? "
                    "The damaged file is left as it is."
                ).format(text, when)
                if Dialogs.ask(self, title, question, self.tr("Restore backup…")):
                    return self._restore_into_new_file(good.path, path)
                return False
        Dialogs.error(self, title, text)
        return False

    def _recover_into_copy(self, path: Path) -> bool:
        """Roll the file's journal back in a copy, saved where the user chooses, and open it;
        if the file cannot be recovered, offer the newest backup (as for a damaged file)."""
        from workshop_app.services.project_service import recover_into_copy

        target = Dialogs.new_project_path(
            self, Path.home() / (path.stem + self.tr(" (recovered)") + FILE_EXTENSION)
        )
        if target is None:
            return False
        try:
            recover_into_copy(path, target)
        except KnownError as exc:
            if exc.kind in (ErrorKind.DAMAGED, ErrorKind.INCOMPLETE):
                return self._open_failed(path, exc)
            Dialogs.error(self, self.tr("The file could not be recovered"), self._message(exc))
            return False
        return self.open_path(target)

    def _restore_into_new_file(self, backup_path: Path, near: Path) -> bool:
        from workshop_app.services.backups import restore_backup

        target = Dialogs.new_project_path(
            self, near.with_name(near.stem + self.tr(" (restored)") + FILE_EXTENSION)
        )
        if target is None:
            return False
        try:
            restore_backup(backup_path, target)
        except KnownError as exc:
            Dialogs.error(self, self.tr("The backup could not be restored"), self._message(exc))
            return False
        return self.open_path(target)

    def _set_service(self, service: ProjectService) -> None:
        if not self.close_project():
            service.close()
            return
        session = ProjectSession(service, self)
        session.saved.connect(self._on_saved)
        session.failed.connect(self._on_failed)
        session.pending_changed.connect(self._on_pending)
        session.changed.connect(self._on_changed)
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        self.session = session
        self.settings.add_recent(service.path)
        self._build()
        self.statusBar().showMessage(self.tr("Opened {0}").format(service.path.name), 5000)
        self._show_saved(None)
        self.project_changed.emit()
        self._resume_live()

    # -- the meeting in the room -------------------------------------------------------------------

    def _resume_live(self) -> None:
        """A meeting still running when the app stopped goes on in the live console."""
        if self.workspace is not None and self.workspace.resume_live():
            self.statusBar().showMessage(
                self.tr("The meeting was still running: the live console goes on where it was."),
                10000,
            )

    def run_meeting(self) -> None:
        """Run meeting (F5): see :meth:`Workspace.run_meeting`."""
        message = self.workspace.run_meeting() if self.workspace is not None else ""
        if message:
            self.statusBar().showMessage(message, 8000)

    def close_project(self) -> bool:
        """Close the open project; False when the user chose to keep it open."""
        if self.session is None:
            return True
        self.session.flush()
        if self.session.pending and not self.session.retry():
            text = self.tr(
                "{0} change(s) could not be written to the project file: {1}\n\n"
                "Save a copy with them somewhere else, or close without them?"
            ).format(len(self.session.pending), self._pending_reason())
            choice = Dialogs.unsaved_on_close(self, text)
            if choice == "cancel":
                return False
            if choice == "save_copy" and not self.save_copy(offer_switch=False):
                return False
            self.session.pending.clear()
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
        self._show_saved(None)
        self.project_changed.emit()
        return True

    def _pending_reason(self) -> str:
        error = self.session.pending_error if self.session else None
        return self._message(error) if error is not None else ""

    def save_copy(self, *, offer_switch: bool = True) -> bool:
        """Write the project, with edits not written yet, to a new file the user picks."""
        if self.session is None:
            return False
        path = self.session.service.path
        target = Dialogs.new_project_path(
            self, Path.home() / (path.stem + self.tr(" (copy)") + FILE_EXTENSION)
        )
        if target is None:
            return False
        try:
            self.session.save_copy(target)
        except KnownError as exc:
            Dialogs.error(self, self.tr("The copy could not be saved"), self._message(exc))
            return False
        self.statusBar().showMessage(self.tr("Saved a copy as {0}").format(target), 10000)
        if self.session.pending and offer_switch:
            question = self.tr(
                "The copy holds every change, also those not yet saved here. "
                "Continue working in the copy?"
            )
            if Dialogs.ask(self, self.tr("Copy saved"), question, self.tr("Open the copy")):
                self.session.pending.clear()
                self.open_path(target)
        return True

    def check_project(self) -> None:
        if self.session is None:
            return
        from workshop_app.ui.check_dialog import CheckDialog

        self.session.flush()
        dialog = CheckDialog(self.session.service, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_backups(self) -> None:
        if self.session is None:
            return
        from workshop_app.ui.backups_dialog import BackupsDialog

        service = self.session.service
        dialog = BackupsDialog(
            service.store.file_id,
            service.path.parent,
            self.language,
            self,
            project_name=service.project().name,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._offer_restored)
        dialog.open()

    def delete_personal_data(self) -> None:
        """Blank every personal field, for real and not undoable, and delete this app's other
        copies of them (the privacy guide's "deletion is real"; ``services/personal_data.py``).
        Offered even when the fields are empty: old backups and previews may still hold names
        blanked by hand."""
        session = self.session
        if session is None or session.read_only:
            return
        session.flush()
        title = self.tr("Delete all personal data")
        if session.pending:
            Dialogs.error(
                self,
                title,
                self.tr("Some edits are not saved yet. Save them (Retry) before deleting."),
            )
            return
        question = self.tr(
            "Entries holding personal data: {0}. Blanked are the contact persons and contact "
            "details of actors, who is responsible in the engagement plan and on agendas, the "
            "facilitators, who answers the knowledge questions, and the members of the "
            "steering, working and reference groups. The project file is compacted so the old "
            "text is really gone, and this app's other copies on this computer are deleted: "
            "older backups of this file (a fresh backup is kept), set-aside and read-only "
            "copies, all PDF previews, and the names in the log. This cannot be undone.\n\n"
            "This cannot reach PDFs or JSON files you exported, copies saved elsewhere (on a "
            "stick, a network drive, in an e-mail) or printed paper: delete those yourself. "
            "Names typed into other texts, such as notes, are not found either."
        ).format(session.service.personal_data_count())
        if not Dialogs.ask(self, title, question, self.tr("Delete personal data")):
            return
        if session.apply(ServiceCall(ProjectService.delete_all_personal_data, ())):
            # An undo step could bring a deleted name back: the history goes too.
            session.undo_stack.clear()
            Dialogs.information(self, title, self.tr("The personal data was deleted."))

    def _offer_restored(self, target: Path) -> None:
        question = self.tr("The backup was restored as {0}. Open it now?").format(target)
        if Dialogs.ask(self, self.tr("Backup restored"), question, self.tr("Open")):
            self.open_path(target)

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
                from workshop_app.services.demo import write_demo  # only when it must be made

                path.parent.mkdir(parents=True, exist_ok=True)
                write_demo(path).close()
            except (KnownError, OSError) as exc:
                text = self._message(exc) if isinstance(exc, KnownError) else str(exc)
                Dialogs.error(self, self.tr("The demo project could not be made"), text)
                return
        self.open_path(path)

    # -- status ----------------------------------------------------------------------------------

    def _on_saved(self, when: dt.datetime) -> None:
        self._show_saved(when)

    def _on_pending(self, error: KnownError | None) -> None:
        if error is not None:
            self._show_saved(False)

    def _on_failed(self, exc: KnownError) -> None:
        self._show_saved(False)
        Dialogs.error(self, self.tr("The change was not saved"), self._message(exc))

    def _show_saved(self, state: dt.datetime | bool | None) -> None:
        """The status bar's save state: a time, ``False`` (not saved) or ``None`` (nothing yet).

        Kept so that a language switch can say it again in the new language.
        """
        self._saved_state = state
        if isinstance(state, dt.datetime):
            self.saved_label.setText(self.tr("Saved {0}").format(state.strftime("%H:%M:%S")))
        else:
            self.saved_label.setText(self.tr("Not saved") if state is False else "")

    # -- exports ---------------------------------------------------------------------------------

    def print_handout(self, meeting_uuid: str | None) -> None:
        if self.session is None:
            return
        from workshop_app.ui.pdf_flow import PdfFlow

        self._handout = PdfFlow(self.session, self)
        self._handout.start_handout(meeting_uuid)

    def print_current(self) -> None:
        """File → Print (Ctrl+P) prints what the page is about: the charter on the scope page,
        the actor map on the actors page, the current test's report on the tests page, the chosen
        document on the print page, else a meeting's handout (the one shown on the meetings
        page, or the next one)."""
        workspace = self.workspace
        if self.session is None or workspace is None:
            return
        page = workspace.current_page()
        if workspace.live_shown():
            self.print_handout(workspace.live_shown())
        elif page == "scope":
            self.print_charter()
        elif page == "actors":
            workspace.exports.print_actor_map()
        elif page == "trials" and workspace.trials.list.selected_uuid():
            workspace.trials.request_report()
        elif page == "meetings":
            self.print_handout(workspace.meetings.current_meeting())
        elif page == "handouts":
            workspace.exports.print_selected()
        else:
            self.print_handout(None)

    def print_charter(self) -> None:
        if self.session is None:
            return
        from workshop_app.ui.pdf_flow import PdfFlow

        self._handout = PdfFlow(self.session, self)
        self._handout.start_charter()

    def export_json(self) -> None:
        """Export as JSON…: the target is checked at once; the project is read and written out
        in the background behind a progress dialog (``ui/export_flow.py``)."""
        if self.session is None:
            return
        from workshop_app.ui.export_flow import ExportFlow

        self._export = ExportFlow(self.session, self, self._message)
        self._export.done.connect(
            lambda target: self.statusBar().showMessage(
                self.tr("Exported {0}").format(target.name), 5000
            )
        )
        self._export.start()

    def import_json(self) -> None:
        """File → Import from JSON…: a new project file from a JSON export, then open it."""
        from workshop_app.ui.import_flow import ImportFlow

        self._import = ImportFlow(self, lambda: self.language)
        self._import.imported.connect(self.open_path)
        self._import.start()

    # -- settings, about, closing ------------------------------------------------------------------

    def open_settings(self) -> None:
        from workshop_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.language, self)
        dialog.accepted.connect(lambda: self.set_language(dialog.language()))
        dialog.open()

    def set_language(self, language: str) -> None:
        if language == self.language:
            return
        self.language = install_translators(language)
        self.settings.language = self.language
        self._build()
        self.statusBar().clearMessage()  # a passing message was in the old language
        self._show_saved(self._saved_state)

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts (F1): every shortcut of the window and where it works."""
        from workshop_app.ui.shortcuts import collect
        from workshop_app.ui.shortcuts_dialog import ShortcutsDialog

        titles = self.workspace.page_titles() if self.workspace is not None else {}
        dialog = ShortcutsDialog(collect(self, titles), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

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
        if not self.close_project():
            event.ignore()
            return
        self.settings.sync()
        event.accept()
