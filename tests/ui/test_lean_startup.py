"""Start-up stays lean: ReportLab, QtPdf and the JSON exchange load only when first used."""

from __future__ import annotations

import os
import subprocess
import sys


def test_opening_the_main_window_does_not_load_pdf_libraries() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from workshop_app.app import create_window\n"
        "app = QApplication([])\n"
        "window = create_window(app)\n"
        "window.open_demo()\n"
        "window.show()\n"
        "app.processEvents()\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] == 'reportlab'\n"
        "               or m.startswith(('PySide6.QtPdf', 'workshop_app.export', 'qtawesome')))\n"
        "print(heavy)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_every_icon_role_is_pre_rendered() -> None:
    from workshop_app import paths
    from workshop_app.ui.icons import ICONS, SIZES, file_name

    folder = paths.resource("icons")
    missing = [
        file_name(role, size)
        for role in ICONS
        for size in SIZES
        if not (folder / file_name(role, size)).is_file()
    ]
    assert not missing, "run scripts/render_icons.py: " + ", ".join(missing)
