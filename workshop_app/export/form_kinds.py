"""The kinds of blank form (``export/forms/``), apart from the forms themselves: the command
line lists them in ``--help`` without loading ReportLab."""

from __future__ import annotations

FEEDBACK_CARDS = "feedback-cards"
COUNTING_SHEET = "counting-sheet"
VOTE_SHEET = "vote-sheet"
SIGN_IN = "sign-in"
LARGE_PRINT = "large-print"
FORM_KINDS = (FEEDBACK_CARDS, COUNTING_SHEET, VOTE_SHEET, SIGN_IN, LARGE_PRINT)
#: The forms about one test (``trial_uuid``) and those about one meeting (``meeting_uuid``).
TRIAL_FORMS = (FEEDBACK_CARDS, COUNTING_SHEET)
MEETING_FORMS = (VOTE_SHEET, SIGN_IN, LARGE_PRINT)
