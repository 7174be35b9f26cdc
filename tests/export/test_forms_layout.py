"""The forms as a citizen and a facilitator read them after the review of issue 14: each sheet
names its meeting, a re-test is printed with its version, the sign-in sheet is one page in both
languages, cut cards carry no piece of a page header, tick boxes read with their own word, and the
large-print handout names itself once."""

from __future__ import annotations

import dataclasses

import pytest
from forms_helpers import A4, MM, TODAY, form_pdf, needs_pdftotext, pdf_text, reader, text_lines
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.domain.schedule import next_meeting
from workshop_app.domain.trials import Trial, title_with_version, version_chain
from workshop_app.export.fonts import BOLD
from workshop_app.export.forms import FormLabels
from workshop_app.export.forms.cards import CONTENT_WIDTH
from workshop_app.export.forms.page import LARGE_FURNITURE, day_text
from workshop_app.export.forms.parts import TEXT_GAP, TickBoxes
from workshop_app.services.demo import demo_snapshot
from workshop_app.ui.print_forms import labels_in

pytestmark = needs_pdftotext
LABELS = FormLabels()


@pytest.fixture(scope="module")
def demo() -> ProjectSnapshot:
    return demo_snapshot(TODAY)


def _retest(demo: ProjectSnapshot) -> Trial:
    return next(t for t in demo.trials.trials if len(version_chain(demo.trials, t.uuid)) > 1)


# -- 1. the sheets of a meeting name it -----------------------------------------------------------


@pytest.mark.parametrize("kind", ["sign-in", "vote-sheet"])
def test_a_meeting_sheet_names_the_next_meeting_by_default(
    kind: str, demo: ProjectSnapshot
) -> None:
    entry = next_meeting(demo, TODAY)
    assert entry is not None and entry.meeting.date is not None and entry.meeting.place
    text = pdf_text(form_pdf(kind, demo))
    assert f"{LABELS.meeting}: {entry.meeting.title}" in text
    assert day_text(LABELS, entry.meeting.date) in text
    assert entry.meeting.place in text


@pytest.mark.parametrize("kind", ["sign-in", "vote-sheet"])
def test_a_meeting_sheet_names_the_meeting_chosen(kind: str, demo: ProjectSnapshot) -> None:
    chosen = next(m for m in demo.meetings if m != next_meeting(demo, TODAY))
    text = pdf_text(form_pdf(kind, demo, meeting_uuid=chosen.meeting.uuid))
    assert f"{LABELS.meeting}: {chosen.meeting.title}" in text
    assert chosen.meeting.place in text


def test_without_meetings_a_sheet_names_none(demo: ProjectSnapshot) -> None:
    bare = dataclasses.replace(demo, meetings=())
    for kind in ("sign-in", "vote-sheet"):
        assert f"{LABELS.meeting}:" not in pdf_text(form_pdf(kind, bare))


# -- 2. a re-test is printed as the app names it --------------------------------------------------


def test_a_retest_is_printed_with_its_version(demo: ProjectSnapshot) -> None:
    retest = _retest(demo)
    number = len(version_chain(demo.trials, retest.uuid))
    named = f"{retest.title} (version {number})"
    cards = pdf_text(form_pdf("feedback-cards", demo, trial_uuid=retest.uuid))
    assert cards.count(named) == 4
    sheet = pdf_text(form_pdf("counting-sheet", demo, trial_uuid=retest.uuid))
    assert f"{LABELS.test}: {named}" in sheet
    first = version_chain(demo.trials, retest.uuid)[0]
    assert "(version" not in pdf_text(form_pdf("counting-sheet", demo, trial_uuid=first.uuid))


def test_a_long_retest_title_is_shortened_before_its_version(demo: ProjectSnapshot) -> None:
    retest = dataclasses.replace(_retest(demo), title="Byens stue på Torvet " * 20)
    trials = tuple(retest if t.uuid == retest.uuid else t for t in demo.trials.trials)
    long = dataclasses.replace(demo, trials=dataclasses.replace(demo.trials, trials=trials))
    number = len(version_chain(long.trials, retest.uuid))
    text = pdf_text(form_pdf("feedback-cards", long, trial_uuid=retest.uuid))
    assert text.count(f"… (version {number})") == 4


def test_the_title_with_version_rule(demo: ProjectSnapshot) -> None:
    book = demo.trials
    retest = _retest(demo)
    first = version_chain(book, retest.uuid)[0]
    assert title_with_version(book, first, "{0} (v{1})") == first.title
    number = len(version_chain(book, retest.uuid))
    assert title_with_version(book, retest, "{0} (v{1})") == f"{retest.title} (v{number})"
    assert title_with_version(book, retest, "{2} {x}") == f"{retest.title} ({number})"
    blank = dataclasses.replace(first, title="  ")
    assert title_with_version(book, blank, "{0} (v{1})", "(untitled)") == "(untitled)"


def test_the_danish_form_names_a_retest_as_the_print_page_does(
    qapp: object, demo: ProjectSnapshot
) -> None:
    retest = _retest(demo)
    danish = labels_in("da")
    named = title_with_version(demo.trials, retest, danish.test_version)
    text = pdf_text(form_pdf("counting-sheet", demo, danish, trial_uuid=retest.uuid))
    assert named != retest.title and named in text


# -- 3. the sign-in sheet is one page -------------------------------------------------------------


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_sign_in_sheet_is_one_page(qapp: object, language: str) -> None:
    demo = demo_snapshot(TODAY)
    labels = labels_in(language)
    pdf = form_pdf("sign-in", demo, labels)
    assert len(reader(pdf).pages) == 1
    lines = text_lines(pdf)
    assert any(ln.text == "16" for ln in lines)  # the last row to sign in on


# -- 4. cut cards carry no piece of a page header or footer ---------------------------------------


def test_nothing_crosses_the_cut_lines_of_a_card_sheet(
    demo: ProjectSnapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The running header's and footer's rules used to run across the vertical cut.
    drawn: list[tuple[float, float, float, float]] = []
    line = Canvas.line

    def record(canvas: Canvas, x1: float, y1: float, x2: float, y2: float) -> None:
        drawn.append((x1, y1, x2, y2))
        line(canvas, x1, y1, x2, y2)

    monkeypatch.setattr(Canvas, "line", record)
    pdf = form_pdf("feedback-cards", demo, first=49, count=4)
    width, height = A4
    guides = {(width / 2, 0, width / 2, height), (0, height / 2, width, height / 2)}
    crossing = [
        (x1, y1, x2, y2)
        for x1, y1, x2, y2 in drawn
        if (x1, y1, x2, y2) not in guides
        and (min(x1, x2) < width / 2 < max(x1, x2) or min(y1, y2) < height / 2 < max(y1, y2))
    ]
    assert len(drawn) > 20 and crossing == []
    text = [ln for ln in text_lines(pdf) if ln.x0 < width / 2 < ln.x1 or ln.y0 < height / 2 < ln.y1]
    assert text == []


def test_cards_have_no_running_header_and_each_says_its_run(demo: ProjectSnapshot) -> None:
    pdf = form_pdf("feedback-cards", demo, first=49, count=8)
    for page in (1, 2):
        text = " ".join(ln.text for ln in text_lines(pdf) if ln.page == page)
        assert demo.project.name not in text  # the header's project name
        assert LABELS.feedback_cards not in text  # the header's document name
        assert "Page" not in text  # no "page n of m"
        assert text.count("Printed 1 June 2026 · Cards 49–56") == 4  # small, on each card


# -- 5. tick boxes read with their own word -------------------------------------------------------


def test_a_box_stands_further_from_the_group_label_than_from_its_word() -> None:
    boxes = TickBoxes(LABELS.age, ["0–14", "15–29"])
    boxes.wrap(CONTENT_WIDTH, 100)
    (label_x, _, _), (box_x, _, _) = boxes._rows[0][:2]
    gap = box_x - label_x - stringWidth(LABELS.age, BOLD, boxes.size)
    assert gap >= 2 * TEXT_GAP  # the box-to-word gap is TEXT_GAP


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_overall_boxes_are_one_row_on_a_card(qapp: object, language: str) -> None:
    labels = labels_in(language)
    boxes = TickBoxes(labels.overall, list(labels.sentiments.values()))
    _, height = boxes.wrap(CONTENT_WIDTH, 100)
    assert height == pytest.approx(boxes.row_height)  # "☐ Negative" not on a line of its own
    pdf = form_pdf("feedback-cards", demo_snapshot(TODAY), labels)
    lines = [ln for ln in text_lines(pdf) if ln.page == 1]
    label = next(ln for ln in lines if ln.text == labels.overall)
    row = " ".join(ln.text for ln in lines if abs(ln.y0 - label.y0) < 2 and ln.x0 < A4[0] / 2)
    for word in labels.sentiments.values():
        assert word in row  # on the label's line of the first card


def test_the_last_line_to_write_on_stands_clear_of_the_age_boxes(demo: ProjectSnapshot) -> None:
    pdf = form_pdf("feedback-cards", demo, count=1)
    lines = text_lines(pdf)
    better = next(ln for ln in lines if ln.text == LABELS.could_be_better)
    age = next(ln for ln in lines if ln.text == LABELS.age)
    # Three lines 6.8 mm apart under the label, then at least 2.5 mm before the boxes' row.
    assert age.y0 - better.y1 >= 3 * 6.8 * MM + 2.5 * MM


# -- 6. the large-print handout -------------------------------------------------------------------


def test_the_large_print_handout_names_itself_once(demo: ProjectSnapshot) -> None:
    entry = demo.meetings[0]
    pdf = form_pdf("large-print", demo, meeting_uuid=entry.meeting.uuid)
    handout = LABELS.meeting_labels.document_title
    first = [ln.text for ln in text_lines(pdf) if ln.page == 1]
    assert first.count(handout) == 1
    # The form's own name only in the running header, not as a second title for the reader.
    assert first.count(LABELS.large_print) == 1
    assert first.index(LABELS.large_print) < first.index(handout)


def test_the_large_print_header_and_footer_are_larger(demo: ProjectSnapshot) -> None:
    pdf = form_pdf("large-print", demo)
    lines = text_lines(pdf)
    footer = next(ln for ln in lines if ln.text.startswith("Printed"))
    # pdftotext's box of a line is about its type size high.
    assert footer.y1 - footer.y0 >= LARGE_FURNITURE * 0.95
    card = form_pdf("counting-sheet", demo)
    small = next(ln for ln in text_lines(card) if ln.text.startswith("Printed"))
    assert small.y1 - small.y0 < footer.y1 - footer.y0


def test_the_large_print_agenda_gives_its_room_to_the_items(demo: ProjectSnapshot) -> None:
    entry = demo.meetings[0]
    assert entry.meeting.start_time is not None and entry.agenda
    pdf = form_pdf("large-print", demo, meeting_uuid=entry.meeting.uuid)
    lines = [ln for ln in text_lines(pdf) if ln.page == 1]
    labels = LABELS.meeting_labels
    time = next(ln for ln in lines if ln.text == labels.clock and ln.x0 > 65)
    item = next(ln for ln in lines if ln.text == labels.item)
    start = entry.meeting.start_time.strftime("%H:%M")
    assert f"{start}–" in [ln.text for ln in lines]  # the end time on the line below
    # The time column is as wide as "16:00–" needs (it was 43 mm for "16:00–16:10").
    assert item.x0 - time.x0 < 30 * MM
