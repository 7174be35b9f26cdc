"""kill -9 harness: a child process commits edits through the app's storage layer and prints each
edit's id only after the commit returned; the parent SIGKILLs it at a random moment and then
checks, through the app's normal open path, that every acknowledged edit is in the file and that
``PRAGMA integrity_check`` is ok.

Used by ``tests/storage/test_kill9.py`` (a short run in every test run) and by ``bench/kill9.py``
(200 cycles by default). Run the child by hand with::

    python tests/storage/killharness.py child PATH MODE FIRST_ID

Modes (the unsafe ones exist only here, to prove the checks can see a lost edit):

``safe``
    One ``ProjectService.restore_agenda_item`` per edit; the id is printed after it returned.
``commit-on-close``
    Unsafe: all edits go into one open transaction that is committed only on a clean exit, but
    each id is printed as if it were saved (an app that "saves on close"). A kill loses them all.
``ack-before-commit``
    Unsafe: the id is printed while the edit's transaction is still open, and COMMIT runs only
    when the parent sends a line on stdin (an app whose "Saved" indicator runs ahead of a
    debounce timer). The parent sends that line for every id but the last before the kill, so
    each kill loses exactly the last acknowledged id, deterministically.
``delete-personal-data``
    "Delete all personal data, then kill" (:func:`run_deletions`): the parent plants a name in
    the project's personal fields, the child runs the deletion and says "deleted" when it
    returned; the parent kills it at a random moment during or after the deletion. After a
    deletion that was reported done, the name is in no file under the data folder and beside
    the project; after any kill the file opens, ``integrity_check`` is ok, and the deletion of
    the fields happened entirely or not at all.
``blank-only``
    Unsafe, for the same checks: the fields are blanked in one transaction and nothing else
    (no empty journal, no vacuum, no removal of copies), as a naive "delete" would.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import random
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

MODES = (
    "safe",
    "commit-on-close",
    "ack-before-commit",
    "delete-personal-data",
    "blank-only",
)
UNSAFE_MODES = ("commit-on-close", "ack-before-commit")
TITLE_PREFIX = "kill9-"
#: Seconds the parent waits for one line from the child before it calls the child hung.
LINE_TIMEOUT = 30.0


# -- the child -----------------------------------------------------------------------------------


def _title(edit_id: int) -> str:
    return f"{TITLE_PREFIX}{edit_id}"


def child_main(path: str, mode: str, first_id: int) -> int:
    """Open ``path`` the way the app does and commit numbered edits until killed."""
    if mode not in MODES:
        raise SystemExit(f"unknown mode {mode!r}; choose from {', '.join(MODES)}")
    from workshop_app.services.project_service import open_project
    from workshop_app.storage import repository

    service = open_project(path)
    if mode in ("delete-personal-data", "blank-only"):
        return _child_delete(service, unsafe=mode == "blank-only")
    # Each run gets its own meeting, so no agenda grows without bound over hundreds of cycles.
    # The meeting is not acknowledged: only the agenda items count as edits.
    meeting = service.new_meeting(title=f"kill -9 run from {first_id}")
    service.restore_meeting(meeting)
    meeting_uuid = meeting.meeting.uuid
    out = sys.stdout
    edit_id = first_id
    if mode == "commit-on-close":
        db = service.store.db
        with service.store.transaction():
            while True:
                item = service.new_agenda_item(meeting_uuid)
                repository.insert_agenda_item(db, dataclasses.replace(item, title=_title(edit_id)))
                out.write(f"{edit_id}\n")
                out.flush()
                edit_id += 1
    while True:
        item = dataclasses.replace(service.new_agenda_item(meeting_uuid), title=_title(edit_id))
        if mode == "ack-before-commit":
            with service.store.transaction():
                repository.insert_agenda_item(service.store.db, item)
                out.write(f"{edit_id}\n")
                out.flush()
                if not sys.stdin.readline():  # the "timer" that commits
                    return 0
        else:
            service.restore_agenda_item(item)
            out.write(f"{edit_id}\n")  # only now is the edit "saved"
            out.flush()
        edit_id += 1


def _child_delete(service: Any, *, unsafe: bool) -> int:
    from workshop_app.services.personal_data import delete_personal_data
    from workshop_app.storage import repository

    sys.stdout.write("opened\n")
    sys.stdout.flush()
    if unsafe:
        service.store.db.execute("PRAGMA journal_size_limit=-1")
        with service.store.transaction(forget_removed=False) as db:
            repository.clear_personal_data(db)
    else:
        delete_personal_data(service.store)
    sys.stdout.write("deleted\n")  # what the app shows as done
    sys.stdout.flush()
    sys.stdin.readline()  # wait for the kill
    return 0


# -- the parent ----------------------------------------------------------------------------------


@dataclasses.dataclass
class CycleResult:
    acknowledged: list[int]
    #: What the kill left beside the file: "none", "idle" (a -journal whose header is zeroed:
    #: exclusive locking mode keeps the file between transactions) or "hot" (killed inside a
    #: transaction; SQLite rolls it back on the next open).
    journal: str


@dataclasses.dataclass
class Report:
    mode: str
    seed: int
    cycles: int = 0
    acknowledged: int = 0
    lost: list[int] = dataclasses.field(default_factory=list)
    integrity_failures: list[str] = dataclasses.field(default_factory=list)
    open_failures: list[str] = dataclasses.field(default_factory=list)
    idle_journals: int = 0
    hot_journals: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.lost or self.integrity_failures or self.open_failures)

    def summary(self) -> str:
        lost = ", ".join(map(str, self.lost[:20])) + (" ..." if len(self.lost) > 20 else "")
        lines = [
            f"mode={self.mode} seed={self.seed}",
            f"cycles={self.cycles}",
            f"acknowledged edits={self.acknowledged}",
            f"lost edits={len(self.lost)}" + (f" ({lost})" if self.lost else ""),
            f"integrity failures={len(self.integrity_failures)}",
            f"open failures={len(self.open_failures)}",
            f"kills leaving a hot journal (rolled back on open)={self.hot_journals}",
            f"kills leaving an idle journal={self.idle_journals}",
            f"time={self.seconds:.1f}s",
        ]
        lines += [f"  integrity: {text}" for text in self.integrity_failures[:5]]
        lines += [f"  open: {text}" for text in self.open_failures[:5]]
        return "\n".join(lines)


def child_command(path: Path, mode: str, first_id: int) -> list[str]:
    return [sys.executable, str(HERE / "killharness.py"), "child", str(path), mode, str(first_id)]


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env["PYTHONUNBUFFERED"] = "1"
    return env


def run_cycle(
    path: Path, mode: str, first_id: int, kill_after: int, jitter: float = 0.0
) -> CycleResult:
    """Start a child, read ``kill_after`` acknowledged ids, SIGKILL it, return what was read.

    Killed right after the ``kill_after``-th line, the child is almost always between two
    transactions (it takes the parent microseconds, an edit takes milliseconds). So the parent
    then waits for the next line for at most ``jitter`` (0..1) times the time the last edit took,
    and kills when that line arrives or the time is up, whichever is first: the kill lands
    anywhere in the next edit (inside the transaction, in COMMIT, between the fsyncs). This is a
    bounded wait for output, not a sleep: the verdict never depends on it, only the coverage.
    """
    proc = subprocess.Popen(
        child_command(path, mode, first_id),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_child_env(),
        cwd=ROOT,
    )
    acknowledged: list[int] = []
    try:
        assert proc.stdout is not None
        fd = proc.stdout.fileno()
        buffer = b""
        edit_seconds = 0.0
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while len(acknowledged) < kill_after:
                before = time.perf_counter()
                if not selector.select(LINE_TIMEOUT):
                    raise RuntimeError(f"child gave no line for {LINE_TIMEOUT}s")
                if acknowledged:  # the first line also includes the child's start-up
                    edit_seconds = time.perf_counter() - before
                chunk = os.read(fd, 65536)
                if not chunk:
                    proc.wait()
                    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                    raise RuntimeError(f"child exited {proc.returncode} early:\n{err}")
                buffer += chunk
                *lines, buffer = buffer.split(b"\n")
                acknowledged += [int(line) for line in lines]
                if mode == "ack-before-commit" and len(acknowledged) < kill_after:
                    assert proc.stdin is not None
                    proc.stdin.write(b"commit\n")
                    proc.stdin.flush()
            if jitter > 0 and edit_seconds > 0:
                selector.select(jitter * edit_seconds)  # returns early when the child writes
        # Lines read beyond kill_after were acknowledged too: they count.
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        # Only complete lines are acknowledgements (the last element is empty or partial).
        *lines, _partial = (buffer + proc.stdout.read()).split(b"\n")
        acknowledged += [int(line) for line in lines]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    return CycleResult(acknowledged, journal_state(path))


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def journal_state(path: Path) -> str:
    try:
        with open(str(path) + "-journal", "rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        return "none"
    return "hot" if head == JOURNAL_MAGIC else "idle"


def check_file(path: Path) -> tuple[set[int], list[str]]:
    """Open ``path`` through the app's normal (read-write) open path; return the edit ids found
    and the integrity problems. A failure to open raises (KnownError or a bug)."""
    from workshop_app.storage.database import ProjectStore

    store = ProjectStore.open(path)
    try:
        problems = store.integrity_check()
        snapshot = store.snapshot()
    finally:
        store.close()
    found: set[int] = set()
    for meeting in snapshot.meetings:
        for item in meeting.agenda:
            if item.title.startswith(TITLE_PREFIX):
                found.add(int(item.title[len(TITLE_PREFIX) :]))
    return found, problems


def run(
    path: Path,
    *,
    cycles: int,
    mode: str = "safe",
    seed: int | None = None,
    max_acks: int = 30,
    jitter: bool = True,
    check_every_cycle: bool = True,
    progress: Callable[[int, Report], None] | None = None,
) -> Report:
    """Run ``cycles`` kill -9 cycles on the project file at ``path`` (which must exist)."""
    seed = random.randrange(2**32) if seed is None else seed
    rng = random.Random(seed)
    report = Report(mode=mode, seed=seed)
    start = time.perf_counter()
    acknowledged: set[int] = set()
    next_id = 1
    for cycle in range(cycles):
        kill_after = rng.randint(1, max_acks)
        result = run_cycle(path, mode, next_id, kill_after, rng.random() if jitter else 0.0)
        report.cycles += 1
        report.acknowledged += len(result.acknowledged)
        report.hot_journals += result.journal == "hot"
        report.idle_journals += result.journal == "idle"
        acknowledged.update(result.acknowledged)
        # The next child starts above every id the last one may have written, acknowledged or not.
        next_id = max([next_id, *result.acknowledged]) + 1000
        checking = check_every_cycle or cycle == cycles - 1
        if checking and not check_into(report, path, acknowledged):
            break  # the file no longer opens: later cycles would only repeat that
        if progress is not None:
            progress(cycle + 1, report)
    report.seconds = time.perf_counter() - start
    return report


def check_into(report: Report, path: Path, acknowledged: set[int]) -> bool:
    """Check the file; add what is wrong to ``report``; False if the file does not open."""
    from workshop_app.errors import KnownError

    try:
        found, problems = check_file(path)
    except KnownError as exc:
        report.open_failures.append(f"cycle {report.cycles}: {exc.kind.name}: {exc}")
        return False
    if problems:
        report.integrity_failures.append(f"cycle {report.cycles}: {problems[:3]}")
    lost = acknowledged - found
    report.lost += sorted(lost)
    acknowledged -= lost  # count each loss once; the next cycles go on with the same file
    return True


def make_project(path: Path) -> Path:
    """A fresh demo project to run the cycles on."""
    from workshop_app.services.demo import write_demo

    write_demo(path).close()
    return path


# -- delete personal data, then kill ------------------------------------------------------------

#: The name planted before every deletion (searched case-insensitively, word by word).
PLANTED = ("Xylofant", "Qwimbly")


@dataclasses.dataclass
class DeletionReport:
    seed: int
    cycles: int = 0
    #: Kills after the child said the deletion was done (the name must be gone everywhere).
    acknowledged: int = 0
    #: Kills during the deletion that found the fields blanked / still holding the name.
    blanked_unacknowledged: int = 0
    rolled_back: int = 0
    names_left: list[str] = dataclasses.field(default_factory=list)
    half_done: list[str] = dataclasses.field(default_factory=list)
    integrity_failures: list[str] = dataclasses.field(default_factory=list)
    open_failures: list[str] = dataclasses.field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (
            self.names_left or self.half_done or self.integrity_failures or self.open_failures
        )

    def summary(self) -> str:
        lines = [
            f"delete-personal-data seed={self.seed} cycles={self.cycles}",
            f"kills after the deletion was reported done={self.acknowledged}",
            f"kills during it: fields blanked={self.blanked_unacknowledged}, "
            f"rolled back={self.rolled_back}",
            f"names left after a reported deletion={len(self.names_left)}",
            f"half-done deletions={len(self.half_done)}",
            f"integrity failures={len(self.integrity_failures)}",
            f"open failures={len(self.open_failures)}",
        ]
        lines += [f"  name left: {t}" for t in self.names_left[:10]]
        lines += [f"  {t}" for t in self.half_done[:5] + self.integrity_failures[:5]]
        lines += [f"  open: {t}" for t in self.open_failures[:5]]
        return "\n".join(lines)


def plant_names(path: Path) -> int:
    """The planted name in every actor's contact person and in the facilitators, through the
    app (which also backs the file up); the number of records holding personal data then."""
    from workshop_app.services.project_service import open_project

    name = " ".join(PLANTED)
    service = open_project(path)
    try:
        for actor in service.actor_map().actors:
            service.set_actor_value(actor.uuid, "person_name", name)
        service.set_project_field("facilitators", name)
        service.store.backup("periodic")
        return service.personal_data().total
    finally:
        service.close()


def _delete_and_kill(
    path: Path, mode: str, jitter: float, deletion_seconds: float
) -> tuple[bool, float]:
    """One child deletes; killed ``jitter`` × a deletion's duration after it opened the file,
    or once it said "deleted" (a bounded wait for output, not a sleep). Whether it said so, and
    the seconds from "opened" to the kill."""
    proc = subprocess.Popen(
        child_command(path, mode, 0),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_child_env(),
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        if proc.stdout.readline() != b"opened\n":
            proc.wait()
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise RuntimeError(f"child exited {proc.returncode} early:\n{err}")
        opened = time.perf_counter()
        with selectors.DefaultSelector() as selector:
            selector.register(proc.stdout.fileno(), selectors.EVENT_READ)
            timeout = jitter * deletion_seconds if deletion_seconds else LINE_TIMEOUT
            selector.select(timeout)
        seconds = time.perf_counter() - opened
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return proc.stdout.read() == b"deleted\n", seconds
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def run_deletions(
    path: Path, *, cycles: int, seed: int | None = None, mode: str = "delete-personal-data"
) -> DeletionReport:
    """``cycles`` times: plant the name, delete all personal data in a child, kill it (the
    first cycle after the deletion is reported done, to time it; the others anywhere)."""
    from privacy_scan import files_holding

    from workshop_app import paths
    from workshop_app.errors import KnownError
    from workshop_app.services.project_service import open_project

    seed = random.randrange(2**32) if seed is None else seed
    rng = random.Random(seed)
    report = DeletionReport(seed=seed)
    deletion_seconds = 0.0
    for cycle in range(cycles):
        planted = plant_names(path)
        jitter = rng.random() * 2 if cycle else 0.0
        done, seconds = _delete_and_kill(path, mode, jitter, deletion_seconds)
        deletion_seconds = deletion_seconds or seconds
        report.cycles += 1
        if done:  # before the restart too: the -journal as the kill left it
            report.names_left += files_holding(PLANTED, [paths.data_dir(), path.parent])
        try:
            service = open_project(path)
        except KnownError as exc:
            report.open_failures.append(f"cycle {cycle}: {exc.kind.name}: {exc}")
            break
        try:
            if problems := service.store.integrity_check():
                report.integrity_failures.append(f"cycle {cycle}: {problems[:3]}")
            left = service.personal_data().total
        finally:
            service.close()
        if left not in (0, planted):
            report.half_done.append(f"cycle {cycle}: {left} of {planted} records left")
        if done:
            report.acknowledged += 1
            report.names_left += files_holding(PLANTED, [paths.data_dir(), path.parent])
        elif left == 0:
            report.blanked_unacknowledged += 1
        else:
            report.rolled_back += 1
    return report


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "child":
        with contextlib.suppress(BrokenPipeError, KeyboardInterrupt):
            sys.exit(child_main(sys.argv[2], sys.argv[3], int(sys.argv[4])))
    raise SystemExit("usage: killharness.py child PATH MODE FIRST_ID")
