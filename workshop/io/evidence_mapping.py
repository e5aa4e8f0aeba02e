"""From a table of research export rows to the notes and sources an import will create.

The facilitator says which column(s) hold the note text, which column names the respondent
or ticket (each distinct value becomes a source, and for people a respondent: see
``research_plan``; without one, the whole file is one source), the kind of source, and
optionally a date column and columns describing each respondent (their attributes). The
import is one study, named after the file unless told (those choices, remembered, are an
``import_mapping.ImportMapping``). ``map_rows`` turns that into an ``EvidencePlan``
(``evidence_plan``): the notes, the sources, the study and respondents, and every row or
cell left out with the reason, so the summary can say what was imported, what was skipped
and why. Nothing is written here; the store applies the plan in one transaction.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from workshop.domain.limits import NOTE_TEXT_MAX, SHORT_TEXT_MAX, one_line_problem
from workshop.domain.model import SourceKind
from workshop.errors import ImportFailed
from workshop.i18n import _, grouped
from workshop.io.evidence_plan import EvidencePlan, PlannedNote, PlannedSource, RowIssue, counted
from workshop.io.import_mapping import parse_source_kind
from workshop.io.lenient_dates import DateOrder, infer_day_order, read_date
from workshop.io.research_plan import (
    PlannedRespondent,
    has_respondents,
    respondent_label,
    study_for,
)
from workshop.io.survey_headers import QUESTION_MARKS
from workshop.io.tabular import Table

#: The source key of the one source made for a whole file.
WHOLE_FILE = "file"

#: Cell values that mean "no answer" in survey exports.
NO_ANSWER = frozenset({"n/a", "na", "#n/a", "-", "--", "---", "—", "–", ".", "null"})

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f]")
_SPACES = re.compile(r"\s+")


def too_long(text: str, where: str) -> str:
    """Why a text cannot become a note, naming where it is in the file."""
    return _(
        "{where} holds {count} characters, more than a note can hold ({limit}); shorten it "
        "or split it over several rows or paragraphs"
    ).format(where=where, count=grouped(len(text)), limit=grouped(NOTE_TEXT_MAX))


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
    file_date: date | None = None,
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
    import is one study, named ``study_name`` or after the file. Without a date column,
    ``file_date`` (the facilitator's ``--date``) dates every row.
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
        and (table.question_row or table.question_of(i).rstrip().endswith(QUESTION_MARKS))
    }
    for row, number in zip(table.rows, table.row_numbers, strict=True):
        row_date = dates.read(row, number, builder.date_issues) if dates else file_date
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
                reference=reference, notes=counted(counts[key], "note")
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


def _clean(cell: str) -> str:
    if _CONTROL.search(cell) is not None:
        cell = _CONTROL.sub("", cell)
    return cell.strip()
