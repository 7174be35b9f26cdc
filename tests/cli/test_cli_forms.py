"""The command line's blank forms: `workshop-app export PATH --what forms --form KIND --out OUT.pdf
[--test UUID] [--session UUID] [--first N] [--count N] [--lang da|en]`."""

from __future__ import annotations

import subprocess
import uuid
from pathlib import Path

import pytest
from cli_helpers import run
from pypdf import PdfReader

from workshop_app.services.demo import write_demo
from workshop_app.services.project_service import ProjectService, open_project

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0,
    reason="pdftotext (poppler-utils) is not installed",
)
needs_card_runs = pytest.mark.skipif(
    not hasattr(ProjectService, "record_card_run"),
    reason="the card runs' service (branch print-data) is not merged yet",
)


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.bymidte"
    write_demo(path).close()
    return path


def _text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def test_help_lists_the_kinds() -> None:
    result = run("export", "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert "forms}" in text or "forms," in text  # --what lists its choices
    for kind in ("feedback-cards", "counting-sheet", "vote-sheet", "sign-in", "large-print"):
        assert kind in text


@pytest.mark.parametrize("kind", ["counting-sheet", "vote-sheet", "sign-in", "large-print"])
def test_every_form_in_danish(kind: str, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / f"{kind}.pdf"
    before = demo_path.read_bytes()
    result = run("export", demo_path, "--what", "forms", "--form", kind, "--out", out, lang="da")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    text = _text(out)
    words = {
        "counting-sheet": [
            "Tælleark",
            "Passerende personer pr. 10 minutter",
            "Gående",
            "Tidspunkt",
        ],
        "vote-sheet": ["Ark til prikafstemning", "Din egen idé:"],
        "sign-in": ["Deltagerliste", "Sådan bruger vi dine oplysninger", "Skovlund Kommune"],
        "large-print": ["Uddelingsark med stor skrift", "Dagsorden"],
    }[kind]
    for word in words:
        assert word in text, word
    assert "Tidspun kt" not in text and "accep terer" not in text  # no word broken in a column
    assert demo_path.read_bytes() == before  # opened read-only: the file is not touched


def test_a_meeting_for_the_vote_sheet(demo_path: Path, tmp_path: Path) -> None:
    service = open_project(demo_path, read_only=True)
    meeting = service.snapshot().meetings[1].meeting
    service.close()
    out = tmp_path / "votes.pdf"
    result = run(
        "export", demo_path, "--what", "forms", "--form", "vote-sheet",
        "--session", meeting.uuid, "--out", out,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert meeting.title in _text(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--what", "forms"], "needs --form"),
        (["--what", "charter", "--form", "sign-in"], "--form is only for --what forms"),
        (["--what", "forms", "--form", "sign-in", "--test", "x"], "--test is only for the forms"),
        (["--what", "forms", "--form", "counting-sheet", "--session", "x"], "--session is only"),
        (["--what", "forms", "--form", "sign-in", "--count", "3"], "only for --form feedback"),
        (["--what", "forms", "--form", "feedback-cards", "--count", "0"], "1 or more"),
        (["--what", "forms", "--form", "vote-sheet", "--session", "nope"], "No meeting"),
        (["--what", "forms", "--form", "counting-sheet", "--test", "nope"], "No test"),
        (["--what", "forms", "--form", "sign-in", "--with-names"], "--with-names is only"),
        (["--what", "charter", "--count", "2"], "only for --what forms"),
    ],
)
def test_wrong_options_say_so_in_one_line(
    args: list[str], message: str, demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    result = run("export", demo_path, *args, "--out", out)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def _runs(path: Path, trial: str) -> list[tuple[int, int]]:
    service = open_project(path, read_only=True)
    try:
        runs = service.snapshot().trials.card_runs
    finally:
        service.close()
    return sorted((r.first, r.last) for r in runs if r.trial_uuid == trial)


@needs_card_runs
def test_cards_continue_from_the_next_free_number_and_are_recorded(
    demo_path: Path, tmp_path: Path
) -> None:
    from workshop_app.domain.print_runs import next_free_card

    service = open_project(demo_path, read_only=True)
    snapshot = service.snapshot()
    service.close()
    trial = snapshot.trials.trials[2].uuid
    before = _runs(demo_path, trial)
    first = next_free_card(snapshot.trials.card_runs, snapshot.trials.feedback, trial)
    out = tmp_path / "cards.pdf"
    args = ["export", demo_path, "--what", "forms", "--form", "feedback-cards", "--test", trial]
    result = run(*args, "--count", "6", "--out", out)
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(out).pages) == 2
    text = _text(out)
    assert f"Card no. {first}" in text and f"Card no. {first + 5}" in text
    assert _runs(demo_path, trial) == sorted([*before, (first, first + 5)])
    # The next run starts above it; a run over the same numbers is refused and writes nothing.
    again = tmp_path / "again.pdf"
    result = run(*args, "--out", again)
    assert result.returncode == 0, result.stderr
    assert f"Card no. {first + 6}" in _text(again)
    refused = tmp_path / "refused.pdf"
    result = run(*args, "--first", str(first + 2), "--out", refused)
    assert result.returncode == 2
    assert "overlap" in result.stderr
    assert not refused.exists()
    assert _runs(demo_path, trial) == sorted([*before, (first, first + 5), (first + 6, first + 9)])


@needs_card_runs
def test_cards_for_a_project_without_tests(tmp_path: Path) -> None:
    from workshop_app.domain.model import Project, ProjectSnapshot
    from workshop_app.services.project_service import create_project

    path = tmp_path / "empty.bymidte"
    create_project(
        path, ProjectSnapshot(project=Project(uuid=str(uuid.uuid4()), name="Tom"))
    ).close()
    out = tmp_path / "cards.pdf"
    result = run("export", path, "--what", "forms", "--form", "feedback-cards", "--out", out)
    assert result.returncode == 2
    assert "no tests" in result.stderr
    assert not out.exists()


def test_the_command_line_lists_the_forms_without_loading_reportlab() -> None:
    """``workshop-app demo`` or ``check`` builds the same parser as ``export``: listing the form
    kinds must not load ReportLab's barcode modules (they broke the frozen build's ``demo``)."""
    import subprocess
    import sys

    code = (
        "import sys, workshop_app.__main__ as m; m._command_parser(); "
        "print(any(n.startswith('reportlab') for n in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"
