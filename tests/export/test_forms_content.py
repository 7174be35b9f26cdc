"""What each blank form says, read back from the PDF as a citizen (or the facilitator typing the
answers back) would read it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from forms_helpers import TODAY, form_pdf, needs_pdftotext, pdf_text, reader, text_lines
from pypdf import PdfReader

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.domain.trials import Vote
from workshop_app.domain.vocabulary import (
    AGE_BANDS,
    RESPONDENT_GROUPS,
    SENTIMENTS,
    STAY_ACTIVITIES,
    TRAVEL_MODES,
)
from workshop_app.export.forms import FormLabels
from workshop_app.export.forms.large_print import LARGE
from workshop_app.export.forms.votes import ideas_to_vote
from workshop_app.services.demo import demo_snapshot

pytestmark = needs_pdftotext
LABELS = FormLabels()


@pytest.fixture(scope="module")
def demo() -> ProjectSnapshot:
    return demo_snapshot(TODAY)


def _in_order(text: str, words: list[str]) -> bool:
    """``words`` appear in ``text`` in this order."""
    at = 0
    for word in words:
        found = text.find(word, at)
        if found < 0:
            return False
        at = found + len(word)
    return True


# -- feedback cards ------------------------------------------------------------------------------


def test_cards_carry_their_numbers_the_test_and_every_box(demo: ProjectSnapshot) -> None:
    trial = demo.trials.trials[0]
    pdf = form_pdf("feedback-cards", demo, trial_uuid=trial.uuid, first=49, count=6)
    pages = [pdf_text_of_page(pdf, n) for n in (1, 2)]
    assert [p.count(trial.title) for p in pages] == [4, 2]
    for number in range(49, 55):
        assert f"Card no. {number}" in pages[0 if number < 53 else 1]
    card = pages[0]
    for word in [
        LABELS.invitation.split("?")[0],
        LABELS.what_works,
        LABELS.could_be_better,
        *(LABELS.sentiments[k] for k in SENTIMENTS),
        *(LABELS.age_bands[k] for k in AGE_BANDS),
        *(LABELS.groups[k] for k in RESPONDENT_GROUPS),
    ]:
        assert card.count(word) == 4, word
    assert "Name" not in card  # no name field: a card is anonymous
    assert "Cards 49–54" in card  # the run, in the footer


def pdf_text_of_page(pdf: bytes, page: int) -> str:
    return " ".join(
        line.text
        for line in sorted(text_lines(pdf), key=lambda ln: (ln.y0, ln.x0))
        if line.page == page
    )


def test_four_cards_a_sheet(demo: ProjectSnapshot) -> None:
    for count, sheets in ((1, 1), (4, 1), (5, 2), (48, 12)):
        assert len(reader(form_pdf("feedback-cards", demo, count=count)).pages) == sheets


def test_cards_need_a_test_and_sane_numbers(demo: ProjectSnapshot) -> None:
    empty = dataclasses.replace(demo, trials=dataclasses.replace(demo.trials, trials=()))
    with pytest.raises(ValueError, match="no tests"):
        form_pdf("feedback-cards", empty)
    with pytest.raises(ValueError, match="No test"):
        form_pdf("feedback-cards", demo, trial_uuid="nope")
    with pytest.raises(ValueError):
        form_pdf("feedback-cards", demo, count=0)
    with pytest.raises(ValueError, match="Unknown form"):
        form_pdf("postcards", demo)


# -- counting sheet -------------------------------------------------------------------------------


def test_the_counting_sheet_follows_the_tally_grid(demo: ProjectSnapshot) -> None:
    # The app's grids: passing = one row per 10-minute block × TRAVEL_MODES; staying = one row
    # per STAY_ACTIVITIES × AGE_BANDS (ui/trials/counts/panel.py builds them from the same
    # tuples); the paper reads in that order, row names down, columns across.
    pdf = form_pdf("counting-sheet", demo)
    assert len(reader(pdf).pages) == 1
    text = pdf_text_of_page(pdf, 1)
    blocks = [f"{n * 10}–{n * 10 + 10} min" for n in range(12)]
    passing = [LABELS.passing, *(LABELS.modes[m] for m in TRAVEL_MODES), LABELS.total, *blocks]
    staying = [
        LABELS.staying,
        *(LABELS.age_bands[a] for a in AGE_BANDS),
        LABELS.total,
        *(LABELS.activities[a] for a in STAY_ACTIVITIES),
    ]
    assert _in_order(text, passing + staying), text
    for field in (LABELS.date, LABELS.time, LABELS.weather, LABELS.place, LABELS.phase):
        assert field in text
    running = next(t for t in demo.trials.trials if t.status == "running")
    assert f"{LABELS.test}: {running.title}" in text  # the default: the running test


def test_a_counting_sheet_without_tests_is_blank(demo: ProjectSnapshot) -> None:
    empty = dataclasses.replace(demo, trials=dataclasses.replace(demo.trials, trials=()))
    text = pdf_text(form_pdf("counting-sheet", empty))
    assert LABELS.passing in text
    assert f"{LABELS.test}:" not in text


# -- dot-voting sheet -----------------------------------------------------------------------------


def test_the_vote_sheet_lists_the_open_ideas_in_the_banks_order(demo: ProjectSnapshot) -> None:
    text = pdf_text(form_pdf("vote-sheet", demo))
    ideas = [i.title for i in demo.trials.ideas if i.merged_into is None]
    assert len(ideas) > 3
    assert _in_order(text, ideas)
    merged = [i.title for i in demo.trials.ideas if i.merged_into is not None]
    assert all(title not in text for title in merged)
    assert text.count(LABELS.own_idea) == 3


def test_with_a_meeting_the_vote_sheet_lists_that_meetings_vote(demo: ProjectSnapshot) -> None:
    meeting = demo.meetings[0]
    first, second = demo.trials.ideas[:2]
    votes = (
        Vote("v1", second.uuid, meeting.meeting.uuid, 3),
        Vote("v2", first.uuid, meeting.meeting.uuid, 1),
    )
    book = dataclasses.replace(demo.trials, votes=votes)
    voted = dataclasses.replace(demo, trials=book)
    assert [i.uuid for i in ideas_to_vote(voted, meeting)][:2] == [first.uuid, second.uuid]
    text = pdf_text(form_pdf("vote-sheet", voted, meeting_uuid=meeting.meeting.uuid))
    assert meeting.meeting.title in text
    listed = [i.title for i in ideas_to_vote(voted, meeting)]
    assert all(title in text for title in listed)
    others = [i.title for i in demo.trials.ideas if i.title not in listed]
    assert others and all(title not in text for title in others)


def test_a_meeting_without_a_vote_lists_every_idea(demo: ProjectSnapshot) -> None:
    bare = dataclasses.replace(demo, trials=dataclasses.replace(demo.trials, votes=()))
    meeting = bare.meetings[-1]
    assert len(ideas_to_vote(bare, meeting)) == len(ideas_to_vote(bare, None))


# -- sign-in sheet --------------------------------------------------------------------------------


def test_the_sign_in_sheet_fills_the_privacy_notice_from_the_project(
    demo: ProjectSnapshot,
) -> None:
    project = dataclasses.replace(
        demo.project,
        privacy_controller="Skovlund Kommune, Teknik og Miljø",
        privacy_purpose="Invitationer til næste borgermøde.",
        privacy_contact="bymidte@skovlund.dk",
        privacy_keep_until=dt.date(2027, 3, 31),
    )
    text = pdf_text(form_pdf("sign-in", dataclasses.replace(demo, project=project)))
    for expected in (
        "Skovlund Kommune, Teknik og Miljø",
        "Invitationer til næste borgermøde.",
        "bymidte@skovlund.dk",
        "31 March 2027",
        LABELS.agree,
        LABELS.news,
        LABELS.name,
    ):
        assert expected in text, expected


def test_a_blank_privacy_notice_falls_back_to_the_municipality(demo: ProjectSnapshot) -> None:
    text = pdf_text(form_pdf("sign-in", demo))
    assert demo.project.privacy_purpose == ""
    for expected in (
        f"{LABELS.controller} {demo.project.municipality}",
        LABELS.default_purpose,
        LABELS.default_keep,
        LABELS.default_contact,
    ):
        assert expected in text, expected
    nowhere = dataclasses.replace(demo.project, municipality="", town="")
    text = pdf_text(form_pdf("sign-in", dataclasses.replace(demo, project=nowhere)))
    assert LABELS.default_controller in text


def test_no_form_prints_a_persons_name(demo: ProjectSnapshot) -> None:
    # The demo's facilitators and contact persons are persons: no form names them.
    people = ["Mette Holm", "Jonas Brandt", *(a.person_name for a in demo.actors.actors)]
    people = [p for p in people if p.strip()]
    for kind in ("feedback-cards", "counting-sheet", "vote-sheet", "sign-in", "large-print"):
        text = pdf_text(form_pdf(kind, demo))
        assert [p for p in people if p in text] == [], kind


# -- large print ----------------------------------------------------------------------------------


def _font_sizes(pdf: bytes) -> list[tuple[float, float, str]]:
    """(size in points, height on the page, text) of every piece of text."""
    out: list[tuple[float, float, str]] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
            if text.strip():
                scale = (tm[3] ** 2 + tm[2] ** 2) ** 0.5 * (cm[3] ** 2 + cm[2] ** 2) ** 0.5
                out.append((size * scale, cm[5] + tm[5] * cm[3], text.strip()))

        page.extract_text(visitor_text=visit)
    return out


def test_the_large_print_handout_is_the_handout_at_16_points(demo: ProjectSnapshot) -> None:
    meeting = demo.meetings[0]
    pdf = form_pdf("large-print", demo, meeting_uuid=meeting.meeting.uuid)
    text = pdf_text(pdf)
    assert meeting.meeting.title in text
    for item in meeting.agenda:
        assert item.title.split()[0] in text
    body = [(size, text) for size, y, text in _font_sizes(pdf) if 25 * 2.83 < y < 270 * 2.83]
    assert body
    assert min(size for size, _ in body) >= LARGE - 0.01, sorted(body)[:3]


@pytest.mark.parametrize(
    "kind", ["feedback-cards", "counting-sheet", "vote-sheet", "sign-in", "large-print"]
)
def test_no_text_of_a_form_is_below_10_points(kind: str, demo: ProjectSnapshot) -> None:
    # The cards' content shrinks to fit only if it must: it never has to, in this language.
    # The running header and footer (8.5 pt, top and bottom 20 mm) are the page's furniture;
    # so is the line at each card's foot ("Printed 1 June 2026 · Cards 1–8").
    sizes = _font_sizes(form_pdf(kind, demo, count=8))
    foot = "Printed 1 June 2026 · Cards 1–8"
    body = [
        (size, text) for size, y, text in sizes if 20 * 2.835 < y < 280 * 2.835 and text != foot
    ]
    assert body
    assert min(size for size, _ in body) >= 10 - 0.01, sorted(body)[:3]
