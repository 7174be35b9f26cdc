"""The dataclasses' compiled methods are kept between starts (workshop_app/code_cache.py).

Structure, not time: a class made through the cache is the class ``dataclasses`` makes alone,
a second start compiles nothing, and the GUI's start keeps the cache in the data folder.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from workshop_app import code_cache

ROOT = Path(__file__).resolve().parents[1]

#: A record as the domain writes them: frozen, slots, defaults, a default factory, a docstring.
SOURCE = '''
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Record:
    """A record."""

    uuid: str
    name: str = ""
    when: dt.date | None = None
    tags: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)
    count: int = 0


@dataclass(order=True)
class Plain:
    x: int
    y: float = 1.5
'''


def _classes() -> dict[str, object]:
    """The classes of :data:`SOURCE`, made anew in a module of their own."""
    module = types.ModuleType("records_for_the_code_cache")
    sys.modules[module.__name__] = module  # dataclasses reads string annotations there
    try:
        exec(compile(SOURCE, "records.py", "exec", dont_inherit=True), module.__dict__)
    finally:
        del sys.modules[module.__name__]
    return module.__dict__


def test_a_class_made_through_the_cache_is_the_class_dataclasses_makes(tmp_path: Path) -> None:
    plain = _classes()
    cache = code_cache.install(tmp_path / "code.bin")
    try:
        cached = _classes()
    finally:
        code_cache.uninstall()
    assert dataclasses.__dict__.get("exec") is None  # the built-in exec again
    # each text compiled once, by the cache (one per class on 3.13, one per method before)
    assert cache.compiled == len(cache.codes) >= 2
    for name in ("Record", "Plain"):
        a, b = plain[name], cached[name]
        assert isinstance(a, type) and isinstance(b, type)
        for method in ("__init__", "__repr__", "__eq__", "__setattr__", "__lt__"):
            if method in a.__dict__:
                assert a.__dict__[method].__code__ == b.__dict__[method].__code__
                # no __future__ flag of ours leaked in: annotations are the same objects
                assert a.__dict__[method].__annotations__ == b.__dict__[method].__annotations__
    record = cached["Record"]("u1", "Torvet")  # type: ignore[operator]
    assert repr(record) == repr(plain["Record"]("u1", "Torvet"))  # type: ignore[operator]
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.name = "x"  # type: ignore[attr-defined]


def test_a_second_start_compiles_nothing(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "code.bin"
    first = code_cache.install(path)
    try:
        _classes()
    finally:
        code_cache.uninstall()
    assert first.compiled and first.save() and path.is_file()
    again = code_cache.install(path)
    try:
        classes = _classes()
    finally:
        code_cache.uninstall()
    assert again.compiled == 0
    assert not again.save()  # nothing new: the file is left as it is
    assert classes["Plain"](1) < classes["Plain"](2)  # type: ignore[operator]


@pytest.mark.parametrize(
    "content",
    [b"", b"not a cache", code_cache.HEADER + b"\x00garbage", b"\x00\x00\x00\x00" + b"x" * 40],
)
def test_a_damaged_or_foreign_file_counts_as_empty(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "code.bin"
    path.write_bytes(content)
    cache = code_cache.install(path)
    try:
        _classes()
    finally:
        code_cache.uninstall()
    assert cache.compiled == len(cache.codes) >= 2
    assert cache.save()
    assert path.read_bytes().startswith(code_cache.HEADER)


def test_a_damaged_entry_is_compiled_again(tmp_path: Path) -> None:
    path = tmp_path / "code.bin"
    cache = code_cache.install(path)
    try:
        _classes()
    finally:
        code_cache.uninstall()
    cache.codes = {text: b"\x00broken" for text in cache.codes}
    cache.save()
    again = code_cache.install(path)
    try:
        classes = _classes()
    finally:
        code_cache.uninstall()
    assert again.compiled == len(cache.codes)
    assert classes["Record"]("u").name == ""  # type: ignore[operator]


def test_the_gui_keeps_the_cache_in_the_data_folder(tmp_path: Path) -> None:
    # Two starts: the first writes the cache, the second finds every text in it and leaves the
    # file untouched. Where bytecode is not written (PYTHONDONTWRITEBYTECODE, the PyInstaller
    # build) the cache is written all the same: it is the app's data, not beside the modules.
    data = tmp_path / "data"
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        WORKSHOP_APP_DATA_DIR=str(data),
        WORKSHOP_APP_CONFIG_DIR=str(tmp_path / "config"),
    )

    def start() -> None:
        result = subprocess.run(
            [sys.executable, "-m", "workshop_app", "--quit-after-startup"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr

    start()
    files = list((data / "cache").glob("dataclass-code.*.bin"))
    assert len(files) == 1
    written = files[0].stat().st_mtime_ns
    assert len(code_cache.CodeCache(files[0]).codes) > 50  # the window's records
    start()
    assert files[0].stat().st_mtime_ns == written
