"""The print suite's data on screen (issue 14): the privacy notice and the print look with the
project's details (each change one undo step), and the paper round trip under the card number of
the quick-entry form and in the test's summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from workshop_app.services.demo_data.ids import _id
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.overview import OverviewPage
from workshop_app.ui.print_look import PrintLookBox
from workshop_app.ui.trials.feedback import FeedbackPanel
from workshop_app.ui.trials.feedback.round_trip import (
    card_run_problem,
    delete_card_run,
    number_list,
    record_card_run,
    round_trip_text,
)
from workshop_app.ui.trials.summary import SummaryPanel

RUNNING = _id("trial/living_room_2")


def _png(path: Path) -> Path:
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f3a5f"))
    assert image.save(str(path))
    return path


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        Dialogs, "error", classmethod(lambda cls, parent, title, text: shown.append(text))
    )
    return shown


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> None:
    monkeypatch.setattr(PrintLookBox, "open_logo_path", classmethod(lambda cls, parent: path))


# -- the project's details ---------------------------------------------------------------------


def test_the_privacy_notice_is_edited_with_the_project_details(session, open_page) -> None:
    page = open_page(OverviewPage)
    contact = page.binders["privacy_contact"].widget
    controller = page.binders["privacy_controller"].widget
    municipality = session.service.project().municipality
    assert page.privacy_hints["privacy_controller"].text() == f"Printed when empty: {municipality}"
    assert controller.placeholderText() == ""
    contact.setText("bymidte@egeby.dk")
    page.binders["privacy_contact"].flush()
    assert session.service.project().privacy_contact == "bymidte@egeby.dk"
    session.undo_stack.undo()
    assert session.service.project().privacy_contact == ""
    assert contact.text() == ""


def test_a_logo_is_chosen_shown_removed_and_undone(
    session, qtbot, tmp_path, monkeypatch, errors
) -> None:
    box = PrintLookBox(session)
    qtbot.addWidget(box)
    assert not box.remove_button.isEnabled() and "No logo" in box.preview.text()
    logo = _png(tmp_path / "logo.png")
    _choose(monkeypatch, logo)
    box.choose_button.click()
    assert session.service.project().logo == logo.read_bytes()
    assert box.preview.pixmap() is not None and not box.preview.pixmap().isNull()
    assert box.remove_button.isEnabled()
    box.remove_button.click()
    assert session.service.project().logo is None
    session.undo_stack.undo()  # the removal
    assert session.service.project().logo == logo.read_bytes()
    session.undo_stack.undo()  # the choice
    assert session.service.project().logo is None
    assert not box.remove_button.isEnabled()
    assert errors == []


def test_a_logo_that_is_not_png_or_jpeg_or_too_big_is_refused_clearly(
    session, qtbot, tmp_path, monkeypatch, errors
) -> None:
    box = PrintLookBox(session)
    qtbot.addWidget(box)
    gif = tmp_path / "logo.gif"
    gif.write_bytes(b"GIF89a" + b"\x00" * 100)
    _choose(monkeypatch, gif)
    box.choose_button.click()
    big = tmp_path / "huge.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 1_100_000)
    _choose(monkeypatch, big)
    box.choose_button.click()
    assert errors == [
        "The file is not a PNG or JPEG image.",
        "The image is larger than 1 MB. Save it smaller and try again.",
    ]
    assert session.service.project().logo is None
    assert session.undo_stack.count() == 0


def test_each_accent_colour_change_is_one_undo_step(session, qtbot) -> None:
    box = PrintLookBox(session)
    qtbot.addWidget(box)
    assert box.accent.currentData() == "" and box.accent.count() == 8
    box.accent.activated.emit(1)
    box.accent.activated.emit(3)
    assert session.service.project().accent == box.accent.itemData(3)
    session.undo_stack.undo()
    assert session.service.project().accent == box.accent.itemData(1)
    assert box.accent.currentIndex() == 1
    session.undo_stack.undo()
    assert session.service.project().accent == ""
    assert box.accent.currentText() == "None (grey header line)"


def test_an_imported_colour_outside_the_list_is_shown(session, qtbot) -> None:
    session.service.set_project_field("accent", "#123456")
    box = PrintLookBox(session)
    qtbot.addWidget(box)
    assert box.accent.currentText() == "#123456"


# -- the paper round trip ----------------------------------------------------------------------


def test_number_lists_read_as_ranges_and_stop_after_twelve() -> None:
    assert number_list([7, 19, 30, 31, 32, 33, 40, 41]) == "7, 19, 30–33, 40, 41"
    assert (
        number_list(list(range(1, 60, 2)))
        == ", ".join(str(n) for n in range(1, 24, 2)) + ", … (18 more)"
    )


def test_the_quick_entry_form_shows_the_round_trip_as_cards_come_in(session, qtbot) -> None:
    panel = FeedbackPanel(session)
    qtbot.addWidget(panel)
    panel.set_trial(RUNNING)
    line = panel.round_trip
    assert line.text() == "Cards 1–48 printed, 6 entered, missing: 7–48"
    assert panel.card_number.value() == 7  # the lowest printed card not typed back yet
    panel.card_number.setValue(19)
    panel.what_works.setText("Good shade")
    assert panel.save()
    assert line.text() == "Cards 1–48 printed, 7 entered, missing: 7–18, 20–48"
    panel.card_number.setValue(60)
    panel.what_works.setText("Found an old card")
    assert panel.save()
    assert line.text() == ("Cards 1–48 printed, 8 entered, missing: 7–18, 20–48; never printed: 60")
    assert panel.card_number.value() == 7
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert line.text() == "Cards 1–48 printed, 6 entered, missing: 7–48"


def test_a_recorded_print_run_shows_in_the_summary_and_undoes(session, qtbot) -> None:
    summary = SummaryPanel(session)
    qtbot.addWidget(summary)
    summary.set_trial(RUNNING)
    assert summary.paper.text() == "Cards 1–48 printed, 6 entered, missing: 7–48"
    run = record_card_run(session, RUNNING, 49, 12)
    assert run is not None and (run.first, run.last) == (49, 60)
    assert summary.paper.text() == "Cards 1–60 printed, 6 entered, missing: 7–60"
    assert card_run_problem(session, RUNNING, 61, 10) == ""
    assert card_run_problem(session, RUNNING, 55, 10) == (
        "Cards 55–60 were printed for this test before (49–60). Card numbers never repeat "
        "within a test: start at 61."
    )
    assert record_card_run(session, RUNNING, 55, 10) is None  # overlaps: refused, not stored
    session.undo_stack.undo()
    assert summary.paper.text() == "Cards 1–48 printed, 6 entered, missing: 7–48"
    session.undo_stack.redo()
    assert delete_card_run(session, session.service.card_runs(RUNNING)[0])
    assert (
        summary.paper.text() == "Cards 49–60 printed, 6 entered, missing: 49–60; never printed: 1–6"
    )


def test_a_test_without_printed_cards_says_nothing_or_what_was_entered(session, qtbot) -> None:
    summary = SummaryPanel(session)
    qtbot.addWidget(summary)
    summary.set_trial(_id("trial/carfree"))
    assert (
        summary.paper.text() == "No printed cards recorded for this test; 9 numbered cards entered"
    )
    assert summary.paper.isVisibleTo(summary)
    empty = session.service.new_trial(title="Tom")
    session.service.restore_trial(empty)
    summary.set_trial(empty.uuid)
    assert summary.paper.text() == "" and not summary.paper.isVisibleTo(summary)
    assert round_trip_text(session.service.round_trip(empty.uuid)) == ""
