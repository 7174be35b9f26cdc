"""The meeting handout, read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
import pathlib

import pytest
from export_helpers import (
    DANISH,
    TODAY,
    flat_text,
    make_items,
    make_snapshot,
    page_texts,
    reader,
    render,
)
from pypdf.generic import DictionaryObject
from reportlab.lib.pagesizes import A4

from workshop_app.domain.model import Meeting, MeetingWithAgenda, Project, ProjectSnapshot
from workshop_app.export import Cancelled
from workshop_app.export.handout import HandoutLabels, format_date, write_handout


def test_danish_handout_has_letters_facts_and_clock_times(snapshot: ProjectSnapshot) -> None:
    text = flat_text(render(snapshot, DANISH))
    for expected in (
        "Mødehandout",
        "Borgermøde om torvet",
        "Bymidten i Ærøskøbing",
        "æøå og ÆØÅ",
        "27. november 2025",
        "17:00–17:45 (45 min)",
        "17:00–17:15",
        "17:15–17:45",
        "Idéer til torvet",
        "World café",
        "I alt",
        "Side 1 af 1",
        "Udskrevet 20. november 2025",
    ):
        assert expected in text


def test_english_defaults(snapshot: ProjectSnapshot) -> None:
    text = flat_text(render(snapshot))
    for expected in ("Handout", "Purpose", "27 November 2025", "Page 1 of 1", "Printed 20"):
        assert expected in text


def test_page_is_a4(snapshot: ProjectSnapshot) -> None:
    page = reader(render(snapshot)).pages[0]
    assert float(page.mediabox.width) == pytest.approx(A4[0], abs=0.5)
    assert float(page.mediabox.height) == pytest.approx(A4[1], abs=0.5)


def test_only_the_bundled_font_is_used(snapshot: ProjectSnapshot) -> None:
    names: set[str] = set()
    for page in reader(render(snapshot)).pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)
        fonts = resources["/Font"].get_object()
        assert isinstance(fonts, DictionaryObject)
        for font in fonts.values():
            font_dict = font.get_object()
            assert isinstance(font_dict, DictionaryObject)
            names.add(str(font_dict["/BaseFont"]))
    assert names
    assert all("DejaVuSans" in name for name in names), names
    assert any(name.endswith("DejaVuSans-Bold") for name in names)


def test_metadata_names_the_document_and_no_person() -> None:
    snapshot = make_snapshot(
        facilitators="Jens Hansen",
        rows=(("Velkomst", 10, "Plenum", "Mette Frederiksen"),),
    )
    meta = reader(render(snapshot, DANISH)).metadata
    assert meta is not None
    assert meta.title == "Mødehandout – Borgermøde om torvet"
    assert meta.author == "Bymidteværkstedet"
    values = " ".join(str(value) for value in meta.values())
    assert "Mette" not in values
    assert "Jens" not in values
    # The project's facilitators are not part of a participant handout at all.
    assert "Jens Hansen" not in flat_text(render(snapshot, DANISH))


@pytest.mark.parametrize(
    "hostile",
    ["<b>", "a<b", "R&D", "</para>", '<img src="/etc/passwd">', "<font size=40>"],
)
def test_hostile_text_prints_literally(hostile: str) -> None:
    snapshot = make_snapshot(
        title=f"T {hostile}",
        purpose=f"Formålet er {hostile} slut",
        place=hostile,
        rows=((hostile, 15, hostile, hostile),),
        project_name=hostile,
    )
    text = flat_text(render(snapshot))
    assert f"Formålet er {hostile} slut" in text
    assert text.count(hostile) >= 5


def test_emoji_rtl_and_control_characters_do_not_crash() -> None:
    nasty = "Hej 👋🏽 🎉 😀 \u200fمرحبا\u200e שלום \u202e\x00\x01\x1b\x7f\ud800 \U0010ffff slut"
    snapshot = make_snapshot(
        title=nasty, purpose=nasty, place=nasty, rows=((nasty, 5, nasty, nasty),),
        project_name=nasty,
    )  # fmt: skip
    pdf = render(snapshot)
    text = flat_text(pdf)
    assert "Hej" in text
    assert "slut" in text
    assert "□" in text


def test_long_purpose_spans_pages_with_numbers() -> None:
    purpose = ("Lang tekst om bymidten, " * 4200)[:100_000]
    assert len(purpose) == 100_000
    pdf = render(make_snapshot(purpose=purpose), DANISH)
    texts = page_texts(pdf)
    pages = len(texts)
    assert pages > 10
    assert f"Side 1 af {pages}" in texts[0]
    assert f"Side {pages} af {pages}" in texts[-1]


def test_agenda_item_taller_than_a_page_is_split() -> None:
    title = "\n".join(f"Linje {n} af et meget langt punkt" for n in range(200))
    pdf = render(make_snapshot(rows=(("Før", 10, "", ""), (title, 20, "Metode", "Ansvar"))))
    texts = page_texts(pdf)
    assert len(texts) >= 3
    joined = " ".join(texts)
    assert "Linje 0 af" in joined
    assert "Linje 199 af" in joined
    assert "Page 2 of" in texts[1]


def test_long_word_in_a_narrow_cell_does_not_crash() -> None:
    word = "x" * 5000
    render(make_snapshot(rows=((word, 5, word, word),), place=word, title=word))


def test_no_start_time_drops_clock_column_and_says_not_set() -> None:
    text = flat_text(render(make_snapshot(start=None, date=None, place="")))
    assert text.count("Not set") == 3
    assert "17:00" not in text
    assert "Velkomst" in text


def test_no_agenda_items() -> None:
    text = flat_text(render(make_snapshot(rows=()), DANISH))
    assert "Ingen punkter endnu." in text
    assert "I alt" not in text
    assert "Tidspunkt 17:00" in text


def test_empty_purpose_is_skipped() -> None:
    assert "Purpose" not in flat_text(render(make_snapshot(purpose="  \n ")))


def test_next_meeting_is_chosen_when_no_uuid_given() -> None:
    def meeting(uuid: str, title: str, day: dt.date) -> MeetingWithAgenda:
        return MeetingWithAgenda(
            Meeting(uuid=uuid, position=0, title=title, date=day, start_time=dt.time(9, 0)),
            make_items(uuid, (("Punkt", 10, "", ""),)),
        )

    snapshot = ProjectSnapshot(
        project=Project(uuid="p", name="P"),
        meetings=(
            meeting("a", "Gammelt møde", TODAY - dt.timedelta(days=30)),
            meeting("b", "Kommende møde", TODAY + dt.timedelta(days=3)),
            meeting("c", "Senere møde", TODAY + dt.timedelta(days=40)),
        ),
    )
    text = flat_text(render(snapshot, meeting_uuid=None))
    assert "Kommende møde" in text
    assert "Gammelt møde" not in text


def test_unknown_meeting_or_no_meetings_raise_value_error(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "h.pdf"
    with pytest.raises(ValueError, match="nope"):
        write_handout(make_snapshot(), "nope", HandoutLabels(), target, today=TODAY)
    empty = ProjectSnapshot(project=Project(uuid="p", name="P"))
    with pytest.raises(ValueError, match="no meetings"):
        write_handout(empty, None, HandoutLabels(), target, today=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_writes_a_path_and_reports_progress(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "handout.pdf"
    seen: list[int] = []
    write_handout(make_snapshot(), "m1", DANISH, target, today=TODAY, progress=seen.append)
    assert target.read_bytes().startswith(b"%PDF")
    assert seen[0] == 0
    assert seen[-1] == 100
    assert seen == sorted(seen)
    assert [p.name for p in tmp_path.iterdir()] == ["handout.pdf"]


@pytest.mark.parametrize("after", [0, 1, 3])
def test_cancelled_build_leaves_no_file(tmp_path: pathlib.Path, after: int) -> None:
    target = tmp_path / "handout.pdf"
    calls = 0

    def is_cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > after

    with pytest.raises(Cancelled):
        write_handout(make_snapshot(), "m1", DANISH, target, today=TODAY, is_cancelled=is_cancelled)
    assert list(tmp_path.iterdir()) == []


def test_cancel_keeps_an_existing_file_untouched(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"old")
    with pytest.raises(Cancelled):
        write_handout(make_snapshot(), "m1", DANISH, target, today=TODAY, is_cancelled=lambda: True)
    assert target.read_bytes() == b"old"


def test_cancelled_stream_gets_nothing() -> None:
    buffer = io.BytesIO()
    with pytest.raises(Cancelled):
        write_handout(make_snapshot(), "m1", DANISH, buffer, today=TODAY, is_cancelled=lambda: True)
    assert buffer.getvalue() == b""


def test_broken_translations_do_not_break_the_pdf(snapshot: ProjectSnapshot) -> None:
    labels = HandoutLabels(page_of="Side {side}", printed="{dato}", date_format="{x}", months=())
    text = flat_text(render(snapshot, labels))
    assert "1 / 1" in text
    assert "2025-11-27" in text


def test_format_date_uses_month_names() -> None:
    assert format_date(dt.date(2025, 5, 1), DANISH) == "1. maj 2025"
    assert format_date(dt.date(2025, 5, 1), HandoutLabels()) == "1 May 2025"


def test_tall_row_fills_the_page_without_a_second_header_on_it() -> None:
    title = "\n".join(f"Linje {n} af et meget langt punkt" for n in range(80))
    texts = page_texts(render(make_snapshot(rows=(("Før", 10, "", ""), (title, 20, "", "")))))
    assert texts[0].count("Method") == 1
    assert "Linje 0 af" in texts[0]
    assert "Method" in texts[1]  # the header repeats on the next page


def test_ordinary_rows_are_never_split_across_pages() -> None:
    rows = [(f"Punkt {n} første linje\nanden linje\ntredje linje", 5, "", "") for n in range(60)]
    texts = page_texts(render(make_snapshot(rows=rows)))
    assert len(texts) >= 2
    for page in texts:
        assert page.count("første linje") == page.count("tredje linje")
