"""Rows <-> domain objects. Plain SQL with parameters; callers own the transaction.

One module per area; every function is importable from here (``repository.load_trial``).
"""

from __future__ import annotations

from workshop_app.storage.repository.actors import *  # noqa: F403
from workshop_app.storage.repository.card_runs import *  # noqa: F403
from workshop_app.storage.repository.common import *  # noqa: F403
from workshop_app.storage.repository.meetings import *  # noqa: F403
from workshop_app.storage.repository.project import *  # noqa: F403
from workshop_app.storage.repository.scope import *  # noqa: F403
from workshop_app.storage.repository.snapshot import *  # noqa: F403
from workshop_app.storage.repository.trial_evidence import *  # noqa: F403
from workshop_app.storage.repository.trials import *  # noqa: F403
