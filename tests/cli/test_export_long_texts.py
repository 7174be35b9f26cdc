"""`export` with the longest texts the app accepts: the issue's example, end to end."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from cli_helpers import ROOT, run
from pypdf import PdfReader

from workshop_app.domain.limits import MAX_TEXT
from workshop_app.services.demo import write_demo

sys.path.insert(0, str(ROOT / "tests" / "export"))
from hostile_project import filler


@pytest.mark.parametrize("length", [17_000, MAX_TEXT])
def test_charter_with_long_early_wins_and_fundraising(tmp_path: Path, length: int) -> None:
    # One ordinary paragraph of 17,000 characters made the charter exit 1 "internal error"
    # (a ReportLab LayoutError in the label/value table).
    project = tmp_path / "long.bymidte"
    service = write_demo(project)
    for key in ("early_wins", "fundraising"):
        ends = f"start{key} ", f" end{key}"
        service.set_scope_value(key, ends[0] + filler(length - len("".join(ends))) + ends[1])
    service.close()
    out = tmp_path / "charter.pdf"
    done = run("export", project, "--what", "charter", "--out", out)
    assert (done.returncode, done.stderr) == (0, "")
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    for key in ("early_wins", "fundraising"):
        assert f"start{key}" in text and f"end{key}" in text
