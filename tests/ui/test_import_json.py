"""File → Import from JSON… (issue 12, item 8): what the command line's import-json does, from
the menu and the start screen, with the same checks and messages."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from workshop_app.exchange.json_format import dumps
from workshop_app.services.demo import demo_snapshot
from workshop_app.ui.dialogs import Dialogs

TODAY = dt.date(2027, 3, 1)


@pytest.fixture
def demo_json(tmp_path: Path) -> Path:
    path = tmp_path / "egeby.json"
    path.write_text(dumps(demo_snapshot(TODAY)), encoding="utf-8")
    return path


def _choose(monkeypatch: pytest.MonkeyPatch, source: Path, target: Path | None) -> list[Path]:
    asked: list[Path] = []

    def new_path(cls, parent, suggested):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return target

    monkeypatch.setattr(Dialogs, "open_json_path", classmethod(lambda cls, p, folder: source))
    monkeypatch.setattr(Dialogs, "new_project_path", classmethod(new_path))
    return asked


def test_import_from_the_file_menu_opens_the_new_project(
    make_window, qtbot, monkeypatch, demo_json: Path, tmp_path: Path, errors
) -> None:  # type: ignore[no-untyped-def]
    window = make_window("en")
    window.show()
    target = tmp_path / "out" / "Egeby.bymidte"
    target.parent.mkdir()
    asked = _choose(monkeypatch, demo_json, target)
    action = window.actions_["import_json"]
    assert action in window.menuBar().actions()[0].menu().actions()  # File → Import from JSON…
    assert action.isEnabled()  # no project needs to be open
    action.trigger()
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    assert asked == [demo_json.with_name("egeby.bymidte")]
    assert window.session.service.path == target
    assert window.session.service.project().name == demo_snapshot(TODAY).project.name
    assert errors == []
    window.close()


def test_the_start_screen_offers_the_import(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window("en")
    from PySide6.QtWidgets import QToolButton

    button = window.start_screen.findChild(QToolButton, "start_import")
    assert button is not None and button.defaultAction() is window.actions_["import_json"]


def test_bad_json_shows_the_one_line_message_and_makes_no_file(
    make_window, qtbot, monkeypatch, tmp_path: Path, errors
) -> None:  # type: ignore[no-untyped-def]
    window = make_window("en")
    bad = tmp_path / "bad.json"
    data = json.loads(dumps(demo_snapshot(TODAY)))
    data["meetings"][0]["agenda"][0]["duration_min"] = -5
    bad.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "new.bymidte"
    _choose(monkeypatch, bad, target)
    window.actions_["import_json"].trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    title, text = errors[0]
    assert title == "The JSON file could not be imported"
    assert "\n" not in text and "meetings[0].agenda[0].duration_min" in text
    assert text.startswith(f"The JSON file {bad} cannot be imported: ")
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".bymidte", ".tmp")]
    assert window.session is None


def test_an_existing_file_is_never_the_target(
    make_window, qtbot, monkeypatch, demo_json: Path, tmp_path: Path, errors
) -> None:  # type: ignore[no-untyped-def]
    window = make_window("en")
    existing = tmp_path / "existing.bymidte"
    existing.write_bytes(b"my precious project")
    _choose(monkeypatch, demo_json, existing)
    window.actions_["import_json"].trigger()
    assert errors and errors[0][1] == f"{existing} already exists; choose a new file name."
    assert existing.read_bytes() == b"my precious project"
    assert window.session is None


def test_the_danish_message_is_the_command_lines(
    make_window, qtbot, monkeypatch, demo_json: Path, tmp_path: Path, errors
) -> None:  # type: ignore[no-untyped-def]
    window = make_window("da")
    existing = tmp_path / "findes.bymidte"
    existing.write_bytes(b"x")
    _choose(monkeypatch, demo_json, existing)
    window.actions_["import_json"].trigger()
    assert errors[0][1] == f"{existing} findes allerede; vælg et nyt filnavn."
