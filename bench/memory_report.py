"""Where the memory of an open project goes: a script, not a test.

    python -m bench.memory_report PATH [--top N] [--pages]

Opens a copy of PATH in the main window (offscreen unless QT_QPA_PLATFORM is set), as
``bench.probe`` does, and prints:

- the resident memory (now and peak) after the imports, the window, the open project and, with
  ``--pages``, after each page is first shown;
- the Python objects alive by type at the end (once the project is open, or every page seen):
  how many, and how big (each object's own size, see ``own_size``), largest first;
- the lines that allocated what is still held (``tracemalloc``, grouped by file and line), after
  the open and after each page with ``--pages``.

``tracemalloc`` costs memory and time of its own: the resident figures here are higher than
``bench.probe``'s, which stay the ones to compare.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
import tempfile
import tracemalloc
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.memory import peak_rss_mb


def rss_mb() -> float:
    """This process's resident memory now, in MB (VmRSS)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def own_size(obj: object) -> int:
    """An object's own bytes, not what it refers to. A dataclass instance without slots keeps
    its fields beside the object (Python 3.13's inline values, which ``sys.getsizeof`` leaves
    out; asking for its ``__dict__`` would make one): a pointer each and a header are added."""
    size = sys.getsizeof(obj)
    kind = type(obj)
    fields = getattr(kind, "__dataclass_fields__", None)
    if fields is not None and "__slots__" not in vars(kind) and not isinstance(obj, type):
        size += 8 * len(fields) + 32
    return size


def by_type(objects: Iterable[object]) -> list[tuple[str, int, int]]:
    """(type name, count, bytes) of ``objects``, largest total first."""
    counts: Counter[str] = Counter()
    sizes: Counter[str] = Counter()
    for obj in objects:
        kind = type(obj)
        name = f"{kind.__module__}.{kind.__qualname__}"
        counts[name] += 1
        sizes[name] += own_size(obj)
    return sorted(((n, counts[n], sizes[n]) for n in counts), key=lambda t: -t[2])


def live_objects() -> list[object]:
    """Every object the collector tracks, with the strings, numbers and other leaves that the
    tracked objects refer to directly (the collector does not track those)."""
    gc.collect()
    tracked = gc.get_objects()
    seen = {id(o) for o in tracked}
    leaves: list[object] = []
    for obj in tracked:
        for ref in gc.get_referents(obj):
            if id(ref) not in seen and not gc.is_tracked(ref):
                seen.add(id(ref))
                leaves.append(ref)
    return tracked + leaves


def print_types(top: int) -> None:
    rows = by_type(live_objects())
    total = sum(r[2] for r in rows)
    print(f"\nPython objects alive by type: {total / 2**20:.1f} MB in all (own sizes)")
    print(f"{'type':60} {'count':>9} {'MB':>7}")
    for name, count, size in rows[:top]:
        print(f"{name[-60:]:60} {count:9d} {size / 2**20:7.2f}")


def print_lines(
    snapshot: tracemalloc.Snapshot, top: int, since: tracemalloc.Snapshot | None
) -> None:
    keep = [tracemalloc.Filter(False, tracemalloc.__file__)]
    snapshot = snapshot.filter_traces(keep)
    if since is None:
        stats = snapshot.statistics("lineno")
        print(f"\nHeld by line: {sum(s.size for s in stats) / 2**20:.1f} MB traced")
        for stat in stats[:top]:
            where = _where(stat.traceback[0])
            print(f"{stat.size / 2**20:7.2f} MB {stat.count:8d}  {where}")
        return
    diffs = snapshot.compare_to(since.filter_traces(keep), "lineno")
    print(f"  grew: {sum(d.size_diff for d in diffs) / 2**20:+.1f} MB traced")
    for diff in diffs[:top]:
        print(f"  {diff.size_diff / 2**20:+7.2f} MB  {_where(diff.traceback[0])}")


def _where(frame: tracemalloc.Frame) -> str:
    name = frame.filename
    for marker in ("site-packages/", "workshop_app/", "lib/python3"):
        if marker in name:
            name = name[name.index(marker) :]
            break
    return f"{name}:{frame.lineno}"


def phase(name: str) -> None:
    print(f"{name:28} rss {rss_mb():6.1f} MB   peak {peak_rss_mb():6.1f} MB", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.memory_report")
    parser.add_argument("path", type=Path, help="a project file (a copy of it is opened)")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--pages", action="store_true", help="show every page, line by line")
    parser.add_argument("--no-trace", action="store_true", help="resident figures and types only")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="bymidte-memory-") as folder:
        copy = Path(folder) / args.path.name
        shutil.copyfile(args.path, copy)
        return report(copy, args.top, pages=args.pages, trace=not args.no_trace)


def report(path: Path, top: int, *, pages: bool, trace: bool) -> int:
    """Open ``path`` and print where the memory went (see the module docstring)."""
    if trace:
        tracemalloc.start()
    phase("start")
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from workshop_app.app import create_window
    from workshop_app.ui.workspace import PAGES

    phase("imports")
    window = create_window(app)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    phase("window")
    assert window.open_path(path)
    app.processEvents()
    phase("project open")
    workspace = window.workspace
    assert workspace is not None
    last = None
    if trace:
        last = tracemalloc.take_snapshot()
        print_lines(last, top, None)
    if pages:
        for name in PAGES[1:]:
            workspace.show_page(name)
            workspace.repaint()
            app.processEvents()
            phase(f"page {name}")
            if last is not None:
                now = tracemalloc.take_snapshot()
                print_lines(now, min(top, 10), last)
                last = now
    del last
    print_types(top)  # last: the census itself takes memory
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
