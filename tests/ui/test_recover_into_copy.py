"""A project not closed properly on a read-only medium: the app offers to recover it into a copy
elsewhere, does so, and opens the copy; the file on the medium keeps its bytes."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from tests.storage.test_lock_and_recovery import _crash_with_journal
from workshop_app.ui.dialogs import Dialogs


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_app_recovers_a_hot_file_on_a_read_only_medium_into_a_copy(  # type: ignore[no-untyped-def]
    make_window, demo_file: Path, tmp_path: Path, monkeypatch, errors
) -> None:
    _crash_with_journal(demo_file, tmp_path)
    journal = demo_file.with_name(demo_file.name + "-journal")
    stick = demo_file.parent
    real_access = os.access

    def access(path, mode, *args, **kwargs):  # type: ignore[no-untyped-def]
        if mode & os.W_OK and Path(str(path)).resolve() in (stick.resolve(), demo_file.resolve()):
            return False  # a write-protected stick (root too gets EROFS there)
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    before = (digest(demo_file), digest(journal))
    asked: list[tuple[str, str]] = []

    def ask(cls, parent, title, text, accept):  # type: ignore[no-untyped-def]
        asked.append((text, accept))
        return accept == "Recover into a copy…"

    target = tmp_path / "home" / "egeby (recovered).bymidte"
    target.parent.mkdir()
    monkeypatch.setattr(Dialogs, "ask", classmethod(ask))
    monkeypatch.setattr(Dialogs, "new_project_path", classmethod(lambda cls, *a: target))
    window = make_window("en")
    assert window.open_path(demo_file)
    assert asked and "Recover into a copy" in asked[0][0]
    assert "in the app to recover it" not in asked[0][0]  # the old dead end
    assert window.session.service.path == target
    assert window.session.service.project().name == "Egeby bymidte"  # rolled back in the copy
    assert (digest(demo_file), digest(journal)) == before
    assert errors == []
    window.close()
