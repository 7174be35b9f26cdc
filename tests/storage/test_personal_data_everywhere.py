"""Deleting personal data leaves the old value in no file this app made on this computer.

A distinctive name is planted in every personal field (``domain/personal.py``); the app then
makes every kind of copy it makes: backups, a set-aside copy with its hot journal (a real kill -9
in the middle of a transaction), a read-only copy, PDF previews with the names, a log line, and
the temp files of interrupted writes. After "delete all personal data" (the service, and the
command line) every file under the data folder and beside the project is read as an adversary
would (raw, zlib streams decompressed, PDFs through pdftotext): the name is in none of them.
The same holds after blanking one field by hand with the file still open (its ``-journal``), and
after a kill -9 right after that commit.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from privacy_scan import files_holding

from workshop_app import LOG_NAME, paths
from workshop_app.domain.personal import SCOPE_PERSONAL_FIELDS, PersonalData
from workshop_app.export.actor_map import ActorMapLabels, write_actor_map
from workshop_app.export.charter import CharterLabels, write_charter
from workshop_app.export.handout import HandoutLabels, write_handout
from workshop_app.services.personal_data import delete_personal_data
from workshop_app.services.project_service import ProjectService, open_project
from workshop_app.storage import backup

ROOT = Path(__file__).resolve().parents[2]
FIRST, LAST = "Xylofant", "Qwimbly"
NAME = f"{FIRST} {LAST}"
NAME_TOKENS = (FIRST, LAST)


def plant_everywhere(service: ProjectService) -> None:
    """The name in every personal field of every record that has one."""
    actors = service.actor_map()
    for actor in actors.actors:
        service.set_actor_value(actor.uuid, "person_name", NAME)
        service.set_actor_value(actor.uuid, "contact", f"{FIRST.lower()}.{LAST.lower()}@x.dk")
    for entry in actors.plan:
        service.set_plan_value(entry.uuid, "responsible", NAME)
    service.set_project_field("named_participants", True)
    for meeting in service.snapshot().meetings:
        uuid = meeting.meeting.uuid
        for item in meeting.agenda:
            service.set_agenda_field(item.uuid, "responsible", NAME)
        service.set_meeting_field(uuid, "facilitators", f"{NAME} og Bo")
        service.restore_participant(service.new_participant(uuid, name=NAME, consent=True))
        for action in meeting.actions:
            service.set_action_item_field(action.uuid, "who", NAME)
        service.restore_action_item(service.new_action_item(uuid, what="Ring rundt", who=NAME))
    service.set_project_field("facilitators", f"{NAME} (citychef)")
    for key in SCOPE_PERSONAL_FIELDS:
        service.set_scope_value(key, f"{NAME} og formanden")
    for row in service.scope().rows:
        if row.list_key == "knowledge":
            service.set_scope_row_value(row.uuid, "owner", NAME)


def service_meetings(project: Path) -> list[str]:
    service = open_project(project, read_only=True)
    try:
        return service.meeting_uuids()
    finally:
        service.close()


def _child_env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")


#: Opens the project, runs ``ACTION`` (with the name, then its undoing as given) and blocks.
_CHILD = """
import sys
from workshop_app.services.project_service import open_project
service = open_project(sys.argv[1])
actor = service.actor_map().actors[0]
if sys.argv[2] == "mid-transaction":
    db = service.store.db
    db.execute("PRAGMA cache_size=1")  # dirty pages spill into the file: the journal is hot
    db.execute("BEGIN")
    db.execute("UPDATE actor SET notes = notes || ' (half done)'")
    db.execute("UPDATE meeting SET purpose = purpose || ' (half done)'")
elif sys.argv[2] == "blank":
    service.set_actor_value(actor.uuid, "person_name", "")
elif sys.argv[2] == "delete-personal-data":
    from workshop_app.services.personal_data import delete_personal_data
    delete_personal_data(service.store)
print("ready", flush=True)
sys.stdin.readline()
"""


def kill_after(project: Path, action: str) -> None:
    """A child opens ``project``, does ``action``, says so, and is killed with SIGKILL."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(project), action],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_child_env(),
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line == b"ready\n", proc.stderr.read() if proc.stderr else line
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def make_every_copy(project: Path) -> PersonalData:
    """Backups, a set-aside copy with a hot journal, a read-only copy, previews, a log line and
    the temp files of interrupted writes, each holding the planted name."""
    service = open_project(project)
    try:
        plant_everywhere(service)
        service.store.backup("periodic")
        service.store.backup("periodic")
        snapshot = service.snapshot()
        planted = service.personal_data()
        backup_folder = backup.list_backups(service.store.file_id)[0].path.parent
    finally:
        service.close()
    previews = paths.previews_dir()
    previews.mkdir(parents=True)
    write_actor_map(snapshot, ActorMapLabels(), previews / "preview-a.pdf", with_names=True)
    write_handout(snapshot, None, HandoutLabels(), previews / "preview-b.pdf")
    write_charter(snapshot, CharterLabels(), previews / "preview-c.pdf")
    backup.copy_for_reading(project)  # as when another program held the file open
    # An unfinished backup and an unfinished "create" beside the file (killed while writing).
    shutil.copyfile(project, backup_folder / ".20270301T120000000000Z-open.bymidte.tmp")
    shutil.copyfile(project, project.with_name(".new-k4x9.tmp"))
    paths.logs_dir().mkdir(parents=True)
    with open(paths.logs_dir() / LOG_NAME, "a", encoding="utf-8") as log:
        log.write(f"2027-03-01 ERROR workshop_app: Flowable <Paragraph {NAME}> too large\n")
    # Killed inside a transaction: the next open sets the file and its hot journal aside.
    kill_after(project, "mid-transaction")
    assert Path(f"{project}-journal").stat().st_size > 0
    reopened = open_project(project)
    assert reopened.store.set_aside is not None
    reopened.close()
    return planted


@pytest.fixture
def project(tmp_path: Path, demo_file: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return Path(shutil.move(demo_file, folder / demo_file.name))


def _run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = dict(_child_env(), QT_QPA_PLATFORM="offscreen", LANG="en.UTF-8")
    env.pop("LANGUAGE", None)
    return subprocess.run(
        [sys.executable, "-m", "workshop_app", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("route", ["service", "command line"])
def test_after_deleting_personal_data_no_file_holds_a_name(
    route: str, project: Path, isolated_dirs: Path
) -> None:
    planted_in = make_every_copy(project)
    where = [isolated_dirs, project.parent]
    planted = files_holding(NAME_TOKENS, where)
    # The name really was in every kind of copy before (the scan can see it).
    for part in ("backups", "set-aside", "read-only-copies", "previews", "logs", ".tmp"):
        assert any(part in hit for hit in planted), (part, planted)
    assert any(hit.startswith(f"{project}:") for hit in planted)
    if route == "service":
        service = open_project(project)
        try:
            report = delete_personal_data(service.store)
        finally:
            service.close()
        line = report.line()
    else:
        done = _run_cli("delete-personal-data", project)
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
        line = done.stdout.strip()
        assert "\n" not in line
    assert line.startswith(f"Blanked {planted_in.describe()}; removed "), line
    assert planted_in.describe().startswith("27 contact persons, 8 engagement plan responsibles")
    assert "1 facilitators field" in line and "3 group member lists" in line
    meetings = len(service_meetings(project))
    assert f"{meetings} meeting facilitators fields" in line
    assert f"{meetings} named participants" in line and "action item responsibles" in line
    assert "1 set-aside copy" in line and "1 read-only copy" in line and "3 previews" in line
    assert files_holding(NAME_TOKENS, where) == []
    service = open_project(project)
    try:
        assert service.store.integrity_check() == []
        assert service.personal_data().total == 0
        assert service.project().name == "Egeby bymidte"  # only personal fields are blanked
        assert all(a.name for a in service.actor_map().actors)
        assert all(not m.participants for m in service.snapshot().meetings)
        assert all(a.what for m in service.snapshot().meetings for a in m.actions)
    finally:
        service.close()


def test_the_command_line_refuses_a_bad_missing_or_held_file(project: Path, tmp_path: Path) -> None:
    not_ours = tmp_path / "notes.bymidte"
    not_ours.write_text("hello", encoding="utf-8")
    for path in (not_ours, tmp_path / "missing.bymidte", tmp_path):
        before = path.read_bytes() if path.is_file() else None
        done = _run_cli("delete-personal-data", path)
        assert done.returncode == 2, (path, done)
        assert done.stdout == "" and len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert (path.read_bytes() if path.is_file() else None) == before
    service = open_project(project)  # the app holds it open
    try:
        plant_everywhere(service)
        done = _run_cli("delete-personal-data", project)
        assert done.returncode == 2, done
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert service.personal_data().total > 0  # not touched
    finally:
        service.close()


def _blank_contact(service: ProjectService, uuid: str) -> None:
    service.set_actor_value(uuid, "person_name", "")


def _change_contact(service: ProjectService, uuid: str) -> None:
    service.set_actor_value(uuid, "person_name", "Initialer KS")


def _delete_actor(service: ProjectService, uuid: str) -> None:
    service.delete_actor(uuid)


@pytest.mark.parametrize("edit", [_blank_contact, _change_contact, _delete_actor])
def test_a_name_removed_by_hand_is_in_no_file_while_the_project_is_open(
    edit, project: Path, isolated_dirs: Path
) -> None:
    service = open_project(project)
    try:
        uuid = service.actor_map().actors[0].uuid
        service.set_actor_value(uuid, "person_name", NAME)
        service.store.backup("periodic")
        assert files_holding(NAME_TOKENS, [isolated_dirs, project.parent])
        edit(service, uuid)
        journal = Path(f"{project}-journal")
        assert journal.exists()  # exclusive mode keeps it between transactions: now empty
        assert files_holding(NAME_TOKENS, [isolated_dirs, project.parent]) == []
        assert backup.list_backups(service.store.file_id)  # a fresh backup is kept
    finally:
        service.close()


def test_a_name_blanked_by_hand_is_in_no_file_after_a_kill_9(
    project: Path, isolated_dirs: Path
) -> None:
    service = open_project(project)
    try:
        service.set_actor_value(service.actor_map().actors[0].uuid, "person_name", NAME)
        service.store.backup("periodic")
    finally:
        service.close()
    kill_after(project, "blank")
    assert files_holding(NAME_TOKENS, [isolated_dirs, project.parent]) == []
    service = open_project(project)
    try:
        assert service.store.integrity_check() == []
        assert service.actor_map().actors[0].person_name == ""
    finally:
        service.close()
    assert files_holding(NAME_TOKENS, [isolated_dirs, project.parent]) == []


def test_a_bug_that_quotes_a_name_leaves_it_out_of_the_log(
    monkeypatch: pytest.MonkeyPatch, isolated_dirs: Path
) -> None:
    import logging

    from workshop_app import __main__ as cli

    def crash(args: object) -> int:
        try:
            raise KeyError(f"contact {NAME}")
        except KeyError as exc:
            raise ValueError(f"Flowable <Paragraph {NAME}> too large") from exc

    monkeypatch.setitem(cli._HANDLERS, "check", crash)
    logger = logging.getLogger("workshop_app")
    handlers = list(logger.handlers)
    try:
        assert cli.run_command(["check", "x.bymidte"]) == cli.EXIT_BUG
    finally:
        for handler in logger.handlers[len(handlers) :]:
            handler.close()
            logger.removeHandler(handler)
    text = (paths.logs_dir() / LOG_NAME).read_text(encoding="utf-8")
    assert "builtins.ValueError" in text and "builtins.KeyError" in text and "def crash" not in text
    assert "in crash" in text  # where it happened is kept
    assert files_holding(NAME_TOKENS, [isolated_dirs]) == []


def test_typing_a_name_keeps_the_backups_and_shortening_it_removes_them(
    project: Path,
) -> None:
    # Letter by letter (the form commits as the user types) nothing is removed from the file;
    # only when the text loses something do the older copies go.
    service = open_project(project)
    try:
        uuid = service.actor_map().actors[0].uuid
        service.store.backup("periodic")
        for end in range(1, len(NAME) + 1):
            service.set_actor_value(uuid, "person_name", NAME[:end])
        reasons = [b.reason for b in backup.list_backups(service.store.file_id)]
        assert reasons.count("periodic") == 1 and "privacy" not in reasons
        service.set_actor_value(uuid, "person_name", NAME[:-1])
        reasons = [b.reason for b in backup.list_backups(service.store.file_id)]
        assert reasons == ["privacy"]
    finally:
        service.close()
