"""Fixtures for the export tests: sample snapshots are in export_samples.py."""

from __future__ import annotations

import pytest
from export_samples import workshop_snapshot

from workshop.domain.model import WorkshopSnapshot


@pytest.fixture
def snapshot() -> WorkshopSnapshot:
    return workshop_snapshot(1)
