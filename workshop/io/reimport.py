"""Importing the same rows twice adds nothing: what a plan has that the workshop already has.

The workshop file has no column for "where did this note come from" (a row key), so the
identity of imported evidence is read from what an import writes anyway:

- a source is the same source when its label and its reference are the same (a respondent
  "R17" of "survey.csv", or the whole file "interview-p3.md" of "interview-p3.md");
- a note is already there when that source already holds a note with the same text and the
  same question, counted as many times as it is there: a file with the answer "Too
  expensive" in three rows of one source imports three notes, and importing it again adds
  none; a fourth such row added to the file later adds one. (A note imported before
  questions had a field of their own holds its question in its text, "answer\n(Q: ...)":
  it is recognised too.)
- the study and the respondents are found again by name and label (``apply_plan``), so a
  re-import makes no second study and no second respondent.

A copy of a file imported before under another name ("survey (1).csv") is recognised by
its rows and read as that file (``copied_file``). So a changed file imports only its new
rows, into the sources it made before, and a
re-import of the same file reports "N already in the workshop". Editing a note's text on
the board makes it new again to the next import of the row it came from — the facilitator
changed the evidence, and the next import brings the original words back beside it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from workshop.io.copied_file import as_earlier_file
from workshop.io.evidence_plan import EvidencePlan, PlannedNote

#: (source id, label, reference, note text or None, note question) as
#: ``WorkshopFile.imported_evidence``.
EvidenceRow = tuple[str, str, str, str | None, str]

#: How a version-2 import kept a note's question: under the answer, in brackets.
_QUESTION_IN_TEXT = re.compile(r"(?s)(.*)\n\(Q: (.*)\)")


def leave_out_existing(plan: EvidencePlan, existing: Iterable[EvidenceRow]) -> EvidencePlan:
    """The plan without the notes the workshop already holds, its sources matched to the
    workshop's own (``EvidencePlan.existing_sources``) and the notes left out counted
    (``EvidencePlan.already``)."""
    existing = list(existing)
    plan = as_earlier_file(plan, existing)  # a copy under another name is that file
    source_ids: dict[tuple[str, str], str] = {}
    held: Counter[tuple[str, str, str, str]] = Counter()
    for source_id, label, reference, text, question in existing:
        source_ids.setdefault((label, reference), source_id)
        if text is not None:
            if not question and (old := _QUESTION_IN_TEXT.fullmatch(text)) is not None:
                text, question = old.group(1), old.group(2)
            held[(label, reference, text, question)] += 1
    if not source_ids:
        return plan
    identity = {s.key: (s.label, s.reference) for s in plan.sources}
    matched = {key: source_ids[ident] for key, ident in identity.items() if ident in source_ids}
    if not matched:
        return plan
    kept: list[PlannedNote] = []
    already = 0
    for note in plan.notes:
        label, reference = identity[note.source_key]
        slot = (label, reference, note.text, note.question)
        if held[slot] > 0:
            held[slot] -= 1
            already += 1
        else:
            kept.append(note)
    used = {n.source_key for n in kept}
    return replace(
        plan,
        notes=tuple(kept),
        sources=tuple(s for s in plan.sources if s.key in used),
        already=plan.already + already,
        existing_sources={k: v for k, v in matched.items() if k in used},
    )
