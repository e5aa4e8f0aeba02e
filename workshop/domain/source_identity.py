"""When two sources are the same source, as a sceptical researcher would judge it.

A source's identity (``Source.identity``) is its kind, label, date and reference, each
folded as :func:`workshop.domain.text_folding.fold` does: "Interview P1", "Interview P1.",
"Interview\u200bP1" and "Interviеw P1" (with a Cyrillic "е") are one label.

A missing value is not a difference: the same kind and label with a date on one copy and
none on the other, or a reference ("recording-01.m4a") on one copy only, is one source.
Two different dates, two different references, or two different respondents make two
sources. :func:`same_sources` groups a workshop's sources so: each source maps to the one
that stands for its group (the first of the most complete), carrying what any of the group
knows (date, reference, respondent, study). A source the respondent of one of its copies
speaks for speaks for that respondent: one interview entered twice, once with its
respondent and once by hand, is still one respondent. Given the workshop's respondents,
two respondent rows with one label, folded ("Ana Lima" twice, "Zoë" typed two ways), are
one respondent here too, as the check counts them (``evidence_units``).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable

from workshop.domain.model import Respondent, Source
from workshop.domain.person_labels import person_key


def same_sources(
    sources: Iterable[Source], respondents: Iterable[Respondent] = ()
) -> dict[str, Source]:
    """Every source's id -> the source that stands for it (itself when it has no copy).
    ``respondents`` (the workshop's) let two respondent rows of one folded label be one."""
    who = {r.id: person_key(r.label) or r.id for r in respondents}
    by_name: dict[tuple[str, str], list[Source]] = defaultdict(list)
    for source in sources:
        by_name[source.identity[:2]].append(source)
    result: dict[str, Source] = {}
    for group in by_name.values():
        if len(group) == 1:
            result[group[0].id] = group[0]
            continue
        for members in _copies(group, who):
            standing = _combined(members)
            for member in members:
                result[member.id] = standing
    return result


def _copies(group: list[Source], who: dict[str, str]) -> list[list[Source]]:
    """Sources of one kind and label, in groups that differ in nothing both say."""
    # The most complete first, so that what they say decides the groups.
    ordered = sorted(group, key=lambda s: (-sum(bool(v) for v in _values(s, who)), s.id))
    groups: list[tuple[list[Source], list[str]]] = []
    for source in ordered:
        values = _values(source, who)
        for members, known in groups:
            if all(not a or not b or a == b for a, b in zip(values, known, strict=True)):
                members.append(source)
                known[:] = [k or v for k, v in zip(known, values, strict=True)]
                break
        else:
            groups.append(([source], list(values)))
    return [members for members, _ in groups]


def _values(source: Source, who: dict[str, str]) -> tuple[str, str, str]:
    """What a copy may leave out: date, reference, respondent (by folded label if known)."""
    _, _, when, reference = source.identity
    respondent = source.respondent_id or ""
    return (when, reference, who.get(respondent, respondent))


def _combined(members: list[Source]) -> Source:
    first = members[0]
    return dataclasses.replace(
        first,
        date=first.date or next((m.date for m in members if m.date), None),
        reference=first.reference or next((m.reference for m in members if m.reference), ""),
        respondent_id=first.respondent_id
        or next((m.respondent_id for m in members if m.respondent_id), None),
        study_id=first.study_id or next((m.study_id for m in members if m.study_id), None),
    )
