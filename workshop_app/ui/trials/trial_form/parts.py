"""What the record of a test is made of: its text and date fields, the usual permits, the guided
hypothesis as one sentence, and the small building blocks of the form (section titles, hints,
rules, a binder that knows whether typing is pending).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QPlainTextEdit

from workshop_app.ui.fields import FieldBinder
from workshop_app.ui.trials.common import hint as hint
from workshop_app.ui.trials.common import section_title as section_title

#: The permits checklist of the domain guide, added by "Add the usual permits" (those missing).
USUAL_PERMITS = (
    "event_permit",
    "road_or_square_use",
    "temporary_structures",
    "police",
    "landlord_consent",
    "insurance",
    "music_noise",
)

#: Text fields of the record: (field, long text?).
TEXT_FIELDS = (
    ("title", False),
    ("we_believe", True),
    ("will", True),
    ("we_will_see", True),
    ("strategic_aim", True),
    ("place", False),
    ("materials", True),
    ("success_criteria", True),
    ("measurement_plan", True),
)
DATE_FIELDS = ("start_date", "end_date")


def hypothesis_sentence(we_believe: str, will: str, we_will_see: str) -> str:
    """The guided hypothesis as one sentence; empty parts show as "…"."""

    def part(text: str) -> str:
        return " ".join(text.split()).rstrip(" .") or "…"

    return QCoreApplication.translate(
        "TrialForm", "We believe that {0} will {1}. We will see it when {2}."
    ).format(part(we_believe), part(will), part(we_will_see))


class PendingBinder(FieldBinder):
    """A binder that tells whether its widget holds typing not written yet."""

    def pending(self) -> bool:
        return bool(self.value() != self._stored)


def plain(widget: object) -> QPlainTextEdit:
    assert isinstance(widget, QPlainTextEdit)
    return widget


def rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
