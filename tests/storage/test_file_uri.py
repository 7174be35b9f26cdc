"""The project file's URI for SQLite is what ``Path.as_uri()`` gives (without importing
``urllib.parse`` at start-up), and a file whose name needs quoting opens."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from workshop_app.storage.database import ProjectStore, file_uri


@pytest.mark.parametrize(
    "name",
    ["plain.bymidte", "a b.bymidte", "Ærø #1?x%.bymidte", "semi;colon&mode=rw.bymidte", "~_.-"],
)
def test_a_file_uri_is_what_as_uri_gives(tmp_path: Path, name: str) -> None:
    path = tmp_path / "sub dir" / name
    assert file_uri(path) == Path(os.path.abspath(path)).as_uri()


def test_a_relative_path_is_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert file_uri("x y.bymidte") == (tmp_path / "x y.bymidte").as_uri()


def test_a_project_whose_name_needs_quoting_opens(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "Bymidte #2 ?mode=ro 100%.bymidte"
    shutil.copy(demo_file, path)
    store = ProjectStore.open(path)
    try:
        assert not store.read_only
        assert store.project_uuid
    finally:
        store.close()
