"""`workshop-app export --what handout|runsheet`: the meeting picked by --session (default the
next one), names only where chosen, one line and exit 2 for a bad id or option."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run
from pypdf import PdfReader

from workshop_app.services.demo import write_demo
from workshop_app.services.project_service import open_project


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-meeting") / "demo.bymidte"
    write_demo(path).close()
    return path


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def _pages(path: Path) -> list[str]:
    return [p.extract_text() for p in PdfReader(path).pages]


def test_runsheet_of_a_chosen_meeting_in_danish(demo_path: Path, tmp_path: Path) -> None:
    service = open_project(demo_path, read_only=True)
    try:
        snapshot = service.snapshot()
    finally:
        service.close()
    meeting = snapshot.meetings[-1].meeting
    out = tmp_path / "drejebog.pdf"
    result = run(
        "export", demo_path, "--what", "runsheet", "--out", out, "--session", meeting.uuid,
        "--lang", "da",
    )  # fmt: skip
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert result.stdout.strip() == str(out)
    text = _text(out)
    assert meeting.title in text
    assert "Drejebog · Facilitatorens eksemplar" in text
    assert "Fremmøde: inviterede aktører" in text
    assert all("Indeholder personoplysninger" in page for page in _pages(out))
    first = snapshot.actors.actors[0].name
    assert f"☐ {first}" in text or f"☑ {first}" in text


def test_handout_by_default_has_no_names_and_with_names_says_so(
    demo_path: Path, tmp_path: Path
) -> None:
    plain, named = tmp_path / "h.pdf", tmp_path / "h-names.pdf"
    assert run("export", demo_path, "--what", "handout", "--out", plain).returncode == 0
    result = run("export", demo_path, "--what", "handout", "--out", named, "--with-names")
    assert result.returncode == 0, result.stderr
    assert not any("Contains personal data" in page for page in _pages(plain))
    assert all("Contains personal data" in page for page in _pages(named))
    # By default the next meeting, not held yet: its plan, without an outcome to report.
    text = _text(plain)
    assert "Place" in text and "Time" in text
    assert "What came out" not in text


def test_handout_of_the_demos_held_meeting_tells_what_came_out(
    demo_path: Path, tmp_path: Path
) -> None:
    service = open_project(demo_path, read_only=True)
    try:
        snapshot = service.snapshot()
    finally:
        service.close()
    held = max(snapshot.meetings, key=lambda m: len(m.notes))
    assert held.decisions and held.actions and held.citizen_counts  # the demo holds a meeting
    out = tmp_path / "held.pdf"
    result = run("export", demo_path, "--what", "handout", "--out", out, "--session",
                 held.meeting.uuid)  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = _text(out)
    assert f"Citizens counted: {held.citizens_total}" in text
    assert f"Organisations present: {len(held.actors_present)}" in text
    for decision in held.decisions:
        assert decision.text in text
    for action in held.actions:
        assert action.what in text
    assert "What By when Done" in text and "Who" not in text.replace("Who came", "")
    for name in held.meeting.facilitators.split(", "):
        assert name not in text
    extra = [i for i in held.agenda if i.extra_min]
    assert all(f"{i.duration_min} (+{i.extra_min})" in text for i in extra)


@pytest.mark.parametrize("what", ["handout", "runsheet"])
def test_unknown_meeting_is_one_line_and_exit_2(what: str, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = run("export", demo_path, "--what", what, "--out", out, "--session", "nope")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "nope" in result.stderr
    assert result.stdout == ""
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "word"),
    [
        (["--what", "runsheet", "--with-names"], "--with-names"),
        (["--what", "charter", "--session", "x"], "--session"),
    ],
)
def test_options_for_another_document_are_refused(
    args: list[str], word: str, demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    result = run("export", demo_path, *args, "--out", out)
    assert result.returncode == 2 and word in result.stderr
    assert result.stderr.count("\n") == 1
    assert not out.exists()


def test_project_without_meetings_is_a_user_error(tmp_path: Path) -> None:
    from workshop_app.services.project_service import new_project

    path = tmp_path / "tom.bymidte"
    new_project(path, "Tom").close()
    result = run("export", path, "--what", "runsheet", "--out", tmp_path / "r.pdf")
    assert result.returncode == 2 and "no meetings" in result.stderr
