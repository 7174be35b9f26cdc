#!/usr/bin/env python3
"""Render the icon registry (workshop_app/ui/icons.py) to PNG files in resources/icons/."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    import qtawesome as qta
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from workshop_app.ui.icons import COLOR, ICONS, SIZES, file_name

    app = QApplication.instance() or QApplication([])
    out = ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    for role, glyph in ICONS.items():
        icon = qta.icon(glyph, color=COLOR)
        for size in SIZES:
            icon.pixmap(QSize(size, size)).save(str(out / file_name(role, size)))
    print(f"{len(ICONS) * len(SIZES)} icons in {out.relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
