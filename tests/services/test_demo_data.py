"""The demo's content is data (``services/demo_data/*.json``): every date in it is counted from
the day the demo is made, so the demo made on any day is the same project, moved in time."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from workshop_app.services.demo import demo_snapshot
from workshop_app.services.demo_data.data import load, rows


def _moved(value: Any, days: int) -> Any:
    """``value`` with every date and moment in it ``days`` later."""
    if isinstance(value, dt.datetime | dt.date):
        return value + dt.timedelta(days=days)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _moved(getattr(value, f.name), days) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(_moved(item, days) for item in value)
    if isinstance(value, dict):
        return {key: _moved(item, days) for key, item in value.items()}
    return value


def test_the_demo_made_later_is_the_same_project_moved_in_time() -> None:
    first = dt.date(2026, 3, 2)
    assert demo_snapshot(first + dt.timedelta(days=45)) == _moved(demo_snapshot(first), 45)


def test_a_data_file_counts_its_days_from_today_and_reads_tables_by_column() -> None:
    today = dt.date(2026, 3, 2)
    trials = load("trials", today)
    ideas = rows(trials["ideas"])
    assert ideas[0]["slug"] == "benches" and ideas[0]["tags"] == ("ophold", "grønt")
    living_room = trials["trials"][0]
    assert living_room["start_date"] == today - dt.timedelta(days=20)
    assert isinstance(living_room["responsible"], tuple)
