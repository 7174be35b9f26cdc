"""The demo's data files: one JSON file per phase beside this module, shipped as package data.

What the files hold is read as it is, with three conventions: ``{"day": n}`` is the date ``n``
days after the day the demo is made (before it when negative), so the demo is always current;
every list is read as a tuple (the domain's records hold tuples); and a table is
``{"columns": [...], "rows": [[...], ...]}``, read by :func:`rows` as one dict per row.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from typing import Any


def load(name: str, today: dt.date) -> Any:
    """The content of ``<name>.json`` in this package, its days counted from ``today``."""
    text = resources.files(__package__).joinpath(f"{name}.json").read_text(encoding="utf-8")
    return _resolved(json.loads(text), today)


def rows(table: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of a table, each a dict by the table's column names."""
    columns = table["columns"]
    return [dict(zip(columns, row, strict=True)) for row in table["rows"]]


def _resolved(value: Any, today: dt.date) -> Any:
    if isinstance(value, dict):
        if value.keys() == {"day"}:
            return today + dt.timedelta(days=value["day"])
        return {key: _resolved(item, today) for key, item in value.items()}
    if isinstance(value, list):
        return tuple(_resolved(item, today) for item in value)
    return value
