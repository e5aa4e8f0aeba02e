"""The facilitator's choices for an import of one kind of export: which columns hold the
note text, the respondent and the date, and what kind of source each row is.

The wizard remembers an ``ImportMapping`` per table shape (``header_signature``); the CLI
builds one from its options (``parse_source_kind`` reads ``--source-kind``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from workshop.domain.model import SourceKind
from workshop.errors import ImportFailed
from workshop.i18n import _
from workshop.io.tabular import Table

_SPACES = re.compile(r"\s+")


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
    #: The day of the whole file (``--date``): every source's date, for a file with no
    #: date column (a transcript, verbatim notes, a table without dates).
    session_date: date | None = None

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


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
