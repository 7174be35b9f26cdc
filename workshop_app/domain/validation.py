"""The project's, meetings' and agenda items' fields and their rules (from
:mod:`workshop_app.domain.values`). Shared by services (edits) and exchange (imports)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from workshop_app.domain.model import (
    AGENDA_FIELDS,
    MAX_DURATION_MIN,
    MAX_SHORT_TEXT,
    MAX_TEXT,
    MEETING_FIELDS,
    PROJECT_FIELDS,
)
from workshop_app.domain.values import InvalidValue, check_date, check_text, is_whole

#: Long free-text fields; every other text field is short.
LONG_TEXT_FIELDS = frozenset({"description", "purpose"})
DATE_FIELDS = frozenset({"start_date", "end_date", "date"})
TIME_FIELDS = frozenset({"start_time"})
INT_FIELDS = frozenset({"duration_min"})


__all__ = ["InvalidValue", "check_text", "check_value"]


def check_value(field: str, value: Any) -> Any:
    """Return ``value`` if it is valid for ``field``; raise :class:`InvalidValue` otherwise."""
    if field not in PROJECT_FIELDS and field not in MEETING_FIELDS and field not in AGENDA_FIELDS:
        raise InvalidValue(f"unknown field {field}")
    if field in DATE_FIELDS:
        return check_date(value)
    if field in TIME_FIELDS:
        if value is not None and not isinstance(value, dt.time):
            raise InvalidValue("must be a time of day or empty")
        return value
    if field in INT_FIELDS:
        if not is_whole(value):
            raise InvalidValue("must be a whole number")
        if not 0 <= value <= MAX_DURATION_MIN:
            raise InvalidValue(f"must be from 0 to {MAX_DURATION_MIN} minutes")
        return value
    return check_text(value, MAX_TEXT if field in LONG_TEXT_FIELDS else MAX_SHORT_TEXT)
