"""Killed ``import-json`` and ``merge`` runs never leave a finished-looking partial output
(see ``output_kills.py``); ``-s`` prints the figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from output_kills import Material, kill_campaign, make_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return make_material(tmp_path_factory.mktemp("outputs"))


@pytest.mark.parametrize("verb", ["import-json", "merge"])
def test_a_killed_output_is_whole_or_absent(material: Material, verb: str) -> None:
    result = kill_campaign(material, verb, trials=4, seed=13)
    print(f"{verb}: {result.summary()}")
    assert result.finished_looking_partial == 0, result.problems
    assert result.trials == 4


@pytest.mark.slow
@pytest.mark.parametrize("verb", ["import-json", "merge"])
def test_a_hundred_killed_outputs_are_whole_or_absent(material: Material, verb: str) -> None:
    result = kill_campaign(material, verb, trials=100, seed=14)
    print(f"{verb}: {result.summary()}")
    assert result.finished_looking_partial == 0, result.problems
    assert result.killed >= 50, "most kills must land while the output is being made"


def test_the_material_is_big_enough_to_be_killed_while_writing(material: Material) -> None:
    assert material.document.stat().st_size > 500_000
    assert Path(material.base).stat().st_size > 500_000
