"""The app's look: a bundled font and one small style sheet."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from workshop_app import paths

_STYLE = """
QLabel[role="appTitle"] { font-size: 22pt; font-weight: 600; }
QLabel[role="pageTitle"] { font-size: 16pt; font-weight: 600; padding-bottom: 4px; }
QLabel[role="sectionTitle"] { font-size: 12pt; font-weight: 600; }
QLabel[role="hint"] { color: palette(placeholder-text); }
QLabel[role="warning"] { background: #fff4c2; color: #3d3000; padding: 6px 8px;
                         border: 1px solid #e0c860; border-radius: 3px; }
QLabel#read_only_banner { background: #fff4c2; color: #3d3000; padding: 8px 12px;
                          border-bottom: 1px solid #e0c860; }
QFrame#pending_bar { background: #ffe3e0; border-bottom: 1px solid #d08070; }
QFrame#pending_bar QLabel { color: #4a0d00; }
QListWidget#navigation { border: none; background: palette(alternate-base); font-size: 11pt; }
QListWidget#navigation::item { padding: 10px 8px; }
QToolButton[role="startButton"] { font-size: 11pt; padding: 8px; }
QTableView#agenda_table::item { padding: 3px 4px; }
"""


def apply_style(app: QApplication) -> None:
    for face in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        QFontDatabase.addApplicationFont(str(paths.resource("fonts", face)))
    font = app.font()
    if not QFontDatabase.hasFamily(font.family()) or font.family() in ("", "Sans Serif"):
        font = QFont("DejaVu Sans", 10)
    app.setFont(font)
    app.setStyleSheet(_STYLE)
