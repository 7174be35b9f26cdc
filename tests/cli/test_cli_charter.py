"""The command line's charter export: `workshop-app export PATH --what charter --out OUT.pdf`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import run
from pypdf import PdfReader

from workshop_app.services.demo import write_demo

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-charter") / "demo.bymidte"
    write_demo(path).close()
    return path


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_export_charter(demo_path: Path, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"charter-{lang}.pdf"
    result = run("export", demo_path, "--what", "charter", "--out", out, "--lang", lang)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    reader = PdfReader(out)
    assert 1 <= len(reader.pages) <= 4
    page = reader.pages[0]
    assert round(float(page.mediabox.width)) == 595 and round(float(page.mediabox.height)) == 842
    text = _text(out)
    assert "Egeby bymidte" in text and "Skovlund Kommune" in text
    assert reader.metadata is not None and "Egeby bymidte" in str(reader.metadata.title)
    assert "Mette" not in " ".join(str(v) for v in reader.metadata.values())
    if lang == "en":
        assert "Charter" in text and "Page 1 of" in text


def test_export_charter_ignores_meetings(tmp_path: Path) -> None:
    """A charter needs no meeting (the handout does): a project without meetings exports."""
    from workshop_app.domain.model import Project, ProjectSnapshot, new_uuid
    from workshop_app.services.project_service import create_project

    path = tmp_path / "bare.bymidte"
    create_project(path, ProjectSnapshot(project=Project(uuid=new_uuid(), name="Bar by"))).close()
    out = tmp_path / "bare.pdf"
    result = run("export", path, "--what", "charter", "--out", out, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "Bar by" in _text(out)


def test_bad_what_is_a_usage_error(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = run("export", demo_path, "--what", "poster", "--out", out)
    assert result.returncode == 2
    assert "charter" in result.stderr and "handout" in result.stderr
    assert not out.exists()


def test_bad_session_for_a_handout_is_still_a_user_error(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = run("export", demo_path, "--what", "handout", "--out", out, "--session", "nope")
    assert result.returncode == 2 and "nope" in result.stderr
    assert not out.exists()


def test_unwritable_target_is_a_user_error(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "charter.pdf"
    result = run("export", demo_path, "--what", "charter", "--out", out)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not out.exists()


def test_english_labels_from_the_ui_match_the_export_defaults() -> None:
    """The translatable source strings in ui/labels.py and the defaults in export/charter.py are
    two copies of the same English text; they must not drift apart."""
    code = (
        "from workshop_app.ui.headless import charter_labels_for\n"
        "from workshop_app.export.charter import CharterLabels\n"
        "import dataclasses\n"
        "got, want = charter_labels_for('en'), CharterLabels()\n"
        "for f in dataclasses.fields(CharterLabels):\n"
        "    a, b = getattr(got, f.name), getattr(want, f.name)\n"
        "    if f.name in ('months', 'thousands_sep'):\n"
        "        continue\n"
        "    a = dict(a) if not isinstance(a, str) else a\n"
        "    b = dict(b) if not isinstance(b, str) else b\n"
        "    assert a == b, (f.name, a, b)\n"
        "assert got.thousands_sep == ',' and got.months[0] == 'January'\n"
        "da = charter_labels_for('da')\n"
        "assert da.thousands_sep == '.', da.thousands_sep\n"
        "assert da.months[0] == 'januar', da.months\n"
        "print('ok')\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
