"""File → Delete all personal data: asks first, blanks contact persons for real, drops the undo
history (an undo could bring a name back) and the older backups."""

from __future__ import annotations

import pytest

from workshop_app import paths
from workshop_app.storage.backup import list_backups
from workshop_app.ui.dialogs import Dialogs


def _first_actor(window):  # type: ignore[no-untyped-def]
    return window.session.service.actor_map().actors[0]


def _give_a_contact(window, name: str) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.ui import commands

    actor = _first_actor(window)
    commands.set_actor_field(window.session, actor.uuid, "person_name", "x", "", name)


def test_declining_keeps_everything(window, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        Dialogs, "ask", classmethod(lambda cls, p, title, text, a: asked.append(text) or False)
    )
    _give_a_contact(window, "Qwerty Zxcvb")
    window.actions_["delete_personal_data"].trigger()
    assert asked and "cannot be undone" in asked[0]
    # It says what it cannot reach.
    for where in ("PDFs or JSON files you exported", "copies saved elsewhere", "printed paper"):
        assert where in asked[0]
    assert _first_actor(window).person_name == "Qwerty Zxcvb"


def test_confirming_deletes_names_history_and_old_backups(
    window, monkeypatch: pytest.MonkeyPatch, no_modal_dialogs
) -> None:
    monkeypatch.setattr(Dialogs, "ask", classmethod(lambda cls, p, title, text, a: True))
    _give_a_contact(window, "Qwerty Zxcvb")
    service = window.session.service
    service.store.backup("periodic")
    preview = paths.previews_dir() / "preview-x.pdf"
    preview.parent.mkdir(parents=True, exist_ok=True)
    preview.write_bytes(b"%PDF-1.4 Qwerty Zxcvb")
    assert window.session.undo_stack.canUndo()
    window.actions_["delete_personal_data"].trigger()
    assert not preview.exists()
    assert _first_actor(window).person_name == ""
    assert not window.session.undo_stack.canUndo()
    assert [b.reason for b in list_backups(service.store.file_id)] == ["privacy"]
    assert no_modal_dialogs[-1][1] == "The personal data was deleted."
    assert b"Qwerty" not in service.path.read_bytes()


def test_with_the_fields_already_empty_it_still_clears_old_copies(
    window, monkeypatch: pytest.MonkeyPatch, no_modal_dialogs
) -> None:
    # A name blanked by hand is gone from the file, but an older backup still holds it.
    monkeypatch.setattr(Dialogs, "ask", classmethod(lambda cls, p, title, text, a: True))
    service = window.session.service
    _give_a_contact(window, "Qwerty Zxcvb")
    service.store.backup("periodic")
    service.delete_all_personal_data()
    _give_a_contact(window, "Asdfg Hjklo")
    service.store.backup("periodic")
    _give_a_contact(window, "")
    assert service.personal_data_count() == 0
    window.actions_["delete_personal_data"].trigger()
    backups = list_backups(service.store.file_id)
    assert [b.reason for b in backups] == ["privacy"]
    assert b"Asdfg" not in backups[0].path.read_bytes()
    assert no_modal_dialogs[-1][1] == "The personal data was deleted."
