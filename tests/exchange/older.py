"""Exported data as an older format version wrote it, for the tests that import old files."""

from __future__ import annotations

import copy
from typing import Any

from workshop_app.exchange.json_keys import (
    AGENDA_KEYS_V5,
    MEETING_KEYS_V5,
    PROJECT_KEYS_V5,
    PROJECT_KEYS_V6,
)


def as_version_5(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without what version 6 added (named participants, meeting kinds, attendance,
    notes, action items, decisions, live state, agenda materials and notes)."""
    old = copy.deepcopy(data)
    old["version"] = 5
    old["project"] = {k: v for k, v in old["project"].items() if k in PROJECT_KEYS_V5}
    if "trials" in old:
        old["trials"].pop("card_runs", None)
    old["meetings"] = [
        {k: v for k, v in m.items() if k in MEETING_KEYS_V5}
        | {"agenda": [{k: v for k, v in i.items() if k in AGENDA_KEYS_V5} for i in m["agenda"]]}
        for m in old["meetings"]
    ]
    return old


def as_version_6(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without what version 7 added (the print look, the privacy notice, print runs)."""
    old = copy.deepcopy(data)
    old["version"] = 6
    old["project"] = {k: v for k, v in old["project"].items() if k in PROJECT_KEYS_V6}
    old["trials"].pop("card_runs", None)
    return old
