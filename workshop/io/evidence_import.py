"""Research exports and interview notes into a workshop: read, plan, and write in one step.

The import wizard and the ``import-evidence`` verb both go through here:

1. ``read_evidence`` reads a CSV/TSV/XLSX export as a ``Table``, or a text/Markdown file
   as a one-column table of its paragraphs;
2. ``plan_import`` turns the facilitator's ``ImportMapping`` into an ``EvidencePlan``
   (``evidence_mapping.map_rows``): the sources, the notes, and what was left out and why;
3. ``apply_plan`` writes the plan as ONE store operation (one transaction, one undo step),
   placing the notes in tidy blocks (one per source, or per column when the whole file
   is one source) in free space on the board, never on top of what is there.

Nothing is written until every row has been read and planned, so input that cannot be
read leaves the workshop file exactly as it was. Photos go through ``photo_import``.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from workshop.domain.board_geometry import Point, place_blocks
from workshop.domain.model import DEFAULT_NOTE_SIZE, SourceKind
from workshop.errors import ImportFailed
from workshop.io import xlsx
from workshop.io.evidence_mapping import (
    NO_ANSWER,
    EvidencePlan,
    ImportMapping,
    PlannedNote,
    map_rows,
)
from workshop.io.plaintext import read_text_notes
from workshop.io.tabular import Table, import_kind, read_table
from workshop.store import Change, WorkshopFile

#: More notes than this in one import is refused: no board is read with that many.
MAX_NOTES = 50_000
#: The column of a text or Markdown file read as a table (one paragraph per row).
TEXT_COLUMN = "Note"
#: Rows looked at to suggest the note-text column.
_SUGGEST_ROWS = 500


@dataclass(frozen=True)
class ReadOptions:
    """How to read the file (the wizard's first page, the verb's reading options)."""

    encoding: str | None = None
    sheet: str | None = None
    header_row: int = 1
    first_data_row: int | None = None
    delimiter: str | None = None


@dataclass(frozen=True)
class ImportSummary:
    """What an import did, in plain words: the summary dialog and the verb print it."""

    file_name: str
    notes: int
    sources: int
    #: One line per reason something was left out ("Skipped 3 cells: no text in …").
    skipped: tuple[str, ...] = ()
    lines: tuple[str, ...] = field(default=())

    def text(self) -> str:
        return "\n".join(self.lines)


def read_evidence(
    path: str | os.PathLike[str],
    options: ReadOptions = ReadOptions(),
    *,
    progress: xlsx.Progress | None = None,
) -> Table:
    """The file as a table: an export's rows, or a text file's paragraphs (column "Note").

    Raises ImportFailed naming the file for anything that cannot be read (a photo too:
    photos are imported as image notes).
    """
    file = Path(path)
    kind = import_kind(file)
    if kind == "image":
        raise ImportFailed(
            "this is a photo; import it with Import Photos (it becomes an image note)",
            where=file.name,
        )
    if kind == "notes":
        return text_table(file, encoding=options.encoding)
    return read_table(
        file,
        encoding=options.encoding,
        sheet=options.sheet,
        delimiter=options.delimiter,
        header_row=options.header_row,
        first_data_row=options.first_data_row,
        progress=progress,
    )


def text_table(path: str | os.PathLike[str], *, encoding: str | None = None) -> Table:
    """A text or Markdown file as a one-column table: one row per paragraph or bullet."""
    file = Path(path)
    notes = read_text_notes(file, encoding=encoding)
    rows = [[note] for note in notes]
    return Table(
        name=file.name,
        headers=(TEXT_COLUMN,),
        rows=rows,
        row_numbers=list(range(1, len(rows) + 1)),
        header_row=0,
        first_data_row=1,
        records=[list(r) for r in rows],
        encoding=encoding,
    )


def is_text_table(table: Table) -> bool:
    """Whether the table is a text file's paragraphs (no header rows, no columns to pick)."""
    return table.headers == (TEXT_COLUMN,) and table.header_row == 0 and table.delimiter is None


def default_mapping(table: Table) -> ImportMapping:
    """What the wizard proposes and the verb uses when told nothing: the column with the
    most text; interview notes for a text file, "other" for an export."""
    if is_text_table(table):
        return ImportMapping((TEXT_COLUMN,), source_kind=SourceKind.INTERVIEW, header_row=0)
    return ImportMapping(tuple(suggest_text_columns(table)), header_row=table.header_row)


def suggest_text_columns(table: Table) -> list[str]:
    """The column most likely to hold what people said: the most text on average, with
    headers such as "Comment" or "Feedback" preferred and "Name", "Date" or "ID" avoided."""
    best, best_score = 0, -1.0
    sample = table.rows[:_SUGGEST_ROWS]
    for index, header in enumerate(table.headers):
        cells = [r[index].strip() for r in sample]
        wordy = [
            c for c in cells if c.casefold() not in NO_ANSWER and sum(ch.isalpha() for ch in c) >= 2
        ]
        if not cells:
            continue
        # Any column beats none; words beat numbers, dates and codes.
        score = sum(len(c) for c in wordy) / len(cells) if wordy else -0.5
        words = _WORD.findall(header.casefold())
        if any(w.startswith(_TEXT_HEADERS) for w in words):
            score = score * 2 + 5
        elif any(w in _OTHER_HEADERS for w in words):
            score /= 4
        if score > best_score:
            best, best_score = index, score
    return [table.headers[best]] if table.headers else []


_WORD = re.compile(r"[^\W_]+")
_TEXT_HEADERS = (
    "comment", "feedback", "answer", "response", "note", "text", "description", "quote",
    "verbatim", "remark", "message", "body", "observation", "insight", "pain", "why", "what",
    "how", "story", "detail", "problem", "issue", "suggestion", "reason", "kommentar",
)  # fmt: skip
_OTHER_HEADERS = frozenset(
    {"id", "name", "email", "mail", "date", "time", "respondent", "ticket", "number", "no",
     "status", "score", "rating", "nps", "country", "city", "age", "gender", "segment"}
)  # fmt: skip


def plan_import(table: Table, mapping: ImportMapping) -> EvidencePlan:
    """The notes and sources ``mapping`` makes of ``table`` (nothing is written)."""
    columns = mapping.text_columns or tuple(suggest_text_columns(table))
    header_row = None if is_text_table(table) else mapping.header_row
    return map_rows(
        table,
        text_columns=columns,
        source_column=mapping.source_column,
        source_kind=mapping.source_kind,
        date_column=mapping.date_column,
        skip_empty=mapping.skip_empty,
        header_row=header_row,
        join_columns=mapping.join_columns,
    )


def check_plan(plan: EvidencePlan) -> None:
    """Raise ImportFailed when the plan has nothing to import, or far too much."""
    if not plan.notes:
        reason = plan.skipped[0].reason if plan.skipped else "no rows"
        raise ImportFailed(
            f"there is nothing to import: every chosen cell was left out ({reason})",
            where=plan.file_name,
        )
    if len(plan.notes) > MAX_NOTES:
        raise ImportFailed(
            f"this would make {len(plan.notes):,} notes, more than a board can sensibly "
            f"hold ({MAX_NOTES:,}); choose fewer columns or split the file",
            where=plan.file_name,
        )


def apply_plan(
    workshop: WorkshopFile,
    plan: EvidencePlan,
    *,
    near: Point | None = None,
    label: str | None = None,
) -> tuple[Change, ImportSummary]:
    """Write the plan's sources and notes as one step, laid out in free space.

    ``near`` is a board point the facilitator is looking at: the blocks go there when it
    is free. Raises ImportFailed (writing nothing) when there is nothing to import.
    """
    check_plan(plan)
    ids = {source.key: str(uuid.uuid4()) for source in plan.sources}
    sources = [
        {
            "id": ids[s.key],
            "label": s.label,
            "kind": str(s.kind),
            "date": s.date.isoformat() if s.date else None,
            "reference": s.reference,
            "notes": s.notes,
        }
        for s in plan.sources
    ]
    blocks = note_blocks(plan)
    positions = place_blocks(
        workshop.board_rects(), [len(b) for b in blocks], DEFAULT_NOTE_SIZE, near=near
    )
    notes = [
        {"text": note.text, "source_id": ids[note.source_key], "x": x, "y": y}
        for block, places in zip(blocks, positions, strict=True)
        for note, (x, y) in zip(block, places, strict=True)
    ]
    change = workshop.import_evidence(sources, notes, label or f"Import {plan.file_name}"[:120])
    return change, summary_of(plan)


def note_blocks(plan: EvidencePlan) -> list[list[PlannedNote]]:
    """The notes in board blocks: one per source, or one per column when a whole file is
    one source and several columns were imported."""
    by_column = len(plan.sources) == 1 and len({n.column for n in plan.notes}) > 1
    blocks: dict[str, list[PlannedNote]] = {}
    if not by_column:
        for source in plan.sources:
            blocks[source.key] = []
    for note in plan.notes:
        blocks.setdefault(note.column if by_column else note.source_key, []).append(note)
    return [block for block in blocks.values() if block]


def summary_of(plan: EvidencePlan) -> ImportSummary:
    lines = plan.summary_lines()
    return ImportSummary(
        file_name=plan.file_name,
        notes=len(plan.notes),
        sources=len(plan.sources),
        skipped=tuple(line for line in lines if line.startswith("Skipped")),
        lines=tuple(lines),
    )


def import_evidence_file(
    workshop: WorkshopFile,
    path: str | os.PathLike[str],
    mapping: ImportMapping | None = None,
    options: ReadOptions = ReadOptions(),
    *,
    near: Point | None = None,
) -> tuple[Change, ImportSummary]:
    """Read, plan and write a table or text file in one go (the verb; tests).

    Without a mapping, the column with the most text becomes the notes, one source for
    the whole file. The header row of ``options`` wins over the mapping's.
    """
    table = read_evidence(path, options)
    chosen = mapping or default_mapping(table)
    if not is_text_table(table):
        chosen = replace(chosen, header_row=options.header_row)
    plan = plan_import(table, chosen)
    return apply_plan(workshop, plan, near=near)


def describe_columns(columns: Sequence[str]) -> str:
    """“Comment” or “Comment”, “Notes” for messages."""
    return ", ".join(f"“{c}”" for c in columns)
