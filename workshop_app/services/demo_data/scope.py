"""Phase 1 of the demo: start-up and scope, partly done as it would be a few weeks in.

The content is ``scope.json`` (see ``data.py`` for its conventions): the charter's field values,
and its list rows in order, each naming its list and a slug (its stable uuid) beside its values;
a knowledge row of the preset checklist is named by its preset.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from workshop_app.domain.scope import FIELDS, LISTS, Scope, ScopeRow
from workshop_app.domain.scope_values import canonical as canonical_scope
from workshop_app.domain.scope_values import checked, full_row_values
from workshop_app.services.demo_data.data import load
from workshop_app.services.demo_data.ids import _id


def _scope_row(entry: dict[str, Any], position: int) -> ScopeRow:
    """One demo row: ``list`` and ``slug`` (its id), then its values; the rest are blank."""
    list_key = entry["list"]
    values = {key: value for key, value in entry.items() if key not in ("list", "slug")}
    full = full_row_values(list_key, values)
    return ScopeRow(
        uuid=_id(f"scope/{list_key}/{entry['slug']}"),
        list_key=list_key,
        position=position,
        values={c.key: checked(c, full[c.key]) for c in LISTS[list_key].columns},
    )


def demo_scope(today: dt.date) -> Scope:
    """Egeby's charter a few weeks in, with milestones dated relative to ``today``."""
    data = load("scope", today)
    rows = []
    seen: dict[str, int] = {}
    for entry in data["rows"]:
        position = seen.get(entry["list"], 0)
        seen[entry["list"]] = position + 1
        rows.append(_scope_row(entry, position))
    values = {key: checked(FIELDS[key], value) for key, value in data["values"].items()}
    return canonical_scope(Scope(values=values, rows=tuple(rows)))
