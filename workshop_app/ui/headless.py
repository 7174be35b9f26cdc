"""Qt pieces the command line needs without a window: translated labels for exports."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from workshop_app.export.actor_map import ActorMapLabels
from workshop_app.export.charter import CharterLabels
from workshop_app.export.forms.labels import FormLabels
from workshop_app.export.meeting_labels import MeetingLabels
from workshop_app.export.report_labels import ReportLabels
from workshop_app.export.trial_card import TrialCardLabels
from workshop_app.export.trial_report import TrialReportLabels
from workshop_app.ui.form_labels import form_labels
from workshop_app.ui.i18n import install_translators
from workshop_app.ui.labels import (
    actor_map_labels,
    charter_labels,
    meeting_labels,
    trial_card_labels,
    trial_report_labels,
)
from workshop_app.ui.report_labels import report_labels

L = TypeVar("L")
_app: QCoreApplication | None = None


def _translators(lang: str) -> None:
    global _app
    if QCoreApplication.instance() is None:
        _app = QCoreApplication([])
    install_translators(lang)


def _for_language(make: Callable[[], L]) -> Callable[[str], L]:
    """``make`` as a function of the language: it installs that language's translators first."""

    def labels_for(lang: str) -> L:
        _translators(lang)
        return make()

    return labels_for


meeting_labels_for: Callable[[str], MeetingLabels] = _for_language(meeting_labels)
handout_labels_for = meeting_labels_for
charter_labels_for: Callable[[str], CharterLabels] = _for_language(charter_labels)
actor_map_labels_for: Callable[[str], ActorMapLabels] = _for_language(actor_map_labels)
trial_card_labels_for: Callable[[str], TrialCardLabels] = _for_language(trial_card_labels)
trial_report_labels_for: Callable[[str], TrialReportLabels] = _for_language(trial_report_labels)
report_labels_for: Callable[[str], ReportLabels] = _for_language(report_labels)
form_labels_for: Callable[[str], FormLabels] = _for_language(form_labels)
