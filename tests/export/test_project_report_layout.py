"""The project report read as a council member reads it (issue 14 review): no word broken by a
narrow column, in English and in Danish (the app's own translations, made in a child process as
in ``test_one_look``); the actor map's pages drawn as in its own document.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from export_helpers import flat_text, reader
from pdf_boxes import Run, runs
from test_one_look import _lines, _next_lines, _strings, _vocabulary

from workshop_app.domain.trials import Feedback, Trial, TrialBook, trial_summary
from workshop_app.export.charter import listed
from workshop_app.export.handout import HandoutLabels, write_handout
from workshop_app.export.report_labels import ReportLabels
from workshop_app.export.report_summary import executive_summary
from workshop_app.export.trial_report import (
    TrialReportLabels,
    sentiment_count,
    unbroken,
    verdict,
)
from workshop_app.services.demo import demo_snapshot

TODAY = dt.date(2026, 12, 6)
ROOT = Path(__file__).resolve().parents[2]

_REPORTS = """
import datetime as dt, sys
from workshop_app.services.demo import demo_snapshot
from workshop_app.ui import headless as h
from workshop_app.export.report import write_project_report
day = dt.date.fromisoformat(sys.argv[2])
s = demo_snapshot(day)
for lang in ("da", "en"):
    for names in (False, True):
        with open(f"{sys.argv[1]}/{lang}-{names}.pdf", "wb") as out:
            write_project_report(s, h.report_labels_for(lang), out, with_names=names, today=day)
"""


@functools.cache
def reports() -> dict[str, bytes]:
    """The demo's report in Danish and English, without and with names."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [sys.executable, "-c", _REPORTS, folder, TODAY.isoformat()],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return {path.stem: path.read_bytes() for path in Path(folder).glob("*.pdf")}


def broken_words(items: tuple[Run, ...], words: set[str]) -> list[str]:
    """Line ends that, with the start of the line below in the same column, make one known word
    ("Handelsstan" / "dsforening"), as ``test_one_look`` finds them."""
    broken = []
    for upper, lower in _next_lines(_lines(items)):
        head = re.search(r"(\w+)$", upper[-1].text)
        tail = re.match(r"(\w+)", lower[0].text)
        if head and tail:
            first, whole = head[1].lower(), (head[1] + tail[1]).lower()
            if first not in words and whole in words:
                broken.append(f"{head[1]}/{tail[1]}")
    return broken


@pytest.mark.parametrize("report", ["da-False", "da-True", "en-False", "en-True"])
def test_no_word_of_the_report_is_broken_by_a_narrow_column(report: str) -> None:
    # "Handelsstan|dsforening", "Medbestemme|lse", "Referencegrupp|e" in the actor register of a
    # portrait page, "Involveme|nt now → wanted" in its header.
    words = _vocabulary() | {
        w.lower() for t in _strings(ReportLabels()) for w in re.findall(r"\w+", t)
    }
    assert broken_words(tuple(runs(reports()[report])), words) == []


# -- what a council member reads -------------------------------------------------------------------


def _text(report: str) -> str:
    """The report's text; line breaks and spaces (not the non-breaking ones) as one space."""
    pages = [page.extract_text() or "" for page in reader(reports()[report]).pages]
    return re.sub(r"[ \t\r\n]+", " ", " ".join(pages))


def test_one_negative_reaction_is_singular_in_danish() -> None:
    danish = _text("da-False")
    assert "6 af 8 reaktioner positive, 1 negativ." in danish
    assert "1 negative" not in danish
    assert "12 af 20 reaktioner positive, 4 negative." in danish  # the plural stays


def test_the_verdict_picks_the_one_negative_wording() -> None:
    labels = TrialReportLabels(verdict_feedback_one="ONE {positive}/{total}")
    trial = Trial(uuid="t", position=0, title="Bænke")
    feedback = tuple(
        Feedback(uuid=f"f{n}", trial_uuid="t", sentiment=s)
        for n, s in enumerate(["positive", "positive", "negative"])
    )
    book = TrialBook(trials=(trial,), feedback=feedback)
    assert "ONE 2/3" in verdict(trial_summary(book, "t"), labels)
    more = TrialBook(trials=(trial,), feedback=(*feedback, replace(feedback[2], uuid="g")))
    assert "2 of 4 reactions positive, 2 negative." in verdict(trial_summary(more, "t"), labels)


def test_every_count_by_sentiment_follows_the_plural_rule() -> None:
    labels = TrialReportLabels(sentiment_counts={"negative": "{count} neg.", "negative_one": "én"})
    assert sentiment_count(labels, "negative", 1) == "én"
    assert sentiment_count(labels, "negative", 3) == "3 neg."
    assert sentiment_count(labels, "neutral", 1) == "1 neutral"  # English where none is given
    danish = _text("da-False")
    assert "(1 neutral, 2 negative)" in danish and "2 negativ)" not in danish
    assert "40 tilbagemeldinger i alt: 21 positive, 7 neutrale, 12 negative." in danish


def test_danish_quotes_are_the_sign_in_sheets_low_high_ones() -> None:
    danish = _text("da-False")
    assert "„Byens stue på Torvet“" in danish  # a template of the first page
    assert "„Endelig sker der noget“" in danish  # a quoted comment in a test's chapter
    assert danish.count("„") == danish.count("“") and "”" not in danish and "»" not in danish
    english = _text("en-False")
    assert "“Byens stue på Torvet”" in english and "„" not in english


def test_listed_questions_never_double_their_punctuation() -> None:
    assert listed(["Hvem bor her?", "Hvad virker!", "Demografi", "Skoler"]) == (
        "Hvem bor her? Hvad virker! Demografi; Skoler"
    )
    for report in ("da-False", "en-True"):
        assert not re.search(r"[?!.];", _text(report))


_MONTHS = "januar februar marts april maj juni juli august september oktober november december"


def test_dates_never_break_between_day_and_month() -> None:
    # "Evalueret 24." at a line's end, "november 2026" on the next: the dates of the status
    # history and of the first page are written with non-breaking spaces.
    broken = [
        (" ".join(r.text for r in upper), " ".join(r.text for r in lower))
        for upper, lower in _next_lines(_lines(tuple(runs(reports()["da-False"]))))
        if re.search(r"\b\d{1,2}\.$", upper[-1].text.strip())
        and lower[0].text.split()[0].lower() in _MONTHS.split()
    ]
    assert broken == []
    assert unbroken("24. november 2026") == "24.\u00a0november\u00a02026"


def test_the_next_milestone_is_not_said_twice_when_it_is_the_next_meeting() -> None:
    for report, said, milestone in (
        ("da-False", "Næste møde:", "Næste milepæl:"),
        ("en-False", "Next meeting:", "Next milestone:"),
    ):
        text = _text(report)
        assert said in text and milestone not in text
    snapshot = demo_snapshot(TODAY)
    labels = ReportLabels()
    entry = next(m for m in snapshot.meetings if m.meeting.date == dt.date(2026, 12, 15))
    moved = replace(entry, meeting=replace(entry.meeting, date=dt.date(2026, 12, 16)))
    other = replace(snapshot, meetings=tuple(moved if m is entry else m for m in snapshot.meetings))
    last = executive_summary(other, labels, TODAY)[-1].sentences
    assert any(line.startswith("Next milestone:") for line in last)  # another day: both


def test_english_says_status_as_of_and_the_demo_speaks_danish() -> None:
    assert "Status as of 6 December 2026" in _text("en-False")
    danish = _text("da-False")
    assert "Status pr. 6." in danish and "Dot-voting" not in danish


def test_the_copy_without_names_leaves_the_empty_who_and_source_column_out() -> None:
    without, named = _text("en-False"), _text("en-True")
    assert "Who / Source" not in without
    assert "Who / Source" in named


def test_short_column_headings_stay_on_one_line() -> None:
    lines = [" ".join(r.text for r in line) for line in _lines(tuple(runs(reports()["da-False"])))]
    assert any("I timen" in line for line in lines)
    assert not any(line.strip() == "I" for line in lines)


# -- the handout of a meeting not yet held --------------------------------------------------------


def _handout(day: dt.date, meeting: str | None = None) -> str:
    snapshot = demo_snapshot(TODAY)
    out = io.BytesIO()
    write_handout(snapshot, meeting, HandoutLabels(), out, today=day)
    return flat_text(out.getvalue())


def test_a_handout_printed_before_the_meeting_is_its_plan() -> None:
    text = _handout(TODAY)  # the next meeting, on 15 December
    labels = HandoutLabels()
    assert labels.agenda in text and labels.place in text and labels.purpose in text
    for held_only in (labels.attendance, labels.no_attendance, labels.outcome):
        assert held_only not in text
    assert labels.nothing_recorded not in text


def test_a_handout_printed_after_the_meeting_says_what_was_recorded() -> None:
    snapshot = demo_snapshot(TODAY)
    meeting = next(m for m in snapshot.meetings if m.meeting.date == dt.date(2026, 12, 15))
    text = _handout(dt.date(2026, 12, 20), meeting.meeting.uuid)
    labels = HandoutLabels()
    assert labels.attendance in text and labels.outcome in text
