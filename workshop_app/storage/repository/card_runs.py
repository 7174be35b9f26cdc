"""The print runs of numbered feedback cards (issue 14, ``domain/print_runs.py``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from workshop_app.domain.print_runs import CardRun, check_run
from workshop_app.storage.connection import Database
from workshop_app.storage.repository.common import row_by_uuid
from workshop_app.storage.repository.rows import damaged, delete_row, insert_row

_CARD_RUN_COLUMNS = "uuid, trial_uuid, first, last, printed_at"


def _card_run_from_row(row: tuple[Any, ...]) -> CardRun:
    uuid, trial_uuid, first, last, printed_at = row
    try:
        when = dt.datetime.fromisoformat(printed_at)
    except (TypeError, ValueError):
        raise ValueError(f"card run {uuid}: printed_at is not a date and time") from None
    return damaged("card run", uuid, check_run, CardRun(uuid, trial_uuid, first, last, when))


def load_card_runs(db: Database, trial_uuid: str | None = None) -> tuple[CardRun, ...]:
    """Every run (or those of one test), by the test's place in the list, then first number."""
    where = "" if trial_uuid is None else "WHERE x.trial_uuid = ? "
    picked = ", ".join(f"x.{c}" for c in _CARD_RUN_COLUMNS.split(", "))
    rows = db.execute(
        f"SELECT {picked} FROM card_run x JOIN trial t ON t.uuid = x.trial_uuid {where}"
        "ORDER BY t.position, t.uuid, x.first, x.uuid",
        [] if trial_uuid is None else [trial_uuid],
    ).fetchall()
    return tuple(_card_run_from_row(r) for r in rows)


def load_card_run(db: Database, uuid: str) -> CardRun:
    """One run; ``LookupError("no card run <uuid>")`` if there is none."""
    return _card_run_from_row(row_by_uuid(db, "card_run", _CARD_RUN_COLUMNS, uuid, "card run"))


def insert_card_run(db: Database, run: CardRun) -> None:
    insert_row(
        db,
        "card_run",
        _CARD_RUN_COLUMNS,
        [run.uuid, run.trial_uuid, run.first, run.last, run.printed_at.isoformat()],
    )


def delete_card_run(db: Database, uuid: str) -> None:
    delete_row(db, "card_run", uuid)
