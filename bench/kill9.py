"""kill -9 benchmark: no edit the app acknowledged is lost when its process is killed.

    python bench/kill9.py [-n 200] [--mode safe|commit-on-close|ack-before-commit] [--seed S]
                          [--max-acks 30] [--no-jitter] [--keep DIR]

Each cycle starts a child that opens one project file through the app's storage layer and
commits numbered agenda items, printing each id only after COMMIT returned; after a random number
of acknowledged edits (and a random part of the next edit) it is killed with SIGKILL. After each
kill the file is opened through the app's normal open path: every acknowledged id must be there
and ``PRAGMA integrity_check`` must be ok. Exit 0 when nothing was lost, 1 otherwise. The unsafe
modes exist to show that the same checks fail when edits are acknowledged too early.

The harness itself is ``tests/storage/killharness.py`` (the test suite runs 50 cycles of it).
This is a script, not a test.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "storage"))
sys.path.insert(0, str(ROOT))

import killharness  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--cycles", type=int, default=200, help="kill cycles (200)")
    parser.add_argument("--mode", choices=killharness.MODES, default="safe")
    parser.add_argument("--seed", type=int, help="replay a run (the seed is printed)")
    parser.add_argument("--max-acks", type=int, default=30, help="most edits before a kill")
    parser.add_argument(
        "--no-jitter", action="store_true", help="kill right after the n-th acknowledgement"
    )
    parser.add_argument("--keep", type=Path, help="work in this folder and keep the file")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kill9-") as scratch:
        work = args.keep or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        # Throw-away data and settings folders, as in the tests: backups go there, not to $HOME.
        os.environ.setdefault("WORKSHOP_APP_DATA_DIR", str(Path(scratch) / "data"))
        os.environ.setdefault("WORKSHOP_APP_CONFIG_DIR", str(Path(scratch) / "config"))
        path = work / "kill9.bymidte"
        if path.exists():
            raise SystemExit(f"{path} exists; choose an empty --keep folder")
        killharness.make_project(path)

        def progress(cycle: int, report: killharness.Report) -> None:
            if cycle % 25 == 0 or cycle == args.cycles:
                print(
                    f"  {cycle}/{args.cycles} cycles, {report.acknowledged} acknowledged, "
                    f"{len(report.lost)} lost",
                    file=sys.stderr,
                    flush=True,
                )

        report = killharness.run(
            path,
            cycles=args.cycles,
            mode=args.mode,
            seed=args.seed,
            max_acks=args.max_acks,
            jitter=not args.no_jitter,
            progress=progress,
        )
    print(report.summary())
    print("verdict:", "ok, no acknowledged edit lost" if report.ok else "FAILED")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
