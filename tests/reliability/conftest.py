"""Long reliability runs are marked ``slow`` and left out of the normal run.

``pytest tests/reliability`` runs the short runs (a few seconds). The long runs run only
when asked for by a marker expression that names them::

    pytest -m slow tests/reliability                      # 250 kills, 40 import kills,
                                                          # 100 migration kills
    HYPOTHESIS_PROFILE=long pytest tests/reliability      # 1,000 undo/redo sequences
"""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "slow" in (config.getoption("markexpr") or ""):
        return
    slow = [
        item
        for item in items
        if item.get_closest_marker("slow") is not None and HERE in Path(item.path).parents
    ]
    if slow:
        config.hook.pytest_deselected(items=slow)
        dropped = set(slow)
        items[:] = [item for item in items if item not in dropped]
