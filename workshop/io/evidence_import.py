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
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from workshop.bulk import collector_paused
from workshop.domain.board_geometry import Point, place_blocks
from workshop.domain.model import DEFAULT_NOTE_SIZE, SourceKind
from workshop.errors import ImportFailed
from workshop.i18n import _, grouped
from workshop.io import xlsx
from workshop.io.column_roles import (
    free_text_columns,
    suggest_date_column,
    suggest_respondent_column,
    unused_date_column,
)
from workshop.io.evidence_mapping import NO_ANSWER, map_rows
from workshop.io.evidence_plan import EvidencePlan, PlannedNote
from workshop.io.import_mapping import ImportMapping
from workshop.io.import_summary import ImportSummary
from workshop.io.markdown_text import plain_text
from workshop.io.not_evidence import refuse_non_evidence
from workshop.io.plaintext import (
    MARKDOWN_SUFFIXES,
    TRANSCRIPT_SUFFIXES,
    notes_from_text,
    notes_per_line,
)
from workshop.io.reimport import leave_out_existing
from workshop.io.research_resolve import resolve_research
from workshop.io.survey_headers import QUESTION_MARKS
from workshop.io.tabular import Table, import_kind, read_table
from workshop.io.text_decoding import decode_text, normalise_line_endings, read_limited
from workshop.io.transcripts import (
    SAID,
    footer_left_out,
    is_transcript_table,
    plan_transcript,
    read_transcript,
    respondent_named,
    transcript_table,
    without_tool_footers,
)
from workshop.io.verbatim_notes import heading_details, read_verbatim, verbatim_table
from workshop.store import Change, WorkshopFile

TextSplit = Literal["auto", "paragraph", "line"]
TEXT_SPLITS: tuple[TextSplit, ...] = ("auto", "paragraph", "line")

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
    #: The row of column names; None finds it (below a title row, under a survey's row
    #: of questions: ``survey_headers``).
    header_row: int | None = None
    first_data_row: int | None = None
    delimiter: str | None = None
    #: How a text file becomes notes: "auto" (speaker turns when it is a transcript or
    #: verbatim notes, paragraphs otherwise), "paragraph", or "line" (one note per line).
    split: TextSplit = "auto"


@collector_paused()
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
            _("this is a photo; import it with Import Photos (it becomes an image note)"),
            where=file.name,
        )
    if kind == "notes":
        return text_table(file, encoding=options.encoding, split=options.split)
    table = read_table(
        file,
        encoding=options.encoding,
        sheet=options.sheet,
        delimiter=options.delimiter,
        header_row=1 if options.header_row is None else options.header_row,
        first_data_row=options.first_data_row,
        progress=progress,
    )
    return table.with_detected_header() if options.header_row is None else table


def text_table(
    path: str | os.PathLike[str], *, encoding: str | None = None, split: TextSplit = "auto"
) -> Table:
    """A text, Markdown or subtitle file as a table.

    A transcript (WebVTT, SRT, labelled speaker lines) or verbatim notes (bold answers,
    plain questions) becomes one row per speaker turn (``transcripts.transcript_table``);
    any other text one row per paragraph or bullet ("Note"), or per line with
    ``split="line"``.
    """
    file = Path(path)
    suffix = file.suffix.lower()
    data = read_limited(file)
    refuse_non_evidence(data, name=file.name)
    decoded = decode_text(data, name=file.name, encoding=encoding)
    del data
    text = normalise_line_endings(decoded.text)
    markdown = suffix in MARKDOWN_SUFFIXES
    text, footers = without_tool_footers(text)
    said = tuple(footer_left_out(n) for n in footers)
    if split == "auto":
        speech = read_transcript(text, suffix=suffix)
        if speech is not None:
            # "# Interview P4 — 2025-04-20" above labelled lines: who and when.
            respondent, day = (
                heading_details(text) if suffix not in TRANSCRIPT_SUFFIXES else ("", None)
            )
            speech = respondent_named(speech, respondent)
            if markdown:
                speech = [replace(u, text=plain_text(u.text).strip()) for u in speech]
            table = transcript_table(file.name, speech, said)
            return replace(table, encoding=decoded.encoding, session_date=day)
        verbatim = read_verbatim(text)
        if verbatim is not None:
            table = verbatim_table(file.name, verbatim)
            return replace(table, encoding=decoded.encoding, warnings=table.warnings + said)
        if suffix in TRANSCRIPT_SUFFIXES:
            raise ImportFailed(_("the subtitle file has no cues with words"), where=file.name)
    if split == "line":
        notes = notes_per_line(text, markdown=markdown)
    else:
        notes = notes_from_text(text, markdown=markdown)
    if not notes:
        raise ImportFailed(
            _("the file has headings but no text to turn into notes"), where=file.name
        )
    rows = [[note] for note in notes]
    return Table(
        name=file.name,
        headers=(TEXT_COLUMN,),
        rows=rows,
        row_numbers=list(range(1, len(rows) + 1)),
        header_row=0,
        first_data_row=1,
        records=[list(r) for r in rows],
        encoding=decoded.encoding,
        warnings=said,
    )


def is_text_table(table: Table) -> bool:
    """Whether the table is a text file's paragraphs or a transcript's turns (no header
    rows, no columns to pick)."""
    if table.header_row != 0 or table.delimiter is not None:
        return False
    return table.headers == (TEXT_COLUMN,) or is_transcript_table(table)


def default_mapping(table: Table) -> ImportMapping:
    """What the wizard proposes and the verb uses when told nothing: the column with the
    most text; interview notes for a text file, "other" for an export."""
    if is_transcript_table(table):
        return ImportMapping((SAID,), source_kind=SourceKind.INTERVIEW, header_row=0)
    if is_text_table(table):
        return ImportMapping((TEXT_COLUMN,), source_kind=SourceKind.INTERVIEW, header_row=0)
    columns = suggest_text_columns(table)
    respondent = suggest_respondent_column(table)
    if respondent in columns:  # what they said matters more than who said it
        respondent = None
    asks = any(asks_question(table, c) for c in columns)
    return ImportMapping(
        tuple(columns),
        source_column=respondent,
        date_column=suggest_date_column(table, avoid=(respondent, *columns)),
        header_row=table.header_row,
        # A survey's answers keep their question: "Han" means nothing on its own.
        question_context=table.question_row > 0 or asks,
        study_name=suggest_study_name(table),
    )


def suggest_study_name(table: Table) -> str | None:
    """The study a research tool's export names in a column of its own ("Study": "Budget
    interviews 2025"), when every row names the same one; else None (named after the
    file)."""
    for index, header in enumerate(table.headers):
        if " ".join(_WORD.findall(header.casefold())) not in _STUDY_HEADERS:
            continue
        values = {" ".join(r[index].split()) for r in table.rows[:_SUGGEST_ROWS]}
        if len(values) == 1 and (name := values.pop()) and len(name) <= 120:
            return name
    return None


def asks_question(table: Table, column: str) -> bool:
    """Whether a column's header (or question) is a question ("…?", "…？")."""
    return table.question_of(table.column_index(column)).rstrip().endswith(QUESTION_MARKS)


def suggest_text_columns(table: Table) -> list[str]:
    """The column most likely to hold what people said: the most text on average, with
    headers such as "Comment" or "Feedback" preferred and "Name", "Date" or "ID" avoided."""
    best, best_score = 0, -1.0
    sample = table.rows[:_SUGGEST_ROWS]
    for index, header in enumerate(table.headers):
        cells = [r[index].strip() for r in sample]
        wordy = [
            c for c in cells if c.casefold() not in NO_ANSWER and sum(map(str.isalpha, c)) >= 2
        ]
        if not cells:
            continue
        # Any column beats none; words beat numbers, dates and codes; free answers beat
        # choices: a checkbox column holds one value over and over, a rating a handful.
        distinct = len(set(wordy))
        score = sum(len(c) for c in wordy) / len(cells) if wordy else -0.5
        if wordy and distinct <= 1 and len(wordy) > 1:
            score = -0.25
        elif wordy:
            score *= min(1.0, distinct / len(wordy) * 2)
        words = _WORD.findall(header.casefold())
        if any(w in _TITLE_HEADERS for w in words):
            score /= 4  # "Note title", "Tags": what a research tool files a quote under
        elif any(w.startswith(_TEXT_HEADERS) for w in words):
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
    # research tools' exports (Dovetail, Condens, EnjoyHQ): the quote itself
    "highlight", "excerpt", "snippet", "zitat", "citation", "cita",
)  # fmt: skip
#: Header words of what a research tool files a quote under: never the quote itself.
_TITLE_HEADERS = frozenset(
    {"title", "titel", "titre", "título", "tag", "tags", "label", "labels", "study", "project",
     "folder", "theme", "themes", "category", "categories", "cluster"}
)  # fmt: skip
#: Headers of a column naming the study every row belongs to (Dovetail's "Study").
_STUDY_HEADERS = frozenset({"study", "project", "study name", "project name", "studie", "étude"})
_OTHER_HEADERS = frozenset(
    {"id", "name", "email", "mail", "date", "time", "respondent", "ticket", "number", "no",
     "status", "score", "rating", "nps", "country", "city", "age", "gender", "segment"}
)  # fmt: skip


@collector_paused()
def plan_import(table: Table, mapping: ImportMapping) -> EvidencePlan:
    """The notes and sources ``mapping`` makes of ``table`` (nothing is written)."""
    if is_transcript_table(table):
        return plan_transcript(
            table,
            respondents=mapping.speakers,
            source_kind=mapping.source_kind,
            question_context=mapping.question_context,
            study_name=mapping.study_name,
            session_date=mapping.session_date,
        )
    columns = mapping.text_columns or tuple(suggest_text_columns(table))
    header_row = None if is_text_table(table) else mapping.header_row
    plan = map_rows(
        table,
        text_columns=columns,
        source_column=mapping.source_column,
        source_kind=mapping.source_kind,
        date_column=mapping.date_column,
        skip_empty=mapping.skip_empty,
        header_row=header_row,
        join_columns=mapping.join_columns,
        join_extra_cells=mapping.join_extra_cells,
        question_context=mapping.question_context,
        attribute_columns=mapping.attribute_columns,
        study_name=mapping.study_name,
        file_date=mapping.session_date,
    )
    if is_text_table(table):
        return plan
    plan = replace(plan, left_out_columns=_left_out_columns(table, mapping, columns))
    if mapping.date_column is None and mapping.session_date is None:
        why = unused_date_column(table, avoid=(mapping.source_column, *columns))
        if why:
            plan = replace(plan, warnings=(*plan.warnings, why))
    return plan


def _left_out_columns(
    table: Table, mapping: ImportMapping, columns: Sequence[str]
) -> tuple[tuple[str, int], ...]:
    """The columns of free answers the import leaves out (``free_text_columns``)."""
    if mapping.header_row != table.header_row:
        table = table.with_header_row(mapping.header_row)
    named = [*columns, mapping.source_column, mapping.date_column, *mapping.attribute_columns]
    taken = {table.column_index(c) for c in named if c is not None}
    return tuple(free_text_columns(table, taken))


def check_plan(plan: EvidencePlan) -> None:
    """Raise ImportFailed when the plan has nothing to import, or far too much (a plan
    whose every note is already in the workshop is fine: it adds nothing)."""
    if not plan.notes and not plan.already:
        reason = plan.skipped[0].reason if plan.skipped else _("no rows")
        raise ImportFailed(
            _("there is nothing to import: every chosen cell was left out ({reason})").format(
                reason=reason
            ),
            where=plan.file_name,
        )
    if len(plan.notes) > MAX_NOTES:
        raise ImportFailed(
            _(
                "this would make {count} notes, more than a board can sensibly hold ({limit}); "
                "choose fewer columns or split the file"
            ).format(count=grouped(len(plan.notes)), limit=grouped(MAX_NOTES)),
            where=plan.file_name,
        )


@collector_paused()
def apply_plan(
    workshop: WorkshopFile,
    plan: EvidencePlan,
    *,
    near: Point | None = None,
    label: str | None = None,
) -> tuple[Change, ImportSummary]:
    """Write the plan's sources and notes as one step, laid out in free space.

    ``near`` is a board point the facilitator is looking at: the blocks go there when it
    is free. Notes the workshop already holds are left out (``reimport``): importing the
    same rows again adds nothing and the summary says how many were there; when nothing is
    new the change is empty. Raises ImportFailed (writing nothing) when there is nothing
    to import.
    """
    check_plan(plan)
    plan = leave_out_existing(plan, workshop.imported_evidence())
    if not plan.notes:
        return Change(label or _import_label(plan)), summary_of(plan)
    ids = {source.key: str(uuid.uuid4()) for source in plan.sources}
    ids.update(plan.existing_sources)
    new_sources = [s for s in plan.sources if s.key not in plan.existing_sources]
    research = resolve_research(plan, new_sources, *workshop.research_index())
    sources = [
        {
            "id": ids[s.key],
            "label": s.label,
            "kind": str(s.kind),
            "date": s.date.isoformat() if s.date else None,
            "reference": s.reference,
            "notes": s.notes,
            "study_id": research.study_id,
            "respondent_id": research.respondent_ids.get(s.key),
        }
        for s in new_sources
    ]
    blocks = note_blocks(plan)
    positions = place_blocks(
        workshop.board_rects(), [len(b) for b in blocks], DEFAULT_NOTE_SIZE, near=near
    )
    notes = [
        {
            "text": note.text,
            "source_id": ids[note.source_key],
            "x": x,
            "y": y,
            "question": note.question,
        }
        for block, places in zip(blocks, positions, strict=True)
        for note, (x, y) in zip(block, places, strict=True)
    ]
    change = workshop.import_evidence(
        sources,
        notes,
        label or _import_label(plan),
        studies=research.studies,
        respondents=research.respondents,
        updates=research.updates,
    )
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


def _import_label(plan: EvidencePlan) -> str:
    """The undo step's name ("Import interviews.csv")."""
    return _("Import {file}").format(file=plan.file_name)[:120]


def summary_of(plan: EvidencePlan) -> ImportSummary:
    lines = plan.summary_lines()
    return ImportSummary(
        file_name=plan.file_name,
        notes=len(plan.notes),
        sources=len(plan.sources),
        skipped=tuple(plan.skipped_lines()),
        lines=tuple(lines),
        already=plan.already,
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
    if not is_text_table(table) and options.header_row is not None:
        chosen = replace(chosen, header_row=options.header_row)
    plan = plan_import(table, chosen)
    return apply_plan(workshop, plan, near=near)


def describe_columns(columns: Sequence[str]) -> str:
    """“Comment” or “Comment”, “Notes” for messages."""
    return ", ".join(f"“{c}”" for c in columns)
