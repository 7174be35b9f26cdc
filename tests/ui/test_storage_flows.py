"""What a facilitator sees when the disk, the stick or the file misbehaves."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from workshop_app.storage import lock
from workshop_app.storage.database import ProjectStore
from workshop_app.ui.dialogs import Dialogs


def description(window) -> str:  # type: ignore[no-untyped-def]
    row = window.session.service.store.db.execute("SELECT description FROM project").fetchone()
    return str(row[0])


def fill_the_disk(window) -> None:  # type: ignore[no-untyped-def]
    db = window.session.service.store.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count={pages}")


def free_the_disk(window) -> None:  # type: ignore[no-untyped-def]
    window.session.service.store.db.execute("PRAGMA max_page_count=1073741823")


def type_long_description(window) -> str:  # type: ignore[no-untyped-def]
    edit = window.findChild(QPlainTextEdit, "overview_description")
    text = "Referat fra borgermødet. " * 700
    edit.setPlainText(text)
    window.session.flush()
    return text


def test_disk_full_keeps_the_edit_and_retry_saves_it(window) -> None:  # type: ignore[no-untyped-def]
    before = description(window)
    fill_the_disk(window)
    text = type_long_description(window)
    assert description(window) == before  # nothing half-written
    bar = window.workspace.pending_bar
    assert bar.isVisible()
    assert "full" in bar.label.text()
    assert window.saved_label.text() == "Not saved"
    edit = window.findChild(QPlainTextEdit, "overview_description")
    assert edit.toPlainText() == text  # the edit is still visible
    bar.retry_button.click()
    assert window.session.pending  # still full
    free_the_disk(window)
    bar.retry_button.click()
    assert not window.session.pending
    assert description(window) == text
    assert not bar.isVisible()
    assert window.saved_label.text().startswith("Saved")


def test_save_a_copy_elsewhere_includes_pending_edits(
    window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    fill_the_disk(window)
    text = type_long_description(window)
    target = tmp_path / "elsewhere" / "kopi.bymidte"
    target.parent.mkdir()
    monkeypatch.setattr(Dialogs, "new_project_path", classmethod(lambda cls, p, s: target))
    window.workspace.pending_bar.copy_button.click()
    copy = ProjectStore.open(target, read_only=True)
    try:
        assert copy.snapshot().project.description == text
    finally:
        copy.close()


def test_closing_with_pending_edits_asks_first(window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    fill_the_disk(window)
    type_long_description(window)
    answers = iter(["cancel", "discard"])
    monkeypatch.setattr(
        Dialogs, "unsaved_on_close", classmethod(lambda cls, parent, text: next(answers))
    )
    assert not window.close_project()
    assert window.session is not None and window.session.pending
    assert window.close_project()
    assert window.session is None


def test_locked_file_offers_a_read_only_copy(
    make_window, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def ask(cls, parent, title, text, accept):  # type: ignore[no-untyped-def]
        asked.append(text)
        return True

    monkeypatch.setattr(Dialogs, "ask", classmethod(ask))
    holder = ProjectStore.open(demo_file)
    try:
        win = make_window("en")
        assert win.open_path(demo_file)
        assert asked and "open elsewhere" in asked[0]
        assert win.session.read_only
        assert win.session.service.path != demo_file
        assert "(read-only)" in win.windowTitle()
        assert win.findChild(QLabel, "read_only_banner") is not None
        win.close()
    finally:
        holder.close()


def test_read_only_folder_offers_to_open_read_only(
    make_window, demo_file: Path, monkeypatch: pytest.MonkeyPatch, lock_files_refused: None
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(Dialogs, "ask", classmethod(lambda cls, p, t, text, a: "read-only" in text))
    before = demo_file.read_bytes()
    win = make_window("en")
    assert win.open_path(demo_file)
    assert win.session.read_only and win.session.service.path == demo_file
    win.close()
    assert demo_file.read_bytes() == before


def test_damaged_file_offers_the_newest_backup(
    make_window, demo_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ProjectStore.open(demo_file).close()  # a backup on open
    data = bytearray(demo_file.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):
        data[start : start + 12] = b"\xff" * 12
    demo_file.write_bytes(bytes(data))
    damaged = demo_file.read_bytes()
    target = tmp_path / "gendannet.bymidte"
    monkeypatch.setattr(Dialogs, "ask", classmethod(lambda cls, p, t, text, a: "backup" in text))
    monkeypatch.setattr(Dialogs, "new_project_path", classmethod(lambda cls, p, s: target))
    win = make_window("en")
    assert win.open_path(demo_file)
    assert win.session.service.path == target
    assert win.session.service.project().name == "Egeby bymidte"
    assert demo_file.read_bytes() == damaged  # kept aside as it was, never deleted
    win.close()


def test_recovered_file_is_announced(
    make_window, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    journal = demo_file.with_name(demo_file.name + "-wal")
    journal.write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 508)  # a stray WAL: never ours
    shown: list[str] = []
    monkeypatch.setattr(
        Dialogs, "information", classmethod(lambda cls, p, title, text: shown.append(text))
    )
    win = make_window("en")
    assert win.open_path(demo_file)
    assert shown and "not closed properly" in shown[0]
    assert not journal.exists()
    win.close()


def test_a_bug_is_logged_and_shown_with_the_log_path(
    window, monkeypatch: pytest.MonkeyPatch, isolated_dirs: Path
) -> None:  # type: ignore[no-untyped-def]
    import logging

    from workshop_app.app import install_crash_handler

    shown: list[str] = []
    monkeypatch.setattr(Dialogs, "crash", classmethod(lambda cls, parent, log: shown.append(log)))
    records: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: records.append(record.getMessage())  # type: ignore[method-assign]
    logging.getLogger("workshop_app").addHandler(handler)
    old_hook = sys.excepthook
    try:
        install_crash_handler(window)
        try:
            raise RuntimeError("a bug")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old_hook
        logging.getLogger("workshop_app").removeHandler(handler)
    assert shown and shown[0].endswith("workshop-app.log")
    # Where and what kind; the message is left out (it may quote the user's text).
    assert any("builtins.RuntimeError (message left out" in r for r in records)
    assert not any("RuntimeError: a bug" in r for r in records)


def test_lock_file_is_written_while_open_and_removed_on_close(window) -> None:  # type: ignore[no-untyped-def]
    path = window.session.service.path
    info = json.loads(lock.lock_path(path).read_text(encoding="utf-8"))
    assert info["pid"] == os.getpid()
    window.close_project()
    assert not lock.lock_path(path).exists()
    assert "safe to remove" in window.statusBar().currentMessage()
