"""One registry of icons. Views ask for a role, never a glyph name.

The icons are drawn with qtawesome (Material Design Icons) and pre-rendered to PNG files in
``resources/icons/`` by ``scripts/render_icons.py``. The app loads those files, so start-up does
not pay for qtawesome's import (~0.3 s) and locked-down Windows laptops need not accept
qtawesome's font install. A role without files falls back to qtawesome at run time.
"""

from __future__ import annotations

import os
from functools import cache

from PySide6.QtGui import QIcon

from workshop_app import paths

ICONS = {
    "new": "mdi6.file-plus-outline",
    "open": "mdi6.folder-open-outline",
    "demo": "mdi6.city-variant-outline",
    "save_copy": "mdi6.content-save-move-outline",
    "close": "mdi6.close-box-outline",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "export": "mdi6.printer-outline",
    "export_json": "mdi6.code-json",
    "settings": "mdi6.cog-outline",
    "quit": "mdi6.exit-to-app",
    "overview": "mdi6.home-city-outline",
    "scope": "mdi6.compass-outline",
    "actors": "mdi6.account-group-outline",
    "trials": "mdi6.flask-outline",
    "meetings": "mdi6.calendar-clock",
    "handouts": "mdi6.file-document-multiple-outline",
    "add": "mdi6.plus",
    "remove": "mdi6.delete-outline",
    "up": "mdi6.arrow-up",
    "down": "mdi6.arrow-down",
    "print": "mdi6.printer",
    "print_card": "mdi6.card-text-outline",
    "print_report": "mdi6.file-chart-outline",
    "save_as": "mdi6.content-save-outline",
    "external": "mdi6.open-in-new",
    "recent": "mdi6.history",
    "help": "mdi6.help-circle-outline",
    "check": "mdi6.clipboard-check-outline",
    "backups": "mdi6.backup-restore",
    "warning": "mdi6.alert-outline",
    "fine": "mdi6.check-circle-outline",
    "zoom_in": "mdi6.magnify-plus-outline",
    "zoom_out": "mdi6.magnify-minus-outline",
    "fit": "mdi6.fit-to-screen-outline",
    "projector": "mdi6.projector-screen-outline",
    "hide_names": "mdi6.eye-off-outline",
    "relations": "mdi6.vector-polyline",
    "compare": "mdi6.compare-horizontal",
    "assessment": "mdi6.camera-timer",
    "legend": "mdi6.format-list-bulleted-square",
}
SIZES = (16, 24, 32, 48, 64)
COLOR = "#3a3a3a"


def file_name(role: str, size: int) -> str:
    return f"{role}-{size}.png"


@cache
def _rendered() -> frozenset[str]:
    """The names of the pre-rendered files: the folder is listed once, not asked per file."""
    try:
        return frozenset(os.listdir(paths.resource("icons")))
    except OSError:
        return frozenset()


@cache
def icon(role: str) -> QIcon:
    names = [file_name(role, size) for size in SIZES]
    if _rendered().issuperset(names):
        folder = paths.resource("icons")
        result = QIcon()
        for name in names:
            result.addFile(str(folder / name))
        return result
    import qtawesome as qta

    return qta.icon(ICONS[role], color=COLOR)


def roles() -> list[str]:
    return sorted(ICONS)
