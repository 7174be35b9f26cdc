"""Bymidteværkstedet — an offline workshop app for town-centre collaborations.

This module is the single source for the version, the app's names and the file extension.
"""

__version__ = "0.3.0"

APP_NAME = "Bymidteværkstedet"
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
