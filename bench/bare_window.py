"""Baseline for bench/startup.py: a bare PySide6 main window, timed like the app.

Prints ``startup_ms=N``: from the process start (Linux: /proc/self/stat, the same clock the app
uses) until the window has painted once and the event loop is free again, then exits 0.
Run with the repository on ``sys.path`` (bench/startup.py does) for ``process_start_time``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: the repository on the path for the report
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    painted = Signal()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = Window()
    window.setWindowTitle("bare window")
    window.resize(1200, 800)
    reported: list[bool] = []

    def report() -> None:
        if reported:
            return
        reported.append(True)
        now = time.time()
        # Imported only now so the baseline pays for nothing of ours before its first paint.
        from workshop_app.__main__ import process_start_time

        print(f"startup_ms={int((now - process_start_time()) * 1000)}", flush=True)
        if "--rss" in sys.argv:  # peak memory, for bench/__main__.py
            from bench.memory import peak_rss_mb

            print(f"rss_mb={peak_rss_mb():.1f}")
        window.close()
        app.quit()

    window.painted.connect(lambda: QTimer.singleShot(0, report))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
