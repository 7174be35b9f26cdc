"""The whole project read at once: every area's rows as one snapshot."""

from __future__ import annotations

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.storage.connection import Database
from workshop_app.storage.repository.actors import load_actor_map
from workshop_app.storage.repository.project import load_meetings, load_project
from workshop_app.storage.repository.scope import load_scope
from workshop_app.storage.repository.trial_evidence import load_trial_book


def load_snapshot(db: Database) -> ProjectSnapshot:
    project = load_project(db)
    return ProjectSnapshot(
        project=project,
        meetings=load_meetings(db),
        scope=load_scope(db),
        actors=load_actor_map(db),
        trials=load_trial_book(db),
    )
