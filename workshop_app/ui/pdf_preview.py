"""An in-app PDF preview (QtPdf) with Print, Save as and Open in the system viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
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
        target = Dialogs.save_path(
            self,
            self.tr("Save PDF"),
            Path.home() / self._suggested,
            self.tr("PDF documents (*.pdf)"),
        )
        if target is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_output(target, self.pdf_path.read_bytes())
        except KnownError as exc:
            Dialogs.error(self, self.tr("Could not save"), exc.message(current_language()))
            return None
        except OSError as exc:  # the preview itself could not be read
            Dialogs.error(self, self.tr("Could not save"), str(exc.strerror or exc))
            return None
        return target

    def open_external(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path)))

    @classmethod
    def ask_printer(cls, printer: QPrinter, parent: QWidget) -> bool:
        dialog = QPrintDialog(printer, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(300)  # pages are rendered to images: 300 dpi is sharp and small
        printer.setDocName(self._suggested)
        if not self.ask_printer(printer, self):
            return
        target = printer.outputFileName()
        if not target:
            self.render_to(printer)
            return
        # "Print to file": the same rules as Save as (never over a project; atomically).
        try:
            with atomic_path(Path(target)) as tmp:
                printer.setOutputFileName(str(tmp))
                if not self.render_to(printer):
                    raise _NotPrinted
        except KnownError as exc:
            Dialogs.error(self, self.tr("Could not print"), exc.message(current_language()))
        except _NotPrinted:
            pass
        finally:
            printer.setOutputFileName(target)

    def render_to(self, printer: QPrinter) -> bool:
        painter = QPainter()
        if not painter.begin(printer):
            Dialogs.error(self, self.tr("Could not print"), self.tr("The printer is not ready."))
            return False
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                target = painter.viewport()
                size = self.document.pagePointSize(page).toSize()
                size.scale(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                image = self.document.render(page, QSize(size.width(), size.height()))
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
        return True


class _NotPrinted(Exception):
    """Printing stopped (already told); nothing is written."""
