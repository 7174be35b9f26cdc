"""Issue 14's polish on screen: the privacy notice says what the sign-in sheet prints for an empty
field, typing back paper offers the next printed card not entered yet, adjoining print runs read
as one, nothing is clipped (the print page's test, the tests list's badge, the feedback table's
headers), one ellipsis character everywhere, two icons for two documents, and the print page's
language option keeps the chosen test."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop_app.domain.print_runs import RoundTrip
from workshop_app.export.forms import write_form
from workshop_app.services.demo_data.ids import _id
from workshop_app.ui.exports_page import ExportsPage
from workshop_app.ui.form_labels import form_labels
from workshop_app.ui.i18n import install_translators
from workshop_app.ui.overview import OverviewPage
from workshop_app.ui.print_look import PrintLookBox
from workshop_app.ui.trials.feedback import FeedbackPanel
from workshop_app.ui.trials.feedback.round_trip import record_card_run, suggested_card
from workshop_app.ui.trials.page import TrialsPage

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "workshop_app_da.ts"
RUNNING = _id("trial/living_room_2")  # cards 1–48 printed, 1–6 entered
HINT = "Printed when empty: "


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def danish(session):  # type: ignore[no-untyped-def]
    install_translators("da")
    yield
    install_translators("en")


# -- 1. the privacy notice: what will be printed ----------------------------------------------


def _hints(page: OverviewPage) -> dict[str, str]:
    return {field: label.text() for field, label in page.privacy_hints.items()}


def test_each_empty_privacy_field_says_what_the_sign_in_sheet_prints(session, open_page) -> None:
    page = open_page(OverviewPage)
    project = session.service.project()
    hints = _hints(page)
    assert hints == {
        "privacy_controller": HINT + project.municipality,
        "privacy_purpose": HINT + form_labels().default_purpose,
        "privacy_contact": HINT + "Ask the facilitators at the meeting.",
        "privacy_keep_until": HINT + "Deleted when the project ends.",
    }
    assert all(page.privacy_hints[f].isVisibleTo(page) for f in hints)
    # The very words of the printed sheet.
    out = io.BytesIO()
    write_form("sign-in", session.service.snapshot(), form_labels(), out)
    printed = _words(" ".join(p.extract_text() or "" for p in PdfReader(out).pages))
    for text in hints.values():
        assert _words(text.removeprefix(HINT)) in printed


def test_the_responsible_hint_follows_the_municipality_and_undo(session, open_page) -> None:
    page = open_page(OverviewPage)
    session.service.set_project_field("municipality", "")
    page._show(session.service.project())
    expected = HINT + form_labels().default_controller
    assert page.privacy_hints["privacy_controller"].text() == expected


def test_the_hints_speak_danish_on_a_danish_screen(danish, session, open_page) -> None:
    page = open_page(OverviewPage)
    hints = _hints(page)
    assert (
        hints["privacy_keep_until"]
        == "Udskrives, når feltet er tomt: Slettes, når projektet slutter."
    )
    assert hints["privacy_contact"].endswith("Spørg mødets facilitatorer.")
    assert hints["privacy_purpose"].endswith(form_labels().default_purpose)


# -- 2. typing back paper ----------------------------------------------------------------------


def test_quick_entry_offers_the_lowest_printed_card_not_entered(session, qtbot) -> None:
    panel = FeedbackPanel(session)
    qtbot.addWidget(panel)
    panel.set_trial(RUNNING)
    assert panel.card_number.value() == 7
    for expected_next in (8, 9):
        panel.what_works.setText("Shade")
        assert panel.save()
        assert panel.card_number.value() == expected_next
    panel.card_number.setValue(20)  # a card out of order
    panel.what_works.setText("Benches")
    assert panel.save()
    assert panel.card_number.value() == 9  # back to the first gap


def test_with_no_printed_card_left_it_counts_on_above_every_number() -> None:
    assert suggested_card(RoundTrip(printed=((1, 4),), missing=(2, 4)), 5) == 2
    assert suggested_card(RoundTrip(printed=((1, 4),)), 5) == 5
    assert suggested_card(RoundTrip(), 1) == 1


def test_a_test_without_printed_cards_starts_above_what_was_entered(session, qtbot) -> None:
    panel = FeedbackPanel(session)
    qtbot.addWidget(panel)
    trial = _id("trial/carfree")  # nine numbered cards, none printed
    panel.set_trial(trial)
    assert panel.card_number.value() == session.service.next_card_number(trial)


def test_adjoining_print_runs_read_as_one_on_the_print_page(session, open_page) -> None:
    assert record_card_run(session, RUNNING, 49, 4) is not None
    page = open_page(ExportsPage)
    page.select("feedback-cards")
    page.options.trial.setCurrentIndex(page.options.trial.findData(RUNNING))
    page.options.first_card.setValue(53)
    assert page.options.cards_note.text() == "Printed before: 1–52."


# -- 3. the print look's words -----------------------------------------------------------------


def test_the_print_look_says_what_colour_the_documents_keep(session, qtbot) -> None:
    box = PrintLookBox(session)
    qtbot.addWidget(box)
    words = " ".join(label.text() for label in box.findChildren(type(box.preview)))
    assert "black and white." in words and "grey" in words and "Charts" in words
    assert "plain black and white" not in words


# -- 4. nothing clipped ------------------------------------------------------------------------


def test_the_print_pages_test_fills_its_column_and_elides_in_the_middle(
    session, open_page, qtbot
) -> None:
    page = open_page(ExportsPage)
    page.select("feedback-cards")
    combo = page.options.trial
    combo.setCurrentIndex(combo.findText("Byens stue på Torvet (version 2)"))
    qtbot.waitUntil(lambda: combo.width() > 150)
    label = page.options.form.labelForField(combo)
    assert combo.geometry().right() >= page.options.width() - 20  # as wide as the column
    assert label.width() + combo.width() <= page.options.width()
    combo.resize(110, combo.height())
    shown = combo.shown_text()
    assert "…" in shown and shown.endswith("2)")  # the version stays readable
    combo.grab()  # drawn: the tooltip is the full title
    assert combo.toolTip() == "Byens stue på Torvet (version 2)"
    combo.resize(600, combo.height())
    assert combo.shown_text() == "Byens stue på Torvet (version 2)"


def test_the_tests_list_keeps_the_version_badge_in_view(session, open_page) -> None:
    page = open_page(TrialsPage)
    lst = page.list.view
    page.tests_split.setSizes([150, 800])
    assert not lst.horizontalScrollBar().isVisible()
    for row in range(lst.model().rowCount()):
        rect = lst.visualRect(lst.model().index(row, 0))
        assert rect.right() <= lst.viewport().width()


def test_feedback_headers_are_never_narrower_than_their_words(session, qtbot) -> None:
    panel = FeedbackPanel(session)
    qtbot.addWidget(panel)
    panel.resize(700, 600)
    panel.show()
    panel.set_trial(RUNNING)
    header = panel.view.horizontalHeader()
    for column in range(header.count()):
        if not header.isSectionHidden(column):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column


# -- 5. one ellipsis, two icons ----------------------------------------------------------------


def test_no_text_uses_three_dots_and_danish_keeps_the_sources_ellipsis() -> None:
    wrong = []
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if "..." in source or "..." in translation:
            wrong.append(source)
        # "Print…" is "Udskriv…", not "Udskriv …" (which reads as three dots in a menu)
        if re.search(r"\S…$", source) and translation.endswith(" …"):
            wrong.append(source)
    assert wrong == []


def test_the_test_card_and_the_report_have_different_icons(session, open_page) -> None:
    page = open_page(TrialsPage)
    card = page.card_button.icon().pixmap(16).toImage()
    report = page.report_button.icon().pixmap(16).toImage()
    assert not card.isNull() and not report.isNull()
    assert card != report


# -- 6. the language option keeps the test -----------------------------------------------------


@pytest.mark.parametrize("key", ["test-card", "feedback-cards"])
def test_switching_the_documents_language_keeps_the_chosen_test(
    danish, open_page, qtbot, key: str
) -> None:
    page = open_page(ExportsPage)
    page.select(key)
    combo = page.options.trial
    combo.setCurrentIndex(combo.findText("Bilfri Torvegade om lørdagen"))
    chosen = combo.currentData()
    for lang in ("en", "da"):
        page.options.language.setCurrentIndex(page.options.language.findData(lang))
        page.rebuild()
        qtbot.waitUntil(page.preview.is_ready, timeout=30000)
        assert combo.currentData() == chosen


def test_switching_the_screens_language_keeps_the_chosen_tests(window) -> None:  # type: ignore[no-untyped-def]
    bilfri = _id("trial/carfree")
    window.workspace.show_page("trials")
    window.workspace.trials.list.select(bilfri)
    window.workspace.show_page("handouts")
    exports = window.workspace.exports
    exports.select("test-report")
    exports.options.trial.setCurrentIndex(exports.options.trial.findData(bilfri))
    window.set_language("da")
    # The print page (shown) is built again; the tests page when it is next shown, with its
    # test chosen then (not built for it during the switch).
    assert "trials" not in window.workspace.built_pages()
    assert window.workspace.trials.list.selected_uuid() == bilfri
    exports = window.workspace.exports
    assert exports.entry() is not None and exports.entry().key == "test-report"
    assert exports.options.trial.currentData() == bilfri
    assert exports.options.language.currentData() == "en"  # the document's own choice


def test_another_project_starts_with_fresh_choices(window, demo_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.workspace.show_page("trials")
    window.workspace.trials.list.select(_id("trial/carfree"))
    copy = tmp_path / "other.bymidte"
    copy.write_bytes(demo_file.read_bytes())
    assert window.open_path(copy)
    assert "trials" not in window.workspace.built_pages() or (
        window.workspace.trials.list.selected_uuid() != _id("trial/carfree")
    )
