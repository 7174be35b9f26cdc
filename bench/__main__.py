"""All the figures of issue 15 in one table, each measured side by side with its baseline in the
same run (median of ``-n`` runs; runs alternate so both sides see the same machine load).

    python -m bench [-n 5] [--large FILE.bymidte|FILE.json] [--small]

- start-up to the first painted window with the demo open, against a bare PySide6 window;
- opening the large project to a painted window, against opening the demo;
- one edit on the large project (an actor renamed through the undo stack: service, commit, views
  refreshed, painted) against a bare ``sqlite3`` single-row UPDATE transaction with the app's
  pragmas on a copy of the same file, timed between the edits in the same process;
- opening each page of the large project (first time: built, laid out, painted), typing in a
  paper card, capturing a note in the live console, the tests page's actions (another test
  chosen, a plan field typed, each tab's first show), the actors page's actions (an actor added,
  deleted, its delete undone, the register sorted, the grid's first show, an actor dropped on
  it), and the worst event-loop stall around each action (each the median of ``-n`` probe
  runs, each on a fresh copy of the large project);
- the test report (every test) for the large project against the demo, per page;
- peak memory (RSS) with the large project open (and, beside it, once every page has been built
  and shown), against the bare window;
- JSON export and import of the large project: time and peak memory, against ``json.load`` of
  the same JSON.

The large project is made by :mod:`bench.generate` (unless ``--large`` names one; ``--small``
makes a tenth of it, for a quick look). Runs offscreen unless QT_QPA_PLATFORM is set. A script,
not a test: figures on shared machines are noisy, so every figure has its baseline beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.startup import with_bytecode  # noqa: E402  (the repository is on the path now)

TARGETS = {
    "start-up: demo / bare window": 3.0,
    "open: large / demo": 1.5,
    "edit: large / bare UPDATE": 3.0,
    "report per page: large / demo": 1.5,
    "peak RSS: large open / bare window": 2.5,
}
#: The tests page's actions measured by bench.probe, as the table names them.
TRIAL_ACTIONS = {
    "switch": "another test chosen",
    "plan": "a plan field typed",
    **{
        f"tab_{tab}": f"{tab} tab first shown"
        for tab in ("counts", "feedback", "summary", "decisions", "ideas", "lineage")
    },
}
#: The actors page's actions measured by bench.probe, as the table names them.
ACTOR_ACTIONS = {
    "add": "an actor added",
    "delete": "an actor deleted",
    "undo_delete": "its delete undone",
    "sort": "sorted by name",
    "grid": "grid first shown",
    "drop": "a drop on the grid",
}
PAGE_LIMIT_MS = 300.0
STALL_LIMIT_MS = 100.0
_MS = re.compile(r"^startup_ms=(\d+)$", re.MULTILINE)
_RSS = re.compile(r"^rss_mb=([\d.]+)$", re.MULTILINE)


class Env:
    """Throw-away data and settings folders; the repository first on the path; bytecode cached
    (:func:`with_bytecode`)."""

    def __init__(self, folder: Path) -> None:
        self.vars = with_bytecode(dict(os.environ), folder / "pycache")
        self.vars.setdefault("QT_QPA_PLATFORM", "offscreen")
        self.vars.update(
            WORKSHOP_APP_DATA_DIR=str(folder / "data"),
            WORKSHOP_APP_CONFIG_DIR=str(folder / "config"),
            PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        )

    def run(self, *args: str) -> str:
        result = subprocess.run(
            [sys.executable, *args],
            cwd=ROOT,
            env=self.vars,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        if result.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
        return result.stdout


def figure(pattern: re.Pattern[str], text: str) -> float:
    match = pattern.search(text)
    if match is None:
        raise SystemExit(f"no figure in:\n{text}")
    return float(match.group(1))


def side_by_side(runs: int, **commands: Callable[[], float]) -> dict[str, float]:
    """The median of ``runs`` calls of each command, alternating (after one warm-up each)."""
    for command in commands.values():
        command()
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(command())
    return {name: statistics.median(values) for name, values in samples.items()}


def timed_child(env: Env, code: str, *args: str) -> tuple[float, float]:
    """(ms, peak RSS MB) of ``code`` run in a fresh interpreter (imports not counted in ms)."""
    out = env.run("-c", _CHILD_TIMER + code, *args)
    data = json.loads(out.strip().splitlines()[-1])
    return data["ms"], data["rss_mb"]


_CHILD_TIMER = """
import json, sys, time
from bench.memory import peak_rss_mb
def done(start):
    print(json.dumps({"ms": (time.perf_counter() - start) * 1000, "rss_mb": peak_rss_mb()}))
"""
_EXPORT_JSON = """
from pathlib import Path
from workshop_app.exchange.json_format import dumps
from workshop_app.services.project_service import open_project
start = time.perf_counter()
service = open_project(Path(sys.argv[1]), read_only=True)
Path(sys.argv[2]).write_text(dumps(service.snapshot()), encoding="utf-8")
service.close()
done(start)
"""
_IMPORT_JSON = """
from pathlib import Path
from workshop_app.exchange.json_format import read_file
from workshop_app.services.project_service import create_project
start = time.perf_counter()
create_project(Path(sys.argv[2]), read_file(Path(sys.argv[1]))).close()
done(start)
"""
_JSON_LOAD = """
from pathlib import Path
start = time.perf_counter()
with open(sys.argv[1], "rb") as fh:
    json.load(fh)
done(start)
"""
_REPORT = """
import io
from pathlib import Path
from workshop_app.export.trial_report import write_trial_report
from workshop_app.services.project_service import open_project
from workshop_app.ui.headless import trial_report_labels_for
service = open_project(Path(sys.argv[1]), read_only=True)
snapshot = service.snapshot()
labels = trial_report_labels_for("da")
out = io.BytesIO()
start = time.perf_counter()
write_trial_report(snapshot, labels, out)
data = out.getvalue()
pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
result = {"ms": (time.perf_counter() - start) * 1000, "pages": pages}
print(json.dumps(result))
"""


def probed(env: Env, large: Path, runs: int) -> dict[str, Any]:
    """:mod:`bench.probe`'s figures on ``large``, each the median of ``runs`` runs (each on a
    fresh copy: the probe edits the project)."""
    samples = []
    copy = large.with_name("probe-copy.bymidte")
    for _ in range(max(1, runs)):
        shutil.copyfile(large, copy)
        samples.append(json.loads(env.run("-m", "bench.probe", str(copy)).strip().splitlines()[-1]))
        copy.unlink()
    return medians(samples)


def medians(samples: list[Any]) -> Any:
    """The median of each number in equally shaped (nested) dicts; a section the probe could
    not measure (its reason, a text) stays as it is."""
    if isinstance(samples[0], str):
        return samples[0]
    if isinstance(samples[0], dict):
        return {key: medians([sample[key] for sample in samples]) for key in samples[0]}
    return statistics.median(samples)


def report_per_page(env: Env, path: Path) -> float:
    out = env.run("-c", _CHILD_TIMER + _REPORT, str(path))
    data = json.loads(out.strip().splitlines()[-1])
    return float(data["ms"]) / max(1, int(data["pages"]))


def not_measured(name: str, why: str) -> str:
    return f"{name:<34} not measured: {why}"


def row(name: str, value: float, base: float, unit: str = "ms") -> str:
    ratio = value / base if base else float("inf")
    target = TARGETS.get(name)
    verdict = "" if target is None else ("  ok" if ratio <= target else f"  OVER (≤ {target})")
    return f"{name:<34} {value:9.1f} {unit} vs {base:9.1f} {unit}   ratio {ratio:5.2f}{verdict}"


def bench_args(description: str, runs: int, argv: list[str] | None) -> argparse.Namespace:
    """The options every benchmark takes: ``-n`` runs, ``--large FILE``, ``--small``."""
    parser = argparse.ArgumentParser(description=description.split("\n\n")[0])
    parser.add_argument("-n", "--runs", type=int, default=runs)
    parser.add_argument(
        "--large",
        type=Path,
        help="a large project to use, a project file or a JSON export (else one is made)",
    )
    parser.add_argument("--small", action="store_true", help="make a tenth of the large project")
    return parser.parse_args(argv)


def demo_and_large(
    args: argparse.Namespace, folder: Path, sizes: dict[str, int]
) -> tuple[Path, Path]:
    """The demo written afresh in ``folder``, and the large project: a copy of ``--large`` (a
    benchmark may edit it, never the file given; a ``.json`` exchange file is imported, as a
    project made by other means would come), else one generated with ``sizes`` (a tenth of
    them with ``--small``)."""
    from workshop_app.services.demo import write_demo

    demo = folder / "demo.bymidte"
    write_demo(demo).close()
    large = folder / "large.bymidte"
    if args.large is not None and args.large.suffix.lower() == ".json":
        from workshop_app.exchange.json_format import read_file
        from workshop_app.services.project_service import create_project

        print(f"importing {args.large} …", file=sys.stderr)
        create_project(large, read_file(args.large)).close()
    elif args.large is not None:
        shutil.copyfile(args.large, large)
    else:
        from bench.generate import generate

        sizes = {k: (v // 10 if args.small else v) for k, v in sizes.items()}
        print(f"making the large project {sizes} …", file=sys.stderr)
        generate(large, sizes).close()
    return demo, large


def main(argv: list[str] | None = None) -> int:
    from bench.generate import DEFAULTS

    args = bench_args(__doc__ or "", 5, argv)
    with tempfile.TemporaryDirectory(prefix="workshop-bench-") as tmp:
        folder = Path(tmp)
        env = Env(folder)
        demo, large = demo_and_large(args, folder, DEFAULTS)
        mb = large.stat().st_size / 1e6
        print(
            f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
            f"QT_QPA_PLATFORM={env.vars['QT_QPA_PLATFORM']}, large project {mb:.1f} MB, "
            f"median of {args.runs}"
        )
        lines: list[str] = []

        bare = [str(ROOT / "bench" / "bare_window.py")]
        app = ["-m", "workshop_app", "--quit-after-startup"]
        starts = side_by_side(
            args.runs,
            bare=lambda: figure(_MS, env.run(*bare)),
            demo=lambda: figure(_MS, env.run(*app, str(demo))),
            large=lambda: figure(_MS, env.run(*app, str(large))),
        )
        lines.append(row("start-up: demo / bare window", starts["demo"], starts["bare"]))
        lines.append(row("open: large / demo", starts["large"], starts["demo"]))

        probe = probed(env, large, args.runs)
        stalls = [p["stall_ms"] for p in probe["pages"].values()]
        edit = probe["edit"]
        if isinstance(edit, str):
            lines.append(not_measured("edit: large / bare UPDATE", edit))
        else:
            # The baseline is timed in the probe, between its edits (bench.probe.BareUpdate).
            lines.append(row("edit: large / bare UPDATE", edit["ms"], edit["bare_ms"]))
            stalls.append(edit["stall_ms"])
        for key, name in (
            ("card", "add a feedback card (large)"),
            ("note", "capture a live note (large)"),
        ):
            figures = probe[key]
            if isinstance(figures, str):
                lines.append(not_measured(name, figures))
            else:
                lines.append(f"{name:<34} {figures['ms']:9.1f} ms")
                stalls.append(figures["stall_ms"])
        for key, page, names in (
            ("trials", "tests", TRIAL_ACTIONS),
            ("actors", "actors", ACTOR_ACTIONS),
        ):
            if isinstance(probe[key], str):
                lines.append(not_measured(f"{page}: actions", probe[key]))
                continue
            for action, figures in probe[key].items():
                name = f"{page}: {names.get(action, action)}"
                lines.append(
                    f"{name:<34} {figures['ms']:9.1f} ms   stall {figures['stall_ms']:.1f} ms"
                )
                stalls.append(figures["stall_ms"])
        worst = max(stalls)
        for name, page in probe["pages"].items():
            verdict = "ok" if page["ms"] <= PAGE_LIMIT_MS else f"OVER (≤ {PAGE_LIMIT_MS:.0f})"
            lines.append(f"{'open page ' + name:<34} {page['ms']:9.1f} ms   {verdict}")
        lines.append(
            f"{'worst event-loop stall':<34} {worst:9.1f} ms   "
            + ("ok" if worst <= STALL_LIMIT_MS else f"OVER (≤ {STALL_LIMIT_MS:.0f})")
        )

        bare_rss = figure(_RSS, env.run(*bare, "--rss"))
        opened = probe["rss_open_mb"]
        lines.append(row("peak RSS: large open / bare window", opened, bare_rss, "MB"))
        lines.append(row("peak RSS: every page seen / bare", probe["rss_mb"], bare_rss, "MB"))

        per_page = side_by_side(
            max(1, args.runs // 2),
            demo=lambda: report_per_page(env, demo),
            large=lambda: report_per_page(env, large),
        )
        lines.append(row("report per page: large / demo", per_page["large"], per_page["demo"]))

        exported = folder / "large.json"
        export_ms, export_rss = timed_child(env, _EXPORT_JSON, str(large), str(exported))
        load_ms, load_rss = timed_child(env, _JSON_LOAD, str(exported))
        imported = folder / "imported.bymidte"
        import_ms, import_rss = timed_child(env, _IMPORT_JSON, str(exported), str(imported))
        lines.append(row("JSON export / json.load", export_ms, load_ms))
        lines.append(row("JSON import / json.load", import_ms, load_ms))
        lines.append(row("JSON export RSS / json.load", export_rss, load_rss, "MB"))
        lines.append(row("JSON import RSS / json.load", import_rss, load_rss, "MB"))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
