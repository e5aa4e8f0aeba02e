"""A file imported again under another name is the same file: recognised by its rows.

"survey.csv" downloaded twice is "survey (1).csv"; copied to a laptop it is "Survey
final.csv"; a survey still collecting answers is exported again a week later as "Budget
survey week3.csv", the rows of "Budget survey week1.csv" plus the new ones. Its rows are the
same evidence, and importing them again must add nothing. ``as_earlier_file`` recognises
such a file by content, not by name: an earlier import is the same file when

- its rows (each row's respondent or source, its text and its question) are the rows of
  this file, as many times each, and either there are at least ``MIN_SHARED`` of them or
  this file is named as a copy of it is ("notes (1).txt", "p4 copy.txt": a renamed copy
  of a two-paragraph file; two one-row files "march.csv" and "april.csv" that both say
  "17, Too slow" may be two people's answers), or
- they share at least ``MIN_SHARED`` rows and most of one file's rows are in the other:
  most of the earlier file's rows are in this one (a later export, with more answers) or
  most of this one's are in the earlier (an earlier export, imported after).

The plan is then read as that file (its references, the labels that name the file, and the
study named after the file), so ``reimport.leave_out_existing`` leaves out what is already
there and a later export adds only its new rows, to the sources and respondents made
before. The summary says so.

A row's respondent is part of what it is: "Too expensive" said by P1 and by P7 are two
rows. Labels that name the file ("Respondent ID 17 (survey.csv)") are compared with the
file's name taken out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from workshop.i18n import _, grouped, ngettext
from workshop.io.evidence_plan import EvidencePlan

#: (source id, label, reference, note text or None, note question), as the workshop
#: lists its imported evidence (``WorkshopFile.imported_evidence``).
EvidenceRow = tuple[str, str, str, str | None, str]

#: Rows a file that is not a row-for-row copy must share with the earlier file: two short
#: files that say the same thing ("17, Too slow") may be two people's answers, not one
#: file twice.
MIN_SHARED = 3

_FILE = "\x00file\x00"
#: What a copy's name adds to the original's: " (1)", " copy", "Copy of ", " - Kopie".
_COPY_MARKS = re.compile(
    r"^(?:copy of|kopie von|copie de|copia de)\s+|\s*\(\d+\)$"
    r"|[\s_-]*(?:copy|kopie|copie|copia)(?:[\s_-]*\(?\d+\)?)?$",
    re.IGNORECASE,
)
_SHEET = ", sheet "


def as_earlier_file(plan: EvidencePlan, existing: Sequence[EvidenceRow]) -> EvidencePlan:
    """``plan`` read as the earlier import it is a copy of, or unchanged (see the module)."""
    references = {s.reference for s in plan.sources}
    if len(references) != 1 or not plan.notes:
        return plan
    [reference] = references
    earlier: dict[str, Counter[tuple[str, str, str]]] = defaultdict(Counter)
    for _source, label, held_in, text, question in existing:
        if text is not None and held_in != reference:
            earlier[held_in][(_without(label, _file_of(held_in)), text, question)] += 1
    if not earlier:  # nothing imported from another file: no copy to look for
        return plan
    labels = {s.key: s.label for s in plan.sources}
    file_name = _file_of(reference)
    rows: Counter[tuple[str, str, str]] = Counter(
        (_without(labels[n.source_key], file_name), n.text, n.question) for n in plan.notes
    )
    best, best_shared, same = None, 0, False
    for held_in, held in earlier.items():
        shared = sum((rows & held).values())
        if shared <= best_shared:
            continue
        if rows == held and (shared >= MIN_SHARED or _copy_named(file_name, _file_of(held_in))):
            best, best_shared, same = held_in, shared, True  # a renamed copy, however short
            continue
        mostly = shared * 2 >= rows.total() or shared * 2 >= held.total()
        if shared >= MIN_SHARED and mostly:
            best, best_shared, same = held_in, shared, False
    if best is None:
        return plan
    earlier_name = _file_of(best)
    sources = tuple(
        replace(s, reference=best, label=s.label.replace(file_name, earlier_name))
        for s in plan.sources
    )
    ours, theirs = f"({file_name})", f"({earlier_name})"
    respondents = tuple(
        replace(r, label=r.label[: -len(ours)] + theirs) if r.label.endswith(ours) else r
        for r in plan.respondents
    )
    study = plan.study
    if study is not None and study.name.startswith(file_name):
        study = replace(study, name=study.name.replace(file_name, earlier_name, 1))
    if same:
        said = _(
            "{file} holds the same rows as {earlier}, imported before: read as {earlier}"
        ).format(file=plan.file_name, earlier=earlier_name)
    else:
        said = ngettext(
            "{file} shares {count} row with {earlier}, imported before: read as another "
            "export of {earlier}",
            "{file} shares {count} rows with {earlier}, imported before: read as another "
            "export of {earlier}",
            best_shared,
        ).format(file=plan.file_name, count=grouped(best_shared), earlier=earlier_name)
    return replace(
        plan,
        sources=sources,
        respondents=respondents,
        study=study,
        warnings=(*plan.warnings, said),
    )


def _copy_named(name: str, earlier: str) -> bool:
    """Whether ``name`` is what a copy of ``earlier`` is called: "notes (1).txt", "p4
    copy.txt", "Copy of survey.csv", "survey - Kopie.csv"."""
    stem, dot, suffix = name.rpartition(".")
    earlier_stem, earlier_dot, earlier_suffix = earlier.rpartition(".")
    if (dot, suffix.casefold()) != (earlier_dot, earlier_suffix.casefold()):
        return False
    bare = _COPY_MARKS.sub("", stem if dot else suffix).strip().casefold()
    return bare == (earlier_stem if earlier_dot else earlier_suffix).strip().casefold()


def _file_of(reference: str) -> str:
    return reference.split(_SHEET, 1)[0]


def _without(label: str, file_name: str) -> str:
    return " ".join((label.replace(file_name, _FILE) if file_name else label).casefold().split())
