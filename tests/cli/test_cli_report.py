"""The command line's project report: `workshop-app export PATH --what report --out OUT.pdf`."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run
from pypdf import PdfReader

from workshop_app.services.demo import write_demo


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-report") / "demo.bymidte"
    write_demo(path).close()
    return path


def _text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("da", ["Projektrapport", "Hvor samarbejdet står", "Indhold", "Afholdte møder"]),
        ("en", ["Project report", "Where the collaboration stands", "Contents", "Meetings held"]),
    ],
)
def test_export_report(demo_path: Path, tmp_path: Path, lang: str, words: list[str]) -> None:
    out = tmp_path / f"report-{lang}.pdf"
    result = run("export", demo_path, "--what", "report", "--out", out, "--lang", lang)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    text = _text(out)
    for word in words:
        assert word in text
    assert "Mette Holm" not in text  # the demo's facilitator: personal data
    assert "personoplysninger" not in text and "personal data" not in text


def test_export_report_with_names(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "report-names.pdf"
    result = run(
        "export", demo_path, "--what", "report", "--with-names", "--out", out, "--lang", "en"
    )
    assert result.returncode == 0, result.stderr
    pages = PdfReader(out).pages
    assert all("Contains personal data" in (p.extract_text() or "") for p in pages)
    assert "Mette Holm" in _text(out)


def test_help_lists_the_report() -> None:
    result = run("export", "--help")
    assert result.returncode == 0
    assert "report" in result.stdout.split("--what")[1]
