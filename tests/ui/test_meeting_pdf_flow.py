"""The run-sheet in a preview window (the print page's meeting choice, or the meeting asked for)
and the handout with names on the print page; the default handout still goes the window's way
(tests/ui/test_pdf_flow.py)."""

from __future__ import annotations

from pypdf import PdfReader

from workshop_app.ui.exports_page import ExportsPage


def _pages(path) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.extract_text() or "" for p in PdfReader(path).pages]


def test_runsheet_previews_the_chosen_meeting(open_page, session, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ExportsPage)
    meeting = session.service.snapshot().meetings[-1].meeting
    page.options.meeting.setCurrentIndex(page.options.meeting.findData(meeting.uuid))
    page.print_runsheet()
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


def test_handout_names_only_on_request_and_marked(open_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ExportsPage)
    page.select("handout")
    assert not page.options.names.isChecked()  # names only on request
    page.rebuild()
    qtbot.waitUntil(page.preview.is_ready, timeout=20000)
    assert not any("Contains personal data" in t for t in _pages(page.preview.pdf_path))
    page.options.names.setChecked(True)
    page.rebuild()
    qtbot.waitUntil(page.preview.is_ready, timeout=20000)
    assert all("Contains personal data" in text for text in _pages(page.preview.pdf_path))
