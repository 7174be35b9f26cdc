"""The project report's cost for the demo and for a large project, per page (issue 14).

    python -m bench.report [-n 3] [--large FILE] [--small]

Builds the project report (Danish labels, no names) for the demo and for a large project made by
:mod:`bench.generate` (1,000 actors, 200 tests, 5,000 feedback entries; ``--small`` a tenth) in a
fresh interpreter each run, and prints the milliseconds, pages and milliseconds per page of each,
the ratio large / demo per page, and whether the cost grows linearly: the per-page cost of the
large project at most :data:`LINEAR` times the demo's (the table of contents makes every report
twice, so both sides pay that alike). Median of ``-n`` runs, alternating.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.__main__ import (  # noqa: E402
    _CHILD_TIMER,
    Env,
    bench_args,
    demo_and_large,
    side_by_side,
)

#: The large project of issue 14 (the other record kinds as ``bench.generate``'s, scaled down).
SIZES = {
    "actors": 1000,
    "tests": 200,
    "feedback": 5000,
    "counts": 800,
    "meetings": 40,
    "notes": 2000,
}
#: Per-page cost of the large report against the demo's that still counts as linear growth.
LINEAR = 1.5

_REPORT = """
import io
from pathlib import Path
from workshop_app.export.report import write_project_report
from workshop_app.services.project_service import open_project
from workshop_app.ui.headless import report_labels_for
service = open_project(Path(sys.argv[1]), read_only=True)
snapshot = service.snapshot()
service.close()
labels = report_labels_for("da")
out = io.BytesIO()
start = time.perf_counter()
write_project_report(snapshot, labels, out)
ms = (time.perf_counter() - start) * 1000
data = out.getvalue()
pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
print(json.dumps({"ms": ms, "pages": pages}))
"""


def build(env: Env, path: Path) -> dict[str, float]:
    """ms and pages of one build of ``path``'s report in a fresh interpreter."""
    out = env.run("-c", _CHILD_TIMER + _REPORT, str(path))
    data: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return data


def main(argv: list[str] | None = None) -> int:
    args = bench_args(__doc__ or "", 3, argv)
    with tempfile.TemporaryDirectory(prefix="workshop-bench-report-") as tmp:
        folder = Path(tmp)
        env = Env(folder)
        demo, large = demo_and_large(args, folder, SIZES)
        pages: dict[str, float] = {}

        def per_page(name: str, path: Path) -> float:
            result = build(env, path)
            pages[name] = result["pages"]
            pages[f"{name} ms"] = result["ms"]
            return result["ms"] / max(1.0, result["pages"])

        medians = side_by_side(
            args.runs, demo=lambda: per_page("demo", demo), large=lambda: per_page("large", large)
        )
    ratio = medians["large"] / medians["demo"]
    print(f"{'project':<8} {'pages':>6} {'ms (last run)':>14} {'ms per page (median)':>21}")
    for name in ("demo", "large"):
        line = f"{pages[name]:6.0f} {pages[name + ' ms']:14.0f} {medians[name]:21.1f}"
        print(f"{name:<8} {line}")
    verdict = "linear" if ratio <= LINEAR else f"NOT linear (> {LINEAR})"
    page_ratio = pages["large"] / pages["demo"]
    print(
        f"per page large / demo: {ratio:.2f} ({verdict}); "
        f"the large report has {page_ratio:.1f} × the pages"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
