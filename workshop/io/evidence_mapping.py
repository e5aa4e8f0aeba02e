"""From a table of research export rows to the notes and sources an import will create.

The facilitator says which column(s) hold the note text, which column names the respondent
or ticket (each distinct value becomes a source; without one, the whole file is one
source), the kind of source, and optionally a date column. ``map_rows`` turns that into an
``EvidencePlan``: the notes, the sources, and every row or cell left out with the reason,
so the summary can say what was imported, what was skipped and why. Nothing is written
here; the store applies the plan in one transaction.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from workshop.domain.limits import NOTE_TEXT_MAX
from workshop.domain.model import SourceKind
from workshop.errors import ImportFailed
from workshop.io.lenient_dates import DateOrder, infer_day_order, read_date
from workshop.io.tabular import Table

#: The source key of the one source made for a whole file.
WHOLE_FILE = "file"

#: Cell values that mean "no answer" in survey exports.
NO_ANSWER = frozenset({"n/a", "na", "#n/a", "-", "--", "---", "—", "–", ".", "null"})

_CONTROL = dict.fromkeys(c for c in range(32) if chr(c) not in "\n\t")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class PlannedSource:
    key: str
    label: str
    kind: SourceKind
    reference: str
    date: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class PlannedNote:
    text: str
    source_key: str
    #: Where it came from: the row number in the file and the column header.
    row_number: int
    column: str
    date: date | None = None


@dataclass(frozen=True)
class RowIssue:
    """A row or cell left out (or a date ignored), and why, in the facilitator's words."""

    row_number: int
    reason: str
    column: str = ""


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

    def notes_of(self, source_key: str) -> list[PlannedNote]:
        return [n for n in self.notes if n.source_key == source_key]

    def block_sizes(self) -> list[int]:
        """Notes per source, in the order of ``sources`` (one board block each)."""
        counts = Counter(n.source_key for n in self.notes)
        return [counts[s.key] for s in self.sources]

    def summary_lines(self) -> list[str]:
        """What will be (or was) imported, what was skipped and why, in plain words."""
        lines = [
            f"{_count(self.rows_read, 'row')} read from {self.file_name}: "
            f"{_count(len(self.notes), 'note')} from {_count(len(self.sources), 'source')}."
        ]
        lines += [f"Skipped {line}" for line in _grouped(self.skipped)]
        lines += [f"Date ignored for {line}" for line in _grouped(self.date_issues)]
        lines += [f"Note: {warning}" for warning in self.warnings]
        return lines

    def summary(self) -> str:
        return "\n".join(self.summary_lines())


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

    def to_dict(self) -> dict[str, Any]:
        return {
            "text_columns": list(self.text_columns),
            "source_column": self.source_column,
            "source_kind": self.source_kind.value,
            "date_column": self.date_column,
            "skip_empty": self.skip_empty,
            "header_row": self.header_row,
            "join_columns": self.join_columns,
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
    raise ImportFailed(f"'{text}' is not a kind of source; use one of: {choices}")


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
) -> EvidencePlan:
    """Plan the notes and sources for an import of ``table``.

    Columns are given by header, index, 1-based number or letter (``Table.column_index``).
    With several text columns each filled cell becomes a note, unless ``join_columns``
    makes one note per row. ``header_row``/``first_data_row``, when given, re-split the
    table first.
    """
    kind = parse_source_kind(source_kind)
    if header_row is not None and (
        header_row != table.header_row
        or (first_data_row is not None and first_data_row != table.first_data_row)
    ):
        table = table.with_header_row(header_row, first_data_row)
    if not text_columns:
        raise ImportFailed("choose at least one column for the note text", where=table.name)
    text_indexes = list(dict.fromkeys(table.column_index(c) for c in text_columns))
    source_index = None if source_column is None else table.column_index(source_column)
    date_index = None if date_column is None else table.column_index(date_column)
    dates = None if date_index is None else _DateColumn(table, date_index)

    builder = _PlanBuilder(table, kind, source_index)
    headers = table.headers
    for row, number in zip(table.rows, table.row_numbers, strict=True):
        row_date = dates.read(row, number, builder.date_issues) if dates else None
        key = builder.source_key(row)
        cells = [(headers[i], _clean(row[i])) for i in text_indexes]
        if join_columns:
            cells = _joined(cells)
        for column, text in cells:
            reason = _skip_reason(text, column, skip_empty)
            if reason:
                builder.skipped.append(RowIssue(number, reason, column))
                continue
            if len(text) > NOTE_TEXT_MAX:
                raise ImportFailed(
                    f"row {number}, “{column}”: the text is {len(text):,} characters long; "
                    f"a note holds at most {NOTE_TEXT_MAX:,} — shorten or split it",
                    where=table.name,
                )
            builder.add_note(PlannedNote(text, key, number, column, row_date))
    return builder.plan()


class _PlanBuilder:
    def __init__(self, table: Table, kind: SourceKind, source_index: int | None) -> None:
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
        value = _SPACES.sub(" ", _clean(row[self.source_index]))
        key = "value:" + value.casefold()
        self.labels.setdefault(key, value)
        return key

    def add_note(self, note: PlannedNote) -> None:
        self.notes.append(note)
        if note.date is not None:
            self.dates.setdefault(note.source_key, []).append(note.date)

    def plan(self) -> EvidencePlan:
        table = self.table
        used = list(dict.fromkeys(n.source_key for n in self.notes))
        reference = table.name if not table.sheet else f"{table.name}, sheet {table.sheet}"
        counts = Counter(n.source_key for n in self.notes)
        sources = []
        for key in used:
            dates = self.dates.get(key, [])
            notes = f"Imported from {reference}: {_count(counts[key], 'note')}."
            if len(set(dates)) > 1:
                notes += f" Dates {min(dates).isoformat()} to {max(dates).isoformat()}."
            sources.append(
                PlannedSource(
                    key=key,
                    label=self._label(key),
                    kind=self.kind,
                    reference=reference,
                    date=max(dates) if dates else None,
                    notes=notes,
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
        )

    def _label(self, key: str) -> str:
        table = self.table
        if key == WHOLE_FILE:
            if table.sheet and len(table.sheets) > 1:
                return f"{table.name} ({table.sheet})"
            return table.name
        assert self.source_index is not None
        header = table.headers[self.source_index]
        value = self.labels[key]
        if not value:
            return f"{table.name} (no {header})"
        if any(ch.isalpha() for ch in value):
            return value
        return f"{header} {value}"  # "Respondent ID 17" rather than a bare "17"


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
        return f"no text in “{column}”"
    if text.casefold() in NO_ANSWER:
        return f"no answer (“{text}”) in “{column}”"
    return ""


def _clean(cell: str) -> str:
    return cell.translate(_CONTROL).strip()


def _grouped(issues: tuple[RowIssue, ...]) -> list[str]:
    by_reason: dict[str, list[int]] = {}
    for issue in issues:
        by_reason.setdefault(issue.reason, []).append(issue.row_number)
    lines = []
    for reason, rows in by_reason.items():
        shown = ", ".join(str(r) for r in rows[:8]) + (", …" if len(rows) > 8 else "")
        lines.append(f"{_count(len(rows), 'cell')}: {reason} (row {shown})")
    return lines


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" + ("" if number == 1 else "s")


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
