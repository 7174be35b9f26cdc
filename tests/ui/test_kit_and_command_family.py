"""The shared UI builders (ui/kit.py) and the generic undo family (ui/commands.py): what every
panel and every phase's commands now rest on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from workshop_app.ui import commands, kit
from workshop_app.ui.actors import plan_commands
from workshop_app.ui.session import ProjectSession


def test_labels_buttons_and_rows(qtbot) -> None:
    hint = kit.hint("<b>typed</b>", "some_hint")
    assert (hint.objectName(), hint.property("role")) == ("some_hint", "hint")
    assert hint.wordWrap() and hint.textFormat() == Qt.TextFormat.PlainText

    clicked: list[str] = []
    button = kit.button("add", "Add", "kit_add", lambda: clicked.append("add"), "Add one")
    up = kit.tool_button(
        "up", "kit_up", "Move up (Ctrl+Up)", "Move up", lambda: clicked.append("up")
    )
    qtbot.addWidget(button)
    qtbot.addWidget(up)
    button.click()
    up.click()
    assert clicked == ["add", "up"]
    assert (button.toolTip(), up.accessibleName(), up.objectName()) == (
        "Add one",
        "Move up",
        "kit_up",
    )

    count = QLabel()
    row = kit.row(button, None, (count, 1))
    assert isinstance(row, QHBoxLayout)
    assert row.contentsMargins().left() == 0
    assert row.count() == 3 and row.itemAt(1).spacerItem() is not None
    assert row.stretch(2) == 1


def test_a_list_item_is_made_current_by_its_data(qtbot) -> None:
    widget = QListWidget()
    qtbot.addWidget(widget)
    for key in ("a", "b", "c"):
        item = QListWidgetItem(key.upper())
        item.setData(Qt.ItemDataRole.UserRole, key)
        widget.addItem(item)
    assert kit.current_item_to(widget, Qt.ItemDataRole.UserRole, "c")
    assert widget.currentItem().text() == "C"
    assert not kit.current_item_to(widget, Qt.ItemDataRole.UserRole, "zzz")
    assert widget.currentItem().text() == "C"


def test_a_panel_gives_no_uuid_to_edit_on_a_read_only_file(session, qtbot, monkeypatch) -> None:
    class Panel(kit.SessionPanel):
        def selected_uuid(self) -> str | None:
            return "some-uuid"

    panel = Panel(session, "kit_panel")
    qtbot.addWidget(panel)
    assert panel.objectName() == "kit_panel" and panel.editable
    assert panel.uuid_to_edit() == "some-uuid"
    monkeypatch.setattr(ProjectSession, "read_only", property(lambda _s: True))
    assert not panel.editable
    assert panel.uuid_to_edit() is None
    assert isinstance(panel, QWidget)


def test_a_move_to_the_same_place_adds_no_undo_step(session) -> None:
    actor = session.service.actor_map().actors[2]
    before = session.undo_stack.count()
    commands.move_actor(session, actor.uuid, 2, 2)
    assert session.undo_stack.count() == before
    commands.move_actor(session, actor.uuid, 2, 0)
    assert session.service.actor_map().actors[0].uuid == actor.uuid
    assert session.undo_stack.undoText() == "Move actor"
    session.undo_stack.undo()
    assert session.service.actor_map().actors[2].uuid == actor.uuid


def test_a_record_kind_adds_and_removes_with_exact_undo(session) -> None:
    entry = session.service.actor_map().plan[3]
    plan_commands.delete_plan_entry(session, entry, 3)
    assert entry.uuid not in {e.uuid for e in session.service.actor_map().plan}
    assert session.undo_stack.undoText() == "Delete plan entry"
    session.undo_stack.undo()
    assert session.service.actor_map().plan[3] == entry
    session.undo_stack.redo()
    assert entry.uuid not in {e.uuid for e in session.service.actor_map().plan}


def test_typing_in_one_field_again_merges_and_says_what_was_edited(session) -> None:
    entry = session.service.actor_map().plan[0]
    before = session.undo_stack.count()
    plan_commands.set_plan_field(session, entry.uuid, "note", "Note", entry.note, "R")
    plan_commands.set_plan_field(session, entry.uuid, "note", "Note", "R", "Ring")
    assert session.undo_stack.count() == before + 1
    assert session.undo_stack.undoText() == "Edit plan: Note"
    session.undo_stack.undo()
    assert session.service.actor_map().plan[0].note == entry.note
