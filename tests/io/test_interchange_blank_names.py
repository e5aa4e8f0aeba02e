"""A respondent with no label or a study with no name is refused by import-json, with the
path of the value (issue 15, finding 20: an empty respondent label was accepted, and the
evidence check counts respondents and studies by their names)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_interchange_strict import refused
from test_interchange_v3 import exported, imported


@pytest.mark.parametrize("blank", ["", "   ", "\u200b", "\t\n"])
def test_a_respondent_without_a_label_is_refused(tmp_path: Path, blank: str) -> None:
    doc = exported(tmp_path)
    doc["tables"]["respondent"][0]["label"] = blank
    assert refused(tmp_path, doc) == (
        f"tables.respondent[0].label: {blank!r} is no label; a respondent needs one "
        "(a pseudonym such as 'P3')"
    )


@pytest.mark.parametrize("blank", ["", "  "])
def test_a_study_without_a_name_is_refused(tmp_path: Path, blank: str) -> None:
    doc = exported(tmp_path)
    doc["tables"]["study"][0]["name"] = blank
    assert refused(tmp_path, doc) == (
        f"tables.study[0].name: {blank!r} is no name; a study needs one (such as 'Churn "
        "survey, May')"
    )


def test_short_labels_are_still_labels(tmp_path: Path) -> None:
    doc: dict[str, Any] = exported(tmp_path)
    doc["tables"]["respondent"][0]["label"] = "7"
    doc["tables"]["study"][0]["name"] = "Q"
    snap = imported(tmp_path, doc)
    assert [r.label for r in snap.respondents] == ["7"]
    assert [s.name for s in snap.studies] == ["Q"]
