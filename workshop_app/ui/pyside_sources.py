"""PySide6 reads every module imported after it, and ``linecache`` kept all of it.

To know which modules may switch on one of its ``__feature__`` options, PySide6 asks whether a
newly imported module's source mentions "PySide6" (``shibokensupport.feature``, private): with
``inspect.getsource``, which keeps every line of every file read in ``linecache`` for as long
as the app runs. That was the app's own source, the standard library's and ReportLab's once the
print page was seen: 7.5 MB held from start-up, 12 MB with every page (``bench.memory_report``),
never used again. ``install`` gives PySide6 the same answer read through the module's loader,
which keeps nothing. Nothing changes where PySide6 is not as described (another version): the
check stays its own.
"""

from __future__ import annotations

import sys
from types import ModuleType

_FEATURE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source mentions PySide6: PySide6's own answer (``False`` where there
    is no source to read), without keeping the source."""
    spec = getattr(module, "__spec__", None)
    loader = getattr(spec, "loader", None)
    get_source = getattr(loader, "get_source", None)
    if spec is None or get_source is None:
        return False
    try:
        source = get_source(spec.name)
    except (ImportError, OSError, SyntaxError, TypeError, UnicodeDecodeError):
        return False
    return isinstance(source, str) and "PySide6" in source


def install() -> bool:
    """Put ``uses_pyside`` in PySide6's place; whether it could (PySide6 as described)."""
    import PySide6  # noqa: F401  (sets up the check this replaces)

    feature = sys.modules.get(_FEATURE)
    if feature is None or not callable(getattr(feature, _CHECK, None)):
        return False
    setattr(feature, _CHECK, uses_pyside)
    return True
