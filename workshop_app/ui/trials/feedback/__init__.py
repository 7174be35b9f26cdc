"""Feedback on a test: a quick-entry form for typing in paper cards, and the table of entries.

Split by role: ``model`` holds the table model and its filter, ``picker`` the widgets of the
quick-entry form (sentiment buttons, theme completer), and ``panel`` the ``FeedbackPanel`` that
puts the form and the table together. No names are asked for: a channel, an age band and a
respondent group only. Every edit is an undo command (``evidence_commands.py``). The names other
code uses are re-exported here.
"""

from workshop_app.ui.trials.feedback.model import (
    COLUMNS,
    UUID_ROLE,
    FeedbackFilter,
    FeedbackModel,
    parse_tags,
    tags_text,
)
from workshop_app.ui.trials.feedback.panel import FeedbackPanel
from workshop_app.ui.trials.feedback.picker import SENTIMENT_KEYS, SentimentPicker, TagCompleter

__all__ = [
    "COLUMNS",
    "SENTIMENT_KEYS",
    "UUID_ROLE",
    "FeedbackFilter",
    "FeedbackModel",
    "FeedbackPanel",
    "SentimentPicker",
    "TagCompleter",
    "parse_tags",
    "tags_text",
]
