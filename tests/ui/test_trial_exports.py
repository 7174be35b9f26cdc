"""Test cards and the test report in a preview window (as the tests page asks the print page for
them): the print page's test choice picks the test (or all), both are made in the background."""

from __future__ import annotations

from pypdf import PdfReader


def _text(path) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def _wait_preview(exports, qtbot):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: exports.trial_flow is not None and exports.trial_flow.preview is not None,
        timeout=20000,
    )
    return exports.trial_flow.preview


def test_combo_lists_all_tests_and_each_test(window) -> None:  # type: ignore[no-untyped-def]
    exports = window.workspace.exports
    combo = exports.options.trial
    assert combo.itemData(0) is None and combo.itemText(0) == "All tests"
    trials = window.session.service.trial_book().trials
    assert [combo.itemData(i) for i in range(1, combo.count())] == [t.uuid for t in trials]


def test_exports_page_starts_the_report_of_all_tests(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.workspace.show_page("handouts")
    exports = window.workspace.exports
    exports.options.trial.setCurrentIndex(0)
    exports.print_trial_report()
    preview = _wait_preview(exports, qtbot)
    assert preview.page_count() >= 5
    text = _text(preview.pdf_path)
    assert "Tests in this report" in text and "Bilfri Torvegade om lørdagen" in text
    assert preview._suggested == "Test report - Egeby bymidte.pdf"
    preview.close()


def test_exports_page_starts_the_card_of_one_test(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.workspace.show_page("handouts")
    exports = window.workspace.exports
    index = next(
        i
        for i in range(exports.options.trial.count())
        if exports.options.trial.itemText(i) == "Bilfri Torvegade om lørdagen"
    )
    exports.options.trial.setCurrentIndex(index)
    exports.print_trial_cards()
    preview = _wait_preview(exports, qtbot)
    assert preview.page_count() == 1
    text = _text(preview.pdf_path)
    assert "Bilfri Torvegade om lørdagen" in text and "Byens stue" not in text
    assert preview._suggested == "Test card - Bilfri Torvegade om lørdagen.pdf"
    preview.close()
