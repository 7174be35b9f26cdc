"""sqlite-utils imported with its module-level regular expressions compiled on first use."""

from __future__ import annotations

import re
import sys
from typing import Any


class PatternOnFirstUse:
    """A regular expression that is compiled the first time it is used."""

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[Any] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = _compile_now(*self._source)
        return getattr(self._compiled, name)


_compile_now = re.compile


def import_sqlite_utils() -> None:
    """Import sqlite-utils with the regular expressions it compiles as it loads compiled on first
    use instead (:class:`PatternOnFirstUse`).

    One of them, for finding the module of an FTS virtual table, matches names case-insensitively
    over every character from U+0080 to U+FFFF: compiling it takes ~25 ms, a third of
    sqlite-utils' import, and the app never creates or asks about virtual tables. Nothing else
    sees the substitution: it covers only calls from sqlite-utils' own modules, while they load.
    """
    if "sqlite_utils" in sys.modules:
        return

    def compile_later(pattern: str | bytes, flags: int = 0) -> Any:
        caller = sys._getframe(1).f_globals.get("__name__", "")
        if caller == "sqlite_utils" or caller.startswith("sqlite_utils."):
            return PatternOnFirstUse(pattern, flags)
        return _compile_now(pattern, flags)

    re.compile = compile_later  # type: ignore[assignment]
    try:
        import sqlite_utils  # noqa: F401
    finally:
        re.compile = _compile_now
