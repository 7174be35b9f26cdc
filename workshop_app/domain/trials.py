"""Phase 3, temporary prototype tests: ideas, test records, evidence from the street, decisions.

Plain immutable objects, their value rules, summaries and the lineage of ideas and tests. The
module is called "trials" (a test record is a :class:`Trial`) so it never clashes with pytest's
naming. Keys (types, statuses, permits, weather, modes, age bands…) live in ``vocabulary.py``;
every text a person reads comes translated from the UI side.

Privacy: nothing here names a citizen. Counts are numbers by group; feedback carries a channel,
a sentiment, what works / could be better, an optional quote, an age band and a respondent group,
and no name field. A quote is free text: the app cannot stop someone typing a name into it (see
``db/README.md``).

Canonical shape (what storage loads, JSON imports and the demo builds, so books compare equal):
ideas and trials in ``position`` order, positions 0, 1, 2…; votes by their idea's position, then
meeting uuid; a trial's budget lines, permits, status history and responsible actors in their
stored order; count sessions by trial, date, start time and uuid; feedback by trial, then entry
order; decisions by trial, date and uuid.

The code lives by role in ``trial_model.py`` (the objects, limits and canonical shape),
``trial_rules.py`` (the value rules) and ``trial_summary.py`` (summaries and lineage); every name
is importable from here, and code outside the domain imports it from here.
"""

from __future__ import annotations

from workshop_app.domain.trial_model import *  # noqa: F403
from workshop_app.domain.trial_rules import *  # noqa: F403
from workshop_app.domain.trial_summary import *  # noqa: F403

# Vocabulary keys some callers have always imported from here.
from workshop_app.domain.vocabulary import AGE_BANDS, STAY_ACTIVITIES, TRAVEL_MODES  # noqa: F401
