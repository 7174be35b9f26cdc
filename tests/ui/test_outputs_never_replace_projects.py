"""Every route in the app that writes a file the user names refuses a project file: Save as and
print to file in the PDF preview, Export as JSON, Save a copy, restoring a backup, New project.
The message is shown and the file keeps its bytes; no temp file is left beside it."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from workshop_app.services.demo import write_demo
from workshop_app.ui.dialogs import Dialogs


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def other_project(tmp_path: Path) -> Path:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    path = folder / "other.bymidte"
    write_demo(path).close()
    return path


def _targets(window, other_project: Path) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    """The open project and another one, each by its name, a symlink and a hard link (the links
    named like PDFs, as Save as adds ".pdf" to other names)."""
    own = window.session.service.path
    link = other_project.parent / "link-to-own.pdf"
    link.symlink_to(own)
    hard = other_project.parent / "hard-link-to-other.pdf"
    os.link(other_project, hard)
    return {
        "the open project": own,
        "another project": other_project,
        "a symlink to the open project": link,
        "a hard link to another project": hard,
    }


def _pdf_named(targets: dict[str, Path]) -> dict[str, Path]:
    return {name: path for name, path in targets.items() if path.suffix == ".pdf"}


def _preview(window, qtbot):  # type: ignore[no-untyped-def]
    window.print_charter()
    qtbot.waitUntil(lambda: window._handout.preview is not None, timeout=20000)
    return window._handout.preview


def test_pdf_save_as_refuses_projects(
    window, qtbot, monkeypatch, errors, other_project: Path
) -> None:  # type: ignore[no-untyped-def]
    preview = _preview(window, qtbot)
    for name, target in _pdf_named(_targets(window, other_project)).items():
        before, files = digest(target), listing(target.parent)
        monkeypatch.setattr(Dialogs, "save_path", classmethod(lambda cls, *a, t=target: t))
        assert preview.save_as() is None, name
        assert errors and "never overwritten" in errors[-1][1], name
        assert digest(target) == before and listing(target.parent) == files, name
    preview.close()


def test_print_to_file_refuses_a_project(
    window, qtbot, monkeypatch, errors, other_project: Path
) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.ui.pdf_preview import PdfPreviewDialog

    preview = _preview(window, qtbot)
    for name, target in _targets(window, other_project).items():
        before, files = digest(target), listing(target.parent)

        def to_file(cls, printer, parent, t=target) -> bool:  # type: ignore[no-untyped-def]
            printer.setOutputFileName(str(t))
            return True

        monkeypatch.setattr(PdfPreviewDialog, "ask_printer", classmethod(to_file))
        errors.clear()
        preview.print_document()
        assert errors and "never overwritten" in errors[-1][1], name
        assert digest(target) == before and listing(target.parent) == files, name
    preview.close()


def test_print_to_file_writes_an_ordinary_file(window, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.ui.pdf_preview import PdfPreviewDialog

    preview = _preview(window, qtbot)
    target = tmp_path / "printed.pdf"
    target.write_bytes(b"old")

    def to_file(cls, printer, parent) -> bool:  # type: ignore[no-untyped-def]
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(PdfPreviewDialog, "ask_printer", classmethod(to_file))
    preview.print_document()
    assert target.read_bytes().startswith(b"%PDF")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    preview.close()


def test_json_export_refuses_projects(window, monkeypatch, errors, other_project: Path) -> None:  # type: ignore[no-untyped-def]
    for name, target in _targets(window, other_project).items():
        before, files = digest(target), listing(target.parent)
        monkeypatch.setattr(Dialogs, "save_path", classmethod(lambda cls, *a, t=target: t))
        errors.clear()
        window.export_json()
        assert errors and "never overwritten" in errors[-1][1], name
        assert digest(target) == before and listing(target.parent) == files, name


def test_json_export_into_a_folder_says_so(window, monkeypatch, errors, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "somedir"
    folder.mkdir()
    monkeypatch.setattr(Dialogs, "save_path", classmethod(lambda cls, *a: folder))
    window.export_json()
    assert errors and errors[-1][1] == f"{folder} is a folder; choose a file name."
    assert listing(tmp_path).count("somedir") == 1
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_save_a_copy_and_new_project_refuse_projects(
    window, monkeypatch, errors, other_project: Path
) -> None:  # type: ignore[no-untyped-def]
    for name, target in _targets(window, other_project).items():
        before, files = digest(target), listing(target.parent)
        monkeypatch.setattr(Dialogs, "new_project_path", classmethod(lambda cls, *a, t=target: t))
        errors.clear()
        assert window.save_copy() is False, name
        assert errors and "already exists" in errors[-1][1], name
        errors.clear()
        window.new_project()
        assert errors and "already exists" in errors[-1][1], name
        assert digest(target) == before and listing(target.parent) == files, name


def test_save_a_copy_into_a_folder_says_so(window, monkeypatch, errors, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "somedir.bymidte"
    folder.mkdir()
    monkeypatch.setattr(Dialogs, "new_project_path", classmethod(lambda cls, *a: folder))
    assert window.save_copy() is False
    assert errors and errors[-1][1] == f"{folder} is a folder; choose a file name."
    assert os.listdir(folder) == []


def test_restoring_a_backup_refuses_a_project(
    window, monkeypatch, errors, other_project: Path
) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.services.backups import list_project_backups

    service = window.session.service
    newest = list_project_backups(service.store.file_id)[0]
    for name, target in _targets(window, other_project).items():
        before = digest(target)
        monkeypatch.setattr(Dialogs, "new_project_path", classmethod(lambda cls, *a, t=target: t))
        errors.clear()
        assert window._restore_into_new_file(newest.path, target) is False, name
        assert errors and "already exists" in errors[-1][1], name
        assert digest(target) == before, name
