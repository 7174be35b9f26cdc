"""The PyInstaller build (build.spec) produces a folder whose program starts and runs commands.

Slow (about a minute: analysis plus collecting Qt), so marked ``slow``. The build goes to a
temporary folder, so the checkout stays clean.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD_TIMEOUT_S = 900
RUN_TIMEOUT_S = 120

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (pip install -e '.[dev]')",
    ),
]


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build once for this module; return the one-folder bundle (``…/dist/workshop-app``)."""
    base = tmp_path_factory.mktemp("pyinstaller")
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(base / "dist"), "--workpath", str(base / "work"),
        str(ROOT / "build.spec"),
    ]  # fmt: skip
    result = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, check=False
    )
    assert result.returncode == 0, f"PyInstaller failed:\n{_tail(result.stderr)}"
    folder = base / "dist" / "workshop-app"
    assert folder.is_dir(), f"no bundle at {folder}"
    return folder


def _executable(folder: Path) -> Path:
    # On Windows the GUI program cannot print; build.spec adds a console twin for commands.
    name = "workshop-app-cli.exe" if sys.platform.startswith("win") else "workshop-app"
    exe = folder / name
    assert exe.is_file(), f"missing {exe}"
    return exe


def _run(exe: Path, *args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        WORKSHOP_APP_DATA_DIR=str(home / "data"),
        WORKSHOP_APP_CONFIG_DIR=str(home / "config"),
    )
    return subprocess.run(
        [str(exe), *map(str, args)],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )


def test_built_app_starts_and_reports_startup_time(bundle: Path, tmp_path: Path) -> None:
    result = _run(_executable(bundle), "--quit-after-startup", home=tmp_path)

    assert result.returncode == 0, f"exit {result.returncode}\n{_tail(result.stderr)}"
    assert re.search(r"^startup_ms=\d+$", result.stdout, re.MULTILINE), result.stdout
    assert "Traceback" not in result.stderr


def test_built_app_writes_and_checks_the_demo(bundle: Path, tmp_path: Path) -> None:
    exe = _executable(bundle)
    project = tmp_path / "x.bymidte"

    demo = _run(exe, "demo", project, home=tmp_path)
    assert demo.returncode == 0, _tail(demo.stderr)
    assert project.is_file()

    check = _run(exe, "check", project, home=tmp_path)
    assert check.returncode == 0, _tail(check.stderr)
    assert check.stdout.strip() == "ok"


def test_bundle_holds_our_resources_and_leaves_out_unused_qt(bundle: Path) -> None:
    files = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    names = {name.rsplit("/", 1)[-1] for name in files}

    # Every resource the app reads ships (fonts, translations, icons, the method catalogue…);
    # the README's screenshots need not.
    wanted = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "screenshots" not in p.parts and p.suffix != ".ts"
    ]
    missing = [path for path in wanted if f"_internal/{path}" not in files]
    assert not missing, missing
    assert any(n.startswith("fontawesome") and n.endswith(".ttf") for n in names), "qtawesome"
    assert any("Qt6Pdf" in n for n in names), "QtPdf (the handout preview) is missing"

    unwanted = ("Qt6WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "Qt6Multimedia", "Qt6Designer")
    assert not [n for n in names if any(u in n for u in unwanted)]
    qt_translations = sorted(n for n in names if n.startswith("qt") and n.endswith(".qm"))
    assert qt_translations, "Qt's own translations (qtbase_da.qm) are missing"
    languages = {n[: -len(".qm")].split("_", 1)[1].split("_")[0] for n in qt_translations}
    assert languages <= {"da", "en", "nb", "nn"}, languages
