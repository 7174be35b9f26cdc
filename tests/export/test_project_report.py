"""The project report (issue 14): everything in one document for the council.

What a council member would notice: the first page answers the five questions in sentences that
match the project; the table of contents sends each chapter, test and meeting to the page it is
on; every page is A4 with its text inside the margins; nothing is lost or half-written when the
build is cancelled.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from export_helpers import page_texts, reader

from workshop_app.domain.model import Project, ProjectSnapshot
from workshop_app.domain.trials import StatusChange, Trial, TrialBook
from workshop_app.export import Cancelled, styles
from workshop_app.export.report import write_project_report
from workshop_app.export.report_labels import ReportLabels
from workshop_app.export.report_summary import MOST, executive_summary, held_meetings
from workshop_app.services.demo import demo_snapshot

TODAY = dt.date(2026, 6, 1)


def _pdf(snapshot: ProjectSnapshot, **kw: Any) -> bytes:
    out = io.BytesIO()
    write_project_report(snapshot, ReportLabels(), out, today=TODAY, **kw)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo() -> ProjectSnapshot:
    return demo_snapshot(TODAY)


@pytest.fixture(scope="module")
def demo_pdf(demo: ProjectSnapshot) -> bytes:
    return _pdf(demo)


def _flat(text: str) -> str:
    return " ".join(text.split())


# -- the first page --------------------------------------------------------------------------------


def test_the_first_page_answers_the_five_questions_from_the_demo(demo_pdf: bytes) -> None:
    first = _flat(page_texts(demo_pdf)[0])
    labels = ReportLabels()
    for question in (labels.stands, labels.tried, labels.showed, labels.decided, labels.next):
        assert question in first
    # Computed from the demo: 2 of its 4 meetings lie before 1 June 2026, 4 tests, 40 reactions.
    assert "2 of 4 meetings have been held, with 60 citizens counted." in first
    assert "4 tests in all: 1 planned, 1 running, 2 decided." in first
    assert "40 pieces of feedback in all: 21 positive, 7 neutral, 12 negative." in first
    assert "“Bilfri Torvegade om lørdagen”: discard (16 May 2026)." in first
    assert "Next meeting: “Borgermøde: Hvad skal bymidten kunne?”, 10 June 2026." in first
    # A re-test is told apart from the test it repeats.
    assert "“Byens stue på Torvet (version 2)”: running" in first


def test_an_empty_project_says_so_in_plain_sentences() -> None:
    empty = ProjectSnapshot(project=Project(uuid="p1"))
    answers = executive_summary(empty, ReportLabels(), TODAY)
    sentences = [s for a in answers for s in a.sentences]
    assert sentences == [
        "The charter has not been written yet.",
        "No actors are mapped yet.",
        "No meetings are planned yet.",
        "No tests have been planned yet.",
        "No test has counts or feedback yet.",
        "Nothing has been decided yet.",
        "Nothing is planned yet.",
    ]
    pdf = _pdf(empty)  # and the report still builds, each chapter saying it is empty
    assert "Untitled project" in page_texts(pdf)[0]


def test_many_tests_are_summed_up_not_listed(demo: ProjectSnapshot) -> None:
    base = demo.trials.trials[0]
    running = (StatusChange(uuid="s", trial_uuid="t", status="running", date=TODAY),)
    trials = tuple(
        replace(base, uuid=f"t{i}", position=i, title=f"Forsøg {i}", history=running)
        for i in range(40)
    )
    big = replace(demo, trials=TrialBook(trials=trials))
    tried = executive_summary(big, ReportLabels(), TODAY)[1].sentences
    assert tried[0] == "40 tests in all: 40 running."
    assert len(tried) == 1 + MOST + 1
    assert tried[-1] == "… and 37 more (see “Tests”)."


def test_held_meetings_are_those_before_today_or_ended_live(demo: ProjectSnapshot) -> None:
    held = held_meetings(demo, TODAY)
    assert [m.meeting.date for m in held] == [dt.date(2026, 5, 18), dt.date(2026, 5, 25)]


# -- the table of contents -------------------------------------------------------------------------

_ENTRY = re.compile(r"^\s*(\S.*?\S)\s{2,}(\d+)\s*$")


def _layout_pages(pdf: bytes) -> list[str]:
    done = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True
    )
    return done.stdout.decode("utf-8").split("\f")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_the_contents_send_each_chapter_test_and_meeting_to_its_page(
    demo: ProjectSnapshot, demo_pdf: bytes
) -> None:
    pages = _layout_pages(demo_pdf)
    entries = [m.groups() for line in pages[1].splitlines() if (m := _ENTRY.match(line))]
    titles = [title for title, _ in entries]
    labels = ReportLabels()
    for chapter in (labels.charter, labels.actor_map, labels.tests, labels.meetings):
        assert chapter in titles
    for trial in demo.trials.trials:
        assert any(t.startswith(trial.title) for t in titles), trial.title
    for entry in held_meetings(demo, TODAY):
        assert entry.meeting.title in titles
    numbers = [int(page) for _, page in entries]
    assert numbers == sorted(numbers) and numbers[0] == 3
    for title, page in entries:
        # The title is at the top of its page (under the running header), nowhere earlier.
        head = _flat(" ".join(pages[int(page) - 1].splitlines()[:8]))
        assert title.removesuffix(" (version 2)") in head, (title, page)


def test_the_contents_stay_right_when_the_contents_run_over_a_page(
    demo: ProjectSnapshot,
) -> None:
    # 60 tests: the contents take two pages, which moves everything after them by one.
    base = demo.trials.trials[-1]
    trials = tuple(
        replace(base, uuid=f"t{i:02d}", position=i, title=f"Afprøvning {i:02d}", version_of=None)
        for i in range(60)
    )
    pdf = _pdf(replace(demo, trials=TrialBook(trials=trials)))
    pages = _layout_pages(pdf)
    listed = {
        title: int(page)
        for text in pages[1:3]
        for line in text.splitlines()
        if (m := _ENTRY.match(line))
        for title, page in [m.groups()]
    }
    assert len([t for t in listed if t.startswith("Afprøvning")]) == 60
    for title, page in listed.items():
        assert title in _flat(" ".join(pages[page - 1].splitlines()[:8])), (title, page)


# -- the pages -------------------------------------------------------------------------------------


def test_every_page_is_a4_with_its_metadata_naming_no_one(demo_pdf: bytes) -> None:
    # A4 throughout; the actor map's pages (its grid and register) turned as in its own document.
    pdf = reader(demo_pdf)
    sizes = [
        (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        for page in pdf.pages
    ]
    landscape = [number for number, size in enumerate(sizes, start=1) if size == (842, 595)]
    assert set(sizes) == {(595, 842), (842, 595)}
    texts = [page.extract_text() for page in pdf.pages]
    assert "Actor map" in texts[landscape[0] - 1]
    assert landscape == list(range(landscape[0], landscape[-1] + 1))
    assert "Tests" in texts[landscape[-1]]  # the next chapter is portrait again
    assert pdf.metadata is not None
    assert pdf.metadata.title == "Project report – Egeby bymidte"
    values = " ".join(str(v) for v in pdf.metadata.values())
    assert "Mette" not in values and "Jonas" not in values


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">')


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_no_text_outside_the_printable_area(demo_pdf: bytes) -> None:
    done = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", "-", "-"], input=demo_pdf, capture_output=True
    )
    outside, found = [], 0
    for page in _PAGE.finditer(done.stdout.decode()):  # portrait or landscape: each its own
        width, height = float(page[1]), float(page[2])
        boxes = [tuple(map(float, m.groups())) for m in _WORD.finditer(page[3])]
        found += len(boxes)
        left, right = styles.MARGIN_LEFT - 1, width - styles.MARGIN_RIGHT + 1
        outside += [b for b in boxes if b[0] < left or b[2] > right or b[1] < 0 or b[3] > height]
    assert found > 1000
    assert outside == []


def test_every_font_is_embedded(demo_pdf: bytes) -> None:
    pdf = reader(demo_pdf)
    fonts: dict[str, bool] = {}
    for page in pdf.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descendant = font.get("/DescendantFonts")
            descriptor = (descendant[0].get_object() if descendant else font).get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts[str(font["/BaseFont"])] = embedded
    assert fonts and all(fonts.values()), fonts


# -- the build -------------------------------------------------------------------------------------


def test_cancelled_writes_nothing(demo: ProjectSnapshot, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    calls: list[int] = []

    def cancel_later() -> bool:
        calls.append(1)
        return len(calls) > 40  # well into the first layout pass

    with pytest.raises(Cancelled):
        write_project_report(demo, ReportLabels(), out, today=TODAY, is_cancelled=cancel_later)
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_progress_rises_to_one_hundred_once(demo: ProjectSnapshot, tmp_path: Path) -> None:
    seen: list[int] = []
    out = tmp_path / "r.pdf"
    write_project_report(demo, ReportLabels(), out, today=TODAY, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 100 and seen.count(100) == 1
    assert out.read_bytes().startswith(b"%PDF")


def _trial(uuid: str, **kw: Any) -> Trial:
    return Trial(uuid=uuid, position=0, **kw)


def test_a_test_without_dates_is_named_as_such() -> None:
    planned = (StatusChange(uuid="s", trial_uuid="a", status="planned", date=TODAY),)
    book = TrialBook(trials=(_trial("a", title="Bænke", history=planned),))
    snapshot = ProjectSnapshot(project=Project(uuid="p"), trials=book)
    coming = executive_summary(snapshot, ReportLabels(), TODAY)[4].sentences
    assert coming == ("“Bænke” is planned; no start date is set.",)
