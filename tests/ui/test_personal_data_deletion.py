"""File → Delete all personal data: asks first, blanks contact persons for real, drops the undo
history (an undo could bring a name back) and the older backups."""

from __future__ import annotations

import pytest

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
    assert _first_actor(window).person_name == "Qwerty Zxcvb"


def test_confirming_deletes_names_history_and_old_backups(
    window, monkeypatch: pytest.MonkeyPatch, no_modal_dialogs
) -> None:
    monkeypatch.setattr(Dialogs, "ask", classmethod(lambda cls, p, title, text, a: True))
    _give_a_contact(window, "Qwerty Zxcvb")
    service = window.session.service
    service.store.backup("periodic")
    assert window.session.undo_stack.canUndo()
    window.actions_["delete_personal_data"].trigger()
    assert _first_actor(window).person_name == ""
    assert not window.session.undo_stack.canUndo()
    assert [b.reason for b in list_backups(service.store.file_id)] == ["privacy"]
    assert no_modal_dialogs[-1][1] == "The personal data was deleted."
    assert b"Qwerty" not in service.path.read_bytes()


def test_nothing_to_delete_says_so(window, no_modal_dialogs) -> None:
    if window.session.service.personal_data_count():
        window.session.service.delete_all_personal_data()
    window.actions_["delete_personal_data"].trigger()
    assert "No actor" in no_modal_dialogs[-1][1]
