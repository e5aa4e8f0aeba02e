"""What an import of evidence will create, before anything is written: the plan.

``EvidencePlan`` holds the notes and sources an import will make (``PlannedNote``,
``PlannedSource``), the study and respondents behind them, and every row or cell left out
with the reason (``RowIssue``); it says all of that in plain words for the summary and the
preview. ``evidence_mapping.map_rows`` makes one from a table, ``transcripts`` from a
transcript; the store applies it in one transaction.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from workshop.domain.model import SourceKind
from workshop.i18n import N_, _, current_language, grouped, ngettext
from workshop.io.research_plan import PlannedRespondent, PlannedStudy

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class PlannedSource:
    key: str
    label: str
    kind: SourceKind
    reference: str
    date: date | None = None
    notes: str = ""
    #: The key of the respondent it speaks for (``EvidencePlan.respondents``), if any.
    respondent_key: str | None = None


class PlannedNote(NamedTuple):
    """A note an import will make (a named tuple: a survey export plans 10,000 of them)."""

    text: str
    source_key: str
    #: Where it came from: the row number in the file and the column header.
    row_number: int
    column: str
    date: date | None = None
    #: Where in the session it was said ("00:14:05"), for transcripts; never note text.
    at: str = ""
    #: The question it answers (a survey column's question, the interviewer's last words):
    #: kept as the note's question, never in its text.
    question: str = ""


@dataclass(frozen=True)
class RowIssue:
    """A row or cell left out (or a date ignored), and why, in the facilitator's words."""

    row_number: int
    reason: str
    column: str = ""
    #: What was left out ("cell", "turn") and what its number counts ("row", "line").
    unit: str = "cell"
    place: str = "row"


@dataclass(frozen=True)
class EvidencePlan:
    file_name: str
    notes: tuple[PlannedNote, ...]
    sources: tuple[PlannedSource, ...]
    skipped: tuple[RowIssue, ...] = ()
    date_issues: tuple[RowIssue, ...] = ()
    rows_read: int = 0
    #: Warnings from reading the file (merged cells filled, ...).
    warnings: tuple[str, ...] = ()
    #: Notes left out because the workshop already holds them (see ``io.reimport``).
    already: int = 0
    #: Planned source key -> id of the workshop's source it is (new notes join it).
    existing_sources: dict[str, str] = field(default_factory=dict)
    #: The study the import is (None for the team's assumptions).
    study: PlannedStudy | None = None
    #: The people the sources speak for (a survey's respondents, a transcript's speakers).
    respondents: tuple[PlannedRespondent, ...] = ()
    #: Columns of free answers the import did not take, and their answers (``column_roles``).
    left_out_columns: tuple[tuple[str, int], ...] = ()

    def respondent_of(self, source_key: str) -> PlannedRespondent | None:
        wanted = next((s.respondent_key for s in self.sources if s.key == source_key), None)
        return next((r for r in self.respondents if r.key == wanted), None)

    def notes_of(self, source_key: str) -> list[PlannedNote]:
        return [n for n in self.notes if n.source_key == source_key]

    def block_sizes(self) -> list[int]:
        """Notes per source, in the order of ``sources`` (one board block each)."""
        counts = Counter(n.source_key for n in self.notes)
        return [counts[s.key] for s in self.sources]

    def summary_lines(self) -> list[str]:
        """What will be (or was) imported, what was skipped and why, in plain words."""
        used = {s.respondent_key for s in self.sources if s.respondent_key is not None}
        respondents = [r for r in self.respondents if r.key in used]
        rows = counted(self.rows_read, "row")
        notes = counted(len(self.notes), "note")
        sources = counted(len(self.sources), "source")
        if respondents:
            first = _("{rows} read from {file}: {notes} from {sources}, {respondents}.").format(
                rows=rows,
                file=self.file_name,
                notes=notes,
                sources=sources,
                respondents=counted(len(respondents), "respondent"),
            )
        else:
            first = _("{rows} read from {file}: {notes} from {sources}.").format(
                rows=rows, file=self.file_name, notes=notes, sources=sources
            )
        lines = [first]
        if self.study is not None and self.notes:
            lines.append(
                _("Study: {name} ({kind}).").format(
                    name=self.study.name, kind=_in_sentence(self.study.kind.label)
                )
            )
        if self.already:
            lines.append(
                ngettext(
                    "{count} note already in the workshop (imported before): not added again.",
                    "{count} notes already in the workshop (imported before): not added again.",
                    self.already,
                ).format(count=grouped(self.already))
            )
        lines += self.skipped_lines()
        if self.left_out_columns:
            lines.append(_left_out_line(self.left_out_columns))
        lines += [
            _("Date ignored for {what}").format(what=line) for line in _grouped(self.date_issues)
        ]
        lines += [_("Note: {warning}").format(warning=warning) for warning in self.warnings]
        return lines

    def skipped_lines(self) -> list[str]:
        """One line per reason cells were left out ("Skipped 3 cells: no text in …")."""
        return [_("Skipped {what}").format(what=line) for line in _grouped(self.skipped)]

    def summary(self) -> str:
        return "\n".join(self.summary_lines())

    def preview_lines(self, count: int = 5) -> list[str]:
        """The first notes as they will be made: where each comes from (row, or time and
        speaker), its source, its question, and its text as the board will show it."""
        labels = {s.key: s.label for s in self.sources}
        lines = []
        for note in self.notes[:count]:
            where = (
                _("at {time}").format(time=note.at)
                if note.at
                else _("row {row}").format(row=note.row_number)
            )
            lines.append(
                _("{where}, {source}:").format(where=where, source=labels.get(note.source_key, ""))
            )
            respondent = self.respondent_of(note.source_key)
            if respondent is not None:
                described = "; ".join(f"{k}: {v}" for k, v in respondent.attributes.items())
                extra = f" ({_shorten(described, 160)})" if described else ""
                lines.append("    " + _("respondent: {name}").format(name=respondent.label) + extra)
            if note.date is not None:
                lines.append("    " + _("date: {date}").format(date=note.date.isoformat()))
            if note.question:
                lines.append(
                    "    " + _("question: {question}").format(question=_shorten(note.question, 160))
                )
            lines.append("    " + _("note: {text}").format(text=_shorten(note.text, 240)))
        if len(self.notes) > count:
            more = len(self.notes) - count
            lines.append(
                ngettext("… and {count} more note.", "… and {count} more notes.", more).format(
                    count=grouped(more)
                )
            )
        return lines


def _in_sentence(label: str) -> str:
    """A kind's label inside a sentence: lower case ("survey"), except in German, where
    nouns keep their capital ("Umfrage")."""
    return label if current_language() == "de" else label.lower()


def _grouped(issues: tuple[RowIssue, ...]) -> list[str]:
    by_reason: dict[tuple[str, str, str], list[int]] = {}
    for issue in issues:
        by_reason.setdefault((issue.reason, issue.unit, issue.place), []).append(issue.row_number)
    lines = []
    for (reason, unit, place), rows in by_reason.items():
        shown = ", ".join(str(r) for r in rows[:8]) + (", …" if len(rows) > 8 else "")
        lines.append(
            _("{count}: {reason} ({place} {numbers})").format(
                count=counted(len(rows), unit),
                reason=reason,
                place=_(_PLACES.get(place, place)),
                numbers=shown,
            )
        )
    return lines


def _shorten(text: str, limit: int) -> str:
    text = _SPACES.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: What a number in a skipped line counts ("row 3, 5"), translated where it is shown.
_PLACES = {"row": N_("row"), "line": N_("line"), "paragraph": N_("paragraph")}


def counted(number: int, noun: str) -> str:
    """``number`` of ``noun`` ("1 row", "1,204 notes") in the current language."""
    forms = {
        "row": lambda n: ngettext("{count} row", "{count} rows", n),
        "note": lambda n: ngettext("{count} note", "{count} notes", n),
        "source": lambda n: ngettext("{count} source", "{count} sources", n),
        "respondent": lambda n: ngettext("{count} respondent", "{count} respondents", n),
        "cell": lambda n: ngettext("{count} cell", "{count} cells", n),
        "turn": lambda n: ngettext("{count} turn", "{count} turns", n),
    }
    form = forms.get(noun)
    if form is None:
        return f"{grouped(number)} {noun}" + ("" if number == 1 else "s")
    return form(number).format(count=grouped(number))


def _left_out_line(columns: tuple[tuple[str, int], ...]) -> str:
    """Not imported: “What would you change?” (4 answers); add it with --text-column."""
    named = ", ".join(
        ngettext("“{column}” ({count} answer)", "“{column}” ({count} answers)", n).format(
            column=c, count=grouped(n)
        )
        for c, n in columns
    )
    return ngettext(
        "Not imported: {columns}; add it with --text-column.",
        "Not imported: {columns}; add them with --text-column.",
        len(columns),
    ).format(columns=named)
