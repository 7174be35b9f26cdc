"""Rules for the values a user may store. Shared by services (edits) and exchange (imports)."""

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
from workshop_app.domain.text_rules import text_fault

#: Long free-text fields; every other text field is short.
LONG_TEXT_FIELDS = frozenset({"description", "purpose"})
DATE_FIELDS = frozenset({"start_date", "end_date", "date"})
TIME_FIELDS = frozenset({"start_time"})
INT_FIELDS = frozenset({"duration_min"})


class InvalidValue(ValueError):
    """A value breaks a rule; the message names the rule in plain English."""


def check_text(value: Any, limit: int) -> str:
    """The shared text rules of :mod:`workshop_app.domain.text_rules`."""
    fault = text_fault(value, limit)
    if fault is not None:
        raise InvalidValue(str(fault))
    return str(value)


def check_value(field: str, value: Any) -> Any:
    """Return ``value`` if it is valid for ``field``; raise :class:`InvalidValue` otherwise."""
    if field not in PROJECT_FIELDS and field not in MEETING_FIELDS and field not in AGENDA_FIELDS:
        raise InvalidValue(f"unknown field {field}")
    if field in DATE_FIELDS:
        if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
            raise InvalidValue("must be a date or empty")
        return value
    if field in TIME_FIELDS:
        if value is not None and not isinstance(value, dt.time):
            raise InvalidValue("must be a time of day or empty")
        return value
    if field in INT_FIELDS:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidValue("must be a whole number")
        if not 0 <= value <= MAX_DURATION_MIN:
            raise InvalidValue(f"must be from 0 to {MAX_DURATION_MIN} minutes")
        return value
    return check_text(value, MAX_TEXT if field in LONG_TEXT_FIELDS else MAX_SHORT_TEXT)
