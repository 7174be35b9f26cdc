"""The text rules, kept under their old module name: they live in :mod:`workshop_app.domain.values`
with the other value rules (import them from there)."""

from __future__ import annotations

from workshop_app.domain.values import BAD_CHARACTER, TextFault, shown, text_fault

__all__ = ["BAD_CHARACTER", "TextFault", "shown", "text_fault"]
