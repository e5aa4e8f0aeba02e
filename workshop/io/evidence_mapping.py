"""From a table of research export rows to the notes and sources an import will create.

The facilitator says which column(s) hold the note text, which column names the respondent
or ticket (each distinct value becomes a source, and for people a respondent: see
``research_plan``; without one, the whole file is one source), the kind of source, and
optionally a date column and columns describing each respondent (their attributes). The
import is one study, named after the file unless told. ``map_rows`` turns that into an
``EvidencePlan``: the notes, the sources, the study and respondents, and every row or cell
left out with the reason, so the summary can say what was imported, what was skipped and
why. Nothing is written here; the store applies the plan in one transaction.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from workshop.domain.limits import NOTE_TEXT_MAX, SHORT_TEXT_MAX, one_line_problem
from workshop.domain.model import SourceKind
from workshop.errors import ImportFailed
from workshop.i18n import N_, _, current_language, grouped, ngettext
from workshop.io.lenient_dates import DateOrder, infer_day_order, read_date
from workshop.io.research_plan import (
    PlannedRespondent,
    PlannedStudy,
    has_respondents,
    respondent_label,
    study_for,
)
from workshop.io.tabular import Table

#: The source key of the one source made for a whole file.
WHOLE_FILE = "file"

#: Cell values that mean "no answer" in survey exports.
NO_ANSWER = frozenset({"n/a", "na", "#n/a", "-", "--", "---", "—", "–", ".", "null"})

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f]")
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


def too_long(text: str, where: str) -> str:
    """Why a text cannot become a note, naming where it is in the file."""
    return _(
        "{where} holds {count} characters, more than a note can hold ({limit}); shorten it "
        "or split it over several rows or paragraphs"
    ).format(where=where, count=grouped(len(text)), limit=grouped(NOTE_TEXT_MAX))


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
        rows = _count(self.rows_read, "row")
        notes = _count(len(self.notes), "note")
        sources = _count(len(self.sources), "source")
        if respondents:
            first = _("{rows} read from {file}: {notes} from {sources}, {respondents}.").format(
                rows=rows,
                file=self.file_name,
                notes=notes,
                sources=sources,
                respondents=_count(len(respondents), "respondent"),
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


@dataclass(frozen=True)
class ImportMapping:
    """The facilitator's choices for one kind of export; the wizard remembers it per
    header signature, the CLI builds it from its options."""

    text_columns: tuple[str, ...]
    source_column: str | None = None
    source_kind: SourceKind = SourceKind.OTHER
    date_column: str | None = None
    skip_empty: bool = True
    header_row: int = 1
    join_columns: bool = False
    #: Join cells past the last header back onto the last column instead of refusing.
    join_extra_cells: bool = False
    #: For a transcript: the speakers whose words are evidence (empty: guessed).
    speakers: tuple[str, ...] = ()
    #: Keep each note's question (as the note's question, not in its text): the
    #: interviewer's last question for a transcript, the column's question for a survey.
    question_context: bool = False
    #: Columns describing each respondent (region, age band), kept as their attributes.
    attribute_columns: tuple[str, ...] = ()
    #: The study the import is part of (default: one named after the file).
    study_name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text_columns": list(self.text_columns),
            "source_column": self.source_column,
            "source_kind": self.source_kind.value,
            "date_column": self.date_column,
            "skip_empty": self.skip_empty,
            "header_row": self.header_row,
            "join_columns": self.join_columns,
            "join_extra_cells": self.join_extra_cells,
            "question_context": self.question_context,
        }

    @classmethod
    def from_dict(cls, data: object) -> ImportMapping | None:
        """A remembered mapping, or None if it is not one (settings may hold anything)."""
        if not isinstance(data, dict):
            return None
        columns = data.get("text_columns")
        if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
            return None
        try:
            kind = SourceKind(data.get("source_kind", SourceKind.OTHER.value))
        except ValueError:
            kind = SourceKind.OTHER
        header_row = data.get("header_row", 1)
        return cls(
            text_columns=tuple(columns),
            source_column=_str_or_none(data.get("source_column")),
            source_kind=kind,
            date_column=_str_or_none(data.get("date_column")),
            skip_empty=bool(data.get("skip_empty", True)),
            header_row=header_row if isinstance(header_row, int) and header_row >= 0 else 1,
            join_columns=bool(data.get("join_columns", False)),
            join_extra_cells=bool(data.get("join_extra_cells", False)),
            question_context=bool(data.get("question_context", False)),
        )

    def fits(self, table: Table) -> bool:
        """Whether every column it names is in the table."""
        wanted = [*self.text_columns, self.source_column, self.date_column]
        return all(c is None or c in table.headers for c in wanted)


def header_signature(headers: Sequence[str]) -> str:
    """A stable short hash of a table's headers (case and spacing ignored)."""
    normal = "\x1f".join(_SPACES.sub(" ", h).strip().casefold() for h in headers)
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def parse_source_kind(text: str | SourceKind) -> SourceKind:
    """A source kind from its value or label ("support_ticket", "Support ticket")."""
    if isinstance(text, SourceKind):
        return text
    wanted = re.sub(r"[\s-]+", "_", text.strip().casefold())
    for kind in SourceKind:
        if wanted in (kind.value, re.sub(r"\s+", "_", kind.label.casefold())):
            return kind
    choices = ", ".join(k.value for k in SourceKind)
    raise ImportFailed(
        _("'{text}' is not a kind of source; use one of: {choices}").format(
            text=text, choices=choices
        )
    )


def map_rows(
    table: Table,
    *,
    text_columns: Sequence[int | str],
    source_column: int | str | None = None,
    source_kind: SourceKind | str = SourceKind.OTHER,
    date_column: int | str | None = None,
    skip_empty: bool = True,
    header_row: int | None = None,
    first_data_row: int | None = None,
    join_columns: bool = False,
    join_extra_cells: bool = False,
    question_context: bool = False,
    attribute_columns: Sequence[int | str] = (),
    study_name: str | None = None,
) -> EvidencePlan:
    """Plan the notes and sources for an import of ``table``.

    Columns are given by header, index, 1-based number or letter (``Table.column_index``).
    With several text columns each filled cell becomes a note, unless ``join_columns``
    makes one note per row. ``header_row``/``first_data_row``, when given, re-split the
    table first. A delimited row with more cells than the header is refused (naming the
    row) unless ``join_extra_cells`` joins them back onto the last column. With
    ``question_context`` each note keeps the question its column answers (as its question,
    not in its text). Each distinct value of the source column is a source
    and, unless the kind of source is not about people (tickets, analytics, assumptions),
    a respondent (``research_plan``); ``attribute_columns`` describe each respondent: their
    values become the respondent's attributes ("Age band": "25-34"), never notes. The
    import is one study, named ``study_name`` or after the file.
    """
    kind = parse_source_kind(source_kind)
    if header_row is not None and (
        header_row != table.header_row
        or (first_data_row is not None and first_data_row != table.first_data_row)
    ):
        table = table.with_header_row(header_row, first_data_row)
    if table.extra_cells:
        if not join_extra_cells:
            raise ImportFailed(table.extra_cells_message(), where=table.name)
        table = table.with_extra_cells_joined()
    if not text_columns:
        raise ImportFailed(_("choose at least one column for the note text"), where=table.name)
    text_indexes = list(dict.fromkeys(table.column_index(c) for c in text_columns))
    source_index = None if source_column is None else table.column_index(source_column)
    date_index = None if date_column is None else table.column_index(date_column)
    dates = None if date_index is None else _DateColumn(table, date_index)

    attributes = [table.column_index(c) for c in attribute_columns]
    if attributes and source_index is None:
        raise ImportFailed(
            _("attribute columns describe respondents: choose the respondent column too"),
            where=table.name,
        )
    builder = _PlanBuilder(table, kind, source_index, attributes, study_name)
    headers = table.headers
    asked = {
        headers[i]: _SPACES.sub(" ", table.question_of(i)).strip()
        for i in text_indexes
        if question_context
        and not join_columns
        and (table.question_row or table.question_of(i).rstrip().endswith("?"))
    }
    for row, number in zip(table.rows, table.row_numbers, strict=True):
        row_date = dates.read(row, number, builder.date_issues) if dates else None
        if source_index is not None and len(row[source_index]) > SHORT_TEXT_MAX:
            problem = one_line_problem(row[source_index], _("the source name"))
            raise ImportFailed(
                _("row {row}, “{column}”: {problem}").format(
                    row=number, column=headers[source_index], problem=problem
                ),
                where=table.name,
            )
        key = builder.source_key(row)
        if attributes:
            builder.note_attributes(key, row)
        cells = [(headers[i], _clean(row[i])) for i in text_indexes]
        if join_columns:
            cells = _joined(cells)
        for column, text in cells:
            if skip_empty and (not text or text.casefold() in NO_ANSWER):
                reason = _skip_reason(text, column, skip_empty)
                builder.skipped.append(RowIssue(number, reason, column))
                continue
            if len(text) > NOTE_TEXT_MAX:
                if table.header_row == 0 and headers == ("Note",):
                    where = _("paragraph {number}").format(number=number)
                else:
                    where = _("row {row}, “{column}”").format(row=number, column=column)
                raise ImportFailed(too_long(text, where), where=table.name)
            question = asked.get(column, "")
            builder.add_note(PlannedNote(text, key, number, column, row_date, "", question))
    return builder.plan()


class _PlanBuilder:
    def __init__(
        self,
        table: Table,
        kind: SourceKind,
        source_index: int | None,
        attributes: Sequence[int] = (),
        study_name: str | None = None,
    ) -> None:
        self.study_name = study_name
        self.attributes = list(dict.fromkeys(i for i in attributes if i != source_index))
        self.described: dict[str, dict[str, str]] = {}
        self.keys: dict[str, str] = {}  # the source cell as written -> source key
        self.table = table
        self.kind = kind
        self.source_index = source_index
        self.notes: list[PlannedNote] = []
        self.skipped: list[RowIssue] = []
        self.date_issues: list[RowIssue] = []
        self.labels: dict[str, str] = {}  # source key -> first spelling seen
        self.dates: dict[str, list[date]] = {}

    def source_key(self, row: list[str]) -> str:
        if self.source_index is None:
            return WHOLE_FILE
        raw = row[self.source_index]
        key = self.keys.get(raw)
        if key is None:  # respondents come back row after row: each spelling once
            value = _SPACES.sub(" ", _clean(raw))
            key = self.keys[raw] = "value:" + value.casefold()
            self.labels.setdefault(key, value)
        return key

    def note_attributes(self, key: str, row: list[str]) -> None:
        """Remember a respondent's attributes (the first value seen for each)."""
        if not self.attributes:
            return
        known = self.described.setdefault(key, {})
        for index in self.attributes:
            value = _SPACES.sub(" ", _clean(row[index]))
            if value and value.casefold() not in NO_ANSWER:
                known.setdefault(self.table.question_of(index), value)

    def add_note(self, note: PlannedNote) -> None:
        self.notes.append(note)
        if note.date is not None:
            self.dates.setdefault(note.source_key, []).append(note.date)

    def plan(self) -> EvidencePlan:
        table = self.table
        used = list(dict.fromkeys(n.source_key for n in self.notes))
        reference = (
            table.name
            if not table.sheet
            else _("{file}, sheet {sheet}").format(file=table.name, sheet=table.sheet)
        )
        counts = Counter(n.source_key for n in self.notes)
        people = self.source_index is not None and has_respondents(self.kind)
        sources = []
        respondents = []
        all_dates: list[date] = []
        for key in used:
            dates = self.dates.get(key, [])
            all_dates += dates
            notes = _("Imported from {reference}: {notes}.").format(
                reference=reference, notes=_count(counts[key], "note")
            )
            if len(set(dates)) > 1:
                notes += " " + _("Dates {first} to {last}.").format(
                    first=min(dates).isoformat(), last=max(dates).isoformat()
                )
            respondent = self._respondent(key) if people else None
            if respondent is not None:
                respondents.append(respondent)
            sources.append(
                PlannedSource(
                    key=key,
                    label=self._label(key),
                    kind=self.kind,
                    reference=reference,
                    date=max(dates) if dates else None,
                    notes=notes,
                    respondent_key=None if respondent is None else respondent.key,
                )
            )
        return EvidencePlan(
            file_name=table.name,
            notes=tuple(self.notes),
            sources=tuple(sources),
            skipped=tuple(self.skipped),
            date_issues=tuple(self.date_issues),
            rows_read=len(table.rows),
            warnings=table.warnings,
            study=study_for(self.kind, self.study_name or _study_name(table), all_dates),
            respondents=tuple(respondents),
        )

    def _respondent(self, key: str) -> PlannedRespondent | None:
        """The respondent behind a source key (None for rows with no respondent id)."""
        assert self.source_index is not None
        value = self.labels[key]
        if not value:
            return None
        header = self.table.headers[self.source_index]
        label = respondent_label(value, self.table.name, header)
        return PlannedRespondent(key, label, dict(self.described.get(key, {})))

    def _label(self, key: str) -> str:
        table = self.table
        if key == WHOLE_FILE:
            if table.sheet and len(table.sheets) > 1:
                return _("{file} ({sheet})").format(file=table.name, sheet=table.sheet)
            return table.name
        assert self.source_index is not None
        header = table.headers[self.source_index]
        value = self.labels[key]
        if not value:
            return _("{file} (no {column})").format(file=table.name, column=header)
        if any(map(str.isalpha, value)):
            return value
        # "Respondent ID 17" rather than a bare "17"
        return _("{column} {value}").format(column=header, value=value)


class _DateColumn:
    """Reads the date column, each distinct spelling once (exports repeat dates a lot)."""

    def __init__(self, table: Table, index: int) -> None:
        self.index = index
        self.header = table.headers[index]
        self.order: DateOrder | None = infer_day_order(table.column_values(index))
        self.seen: dict[str, date | str] = {}

    def read(self, row: list[str], number: int, issues: list[RowIssue]) -> date | None:
        value = row[self.index]
        found = self.seen.get(value)
        if found is None:
            found = read_date(value, self.order) if value.strip() else ""
            self.seen[value] = found
        if isinstance(found, date):
            return found
        if found:
            issues.append(RowIssue(number, found, self.header))
        return None


def _study_name(table: Table) -> str:
    if table.sheet and len(table.sheets) > 1:
        return _("{file} ({sheet})").format(file=table.name, sheet=table.sheet)
    return table.name


def _joined(cells: list[tuple[str, str]]) -> list[tuple[str, str]]:
    filled = [(c, t) for c, t in cells if t and t.casefold() not in NO_ANSWER]
    if len(filled) == 1:
        return filled
    if not filled:
        return [(" + ".join(c for c, _ in cells), "")]
    return [(" + ".join(c for c, _ in filled), "\n".join(f"{c}: {t}" for c, t in filled))]


def _skip_reason(text: str, column: str, skip_empty: bool) -> str:
    if not skip_empty:
        return ""
    if not text:
        return _("no text in “{column}”").format(column=column)
    if text.casefold() in NO_ANSWER:
        return _("no answer (“{text}”) in “{column}”").format(text=text, column=column)
    return ""


def _in_sentence(label: str) -> str:
    """A kind's label inside a sentence: lower case ("survey"), except in German, where
    nouns keep their capital ("Umfrage")."""
    return label if current_language() == "de" else label.lower()


def _clean(cell: str) -> str:
    if _CONTROL.search(cell) is not None:
        cell = _CONTROL.sub("", cell)
    return cell.strip()


def _grouped(issues: tuple[RowIssue, ...]) -> list[str]:
    by_reason: dict[tuple[str, str, str], list[int]] = {}
    for issue in issues:
        by_reason.setdefault((issue.reason, issue.unit, issue.place), []).append(issue.row_number)
    lines = []
    for (reason, unit, place), rows in by_reason.items():
        shown = ", ".join(str(r) for r in rows[:8]) + (", …" if len(rows) > 8 else "")
        lines.append(
            _("{count}: {reason} ({place} {numbers})").format(
                count=_count(len(rows), unit),
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


def _count(number: int, noun: str) -> str:
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


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
