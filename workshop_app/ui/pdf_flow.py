"""Make a PDF (handout, run-sheet, charter, actor map, test cards and reports) in the
background, show progress, then the preview."""

from __future__ import annotations

import datetime as dt
import importlib
import re
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from workshop_app import paths
from workshop_app.domain.model import ProjectSnapshot
from workshop_app.domain.schedule import next_meeting
from workshop_app.errors import KnownError
from workshop_app.export import Cancelled
from workshop_app.services.outputs import atomic_output
from workshop_app.ui import worker
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.i18n import current_language
from workshop_app.ui.pdf_preview import PdfPreviewDialog
from workshop_app.ui.session import ProjectSession

if TYPE_CHECKING:
    from workshop_app.export.actor_map import ActorMapLabels
    from workshop_app.export.charter import CharterLabels
    from workshop_app.export.meeting_labels import MeetingLabels
    from workshop_app.export.trial_card import TrialCardLabels
    from workshop_app.export.trial_report import TrialReportLabels


def safe_file_name(text: str, fallback: str) -> str:
    """A file name from user text: no path separators, no control or reserved characters."""
    cleaned = re.sub(r'[\x00-\x1f<>:"/\\|?*]+', " ", text).strip(" .")
    cleaned = re.sub(r"\s+", " ", cleaned)[:80]
    return cleaned or fallback


Progress = Callable[[int], None]
Check = Callable[[], bool]
PdfJob = Callable[[ProjectSnapshot, BinaryIO, Callable[[int], None], Callable[[], bool]], None]
#: What a build reads: a snapshot, or a function that reads one in the worker
#: (``ProjectService.snapshot_reader``: the GUI thread never waits for a large project's rows).
SnapshotSource = ProjectSnapshot | Callable[[], ProjectSnapshot]

#: The modules a print job's labels and writers need (ReportLab, Pillow behind them): imported
#: in the worker before the first job is made (:func:`when_print_ready`), never on the GUI thread.
PRINT_MODULES = (
    "workshop_app.ui.labels",
    "workshop_app.ui.report_labels",
    "workshop_app.ui.form_labels",
    "workshop_app.export.handout",
    "workshop_app.export.runsheet",
    "workshop_app.export.charter",
    "workshop_app.export.actor_map",
    "workshop_app.export.trial_card",
    "workshop_app.export.trial_report",
    "workshop_app.export.report",
    "workshop_app.export.forms",
    "workshop_app.export.forms.parts",
)
# The callbacks waiting for PRINT_MODULES, and the task importing them (None: none runs).
_waiting: list[Callable[[], None]] = []
_importing: list[worker.Task] = []


def print_modules_ready() -> bool:
    return all(name in sys.modules for name in PRINT_MODULES)


def _import_print_modules(progress: Progress, cancelled: Check) -> None:
    for name in PRINT_MODULES:
        importlib.import_module(name)


def _imported(*_args: object) -> None:
    _importing.clear()
    waiting = list(_waiting)
    _waiting.clear()
    for then in waiting:
        then()


def when_print_ready(then: Callable[[], None], owner: QObject | None = None) -> bool:
    """Call ``then()`` on the GUI thread once the print modules are imported: at once (True) when
    they are, else (False) after the worker has imported them (not if ``owner`` was deleted by
    then). A failed import is left to ``then``, whose own import raises the error."""
    if print_modules_ready():
        then()
        return True

    def call() -> None:
        if owner is None or shiboken6.isValid(owner):
            then()

    _waiting.append(call)
    if not _importing:
        _importing.append(worker.start(_import_print_modules, finished=_imported, failed=_imported))
    return False


def pdf_job(writer: Callable[..., None], *args: Any, **kwargs: Any) -> PdfJob:
    """``writer(snapshot, *args, out, **kwargs, progress=…, is_cancelled=…)`` as a job: the
    export writers all take the snapshot first, then their own arguments, then the file."""

    def write(snap: ProjectSnapshot, out: BinaryIO, progress: Progress, cancelled: Check) -> None:
        writer(snap, *args, out, progress=progress, is_cancelled=cancelled, **kwargs)

    return write


def meeting_job(write: Callable[..., None], meeting_uuid: str | None) -> PdfJob:
    """``write(snapshot, meeting_uuid, out=…, progress=…, is_cancelled=…)`` (the handout and the
    run-sheet) as a job."""

    def job(snap: ProjectSnapshot, out: BinaryIO, progress: Progress, cancelled: Check) -> None:
        write(snap, meeting_uuid, out=out, progress=progress, is_cancelled=cancelled)

    return job


def handout_job(labels: MeetingLabels, meeting_uuid: str | None, with_names: bool) -> PdfJob:
    """The participants' handout of a meeting (``None``: the next one); ``with_names`` adds
    facilitators, responsible and who takes an action (each page then says so)."""
    from workshop_app.export.handout import write_handout

    return meeting_job(partial(write_handout, labels=labels, with_names=with_names), meeting_uuid)


def runsheet_job(labels: MeetingLabels, meeting_uuid: str | None) -> PdfJob:
    """The facilitator's run-sheet of a meeting (``None``: the next one)."""
    from workshop_app.export.runsheet import write_runsheet

    return meeting_job(partial(write_runsheet, labels=labels), meeting_uuid)


def charter_job(labels: CharterLabels) -> PdfJob:
    from workshop_app.export.charter import write_charter

    return pdf_job(write_charter, labels)


def actor_map_job(labels: ActorMapLabels, with_names: bool) -> PdfJob:
    """The actor map; ``with_names`` adds contact persons (each page then says so)."""
    from workshop_app.export.actor_map import write_actor_map

    return pdf_job(write_actor_map, labels, with_names=with_names)


def trial_cards_job(labels: TrialCardLabels, trial_uuid: str | None) -> PdfJob:
    """The card of one test (one page), or one card per test when ``trial_uuid`` is None."""
    from workshop_app.export.trial_card import write_trial_cards

    return pdf_job(write_trial_cards, labels, trial_uuids=[trial_uuid] if trial_uuid else None)


def trial_report_job(labels: TrialReportLabels, trial_uuid: str | None) -> PdfJob:
    """The report of one test, or of every test when ``trial_uuid`` is None."""
    from workshop_app.export.trial_report import write_trial_report

    return pdf_job(write_trial_report, labels, trial_uuid=trial_uuid)


def meeting_name(snapshot: ProjectSnapshot, meeting_uuid: str | None) -> str:
    """The title of the meeting a handout or run-sheet is about (``None``: the next one)."""
    target = snapshot.meeting(meeting_uuid) if meeting_uuid else None
    target = target or next_meeting(snapshot, dt.date.today())
    return target.meeting.title if target else ""


def subject_name(snapshot: ProjectSnapshot, trial_uuid: str | None = None) -> str:
    """What a project document is about in its file name: the test's title for a document of one
    test (``trial_uuid``), else the project's name."""
    trial = snapshot.trials.trial(trial_uuid) if trial_uuid else None
    return trial.title if trial is not None and trial.title.strip() else snapshot.project.name


def pdf_name(name: str) -> str:
    """The suggested file name of a PDF called ``name`` (user text made safe)."""
    return safe_file_name(name, "document") + ".pdf"


def new_preview_path() -> Path:
    """A new, empty file in the previews folder for one build."""
    folder = paths.previews_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed at once; the worker writes it)
        prefix="preview-", suffix=".pdf", dir=folder, delete=False
    )
    handle.close()
    return Path(handle.name)


def file_job(source: SnapshotSource, write: PdfJob, out: Path) -> worker.Job:
    """The worker's job: ``write`` the PDF of the snapshot (``source``, or what it reads in the
    worker) to ``out`` (atomically; nothing is left behind when it fails or is cancelled) and
    return ``out``."""

    def job(progress: Progress, cancelled: Check) -> Path:
        try:
            snapshot = source if isinstance(source, ProjectSnapshot) else source()
            if cancelled():
                raise Cancelled()
            with atomic_output(out) as fh:
                write(snapshot, fh, progress, cancelled)
        except BaseException:
            out.unlink(missing_ok=True)
            raise
        return out

    return job


def failure_message(exc: BaseException) -> str:
    """What to tell the user about a build that failed (details of the unexpected are logged)."""
    if isinstance(exc, KnownError):
        return exc.message(current_language())
    if isinstance(exc, (ValueError, OSError)):
        return str(exc)
    return QCoreApplication.translate(
        "PdfFlow", "An unexpected error stopped the handout. Details are in the log."
    )


class PdfFlow(QObject):
    """One PDF build: snapshot → worker → preview. ``preview_ready`` carries the dialog."""

    preview_ready = Signal(object)
    failed = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._parent = parent
        self._task: worker.Task | None = None
        self._progress: QProgressDialog | None = None
        self.preview: PdfPreviewDialog | None = None
        self._suggested = "handout.pdf"

    def build(self, source: SnapshotSource, write: PdfJob, name: str, busy_text: str) -> None:
        """Run ``write(snapshot, out, progress, cancelled)`` in the worker (the snapshot read
        there when ``source`` reads one), then preview it."""
        self._suggested = pdf_name(name)
        job = file_job(source, write, new_preview_path())
        self._task, self._progress = worker.start_behind_progress(
            self._parent,
            busy_text,
            self.tr("Cancel"),
            job,
            finished=self._on_finished,
            failed=self._on_failed,
            cancelled=self._on_cancelled,
        )

    def start_handout(self, meeting_uuid: str | None, with_names: bool = False) -> None:
        """The participants' handout of a meeting (``None``: the next one); ``with_names`` adds
        facilitators, responsible and who takes an action (each page then says so)."""

        def make() -> tuple[str, PdfJob]:
            from workshop_app.ui.labels import meeting_labels

            labels = meeting_labels()
            return labels.document_title, handout_job(labels, meeting_uuid, with_names)

        self._start_meeting_pdf(meeting_uuid, make, self.tr("Making the handout…"))

    def start_runsheet(self, meeting_uuid: str | None) -> None:
        """The facilitator's run-sheet of a meeting (``None``: the next one)."""

        def make() -> tuple[str, PdfJob]:
            from workshop_app.ui.labels import meeting_labels

            labels = meeting_labels()
            return labels.runsheet_title, runsheet_job(labels, meeting_uuid)

        self._start_meeting_pdf(meeting_uuid, make, self.tr("Making the run-sheet…"))

    def _start_meeting_pdf(
        self, meeting_uuid: str | None, make: Callable[[], tuple[str, PdfJob]], busy_text: str
    ) -> None:
        """A document of a meeting, named "<title> - <meeting title>"."""
        self._session.flush()
        outline = self._session.service.print_outline()
        if not outline.meetings:
            Dialogs.error(
                self._parent,
                self.tr("No meetings"),
                self.tr("Add a meeting with an agenda on the Meetings page first."),
            )
            return
        self._start(make, meeting_name(outline, meeting_uuid), busy_text)

    def start_charter(self) -> None:
        def make() -> tuple[str, PdfJob]:
            from workshop_app.ui.labels import charter_labels

            labels = charter_labels()
            return labels.document_title, charter_job(labels)

        self._start_project_pdf(make, self.tr("Making the charter…"))

    def start_actor_map(self, with_names: bool = False) -> None:
        """The actor map; ``with_names`` adds contact persons (each page then says so)."""

        def make() -> tuple[str, PdfJob]:
            from workshop_app.ui.labels import actor_map_labels

            labels = actor_map_labels()
            return labels.document_title, actor_map_job(labels, with_names)

        self._start_project_pdf(make, self.tr("Making the actor map…"))

    def start_trial_cards(self, trial_uuid: str | None = None) -> None:
        """The card of one test (one page), or one card per test when ``trial_uuid`` is None."""

        def make() -> tuple[str, PdfJob]:
            from workshop_app.ui.labels import trial_card_labels

            labels = trial_card_labels()
            return labels.document_title, trial_cards_job(labels, trial_uuid)

        self._start_project_pdf(make, self.tr("Making the test cards…"), trial_uuid)

    def start_trial_report(self, trial_uuid: str | None = None) -> None:
        """The report of one test, or of every test when ``trial_uuid`` is None."""

        def make() -> tuple[str, PdfJob]:
            from workshop_app.ui.labels import trial_report_labels

            labels = trial_report_labels()
            return labels.document_title, trial_report_job(labels, trial_uuid)

        self._start_project_pdf(make, self.tr("Making the test report…"), trial_uuid)

    def _start_project_pdf(
        self,
        make: Callable[[], tuple[str, PdfJob]],
        busy_text: str,
        trial_uuid: str | None = None,
    ) -> None:
        """A document of the project, named "<title> - <project name>", or of one of its tests
        (``trial_uuid``), named "<title> - <test title>"."""
        self._session.flush()
        outline = self._session.service.print_outline()
        self._start(make, subject_name(outline, trial_uuid), busy_text)

    def _start(self, make: Callable[[], tuple[str, PdfJob]], subject: str, busy_text: str) -> None:
        """Read the project as it is now (in the worker), and once the print modules are
        imported (in the worker too) make the labels and build "<title> - <subject>"."""
        source = self._session.service.snapshot_reader()

        def go() -> None:
            title, job = make()
            self.build(source, job, f"{title} - {subject}", busy_text)

        when_print_ready(go, self)

    def _done(self) -> None:
        worker.close_progress(self._progress)
        self._progress = None

    def _on_finished(self, out: Path) -> None:
        self._done()
        self.preview = PdfPreviewDialog(out, self._suggested, self._parent)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()
        self.preview_ready.emit(self.preview)

    def _on_failed(self, exc: BaseException) -> None:
        self._done()
        message = failure_message(exc)
        Dialogs.error(self._parent, self.tr("Handout not made"), message)
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        self._done()
