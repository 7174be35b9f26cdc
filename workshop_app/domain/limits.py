"""Limits on what a user may store, shared by every part of the domain."""

#: Longest text we accept in a free-text field (characters). Generous, but bounded.
MAX_TEXT = 20_000
#: Longest text in a one-line field (names, titles, places).
MAX_SHORT_TEXT = 500
MAX_DURATION_MIN = 24 * 60
