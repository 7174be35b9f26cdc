"""The "Print and export" page: every registered document and form previews for the demo, the
options reach the PDF, a new choice cancels the build before it, Save as and Print write files
(never over a project), and the screen keeps its language whatever the document's."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDesktopServices

from tests.ui.helpers import press
from workshop_app import paths
from workshop_app.domain.print_runs import next_free_card
from workshop_app.ui import labels, pdf_flow, print_catalog
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.exports_page import ExportsPage
from workshop_app.ui.i18n import install_translators
from workshop_app.ui.print_catalog import CARDS, LANGUAGE, NAMES, TEST, PrintEntry, entries

CONTACT = "citychef@egeby.example"  # the demo's only contact details


def _text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def _ready(page: ExportsPage, qtbot) -> Path:  # type: ignore[no-untyped-def]
    """Build the chosen entry's preview now and wait for it."""
    page.rebuild()
    qtbot.waitUntil(page.preview.is_ready, timeout=30000)
    assert page.preview.pdf_path is not None
    return page.preview.pdf_path


@pytest.mark.parametrize("key", [entry.key for entry in entries()])
def test_every_registered_entry_previews_for_the_demo(open_page, qtbot, key: str) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ExportsPage)
    assert page.select(key)
    pdf = _ready(page, qtbot)
    assert page.preview.document.pageCount() >= 1
    assert _text(pdf).strip()
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    assert page.suggested.endswith(".pdf") and "/" not in page.suggested


def test_the_list_groups_entries_and_up_down_skip_the_headings(open_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ExportsPage)
    keys = [entry.key for entry in entries()]
    page.activateWindow()
    page.list.setFocus()
    qtbot.waitUntil(page.list.hasFocus)
    assert page.entry() is not None and page.entry().key == keys[0]
    press(qtbot, Qt.Key.Key_Up)  # the "Documents" heading above is not a choice
    assert page.entry().key == keys[0]
    for key in keys[1:]:
        press(qtbot, Qt.Key.Key_Down)
        assert page.entry().key == key
    headings = [
        page.list.topLevelItem(i).text(0)
        for i in range(page.list.topLevelItemCount())
        if not page.list.topLevelItem(i).flags() & Qt.ItemFlag.ItemIsSelectable
    ]
    assert headings[0] == "Documents"


def test_only_the_options_an_entry_takes_are_shown(open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ExportsPage)
    for entry in entries():
        page.select(entry.key)
        assert page.description.text() == entry.description()
        assert page.options.names.isVisibleTo(page) == (NAMES in entry.options)
        if NAMES not in entry.options:
            page.options.names.setChecked(True)  # left ticked from another entry
            assert not page.options.options().with_names


def test_names_reach_the_actor_map_only_when_shown(open_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ExportsPage)
    page.select("actors")
    assert not page.options.names.isChecked()  # personal data only on request
    text = _text(_ready(page, qtbot))
    assert "Egeby Handelsstandsforening" in text
    assert CONTACT not in text and "Contains personal data" not in text
    page.options.names.setChecked(True)
    pdf = _ready(page, qtbot)
    assert CONTACT in _text(pdf)
    assert all("Contains personal data" in (p.extract_text() or "") for p in PdfReader(pdf).pages)
    assert page.suggested == "Actor map - Egeby bymidte.pdf"  # no personal names


def test_meeting_and_test_choices_reach_the_document(open_page, session, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ExportsPage)
    page.select("runsheet")
    meeting = session.service.snapshot().meetings[-1].meeting
    page.options.meeting.setCurrentIndex(page.options.meeting.findData(meeting.uuid))
    assert meeting.title in _text(_ready(page, qtbot))
    assert page.suggested == f"Run-sheet - {meeting.title}.pdf"
    page.select("test-card")
    combo = page.options.trial
    combo.setCurrentIndex(combo.findText("Bilfri Torvegade om lørdagen"))
    pdf = _ready(page, qtbot)
    assert page.preview.document.pageCount() == 1
    assert "Byens stue" not in _text(pdf)
    assert page.suggested == "Test card - Bilfri Torvegade om lørdagen.pdf"


@pytest.fixture
def danish_screen(session):  # type: ignore[no-untyped-def]
    install_translators("da")
    yield
    install_translators("en")


def test_the_language_changes_the_document_not_the_screen(danish_screen, open_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ExportsPage)
    page.select("handout")
    assert page.options.language.currentData() == "da"  # the screen's language by default
    assert "Dagsorden" in _text(_ready(page, qtbot))
    page.options.language.setCurrentIndex(page.options.language.findData("en"))
    text = _text(_ready(page, qtbot))
    assert "Agenda" in text and "Dagsorden" not in text
    assert page.suggested.startswith("Handout - ")
    # The screen still speaks Danish: its translators are back, and the page says so.
    assert QCoreApplication.translate("HandoutLabels", "Agenda") == "Dagsorden"
    assert QCoreApplication.translate("ExportsPage", "Print…") == page.print_button.text()
    assert page.print_button.text() != "Print…"


def test_a_second_change_cancels_the_first_build(open_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ExportsPage)
    page.select("test-report")
    assert page.options.language.currentData() == "en"
    page.rebuild()
    first = page.preview.current
    assert first is not None and page.preview.is_building()
    assert not page.print_button.isEnabled()  # nothing to print until the preview is made
    page.options.language.setCurrentIndex(page.options.language.findData("da"))
    page.rebuild()
    assert first.task is not None and first.task.is_cancelled()
    assert page.preview.current is not first
    qtbot.waitUntil(page.preview.is_ready, timeout=30000)
    assert "Tests in this report" not in _text(page.preview.pdf_path)  # the second choice
    # The cancelled build leaves no file: only the preview shown remains.
    qtbot.waitUntil(lambda: not page.preview._stale, timeout=30000)
    assert list(paths.previews_dir().iterdir()) == [page.preview.pdf_path]


def test_cancel_stops_the_build_and_says_so(open_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ExportsPage)
    page.select("test-report")
    page.rebuild()
    assert page.preview.cancel_button.isVisibleTo(page)
    page.preview.cancel_button.click()
    assert not page.preview.is_building() and not page.preview.is_ready()
    assert page.preview.status.text() == "The preview was cancelled."
    assert page.preview.again_button.isVisibleTo(page)
    page.preview.again_button.click()
    qtbot.waitUntil(page.preview.is_ready, timeout=30000)


def test_save_as_writes_the_file_and_never_replaces_a_project(
    open_page, session, qtbot, monkeypatch, errors, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ExportsPage)
    page.select("charter")
    pdf = _ready(page, qtbot)
    monkeypatch.setattr(Dialogs, "save_path", classmethod(lambda cls, *a: tmp_path / "charter"))
    page.save_button.click()
    saved = tmp_path / "charter.pdf"
    assert saved.read_bytes() == pdf.read_bytes() and page.saved == saved
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    page.open_button.click()
    assert opened == [str(saved)]  # the saved file, a local path: no network

    project = session.service.path
    before = project.read_bytes()
    link = tmp_path / "project.pdf"
    link.symlink_to(project)
    monkeypatch.setattr(Dialogs, "save_path", classmethod(lambda cls, *a: link))
    page.save_selected()
    assert errors and errors[-1][0] == "Could not save"
    assert project.read_bytes() == before


def test_print_waits_for_the_preview_then_prints_to_file(
    open_page, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ExportsPage)
    target = tmp_path / "printed.pdf"

    def to_file(cls, printer, parent) -> bool:  # type: ignore[no-untyped-def]
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(ExportsPage, "ask_printer", classmethod(to_file))
    page.select("test-card")
    page.print_selected()  # asked before the preview is made: it prints once it is
    qtbot.waitUntil(target.exists, timeout=30000)
    assert len(PdfReader(target).pages) == page.preview.document.pageCount()


def test_an_entry_that_cannot_be_made_says_why(open_page, session, qtbot) -> None:  # type: ignore[no-untyped-def]
    for meeting in session.service.snapshot().meetings:
        session.service.delete_meeting(meeting.meeting.uuid)
    page = open_page(ExportsPage)
    page.select("handout")
    page.rebuild()
    assert page.preview.status.text() == "Add a meeting with an agenda on the Meetings page first."
    assert not page.print_button.isEnabled() and not page.preview.is_building()
    page.print_selected()  # nothing happens, nothing waits
    assert not page.preview.is_building()


def test_ctrl_p_prints_the_chosen_entry(window) -> None:  # type: ignore[no-untyped-def]
    window.workspace.show_page("handouts")
    page = window.workspace.exports
    asked: list[str] = []
    page.print_selected = lambda: asked.append(page.entry().key)
    page.select("charter")
    window.actions_["print"].trigger()
    assert asked == ["charter"]
    assert window.workspace.navigation.currentItem().text() == "Print and export"


@pytest.fixture
def cards_entry(monkeypatch: pytest.MonkeyPatch) -> PrintEntry:
    """An entry that takes a run of numbered cards (the forms register theirs in their own
    module): any PDF will do, the page records the run."""
    entry = PrintEntry(
        "numbered-cards",
        "form",
        lambda: "Numbered cards",
        lambda: "Cards with numbers",
        frozenset({LANGUAGE, TEST, CARDS}),
        lambda o: pdf_flow.trial_cards_job(labels.trial_card_labels(), o.trial_uuid),
        lambda snapshot, o: f"Cards {o.first_card}",
    )
    monkeypatch.setitem(print_catalog._entries, entry.key, entry)
    return entry


def _runs(session, trial: str) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    book = session.service.trial_book()
    return [(r.first, r.last) for r in book.card_runs if r.trial_uuid == trial]


def test_saving_cards_records_the_run_and_undo_forgets_it(
    cards_entry, open_page, session, qtbot, monkeypatch, errors, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ExportsPage)
    page.select(cards_entry.key)
    trial = page.options.trial.currentData()
    assert trial is not None  # cards are numbered per test: never "all tests"
    assert session.service.trial_book().trial(trial).status == "running"  # handed out now
    before = _runs(session, trial)
    assert before  # the demo printed a run of cards for its running test
    ranges = ", ".join(f"{a}–{b}" for a, b in before)
    assert page.options.cards_note.text() == f"Printed before: {ranges}."
    book = session.service.trial_book()
    first = next_free_card(book.card_runs, book.feedback, trial)
    assert page.options.first_card.value() == first
    page.options.card_count.setValue(8)
    _ready(page, qtbot)
    monkeypatch.setattr(Dialogs, "save_path", classmethod(lambda cls, *a: tmp_path / "cards.pdf"))
    page.save_button.click()
    assert (tmp_path / "cards.pdf").is_file()
    assert _runs(session, trial) == [*before, (first, first + 7)]
    assert page.options.first_card.value() == first + 8  # the next run starts after it

    # The same numbers again are refused before anything is printed or saved.
    page.options.first_card.setValue(first)
    assert "were printed already" in page.options.cards_note.text()
    (tmp_path / "cards.pdf").unlink()
    page.save_selected()
    assert errors[-1][0] == "These cards were printed already"
    assert not (tmp_path / "cards.pdf").exists() and len(_runs(session, trial)) == len(before) + 1

    session.undo_stack.undo()
    assert _runs(session, trial) == before
    assert page.options.first_card.value() == first
    session.undo_stack.redo()
    assert _runs(session, trial) == [*before, (first, first + 7)]


def test_printing_cards_records_the_run(
    cards_entry, open_page, session, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ExportsPage)
    page.select(cards_entry.key)
    trial = page.options.trial.currentData()
    first = page.options.first_card.value()

    def to_file(cls, printer, parent) -> bool:  # type: ignore[no-untyped-def]
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return True

    monkeypatch.setattr(ExportsPage, "ask_printer", classmethod(to_file))
    page.print_selected()
    qtbot.waitUntil(lambda: (tmp_path / "printed.pdf").exists(), timeout=30000)
    assert _runs(session, trial)[-1] == (first, first + 3)
    assert session.undo_stack.undoText() == f"Record printed cards {first}–{first + 3}"


def test_leaving_the_page_stops_its_build_and_coming_back_makes_it(open_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ExportsPage)
    page.select("test-report")
    page.rebuild()
    task = page.preview.current.task
    page.hide()
    assert task.is_cancelled() and not page.preview.is_building()
    page.show()
    qtbot.waitUntil(page.preview.is_ready, timeout=30000)
