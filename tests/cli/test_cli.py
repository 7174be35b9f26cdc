"""The command line contract: exact forms, exit codes, one-line messages, untouched inputs."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from cli_helpers import run
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "x.bymidte"
    result = run("demo", path)
    assert result.returncode == 0, result.stderr
    return path


def test_demo_then_check_prints_ok(demo_path: Path) -> None:
    before = digest(demo_path)
    result = run("check", demo_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "ok\n", "")
    assert digest(demo_path) == before


def test_demo_refuses_to_overwrite(demo_path: Path) -> None:
    before = digest(demo_path)
    result = run("demo", demo_path)
    assert result.returncode == 2
    assert "already exists" in result.stderr
    assert digest(demo_path) == before


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("random.bin", bytes(range(256)) * 40, "not a project"),
        ("doc.pdf", b"%PDF-1.4\n1 0 obj << >> endobj\n", "PDF"),
        ("empty.bymidte", b"", "empty"),
        ("notes.txt", "Møde på torvet\n".encode(), "text file"),
    ],
)
def test_check_bad_files_one_line_exit_2(
    tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = run("check", path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and words in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == content


def test_check_missing_path_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "missing.bymidte"
    result = run("check", path)
    assert result.returncode == 2 and "does not exist" in result.stderr
    assert not path.exists()


def test_messages_are_danish_by_default(tmp_path: Path) -> None:
    result = run("check", tmp_path / "mangler.bymidte", lang="da")
    assert result.returncode == 2 and "findes ikke" in result.stderr


def test_export_handout_has_agenda_with_clock_times(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    result = run("export", demo_path, "--what", "handout", "--out", out, "--lang", "da")
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    page = reader.pages[0]
    assert round(float(page.mediabox.width)) == 595 and round(float(page.mediabox.height)) == 842
    text = "\n".join(p.extract_text() for p in reader.pages)
    # The next meeting of the demo is the citizens' meeting at 19:00 with 10 + 15 + 40 minutes.
    assert "Borgermøde" in text
    for clock in ("19:00", "19:10", "19:25", "20:05"):
        assert clock in text
    assert "Dagsorden" in text


def test_export_handout_for_a_given_session_in_english(demo_path: Path, tmp_path: Path) -> None:
    data = json.loads(
        run("export-json", demo_path, tmp_path / "p.json").stdout
        and (tmp_path / "p.json").read_text(encoding="utf-8")
    )
    walk = data["meetings"][-1]  # the town walk, last
    out = tmp_path / "walk.pdf"
    result = run(
        "export",
        demo_path,
        "--what",
        "handout",
        "--out",
        out,
        "--session",
        walk["id"] if "id" in walk else walk["uuid"],
        "--lang",
        "en",
    )
    assert result.returncode == 0, result.stderr
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert walk["title"] in text and "Agenda" in text and "10:00" in text


def test_export_unknown_session_is_a_user_error(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = run("export", demo_path, "--what", "handout", "--out", out, "--session", "nope")
    assert result.returncode == 2 and "nope" in result.stderr
    assert not out.exists()


def test_json_round_trip_is_identical(demo_path: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    assert run("export-json", demo_path, first).returncode == 0
    copy = tmp_path / "copy.bymidte"
    result = run("import-json", first, copy)
    assert result.returncode == 0, result.stderr
    second = tmp_path / "second.json"
    assert run("export-json", copy, second).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["format"] == "bymidtevaerkstedet-project" and data["version"] == 7


def test_import_refuses_existing_target_and_bad_json(demo_path: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    run("export-json", demo_path, good)
    before = digest(demo_path)
    result = run("import-json", good, demo_path)
    assert result.returncode == 2 and digest(demo_path) == before

    data = json.loads(good.read_text(encoding="utf-8"))
    data["meetings"][0]["agenda"][0]["duration_min"] = -5
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "new.bymidte"
    result = run("import-json", bad, target)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "duration_min" in result.stderr
    assert not target.exists()
    assert not list(tmp_path.glob(".new-*"))


def test_version_and_help() -> None:
    from workshop_app import __version__

    version = run("--version")
    assert version.returncode == 0 and __version__ in version.stdout
    help_text = run("--help")
    assert help_text.returncode == 0 and "demo" in help_text.stdout
    assert "--quit-after-startup" in help_text.stdout
    export_help = run("export", "--help")
    assert export_help.returncode == 0 and "--what" in export_help.stdout


def test_quit_after_startup_prints_startup_ms(demo_path: Path) -> None:
    result = run("--quit-after-startup", demo_path)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("startup_ms=")]
    assert len(lines) == 1 and int(lines[0].split("=")[1]) > 0


def test_quit_after_startup_with_a_bad_file_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.bymidte"
    bad.write_bytes(b"%PDF-1.4\n")
    result = run("--quit-after-startup", bad)
    assert result.returncode == 2 and "PDF" in result.stderr
