"""A project held open by the app: every command refuses it at once, naming who holds it.

The holder is a real second process with the project open through the service (as the app holds
it). It says "ready" once the file is open, makes one edit when asked, and closes on EOF. The
answer of the command line must not depend on whether the holder has edited yet.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import ROOT, run

_HOLDER = """
import sys
from workshop_app.services.project_service import open_project
service = open_project(sys.argv[1])
print("ready", flush=True)
for line in sys.stdin:
    service.set_project_field("name", line.strip())
    print("edited", flush=True)
service.close()
"""


class Holder:
    def __init__(self, path: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _HOLDER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        self._expect("ready")

    def _expect(self, word: str) -> None:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        assert line == word, f"holder said {line!r}"

    def edit(self, name: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(name + "\n")
        self.proc.stdin.flush()
        self._expect("edited")

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=60)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[Path, Holder]]:
    path = tmp_path / "held.bymidte"
    assert run("demo", path).returncode == 0
    holder = Holder(path)
    try:
        yield path, holder
    finally:
        holder.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_refused_naming_holder(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"{getpass.getuser()}@{socket.gethostname()}" in lines[0]
    assert "since" in lines[0] and "Close it there" in lines[0]


@pytest.mark.parametrize("edited", [False, True], ids=["before-first-edit", "after-first-edit"])
def test_read_commands_name_the_holder_before_and_after_its_first_edit(
    held: tuple[Path, Holder], tmp_path: Path, edited: bool
) -> None:
    path, holder = held
    if edited:
        holder.edit("Egeby bymidte, redigeret")
    before = digest(path)
    commands = [
        ("check", path),
        ("export", path, "--what", "charter", "--out", tmp_path / "charter.pdf", "--lang", "en"),
        ("export", path, "--what", "handout", "--out", tmp_path / "handout.pdf", "--lang", "en"),
        ("export-json", path, tmp_path / "out.json"),
    ]
    for command in commands:
        _assert_refused_naming_holder(run(*command))
    assert digest(path) == before
    assert not (tmp_path / "charter.pdf").exists() and not (tmp_path / "out.json").exists()


def test_danish_message_names_the_holder(held: tuple[Path, Holder]) -> None:
    path, _holder = held
    result = run("check", path, lang="da")
    assert result.returncode == 2
    assert f"{getpass.getuser()}@{socket.gethostname()}" in result.stderr
    assert "siden" in result.stderr and "Luk den dér" in result.stderr


def test_simultaneous_quit_after_startup_on_a_held_file_all_exit_2(
    held: tuple[Path, Holder],
) -> None:
    path, holder = held
    holder.edit("Egeby bymidte, redigeret")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), LANG="en.UTF-8")
    env.pop("LANGUAGE", None)
    starts = [
        subprocess.Popen(
            [sys.executable, "-m", "workshop_app", "--quit-after-startup", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(8)
    ]
    results = []
    try:
        for start in starts:
            out, err = start.communicate(timeout=120)
            results.append((start.returncode, out, err))
    finally:
        for start in starts:
            if start.poll() is None:
                start.kill()
    for code, out, err in results:
        assert code == 2, (code, out, err)
        assert "startup_ms" not in out
        assert f"{getpass.getuser()}@{socket.gethostname()}" in err
