"""Python's cyclic garbage collector runs only on the GUI thread.

The collector runs in whichever thread happens to allocate when a threshold is crossed. If that
is a worker thread (a PDF being built) and the garbage holds Qt widgets (a closed dialog, a
replaced page), the widgets are destroyed off the GUI thread and the app crashes with a
segmentation fault. So automatic collection is switched off and a timer on the GUI thread
collects instead, generation by generation as the thresholds say — the approach of pyqtgraph's
``GarbageCollector``. Reference counting (most of the freeing) is not affected.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: How often the GUI thread looks at the collector's counts.
INTERVAL_MS = 1000

_installed: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, as the automatic
        collector would have."""
        collect_due(self.threshold)


def collect_due(threshold: tuple[int, int, int]) -> None:
    """Collect the generations whose counts passed ``threshold`` (``gc.get_threshold()``)."""
    young, middle, old = gc.get_count()
    if young > threshold[0]:
        gc.collect(0)
        if middle > threshold[1]:
            gc.collect(1)
            if old > threshold[2]:
                gc.collect(2)


def install() -> GuiThreadCollector:
    """Switch to collecting on the GUI thread (once per application; call it from that thread
    after the QApplication exists)."""
    global _installed
    if _installed is None:
        _installed = GuiThreadCollector(QCoreApplication.instance())
        _installed.destroyed.connect(_forget)
    return _installed


def _forget(*_: object) -> None:
    global _installed
    _installed = None
    gc.enable()
