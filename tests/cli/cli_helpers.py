"""Run the command line as a user would: a child process, offscreen, in a chosen language."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str | Path, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), LANG=f"{lang}.UTF-8")
    env.pop("LANGUAGE", None)
    result = subprocess.run(
        [sys.executable, "-m", "workshop_app", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    found = re.search(r"details in (.+?)\)", result.stderr)
    if result.returncode != 0 and found:  # an internal error: its log in the test's failure
        log = Path(found.group(1))
        if log.is_file():
            result.stderr += "\n--- " + str(log) + "\n" + log.read_text(errors="replace")[-6000:]
    return result
