"""PySide6 asks of each module imported after it whether its source mentions PySide6; the app
answers the same without keeping every line of every file in ``linecache`` (7.5 MB from start-up,
12 MB once the print page imported ReportLab)."""

from __future__ import annotations

import importlib
import linecache
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop_app.ui import pyside_sources


@pytest.fixture
def module_folder(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in ("mentions_qt_x1", "plain_x1"):
        sys.modules.pop(name, None)


def test_modules_imported_after_the_ui_leave_no_source_behind(module_folder: Path) -> None:
    assert pyside_sources.install()  # done by workshop_app.ui already; doing it again is harmless
    (module_folder / "mentions_qt_x1.py").write_text("NAME = 'PySide6'\n", encoding="utf-8")
    (module_folder / "plain_x1.py").write_text("NAME = 'plain'\n", encoding="utf-8")
    importlib.invalidate_caches()
    qt, plain = __import__("mentions_qt_x1"), __import__("plain_x1")  # as an import statement
    assert qt.__file__ not in linecache.cache
    assert plain.__file__ not in linecache.cache
    feature = sys.modules["shibokensupport.feature"]
    assert feature.pyside_feature_dict["mentions_qt_x1"] == 0  # as PySide6 itself would
    assert feature.pyside_feature_dict["plain_x1"] == -1


def test_the_answer_is_pysides_own() -> None:
    import inspect

    import workshop_app.domain.values as without
    import workshop_app.ui.pyside_sources as with_qt_name

    for module in (with_qt_name, without, sys, linecache):
        try:
            expected = "PySide6" in inspect.getsource(module)
        except (OSError, TypeError):
            expected = False
        assert pyside_sources.uses_pyside(module) is expected, module.__name__
