"""Qt's enums made the quick way the standard library makes its own.

PySide6 makes every Qt enum a Python enum when it first creates the class that holds it, through
the functional API (``IntEnum("AlignmentFlag", [("AlignLeft", 1), ...], boundary=KEEP)``).
Python's ``EnumType`` then runs its general class machinery member by member (~10 µs each): the
first window makes ~320 enums with ~3,100 members that a bare window does not (the ``Qt``
namespace, every widget class the first scroll area's gesture manager makes PySide6 look
through), ~40 ms of each start.

The standard library makes its own large enums (``re.RegexFlag``, ``http.HTTPStatus``,
``signal.Signals``…) with ``enum._simple_enum``, which builds the same class without that
machinery and which its test suite checks against the class-statement form
(``enum._test_simple_enum``). :func:`install` sends the functional calls shaped as PySide6's
(a plain ``Enum``/``IntEnum``/``Flag``/``IntFlag``, ``(name, int)`` pairs, ``boundary=KEEP``, no
member name that is already an attribute of the base, no name given twice) that way, about
twice as fast; any other call goes the usual way. ``tests/test_fast_enums.py`` checks every
enum of QtCore, QtGui and QtWidgets made both ways for the same members, values, order,
aliases, flag masks, docs and behaviour.
"""

from __future__ import annotations

import builtins
import enum
import sys
from collections.abc import Callable
from typing import Any

#: The bases PySide6 makes its enums from (``shiboken``'s ``createEnumForPython``).
BASES: tuple[type[enum.Enum], ...] = (enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag)

#: The names each base already has (a member of that name would need ``EnumType``'s redirect).
_TAKEN: dict[type, frozenset[str]] = {
    base: frozenset(name for cls in base.__mro__ for name in vars(cls)) for base in BASES
}

_original: Callable[..., type[enum.Enum]] | None = None


def _plain_pairs(etype: type, names: object) -> dict[str, int] | None:
    """``names`` as a dict, when they are ``(name, int)`` pairs the quick way makes as the
    usual way does; else ``None``."""
    if type(names) is not list:
        return None
    taken = _TAKEN[etype]
    members: dict[str, int] = {}
    for pair in names:
        if type(pair) is not tuple or len(pair) != 2:
            return None
        name, value = pair
        if (
            type(name) is not str
            or type(value) is not int
            or not name
            or name[0] == "_"
            or name in taken
            or name in members
        ):
            return None
        members[name] = value
    return members


def _create_(
    cls: type[enum.Enum],
    class_name: str,
    names: Any,
    *,
    module: str | None = None,
    qualname: str | None = None,
    type: type | None = None,
    start: int = 1,
    boundary: enum.FlagBoundary | None = None,
) -> type[enum.Enum]:
    """``EnumType._create_`` with the quick way for PySide6's calls."""
    assert _original is not None
    unknown = False
    if module is None:
        # Where EnumType._create_ looks (frame 2: the caller of EnumType.__call__), looked up
        # here: the usual way, called from here, would find EnumType.__call__'s module.
        module = sys._getframemodulename(2)  # type: ignore[attr-defined]
        unknown = module is None
    members = None
    if cls in BASES and type is None and qualname is None and boundary is enum.KEEP:
        members = _plain_pairs(cls, names)
    if members is None or unknown:
        made = _original(
            cls,
            class_name,
            names,
            module="<unknown>" if unknown else module,
            qualname=qualname,
            type=type,
            start=start,
            boundary=boundary,
        )
        if unknown:  # as EnumType makes a class whose module it cannot find
            enum._make_class_unpicklable(made)  # type: ignore[attr-defined]
        return made
    body: dict[str, Any] = {"__module__": module, "__qualname__": class_name, **members}
    template = builtins.type(class_name, (), body)
    made = enum._simple_enum(cls, boundary=boundary)(template)  # type: ignore[attr-defined]
    # What EnumType.__new__ leaves otherwise: no docstring (_simple_enum writes one), the
    # base's _generate_next_value_ as a static method (_simple_enum keeps the function).
    made.__doc__ = None
    made._generate_next_value_ = staticmethod(made.__dict__["_generate_next_value_"])
    return made


#: The Pythons whose ``_simple_enum`` was checked to make PySide6's enums as ``EnumType`` does
#: (``tests/test_fast_enums.py``; on 3.12 the members differ): elsewhere the usual way.
CHECKED = ((3, 13),)


def install() -> bool:
    """Make PySide6's enums the quick way from now on, on a Python in :data:`CHECKED`;
    ``True`` when it does."""
    global _original
    if _original is not None:
        return True
    if sys.version_info[:2] not in CHECKED or not hasattr(enum, "_simple_enum"):
        return False
    _original = vars(enum.EnumType)["_create_"]
    setattr(enum.EnumType, "_create_", _create_)  # noqa: B010 (a method mypy knows otherwise)
    return True


def uninstall() -> None:
    """Enums are made the usual way again."""
    global _original
    if _original is not None:
        setattr(enum.EnumType, "_create_", _original)  # noqa: B010
        _original = None
