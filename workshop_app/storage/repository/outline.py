"""The project in outline: what a list of documents names and offers (the project, its meetings'
own rows, its tests' titles, versions and status, the print runs of feedback cards), without the
agendas, notes, feedback and counts a document itself reads.

The columns read are typed (STRICT tables, a CHECK on the status); the rules a full read checks
row by row are checked when a document reads its snapshot."""

from __future__ import annotations

import datetime as dt

from workshop_app.domain.model import MeetingWithAgenda, ProjectSnapshot
from workshop_app.domain.trials import StatusChange, Trial, TrialBook
from workshop_app.storage.connection import Database
from workshop_app.storage.repository.card_runs import load_card_runs
from workshop_app.storage.repository.common import ordered_rows
from workshop_app.storage.repository.project import load_meeting_rows, load_project


def _last_status(db: Database) -> dict[str, StatusChange]:
    """Each test's last status change (its status now)."""
    last: dict[str, StatusChange] = {}
    for uuid, trial, status, day in db.execute(
        "SELECT uuid, trial_uuid, status, date FROM trial_status "
        "ORDER BY trial_uuid, position, uuid"
    ):
        date = dt.date.fromisoformat(day) if isinstance(day, str) else day
        last[trial] = StatusChange(uuid, trial, status, date)
    return last


def load_trial_outline(db: Database) -> tuple[Trial, ...]:
    """Every test in list order with its title, the test it re-tests and its status now (its
    last status change); nothing else of it is read."""
    status = _last_status(db)
    trials = []
    for index, (uuid, title, version_of) in enumerate(
        ordered_rows(db, "trial", "uuid, title, version_of")
    ):
        change = status.get(uuid)
        trials.append(
            Trial(
                uuid=uuid,
                position=index,
                title=title,
                version_of=version_of,
                history=(change,) if change is not None else (),
            )
        )
    return tuple(trials)


def load_outline(db: Database) -> ProjectSnapshot:
    """The project, its meetings (their own rows: no agenda, nothing gathered), its tests in
    outline and every print run; no actor, scope, feedback or count is read."""
    return ProjectSnapshot(
        project=load_project(db),
        meetings=tuple(MeetingWithAgenda(m) for m in load_meeting_rows(db)),
        trials=TrialBook(trials=load_trial_outline(db), card_runs=load_card_runs(db)),
    )
