"""An import's study and respondents, found in the workshop or planned new.

``resolve_research`` is what ``evidence_import.apply_plan`` asks before it writes: which
study the new sources belong to and which respondent each speaks for. A study is found
again by its name and a respondent by its label (case and spacing ignored; how an import
labels respondents is in ``research_plan``), so importing the same file again, or a second
file about the same people, makes no second study and no second respondent.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from workshop.domain.tolerant_values import json_value
from workshop.io.evidence_plan import EvidencePlan, PlannedSource


@dataclass
class Research:
    """The study and respondents an import's new sources belong to: rows to make, rows
    already in the workshop to complete, and the id each source points at."""

    study_id: str | None = None
    respondent_ids: dict[str, str] = field(default_factory=dict)  # source key -> id
    studies: list[dict[str, Any]] = field(default_factory=list)
    respondents: list[dict[str, Any]] = field(default_factory=list)
    updates: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)


def resolve_research(
    plan: EvidencePlan,
    new_sources: Sequence[PlannedSource],
    studies: Sequence[tuple[str, str, str | None, str | None]],
    respondents: Sequence[tuple[str, str, str]],
) -> Research:
    """Find the plan's study and respondents in the workshop (a study by name, a
    respondent by label, case and spacing ignored) or plan them new. A study found again
    has its dates widened to take the new evidence; a respondent found again gains the
    attributes it lacked (what the workshop holds wins where both say something)."""
    found = Research()
    if plan.study is not None and new_sources:
        study = plan.study
        by_name = {_folded(name): (i, start, end) for i, name, start, end in reversed(studies)}
        known = by_name.get(_folded(study.name))
        if known is None:
            found.study_id = str(uuid.uuid4())
            found.studies.append(
                {
                    "id": found.study_id,
                    "name": study.name,
                    "kind": str(study.kind),
                    "date_from": study.date_from.isoformat() if study.date_from else None,
                    "date_to": study.date_to.isoformat() if study.date_to else None,
                    "notes": f"Imported from {plan.file_name}.",
                }
            )
        else:
            found.study_id, start, end = known
            dates = [d.isoformat() for d in (study.date_from, study.date_to) if d is not None]
            wider = {
                "date_from": min([*dates, *([start] if start else [])], default=None),
                "date_to": max([*dates, *([end] if end else [])], default=None),
            }
            if dates and (wider["date_from"], wider["date_to"]) != (start, end):
                found.updates[("study", found.study_id)] = wider
    planned = {r.key: r for r in plan.respondents}
    by_label = {_folded(label): (i, attrs) for i, label, attrs in reversed(respondents)}
    made: dict[str, str] = {}  # folded label -> id of a respondent made by this import
    for source in new_sources:
        respondent = planned.get(source.respondent_key or "")
        if respondent is None:
            continue
        folded = _folded(respondent.label)
        if folded in made:
            found.respondent_ids[source.key] = made[folded]
        elif folded in by_label:
            respondent_id, stored = by_label[folded]
            found.respondent_ids[source.key] = made[folded] = respondent_id
            held = json_value(stored, {})
            merged = {**respondent.attributes, **held}
            if merged != held:
                found.updates[("respondent", respondent_id)] = {"attributes": merged}
        else:
            respondent_id = made[folded] = found.respondent_ids[source.key] = str(uuid.uuid4())
            found.respondents.append(
                {
                    "id": respondent_id,
                    "label": respondent.label,
                    "attributes": respondent.attributes,
                }
            )
    return found


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())
