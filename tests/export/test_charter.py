"""The charter for the council, read back with pypdf (and its images and metadata inspected)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import pathlib
import re

import pytest
from charter_helpers import (
    DANISH_CHARTER,
    TODAY,
    charter_snapshot,
    full_scope,
    map_png,
    render_charter,
    row,
)
from export_helpers import flat_text, page_texts, reader
from pypdf.generic import DictionaryObject
from reportlab.lib.pagesizes import A4

from workshop_app.domain.scope import MapImage, Scope
from workshop_app.export import Cancelled
from workshop_app.export.charter import CharterLabels, format_amount, write_charter


def _images(pdf: bytes) -> list[tuple[int, int]]:
    """(width, height) in pixels of every image XObject on every page."""
    found: list[tuple[int, int]] = []
    for page in reader(pdf).pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)
        if "/XObject" not in resources:
            continue
        xobjects = resources["/XObject"].get_object()
        for xobject in xobjects.values():
            obj = xobject.get_object()
            if obj.get("/Subtype") == "/Image":
                found.append((int(obj["/Width"]), int(obj["/Height"])))
    return found


def _only(**values: object) -> Scope:
    return Scope(values=values)


# -- content of every section -------------------------------------------------------------------


def test_danish_charter_has_every_section_in_order() -> None:
    pdf = render_charter(charter_snapshot(), DANISH_CHARTER)
    text = flat_text(pdf)
    headings = [
        "1. Baggrund — hvorfor nu?",
        "2. Formål og opgave",
        "3. Konkret projekt eller mål",
        "4. Geografisk afgrænsning",
        "5. Tidsramme og faste rammer",
        "6. Økonomi",
        "7. Politisk forankring",
        "8. Kommunens roller",
        "9. Organisering",
        "10. Historik",
        "11. Vidensgrundlag",
        "12. Succeskriterier og evaluering",
    ]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    assert 1 <= len(reader(pdf).pages) <= 4


@pytest.mark.parametrize(
    "expected",
    [
        # title block
        "Samarbejdsgrundlag",
        "Egeby bymidte",
        "Udkast, version af 20. november 2025",
        "Kommune Skovlund Kommune",
        "1. november 2025 – 31. december 2026",
        "Facilitatorer Mette Holm, Jonas Brandt",
        # background: translated triggers as a list, then the other trigger
        "faldende omsætning, tomme butikslokaler, kedelige byrum, Banken på Torvet lukker",
        "Der er altså folk — de bruger bare ikke bymidten.",
        # purpose: markup characters print literally
        "Markup-test: <b>fed</b> & R&D </para>",
        "Tidlige små sejre Bænke og blomsterkasser",
        # area
        "Med i området Torvet; Torvegade (nr. 1–40); Åstien (til broen)",
        "Ikke med Ringvejen (aflastningsvej)",
        "Kort eller skitse over området",
        # time frame
        "1. februar 2026 Styregruppen er nedsat",
        "Ikke besluttet endnu Evaluering i byrådet",
        "Budgetloft Højst 500.000 kr. fra kommunen",
        # economy: thousands separators, totals per kind, in kind marked
        "350.000 DKK",
        "naturalier",
        "Driftsmidler i alt (heraf 40.000 DKK som naturalier) 390.000 DKK",
        "Projektmidler i alt 150.000 DKK",
        "I alt (heraf 40.000 DKK som naturalier) 540.000 DKK",
        "Fundraising Ansøgning til Realdania",
        # politics
        "Model A: byrådet eller et udvalg sætter ramme og budget og orienteres løbende",
        "Udvalg Udvalget for Plan og Erhverv",
        "Mandat Ikke besluttet endnu",
        # roles and organisation
        "Roller Igangsætter, Sekretariat, Myndighed (tilladelser)",
        "Form Projektorganisation",
        "Ledelse Ikke besluttet endnu",
        "Arbejdsgrupper Byrum; Events og kultur",
        # history: a year has no thousands separator
        "Helhedsplan for Torvet 2016 Plan",
        "Gennemført",
        # knowledge: preset questions translated, own question kept, statuses
        "Hvordan udvikler detailhandlen sig",
        "Skal analyseres",
        "Hvor parkerer kunderne om lørdagen?",
        "Ikke vurderet endnu: Hvad forventer ejendomsejerne, og hvad holder dem tilbage?",
        "Vurderet ikke relevant: Turismetal",
        # what is known already is listed compactly
        "Kendt: Hvordan bevæger folk sig gennem bymidten?",
        # success
        "Flere mennesker opholder sig på Torvet",
        "Færre tomme butikker Ikke besluttet endnu Ikke besluttet endnu",
        "Evaluering Styregruppen evaluerer",
    ],
)
def test_danish_charter_text(expected: str) -> None:
    assert expected in _danish_text()


_CACHE: dict[str, str] = {}


def _danish_text() -> str:
    if "da" not in _CACHE:
        _CACHE["da"] = flat_text(render_charter(charter_snapshot(), DANISH_CHARTER))
    return _CACHE["da"]


def test_english_defaults() -> None:
    text = flat_text(render_charter(charter_snapshot()))
    for expected in (
        "Charter",
        "Draft, version of 20 November 2025",
        "1. Background — why now?",
        "falling turnover, empty shops and premises, dull streets and squares",
        "350,000 DKK",
        "Total operating money (of which 40,000 DKK in kind) 390,000 DKK",
        "Model A: the council sets the frame and is kept informed",
        "Mandate Not decided yet",
        "How is retail developing, and what role will it play",
        "Not assessed yet: What do the property owners expect",
        "Page 1 of",
    ):
        assert expected in text
    assert "2.016" not in text and "2,016" not in text


def test_the_open_task_check_is_not_printed() -> None:
    scope = full_scope(task="Vi skal bygge en ny scene på Torvet.", task_open_confirmed=False)
    text = flat_text(render_charter(charter_snapshot(scope), DANISH_CHARTER))
    assert "Vi skal bygge en ny scene på Torvet." in text
    assert "løsning" not in text.lower()


# -- skipping and "not decided yet" --------------------------------------------------------------


def test_empty_sections_and_fields_are_skipped() -> None:
    scope = _only(purpose="Et levende centrum.", task="Hvad skal Torvet kunne?")
    text = flat_text(render_charter(charter_snapshot(scope), DANISH_CHARTER))
    assert "1. Formål og opgave" in text
    for absent in ("Baggrund", "Økonomi", "Politisk", "Vidensgrundlag", "2. ", "Ikke besluttet"):
        assert absent not in text


def test_untouched_knowledge_presets_and_a_lone_flag_make_no_section() -> None:
    presets = tuple(
        row("knowledge", i, preset=p, question="", status="", owner="", source="", notes="")
        for i, p in enumerate(("retail_future", "movement"))
    )
    scope = Scope(values={"task_open_confirmed": True}, rows=presets)
    text = flat_text(render_charter(charter_snapshot(scope), DANISH_CHARTER))
    assert "Vidensgrundlag" not in text
    assert "Formål og opgave" not in text
    assert "Samarbejdets afgrænsning er ikke skrevet endnu." in text


def test_missing_decisions_say_not_decided() -> None:
    scope = Scope(
        values={
            "committee": "Teknik- og Miljøudvalget",
            "steering_group": "Fem lokale aktører",
            "role_notes": "Kommunen holder sig i baggrunden.",
            "purpose": "Et levende centrum.",
        },
        rows=(
            row("knowledge", 0, preset="movement", question="", status="", owner="Kommunen"),
            row("success_criteria", 0, criterion="Flere besøgende", measure="", when="Maj"),
            row("budget", 0, kind="", purpose="Kaffe", source="", amount=None, currency="DKK"),
        ),
    )
    text = flat_text(render_charter(charter_snapshot(scope), DANISH_CHARTER))
    for expected in (
        "Model Ikke besluttet endnu",
        "Udvalg Teknik- og Miljøudvalget",
        "Mandat Ikke besluttet endnu",
        "Form Ikke besluttet endnu",
        "Ledelse Ikke besluttet endnu",
        "Roller Ikke besluttet endnu",
        "Opgaven Ikke besluttet endnu",
        "Hvordan bevæger folk sig gennem bymidten? Ikke vurderet endnu Kommunen",
        "Flere besøgende Ikke besluttet endnu Maj",
        "Ikke besluttet endnu Kaffe",
    ):
        assert expected in text
    # Plain descriptions are skipped, not flagged: no "Styregruppe … Arbejdsgrupper" filler.
    assert "Arbejdsgrupper" not in text and "Referencegruppe" not in text


def test_undecided_model_alone_is_shown_as_not_decided() -> None:
    text = flat_text(
        render_charter(charter_snapshot(_only(political_model="undecided")), DANISH_CHARTER)
    )
    assert "1. Politisk forankring" in text and "Model Ikke besluttet endnu" in text


def test_no_earlier_plans_flag_prints_a_sentence() -> None:
    text = flat_text(render_charter(charter_snapshot(_only(no_earlier_plans=True)), DANISH_CHARTER))
    assert "1. Historik" in text
    assert "Der er ingen tidligere planer eller samarbejder at bygge videre på." in text


def test_budget_totals_per_currency() -> None:
    rows = (
        row("budget", 0, kind="project", purpose="A", amount=1_234_567, currency="DKK"),
        row("budget", 1, kind="project", purpose="B", amount=200_000, currency="NOK"),
        row("budget", 2, kind="operating", purpose="C", amount=-5_000, currency="NOK"),
    )
    text = flat_text(render_charter(charter_snapshot(Scope(rows=rows)), DANISH_CHARTER))
    assert "Projektmidler i alt 1.234.567 DKK" in text
    assert "Projektmidler i alt 200.000 NOK" in text
    assert "Driftsmidler i alt −5.000 NOK" in text
    assert "I alt 195.000 NOK" in text
    assert "I alt 1.234.567 DKK" not in text  # one kind in DKK: no grand total line


def test_format_amount() -> None:
    assert format_amount(1_234_567, "DKK", DANISH_CHARTER) == "1.234.567 DKK"
    assert format_amount(1_234_567, "DKK", CharterLabels()) == "1,234,567 DKK"
    assert format_amount(-999, "", CharterLabels()) == "−999"
    assert format_amount(0, "NOK", DANISH_CHARTER) == "0 NOK"


# -- the document ---------------------------------------------------------------------------------


def test_empty_scope_gives_one_page_with_the_facts() -> None:
    pdf = render_charter(charter_snapshot(Scope()), DANISH_CHARTER)
    texts = page_texts(pdf)
    assert len(texts) == 1
    text = flat_text(pdf)
    for expected in (
        "Egeby bymidte",
        "Skovlund Kommune",
        "Mette Holm",
        "Samarbejdets afgrænsning er ikke skrevet endnu.",
        "Side 1 af 1",
    ):
        assert expected in text


def test_project_without_name_or_dates() -> None:
    snapshot = charter_snapshot(Scope(), name="  ", town="", start_date=None, end_date=None)
    text = flat_text(render_charter(snapshot, DANISH_CHARTER))
    assert "Projekt uden navn" in text
    assert "Periode Ikke besluttet endnu" in text
    half = charter_snapshot(Scope(), end_date=None)
    assert "1 November 2025 – Not decided yet" in flat_text(render_charter(half))


def test_every_page_has_name_date_and_version() -> None:
    long_text = ("Lang tekst om bymidten og dens fremtid. " * 130)[:5000]
    scope = full_scope(background=long_text, purpose=long_text, mandate=long_text)
    pdf = render_charter(charter_snapshot(scope), DANISH_CHARTER)
    texts = page_texts(pdf)
    assert len(texts) >= 4
    for number, text in enumerate(texts, start=1):
        assert "Egeby bymidte" in text
        assert "Samarbejdsgrundlag" in text
        assert "Udkast, version af 20. november 2025" in text
        assert f"Side {number} af {len(texts)}" in text


def test_pages_are_a4_and_use_only_the_bundled_font() -> None:
    pdf = render_charter(charter_snapshot(), DANISH_CHARTER)
    names: set[str] = set()
    for page in reader(pdf).pages:
        assert float(page.mediabox.width) == pytest.approx(A4[0], abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(A4[1], abs=0.5)
        fonts = page["/Resources"].get_object()["/Font"].get_object()
        names.update(str(font.get_object()["/BaseFont"]) for font in fonts.values())
    assert names and all("DejaVuSans" in name for name in names), names


def test_metadata_names_document_and_project_but_no_person() -> None:
    meta = reader(render_charter(charter_snapshot(), DANISH_CHARTER)).metadata
    assert meta is not None
    assert meta.title == "Samarbejdsgrundlag – Egeby bymidte"
    assert meta.subject == "Samarbejdsgrundlag"
    assert meta.author == "Bymidteværkstedet"
    values = " ".join(str(value) for value in meta.values())
    for name in ("Mette", "Jonas", "Holm", "Brandt"):
        assert name not in values


# -- the map --------------------------------------------------------------------------------------


def test_map_image_is_embedded_and_fits() -> None:
    pdf = render_charter(charter_snapshot(), DANISH_CHARTER)
    assert _images(pdf) == [(900, 600)]
    without = render_charter(charter_snapshot(full_scope(with_map=False)), DANISH_CHARTER)
    assert _images(without) == []
    assert "Kort eller skitse" not in flat_text(without)


def test_map_alone_makes_the_area_section() -> None:
    image = MapImage("m", "kort.png", "image/png", 900, 600, map_png())
    pdf = render_charter(charter_snapshot(Scope(map_image=image)), DANISH_CHARTER)
    assert "1. Geografisk afgrænsning" in flat_text(pdf)
    assert len(_images(pdf)) == 1


@pytest.mark.parametrize(("width", "height"), [(4000, 1000), (300, 3000), (2500, 2500)])
def test_large_or_tall_maps_are_scaled_down_and_never_too_large(width: int, height: int) -> None:
    image = MapImage("m", "kort.png", "image/png", width, height, map_png(width, height))
    pdf = render_charter(
        charter_snapshot(dataclasses.replace(full_scope(with_map=False), map_image=image))
    )
    ((w, h),) = _images(pdf)
    assert max(w, h) <= 2000
    assert abs(w / h - width / height) < 0.02


def test_jpeg_and_palette_maps() -> None:
    from PIL import Image

    for mode, fmt in (("RGB", "JPEG"), ("P", "PNG"), ("L", "JPEG")):
        buffer = io.BytesIO()
        Image.new(mode, (320, 200), 128).save(buffer, format=fmt)
        mime = "image/jpeg" if fmt == "JPEG" else "image/png"
        image = MapImage("m", "k", mime, 320, 200, buffer.getvalue())
        pdf = render_charter(charter_snapshot(Scope(map_image=image)))
        assert _images(pdf) == [(320, 200)]


def test_damaged_map_is_left_out_without_a_crash() -> None:
    image = MapImage("m", "kort.png", "image/png", 900, 600, map_png()[:200])
    pdf = render_charter(
        charter_snapshot(dataclasses.replace(full_scope(with_map=False), map_image=image))
    )
    assert _images(pdf) == []
    assert "Torvegade" in flat_text(pdf)


# -- hostile text ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hostile", ["<b>", "a<b", "R&D", "</para>", '<img src="/etc/passwd">', "<font size=40>"]
)
def test_hostile_text_prints_literally(hostile: str) -> None:
    scope = full_scope(
        background=f"Baggrund {hostile} slut",
        committee=hostile,
        triggers_other=hostile,
        steering_group=hostile,
    )
    rows = (
        *scope.rows,
        row("knowledge", 9, preset="", question=f"Spørgsmål {hostile}", status="known"),
        row("earlier_plans", 9, name=f"Plan {hostile}", year=2001, how_far="idea"),
    )
    snapshot = charter_snapshot(
        dataclasses.replace(scope, rows=rows), name=f"Projekt {hostile}", town=hostile
    )
    text = flat_text(render_charter(snapshot, DANISH_CHARTER))
    assert f"Baggrund {hostile} slut" in text
    assert f"Spørgsmål {hostile}" in text
    assert f"Plan {hostile}" in text
    assert text.count(hostile) >= 7


def test_emoji_and_control_characters_do_not_crash() -> None:
    nasty = "Hej 👋🏽 🎉 \u200fمرحبا\u200e \x00\x1b\ud800 slut"
    scope = full_scope(background=nasty, purpose=nasty, committee=nasty)
    text = flat_text(render_charter(charter_snapshot(scope, name=nasty), DANISH_CHARTER))
    assert "Hej" in text and "slut" in text and "□" in text


def test_5000_character_fields_and_a_cell_taller_than_a_page() -> None:
    long_text = "x" * 5000  # one word longer than any column
    tall = "\n".join(f"Linje {n} i en meget lang kilde" for n in range(120))  # short-text field
    scope = full_scope(background=long_text, task=long_text, area_description=long_text)
    rows = (
        *scope.rows,
        row("knowledge", 9, preset="", question=tall, status="needs_analysis", source=long_text),
        row("budget", 9, kind="project", purpose=tall, source="", amount=1, currency="DKK"),
        row("streets_in", 9, name=long_text, note=long_text),
    )
    pdf = render_charter(charter_snapshot(dataclasses.replace(scope, rows=rows)), DANISH_CHARTER)
    text = " ".join(page_texts(pdf))
    assert "Linje 0 i" in text and "Linje 119 i" in text
    assert len(reader(pdf).pages) > 4


# -- writing --------------------------------------------------------------------------------------


def test_writes_a_path_and_reports_progress(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "charter.pdf"
    seen: list[int] = []
    write_charter(charter_snapshot(), DANISH_CHARTER, target, today=TODAY, progress=seen.append)
    assert target.read_bytes().startswith(b"%PDF")
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)
    assert [p.name for p in tmp_path.iterdir()] == ["charter.pdf"]


@pytest.mark.parametrize("after", [0, 3, 40])
def test_cancel_leaves_no_file(tmp_path: pathlib.Path, after: int) -> None:
    target = tmp_path / "charter.pdf"
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > after

    with pytest.raises(Cancelled):
        write_charter(charter_snapshot(), CharterLabels(), target, is_cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_cancel_keeps_an_existing_file(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "charter.pdf"
    target.write_bytes(b"old")
    with pytest.raises(Cancelled):
        write_charter(charter_snapshot(), CharterLabels(), target, is_cancelled=lambda: True)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["charter.pdf"]


def test_today_defaults_to_the_current_date() -> None:
    buffer = io.BytesIO()
    write_charter(charter_snapshot(Scope()), CharterLabels(), buffer)
    today = dt.date.today()
    assert f"{today.day} " in flat_text(buffer.getvalue())
    assert re.search(rf"Draft, version of \d+ \w+ {today.year}", flat_text(buffer.getvalue()))


def test_broken_translations_do_not_break_the_pdf() -> None:
    labels = dataclasses.replace(
        DANISH_CHARTER,
        version="Udkast {dato}",
        page_of="Side {side}",
        of_which_in_kind="heraf {beløb}",
        date_format="{dag}",
        sections={},
        months=(),
    )
    text = flat_text(render_charter(charter_snapshot(), labels))
    assert "2025-11-20" in text
    assert "1. Background — why now?" in text  # a missing key falls back to English
