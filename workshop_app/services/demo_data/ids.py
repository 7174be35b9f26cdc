"""Stable identifiers: the demo is the same project wherever it is made."""

from __future__ import annotations

import uuid

_NS = uuid.UUID("6f1d4a52-3c1e-4f0a-9c39-5a7c2b1e9d10")


def _id(name: str) -> str:
    return str(uuid.uuid5(_NS, name))
