"""Read-only media, for real (a child process without root's power over file modes, see
test_read_only_media.py): an output into a read-only folder and a file not closed properly on a
read-only stick each get their own true sentence, and the way out the sentence names works."""

from __future__ import annotations

import hashlib
from pathlib import Path

from test_lock_and_recovery import _crash_with_journal
from test_read_only_media import Media, media, run_child

__all__ = ["media"]  # the fixture, used by name below


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _english(media: Media) -> None:
    media.env["LANG"] = "en.UTF-8"
    media.env.pop("LANGUAGE", None)


def test_an_output_into_a_read_only_folder_says_the_folder_is_read_only(media: Media) -> None:
    _english(media)
    before = digest(media.loose)
    out = media.folder / "out.json"
    done = run_child(media, "-m", "workshop_app", "export-json", str(media.loose), str(out))
    assert done.returncode == 2, f"[{media.how}] {done.stdout} {done.stderr}"
    assert done.stderr == (
        f"The folder {media.folder} cannot be written to (read-only); choose another folder.\n"
    ), f"[{media.how}]"
    assert sorted(p.name for p in media.folder.iterdir()) == [media.project.name]
    assert digest(media.loose) == before


def test_a_hot_journal_on_a_read_only_stick_is_recovered_into_a_copy(
    media: Media, tmp_path: Path
) -> None:
    _english(media)
    _crash_with_journal(media.project, tmp_path)  # as root, who may still write there
    journal = media.project.with_name(media.project.name + "-journal")
    before = (digest(media.project), digest(journal))

    done = run_child(media, "-m", "workshop_app", "check", str(media.project))
    assert done.returncode == 2, f"[{media.how}] {done.stdout} {done.stderr}"
    assert done.stderr.count("\n") == 1
    assert "Recover it into a copy elsewhere" in done.stderr, done.stderr
    assert "in the app to recover it" not in done.stderr

    target = media.base / "home" / "recovered.bymidte"
    code = (
        "import sys\n"
        "from workshop_app.services.project_service import open_project, recover_into_copy\n"
        "recover_into_copy(sys.argv[1], sys.argv[2])\n"
        "service = open_project(sys.argv[2], read_only=True)\n"
        "print(service.project().name)\n"
        "service.close()\n"
    )
    done = run_child(media, "-c", code, str(media.project), str(target))
    assert done.returncode == 0, f"[{media.how}] {done.stdout} {done.stderr}"
    assert done.stdout.strip() == "Egeby bymidte"  # the half-written commit rolled back
    assert (digest(media.project), digest(journal)) == before
    assert sorted(p.name for p in media.folder.iterdir()) == [media.project.name, journal.name]


def test_a_file_without_read_permission_is_not_called_read_only(media: Media) -> None:
    _english(media)
    secret = media.base / "writable-folder" / "secret.bymidte"
    secret.write_bytes(media.loose.read_bytes())
    secret.chmod(0)
    try:
        for args in (("check", str(secret)), ("export-json", str(secret), str(secret) + ".json")):
            done = run_child(media, "-m", "workshop_app", *args)
            assert done.returncode == 2, f"[{media.how}] {done.stdout} {done.stderr}"
            assert done.stderr == f"The file {secret} cannot be read (no permission).\n"
    finally:
        secret.chmod(0o644)
