"""The command line's test report and test cards:
`workshop-app export PATH --what test-report|test-card --out OUT.pdf [--test UUID]`."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cli_helpers import ROOT, run
from pypdf import PdfReader

from workshop_app.services.demo import _id, write_demo

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0,
    reason="pdftotext (poppler-utils) is not installed",
)

#: The demo's tests: the town living room (two versions), the car-free street, the pop-up shop.
LIVING_ROOM, LIVING_ROOM_2 = _id("trial/living_room"), _id("trial/living_room_2")
QM = ROOT / "resources" / "i18n" / "workshop_app_da.qm"


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-trials") / "demo.bymidte"
    write_demo(path).close()
    return path


def _text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(
        ["pdftotext", *pages, str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.split())


def test_report_of_all_tests(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = run("export", demo_path, "--what", "test-report", "--out", out, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    text = _text(out)
    for expected in (
        "Tests in this report",
        "Byens stue på Torvet",
        "Bilfri Torvegade om lørdagen",
        "Pop-up-butik i den tidligere boghandel",
        "AT A GLANCE",
        "more people passed per hour than before",
        "Adjust and test again",
        "Discard",
        "Rests on: count",
        "Version 2 of “Byens stue på Torvet”.",
    ):
        assert expected in text, expected
    assert "Kirsten Sørensen" not in text  # no contact persons


def test_report_of_one_test_has_only_that_test(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "one.pdf"
    result = run(
        "export", demo_path, "--what", "test-report", "--test", LIVING_ROOM_2, "--out", out
    )
    assert result.returncode == 0, result.stderr
    text = _text(out)
    assert "Byens stue på Torvet" in text and "TEST REPORT · Version 2" in text
    assert "Bilfri Torvegade" not in text and "Pop-up-butik" not in text
    assert "Tests in this report" not in text


def test_cards_one_page_per_test(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    result = run("export", demo_path, "--what", "test-card", "--out", out, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(out).pages) == 4
    assert "We believe that" in _text(out, 1) and "Permits".upper() in _text(out, 1)
    one = tmp_path / "card.pdf"
    result = run("export", demo_path, "--what", "test-card", "--test", LIVING_ROOM, "--out", one)
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(one).pages) == 1
    assert "Byens stue på Torvet" in _text(one)


def test_danish(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    result = run("export", demo_path, "--what", "test-report", "--out", out, "--lang", "da")
    assert result.returncode == 0, result.stderr
    text = _text(out)
    # Month names come from the Danish locale at once; the labels once they are translated.
    assert any(month in text for month in ("oktober", "november", "december"))
    if b"TrialReportLabels" in QM.read_bytes():
        assert "Test report" not in text and "At a glance".upper() not in text


def test_unknown_test_is_a_user_error(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    unknown = "00000000-0000-4000-8000-000000000000"
    for what in ("test-report", "test-card"):
        result = run("export", demo_path, "--what", what, "--test", unknown, "--out", out)
        assert result.returncode == 2
        assert result.stderr.strip() == f"No test with id {unknown}."
        assert not out.exists()


@pytest.mark.parametrize("what", ["charter", "handout", "actors"])
def test_test_only_goes_with_test_exports(demo_path: Path, tmp_path: Path, what: str) -> None:
    out = tmp_path / "x.pdf"
    result = run("export", demo_path, "--what", what, "--test", LIVING_ROOM, "--out", out)
    assert result.returncode == 2
    assert "--test" in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_unwritable_target_is_a_user_error(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "report.pdf"
    result = run("export", demo_path, "--what", "test-report", "--out", out)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_english_labels_from_the_ui_match_the_export_defaults() -> None:
    """ui/labels.py and export/trial_*.py hold the same English words; they must not drift."""
    code = (
        "import dataclasses\n"
        "from workshop_app.ui.headless import trial_card_labels_for, trial_report_labels_for\n"
        "from workshop_app.export.trial_card import TrialCardLabels\n"
        "from workshop_app.export.trial_report import TrialReportLabels\n"
        "for make, cls in ((trial_card_labels_for, TrialCardLabels),\n"
        "                  (trial_report_labels_for, TrialReportLabels)):\n"
        "    got, want = make('en'), cls()\n"
        "    for f in dataclasses.fields(cls):\n"
        "        a, b = getattr(got, f.name), getattr(want, f.name)\n"
        "        a = a if isinstance(a, str | tuple) else dict(a)\n"
        "        b = b if isinstance(b, str | tuple) else dict(b)\n"
        "        assert a == b, (f.name, a, b)\n"
        "print('ok')\n"
    )
    import os
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
