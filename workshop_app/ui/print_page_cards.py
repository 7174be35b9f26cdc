"""The undo step that records a run of printed feedback cards (the page's Print or Save as),
so the next run starts after it and the quick-entry forms know which numbers went out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.ui.commands import step
from workshop_app.ui.session import ProjectSession


def record_card_run(session: ProjectSession, trial_uuid: str, first: int, count: int) -> bool:
    """Record cards ``first``… (``count`` of them) of the test as printed; undo forgets them.
    False when the service refused (e.g. an overlap with an earlier run: the user was told)."""
    text = QCoreApplication.translate("PrintPage", "Record printed cards {0}–{1}").format(
        first, first + count - 1
    )
    run = session.service.new_card_run(trial_uuid, first, count)
    restore = ServiceCall(ProjectService.restore_card_run, (run,))
    return step(session, text, restore, ServiceCall(ProjectService.delete_card_run, (run.uuid,)))
