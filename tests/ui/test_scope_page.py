"""Phase 1 in the UI: each kind of field edited, undone and redone, with the database checked."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit

from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.scope.page import ScopePage


@pytest.fixture
def page(open_page):  # type: ignore[no-untyped-def]
    return open_page(ScopePage, "en")


def scope(session):  # type: ignore[no-untyped-def]
    return session.service.scope()


def test_every_section_is_listed_with_progress(window) -> None:  # type: ignore[no-untyped-def]
    window.workspace.show_page("scope")  # the navigation shows the progress too
    p = window.workspace.scope
    assert p.sections.count() == 12
    texts = [p.sections.item(i).text() for i in range(12)]
    assert texts[0].endswith("1. Background — why now?")
    assert any(t.startswith("●") for t in texts)  # the demo has complete sections
    assert any(t.startswith(("○", "◐")) for t in texts)  # and open ones
    assert "of 12 sections complete" in p.overall.text()
    nav = window.workspace.navigation.item(1).text()
    assert nav.startswith("1 Start-up and scope\n") and "of 12 sections done" in nav


def test_text_field_typed_saved_undone(session, page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.show_section("politics")
    edit = page.findChild(QLineEdit, "scope_committee")
    before = scope(session).get("committee")
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Udvalget for Bymidte & Erhverv")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert scope(session).get("committee") == "Udvalget for Bymidte & Erhverv"
    session.undo_stack.undo()
    assert scope(session).get("committee") == before
    assert edit.text() == before
    session.undo_stack.redo()
    assert scope(session).get("committee") == "Udvalget for Bymidte & Erhverv"


def test_choice_multi_and_flag(session, page) -> None:  # type: ignore[no-untyped-def]
    page.show_section("politics")
    combo = page.findChild(QComboBox, "scope_political_model")
    combo.setCurrentIndex(combo.findData("b"))
    combo.activated.emit(combo.currentIndex())
    assert scope(session).get("political_model") == "b"
    session.undo_stack.undo()
    assert scope(session).get("political_model") == "a"
    assert combo.currentData() == "a"

    page.show_section("roles")
    box = page.findChild(QCheckBox, "scope_municipal_roles_funder")
    box.click()
    assert "funder" in scope(session).get("municipal_roles")
    session.undo_stack.undo()
    assert "funder" not in scope(session).get("municipal_roles")
    assert not box.isChecked()

    page.show_section("history")
    flag = page.findChild(QCheckBox, "scope_no_earlier_plans")
    flag.click()
    assert scope(session).get("no_earlier_plans") is flag.isChecked()


def test_rows_add_edit_move_delete_with_undo(session, page) -> None:  # type: ignore[no-untyped-def]
    page.show_section("timeframe")
    editor = page.forms["timeframe"].lists["milestones"]
    model = editor.model
    before = [model.row_uuid(r) for r in range(model.rowCount())]
    editor.add_row()
    assert model.rowCount() == len(before) + 1
    new = model.row_uuid(model.rowCount() - 1)
    assert model.setData(model.index(model.row_of(new), 1), "Byrådet behandler planen")
    assert model.setData(model.index(model.row_of(new), 0), QDate(2027, 9, 1))
    row = next(r for r in scope(session).rows_of("milestones") if r.uuid == new)
    assert row.get("title") == "Byrådet behandler planen"
    assert str(row.get("date")) == "2027-09-01"
    editor.view.selectRow(model.row_of(new))
    editor.move_row(-1)
    assert model.row_of(new) == len(before) - 1
    editor.view.selectRow(model.row_of(new))
    editor.delete_row()
    assert [model.row_uuid(r) for r in range(model.rowCount())] == before
    stack = session.undo_stack
    stack.undo()  # delete
    assert model.row_of(new) == len(before) - 1
    for _ in range(4):
        stack.undo()  # move, date, title, add
    assert [r.uuid for r in scope(session).rows_of("milestones")] == before


def test_a_refused_row_is_not_offered_for_typing(session, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The adder learns from the push that the edit was refused: no uuid, nothing opened."""
    from workshop_app.errors import ErrorKind, KnownError
    from workshop_app.storage import repository

    def refuse(*args: object) -> None:
        raise KnownError(ErrorKind.BAD_INPUT, "test", problem="refused for the test")

    # Below the service: the undo steps hold the service's functions themselves.
    monkeypatch.setattr(repository, "insert_scope_row", refuse)
    page.show_section("timeframe")
    editor = page.forms["timeframe"].lists["milestones"]
    before = editor.model.rowCount()
    assert editor.add_row() is None
    assert editor.model.rowCount() == before == len(scope(session).rows_of("milestones"))
    assert editor.view.state() != editor.view.State.EditingState


def test_budget_amount_and_choice_cells(session, page) -> None:  # type: ignore[no-untyped-def]
    page.show_section("economy")
    model = page.forms["economy"].lists["budget"].model
    cols = [c.key for c in model.columns]
    assert model.setData(model.index(0, cols.index("amount")), 123456)
    assert model.data(model.index(0, cols.index("amount"))) == "123.456"
    assert model.setData(model.index(0, cols.index("kind")), "project")
    row = scope(session).rows_of("budget")[0]
    assert (row.get("amount"), row.get("kind")) == (123456, "project")
    in_kind = model.index(0, cols.index("in_kind"))
    before = model.data(in_kind, Qt.ItemDataRole.CheckStateRole)
    target = Qt.CheckState.Unchecked if before == Qt.CheckState.Checked else Qt.CheckState.Checked
    assert model.setData(in_kind, target.value, Qt.ItemDataRole.CheckStateRole)
    assert scope(session).rows_of("budget")[0].get("in_kind") == (target == Qt.CheckState.Checked)


def test_rows_model_passes_the_model_tester(session, page, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = page.forms["knowledge"].lists["knowledge"].model
    assert model.rowCount() >= 15
    qtmodeltester.check(model, force_py=True)


def test_knowledge_preset_question_is_shown_translated(session, page) -> None:  # type: ignore[no-untyped-def]
    model = page.forms["knowledge"].lists["knowledge"].model
    shown = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert "Retail analysis" in shown
    assert all(shown)


def test_open_task_warning_and_confirmation(session, page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.show_section("purpose")
    form = page.forms["purpose"]
    warning = page.findChild(QLabel, "scope_task_warning")
    assert not warning.isVisibleTo(form)  # the demo's task is open
    task = page.findChild(QPlainTextEdit, "scope_task")
    task.setPlainText("Vi skal bygge en ny parkeringskælder under Torvet.")
    session.flush()
    assert warning.isVisibleTo(form) and "Vi skal bygge" in warning.text()
    page.findChild(QCheckBox, "scope_task_open_confirmed").click()
    assert scope(session).get("task_open_confirmed") is True
    assert not warning.isVisibleTo(form)


def _png(width: int = 40, height: int = 30) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 80, 40)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_map_image_choose_undo_and_bad_files(
    session, page, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, errors
) -> None:  # type: ignore[no-untyped-def]
    page.show_section("area")
    good = tmp_path / "kort.png"
    good.write_bytes(_png())
    chosen = iter([good])
    monkeypatch.setattr(Dialogs, "open_image_path", classmethod(lambda cls, p_, f: next(chosen)))
    editor = page.forms["area"].map_editor
    editor.choose()
    image = scope(session).map_image
    assert image is not None and (image.width, image.height) == (40, 30)
    assert editor.preview.pixmap() is not None and not editor.preview.pixmap().isNull()
    session.undo_stack.undo()
    assert scope(session).map_image is None

    for name, data, words in (
        ("notes.png", b"Dette er ikke et billede", "image"),
        ("broken.png", _png()[:60], "damaged"),
    ):
        bad = tmp_path / name
        bad.write_bytes(data)
        monkeypatch.setattr(Dialogs, "open_image_path", classmethod(lambda cls, p_, f, b=bad: b))
        editor.choose()
        assert errors and words in errors[-1][1].lower(), errors[-1]
        assert scope(session).map_image is None
