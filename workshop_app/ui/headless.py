"""Qt pieces the command line needs without a window: translated labels for exports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.export.actor_map import ActorMapLabels
from workshop_app.export.charter import CharterLabels
from workshop_app.export.meeting_labels import MeetingLabels
from workshop_app.export.trial_card import TrialCardLabels
from workshop_app.export.trial_report import TrialReportLabels
from workshop_app.ui.i18n import install_translators
from workshop_app.ui.labels import (
    actor_map_labels,
    charter_labels,
    meeting_labels,
    trial_card_labels,
    trial_report_labels,
)

_app: QCoreApplication | None = None


def _translators(lang: str) -> None:
    global _app
    if QCoreApplication.instance() is None:
        _app = QCoreApplication([])
    install_translators(lang)


def meeting_labels_for(lang: str) -> MeetingLabels:
    """The words of the handout and the run-sheet."""
    _translators(lang)
    return meeting_labels()


handout_labels_for = meeting_labels_for


def charter_labels_for(lang: str) -> CharterLabels:
    _translators(lang)
    return charter_labels()


def actor_map_labels_for(lang: str) -> ActorMapLabels:
    _translators(lang)
    return actor_map_labels()


def trial_card_labels_for(lang: str) -> TrialCardLabels:
    _translators(lang)
    return trial_card_labels()


def trial_report_labels_for(lang: str) -> TrialReportLabels:
    _translators(lang)
    return trial_report_labels()
