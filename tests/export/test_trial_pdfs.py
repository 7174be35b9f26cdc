"""Test cards and the test report (phase 3): text read back, one page per card, the verdict."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from export_helpers import reader
from reportlab.graphics.shapes import Drawing, String

from workshop_app.domain.actors import Actor, ActorMap
from workshop_app.domain.model import Project, ProjectSnapshot
from workshop_app.domain.trials import (
    BudgetLine,
    CountSession,
    Decision,
    Feedback,
    Idea,
    Permit,
    StatusChange,
    Trial,
    TrialBook,
    trial_summary,
)
from workshop_app.export import Cancelled
from workshop_app.export.charts import BarRow, ChartSeries, grouped_bars, horizontal_bars
from workshop_app.export.trial_card import (
    TrialCardLabels,
    clip,
    template_markup,
    trials_in_lineage_order,
    write_trial_cards,
)
from workshop_app.export.trial_report import (
    TrialReportLabels,
    pick_quotes,
    verdict,
    write_trial_report,
)

TODAY = dt.date(2026, 6, 1)
PERSON = "Birthe Kjærgaard"


def _uuid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


FIRST, SECOND, PLANNED = _uuid(1), _uuid(2), _uuid(3)
BEFORE, DURING = _uuid(20), _uuid(21)


def _count(uuid: str, trial: str, day: int, phase: str, walking: int, staying: int) -> CountSession:
    """One hour of counting: six 10-minute blocks of ``walking`` people each; ``staying``
    people sitting, aged 30–64."""
    rows = [[0, 0, 0, 0] for _ in range(4)]
    rows[1][2] = staying
    return CountSession(
        uuid=uuid,
        trial_uuid=trial,
        date=dt.date(2026, 5, day),
        start_time=dt.time(10, 0),
        end_time=dt.time(11, 0),
        weather="sunny",
        place="Torvet ved springvandet",
        phase=phase,
        passing=tuple((walking, 0, 0) for _ in range(6)),
        staying=tuple(tuple(r) for r in rows),
    )


def _feedback(n: int, sentiment: str, tags: tuple[str, ...], quote: str = "") -> Feedback:
    return Feedback(
        uuid=_uuid(40 + n),
        trial_uuid=FIRST,
        date=dt.date(2026, 5, 12),
        channel="card",
        card_number=n + 1,
        sentiment=sentiment,
        quote=quote,
        age_band="age_65_plus",
        respondent_group="resident",
        tags=tags,
    )


def _trial(uuid: str, position: int, title: str, **kw: object) -> Trial:
    values: dict[str, object] = {
        "idea_uuid": _uuid(10),
        "we_believe": "benches on the square",
        "will": "make people stay",
        "we_will_see": "more people sit down",
        "strategic_aim": "A lively square",
        "trial_type": "street_furniture",
        "place": "Torvet <north> & co",
        "start_date": dt.date(2026, 5, 10),
        "end_date": dt.date(2026, 5, 17),
        "materials": "12 benches",
        "responsible": (_uuid(90),),
        "success_criteria": "50 % more people staying",
        "measurement_plan": "Counts before and during",
    }
    values.update(kw)
    return Trial(uuid, position, title, **values)  # type: ignore[arg-type]


def _book() -> TrialBook:
    first = _trial(
        FIRST,
        0,
        "Byens stue <b>& co</b>",
        budget=(
            BudgetLine(_uuid(60), FIRST, "Leje af bænke", 18_000),
            BudgetLine(_uuid(61), FIRST, "Opstilling", 8_000, in_kind=True),
        ),
        permits=(
            Permit(_uuid(70), FIRST, "road_or_square_use", True, True, True, "Vej og Park"),
            Permit(_uuid(71), FIRST, "temporary_structures", False, None, None),
            Permit(_uuid(72), FIRST, "insurance", True, True, None, "Forsikringen"),
        ),
        history=(
            StatusChange(_uuid(80), FIRST, "planned", dt.date(2026, 5, 1)),
            StatusChange(_uuid(81), FIRST, "decided", dt.date(2026, 5, 20)),
        ),
    )
    second = _trial(
        SECOND,
        1,
        "Byens stue, anden runde",
        version_of=FIRST,
        we_believe="benches with backs",
        history=(StatusChange(_uuid(82), SECOND, "running", dt.date(2026, 5, 25)),),
    )
    planned = _trial(PLANNED, 2, "Pop-up-butik", idea_uuid=None, trial_type="popup_shop")
    feedback = (
        _feedback(0, "positive", ("bænke", "skygge"), "<i>Endelig</i> & godt"),
        _feedback(1, "positive", ("bænke",)),
        _feedback(2, "positive", ("Bænke", "skygge"), "Dejligt"),
        _feedback(3, "neutral", ()),
        _feedback(4, "negative", ("støj",), "For meget larm"),
    )
    decision = Decision(
        _uuid(50),
        FIRST,
        dt.date(2026, 5, 20),
        "adjust_and_retest",
        "Flere blev <b>siddende</b> & hyggede sig",
        (BEFORE, DURING, _uuid(40), _uuid(44)),
    )
    return TrialBook(
        ideas=(
            Idea(_uuid(10), 0, "Flere bænke", "Bænke og grønt på Torvet"),
            Idea(_uuid(11), 1, "Legeplads på Torvet", origin_trial=FIRST),
        ),
        trials=(first, second, planned),
        counts=(
            _count(BEFORE, FIRST, 5, "before", 10, 4),
            _count(DURING, FIRST, 12, "during", 15, 10),
        ),
        feedback=feedback,
        decisions=(decision,),
    )


def _snapshot(book: TrialBook | None = None) -> ProjectSnapshot:
    actors = ActorMap(actors=(Actor(_uuid(90), 0, name="Handelsforeningen", person_name=PERSON),))
    return ProjectSnapshot(
        project=Project(uuid="p1", name="Skovby bymidte"),
        actors=actors,
        trials=book or _book(),
    )


def _cards(snapshot: ProjectSnapshot | None = None, **kw: object) -> bytes:
    buffer = io.BytesIO()
    labels = kw.pop("labels", TrialCardLabels())
    write_trial_cards(snapshot or _snapshot(), labels, buffer, today=TODAY, **kw)  # type: ignore[arg-type]
    return buffer.getvalue()


def _report(snapshot: ProjectSnapshot | None = None, **kw: object) -> bytes:
    buffer = io.BytesIO()
    labels = kw.pop("labels", TrialReportLabels())
    write_trial_report(snapshot or _snapshot(), labels, buffer, today=TODAY, **kw)  # type: ignore[arg-type]
    return buffer.getvalue()


@pytest.fixture
def pdftotext(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Text of a PDF (or of one page) as poppler's pdftotext reads it, whitespace collapsed."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")

    def read(pdf: bytes, page: int | None = None) -> str:
        path = tmp_path / "doc.pdf"
        path.write_bytes(pdf)
        pages = ["-f", str(page), "-l", str(page)] if page else []
        result = subprocess.run(
            ["pdftotext", *pages, str(path), "-"], capture_output=True, text=True, check=True
        )
        return " ".join(result.stdout.split())

    return read


# -- the card ----------------------------------------------------------------------------------


def test_card_holds_hypothesis_plan_permits_and_measurement(pdftotext) -> None:  # type: ignore[no-untyped-def]
    pdf = _cards(trial_uuids=[FIRST])
    assert len(reader(pdf).pages) == 1
    text = pdftotext(pdf)
    for expected in (
        "Test card",
        "Byens stue <b>& co</b>",  # markup prints literally
        "Torvet <north> & co",
        "We believe that benches on the square will make people stay. "
        "We will see it when more people sit down.",
        "Flere bænke",
        "Bænke og grønt på Torvet",
        "A lively square",
        "Handelsforeningen",
        "18,000 DKK",
        "plus 8,000 DKK in kind",
        "Use of road or square",
        "Temporary structures",
        "Insurance",
        "50 % more people staying",
        "Counts before and during",
        "10 May 2026 – 17 May 2026",
        "Decided",
        "Street furniture",
    ):
        assert expected in text, expected
    assert "✓" in text and "✗" in text and "?" in text
    assert PERSON not in text  # responsible actors by organisation, never contact persons


def test_one_card_page_per_test_in_lineage_order(pdftotext) -> None:  # type: ignore[no-untyped-def]
    pdf = _cards()
    assert len(reader(pdf).pages) == 3
    assert "Byens stue <b>& co</b>" in pdftotext(pdf, 1)
    assert "anden runde" in pdftotext(pdf, 2) and "Version 2" in pdftotext(pdf, 2)
    assert "Pop-up-butik" in pdftotext(pdf, 3) and "No idea linked." in pdftotext(pdf, 3)


def test_card_with_very_long_texts_stays_on_one_page(pdftotext) -> None:  # type: ignore[no-untyped-def]
    long = " ".join(["Meget lang tekst om torvet og byens liv"] * 120)
    many = "\n".join(f"Linje {n} om materialer" for n in range(40))
    book = _book()
    trial = dataclasses.replace(
        book.trials[0],
        title="Et meget langt navn på et forsøg " * 6,
        we_believe=long,
        will=long,
        we_will_see=long,
        strategic_aim=long,
        materials=many,
        success_criteria=long,
        measurement_plan=long,
        place=long,
        budget=tuple(
            BudgetLine(_uuid(200 + n), FIRST, f"Post {n} " * 8, 1000 * n) for n in range(20)
        ),
        permits=tuple(
            Permit(_uuid(300 + n), FIRST, kind, True, None, False, long[:300], note=long[:300])
            for n, kind in enumerate(("event_permit", "police", "food", "insurance", "other"))
        ),
    )
    idea = dataclasses.replace(book.ideas[0], description=long)
    book = dataclasses.replace(
        book, trials=(trial, *book.trials[1:]), ideas=(idea, *book.ideas[1:])
    )
    pdf = _cards(_snapshot(book), trial_uuids=[FIRST])
    assert len(reader(pdf).pages) == 1
    text = pdftotext(pdf)
    assert "…" in text and "We believe that" in text
    # All cards: still one page each.
    assert len(reader(_cards(_snapshot(book))).pages) == 3


def test_card_in_danish_labels(pdftotext) -> None:  # type: ignore[no-untyped-def]
    labels = TrialCardLabels(
        document_title="Forsøgskort",
        hypothesis_sentence="Vi tror, at {we_believe}, vil {will}. Det ser vi, når {we_will_see}.",
        statuses={"decided": "Besluttet"},
        permit_kinds={"road_or_square_use": "Brug af vej eller torv"},
        months=("januar", "februar", "marts", "april", "maj", "juni") * 2,
        date_format="{day}. {month} {year}",
        thousands_sep=".",
    )
    text = pdftotext(_cards(trial_uuids=[FIRST], labels=labels))
    for expected in (
        "Forsøgskort",
        "Vi tror, at benches on the square, vil make people stay.",
        "Besluttet",
        "Brug af vej eller torv",
        "10. maj 2026",
        "18.000",
    ):
        assert expected in text, expected


def test_unknown_test_is_refused() -> None:
    with pytest.raises(LookupError):
        _cards(trial_uuids=[_uuid(999)])
    with pytest.raises(LookupError):
        _report(trial_uuid=_uuid(999))


def test_no_tests_gives_one_page_that_says_so(pdftotext) -> None:  # type: ignore[no-untyped-def]
    empty = _snapshot(TrialBook())
    for pdf in (_cards(empty), _report(empty)):
        assert len(reader(pdf).pages) == 1
        assert "no tests yet" in pdftotext(pdf)


def test_cancelled_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    with pytest.raises(Cancelled):
        write_trial_cards(_snapshot(), TrialCardLabels(), out, is_cancelled=lambda: True)
    with pytest.raises(Cancelled):
        write_trial_report(_snapshot(), TrialReportLabels(), out, is_cancelled=lambda: True)
    assert not out.exists()


# -- the report --------------------------------------------------------------------------------


def test_report_verdict_evidence_and_decision(pdftotext) -> None:  # type: ignore[no-untyped-def]
    text = pdftotext(_report(trial_uuid=FIRST))
    for expected in (
        "Test report",
        "Byens stue <b>& co</b>",
        "AT A GLANCE",
        "During the test 50 % more people passed per hour than before (90 against 60).",
        "150 % more people stayed per hour (10 against 4).",
        "3 of 5 reactions positive, 1 negative.",
        "Decision 20 May 2026: Adjust and test again.",
        "We believe that benches on the square will make people stay.",
        "Planned 1 May 2026",
        "People passing per hour",
        "Feedback by sentiment",
        "3 · 60 %",
        "1 · 20 %",
        "Top themes",
        "bænke",
        "“<i>Endelig</i> & godt”",
        "Count sessions",
        "Torvet ved springvandet",
        "Flere blev <b>siddende</b> & hyggede sig",
        "Rests on: count 5 May 2026 (before), count 12 May 2026 (during), "
        "2 pieces of feedback (1 positive, 1 negative)",
        "Tests the idea “Flere bænke”.",
        "Tested again as version 2 (Running).",
        "Spawned ideas: “Legeplads på Torvet”.",
    ):
        assert expected in text, expected
    assert PERSON not in text
    # Only that test: not the second version's own title nor the other test.
    assert "anden runde" not in text and "Pop-up-butik" not in text


def test_report_of_all_tests_lists_them_first(pdftotext) -> None:  # type: ignore[no-untyped-def]
    pdf = _report()
    first = pdftotext(pdf, 1)
    assert "Tests in this report" in first
    assert "Byens stue <b>& co</b>" in first and "Pop-up-butik" in first
    text = pdftotext(pdf)
    assert "Version 2 of “Byens stue <b>& co</b>”." in text
    assert "There are no counts both before and during the test yet." in text
    assert "No decision yet." in text


def test_report_in_danish_labels(pdftotext) -> None:  # type: ignore[no-untyped-def]
    labels = TrialReportLabels(
        document_title="Forsøgsrapport",
        verdict_passing_more=(
            "Under forsøget gik {percent} % flere forbi i timen end før ({during} mod {before})."
        ),
        decision_kinds={"adjust_and_retest": "Justér og afprøv igen"},
        phases={"before": "Før", "during": "Under", "after": "Efter"},
        evidence_count="optælling {date} ({phase})",
        rests_on="Bygger på: {evidence}",
        months=("januar", "februar", "marts", "april", "maj", "juni") * 2,
        date_format="{day}. {month} {year}",
    )
    text = pdftotext(_report(trial_uuid=FIRST, labels=labels))
    for expected in (
        "Forsøgsrapport",
        "Under forsøget gik 50 % flere forbi i timen end før (90 mod 60).",
        "Justér og afprøv igen",
        "Bygger på: optælling 5. maj 2026 (før)",
    ):
        assert expected in text, expected


def test_broken_translation_falls_back_to_english(pdftotext) -> None:  # type: ignore[no-untyped-def]
    labels = TrialReportLabels(verdict_passing_more="Oops {nope}", hypothesis_sentence="{x")
    text = pdftotext(_report(trial_uuid=FIRST, labels=labels))
    assert "During the test 50 % more people passed per hour than before" in text
    assert "We believe that benches on the square will make people stay." in text


def test_report_metadata_names_no_person() -> None:
    metadata = reader(_report()).metadata
    assert metadata is not None
    assert "Skovby bymidte" in str(metadata.title)
    assert PERSON not in " ".join(str(v) for v in metadata.values())


# -- the parts ---------------------------------------------------------------------------------


def test_verdict_for_known_numbers() -> None:
    summary = trial_summary(_book(), FIRST)
    lines = verdict(summary, TrialReportLabels())
    assert lines[0].startswith("During the test 50 % more people passed")
    assert lines[1] == "150 % more people stayed per hour (10 against 4)."
    assert lines[2] == "3 of 5 reactions positive, 1 negative."
    fewer = dataclasses.replace(
        _book(), counts=(_count(BEFORE, FIRST, 5, "before", 20, 4), _book().counts[1])
    )
    assert verdict(trial_summary(fewer, FIRST), TrialReportLabels())[0] == (
        "During the test 25 % fewer people passed per hour than before (90 against 120)."
    )
    only = dataclasses.replace(_book(), counts=_book().counts[1:], feedback=(), decisions=())
    assert verdict(trial_summary(only, FIRST), TrialReportLabels()) == [
        "Counted only in the phase “During” so far: 90 people passed and 10 stayed per hour.",
        "No feedback yet.",
    ]


def test_quotes_take_turns_between_sentiments() -> None:
    chosen = pick_quotes(_book().feedback)
    assert [f.sentiment for f in chosen] == ["positive", "negative", "positive"]


def test_lineage_order_puts_a_version_after_its_first() -> None:
    book = _book()
    reordered = dataclasses.replace(book, trials=(book.trials[1], book.trials[2], book.trials[0]))
    assert [t.uuid for t in trials_in_lineage_order(reordered)] == [FIRST, SECOND, PLANNED]


def test_template_markup_escapes_the_template_and_keeps_values() -> None:
    assert template_markup("A & {x} <", "fb", {"x": "<b>y</b>"}) == "A &amp; <b>y</b> &lt;"
    assert template_markup("{missing}", "fb", {}) == "fb"
    assert clip("one two three four", 9) == "one two…"
    assert clip("a\nb\nc", 100, lines=2) == "a\nb…"


def _strings(drawing: Drawing) -> list[str]:
    out: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, String):
            out.append(node.text)
        for child in getattr(node, "contents", []):
            walk(child)

    walk(drawing)
    return out


def test_charts_label_every_bar() -> None:
    series = [ChartSeries("Walking", (60.0, 90.0, None)), ChartSeries("Cycling", (6.0, 4.5, None))]
    drawing = grouped_bars(
        ["Before", "During", "After"], series, 200, 150, number=str, missing="not counted"
    )
    texts = _strings(drawing)
    for expected in ("Walking", "Cycling", "Before", "After", "60.0", "90.0", "4.5", "not counted"):
        assert expected in texts, expected
    bars = horizontal_bars([BarRow("Positive", 3, "3 · 60 %"), BarRow("<b>", 2, "2")], 200)
    assert {"Positive", "3 · 60 %", "<b>", "2"} <= set(_strings(bars))


def test_report_gives_equal_counts_equal_percents(pdftotext) -> None:  # type: ignore[no-untyped-def]
    """Six positive, one neutral, one negative: 75 % / 12.5 % / 12.5 % read 76, 12, 12 (they
    add up to 100 and the two single reactions read alike, not 13 % beside 12 %)."""
    book = _book()
    positive = [_feedback(n, "positive", ()) for n in range(6)]
    feedback = (*positive, _feedback(6, "neutral", ()), _feedback(7, "negative", ()))
    book = dataclasses.replace(book, feedback=feedback)
    text = pdftotext(_report(_snapshot(book), trial_uuid=FIRST))
    assert "6 · 76 %" in text and text.count("1 · 12 %") == 2, text
    assert "13 %" not in text
