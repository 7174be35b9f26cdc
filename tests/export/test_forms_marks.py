"""Every blank form, for the demo: A4, every font embedded, every text line inside the printable
area, and the machine-readable marks (a QR code holding project, form, test and number, four
corner marks) on every card and every page."""

from __future__ import annotations

import pytest
from forms_helpers import (
    A4,
    TODAY,
    fonts,
    form_pdf,
    needs_pdftotext,
    outside_printable_area,
    reader,
    recording,
)

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.export.forms import FORM_KINDS, TRIAL_FORMS, marks
from workshop_app.export.forms.cards import CARD_HEIGHT, CARD_WIDTH
from workshop_app.export.forms.parts import pick_trial
from workshop_app.services.demo import demo_snapshot


@pytest.fixture(scope="module")
def demo() -> ProjectSnapshot:
    return demo_snapshot(TODAY)


def test_the_payload_is_one_compact_line() -> None:
    assert marks.qr_payload("feedback-cards", "p-1", "t-2", 17) == "BMV1;feedback-cards;p-1;t-2;17"
    assert marks.qr_payload("sign-in", "p-1", None, 2) == "BMV1;sign-in;p-1;;2"
    # A separator inside an id cannot shift the fields.
    assert marks.qr_payload("vote-sheet", "p;1\n", None, 1).split(";") == [
        "BMV1",
        "vote-sheet",
        "p1",
        "",
        "1",
    ]


def test_the_qr_drawing_holds_the_payload() -> None:
    drawing = marks.qr_drawing("BMV1;counting-sheet;p;t;1")
    (widget,) = drawing.contents
    assert widget.value == "BMV1;counting-sheet;p;t;1"
    assert drawing.width == drawing.height == marks.QR_SIZE


@pytest.mark.parametrize("kind", FORM_KINDS)
def test_every_form_is_a4_with_every_font_embedded(kind: str, demo: ProjectSnapshot) -> None:
    pdf = form_pdf(kind, demo)
    pages = reader(pdf).pages
    assert len(pages) >= 1
    for page in pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4)
    used = fonts(pdf)
    assert used, "no fonts found"
    assert all(used.values()), used  # every font embedded
    assert not [name for name in used if "Helvetica" in name or "DejaVu" not in name]


@needs_pdftotext
@pytest.mark.parametrize("kind", FORM_KINDS)
def test_every_text_line_is_inside_the_printable_area(kind: str, demo: ProjectSnapshot) -> None:
    assert outside_printable_area(form_pdf(kind, demo, count=8)) == []


@pytest.mark.parametrize("kind", [k for k in FORM_KINDS if k != "feedback-cards"])
def test_every_page_has_its_qr_code_and_corner_marks(
    kind: str, demo: ProjectSnapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with recording(monkeypatch) as drawn:
        pdf = form_pdf(kind, demo)
    pages = len(reader(pdf).pages)
    trial = pick_trial(demo, None) if kind in TRIAL_FORMS else None
    test = trial.uuid if trial is not None else ""
    project = demo.project.uuid
    assert drawn.qr == [(n, f"BMV1;{kind};{project};{test};{n}") for n in range(1, pages + 1)]
    assert drawn.corners == [(n, 0, 0, *A4) for n in range(1, pages + 1)]


def test_a_long_form_has_the_marks_on_every_page(
    demo: ProjectSnapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The dot-voting sheet of the demo's 17 ideas runs onto a second page: that page has its
    # own QR code (sheet 2) and corner marks too.
    with recording(monkeypatch) as drawn:
        pdf = form_pdf("vote-sheet", demo)
    assert len(reader(pdf).pages) == 2
    assert [page for page, _ in drawn.qr] == [1, 2]
    assert drawn.qr[1][1].endswith(";2")
    assert [c[0] for c in drawn.corners] == [1, 2]


def test_every_card_has_its_number_in_its_qr_code_and_corner_marks(
    demo: ProjectSnapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    trial = demo.trials.trials[1]
    with recording(monkeypatch) as drawn:
        pdf = form_pdf("feedback-cards", demo, trial_uuid=trial.uuid, first=49, count=6)
    assert len(reader(pdf).pages) == 2  # four a sheet
    project = demo.project.uuid
    assert drawn.qr == [
        (1 if number < 53 else 2, f"BMV1;feedback-cards;{project};{trial.uuid};{number}")
        for number in range(49, 55)
    ]
    # Each card framed by its own four corner marks: the quarters of the sheet.
    quarters = [(0, CARD_HEIGHT), (CARD_WIDTH, CARD_HEIGHT), (0, 0), (CARD_WIDTH, 0)]
    expected = [(1, *q, CARD_WIDTH, CARD_HEIGHT) for q in quarters]
    expected += [(2, *q, CARD_WIDTH, CARD_HEIGHT) for q in quarters[:2]]
    assert drawn.corners == expected
