"""Dead ends and wrong words: a file not closed properly on a read-only medium is offered a
recovery into a copy elsewhere (which works), and a file without read permission is called that,
not "read-only"."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from test_lock_and_recovery import _crash_with_journal

from workshop_app.__main__ import main
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.project_service import open_project, recover_into_copy
from workshop_app.storage import header
from workshop_app.storage.database import ProjectStore

# Commands run in-process make Qt's application object for their labels: let pytest-qt make it
# first, as a QApplication, so the UI tests after these find the kind they need.
pytestmark = pytest.mark.usefixtures("qapp")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def hot_on_read_only_medium(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The demo file with a hot journal, in a folder that cannot be written (as a write-protected
    stick: ``access(W_OK)`` is false for root too on a read-only mount)."""
    _crash_with_journal(demo_file, tmp_path)
    stick = demo_file.parent
    real_access = os.access

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        inside = Path(str(path)).resolve() in (stick.resolve(), demo_file.resolve())
        if mode & os.W_OK and inside:
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setenv("LANG", "en.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    return demo_file


def _bytes(path: Path) -> tuple[str, str]:
    return digest(path), digest(path.with_name(path.name + "-journal"))


@pytest.mark.parametrize("read_only", [False, True], ids=["open", "open read-only"])
def test_a_hot_journal_on_a_read_only_medium_points_to_recovery_into_a_copy(
    hot_on_read_only_medium: Path, read_only: bool
) -> None:
    path = hot_on_read_only_medium
    before = _bytes(path)
    with pytest.raises(KnownError) as info:
        ProjectStore.open(path, read_only=read_only)
    assert info.value.kind is ErrorKind.UNCLEAN_READ_ONLY
    text = info.value.message("en")
    assert "Recover into a copy" in text and "recover it;" not in text
    assert '"Gendan i en kopi"' in info.value.message("da")
    assert _bytes(path) == before


def test_check_says_how_to_recover_and_names_the_backup(
    hot_on_read_only_medium: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hot_on_read_only_medium
    before = _bytes(path)
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert 'Recover it into a copy elsewhere (in the app: "Recover into a copy")' in err
    assert "Newest good backup:" in err
    assert _bytes(path) == before


def test_recovery_into_a_copy_rolls_back_there_and_leaves_the_original(
    hot_on_read_only_medium: Path, tmp_path: Path
) -> None:
    path = hot_on_read_only_medium
    before = _bytes(path)
    target = tmp_path / "elsewhere" / "recovered.bymidte"
    target.parent.mkdir()
    recover_into_copy(path, target)
    assert _bytes(path) == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["recovered.bymidte"]
    service = open_project(target)
    try:
        assert service.project().name == "Egeby bymidte"  # the half commit rolled back
        assert service.store.integrity_check() == []
    finally:
        service.close()
    with pytest.raises(KnownError) as info:  # never over an existing file
        recover_into_copy(path, target)
    assert info.value.kind is ErrorKind.ALREADY_EXISTS


def test_a_file_without_read_permission_is_called_that(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Root reads every file, so the refusal is simulated where the system would give it."""

    def no_permission(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(header, "open", no_permission, raising=False)
    monkeypatch.setenv("LANG", "en.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    for argv in (["check", str(demo_file)], ["export-json", str(demo_file), "x.json"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err == f"The file {demo_file} cannot be read (no permission).\n"


def test_a_json_file_without_read_permission_is_called_that(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.json"
    source.write_text("{}", encoding="utf-8")
    real_open = os.open

    def refuse(path: object, flags: int, *args: object) -> int:
        if Path(str(path)) == source:
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    assert main(["import-json", str(source), str(tmp_path / "new.bymidte")]) == 2
    assert capsys.readouterr().err == f"Filen {source} kan ikke læses (ingen adgang).\n"


def test_a_copy_into_a_read_only_folder_says_the_folder_is_read_only(
    demo_service, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Save a copy, restore a backup and New project share the sentence (was "stick removed?"
    or "the file ... is read-only" for a file that does not exist)."""
    from workshop_app.services.backups import list_project_backups, restore_backup
    from workshop_app.services.project_service import new_project

    stick = tmp_path / "write-protected"
    stick.mkdir()
    real_access = os.access

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(path)).resolve() == stick.resolve():
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    newest = list_project_backups(demo_service.store.file_id)[0]
    for write in (
        lambda target: demo_service.save_copy(target),
        lambda target: restore_backup(newest.path, target),
        lambda target: new_project(target, "Ny").close(),
    ):
        with pytest.raises(KnownError) as info:
            write(stick / "copy.bymidte")
        assert info.value.kind is ErrorKind.FOLDER_READ_ONLY
        assert info.value.message("en") == (
            f"The folder {stick} cannot be written to (read-only); choose another folder."
        )
    assert list(stick.iterdir()) == []
