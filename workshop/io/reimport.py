"""Importing the same rows twice adds nothing: what a plan has that the workshop already has.

The workshop file has no column for "where did this note come from" (a row key), so the
identity of imported evidence is read from what an import writes anyway:

- a source is the same source when its label and its reference are the same (a respondent
  "R17" of "survey.csv", or the whole file "interview-p3.md" of "interview-p3.md");
- a note is already there when the same file (reference) already holds a note with the same
  text and the same question, counted as many times as it is there, whatever source it
  sits under (the same source first): a file with the answer "Too expensive" in three rows
  imports three notes, and importing it again adds none, also with another respondent
  column or none (``--source-column ''``); a fourth such row added to the file later adds
  one. A text file imported by paragraphs and then by lines (``--split line``) adds only
  the lines that are not part of a note of that file already. (A note imported before
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
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from workshop.io.copied_file import as_earlier_file
from workshop.io.evidence_plan import EvidencePlan

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
    references = {s.reference for s in plan.sources}
    source_ids: dict[tuple[str, str], str] = {}
    held = _Held()
    for source_id, label, reference, text, question in existing:
        source_ids.setdefault((label, reference), source_id)
        if text is not None and reference in references:
            if not question and (old := _QUESTION_IN_TEXT.fullmatch(text)) is not None:
                text, question = old.group(1), old.group(2)
            held.add(label, reference, text, question)
    if not held.exact:
        return plan
    identity = {s.key: (s.label, s.reference) for s in plan.sources}
    # The row's own source first, then anywhere in the file, then (a text file split
    # otherwise before) inside a note of the file.
    found = [held.take_exact(*identity[n.source_key], n.text, n.question) for n in plan.notes]
    for index, note in enumerate(plan.notes):
        if not found[index]:
            found[index] = held.take_in_file(identity[note.source_key][1], note.text, note.question)
    for index, note in enumerate(plan.notes):
        if not found[index] and note.column == TEXT_FILE_COLUMN:
            found[index] = held.within_a_note(identity[note.source_key][1], note.text)
    kept = [note for note, there in zip(plan.notes, found, strict=True) if not there]
    already = len(plan.notes) - len(kept)
    matched = {key: source_ids[ident] for key, ident in identity.items() if ident in source_ids}
    used = {n.source_key for n in kept}
    return replace(
        plan,
        notes=tuple(kept),
        sources=tuple(s for s in plan.sources if s.key in used),
        already=plan.already + already,
        existing_sources={k: v for k, v in matched.items() if k in used},
    )


#: The column of a text file read as paragraphs or lines (``evidence_import.TEXT_COLUMN``).
TEXT_FILE_COLUMN = "Note"


class _Held:
    """The notes the workshop holds from the files of a plan, each counted as many times as
    it is there, and used up as the plan's notes are found among them."""

    def __init__(self) -> None:
        self.exact: Counter[tuple[str, str, str, str]] = Counter()
        self.in_file: Counter[tuple[str, str, str]] = Counter()
        self.texts: dict[str, list[str]] = defaultdict(list)

    def add(self, label: str, reference: str, text: str, question: str) -> None:
        self.exact[(label, reference, text, question)] += 1
        self.in_file[(reference, text, question)] += 1
        self.texts[reference].append(text)

    def take_exact(self, label: str, reference: str, text: str, question: str) -> bool:
        slot = (label, reference, text, question)
        if self.exact[slot] <= 0:
            return False
        self.exact[slot] -= 1
        self.in_file[(reference, text, question)] -= 1
        return True

    def take_in_file(self, reference: str, text: str, question: str) -> bool:
        slot = (reference, text, question)
        if self.in_file[slot] <= 0:
            return False
        self.in_file[slot] -= 1
        return True

    def within_a_note(self, reference: str, text: str) -> bool:
        """Whether ``text`` is a line of a note of the file, or (three words or more) a run
        of its words: a line of a paragraph imported before, whose lines a Markdown file
        joins with spaces. A short "No." is not found inside a longer note."""
        words = text.split()
        wanted = f" {' '.join(words)} "
        for held in self.texts[reference]:
            if text.strip() in (line.strip() for line in held.split("\n")):
                return True
            if len(words) >= 3 and wanted in f" {' '.join(held.split())} ":
                return True
        return False
