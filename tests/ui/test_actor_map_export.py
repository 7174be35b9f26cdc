"""The actor map: from the actors page in a preview window without names; with contact persons
only when the print page's names option is ticked (tests/ui/test_print_page.py)."""

from __future__ import annotations

from pypdf import PdfReader

CONTACT = "citychef@egeby.example"  # the demo's only contact details


def _text(path) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_the_actor_map_preview_window_has_no_names(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    exports = window.workspace.exports
    exports.print_actor_map()
    qtbot.waitUntil(
        lambda: exports.actor_map_flow is not None and exports.actor_map_flow.preview is not None,
        timeout=20000,
    )
    preview = exports.actor_map_flow.preview
    assert preview.page_count() >= 2
    text = _text(preview.pdf_path)
    assert "Actor map" in text and "Egeby Handelsstandsforening" in text
    assert CONTACT not in text and "Contains personal data" not in text
    assert preview._suggested == "Actor map - Egeby bymidte.pdf"  # no personal names
    preview.close()
