"""A file imported again under another name is the same file: recognised by its rows.

"survey.csv" downloaded twice is "survey (1).csv"; copied to a laptop it is "Survey
final.csv". Its rows are the same evidence, and importing them again must add nothing.
``as_earlier_file`` recognises such a copy by content, not by name: an earlier import whose
rows (each row's respondent or source, its text and its question) are mostly the rows of
this file — at least half of this file's notes are among the earlier file's, and at least
half of the earlier file's are among this one's, and at least ``MIN_SHARED`` rows — is
the same file. The plan is then read
as that file (its references, the labels that name the file, and the study named after the
file), so ``reimport.leave_out_existing`` leaves out what is already there and a changed
copy adds only its new rows, to the sources made before. The summary says so.

A row's respondent is part of what it is: "Too expensive" said by P1 and by P7 are two
rows. Labels that name the file ("Respondent ID 17 (survey.csv)") are compared with the
file's name taken out.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from workshop.i18n import _
from workshop.io.evidence_mapping import EvidencePlan

#: (source id, label, reference, note text or None, note question), as the workshop
#: lists its imported evidence (``WorkshopFile.imported_evidence``).
EvidenceRow = tuple[str, str, str, str | None, str]

#: Rows a copy must share with the earlier file: two short files that say the same thing
#: ("17, Too slow") may be two people's answers, not one file twice.
MIN_SHARED = 3

_FILE = "\x00file\x00"
_SHEET = ", sheet "


def as_earlier_file(plan: EvidencePlan, existing: Sequence[EvidenceRow]) -> EvidencePlan:
    """``plan`` read as the earlier import it is a copy of, or unchanged (see the module)."""
    references = {s.reference for s in plan.sources}
    if len(references) != 1 or not plan.notes:
        return plan
    [reference] = references
    earlier: dict[str, Counter[tuple[str, str, str]]] = defaultdict(Counter)
    for _id, label, held_in, text, question in existing:
        if text is not None and held_in != reference:
            earlier[held_in][(_without(label, _file_of(held_in)), text, question)] += 1
    if not earlier:  # nothing imported from another file: no copy to look for
        return plan
    labels = {s.key: s.label for s in plan.sources}
    file_name = _file_of(reference)
    rows: Counter[tuple[str, str, str]] = Counter(
        (_without(labels[n.source_key], file_name), n.text, n.question) for n in plan.notes
    )
    best, best_shared = None, 0
    for held_in, held in earlier.items():
        shared = sum((rows & held).values())
        mostly = shared * 2 >= rows.total() and shared * 2 >= held.total()
        if shared >= max(best_shared + 1, MIN_SHARED) and mostly:
            best, best_shared = held_in, shared
    if best is None:
        return plan
    earlier_name = _file_of(best)
    sources = tuple(
        replace(s, reference=best, label=s.label.replace(file_name, earlier_name))
        for s in plan.sources
    )
    study = plan.study
    if study is not None and study.name.startswith(file_name):
        study = replace(study, name=study.name.replace(file_name, earlier_name, 1))
    said = _("{file} holds the same rows as {earlier}, imported before: read as {earlier}").format(
        file=plan.file_name, earlier=earlier_name
    )
    return replace(plan, sources=sources, study=study, warnings=(*plan.warnings, said))


def _file_of(reference: str) -> str:
    return reference.split(_SHEET, 1)[0]


def _without(label: str, file_name: str) -> str:
    return " ".join((label.replace(file_name, _FILE) if file_name else label).casefold().split())
