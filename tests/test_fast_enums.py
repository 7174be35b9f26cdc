"""Qt's enums made the quick way are the enums Python makes the usual way (fast_enums.py).

Each check of Qt's enums runs in a fresh interpreter: PySide6 makes an enum once per process,
when it first creates the class holding it.
"""

from __future__ import annotations

import enum
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from workshop_app import fast_enums

ROOT = Path(__file__).resolve().parents[1]

#: Records every enum PySide6 makes for QtCore, QtGui and QtWidgets (every class of the three
#: created by the star imports), then makes each again both ways and compares them.
_EVERY_QT_ENUM = r"""
import enum, json
calls = []
usual = enum.EnumType._create_
def record(cls, class_name, names, **kwargs):
    calls.append((cls, class_name, list(names), kwargs))
    return usual(cls, class_name, names, **kwargs)
enum.EnumType._create_ = record
from PySide6.QtCore import *
from PySide6.QtGui import *
from PySide6.QtWidgets import *
enum.EnumType._create_ = usual
from workshop_app import fast_enums

def make(cls, name, names, kwargs):
    return cls(name, names, boundary=kwargs["boundary"])

def differences(a, b):
    found = []
    try:
        enum._test_simple_enum(a, b)  # the standard library's own check of _simple_enum
    except TypeError as exc:
        found.append(str(exc)[:200])
    if set(vars(a)) != set(vars(b)):
        found.append(f"keys {set(vars(a)) ^ set(vars(b))}")
    for key, x in vars(a).items():
        y = vars(b).get(key)
        if isinstance(x, a):
            if not (isinstance(y, b) and (x._name_, x._value_, x._sort_order_, set(vars(x)))
                    == (y._name_, y._value_, y._sort_order_, set(vars(y)))):
                found.append(f"member {key}")
        elif type(x) is not type(y):
            found.append(f"type of {key}")
        elif isinstance(x, staticmethod) and x.__func__ is not y.__func__:
            found.append(f"static method {key}")
        elif key in ("_member_names_", "_use_args_", "_member_type_", "_value_repr_", "__doc__",
                     "_boundary_", "_flag_mask_", "_singles_mask_", "_all_bits_", "_inverted_",
                     "_unhashable_values_", "__module__") and x != y:
            found.append(f"{key}: {x!r} != {y!r}")
    if {v: m._name_ for v, m in a._value2member_map_.items()} != {
            v: m._name_ for v, m in b._value2member_map_.items()}:
        found.append("values")
    if {n: m._name_ for n, m in a._member_map_.items()} != {
            n: m._name_ for n, m in b._member_map_.items()}:
        found.append("aliases")
    if [(m.name, repr(m), str(m), format(m)) for m in a] != [
            (m.name, repr(m), str(m), format(m)) for m in b]:
        found.append("iteration or texts")
    if a.__mro__[1:] != b.__mro__[1:] or type(a) is not type(b):
        found.append("bases")
    if issubclass(a, enum.Flag):
        names = list(a.__members__)[:8]
        for x in names:
            if (~a[x])._value_ != (~b[x])._value_:
                found.append(f"~{x}")
            for y in names:
                if [(a[x] | a[y])._value_, (a[x] & a[y])._value_, (a[x] ^ a[y])._value_] != [
                        (b[x] | b[y])._value_, (b[x] & b[y])._value_, (b[x] ^ b[y])._value_]:
                    found.append(f"{x} | {y}")
    return found

problems, fallbacks = [], []
for cls, name, names, kwargs in calls:
    usual_enum = make(cls, name, names, kwargs)
    fast_enums.install()
    usual_way = fast_enums._original
    def fell_back(*args, **kw):
        fallbacks.append(name)
        return usual_way(*args, **kw)
    fast_enums._original = fell_back
    try:
        quick_enum = make(cls, name, names, kwargs)
    finally:
        fast_enums._original = usual_way
        fast_enums.uninstall()
    problems += [f"{name}: {text}" for text in differences(usual_enum, quick_enum)]
print(json.dumps({"calls": len(calls), "members": sum(len(c[2]) for c in calls),
                  "problems": problems[:20], "fallbacks": fallbacks[:20]}))
"""

#: What the app asks of Qt's enums, printed to be compared with and without the quick way.
_QT_ENUM_USES = r"""
import json, pickle, sys
if sys.argv[1] == "quick":
    from workshop_app import fast_enums
    assert fast_enums.install()
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget
app = QApplication([])
w = QWidget()
w.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.WindowStaysOnTopHint)
align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
out = {
    "flags": repr(w.windowFlags()),
    "flags_value": w.windowFlags().value,
    "align": [repr(align), str(align), align.value, Qt.AlignmentFlag.AlignLeft in align,
              repr(~Qt.AlignmentFlag.AlignLeft), list(map(repr, align))],
    "pseudo": repr(Qt.AlignmentFlag(0x21)),
    "missing_event": repr(QEvent.Type(60000)),
    "by_value": repr(QEvent.Type(17)),
    "int": [isinstance(QSizePolicy.Policy.Expanding, int), int(Qt.Key.Key_A)],
    "members": len(Qt.Key.__members__),
    "pickled": repr(pickle.loads(pickle.dumps(Qt.AlignmentFlag.AlignRight))),
    "qualname": [Qt.AlignmentFlag.__qualname__, Qt.AlignmentFlag.__module__,
                 QLocale.Language.__qualname__, QLocale.Language.__doc__],
    "aliases": [Qt.Key["Key_Any"].name, QLocale.Language["Afan"].name],
    "compare": [QEvent.Type.Show == QEvent.Type.Show, Qt.Key.Key_B > Qt.Key.Key_A],
}
print(json.dumps(out, sort_keys=True))
"""


def _child(code: str, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


@pytest.fixture
def quick_way() -> Iterator[None]:
    if not fast_enums.install():
        pytest.skip("the quick way is not checked on this Python")
    yield
    fast_enums.uninstall()


@pytest.mark.skipif(sys.version_info[:2] not in fast_enums.CHECKED, reason="not checked there")
def test_every_qt_enum_is_made_the_quick_way_as_the_usual_way_makes_it() -> None:
    seen = json.loads(_child(_EVERY_QT_ENUM))
    assert seen["calls"] > 500 and seen["members"] > 5000  # all three modules' enums
    assert seen["fallbacks"] == []  # each went the quick way
    assert seen["problems"] == []


@pytest.mark.skipif(sys.version_info[:2] not in fast_enums.CHECKED, reason="not checked there")
def test_qt_enums_behave_the_same_made_the_quick_way() -> None:
    usual = json.loads(_child(_QT_ENUM_USES, "usual"))
    quick = json.loads(_child(_QT_ENUM_USES, "quick"))
    assert quick == usual
    assert usual["missing_event"] and usual["aliases"] == ["Key_Space", "Oromo"]


def test_other_enums_are_made_the_usual_way(quick_way: None) -> None:
    # names without values, a module given, no boundary, a name the base has as a descriptor
    # (EnumType redirects it), a name given twice (EnumType refuses it): all the usual way.
    plain: Any = enum.Enum
    functional: Any = enum.IntEnum  # the functional API, as PySide6 calls it
    by_names = plain("Colour", "RED GREEN")
    assert [m.value for m in by_names] == [1, 2]
    assert by_names.__module__ == __name__  # the caller's module, as the usual way finds it
    assert plain("Named", "A", module="elsewhere").__module__ == "elsewhere"
    unbounded = functional("Plain", [("A", 1)])
    assert unbounded.__doc__ is None and unbounded.__module__ == __name__
    real = functional("Parts", [("real", 1), ("other", 2)], boundary=enum.KEEP)
    assert type(vars(real)["real"]) is enum.property and real.real.value == 1
    with pytest.raises(TypeError):
        functional("Twice", [("A", 1), ("A", 2)], boundary=enum.KEEP)
    flag: Any = enum.IntFlag
    made = flag("Mask", [("ONE", 1), ("TWO", 2), ("BOTH", 3)], boundary=enum.KEEP)
    assert made.__module__ == __name__  # the caller's module, as the usual way finds it
    assert made._member_names_ == ["ONE", "TWO"] and made(3) is made.BOTH
    assert repr(made(4)) == "<Mask: 4>"  # KEEP: unknown bits kept


def test_uninstall_restores_the_usual_way() -> None:
    usual = vars(enum.EnumType)["_create_"]
    if not fast_enums.install():
        pytest.skip("the quick way is not checked on this Python")
    assert vars(enum.EnumType)["_create_"] is fast_enums._create_
    assert fast_enums.install()  # a second install changes nothing
    fast_enums.uninstall()
    assert vars(enum.EnumType)["_create_"] is usual


def test_the_gui_makes_qt_enums_the_quick_way_before_importing_pyside(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from workshop_app import __main__ as entry
    from workshop_app import app, code_cache

    seen: list[bool] = []

    def run_gui(path: object, *, quit_after_startup: bool, process_start: float) -> int:
        seen.append(vars(enum.EnumType)["_create_"] is fast_enums._create_)
        return 0

    monkeypatch.setattr(app, "run_gui", run_gui)
    monkeypatch.setattr(entry.gc, "disable", lambda: None)
    monkeypatch.setattr(entry, "_setup_logging", lambda: None)
    try:
        assert entry.main([]) == 0
    finally:
        fast_enums.uninstall()
        code_cache.uninstall()
    assert seen == [sys.version_info[:2] in fast_enums.CHECKED]
