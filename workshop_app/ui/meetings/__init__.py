"""Meetings: list, details and the agenda."""
