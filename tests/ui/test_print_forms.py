"""The blank forms on the print page's registry (ui/print_forms.py): listed with their options,
their jobs write the form in the language chosen, and a form that cannot be made says why."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from workshop_app.domain.model import Project, ProjectSnapshot
from workshop_app.services.demo import demo_snapshot
from workshop_app.ui import print_catalog
from workshop_app.ui.i18n import current_language, install_translators
from workshop_app.ui.print_catalog import CARDS, LANGUAGE, MEETING, TEST, PrintOptions
from workshop_app.ui.print_forms import labels_in

KINDS = ("feedback-cards", "counting-sheet", "vote-sheet", "sign-in", "large-print")


@pytest.fixture
def danish(qapp: object) -> Iterator[None]:
    before = current_language()
    install_translators("da")
    yield
    install_translators(before)


def _entry(key: str) -> print_catalog.PrintEntry:
    return next(e for e in print_catalog.entries() if e.key == key)


def _run(key: str, options: PrintOptions, snapshot: ProjectSnapshot) -> str:
    out = io.BytesIO()
    progress: list[int] = []
    _entry(key).job(options)(snapshot, out, progress.append, lambda: False)
    assert progress[-1] == 100
    return " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())


def test_the_five_forms_are_listed_with_their_options(danish: None) -> None:
    forms = [e for e in print_catalog.entries() if e.group == "form"]
    assert [e.key for e in forms] == list(KINDS)
    assert _entry("feedback-cards").options == {LANGUAGE, TEST, CARDS}
    assert _entry("counting-sheet").options == {LANGUAGE, TEST}
    assert {_entry(k).options == {LANGUAGE, MEETING} for k in KINDS[2:]} == {True}
    assert _entry("feedback-cards").title() == "Tilbagemeldingskort"


def test_a_card_job_prints_the_cards_chosen_in_the_language_chosen(danish: None) -> None:
    snapshot = demo_snapshot(dt.date(2026, 6, 1))
    trial = snapshot.trials.trials[0]
    options = PrintOptions(language="da", trial_uuid=trial.uuid, first_card=49, card_count=2)
    text = _run("feedback-cards", options, snapshot)
    assert "Kort nr. 49" in text and "Kort nr. 50" in text and "Kort nr. 51" not in text
    english = _run("feedback-cards", PrintOptions(language="en", trial_uuid=trial.uuid), snapshot)
    assert "Card no. 1" in english
    assert current_language() == "da"  # the app's own language is back
    name = _entry("feedback-cards").file_name(snapshot, options)
    assert name.startswith("Tilbagemeldingskort - 49-50") and "/" not in name


def test_labels_in_another_language_leave_the_app_alone(danish: None) -> None:
    assert labels_in("en").sign_in == "Sign-in sheet"
    assert current_language() == "da"
    assert labels_in("da").sign_in == "Deltagerliste"


def test_forms_that_cannot_be_made_say_why(danish: None) -> None:
    empty = ProjectSnapshot(project=Project(uuid="p1", name="Tom"))
    assert "afprøvning" in _entry("feedback-cards").unavailable(empty)
    assert "møde" in _entry("large-print").unavailable(empty)
    assert _entry("counting-sheet").unavailable(empty) == ""
    demo = demo_snapshot(dt.date(2026, 6, 1))
    assert {_entry(k).unavailable(demo) for k in KINDS} == {""}
    # The sign-in sheet of an empty project still prints: its notice falls back to defaults.
    assert "Deltagerliste" in _run("sign-in", PrintOptions(), empty)


def test_a_forms_file_name_names_the_retest_and_the_default_meeting(danish: None) -> None:
    snapshot = demo_snapshot(dt.date(2026, 6, 1))
    running = next(t for t in snapshot.trials.trials if t.status == "running")
    assert running.version_of  # the demo's running test is a re-test
    cards = _entry("feedback-cards").file_name(snapshot, PrintOptions(language="da"))
    assert cards.endswith(f"{running.title} (version 2)"), cards
    sheet = _entry("sign-in").file_name(snapshot, PrintOptions(language="da"))
    text = _run("sign-in", PrintOptions(language="da"), snapshot)
    title = sheet.split(" - ", 1)[1]
    assert title and f"Møde: {title}" in text  # the meeting the sheet names
