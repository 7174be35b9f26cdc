"""Make a PDF (handout, run-sheet, charter, actor map, test cards and reports) in the
background, show progress, then the preview."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from workshop_app import paths
from workshop_app.domain.model import ProjectSnapshot
from workshop_app.domain.schedule import next_meeting
from workshop_app.errors import KnownError
from workshop_app.export.handout import write_handout
from workshop_app.services.outputs import atomic_output
from workshop_app.ui import worker
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.i18n import current_language
from workshop_app.ui.labels import meeting_labels
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


def file_job(snapshot: ProjectSnapshot, write: PdfJob, out: Path) -> worker.Job:
    """The worker's job: ``write`` the PDF of ``snapshot`` to ``out`` (atomically; nothing is
    left behind when it fails or is cancelled) and return ``out``."""

    def job(progress: Progress, cancelled: Check) -> Path:
        try:
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

    def build(self, snapshot: ProjectSnapshot, write: PdfJob, name: str, busy_text: str) -> None:
        """Run ``write(snapshot, out, progress, cancelled)`` in the worker, then preview it."""
        self._suggested = pdf_name(name)
        job = file_job(snapshot, write, new_preview_path())
        self._progress = QProgressDialog(busy_text, self.tr("Cancel"), 0, 100, self._parent)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)
        self._task = worker.start(
            job,
            progress=self._progress.setValue,
            finished=self._on_finished,
            failed=self._on_failed,
            cancelled=self._on_cancelled,
        )
        self._progress.canceled.connect(self._task.cancel)

    def start_handout(self, meeting_uuid: str | None, with_names: bool = False) -> None:
        """The participants' handout of a meeting (``None``: the next one); ``with_names`` adds
        facilitators, responsible and who takes an action (each page then says so)."""
        labels = meeting_labels()
        busy = self.tr("Making the handout…")
        job = handout_job(labels, meeting_uuid, with_names)
        self._start_meeting_pdf(meeting_uuid, labels.document_title, job, busy)

    def start_runsheet(self, meeting_uuid: str | None) -> None:
        """The facilitator's run-sheet of a meeting (``None``: the next one)."""
        labels = meeting_labels()
        busy = self.tr("Making the run-sheet…")
        job = runsheet_job(labels, meeting_uuid)
        self._start_meeting_pdf(meeting_uuid, labels.runsheet_title, job, busy)

    def _start_meeting_pdf(
        self, meeting_uuid: str | None, title: str, job: PdfJob, busy_text: str
    ) -> None:
        """A document of a meeting, named "<title> - <meeting title>"."""
        self._session.flush()
        snapshot = self._session.service.snapshot()
        if not snapshot.meetings:
            Dialogs.error(
                self._parent,
                self.tr("No meetings"),
                self.tr("Add a meeting with an agenda on the Meetings page first."),
            )
            return
        name = meeting_name(snapshot, meeting_uuid)
        self.build(snapshot, job, f"{title} - {name}", busy_text)

    def start_charter(self) -> None:
        from workshop_app.ui.labels import charter_labels

        labels = charter_labels()
        busy = self.tr("Making the charter…")
        self._start_project_pdf(labels.document_title, charter_job(labels), busy)

    def start_actor_map(self, with_names: bool = False) -> None:
        """The actor map; ``with_names`` adds contact persons (each page then says so)."""
        from workshop_app.ui.labels import actor_map_labels

        labels = actor_map_labels()
        job = actor_map_job(labels, with_names)
        self._start_project_pdf(labels.document_title, job, self.tr("Making the actor map…"))

    def start_trial_cards(self, trial_uuid: str | None = None) -> None:
        """The card of one test (one page), or one card per test when ``trial_uuid`` is None."""
        from workshop_app.ui.labels import trial_card_labels

        labels = trial_card_labels()
        job = trial_cards_job(labels, trial_uuid)
        busy = self.tr("Making the test cards…")
        self._start_project_pdf(labels.document_title, job, busy, trial_uuid)

    def start_trial_report(self, trial_uuid: str | None = None) -> None:
        """The report of one test, or of every test when ``trial_uuid`` is None."""
        from workshop_app.ui.labels import trial_report_labels

        labels = trial_report_labels()
        job = trial_report_job(labels, trial_uuid)
        busy = self.tr("Making the test report…")
        self._start_project_pdf(labels.document_title, job, busy, trial_uuid)

    def _start_project_pdf(
        self, title: str, write: PdfJob, busy_text: str, trial_uuid: str | None = None
    ) -> None:
        """A document of the project, named "<title> - <project name>", or of one of its tests
        (``trial_uuid``), named "<title> - <test title>"."""
        self._session.flush()
        snapshot = self._session.service.snapshot()
        name = subject_name(snapshot, trial_uuid)
        self.build(snapshot, write, f"{title} - {name}", busy_text)

    def _done(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect()
            self._progress.close()
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
