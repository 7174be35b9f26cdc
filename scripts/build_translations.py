#!/usr/bin/env python3
"""Update the .ts sources from the code (--update) and compile them to .qm (always).

    python scripts/build_translations.py            compile resources/i18n/*.ts -> *.qm
    python scripts/build_translations.py --update   also refresh the .ts from the Python sources

Uses pyside6-lupdate / pyside6-lrelease from PySide6-Essentials; each takes well under a second.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("da",)


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "workshop_app" / "ui").rglob("*.py"))


def update(ts: Path) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def compile_ts(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return qm


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="refresh .ts from the sources")
    args = parser.parse_args()
    for lang in LANGUAGES:
        ts = I18N / f"workshop_app_{lang}.ts"
        if args.update or not ts.exists():
            update(ts)
        print(compile_ts(ts).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
