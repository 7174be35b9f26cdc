"""The methods ``@dataclass`` writes, compiled once and kept between starts, as Python keeps a
module's bytecode.

For every class, ``dataclasses`` writes the source of its ``__init__``, ``__repr__``, ``__eq__``,
``__hash__`` and (frozen) ``__setattr__``/``__delattr__`` and compiles it as the class is made:
~0.6 ms per class, three quarters of it compiling. The first window imports ~80 of them (the
domain records, the storage's rows, the services' results): ~45 ms of each start compiling the
same texts again. :func:`install` puts a cache in front of that compiling (``dataclasses``
calls the name ``exec`` in its own module): a text seen on an earlier start gets its code object
back from the cache file; any other text is compiled as before, and :meth:`CodeCache.save`
keeps it for the next start.

The code object is what ``exec`` would have compiled from the same text (same file name
``<string>``, no ``__future__`` flags inherited: ``dataclasses`` has none), so a class is the
same with or without the cache. The file holds nothing but the compiled texts (no user data);
it belongs to this Python (its bytecode magic number heads the file) and is rewritten whole and
atomically. A missing, foreign or damaged file counts as empty. It lives in the app's data
folder, not beside the modules, so it is written where bytecode is not (the PyInstaller build,
``PYTHONDONTWRITEBYTECODE``).
"""

from __future__ import annotations

import builtins
import importlib.util
import marshal
import os
from pathlib import Path
from types import CodeType
from typing import Any

#: The cache file's first bytes: this Python's bytecode magic number (its code objects and
#: marshal format), then the format of the file itself.
HEADER = importlib.util.MAGIC_NUMBER + b"BMV-code-1\n"

#: Texts kept at most; beyond it a save keeps only those this process used (old class
#: definitions would otherwise pile up where the app is developed).
MAX_ENTRIES = 4000


class CodeCache:
    """Compiled ``dataclasses`` texts by their source, loaded from and saved to ``path``.

    The file maps each text to its marshalled code object; a code object is unmarshalled when
    its text is asked for (a start asks for the ~80 of the first window, not the whole file)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.codes: dict[str, bytes] = {}
        self.used: set[str] = set()
        #: Texts compiled by this process (not found in the file).
        self.compiled = 0
        self._load()

    def _load(self) -> None:
        try:
            data = self.path.read_bytes()
        except OSError:
            return
        if not data.startswith(HEADER):
            return
        try:
            loaded = marshal.loads(data[len(HEADER) :])
        except (EOFError, ValueError, TypeError):
            return
        if isinstance(loaded, dict):
            self.codes = {
                text: code
                for text, code in loaded.items()
                if isinstance(text, str) and isinstance(code, bytes)
            }

    def code(self, source: str) -> CodeType:
        """The code ``exec(source)`` runs: from the cache, else compiled now (and kept)."""
        self.used.add(source)
        kept = self.codes.get(source)
        if kept is not None:
            try:
                code = marshal.loads(kept)
            except (EOFError, ValueError, TypeError):
                code = None
            if isinstance(code, CodeType):
                return code
        code = compile(source, "<string>", "exec", dont_inherit=True)
        self.codes[source] = marshal.dumps(code)
        self.compiled += 1
        return code

    def exec(self, source: Any, *args: Any, **kwargs: Any) -> None:
        """``exec`` as ``dataclasses`` calls it, with the compiling done by :meth:`code`."""
        if type(source) is str:
            source = self.code(source)
        builtins.exec(source, *args, **kwargs)

    def save(self) -> bool:
        """Write the file when this process compiled anything new; ``False`` when nothing
        was written."""
        if not self.compiled:
            return False
        codes = self.codes
        if len(codes) > MAX_ENTRIES:
            codes = {text: code for text, code in codes.items() if text in self.used}
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(HEADER + marshal.dumps(codes))
            os.replace(temporary, self.path)
        except OSError:
            temporary.unlink(missing_ok=True)
            return False
        self.compiled = 0
        return True


def install(path: Path) -> CodeCache:
    """Let ``dataclasses`` compile through a :class:`CodeCache` kept in ``path``."""
    import dataclasses

    cache = CodeCache(path)
    # dataclasses looks the name up in its own module first, then in the built-ins.
    vars(dataclasses)["exec"] = cache.exec
    return cache


def uninstall() -> None:
    """``dataclasses`` compiles with the built-in ``exec`` again."""
    import dataclasses

    vars(dataclasses).pop("exec", None)
