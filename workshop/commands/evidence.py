"""The ``import-evidence`` verb: a research export, interview notes or photos into a workshop.

    persona-workshop import-evidence FILE INPUT [--text-column C ...] [--source-column C]
        [--attribute-column C ...] [--source-kind KIND] [--date-column C] [--date YYYY-MM-DD]
        [--header-row N]
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
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from workshop.domain.model import source_kind_list
from workshop.errors import ImportFailed, WorkshopInUse
from workshop.i18n import _, ngettext
from workshop.io.evidence_import import (
    TEXT_SPLITS,
    ReadOptions,
    apply_plan,
    asks_question,
    check_plan,
    default_mapping,
    describe_columns,
    is_text_table,
    plan_import,
    read_evidence,
    summary_of,
)
from workshop.io.import_mapping import ImportMapping, parse_source_kind
from workshop.io.lenient_dates import read_date
from workshop.io.photo_import import import_photos, prepare_photos
from workshop.io.reimport import leave_out_existing
from workshop.io.tabular import import_kind
from workshop.io.transcripts import is_transcript_table
from workshop.store import WorkshopFile, open_workshop


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    imp = verbs.add_parser(
        "import-evidence",
        help=_("import notes from a CSV/TSV/XLSX export, a text or Markdown file, or photos"),
        description=_(
            "Import research into a workshop: each chosen cell of an export (or each "
            "paragraph of a text file) becomes a note tied to a source; each photo becomes "
            "an image note. The import is one step: if the input cannot be read, the "
            "workshop is not changed."
        ),
    )
    imp.add_argument("file", help=_("the workshop file (.pwshop)"))
    imp.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help=_("a .csv, .tsv, .xlsx, .txt or .md file, or one or more JPEG/PNG photos"),
    )
    columns = imp.add_argument_group(_("columns (by header, number or letter)"))
    columns.add_argument(
        "--text-column",
        action="append",
        metavar="C",
        help=_(
            "a column whose cells become notes (repeat for several; default: the column "
            "with the most text)"
        ),
    )
    columns.add_argument(
        "--join-columns",
        action="store_true",
        help=_("with several text columns, one note per row instead of one per cell"),
    )
    columns.add_argument(
        "--join-extra-cells",
        action="store_true",
        help=_(
            "when a row of a CSV has more cells than the header names (an unquoted comma "
            "in a comment: 'The app crashes, often, on login' read as three cells), join the "
            "extra cells back onto the last named column, with the delimiter between them "
            "(default: refuse, naming the first such row)"
        ),
    )
    columns.add_argument(
        "--source-column",
        metavar="C",
        help=_(
            "the respondent or ticket column: each distinct value becomes a source "
            "(default: a column headed 'Participant', 'Respondent', 'Interviewee', 'User', "
            "'Name', 'Respondent ID' or the like, in English, German, French or Spanish, if "
            "there is one, else one source for the whole file; --source-column '' for one "
            "source)"
        ),
    )
    columns.add_argument(
        "--attribute-column",
        action="append",
        metavar="C",
        help=_(
            "a column describing the respondent (age band, region, role; repeat for "
            "several): kept as the respondent's attributes, never made into notes (needs a "
            "respondent column)"
        ),
    )
    columns.add_argument(
        "--study",
        metavar="NAME",
        help=_(
            "the study the evidence belongs to (an interview round, a survey); importing "
            "several files into one study names it each time (default: a study named after "
            "the file)"
        ),
    )
    columns.add_argument(
        "--date-column",
        metavar="C",
        help=_(
            "the date of each row's source (default: a column headed 'Date', 'Submitted', "
            "'Timestamp', 'Datum', 'Fecha' or the like whose cells are dates; --date-column "
            "'' for none)"
        ),
    )
    columns.add_argument(
        "--date",
        type=_day,
        metavar="YYYY-MM-DD",
        help=_(
            "the day of a file that has no date column (an interview transcript, verbatim "
            "notes, a table without dates): it dates every source of the file; a day that "
            "cannot be or has not come yet is refused"
        ),
    )
    speech = imp.add_argument_group(_("interviews and transcripts (.vtt, .srt, .txt, .md)"))
    speech.add_argument(
        "--speaker",
        action="append",
        metavar="NAME",
        help=_(
            "the speaker whose words are evidence, as the transcript names them ('P1', "
            "'Tomás'; repeat for several); the others' words are left out (default: everyone "
            "but the interviewer, recognised by label or by who asks the questions)"
        ),
    )
    speech.add_argument(
        "--split",
        choices=TEXT_SPLITS,
        default="auto",
        help=_(
            "how a text file becomes notes: 'auto' (one note per speaker turn for a "
            "transcript or verbatim notes, per paragraph otherwise), 'paragraph', or 'line' "
            "(one note per non-empty line)"
        ),
    )
    imp.add_argument(
        "--with-questions",
        action=argparse.BooleanOptionalAction,
        help=_(
            "keep the question each answer replies to, as the note's question (shown on "
            "its details and card, never in its text): the interviewer's last question in a "
            "transcript, the column's question in a survey export (default for a survey with "
            "a question row above its answer row)"
        ),
    )
    imp.add_argument(
        "--source-kind",
        metavar="KIND",
        help=_(
            "one of: {kinds} ('assumption' is team opinion, never research; default: "
            "interview for text files, other for tables)"
        ).format(kinds=source_kind_list()),
    )
    reading = imp.add_argument_group(_("reading the file"))
    reading.add_argument(
        "--header-row",
        type=_row_number,
        metavar="N",
        help=_(
            "the row holding the column names (0 when there is none; default: found, "
            "below a title row and under a survey's row of questions)"
        ),
    )
    reading.add_argument(
        "--first-data-row",
        type=_row_number,
        metavar="N",
        help=_("the first row of data (default: the row after the header)"),
    )
    reading.add_argument(
        "--sheet", metavar="NAME", help=_("the sheet of a workbook (default: the first)")
    )
    reading.add_argument("--encoding", metavar="E", help=_("the text encoding (default: detected)"))
    reading.add_argument("--delimiter", metavar="D", help=_("the delimiter (default: detected)"))
    imp.add_argument(
        "--keep-empty",
        action="store_true",
        help=_("make notes of empty and 'n/a' cells too (default: skip them)"),
    )
    imp.add_argument(
        "--dry-run", action="store_true", help=_("say what would be imported; change nothing")
    )
    imp.set_defaults(run=run_import)


def _day(text: str) -> date:
    """``--date``: a real day, not in the future (a day's grace for time zones)."""
    value = text.strip()
    if not _ISO_DAY.fullmatch(value):
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a day written YYYY-MM-DD").format(text=text)
        )
    found = read_date(value)
    if isinstance(found, str):
        raise argparse.ArgumentTypeError(found)
    return found


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _row_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a row number (1, 2, … or 0)").format(text=text)
        )
    return value


def run_import(args: argparse.Namespace) -> int:
    inputs = [Path(p) for p in args.inputs]
    kinds = [import_kind(p) for p in inputs]
    if all(kind == "image" for kind in kinds):
        return _import_photos(args, inputs)
    if len(inputs) > 1:
        raise ImportFailed(
            _("import one table or text file at a time (several photos can go together)")
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
            date_column=(
                mapping.date_column if args.date_column is None else args.date_column or None
            ),
            attribute_columns=tuple(args.attribute_column or ()),
            header_row=table.header_row,
            join_columns=args.join_columns,
            question_context=table.question_row > 0 or any(asks_question(table, c) for c in texts),
            study_name=mapping.study_name,
        )
    mapping = replace(
        mapping,
        skip_empty=not args.keep_empty,
        speakers=tuple(args.speaker or ()),
        question_context=(
            mapping.question_context if args.with_questions is None else args.with_questions
        ),
        study_name=(args.study or "").strip() or mapping.study_name,
    )
    if args.speaker and not is_transcript_table(table):
        raise ImportFailed(
            _("--speaker is for transcripts, and no speakers were recognised in this file"),
            where=path.name,
        )
    if args.source_kind:
        mapping = replace(mapping, source_kind=parse_source_kind(args.source_kind))
    if args.date is not None:
        if mapping.date_column:
            raise ImportFailed(
                _(
                    "--date is for a file without a date column, and this one is dated by "
                    "“{column}”; add --date-column '' to date every row with --date"
                ).format(column=mapping.date_column),
                where=path.name,
            )
        mapping = replace(mapping, session_date=args.date)
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
        if columns:
            print(_roles_line(mapping))
        if mapping.session_date:
            print(_dated_line(mapping))
        preview = plan.preview_lines()
        if preview:
            print(_("The first notes would be:"))
            print("\n".join(f"  {line}" for line in preview))
        print(_("Dry run: nothing was imported."))
        return 0
    workshop = _open_to_import(args.file)
    try:
        _notes, summary = apply_plan(workshop, plan)
    finally:
        workshop.close()
    print("\n".join(summary.lines))
    if columns:
        print(_("Note text from {columns}.").format(columns=describe_columns(columns)))
        print(_roles_line(mapping))
    if mapping.session_date:
        print(_dated_line(mapping))
    if summary.notes == 0 and summary.already:
        print(_("Nothing new to import: {file} was not changed.").format(file=args.file))
    else:
        print(_("Imported into {file}.").format(file=args.file))
    return 0


def _roles_line(mapping: ImportMapping) -> str:
    """Who and when, as the import reads them (Respondents from “Participant”; dates
    from “Date”)."""
    if mapping.source_column and mapping.date_column:
        line = _("Respondents from {who}; dates from {when}.")
    elif mapping.source_column:
        line = _("Respondents from {who}; no date column.")
    elif mapping.date_column:
        line = _("One source for the whole file (no respondent column); dates from {when}.")
    else:
        line = _("One source for the whole file (no respondent column); no date column.")
    who = describe_columns([mapping.source_column]) if mapping.source_column else ""
    when = describe_columns([mapping.date_column]) if mapping.date_column else ""
    return line.format(who=who, when=when)


def _dated_line(mapping: ImportMapping) -> str:
    assert mapping.session_date is not None
    return _("Every source dated {date} (--date).").format(date=mapping.session_date.isoformat())


def _open_to_import(path: str) -> WorkshopFile:
    """The workshop open for editing; open in the app (or another window), the import is
    refused with what to do: close it there (viewing it read-only is no help to a write)."""
    try:
        return open_workshop(path)
    except WorkshopInUse as error:
        raise WorkshopInUse(
            _(
                "this workshop is open in Persona Workshop; close it there first, then "
                "import again (an import changes the workshop)"
            ),
            where=error.where,
        ) from None


def _import_photos(args: argparse.Namespace, paths: list[Path]) -> int:
    if args.dry_run:
        photos, _skipped = prepare_photos(paths, strict=True)
        count = len(photos)
        print(
            ngettext(
                "{count} photo can be imported.", "{count} photos can be imported.", count
            ).format(count=count)
        )
        print(_("Dry run: nothing was imported."))
        return 0
    workshop = _open_to_import(args.file)
    try:
        _notes, summary = import_photos(workshop, paths, strict=True)
    finally:
        workshop.close()
    print("\n".join(summary.lines))
    print(_("Imported into {file}.").format(file=args.file))
    return 0
