"""Guard against the PySide6 6.12.0 + Python 3.11 reference bug (see pyproject.toml).

There, every call of a void Qt method drops a reference to None; a long session aborts the
process with "none_dealloc". This runs many such calls in a child process and expects it to live.
"""

from __future__ import annotations

import os
import subprocess
import sys

_CHILD = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(60000):
    label.setText(str(i))
    app.processEvents()
print("alive")
"""


def test_many_void_calls_do_not_abort_the_process() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _CHILD],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0 and "alive" in result.stdout, (
        f"PySide6 under-counts references on this Python: {result.stderr[-400:]}"
    )
