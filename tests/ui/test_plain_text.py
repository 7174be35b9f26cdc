"""Text from outside shows as plain text everywhere (issue 10, item 8).

A file named ``<b><font size=7 color=red>HUGE <img src=pic.png>.bymidte`` showed huge red text
and loaded the image in the error dialog: Qt renders any string that looks like HTML as rich
text, in message boxes, labels and tooltips alike. These tests plant markup in the file name and
in every text field of the demo, open every page and dialog, and look at every label, tooltip
and list item: wherever the planted markup appears raw, it must be shown as plain text.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives on QtGui's Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QWidget,
)

from workshop_app.domain.scope import FIELDS
from workshop_app.errors import KnownError
from workshop_app.services.project_service import open_project
from workshop_app.ui.dialogs import Dialogs, message_box
from workshop_app.ui.workspace import PAGES

MARK = "<b><font size=7 color=red>HUGE</font></b>"
MARKUP = f"{MARK} <img src=pic.png>"
FILE_NAME = "<b><font size=7 color=red>HUGE <img src=pic.png>.bymidte"
RAW = "<b><font"


def _is_rich(text: str) -> bool:
    return bool(GuiQt.mightBeRichText(text))


def _plant(path: Path) -> None:
    """Markup at the start of every text field the services accept it in."""
    service = open_project(path)
    try:
        snap = service.snapshot()

        def each(setter: Any, record: Any, *key: str) -> None:
            for f in dataclasses.fields(record):
                value = getattr(record, f.name)
                if f.name == "uuid" or not isinstance(value, str) or f.name.endswith("_uuid"):
                    continue
                with contextlib.suppress(KnownError):  # a choice, a date…: not free text
                    setter(*key, f.name, (MARKUP + " " + value)[:480])

        each(service.set_project_field, snap.project)
        for m in snap.meetings:
            each(service.set_meeting_field, m.meeting, m.meeting.uuid)
            for item in m.agenda:
                each(service.set_agenda_field, item, item.uuid)
        for actor in snap.actors.actors:
            each(service.set_actor_value, actor, actor.uuid)
        for category in snap.actors.categories:
            service.rename_category(category.uuid, MARKUP)
        for relation in snap.actors.relations[:5]:
            each(service.set_relation_value, relation, relation.uuid)
        for entry in snap.actors.plan:
            each(service.set_plan_value, entry, entry.uuid)
        for idea in snap.trials.ideas:
            each(service.set_idea_value, idea, idea.uuid)
        for trial in snap.trials.trials:
            each(service.set_trial_value, trial, trial.uuid)
        for feedback in snap.trials.feedback[:10]:
            each(service.set_feedback_value, feedback, feedback.uuid)
        for decision in snap.trials.decisions:
            each(service.set_decision_value, decision, decision.uuid)
        for key in FIELDS:
            with contextlib.suppress(KnownError):
                service.set_scope_value(key, MARKUP)
        for row in snap.scope.rows:
            for column, value in row.values.items():
                if isinstance(value, str):
                    with contextlib.suppress(KnownError):
                        service.set_scope_row_value(row.uuid, column, MARKUP)
        service.save_assessment(MARKUP, snap.actors.assessments[0].date)
    finally:
        service.close()


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return int(model.columnCount(parent))
    except TypeError:  # a list model keeps it private: one column
        return 1


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    """Every item tooltip (tree children too) and every header tooltip of ``model``."""
    parent = parent or QModelIndex()
    columns = _columns(model, parent)
    for row in range(min(model.rowCount(parent), 200)):
        for column in range(columns):
            yield model.data(model.index(row, column, parent), Qt.ItemDataRole.ToolTipRole)
        first = model.index(row, 0, parent)
        if columns == 1 and not isinstance(model, QStandardItemModel | type(None)):
            try:
                nested = model.rowCount(first) > 0
            except TypeError:
                nested = False
            if nested:
                yield from _model_texts(model, first)
    if not parent.isValid():
        for section in range(min(columns, 200)):
            yield model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def _problems(root: QWidget) -> list[str]:
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}#{w.objectName()}"
        if isinstance(w, QLabel) and RAW in w.text():
            fmt = w.textFormat()
            if fmt == Qt.TextFormat.RichText or (
                fmt == Qt.TextFormat.AutoText and _is_rich(w.text())
            ):
                found.append(f"label {name}: {w.text()[:80]!r}")
        if RAW in w.toolTip() and _is_rich(w.toolTip()):
            found.append(f"tooltip {name}: {w.toolTip()[:80]!r}")
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model():
            for tip in _model_texts(w.model()):
                if isinstance(tip, str) and RAW in tip and _is_rich(tip):
                    found.append(f"item tooltip in {name}: {tip[:80]!r}")
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            for item in w.scene().items():
                tip = item.toolTip()
                if RAW in tip and _is_rich(tip):
                    found.append(f"graphics tooltip in {name}: {tip[:80]!r}")
    return found


_real_error = Dialogs.__dict__["error"]


@pytest.fixture
def marked_file(demo_file: Path) -> Path:
    path = demo_file.with_name(FILE_NAME)
    shutil.move(demo_file, path)
    _plant(path)
    return path


def _merge_loop(path: Path) -> None:
    """Two ideas merged into each other, so the Check dialog lists their (marked) titles."""
    conn = sqlite3.connect(path)
    a, b = [r[0] for r in conn.execute("SELECT uuid FROM idea ORDER BY position LIMIT 2")]
    conn.execute("UPDATE idea SET merged_into = ? WHERE uuid = ?", [b, a])
    conn.execute("UPDATE idea SET merged_into = ? WHERE uuid = ?", [a, b])
    conn.commit()
    conn.close()


def test_every_page_and_dialog_shows_planted_markup_as_plain_text(
    make_window, marked_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _merge_loop(marked_file)
    window = make_window("en")
    assert window.open_path(marked_file)
    window.show()
    problems: list[str] = []
    for page in PAGES:
        window.workspace.show_page(page)
        QApplication.processEvents()
        problems += _problems(window)
    window.check_project()
    window.show_backups()
    dialogs = window.findChildren(QDialog)
    assert {type(d).__name__ for d in dialogs} >= {"CheckDialog", "BackupsDialog"}
    check = next(d for d in dialogs if type(d).__name__ == "CheckDialog")
    assert RAW in check.findChild(QLabel, "check_detail_foreign_keys").text()
    for dialog in dialogs:
        problems += _problems(dialog)
        dialog.close()
    # The labels that carry a file name or an error always say it plainly, filled or not.
    for name in ("pending_text",):
        label = window.findChild(QLabel, name)
        assert label is not None and label.textFormat() == Qt.TextFormat.PlainText
    window.close()
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_error_dialog_shows_a_markup_file_name_as_plain_text(
    make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The issue's example: opening a bad file whose name is markup."""
    shown: list[QMessageBox | None] = []
    monkeypatch.setattr(Dialogs, "error", _real_error)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    for static in ("warning", "critical", "information", "question"):  # would block: refuse
        monkeypatch.setattr(QMessageBox, static, lambda *a, **k: shown.append(None) or 0)
    bad = tmp_path / FILE_NAME
    bad.write_bytes(b"%PDF-1.4\n")
    window = make_window("en")
    assert not window.open_path(bad)
    assert shown and shown[0] is not None, "a message box made without the plain-text helper"
    label = shown[0].findChild(QLabel, "qt_msgbox_label")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert FILE_NAME in label.text()


def test_message_boxes_are_made_only_by_the_plain_text_helper() -> None:
    """A grep: any other QMessageBox would bring rich text back."""
    root = Path(__file__).resolve().parents[2] / "workshop_app"
    pattern = re.compile(r"QMessageBox\(|QMessageBox\.(warning|critical|information|question)\(")
    offenders = []
    for source in root.rglob("*.py"):
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                offenders.append(f"{source.relative_to(root)}:{number}: {line.strip()}")
    assert offenders == ["ui/dialogs.py:36: box = QMessageBox(icon, title, text, buttons, parent)"]


def test_message_boxes_show_text_as_plain_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = message_box(None, QMessageBox.Icon.Warning, FILE_NAME, f"Cannot open {FILE_NAME}")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None and label.textFormat() == Qt.TextFormat.PlainText
    assert RAW in label.text()
