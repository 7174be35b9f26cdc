"""A plain ``pip install .`` works: the README's Windows/macOS route, and any wheel we hand out.

A wheel is built from a clean clone of the committed tree (so nothing generated in this checkout
can hide a missing file), installed into a fresh venv, and the installed app is started and asked
for a Danish charter. The fresh venv borrows the dependencies of the test environment through a
``.pth`` line instead of downloading them again; the app itself comes only from the wheel.

Slow (a clone, a wheel build, a venv), so marked ``slow``; it runs in CI too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 300

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("git") is None or not (ROOT / ".git").exists(),
        reason="needs git and a git checkout",
    ),
]


def _run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(c) for c in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, (
        f"{command} failed:\n{result.stdout[-3000:]}{result.stderr[-3000:]}"
    )
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("wheel")
    clone = base / "clone"
    _run("git", "clone", "--quiet", "--no-hardlinks", ROOT, clone, cwd=base)
    out = base / "out"
    _run(
        sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
        "--wheel-dir", out, clone,
        cwd=base,
    )  # fmt: skip
    (found,) = out.glob("*.whl")
    return found


def test_wheel_holds_every_package_and_the_compiled_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    packages = sorted(
        p.parent.relative_to(ROOT).as_posix() for p in (ROOT / "workshop_app").rglob("__init__.py")
    )
    missing = [p for p in packages if f"{p}/__init__.py" not in names]
    assert not missing, f"sub-packages left out of the wheel: {missing}"
    assert "workshop_app/resources/i18n/workshop_app_da.qm" in names, "no compiled Danish"
    assert "workshop_app/resources/methods/methods.json" in names or any(
        n.startswith("workshop_app/resources/methods/") for n in names
    )
    assert any(n.startswith("workshop_app/resources/fonts/") for n in names)
    data = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "workshop_app").rglob("*.json"))
    assert data, "no data files found in workshop_app/"
    assert not [n for n in data if n not in names], "package data left out of the wheel"


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with only the wheel installed; returns its ``bin`` folder."""
    venv = tmp_path_factory.mktemp("venv") / "fresh"
    _run(sys.executable, "-m", "venv", venv, cwd=venv.parent)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    _run(python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", wheel, cwd=venv)
    site = _run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=venv)
    # The dependencies (PySide6, ReportLab, …) come from the test environment, appended after the
    # fresh site-packages, so the app is imported from the wheel and nowhere else.
    deps = sysconfig.get_path("purelib")
    Path(site.strip(), "zz_test_dependencies.pth").write_text(deps + "\n", encoding="utf-8")
    return bindir


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "LANGUAGE")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        WORKSHOP_APP_DATA_DIR=str(home / "data"),
        WORKSHOP_APP_CONFIG_DIR=str(home / "config"),
        LANG="da_DK.UTF-8",
        # Not the checkout's tools: an install must not need pyside6-lrelease on PATH.
        PATH=os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p),
    )
    return env


def test_installed_app_comes_from_the_wheel_and_starts(installed: Path, tmp_path: Path) -> None:
    env = _env(tmp_path)
    python = installed / "python"
    where = _run(
        python, "-c", "import workshop_app; print(workshop_app.__file__)", cwd=tmp_path, env=env
    )
    assert str(ROOT) not in where and "site-packages" in where, where

    started = _run(installed / "workshop-app", "--quit-after-startup", cwd=tmp_path, env=env)
    assert "startup_ms=" in started
    log = tmp_path / "data" / "logs"
    logged = "".join(p.read_text(encoding="utf-8") for p in log.glob("*")) if log.is_dir() else ""
    assert "no translation file" not in logged, logged


def test_installed_app_prints_a_danish_charter(installed: Path, tmp_path: Path) -> None:
    env = _env(tmp_path)
    app = installed / "workshop-app"
    project, pdf = tmp_path / "demo.bymidte", tmp_path / "charter.pdf"
    _run(app, "demo", project, cwd=tmp_path, env=env)
    _run(
        app,
        "export",
        project,
        "--what",
        "charter",
        "--out",
        pdf,
        "--lang",
        "da",
        cwd=tmp_path,
        env=env,
    )
    text = _run("pdftotext", pdf, "-", cwd=tmp_path)
    assert "Samarbejdsgrundlag" in text and "Udkast, version af" in text, text[:400]
    assert "Charter" not in text


def test_system_python_gets_libpython_for_the_installer_build(tmp_path: Path) -> None:
    """A fresh Debian 12 has python3 but not libpython3.11.so, which PyInstaller needs."""
    system = Path("/usr/bin/python3")
    if shutil.which("dpkg") is None or not system.exists():
        pytest.skip("needs Debian/Ubuntu with a system python3")
    version = _run(system, "-c", "import sys; print('%d.%d' % sys.version_info[:2])", cwd=tmp_path)
    if tuple(map(int, version.split("."))) < (3, 11):
        pytest.skip("the system python3 is older than 3.11")
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    for name in ("python.sh", "system_deps.sh"):
        shutil.copy2(ROOT / "scripts" / name, scripts / name)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}  # no pyenv, no .venv: the system's
    listed = _run("bash", scripts / "system_deps.sh", "test", "--list", cwd=tmp_path, env=env)
    assert f"libpython{version.strip()}" in listed.split(), listed
