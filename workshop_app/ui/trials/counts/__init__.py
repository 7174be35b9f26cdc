"""Counting sessions of a test and their tally grids, made for fast keyboard entry.

Split by role:

- ``tally``: the tally grids (``TallyModel``, ``TallyDelegate``, ``TallyView``, ``TallyBox``):
  people passing per 10-minute block by mode, and people staying by activity and age band,
  typed and pasted from the keyboard;
- ``sessions``: the list of counting sessions (``CountSessionsModel``, ``SessionDelegate``) and the
  rules for a session's times;
- ``panel``: ``CountsPanel``, which lists the sessions of one test (header cells edited in place,
  with undo), adds a session from a small form, deletes one with exact undo, and shows the tally
  of the selected session. Ctrl+Shift+N (while the panel shows) goes to the new-session form.

Every cell change is one undo step (``evidence_commands.py``). Counts are whole numbers of people,
0 or more; a blank cell is "not counted", which is not 0. The names other code uses are
re-exported here.
"""

from workshop_app.ui.trials.counts.panel import CountsPanel
from workshop_app.ui.trials.counts.sessions import (
    SESSION_COLUMNS,
    UUID_ROLE,
    CountSessionsModel,
    SessionDelegate,
    guess_phase,
    times_problem,
)
from workshop_app.ui.trials.counts.tally import (
    TallyBox,
    TallyDelegate,
    TallyModel,
    TallyView,
    block_labels,
    hhmm,
    parse_block,
    parse_count,
)

__all__ = [
    "SESSION_COLUMNS",
    "UUID_ROLE",
    "CountSessionsModel",
    "CountsPanel",
    "SessionDelegate",
    "TallyBox",
    "TallyDelegate",
    "TallyModel",
    "TallyView",
    "block_labels",
    "guess_phase",
    "hhmm",
    "parse_block",
    "parse_count",
    "times_problem",
]
