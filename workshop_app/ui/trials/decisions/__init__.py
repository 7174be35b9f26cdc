"""The decision log of a test: what was decided, when, why, and on which evidence.

"Record a decision…" asks with :class:`DecisionDialog` (kind, date, reasoning, the count sessions
and feedback it rests on, and for "spawn new ideas" the new ideas' titles), then pushes the
decision with everything it creates as one undo step: "adjust and re-test" makes the next version
of the test, "spawn new ideas" puts ideas in the idea bank, and the test becomes "decided".
Date, reasoning and evidence can be changed afterwards; the kind stays.

Split by role: ``dialog`` asks for and records a decision, ``log`` shows the decisions of a test
and edits the selected one. The names other code uses are re-exported here.
"""

from workshop_app.ui.trials.decisions.dialog import (
    Ask,
    DecisionDialog,
    DecisionInput,
    EvidenceList,
    count_label,
    feedback_label,
    record_decision,
)
from workshop_app.ui.trials.decisions.log import COLUMNS, DecisionLog, DecisionModel

__all__ = [
    "COLUMNS",
    "Ask",
    "DecisionDialog",
    "DecisionInput",
    "DecisionLog",
    "DecisionModel",
    "EvidenceList",
    "count_label",
    "feedback_label",
    "record_decision",
]
