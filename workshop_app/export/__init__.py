"""PDF documents built with ReportLab from immutable domain snapshots and translated labels.

No Qt and no storage here: callers hand in a :class:`~workshop_app.domain.model.ProjectSnapshot`
and label strings already translated by the UI side.
"""

from __future__ import annotations


class Cancelled(Exception):
    """The caller's ``is_cancelled()`` said stop; nothing was written."""
