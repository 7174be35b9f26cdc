"""The idea bank: every idea with where it came from, its tags, its dot votes and its tests.

Split by role, as Anki's ``browser/table`` package is:

- ``model``: ``BankData`` (one read of the book), ``IdeasModel`` (the bank as a table in its stored
  order) and ``IdeasFilter`` (sorts, filters by text, hides merged ideas);
- ``table``: the view and its delegate (the dots cell typed in the dot-vote mode);
- ``details``: ``IdeaDetails``, the form of the selected idea;
- ``bank``: ``IdeaBank``, which puts them together with the buttons and the dot-vote mode.

Every edit is an undo command (``idea_commands.py``). The names other code uses are re-exported
here, so ``from workshop_app.ui.trials.ideas import IdeaBank`` keeps working.
"""

from workshop_app.ui.trials.ideas.bank import IdeaBank
from workshop_app.ui.trials.ideas.details import IdeaDetails
from workshop_app.ui.trials.ideas.model import (
    COLUMNS,
    DOTS_COLUMN,
    SORT_ROLE,
    UUID_ROLE,
    BankData,
    IdeasFilter,
    IdeasModel,
    dots_text,
    format_date,
    idea_title,
    meeting_label,
    trial_label,
    trial_versions,
)
from workshop_app.ui.trials.ideas.table import IdeasDelegate, IdeasTable

__all__ = [
    "COLUMNS",
    "DOTS_COLUMN",
    "SORT_ROLE",
    "UUID_ROLE",
    "BankData",
    "IdeaBank",
    "IdeaDetails",
    "IdeasDelegate",
    "IdeasFilter",
    "IdeasModel",
    "IdeasTable",
    "dots_text",
    "format_date",
    "idea_title",
    "meeting_label",
    "trial_label",
    "trial_versions",
]
