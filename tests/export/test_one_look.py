"""One look for every document (issue 14, item 1), checked over ALL documents the app prints, for
the demo project and for hostile ones: every font embedded and none of the 14 standard fonts, A4
pages, metadata that names the document and the app but no person, no text outside the area a
printer prints, body text of at least 10 pt, headings never last on a page, words never broken
by a narrow column, and the project's optional logo and accent colour in every running header.

Text positions are read with pypdf's visitor (``pdf_boxes``); pdfplumber is not a dependency.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import functools
import io
import itertools
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from export_helpers import reader
from hostile_project import Hostile, hostile_snapshot
from pdf_boxes import STANDARD_14, Run, fonts, runs
from PIL import Image
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from workshop_app import APP_NAME
from workshop_app.domain.model import ProjectSnapshot
from workshop_app.export import styles as st
from workshop_app.export.actor_map import ActorMapLabels, write_actor_map
from workshop_app.export.charter import CharterLabels, write_charter
from workshop_app.export.document import (
    LANDSCAPE,
    PORTRAIT,
    PageFurniture,
    build_pdf,
    turn_pages,
)
from workshop_app.export.flowables import FlowingTable
from workshop_app.export.handout import HandoutLabels, write_handout
from workshop_app.export.runsheet import write_runsheet
from workshop_app.export.trial_card import TrialCardLabels, write_trial_cards
from workshop_app.export.trial_report import TrialReportLabels, write_trial_report
from workshop_app.services.demo import demo_snapshot

TODAY = dt.date(2026, 11, 20)
#: What every office printer prints: nothing of ours may come closer to the paper's edge.
PRINTABLE = 10 * mm


def _pdf(write: Callable[[io.BytesIO], None]) -> bytes:
    buffer = io.BytesIO()
    write(buffer)
    return buffer.getvalue()


#: Every document, by the command line's name; meetings: the next planned one (or the latest).
DOCUMENTS: dict[str, Callable[[ProjectSnapshot], bytes]] = {
    "charter": lambda s: _pdf(lambda o: write_charter(s, CharterLabels(), o, today=TODAY)),
    "actors": lambda s: _pdf(lambda o: write_actor_map(s, ActorMapLabels(), o, today=TODAY)),
    "actors-with-names": lambda s: _pdf(
        lambda o: write_actor_map(s, ActorMapLabels(), o, with_names=True, today=TODAY)
    ),
    "test-card": lambda s: _pdf(lambda o: write_trial_cards(s, TrialCardLabels(), o, today=TODAY)),
    "test-report": lambda s: _pdf(
        lambda o: write_trial_report(s, TrialReportLabels(), o, today=TODAY)
    ),
    "handout": lambda s: _pdf(lambda o: write_handout(s, None, HandoutLabels(), o, today=TODAY)),
    "runsheet": lambda s: _pdf(lambda o: write_runsheet(s, None, HandoutLabels(), o, today=TODAY)),
}


class Markup(Hostile):
    """Every text a user could type to break a PDF: markup, an entity, a file reference, emoji,
    right-to-left marks and control characters, between the usual markers."""

    NASTY = '<b>bold</b> R&D &amp; </para> <img src="/etc/passwd"/> 😀 \u200fمرحبا\u200e \x07\x1b '

    def text(self, name: str, *, long: bool = True) -> str:
        plain = super().text(name, long=long)
        start, rest = plain.split(" ", 1)
        return f"{start} {self.NASTY}{rest[-200:]}"


def _png(size: tuple[int, int] = (300, 120)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (20, 90, 160)).save(out, format="PNG")
    return out.getvalue()


ACCENT = "#1f6f8b"


def _with_look(snapshot: ProjectSnapshot, logo: bytes | None, accent: str) -> ProjectSnapshot:
    project = dataclasses.replace(snapshot.project, logo=logo, accent=accent)
    return dataclasses.replace(snapshot, project=project)


PROJECTS: dict[str, Callable[[], ProjectSnapshot]] = {
    "demo": lambda: demo_snapshot(TODAY),
    "hostile": lambda: hostile_snapshot()[0],
    "markup": lambda: hostile_snapshot(Markup(long=2_000))[0],
    "logo": lambda: _with_look(demo_snapshot(TODAY), _png(), ACCENT),
}


@functools.cache
def snapshot_of(project: str) -> ProjectSnapshot:
    return PROJECTS[project]()


@functools.cache
def pdf_of(project: str, document: str) -> bytes:
    return DOCUMENTS[document](snapshot_of(project))


ROOT = Path(__file__).resolve().parents[2]

#: The demo's documents in Danish, made in a child process: translated labels need Qt's
#: translators, which a test process with its own QApplication must not install.
_DANISH = """
import datetime as dt, io, sys
from workshop_app.services.demo import demo_snapshot
from workshop_app.ui import headless as h
from workshop_app.export.actor_map import write_actor_map
from workshop_app.export.charter import write_charter
from workshop_app.export.handout import write_handout
from workshop_app.export.runsheet import write_runsheet
from workshop_app.export.trial_card import write_trial_cards
from workshop_app.export.trial_report import write_trial_report
day = dt.date.fromisoformat(sys.argv[2])
s, out = demo_snapshot(day), sys.argv[1]
m = h.meeting_labels_for("da")
write_charter(s, h.charter_labels_for("da"), open(f"{out}/charter.pdf", "wb"), today=day)
write_actor_map(s, h.actor_map_labels_for("da"), open(f"{out}/actors.pdf", "wb"), today=day)
write_actor_map(s, h.actor_map_labels_for("da"), open(f"{out}/actors-with-names.pdf", "wb"),
                with_names=True, today=day)
write_trial_cards(s, h.trial_card_labels_for("da"), open(f"{out}/test-card.pdf", "wb"), today=day)
write_trial_report(s, h.trial_report_labels_for("da"), open(f"{out}/test-report.pdf", "wb"),
                   today=day)
write_handout(s, None, m, open(f"{out}/handout.pdf", "wb"), today=day)
write_runsheet(s, None, m, open(f"{out}/runsheet.pdf", "wb"), today=day)
"""


@functools.cache
def _danish_pdfs() -> dict[str, bytes]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [sys.executable, "-c", _DANISH, folder, TODAY.isoformat()],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return {name: (Path(folder) / f"{name}.pdf").read_bytes() for name in DOCUMENTS}


@functools.cache
def runs_of(project: str, document: str) -> tuple[Run, ...]:
    if project == "demo-da":
        return tuple(runs(_danish_pdfs()[document]))
    return tuple(runs(pdf_of(project, document)))


EVERY = [(p, d) for p in ("demo", "hostile", "markup") for d in DOCUMENTS]
#: The demo with English labels (made here) and with Danish ones (made by the app's own
#: translations, see :func:`_danish_pdfs`).
DEMOS = [(p, d) for p in ("demo", "demo-da") for d in DOCUMENTS]


@pytest.mark.parametrize(("project", "document"), EVERY)
def test_every_font_is_embedded_and_none_is_a_standard_font(project: str, document: str) -> None:
    # A standard font is not embedded: the printer substitutes its own, and Danish letters or
    # emoji may come out wrong. The actor map, test card and test report named Helvetica.
    used = set(fonts(pdf_of(project, document)))
    assert used, "no fonts found"
    assert {name for name, embedded in used if not embedded} == set()
    assert {name for name, _ in used} & STANDARD_14 == set()


@pytest.mark.parametrize(("project", "document"), EVERY)
def test_every_page_is_a4(project: str, document: str) -> None:
    for page in reader(pdf_of(project, document)).pages:
        size = sorted((float(page.mediabox.width), float(page.mediabox.height)))
        assert size == pytest.approx(sorted(A4), abs=0.5)


#: Fields of the hostile project that hold a person's name or contact.
PERSONAL = {
    "project.facilitators", "actor.person_name", "actor.contact", "meeting.facilitators",
    "agenda.responsible", "action.who", "plan.responsible", "permit.by_whom",
}  # fmt: skip


def _personal_markers() -> set[str]:
    _, h = hostile_snapshot()
    return {f"qz{tag}a" for tag, field in h.fields.items() if field in PERSONAL}


def _demo_people() -> set[str]:
    snapshot = snapshot_of("demo")
    names = {a.person_name.strip() for a in snapshot.actors.actors} - {""}
    names |= {part.split("(")[0].strip() for part in snapshot.project.facilitators.split(",")}
    return names - {""}


@pytest.mark.parametrize(("project", "document"), EVERY)
def test_metadata_names_the_document_and_the_app_never_a_person(
    project: str, document: str
) -> None:
    meta = reader(pdf_of(project, document)).metadata
    assert meta is not None
    assert meta.title and meta.subject and meta.subject in meta.title
    assert meta.creator == APP_NAME
    assert meta.author == APP_NAME
    text = " ".join(str(value) for value in meta.values())
    people = _personal_markers() if project != "demo" else _demo_people()
    assert [name for name in people if name in text] == []


@pytest.mark.parametrize(("project", "document"), EVERY)
def test_no_text_outside_the_printable_area(project: str, document: str) -> None:
    pages = reader(pdf_of(project, document)).pages
    outside = []
    for run in runs_of(project, document):
        box = pages[run.page - 1].mediabox
        width, height = float(box.width), float(box.height)
        if not (
            run.x0 >= PRINTABLE - 0.5
            and run.x1 <= width - PRINTABLE + 0.5
            and run.y0 >= PRINTABLE - 0.5
            and run.y1 <= height - PRINTABLE + 0.5
        ):
            outside.append((run.page, run.text[:40], round(run.x0), round(run.x1), round(run.y0)))
    assert outside == []


@pytest.mark.parametrize(("project", "document"), DEMOS)
def test_body_text_is_at_least_10_pt(project: str, document: str) -> None:
    # The size most of the text is set in (the body and the table cells) is at least 10 pt;
    # smaller type is left for running headers, notes and chart labels, and never below 6.5 pt.
    amount: collections.Counter[float] = collections.Counter()
    for run in runs_of(project, document):
        amount[round(run.size, 1)] += len(run.text)
    body, _ = amount.most_common(1)[0]
    assert body >= 10
    assert min(amount) >= 6.5


def _lines(items: tuple[Run, ...]) -> list[list[Run]]:
    """Runs grouped into lines of one paragraph: same page, same baseline, at most a space
    apart (table cells side by side stay apart: their padding is wider)."""
    lines: list[list[Run]] = []
    for run in sorted(items, key=lambda r: (r.page, -round(r.y0, 1), r.x0)):
        last = lines[-1][-1] if lines else None
        if (
            last is not None
            and last.page == run.page
            and abs(last.y0 - run.y0) < 0.5
            and run.x0 - last.x1 < 0.5 * run.size
        ):
            lines[-1].append(run)
        else:
            lines.append([run])
    return lines


def _next_lines(lines: list[list[Run]]) -> Iterator[tuple[list[Run], list[Run]]]:
    """Each line with the line right below it in the same column (same page, same left edge,
    within two lines' height), where there is one."""
    by_left: dict[tuple[int, float], list[list[Run]]] = collections.defaultdict(list)
    for line in lines:
        by_left[(line[0].page, round(line[0].x0))].append(line)
    for column in by_left.values():
        column.sort(key=lambda line: -line[0].y0)
        for upper, lower in itertools.pairwise(column):
            if 0 < upper[0].y0 - lower[0].y0 < 2 * upper[0].size:
                yield upper, lower


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _strings(getattr(value, item.name))
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict) or hasattr(value, "items"):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)


def _vocabulary() -> set[str]:
    """Every word of the demo project and of the documents' labels, English and Danish."""
    labels = (CharterLabels(), ActorMapLabels(), TrialCardLabels(), TrialReportLabels())
    texts = [*_strings(snapshot_of("demo")), *_strings(labels), *_strings(HandoutLabels())]
    danish = ET.parse(ROOT / "resources" / "i18n" / "workshop_app_da.ts").getroot()
    texts += [t.text or "" for t in danish.iter("translation")]
    return {w.lower() for text in texts for w in re.findall(r"\w+", text)}


@pytest.mark.parametrize(("project", "document"), DEMOS)
def test_no_word_is_broken_by_a_narrow_column(project: str, document: str) -> None:
    # "springv / andet" in the test report's counting table: a column narrower than a word.
    # A line that ends in a fragment which, with the start of the line below it in the same
    # column, makes a word of the project or of the labels is a word broken in two.
    words = _vocabulary()
    lines = _lines(runs_of(project, document))
    broken = []
    for upper, lower in _next_lines(lines):
        head = re.search(r"(\w+)$", upper[-1].text)
        tail = re.match(r"(\w+)", lower[0].text)
        if head and tail:
            first, whole = head[1].lower(), (head[1] + tail[1]).lower()
            if first not in words and whole in words:
                broken.append(f"{head[1]}/{tail[1]}")
    assert broken == []


def _is_heading(run: Run) -> bool:
    return run.font.endswith("Bold") and run.size >= 10.5


@pytest.mark.parametrize(("project", "document"), DEMOS)
def test_no_heading_is_the_last_line_of_a_page(project: str, document: str) -> None:
    body_bottom = st.MARGIN_BOTTOM - 1
    last: dict[int, Run] = {}
    for run in runs_of(project, document):
        if run.y0 >= body_bottom and (run.page not in last or run.y0 < last[run.page].y0):
            last[run.page] = run
    pages = max(run.page for run in runs_of(project, document))
    alone = [(page, run.text) for page, run in last.items() if page < pages and _is_heading(run)]
    assert alone == []


def test_a_table_header_repeats_over_rows_only_never_over_notes_alone() -> None:
    # The charter's knowledge table ends in notes across the whole width; when only they go
    # to the next page, no header row stands above them there.
    s = st.make_styles()
    head = [Paragraph("Question", s.cell_head), Paragraph("Status", s.cell_head)]
    rows = [[Paragraph(f"Row {i}", s.cell), Paragraph("open", s.cell)] for i in range(3)]
    notes = [[Paragraph(f"Note {i} " * 8, s.body), ""] for i in range(2)]
    for trailing, header_repeats in ((2, False), (0, True)):
        table = FlowingTable([head, *rows, *notes], repeatRows=1, trailing=trailing)
        table.wrap(300, 1e6)
        heights = table._rowHeights
        first, rest = table.split(300, sum(heights[:4]) + 1)
        assert _first_text(first._cellvalues[-1]) == "Row 2"
        assert (_first_text(rest._cellvalues[0]) == "Question") is header_repeats
    # Rows still get their header on the next page.
    table = FlowingTable([head, *rows, *notes], repeatRows=1, trailing=2)
    table.wrap(300, 1e6)
    _, rest = table.split(300, sum(table._rowHeights[:2]) + 1)
    assert [_first_text(row) for row in rest._cellvalues[:2]] == ["Question", "Row 1"]


def _first_text(row: Any) -> str:
    cell = row[0]
    while isinstance(cell, (list, tuple)):
        cell = cell[0]
    return str(cell.getPlainText())


def _images_per_page(pdf: bytes) -> list[int]:
    out = []
    for page in reader(pdf).pages:
        objects = page["/Resources"].get("/XObject") or {}
        out.append(sum(1 for o in objects.values() if o.get_object()["/Subtype"] == "/Image"))
    return out


def _accent_rule(pdf: bytes) -> list[bool]:
    """Per page: is a line stroked in the accent colour?"""
    colour = HexColor(ACCENT)
    stroke = f"{fp_str(colour.red, colour.green, colour.blue)} RG".encode()
    return [stroke in page.get_contents().get_data() for page in reader(pdf).pages]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_the_project_logo_and_accent_stand_in_every_running_header(document: str) -> None:
    with_look = pdf_of("logo", document)
    assert all(n >= 1 for n in _images_per_page(with_look))
    assert all(_accent_rule(with_look))
    without = pdf_of("demo", document)
    assert not any(_accent_rule(without))
    # The logo takes room from the header's text, never from the page.
    assert len(reader(with_look).pages) == len(reader(without).pages)


@pytest.mark.parametrize(
    "logo",
    [b"", b"\x89PNG\r\n\x1a\n broken", b"\xff\xd8\xff\xe0 not a jpeg", _png((1, 40_000))[:200]],
)
def test_a_logo_that_cannot_be_read_prints_no_logo_and_never_breaks_a_document(
    logo: bytes,
) -> None:
    snapshot = _with_look(demo_snapshot(TODAY), logo, "not a colour")
    for document, write in DOCUMENTS.items():
        pdf = write(snapshot)
        assert _images_per_page(pdf) == _images_per_page(pdf_of("demo", document)), document


def test_a_document_turns_to_landscape_pages_for_a_wide_grid_and_back() -> None:
    s = st.make_styles()
    story = [
        Paragraph("Portrait", s.body),
        *turn_pages(LANDSCAPE),
        Paragraph("Landscape", s.body),
        *turn_pages(PORTRAIT),
        Paragraph("Portrait again", s.body),
    ]
    furniture = PageFurniture("Project", "Document", "Footer", "Page {page} of {pages}")
    pdf = _pdf(lambda o: build_pdf(story, o, furniture))
    pages = reader(pdf).pages
    wide = [float(p.mediabox.width) > float(p.mediabox.height) for p in pages]
    assert wide == [False, True, False]
    # Header and footer follow the page: on the landscape page they reach its right margin.
    footer = [r for r in runs(pdf) if r.page == 2 and r.text == "Page 2 of 3"]
    assert footer and footer[0].x1 == pytest.approx(A4[1] - st.MARGIN_RIGHT, abs=1)
