"""Read-only media: a project on a write-protected stick or folder opens for reading, is never
changed, and every attempt to write is told READ_ONLY.

Root ignores file modes, and CI runs as root. So the scenarios run in a child process without
that privilege: as ``nobody`` (``setpriv --reuid`` / ``runuser``) when that user can run this
Python, else as root with every capability dropped (``setpriv --bounding-set=-all``): without
CAP_DAC_OVERRIDE root gets the owner's bits like anyone else, so a 0o444 file in a 0o555 folder
is read-only to it. As a non-root user the modes alone are enough. Each candidate is probed
first (can it import the app? is a write really refused?) and the first that works is used.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Ways to run a command without the power to ignore file modes, tried in order (as root).
CANDIDATES = (
    ("setpriv as nobody", ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]),
    ("runuser as nobody", ["runuser", "-u", "nobody", "--"]),
    (
        "root without capabilities",
        ["setpriv", "--inh-caps=-all", "--ambient-caps=-all", "--bounding-set=-all"],
    ),
)

PROBE = """
import os, sys
import workshop_app  # the child must be able to import the app
try:
    open(sys.argv[1], "ab")
except PermissionError:
    print("denied")
else:
    print("WRITABLE")
"""

#: Runs in the unprivileged child: each scenario, one JSON object on the last line.
SCENARIOS = r"""
import json, os, sys
from workshop_app.errors import KnownError
from workshop_app.services.project_service import ProjectService
from workshop_app.storage.database import ProjectStore

def edit(store):
    try:
        ProjectService(store).set_project_field("name", "Ændret på en skrivebeskyttet pind")
    except KnownError as exc:
        return exc.kind.name
    return "saved"

def scenario(path, read_only):
    out = {}
    try:
        store = ProjectStore.open(path, read_only=read_only)
    except KnownError as exc:
        out["open"] = exc.kind.name
        return out
    try:
        out["open"] = "opened"
        out["store_read_only"] = store.read_only
        out["name"] = store.snapshot().project.name
        out["edit"] = edit(store)
        try:
            with store.transaction() as db:
                db.execute("UPDATE project SET town = 'X'")
            out["transaction"] = "saved"
        except KnownError as exc:
            out["transaction"] = exc.kind.name
    finally:
        store.close()
    return out

result = {"euid": os.geteuid()}
for name, path, read_only in (
    ("read_write_in_read_only_folder", sys.argv[1], False),
    ("read_only_in_read_only_folder", sys.argv[1], True),
    ("read_write_read_only_file_in_writable_folder", sys.argv[2], False),
):
    result[name] = scenario(path, read_only)
print(json.dumps(result))
"""


@dataclass
class Media:
    base: Path
    folder: Path  # 0o555
    project: Path  # 0o444 inside folder
    loose: Path  # 0o444 project in a writable folder
    env: dict[str, str]
    prefix: list[str]
    how: str


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _env(base: Path) -> dict[str, str]:
    env = dict(os.environ)
    home = base / "home"
    env.update(
        HOME=str(home),
        WORKSHOP_APP_DATA_DIR=str(home / "data"),
        WORKSHOP_APP_CONFIG_DIR=str(home / "config"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")])),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def _pick_prefix(target: Path, env: dict[str, str]) -> tuple[str, list[str]] | None:
    if os.geteuid() != 0:
        return "non-root user", []
    tried = []
    for how, prefix in CANDIDATES:
        if shutil.which(prefix[0]) is None:
            tried.append(f"{how}: {prefix[0]} not found")
            continue
        probe = subprocess.run(
            [*prefix, sys.executable, "-c", PROBE, str(target)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
            check=False,
        )
        if probe.returncode == 0 and probe.stdout.strip() == "denied":
            return how, prefix
        tried.append(f"{how}: exit {probe.returncode} {probe.stdout.strip()} {probe.stderr[-200:]}")
    pytest.skip("no way to drop root's power over file modes here: " + "; ".join(tried))
    return None  # pragma: no cover


@pytest.fixture
def media() -> Iterator[Media]:
    from workshop_app.services.demo import write_demo

    # Not under pytest's tmp_path: as root its parents are 0o700, closed to "nobody".
    base = Path(tempfile.mkdtemp(prefix="read-only-media-"))
    folder = base / "stick"
    try:
        base.chmod(0o755)
        env = _env(base)
        home = base / "home"
        home.mkdir()
        folder.mkdir()
        project = folder / "egeby.bymidte"
        loose = base / "writable-folder" / "egeby.bymidte"
        loose.parent.mkdir()
        setup_env = {k: env[k] for k in ("WORKSHOP_APP_DATA_DIR", "WORKSHOP_APP_CONFIG_DIR")}
        with pytest.MonkeyPatch.context() as mp:
            for key, value in setup_env.items():
                mp.setenv(key, value + "-setup")
            write_demo(project).close()
        shutil.copyfile(project, loose)
        for path in (project, loose):
            path.chmod(0o444)
        folder.chmod(0o555)
        how, prefix = _pick_prefix(project, env) or ("", [])
        if prefix[:2] in (["setpriv", "--reuid=65534"], ["runuser", "-u"]):
            # "nobody" gets its own home and a folder it may write beside the read-only one.
            for path in (home, loose.parent):
                os.chown(path, 65534, 65534)
        yield Media(base, folder, project, loose, env, prefix, how)
    finally:
        for path in (folder, base / "writable-folder", base):
            if path.exists():
                path.chmod(stat.S_IRWXU)
        shutil.rmtree(base, ignore_errors=True)


def run_child(media: Media, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*media.prefix, sys.executable, *args],
        capture_output=True,
        text=True,
        env=media.env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_project_on_read_only_media(media: Media) -> None:
    before = {p: _digest(p) for p in (media.project, media.loose)}
    done = run_child(media, "-c", SCENARIOS, str(media.project), str(media.loose))
    assert done.returncode == 0, f"[{media.how}] {done.stdout}\n{done.stderr}"
    result = json.loads(done.stdout.strip().splitlines()[-1])

    # (a) Read-write open of a project in a read-only folder: refused as READ_ONLY (or opened
    # read-only, and then every write is refused as READ_ONLY).
    rw = result["read_write_in_read_only_folder"]
    assert rw["open"] in ("READ_ONLY", "opened"), rw
    if rw["open"] == "opened":
        assert rw["store_read_only"] is True, rw
        assert rw["edit"] == rw["transaction"] == "READ_ONLY", rw

    # (c) An edit through a store opened read-only: READ_ONLY, nothing else.
    ro = result["read_only_in_read_only_folder"]
    assert ro["open"] == "opened", ro
    assert ro["name"] == "Egeby bymidte"
    assert ro["edit"] == ro["transaction"] == "READ_ONLY", ro

    # A write-protected file in a writable folder: never "saved".
    loose = result["read_write_read_only_file_in_writable_folder"]
    assert loose["open"] in ("READ_ONLY", "opened"), loose
    if loose["open"] == "opened":
        assert loose["edit"] == loose["transaction"] == "READ_ONLY", loose

    # Nothing changed, nothing left beside the files.
    assert {p: _digest(p) for p in before} == before
    assert sorted(p.name for p in media.folder.iterdir()) == [media.project.name]
    assert sorted(p.name for p in media.loose.parent.iterdir()) == [media.loose.name]
    print(f"[{media.how}] {json.dumps(result)}")


def test_check_command_on_read_only_media(media: Media) -> None:
    # (b) workshop-app check PATH: "ok" and exit 0, and the file is untouched.
    before = _digest(media.project)
    done = run_child(media, "-m", "workshop_app", "check", str(media.project))
    assert done.returncode == 0, f"[{media.how}] exit {done.returncode}: {done.stderr}"
    assert done.stdout.strip() == "ok"
    assert _digest(media.project) == before
    assert sorted(p.name for p in media.folder.iterdir()) == [media.project.name]


def test_the_child_really_cannot_write(media: Media) -> None:
    # Guards the two tests above against passing vacuously as root.
    done = run_child(media, "-c", PROBE, str(media.project))
    assert done.stdout.strip() == "denied", f"[{media.how}] {done.stdout} {done.stderr}"
    done = run_child(media, "-c", "import sys; open(sys.argv[1] + '/new', 'w')", str(media.folder))
    assert done.returncode != 0 and "PermissionError" in done.stderr
