"""An in-app PDF preview (QtPdf) with Print, Save as and Open in the system viewer; the three
actions are functions the print page uses as well."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from workshop_app.errors import KnownError
from workshop_app.services.outputs import atomic_path, write_output
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.i18n import current_language
from workshop_app.ui.icons import icon


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf: Path, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.setWindowTitle(self.tr("Preview: {0}").format(suggested_name))
        self.pdf_path = pdf
        self._suggested = suggested_name
        self.document = QPdfDocument(self)
        self.document.load(str(pdf))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(icon("print"), self.tr("Print…"))
        self.save_button = QPushButton(icon("save_as"), self.tr("Save as…"))
        self.open_button = QPushButton(icon("external"), self.tr("Open in PDF viewer"))
        self.close_button = QPushButton(self.tr("Close"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_external)
        self.close_button.clicked.connect(self.reject)
        for b in (self.print_button, self.save_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(820, 900)

    def page_count(self) -> int:
        return self.document.pageCount()

    def save_as(self) -> Path | None:
        return save_pdf(self.pdf_path, self._suggested, self)

    def open_external(self) -> None:
        open_in_viewer(self.pdf_path)

    @classmethod
    def ask_printer(cls, printer: QPrinter, parent: QWidget) -> bool:
        dialog = QPrintDialog(printer, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_document(self) -> bool:
        return print_pdf(self.document, self._suggested, self, self.ask_printer)

    def render_to(self, printer: QPrinter) -> bool:
        return render_to(self.document, printer, self)


def save_pdf(source: Path, suggested: str, parent: QWidget) -> Path | None:
    """Save as: copy the PDF at ``source`` where the user says (``.pdf`` added), never over a
    project file; the path written, or None (cancelled or refused: the user was told)."""
    target = Dialogs.save_path(
        parent,
        QCoreApplication.translate("PdfPreviewDialog", "Save PDF"),
        Path.home() / suggested,
        QCoreApplication.translate("PdfPreviewDialog", "PDF documents (*.pdf)"),
    )
    if target is None:
        return None
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    try:
        write_output(target, source.read_bytes())
    except (KnownError, OSError) as exc:  # OSError: the preview itself could not be read
        message = (
            exc.message(current_language())
            if isinstance(exc, KnownError)
            else str(exc.strerror or exc)
        )
        title = QCoreApplication.translate("PdfPreviewDialog", "Could not save")
        Dialogs.error(parent, title, message)
        return None
    return target


def open_in_viewer(path: Path) -> None:
    """Hand a local PDF to the system's viewer (a file URL: nothing goes over the network)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def print_pdf(
    document: QPdfDocument,
    name: str,
    parent: QWidget,
    ask: Callable[[QPrinter, QWidget], bool],
) -> bool:
    """Print ``document`` on the printer the user picks with ``ask``; True when it was sent
    (or written, for "print to file", by the same rules as Save as)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(300)  # pages are rendered to images: 300 dpi is sharp and small
    printer.setDocName(name)
    if not ask(printer, parent):
        return False
    target = printer.outputFileName()
    if not target:
        return render_to(document, printer, parent)
    # "Print to file": the same rules as Save as (never over a project; atomically).
    try:
        with atomic_path(Path(target)) as tmp:
            printer.setOutputFileName(str(tmp))
            if not render_to(document, printer, parent):
                raise _NotPrinted
    except KnownError as exc:
        title = QCoreApplication.translate("PdfPreviewDialog", "Could not print")
        Dialogs.error(parent, title, exc.message(current_language()))
        return False
    except _NotPrinted:
        return False
    finally:
        printer.setOutputFileName(target)
    return True


def render_to(document: QPdfDocument, printer: QPrinter, parent: QWidget) -> bool:
    painter = QPainter()
    if not painter.begin(printer):
        Dialogs.error(
            parent,
            QCoreApplication.translate("PdfPreviewDialog", "Could not print"),
            QCoreApplication.translate("PdfPreviewDialog", "The printer is not ready."),
        )
        return False
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = painter.viewport()
            size = document.pagePointSize(page).toSize()
            size.scale(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            image = document.render(page, QSize(size.width(), size.height()))
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return True


class _NotPrinted(Exception):
    """Printing stopped (already told); nothing is written."""
