"""Start-up benchmark: the app against a bare PySide6 window, measured the same way, same run.

    python bench/startup.py [-n 9] [--platform offscreen|xcb|wayland] [--frozen dist/workshop-app]

Each sample is a fresh process that prints ``startup_ms=N``: milliseconds from the process start
(Linux /proc/self/stat, see ``workshop_app.__main__.process_start_time``) to the first paint of
its main window. The app runs as ``python -m workshop_app --quit-after-startup`` (which opens the
demo project) with throw-away data and settings folders; the baseline is bench/bare_window.py.
Runs alternate between the two so both see the same machine load. One warm-up run of each is
not counted (it compiles .pyc files, into the run's own cache even where PYTHONDONTWRITEBYTECODE
is set, the app keeps its dataclasses' compiled methods in the run's data folder as on any
start after the first, ``workshop_app/code_cache.py``, and it fills the OS file cache). This is
a script, not a test.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = Path(__file__).resolve().parent / "bare_window.py"
PATTERN = re.compile(r"^startup_ms=(\d+)$", re.MULTILINE)


def with_bytecode(env: dict[str, str], folder: Path) -> dict[str, str]:
    """``env`` with Python's bytecode cache on, kept in ``folder``: an installed app (a wheel, the
    PyInstaller build) starts from compiled modules, so the runs measure that. Where
    PYTHONDONTWRITEBYTECODE is set (as on the team's machines), every start would compile the
    app's ~180 modules from source: ~180 ms more CPU per start, counted against the app alone.
    The warm-up run of each command writes the cache."""
    env = dict(env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder)
    return env


def children_cpu_ms() -> float:
    """CPU time (user + system) of the finished child processes so far; 0 without ``resource``."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def measure(command: list[str], env: dict[str, str], cpu: list[float] | None = None) -> int:
    """The ``startup_ms`` a run prints; its whole CPU time (to its exit) appended to ``cpu``: on
    a shared machine the CPU time of a start barely moves while the wall time doubles."""
    before = children_cpu_ms()
    result = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    match = PATTERN.search(result.stdout)
    if result.returncode != 0 or match is None:
        raise SystemExit(
            f"{' '.join(command)} failed (exit {result.returncode}):\n"
            f"{result.stdout}\n{result.stderr}"
        )
    if cpu is not None:
        cpu.append(children_cpu_ms() - before)
    return int(match.group(1))


def summary(name: str, samples: list[int]) -> str:
    return (
        f"{name:<10} median {statistics.median(samples):7.1f} ms"
        f"   min {min(samples):5d}   max {max(samples):5d}   ({len(samples)} runs)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--runs", type=int, default=9, help="counted runs of each (9)")
    parser.add_argument(
        "--platform",
        default=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        help="QT_QPA_PLATFORM for both (default: $QT_QPA_PLATFORM or offscreen)",
    )
    parser.add_argument(
        "--frozen",
        type=Path,
        metavar="FOLDER",
        help="also time a PyInstaller build (the folder holding workshop-app)",
    )
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("note: without /proc the numbers start at the first import, not the process start")

    with tempfile.TemporaryDirectory(prefix="workshop-bench-") as tmp:
        env = with_bytecode(dict(os.environ), Path(tmp, "pycache"))
        env.update(
            QT_QPA_PLATFORM=args.platform,
            WORKSHOP_APP_DATA_DIR=str(Path(tmp, "data")),
            WORKSHOP_APP_CONFIG_DIR=str(Path(tmp, "config")),
            PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        )
        commands = {
            "bare": [sys.executable, str(BARE)],
            "app": [sys.executable, "-m", "workshop_app", "--quit-after-startup"],
        }
        if args.frozen is not None:
            exe = args.frozen / ("workshop-app-cli.exe" if os.name == "nt" else "workshop-app")
            commands["frozen app"] = [str(exe), "--quit-after-startup"]
        samples: dict[str, list[int]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():  # warm-up, not counted
            measure(command, env)
        for _ in range(args.runs):
            for name, command in commands.items():
                samples[name].append(measure(command, env, cpu[name]))

    print(f"Python {sys.version.split()[0]}, QT_QPA_PLATFORM={args.platform}")
    for name, values in samples.items():
        print(summary(name, values))
    bare = statistics.median(samples["bare"])
    bare_cpu = statistics.median(cpu["bare"])
    for name in samples:
        if name != "bare":
            ratio = statistics.median(samples[name]) / bare
            print(f"ratio {name} / bare: {ratio:.2f}")
            if bare_cpu:
                used = statistics.median(cpu[name])
                print(f"  CPU to exit {used:.0f} ms vs {bare_cpu:.0f} ms: {used / bare_cpu:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
