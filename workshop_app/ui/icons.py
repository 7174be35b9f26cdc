"""One registry of icons (qtawesome). Views ask for a role, never a font glyph name."""

from __future__ import annotations

from functools import cache

import qtawesome as qta
from PySide6.QtGui import QIcon

_ICONS = {
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
    "tests": "mdi6.flask-outline",
    "meetings": "mdi6.calendar-clock",
    "handouts": "mdi6.file-document-multiple-outline",
    "add": "mdi6.plus",
    "remove": "mdi6.delete-outline",
    "up": "mdi6.arrow-up",
    "down": "mdi6.arrow-down",
    "print": "mdi6.printer",
    "save_as": "mdi6.content-save-outline",
    "external": "mdi6.open-in-new",
    "recent": "mdi6.history",
    "help": "mdi6.help-circle-outline",
}


@cache
def icon(role: str) -> QIcon:
    return qta.icon(_ICONS[role])


def roles() -> list[str]:
    return sorted(_ICONS)
