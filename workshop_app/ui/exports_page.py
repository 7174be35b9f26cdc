"""The page "Print and export": every document and blank form the app prints, in one list built
from the print catalog (``ui/print_catalog.py``), with the chosen one's options, a live preview
and Print…, Save as… and Open; and the project's JSON export.

Other pages still print their own document straight to a preview window through this page
(:meth:`ExportsPage.print_actor_map`, :meth:`ExportsPage.print_trial_cards`…), as before.

Showing the page reads the project in outline (``ProjectService.print_outline``) and imports no
document module: ReportLab and the documents' words are imported in the worker before the first
preview (``pdf_flow.when_print_ready``), and each preview reads its snapshot there too
(``ProjectService.snapshot_reader``), so the GUI thread never waits for a large project.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.changes import Changes
from workshop_app.domain.model import ProjectSnapshot
from workshop_app.errors import KnownError
from workshop_app.ui import kit
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.i18n import current_language
from workshop_app.ui.icons import icon
from workshop_app.ui.pdf_flow import (
    failure_message,
    pdf_name,
    print_modules_ready,
    when_print_ready,
)
from workshop_app.ui.pdf_preview import open_in_viewer, print_pdf, save_pdf
from workshop_app.ui.print_catalog import CARDS, PrintEntry, entries
from workshop_app.ui.print_page_cards import record_card_run
from workshop_app.ui.print_page_language import in_language
from workshop_app.ui.print_page_options import OptionsPanel
from workshop_app.ui.print_page_preview import PreviewPane
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.shortcuts import page_shortcut

if TYPE_CHECKING:
    from workshop_app.ui.pdf_flow import PdfFlow

_KEY = Qt.ItemDataRole.UserRole
# How long the page waits after a change before it rebuilds the preview (typing a card number).
REBUILD_DELAY_MS = 250
_LEFT_WIDTH = 340


@dataclass(frozen=True)
class PrintChoices:
    """What is chosen on the page: the entry, and the language, meeting and test options."""

    entry: str | None
    language: str
    meeting: str | None
    trial: str | None


class ExportsPage(kit.SessionPanel):
    json_requested = Signal()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "exports_page", parent)
        self._entries = {entry.key: entry for entry in entries()}
        self._items: dict[str, QTreeWidgetItem] = {}
        self.list = self._make_list()
        self.description = kit.label("", role="hint")
        self.description.setObjectName("print_description")
        self.description.setWordWrap(True)
        # The project in outline, read once until the next change.
        self._kept_outline: ProjectSnapshot | None = None
        self.options = OptionsPanel(
            current_language(), self._outline, session.service.next_free_card, self
        )
        self.preview = PreviewPane(self)
        self.print_button = kit.button(
            "print", self.tr("Print…"), "print_button", self.print_selected, "Ctrl+P"
        )
        self.save_button = kit.button(
            "save_as", self.tr("Save as…"), "print_save_button", self.save_selected, "Ctrl+S"
        )
        self.open_button = kit.button(
            "external",
            self.tr("Open in PDF viewer"),
            "print_open_button",
            self.open_selected,
            self.tr("Opens the saved file, or else the preview, in the system's PDF viewer"),
        )
        self.json_button = QPushButton(icon("export_json"), self.tr("Export as JSON…"))
        self.json_button.setObjectName("print_json_button")
        self.json_button.clicked.connect(self.json_requested.emit)
        self._layout()

        # The suggested file name of the preview shown, and where it was last saved.
        self.suggested = "document.pdf"
        self.saved: Path | None = None
        # What Print or Save waits for while the preview is being made.
        self._then: list[object] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REBUILD_DELAY_MS)
        self._timer.timeout.connect(self._on_timer)
        self._data_changed = True
        # The preview windows other pages ask this page for (see the print_… methods).
        self.meeting_flow: PdfFlow | None = None
        self.actor_map_flow: PdfFlow | None = None
        self.trial_flow: PdfFlow | None = None

        self.options.reload(self._outline())
        self.list.currentItemChanged.connect(self._on_entry)
        self.options.changed.connect(self.schedule)
        self.preview.ready_changed.connect(self._on_ready)
        self.preview.again_button.clicked.connect(self.rebuild)
        session.follow(self, self._on_changed)
        page_shortcut(
            "Ctrl+S", self, self.save_selected, self.tr("Save the chosen document as a PDF")
        )
        self._on_ready(False)
        if self._items:
            self.list.setCurrentItem(next(iter(self._items.values())))

    # -- building the page ------------------------------------------------------------------------

    def _make_list(self) -> QTreeWidget:
        """Documents, then forms: a heading each (not selectable; Up/Down skip it), the entries
        below it. One flat level, as a disabled parent would disable its entries."""
        tree = kit.named(QTreeWidget(), "print_list")
        tree.setHeaderHidden(True)
        tree.setRootIsDecorated(False)
        tree.setMinimumHeight(150)
        headings = {"document": self.tr("Documents"), "form": self.tr("Forms")}
        listed = list(self._entries.values())
        for group, heading_text in headings.items():
            members = [e for e in listed if (e.group if e.group in headings else "form") == group]
            if not members:
                continue
            heading = QTreeWidgetItem(tree, [heading_text])
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(heading.font(0))
            font.setBold(True)
            heading.setFont(0, font)
            heading.setForeground(0, tree.palette().windowText())
            for entry in members:
                item = QTreeWidgetItem(tree, ["   " + entry.title()])
                item.setData(0, _KEY, entry.key)
                item.setToolTip(0, entry.description())
                self._items[entry.key] = item
        return tree

    def _layout(self) -> None:
        json_box = kit.column(
            kit.label(self.tr("Exchange"), role="sectionTitle"),
            kit.hint(
                self.tr(
                    "The whole project as a JSON file, to archive it or move it to another "
                    "tool. File → Import from JSON… makes a project file from it again."
                )
            ),
            kit.row(self.json_button, None),
            margins=(0, 8, 0, 0),
        )
        left_body = QWidget()
        left = kit.column(
            (self.list, 1), self.description, self.options, json_box, parent=left_body
        )
        left.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea()
        scroll.setObjectName("print_left_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(left_body)
        scroll.setFixedWidth(_LEFT_WIDTH)
        buttons = kit.row(self.print_button, self.save_button, self.open_button, None)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addLayout(buttons)
        body = kit.row(scroll)
        body.addLayout(right, 1)
        title = kit.label(self.tr("Print and export"), role="pageTitle")
        page = kit.column(title, parent=self, margins=(24, 20, 24, 16))
        page.addLayout(body, 1)

    # -- the chosen entry -------------------------------------------------------------------------

    def entry(self) -> PrintEntry | None:
        item = self.list.currentItem()
        key = item.data(0, _KEY) if item is not None else None
        return self._entries.get(key) if key else None

    def select(self, key: str) -> bool:
        """Choose the entry ``key`` in the list (False when there is none)."""
        item = self._items.get(key)
        if item is not None:
            self.list.setCurrentItem(item)
        return item is not None

    def choices(self) -> PrintChoices:
        """The entry and options chosen (kept over a change of the screen's language)."""
        entry = self.entry()
        o = self.options
        return PrintChoices(
            entry.key if entry is not None else None,
            o.language.currentData(),
            o.meeting.currentData(),
            o.trial.currentData(),
        )

    def restore_choices(self, chosen: PrintChoices) -> None:
        """Choose ``chosen`` again (what no longer exists stays as it is)."""
        if chosen.entry is not None:
            self.select(chosen.entry)
        o = self.options
        for combo, data in (
            (o.language, chosen.language),
            (o.meeting, chosen.meeting),
            (o.trial, chosen.trial),
        ):
            at = combo.findData(data)
            if at >= 0:
                combo.setCurrentIndex(at)

    def _on_entry(self) -> None:
        entry = self.entry()
        if entry is None:
            return
        self.description.setText(entry.description())
        self.options.show_for(entry, self._outline())
        self.schedule()

    def schedule(self) -> None:
        """Rebuild the preview soon (several quick changes make one build)."""
        self.saved = None
        self._on_ready(False)
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._data_changed or not (self.preview.is_ready() or self.preview.is_building()):
            self.schedule()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page stops its build (made again when the page shows next)."""
        super().hideEvent(event)
        self._timer.stop()
        self._then.clear()
        if self.preview.is_building():
            self.preview.cancel()

    def _on_timer(self) -> None:
        if self.isVisible():  # not for a page that was closed (its project may be closed too)
            self.rebuild()

    def rebuild(self) -> None:
        """Make the chosen entry's preview now, with the options chosen (the build before it
        is cancelled); the first one of the app once the worker has imported the print
        modules."""
        self._timer.stop()
        self._data_changed = False
        if self.entry() is None:
            return
        if print_modules_ready():
            self._make_preview()
            return
        self.preview.wait()
        when_print_ready(self._on_print_ready, self)

    def _on_print_ready(self) -> None:
        if self.preview.is_waiting():  # not cancelled (nor the page left) meanwhile
            self._make_preview()

    def _make_preview(self) -> None:
        entry = self.entry()
        if entry is None:
            return
        self._session.flush()
        snapshot = self._outline()
        reason = entry.unavailable(snapshot)
        if reason:
            self._then.clear()
            self.preview.show_reason(reason)
            return
        options = self.options.options()
        try:
            with in_language(options.language):
                job = entry.job(options)
                self.suggested = pdf_name(entry.file_name(snapshot, options))
        except (KnownError, ValueError) as exc:  # an entry that refuses these options
            self._then.clear()
            self.preview.show_reason(failure_message(exc))
            return
        self.preview.build(self._session.service.snapshot_reader(), job)

    def _on_ready(self, ready: bool) -> None:
        ready = ready and self.preview.is_ready()
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(ready)
        if ready and self._then:
            action = self._then.pop()
            self._then.clear()
            action()  # type: ignore[operator]

    def _outline(self) -> ProjectSnapshot:
        """The project in outline (``ProjectService.print_outline``), kept until a change."""
        if self._kept_outline is None:
            self._kept_outline = self._session.service.print_outline()
        return self._kept_outline

    def _on_changed(self, changes: Changes) -> None:
        self._kept_outline = None
        if changes.meeting_list or changes.meetings or changes.trials:
            self.options.reload(self._outline())
        self._data_changed = True
        if self.isVisible():
            self.schedule()

    # -- Print, Save as, Open ---------------------------------------------------------------------

    def print_selected(self) -> None:
        """Print… (Ctrl+P on this page): the chosen entry, once its preview is ready."""
        self._when_ready(self._print)

    def save_selected(self) -> None:
        """Save as… (Ctrl+S on this page)."""
        self._when_ready(self._save)

    def open_selected(self) -> None:
        """The saved file (else the preview) in the system's PDF viewer."""
        path = self.saved or self.preview.pdf_path
        if self.preview.is_ready() and path is not None:
            open_in_viewer(path)

    def _when_ready(self, action: object) -> None:
        outline = self._outline()
        problem = self.options.cards_problem(outline)
        if problem:
            Dialogs.error(self, self.tr("These cards were printed already"), problem)
            return
        if self.preview.is_ready():
            action()  # type: ignore[operator]
            return
        entry = self.entry()
        if entry is None or entry.unavailable(outline):
            return
        self._then = [action]
        if not self.preview.is_building():
            self.rebuild()

    @classmethod
    def ask_printer(cls, printer: QPrinter, parent: QWidget) -> bool:
        return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted

    def _print(self) -> None:
        if print_pdf(self.preview.document, self.suggested, self, self.ask_printer):
            self._printed()

    def _save(self) -> None:
        pdf = self.preview.pdf_path
        target = save_pdf(pdf, self.suggested, self) if pdf is not None else None
        if target is not None:
            self.saved = target
            self._printed()

    def _printed(self) -> None:
        """A run of feedback cards that went to paper or to a file is recorded (undoable), so
        the next run starts after it."""
        entry = self.entry()
        options = self.options.options()
        if entry is not None and CARDS in entry.options and options.trial_uuid:
            saved = self.saved
            record_card_run(
                self._session, options.trial_uuid, options.first_card, options.card_count
            )
            self.saved = saved

    # -- the preview windows other pages ask for --------------------------------------------------

    def _flow(self) -> PdfFlow:
        from workshop_app.ui.pdf_flow import PdfFlow

        return PdfFlow(self._session, self.window())

    def print_runsheet(self, meeting_uuid: str | None = None) -> None:
        """The run-sheet of ``meeting_uuid`` (else of the meeting chosen here) in the
        background, then its preview window."""
        self.meeting_flow = self._flow()
        self.meeting_flow.start_runsheet(meeting_uuid or self.options.meeting.currentData())

    def print_actor_map(self) -> None:
        """The actor map (no names) in the background, then its preview window."""
        self.actor_map_flow = self._flow()
        self.actor_map_flow.start_actor_map()

    def print_trial_cards(self, trial_uuid: str | None = None) -> None:
        """The card of ``trial_uuid`` (else of the test chosen here, or one card per test) in
        the background, then its preview window."""
        self.trial_flow = self._flow()
        self.trial_flow.start_trial_cards(trial_uuid or self.options.trial.currentData())

    def print_trial_report(self, trial_uuid: str | None = None) -> None:
        """The report of ``trial_uuid`` (else of the test chosen here, or of all tests) in the
        background, then its preview window."""
        self.trial_flow = self._flow()
        self.trial_flow.start_trial_report(trial_uuid or self.options.trial.currentData())
