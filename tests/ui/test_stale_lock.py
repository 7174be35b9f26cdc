"""The owner is never locked out by a lock file SQLite does not back up."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from workshop_app.storage import lock
from workshop_app.ui.dialogs import Dialogs


def test_lock_file_of_a_live_unrelated_process_opens_writable(
    make_window, demo_file: Path, errors: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """After a crash and a reboot the lock file's pid belongs to some other live process."""
    me = lock._me()
    lock.lock_path(demo_file).write_text(
        json.dumps({"host": me.host, "user": me.user, "pid": os.getppid(), "since": me.since}),
        encoding="utf-8",
    )
    asked: list[str] = []
    monkeypatch.setattr(
        Dialogs, "ask", classmethod(lambda cls, p, title, text, a: asked.append(text) or False)
    )
    win = make_window("en")
    assert win.open_path(demo_file)
    assert not asked and not errors
    assert not win.session.read_only and win.session.service.path == demo_file
    assert lock.read_lock(demo_file).pid == os.getpid()  # type: ignore[union-attr]
    win.close()
