"""Check project and Backups dialogs: driven with open(), never exec()."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from workshop_app.services.project_service import open_project
from workshop_app.storage.database import ProjectStore
from workshop_app.ui.backups_dialog import BackupsDialog
from workshop_app.ui.check_dialog import CheckDialog
from workshop_app.ui.dialogs import Dialogs


def test_check_dialog_on_the_demo_says_all_is_well(demo_service, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CheckDialog(demo_service)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.summary_label.text() == "Everything is in order."
    assert [line.key for line in dialog.lines] == [
        "integrity",
        "foreign_keys",
        "schema",
        "rows",
        "lock",
        "backups",
    ]
    assert all(line.ok for line in dialog.lines)
    dialog.copy_button.click()
    report = QGuiApplication.clipboard().text()
    assert "Everything is in order." in report
    assert "✓ File integrity" in report
    assert str(demo_service.path) in report
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_check_dialog_names_the_failing_checks(demo_file: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    conn = sqlite3.connect(demo_file)
    conn.execute("ALTER TABLE meeting ADD COLUMN x TEXT")
    conn.commit()
    conn.close()
    service = open_project(demo_file, read_only=True)
    try:
        dialog = CheckDialog(service)
        qtbot.addWidget(dialog)
        dialog.open()
        summary = dialog.summary_label.text()
        assert summary.startswith("Problems found: Structure (schema).")
        assert "Backups" in summary
        detail = dialog.findChild(type(dialog.summary_label), "check_detail_schema")
        assert "column 'x'" in detail.text()
        assert dialog.findChild(type(dialog.summary_label), "check_mark_schema").text() == "✗"
    finally:
        service.close()


def backups_dialog(qtbot, uuid: str, folder: Path) -> BackupsDialog:  # type: ignore[no-untyped-def]
    dialog = BackupsDialog(uuid, folder, "en", project_name="Egeby bymidte")
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def closed_demo(demo_file: Path) -> str:
    """Open and close the demo once, as a user would: that makes its backups. The file's id."""
    service = open_project(demo_file)
    file_id = service.store.file_id
    service.close()
    return file_id


def test_backups_dialog_lists_backups_newest_first(demo_file: Path, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = backups_dialog(qtbot, closed_demo(demo_file), tmp_path)
    table = dialog.table
    assert table.rowCount() >= 1
    assert not dialog.empty_label.isVisible() and table.isVisible()
    assert table.item(0, 1).text() == "On opening"
    assert table.item(0, 3).text().endswith(" kB")
    assert table.item(0, 2).text() == str(demo_file)  # the file it came from
    assert len(table.item(0, 0).text()) == len("01-03-2027 10:00:00")
    whens = [b.when for b in dialog.backups]
    assert whens == sorted(whens, reverse=True)
    assert dialog.restore_button.isEnabled()
    assert str(tmp_path / "user-data" / "backups") in dialog.folder_label.text()


def test_restore_makes_a_new_openable_file(
    demo_file: Path, demo, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    uuid = closed_demo(demo_file)
    target = tmp_path / "restored.bymidte"
    asked: list[Path] = []

    def choose(cls, parent, suggested):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return target

    monkeypatch.setattr(Dialogs, "new_project_path", classmethod(choose))
    dialog = backups_dialog(qtbot, uuid, tmp_path)
    with qtbot.waitSignal(dialog.restored, timeout=2000) as signal:
        dialog.restore_button.click()
    assert signal.args == [target]
    assert asked[0].parent == tmp_path
    assert asked[0].name.startswith("Egeby bymidte (restored ")
    assert target.is_file()
    store = ProjectStore.open(target, read_only=True)
    try:
        assert store.project_uuid == demo.project.uuid  # the same project, another file
        assert store.file_id != uuid  # a new file: not the demo's backups
        assert store.integrity_check() == []
    finally:
        store.close()


def test_restore_never_writes_over_an_existing_file(  # type: ignore[no-untyped-def]
    demo_file: Path, qtbot, monkeypatch, errors, tmp_path: Path
) -> None:
    uuid = closed_demo(demo_file)
    existing = tmp_path / "existing.bymidte"
    existing.write_bytes(b"precious bytes")
    monkeypatch.setattr(Dialogs, "new_project_path", classmethod(lambda cls, p, s: existing))
    dialog = backups_dialog(qtbot, uuid, tmp_path)
    emitted: list[object] = []
    dialog.restored.connect(emitted.append)
    dialog.restore_button.click()
    assert errors == [("Could not restore", f"{existing} already exists; choose a new file name.")]
    assert (
        hashlib.sha256(existing.read_bytes()).digest() == hashlib.sha256(b"precious bytes").digest()
    )
    assert emitted == []
    assert dialog.isVisible()


def test_cancelled_restore_does_nothing(
    demo_file: Path, qtbot, monkeypatch, errors, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    uuid = closed_demo(demo_file)
    monkeypatch.setattr(Dialogs, "new_project_path", classmethod(lambda cls, p, s: None))
    dialog = backups_dialog(qtbot, uuid, tmp_path)
    assert dialog.restore_selected() is None
    assert errors == []
    assert dialog.isVisible()


def test_backups_dialog_without_backups_explains(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = backups_dialog(qtbot, "00000000-0000-4000-8000-000000000000", tmp_path)
    assert dialog.table.rowCount() == 0
    assert dialog.empty_label.isVisible() and not dialog.table.isVisible()
    assert dialog.empty_label.text().startswith("No backups yet.")
    assert not dialog.restore_button.isEnabled()


def test_reasons_are_translated_in_danish(
    demo_file: Path, qtbot, make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    uuid = closed_demo(demo_file)
    win = make_window("da")  # installs the Danish translators
    dialog = backups_dialog(qtbot, uuid, tmp_path)
    assert dialog.windowTitle() == "Sikkerhedskopier"
    assert dialog.table.item(0, 1).text() == "Ved åbning"
    assert dialog.reason_text("close") == "Ved lukning"
    assert dialog.reason_text("odd-one") == "odd-one"
    win.close()


def test_backups_dialog_lists_only_this_files_backups_with_their_source_path(  # type: ignore[no-untyped-def]
    demo_file: Path, qtbot, tmp_path: Path
) -> None:
    import shutil

    copy = tmp_path / "a <b>copy made with cp.bymidte"
    shutil.copyfile(demo_file, copy)
    closed_demo(demo_file)
    copy_id = closed_demo(copy)
    closed_demo(demo_file)
    dialog = backups_dialog(qtbot, copy_id, tmp_path)
    table = dialog.table
    assert dialog.table.horizontalHeaderItem(2).text() == "From file"
    assert table.rowCount() == 1  # the copy's own open backup, not the original's
    assert [table.item(row, 2).text() for row in range(table.rowCount())] == [str(copy)]


def test_a_damaged_copy_offers_its_own_backup_in_the_app(  # type: ignore[no-untyped-def]
    demo_file: Path, make_window, monkeypatch, tmp_path: Path
) -> None:
    import shutil
    import sqlite3

    copy = tmp_path / "kopi.bymidte"
    shutil.copyfile(demo_file, copy)
    service = open_project(copy)
    service.set_project_field("town", "Kopiby")
    service.close()
    closed_demo(demo_file)  # the original is backed up last
    data = bytearray(copy.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):
        data[start : start + 12] = b"\xff" * 12
    copy.write_bytes(bytes(data))
    asked: list[str] = []

    def ask(cls, parent, title, text, action):  # type: ignore[no-untyped-def]
        asked.append(text)
        return True

    target = tmp_path / "gendannet.bymidte"
    monkeypatch.setattr(Dialogs, "ask", classmethod(ask))
    monkeypatch.setattr(Dialogs, "new_project_path", classmethod(lambda cls, p, s: target))
    win = make_window("en")
    assert win.open_path(copy)
    assert "newest good backup" in asked[0]
    win.close_project()  # the app holds the restored file for itself while it is open
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT town FROM project").fetchone() == ("Kopiby",)
    conn.close()
    win.close()
