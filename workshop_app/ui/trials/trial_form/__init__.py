"""The record of one test: title and idea, the guided hypothesis, the plan, budget, permits,
success criteria, measurement plan and status.

Split by role: ``parts`` declares the fields and holds the small building blocks, ``rows`` the row
tables (budget lines and permits, with add / delete / move) and ``form`` the ``TrialForm`` that
puts the fields, the row tables and the status together.
Every edit is an undo command (``trial_commands.py``). The names other code uses are re-exported
here.
"""

from workshop_app.ui.trials.trial_form.form import TrialForm
from workshop_app.ui.trials.trial_form.parts import (
    DATE_FIELDS,
    TEXT_FIELDS,
    USUAL_PERMITS,
    hypothesis_sentence,
)
from workshop_app.ui.trials.trial_form.rows import (
    Column,
    RowsDelegate,
    RowsTable,
    TrialRowsModel,
    budget_columns,
    kroner,
    permit_columns,
)

__all__ = [
    "DATE_FIELDS",
    "TEXT_FIELDS",
    "USUAL_PERMITS",
    "Column",
    "RowsDelegate",
    "RowsTable",
    "TrialForm",
    "TrialRowsModel",
    "budget_columns",
    "hypothesis_sentence",
    "kroner",
    "permit_columns",
]
