"""Fixtures for the export tests."""

from __future__ import annotations

import pytest
from export_helpers import make_snapshot

from workshop_app.domain.model import ProjectSnapshot


@pytest.fixture
def snapshot() -> ProjectSnapshot:
    return make_snapshot()
