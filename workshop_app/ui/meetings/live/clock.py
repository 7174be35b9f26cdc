"""The console's clock and how it writes times.

Every moment the console needs comes from a :data:`Clock` it is given (the tests give one they
move by hand), and the figures come from ``domain.live``'s pure functions; nothing here waits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

# Returns the local time now, in whole seconds (as the live state stores it).
Clock = Callable[[], dt.datetime]

MINUS = "\u2212"


def system_clock() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def countdown(seconds: int) -> str:
    """``12:34``, ``1:02:03`` from an hour, ``−1:05`` when over the time."""
    sign = MINUS if seconds < 0 else ""
    hours, rest = divmod(abs(int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def hours_minutes(seconds: int) -> str:
    """``0:42`` or ``1:05``: a meeting's length at a glance (hours and minutes)."""
    minutes = max(int(seconds), 0) // 60
    return f"{minutes // 60}:{minutes % 60:02d}"


def behind_text(behind_min: int) -> str:
    """Ahead or behind the plan, in minutes, as the console and the room screen say it."""
    if behind_min > 0:
        return QCoreApplication.translate("LiveClock", "{0} min behind").format(behind_min)
    if behind_min < 0:
        return QCoreApplication.translate("LiveClock", "{0} min ahead").format(-behind_min)
    return QCoreApplication.translate("LiveClock", "On time")
