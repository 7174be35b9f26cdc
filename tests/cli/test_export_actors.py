"""The command line's actor map: `workshop-app export PATH --what actors --out OUT.pdf`."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cli_helpers import run
from pypdf import PdfReader

from workshop_app.services.demo import write_demo

#: The demo's only contact details (the city manager's, clearly fictional).
CONTACT = "citychef@egeby.example"


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-actors") / "demo.bymidte"
    write_demo(path).close()
    return path


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def _page_text(path: Path, page: int) -> str:
    result = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return " ".join(result.stdout.split())


def test_export_actor_map_in_english(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "actors.pdf"
    result = run("export", demo_path, "--what", "actors", "--out", out, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    reader = PdfReader(out)
    page = reader.pages[0]
    assert round(float(page.mediabox.width)) == 842 and round(float(page.mediabox.height)) == 595
    text = _text(out)
    assert "Actor map" in text and "Egeby bymidte" in text
    assert "Egeby Handelsstandsforening" in text and "Actor register" in text
    assert CONTACT not in text and "Kirsten Sørensen" not in text
    assert "Contains personal data" not in text
    assert reader.metadata is not None and "Egeby bymidte" in str(reader.metadata.title)


def test_export_actor_map_in_danish(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "aktoerer.pdf"
    result = run("export", demo_path, "--what", "actors", "--out", out, "--lang", "da")
    assert result.returncode == 0, result.stderr
    text = _text(out)
    # Words the register already has in Danish (categories, involvement, roles, fields).
    for word in ("Ejendomsejere", "Informere", "Styregruppe", "Indflydelse", "Interesse"):
        assert word in text, word
    assert "Property owners" not in text


@pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0,
    reason="pdftotext (poppler-utils) is not installed",
)
def test_with_names_marks_every_page(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "actors-names.pdf"
    result = run(
        "export", demo_path, "--what", "actors", "--out", out, "--with-names", "--lang", "en"
    )
    assert result.returncode == 0, result.stderr
    pages = len(PdfReader(out).pages)
    assert pages >= 2
    for page in range(1, pages + 1):
        assert "Contains personal data" in _page_text(out, page), page
    text = _text(out)
    assert CONTACT in text and "Kirsten Sørensen" in text
    metadata = " ".join(str(v) for v in (PdfReader(out).metadata or {}).values())
    assert "Kirsten" not in metadata and CONTACT not in metadata


@pytest.mark.parametrize("what", ["charter", "runsheet"])  # the handout takes it too
def test_with_names_only_goes_with_actors(demo_path: Path, tmp_path: Path, what: str) -> None:
    out = tmp_path / "x.pdf"
    result = run("export", demo_path, "--what", what, "--out", out, "--with-names")
    assert result.returncode == 2
    assert "--with-names" in result.stderr and "actors" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_bad_project_file_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.bymidte"
    path.write_bytes(b"not a project at all")
    out = tmp_path / "x.pdf"
    result = run("export", path, "--what", "actors", "--out", out)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not out.exists()


def test_missing_project_file_is_a_user_error(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = run("export", tmp_path / "nowhere.bymidte", "--what", "actors", "--out", out)
    assert result.returncode == 2
    assert not out.exists()


def test_unwritable_target_is_a_user_error(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "actors.pdf"
    result = run("export", demo_path, "--what", "actors", "--out", out)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_english_labels_from_the_ui_match_the_export_defaults() -> None:
    """ui/labels.py and export/actor_map.py hold the same English words; they must not drift."""
    code = (
        "import dataclasses\n"
        "from workshop_app.ui.headless import actor_map_labels_for\n"
        "from workshop_app.export.actor_map import ActorMapLabels\n"
        "got, want = actor_map_labels_for('en'), ActorMapLabels()\n"
        "for f in dataclasses.fields(ActorMapLabels):\n"
        "    a, b = getattr(got, f.name), getattr(want, f.name)\n"
        "    a = a if isinstance(a, str | tuple) else dict(a)\n"
        "    b = b if isinstance(b, str | tuple) else dict(b)\n"
        "    assert a == b, (f.name, a, b)\n"
        "print('ok')\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    import os
    import sys

    from cli_helpers import ROOT

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
