"""What the views of phase 3 share: which rows an edit touched, and the small builders of their
panels (headings, hints, button rows, list set-up) so that each view says only what is its own.
"""

from __future__ import annotations

from workshop_app.domain.changes import Changes


def touched_rows(changes: Changes) -> frozenset[str] | None:
    """The phase 3 rows an edit named (``Changes.trial_items``), for a view to refresh just
    those; None when it must refresh everything: the edit named no rows, or something else the
    trial views show changed too (the project, meetings, actors)."""
    if not changes.trial_items or changes.project or changes.meeting_list or changes.meetings:
        return None
    if changes.actors:
        return None
    return changes.trial_items
