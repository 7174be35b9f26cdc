"""What the navigation and the overview's dashboard show of phase 3, read narrowly: each test's
status now (one statement, no test validated whole) and the running tests the dashboard lists,
each read and checked as a whole read checks it, with its decisions and evidence alone. A
project grown over years opens without reading its five hundred tests.

A status outside the vocabulary means the file is damaged (``ValueError``, as the full read
says it); the STRICT table's CHECK keeps it from being stored in the first place."""

from __future__ import annotations

from collections.abc import Sequence

from workshop_app.domain.trials import TrialBook
from workshop_app.domain.vocabulary import TRIAL_STATUSES
from workshop_app.storage.connection import Database
from workshop_app.storage.repository.trial_evidence import load_decision, load_evidence
from workshop_app.storage.repository.trials import load_trial

#: Each test's last status change (its status now: by position, then uuid, as the full read
#: orders a test's history), or none (the first status), in list order.
_STATUSES = (
    "SELECT t.uuid, (SELECT s.status FROM trial_status s WHERE s.trial_uuid = t.uuid "
    "ORDER BY s.position DESC, s.uuid DESC LIMIT 1) FROM trial t ORDER BY t.position, t.uuid"
)


def trial_statuses(db: Database) -> tuple[tuple[str, str], ...]:
    """``(uuid, status now)`` of every test, in list order."""
    result = []
    for uuid, status in db.execute(_STATUSES).fetchall():
        status = TRIAL_STATUSES[0] if status is None else status
        if status not in TRIAL_STATUSES:
            raise ValueError(f"test {uuid}: unknown status")
        result.append((uuid, status))
    return tuple(result)


def running_book(db: Database, uuids: Sequence[str]) -> TrialBook:
    """The tests ``uuids`` (in the order given) read whole and checked, with their decisions,
    counting sessions and feedback, and nothing of any other test."""
    if not uuids:
        return TrialBook()
    trials = tuple(load_trial(db, uuid) for uuid in uuids)
    marks = ", ".join("?" for _ in uuids)
    decisions = tuple(
        load_decision(db, uuid)
        for (uuid,) in db.execute(
            f"SELECT x.uuid FROM decision x JOIN trial t ON t.uuid = x.trial_uuid "
            f"WHERE x.trial_uuid IN ({marks}) ORDER BY t.position, t.uuid, x.date, x.uuid",
            list(uuids),
        ).fetchall()
    )
    return load_evidence(db, TrialBook(trials=trials, decisions=decisions), uuids)
