"""The project report read as a council member reads it (issue 14 review): no word broken by a
narrow column, in English and in Danish (the app's own translations, made in a child process as
in ``test_one_look``); the actor map's pages drawn as in its own document.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from pdf_boxes import Run, runs
from test_one_look import _lines, _next_lines, _strings, _vocabulary

from workshop_app.export.report_labels import ReportLabels

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
