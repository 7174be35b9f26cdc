"""No output of the command line ever replaces a project; other files only atomically.

The matrix runs the command line in this process (``main(argv)``, the same code path as the
``workshop-app`` script, exit code and stderr included) to keep it fast; a few cases run as a
child process too.
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_helpers import run

from workshop_app.__main__ import main
from workshop_app.services.demo import write_demo

# Commands run in-process make Qt's application object for their labels: let pytest-qt make it
# first, as a QApplication, so the UI tests after these find the kind they need.
pytestmark = pytest.mark.usefixtures("qapp")

WHATS = ("handout", "charter", "actors", "test-report", "test-card")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with two projects, P and Q; the current directory is this folder."""
    work = tmp_path / "work"
    work.mkdir()
    write_demo(work / "P.bymidte").close()
    write_demo(work / "Q.bymidte").close()
    monkeypatch.chdir(work)
    monkeypatch.setenv("LANG", "en.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    return work


def _same(work: Path) -> str:
    return "P.bymidte"


def _dot(work: Path) -> str:
    return "./P.bymidte"


def _absolute(work: Path) -> str:
    return str(work / "P.bymidte")


def _dotdot(work: Path) -> str:
    return f"../{work.name}/./P.bymidte"


def _symlink(work: Path) -> str:
    (work / "link.pdf").symlink_to("P.bymidte")
    return "link.pdf"


def _hardlink(work: Path) -> str:
    os.link(work / "P.bymidte", work / "hard.pdf")
    return "hard.pdf"


def _other_project(work: Path) -> str:
    return "Q.bymidte"


def _journal_name(work: Path) -> str:
    return "P.bymidte-journal"


TARGETS: dict[str, Callable[[Path], str]] = {
    "same path": _same,
    "./ spelling": _dot,
    "absolute path": _absolute,
    "../ spelling": _dotdot,
    "symlink": _symlink,
    "hard link": _hardlink,
    "another project": _other_project,
    "its -journal": _journal_name,
}

COMMANDS: dict[str, Callable[[str], list[str]]] = {
    **{
        f"export {what}": (
            lambda out, what=what: ["export", "P.bymidte", "--what", what, "--out", out]  # type: ignore[misc]  # default argument binds the loop value
        )
        for what in WHATS
    },
    "export-json": lambda out: ["export-json", "P.bymidte", out],
}


def _snapshot(work: Path) -> dict[str, str]:
    """Every entry of the folder with the hash of its bytes (links by what they point at)."""
    return {
        p.name: (
            f"-> {os.readlink(p)}" if p.is_symlink() else "folder" if p.is_dir() else digest(p)
        )
        for p in sorted(work.iterdir())
    }


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("command", COMMANDS)
def test_an_output_aimed_at_a_project_is_refused(
    folder: Path, command: str, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = TARGETS[target](folder)
    before = _snapshot(folder)
    code = main(COMMANDS[command](out))
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "is a project file" in err and "never overwritten" in err
    assert _snapshot(folder) == before  # project bytes unchanged, no temp file, nothing new


@pytest.mark.parametrize("command", ["export charter", "export-json"])
def test_an_output_aimed_at_a_folder_says_so_and_leaves_no_temp(
    folder: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "somedir").mkdir()
    before = _snapshot(folder)
    code = main(COMMANDS[command]("somedir"))
    err = capsys.readouterr().err
    assert (code, err) == (2, "somedir is a folder; choose a file name.\n")
    assert _snapshot(folder) == before
    assert list((folder / "somedir").iterdir()) == []


@pytest.mark.parametrize("command", ["export charter", "export-json"])
def test_a_failed_rename_leaves_no_temp_and_the_old_file(
    folder: Path, command: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "old.out").write_bytes(b"the previous export")
    before = _snapshot(folder)

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", broken_replace)
    code = main(COMMANDS[command]("old.out"))
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "old.out" in err
    assert _snapshot(folder) == before


@pytest.mark.parametrize("command", ["export charter", "export-json"])
def test_an_existing_other_file_is_replaced(
    folder: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "old.out").write_bytes(b"the previous export")
    assert main(COMMANDS[command]("old.out")) == 0
    data = (folder / "old.out").read_bytes()
    assert data.startswith(b"%PDF" if command.startswith("export ") else b"{")
    assert sorted(p.name for p in folder.iterdir()) == ["P.bymidte", "Q.bymidte", "old.out"]


def test_a_read_only_output_folder_gets_its_own_sentence(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only mount refuses to create the temp file with EROFS (root ignores chmod, so the
    refusal is simulated where the file system would give it)."""
    import tempfile

    def read_only_mount(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only_mount)
    before = _snapshot(folder)
    code = main(COMMANDS["export-json"]("out.json"))
    err = capsys.readouterr().err
    assert code == 2
    assert err == "The folder . cannot be written to (read-only); choose another folder.\n"
    assert "stick" not in err
    assert _snapshot(folder) == before


@pytest.mark.parametrize("make", ["symlink to a project", "project", "folder"])
@pytest.mark.parametrize("command", ["import-json", "demo"])
def test_new_file_commands_refuse_projects_and_folders(
    folder: Path, command: str, make: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export-json", "P.bymidte", "p.json"]) == 0
    capsys.readouterr()
    target = {"symlink to a project": "link", "project": "Q.bymidte", "folder": "somedir"}[make]
    if make == "symlink to a project":
        (folder / "link").symlink_to("P.bymidte")
    if make == "folder":
        (folder / "somedir").mkdir()
    before = _snapshot(folder)
    argv = ["import-json", "p.json", target] if command == "import-json" else ["demo", target]
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert ("is a folder" if make == "folder" else "already exists") in err
    assert _snapshot(folder) == before


def test_the_installed_command_refuses_an_export_over_its_input(folder: Path) -> None:
    before = _snapshot(folder)
    result = run("export", "P.bymidte", "--what", "charter", "--out", folder / "P.bymidte")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    result = run("export-json", folder / "P.bymidte", folder / "P.bymidte", lang="da")
    assert result.returncode == 2
    assert result.stderr.strip().endswith(
        "er en projektfil (eller hører til en) og overskrives aldrig. Vælg et andet navn."
    )
    assert _snapshot(folder) == before
