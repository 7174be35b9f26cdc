"""The undo step that records a run of printed feedback cards (the page's Print or Save as),
so the next run starts after it and the quick-entry forms know which numbers went out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.services.project_service import ProjectService
from workshop_app.ui.commands import RecordKind
from workshop_app.ui.session import ProjectSession

_CARD_RUN = RecordKind(ProjectService.restore_card_run, ProjectService.delete_card_run)


def record_card_run(session: ProjectSession, trial_uuid: str, first: int, count: int) -> bool:
    """Record cards ``first``… (``count`` of them) of the test as printed; undo forgets them.
    False when the service refused (e.g. numbers printed before: the user was told)."""
    run = session.service.new_card_run(trial_uuid, first, count)
    text = QCoreApplication.translate("PrintPage", "Record printed cards {0}–{1}").format(
        run.first, run.last
    )
    return _CARD_RUN.add(session, text, run)
