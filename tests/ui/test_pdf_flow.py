"""Handout from the UI: built in the background, previewed with QtPdf, saved where asked."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from workshop_app.ui.dialogs import Dialogs


def test_handout_preview_and_save_as(window, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    meetings = window.session.service.snapshot().meetings
    last = meetings[-1].meeting
    window.print_handout(last.uuid)
    qtbot.waitUntil(lambda: window._handout.preview is not None, timeout=20000)
    preview = window._handout.preview
    assert preview.page_count() >= 1
    target = tmp_path / "gemt.pdf"
    monkeypatch.setattr(Dialogs, "save_path", classmethod(lambda cls, *a: target))
    assert preview.save_as() == target
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert last.title in text
    assert last.start_time is None or f"{last.start_time:%H:%M}" in text
    preview.close()


def test_handout_labels_follow_the_language(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.set_language("da")
    window.print_handout(None)
    qtbot.waitUntil(lambda: window._handout.preview is not None, timeout=20000)
    preview = window._handout.preview
    text = "\n".join(p.extract_text() for p in PdfReader(preview.pdf_path).pages)
    assert "Dagsorden" in text and "Side 1 af" in text
    preview.close()


def test_handout_without_meetings_says_so(make_window, errors, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.services.project_service import new_project

    path = tmp_path / "tom.bymidte"
    new_project(path, "Tom").close()
    win = make_window("en")
    assert win.open_path(path)
    win.print_handout(None)
    assert errors and "Meetings page" in errors[-1][1]
    win.close()
