"""Bymidteværkstedet — an offline workshop app for town-centre collaborations.

This module is the single source for the version, the app's names and the file extension.
"""

__version__ = "0.4.0"

APP_NAME = "Bymidteværkstedet"
#: The demo project's file name in the data folder (here, not in services/demo: opening the
#: demo from the start screen must not import the demo's generator when the file exists).
DEMO_FILE_NAME = "Egeby bymidte (demo).bymidte"
APP_ID = "bymidtevaerkstedet"
ORGANIZATION = "Bymidteværkstedet"
FILE_EXTENSION = ".bymidte"
LOG_NAME = "workshop-app.log"
#: SQLite ``PRAGMA application_id`` of our project files: the ASCII bytes "BYMD".
APPLICATION_ID = 0x42594D44


def version_tuple(text: str) -> tuple[int, ...]:
    """Parse "1.2.3" into (1, 2, 3); anything that is not a number counts as 0."""
    parts: list[int] = []
    for piece in text.strip().split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    while len(parts) < 3:
        parts.append(0)
    return tuple(parts)
