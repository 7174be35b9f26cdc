"""The run-sheet and the handout with names from the Handouts page: made in the background and
previewed; the default handout still goes the window's way (tests/ui/test_pdf_flow.py)."""

from __future__ import annotations

from pypdf import PdfReader

from workshop_app.ui.exports_page import ExportsPage


def _pages(path) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.extract_text() or "" for p in PdfReader(path).pages]


def test_runsheet_button_previews_the_chosen_meeting(open_page, session, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ExportsPage)
    meeting = session.service.snapshot().meetings[-1].meeting
    page.meeting_combo.setCurrentIndex(page.meeting_combo.findData(meeting.uuid))
    assert page.runsheet_button.isEnabled()
    page.runsheet_button.click()
    qtbot.waitUntil(
        lambda: page.meeting_flow is not None and page.meeting_flow.preview is not None,
        timeout=20000,
    )
    preview = page.meeting_flow.preview
    pages = _pages(preview.pdf_path)
    assert meeting.title in " ".join(" ".join(pages).split())
    assert all("Contains personal data" in text for text in pages)
    assert preview._suggested.startswith("Run-sheet - ")
    preview.close()


def test_handout_with_names_is_made_on_the_page_and_marked(open_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ExportsPage)
    asked: list[object] = []
    page.handout_requested.connect(asked.append)
    assert not page.handout_names.isChecked()  # names only on request
    page.handout_names.setChecked(True)
    page.handout_button.click()
    qtbot.waitUntil(
        lambda: page.meeting_flow is not None and page.meeting_flow.preview is not None,
        timeout=20000,
    )
    assert asked == []  # not the window's default handout
    preview = page.meeting_flow.preview
    assert all("Contains personal data" in text for text in _pages(preview.pdf_path))
    preview.close()
    page.handout_names.setChecked(False)
    page.handout_button.click()
    assert asked == [page.meeting_combo.currentData()]
