"""The actor map from the exports page: made in the background, previewed, names on request."""

from __future__ import annotations

from pypdf import PdfReader

CONTACT = "citychef@egeby.example"  # the demo's only contact details


def _text(path) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_exports_page_starts_the_actor_map_without_names(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.workspace.show_page("handouts")
    exports = window.workspace.exports
    assert not exports.actor_map_names.isChecked()  # personal data only on request
    exports.actor_map_button.click()
    qtbot.waitUntil(
        lambda: exports.actor_map_flow is not None and exports.actor_map_flow.preview is not None,
        timeout=20000,
    )
    preview = exports.actor_map_flow.preview
    assert preview.page_count() >= 2
    text = _text(preview.pdf_path)
    assert "Actor map" in text and "Egeby Handelsstandsforening" in text
    assert CONTACT not in text and "Contains personal data" not in text
    preview.close()


def test_ticking_the_box_adds_contact_persons(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.workspace.show_page("handouts")
    exports = window.workspace.exports
    exports.actor_map_names.setChecked(True)
    exports.actor_map_button.click()
    qtbot.waitUntil(
        lambda: exports.actor_map_flow is not None and exports.actor_map_flow.preview is not None,
        timeout=20000,
    )
    preview = exports.actor_map_flow.preview
    reader = PdfReader(preview.pdf_path)
    assert all("Contains personal data" in (p.extract_text() or "") for p in reader.pages)
    assert CONTACT in _text(preview.pdf_path)
    assert preview._suggested == "Actor map - Egeby bymidte.pdf"  # no personal names
    preview.close()
