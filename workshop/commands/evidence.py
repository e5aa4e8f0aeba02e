"""The ``import-evidence`` verb: a research export, interview notes or photos into a workshop.

    persona-workshop import-evidence FILE INPUT [--text-column C ...] [--source-column C]
        [--attribute-column C ...] [--source-kind KIND] [--date-column C] [--header-row N]
        [--first-data-row N] [--sheet NAME] [--encoding E] [--delimiter D] [--keep-empty]
        [--join-columns] [--join-extra-cells] [--speaker NAME ...] [--split MODE] [--study NAME]
        [--with-questions | --no-with-questions] [--dry-run]
    persona-workshop import-evidence FILE PHOTO [PHOTO ...]

The same choices as the import wizard. INPUT is read and planned completely before the
workshop is written, and the write is one transaction: input that cannot be read (exit 1,
one line saying why) leaves the workshop file as it was. Prints what was imported, what
was skipped and why, and what was already in the workshop (importing the same rows again
adds nothing). See docs/importing-evidence.md.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from workshop.domain.model import source_kind_list
from workshop.errors import ImportFailed
from workshop.io.evidence_import import (
    TEXT_SPLITS,
    ReadOptions,
    apply_plan,
    check_plan,
    default_mapping,
    describe_columns,
    is_text_table,
    plan_import,
    read_evidence,
    summary_of,
)
from workshop.io.evidence_mapping import ImportMapping, parse_source_kind
from workshop.io.photo_import import import_photos, prepare_photos
from workshop.io.reimport import leave_out_existing
from workshop.io.tabular import import_kind
from workshop.io.transcripts import is_transcript_table
from workshop.store import open_workshop


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    imp = verbs.add_parser(
        "import-evidence",
        help="import notes from a CSV/TSV/XLSX export, a text or Markdown file, or photos",
        description=(
            "Import research into a workshop: each chosen cell of an export (or each "
            "paragraph of a text file) becomes a note tied to a source; each photo becomes "
            "an image note. The import is one step: if the input cannot be read, the "
            "workshop is not changed."
        ),
    )
    imp.add_argument("file", help="the workshop file (.pwshop)")
    imp.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a .csv, .tsv, .xlsx, .txt or .md file, or one or more JPEG/PNG photos",
    )
    columns = imp.add_argument_group("columns (by header, number or letter)")
    columns.add_argument(
        "--text-column",
        action="append",
        metavar="C",
        help="a column whose cells become notes (repeat for several; default: the column "
        "with the most text)",
    )
    columns.add_argument(
        "--join-columns",
        action="store_true",
        help="with several text columns, one note per row instead of one per cell",
    )
    columns.add_argument(
        "--join-extra-cells",
        action="store_true",
        help="when a row of a CSV has more cells than the header names (an unquoted comma "
        "in a comment: 'The app crashes, often, on login' read as three cells), join the "
        "extra cells back onto the last named column, with the delimiter between them "
        "(default: refuse, naming the first such row)",
    )
    columns.add_argument(
        "--source-column",
        metavar="C",
        help="the respondent or ticket column: each distinct value becomes a source "
        "(default: a 'Respondent ID' or 'Response ID' column if there is one, else one "
        "source for the whole file; --source-column '' for one source)",
    )
    columns.add_argument(
        "--attribute-column",
        action="append",
        metavar="C",
        help="a column describing the respondent (age band, region, role; repeat for "
        "several): kept as the respondent's attributes, never made into notes (needs a "
        "respondent column)",
    )
    columns.add_argument(
        "--study",
        metavar="NAME",
        help="the study the evidence belongs to (an interview round, a survey); importing "
        "several files into one study names it each time (default: a study named after "
        "the file)",
    )
    columns.add_argument("--date-column", metavar="C", help="the date of each row's source")
    speech = imp.add_argument_group("interviews and transcripts (.vtt, .srt, .txt, .md)")
    speech.add_argument(
        "--speaker",
        action="append",
        metavar="NAME",
        help="the speaker whose words are evidence, as the transcript names them ('P1', "
        "'Tomás'; repeat for several); the others' words are left out (default: everyone "
        "but the interviewer, recognised by label or by who asks the questions)",
    )
    speech.add_argument(
        "--split",
        choices=TEXT_SPLITS,
        default="auto",
        help="how a text file becomes notes: 'auto' (one note per speaker turn for a "
        "transcript or verbatim notes, per paragraph otherwise), 'paragraph', or 'line' "
        "(one note per non-empty line)",
    )
    imp.add_argument(
        "--with-questions",
        action=argparse.BooleanOptionalAction,
        help="keep the question each answer replies to, as the note's question (shown on "
        "its details and card, never in its text): the interviewer's last question in a "
        "transcript, the column's question in a survey export (default for a survey with "
        "a question row above its answer row)",
    )
    imp.add_argument(
        "--source-kind",
        metavar="KIND",
        help=f"one of: {source_kind_list()} ('assumption' is team opinion, never research; "
        "default: interview for text files, other for tables)",
    )
    reading = imp.add_argument_group("reading the file")
    reading.add_argument(
        "--header-row",
        type=_row_number,
        metavar="N",
        help="the row holding the column names (0 when there is none; default: found, "
        "below a title row and under a survey's row of questions)",
    )
    reading.add_argument(
        "--first-data-row",
        type=_row_number,
        metavar="N",
        help="the first row of data (default: the row after the header)",
    )
    reading.add_argument(
        "--sheet", metavar="NAME", help="the sheet of a workbook (default: the first)"
    )
    reading.add_argument("--encoding", metavar="E", help="the text encoding (default: detected)")
    reading.add_argument("--delimiter", metavar="D", help="the delimiter (default: detected)")
    imp.add_argument(
        "--keep-empty",
        action="store_true",
        help="make notes of empty and 'n/a' cells too (default: skip them)",
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="say what would be imported; change nothing"
    )
    imp.set_defaults(run=run_import)


def _row_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a row number (1, 2, … or 0)")
    return value


def run_import(args: argparse.Namespace) -> int:
    inputs = [Path(p) for p in args.inputs]
    kinds = [import_kind(p) for p in inputs]
    if all(kind == "image" for kind in kinds):
        return _import_photos(args, inputs)
    if len(inputs) > 1:
        raise ImportFailed(
            "import one table or text file at a time (several photos can go together)"
        )
    return _import_table(args, inputs[0])


def _import_table(args: argparse.Namespace, path: Path) -> int:
    delimiter = args.delimiter
    if delimiter is not None and delimiter.casefold() in ("tab", "\\t"):
        delimiter = "\t"
    options = ReadOptions(
        encoding=args.encoding,
        sheet=args.sheet,
        header_row=args.header_row,
        first_data_row=args.first_data_row,
        delimiter=delimiter,
        split=args.split,
    )
    table = read_evidence(path, options)
    if args.join_extra_cells:
        table = table.with_extra_cells_joined()
    mapping = default_mapping(table)
    if not is_text_table(table):
        texts = tuple(args.text_column or mapping.text_columns)
        mapping = ImportMapping(
            text_columns=texts,
            source_column=(
                mapping.source_column if args.source_column is None else args.source_column or None
            ),
            date_column=args.date_column,
            attribute_columns=tuple(args.attribute_column or ()),
            header_row=table.header_row,
            join_columns=args.join_columns,
            question_context=table.question_row > 0
            or any(table.question_of(table.column_index(c)).rstrip().endswith("?") for c in texts),
        )
    mapping = replace(
        mapping,
        skip_empty=not args.keep_empty,
        speakers=tuple(args.speaker or ()),
        question_context=(
            mapping.question_context if args.with_questions is None else args.with_questions
        ),
        study_name=(args.study or "").strip() or None,
    )
    if args.speaker and not is_transcript_table(table):
        raise ImportFailed(
            "--speaker is for transcripts, and no speakers were recognised in this file",
            where=path.name,
        )
    if args.source_kind:
        mapping = replace(mapping, source_kind=parse_source_kind(args.source_kind))
    plan = plan_import(table, mapping)
    check_plan(plan)
    speech = is_text_table(table) or is_transcript_table(table)
    columns = [] if speech else [table.headers[table.column_index(c)] for c in mapping.text_columns]
    if args.dry_run:
        workshop = open_workshop(args.file, read_only=True)
        try:
            plan = leave_out_existing(plan, workshop.imported_evidence())
        finally:
            workshop.close()
        print("\n".join(summary_of(plan).lines))
        preview = plan.preview_lines()
        if preview:
            print("The first notes would be:")
            print("\n".join(f"  {line}" for line in preview))
        print("Dry run: nothing was imported.")
        return 0
    workshop = open_workshop(args.file)
    try:
        _, summary = apply_plan(workshop, plan)
    finally:
        workshop.close()
    print("\n".join(summary.lines))
    if columns:
        print(f"Note text from {describe_columns(columns)}.")
    if summary.notes == 0 and summary.already:
        print(f"Nothing new to import: {args.file} was not changed.")
    else:
        print(f"Imported into {args.file}.")
    return 0


def _import_photos(args: argparse.Namespace, paths: list[Path]) -> int:
    if args.dry_run:
        photos, _ = prepare_photos(paths, strict=True)
        print(f"{len(photos)} photo(s) can be imported.\nDry run: nothing was imported.")
        return 0
    workshop = open_workshop(args.file)
    try:
        _, summary = import_photos(workshop, paths, strict=True)
    finally:
        workshop.close()
    print("\n".join(summary.lines))
    print(f"Imported into {args.file}.")
    return 0
