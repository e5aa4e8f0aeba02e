"""Merging breakout workshops: each group worked on a copy of the workshop on its own
laptop; afterwards their copies are brought together.

Rows are matched by id (ids are UUIDs, so copies never collide) and each field is decided
on its own from what changed since the copies were made, never from clocks (see
``merge_plan``): a change on one side only is taken; the same field changed differently on
both sides is a conflict, and both versions are kept in the merged workshop and listed.
Nothing is deleted, except dots over a round's limit (``merge_plan.trim_votes``). The same
picture stored under two ids is kept once. New notes are placed clear of the board
(``merge_layout``).

What the copies were made from (the *ancestor*) is what makes this sound:

- ``merge_workshops(base, others, output)`` (the ``merge`` verb): BASE is the workshop the
  breakout copies were made from. OUTPUT starts as BASE and every OTHER is merged in, in
  order, each decided against BASE. If the facilitator kept working in their workshop after
  handing out the copies, that copy is one more OTHER. BASE and the OTHERs are only read.
- ``merge_into(workshop, other, ancestor=...)`` (File › Merge Workshop…) merges into an open
  workshop as one store operation (one transaction, one undo step). ``ancestor`` is the
  workshop the copies were made from; without it, the merge record a merged workshop keeps
  (``merge_rows.MergeRecord``: BASE's fingerprints, and every row as it came in) is used.
  With neither, every field that differs is a conflict: both versions kept, nothing lost.

Merging the same file again changes nothing. Undoing a merge takes away everything it added,
the merge record too, so merging again places every note again. No Qt.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from workshop.errors import WorkshopError
from workshop.i18n import _
from workshop.io.merge_layout import apply_offsets, lay_out
from workshop.io.merge_plan import Plan, plan_merge, trim_votes
from workshop.io.merge_report import FileMerge, MergeReport, Skipped
from workshop.io.merge_rows import (
    RECORD_KEY,
    MergeRecord,
    Rows,
    ancestor_of,
    fingerprints,
    load_record,
    read_rows,
    total,
)
from workshop.store import Change, WorkshopFile, open_workshop

#: (table, id) -> the name of the file a merged row came from; ("", "") names the rest.
Origins = dict[tuple[str, str], str]
#: The workshop the breakout copies were made from: a file, an open workshop, or its rows.
AncestorArg = WorkshopFile | Path | str | Rows | None
#: Columns that name a picture, table by table.
_ASSET_REFERENCES = {"note": ("asset_id", "origin_asset_id"), "persona": ("photo_asset_id",)}


def _prepare(
    theirs: Rows, ours: Rows, offsets: dict[str, tuple[float, float]], merged: FileMerge
) -> None:
    """Bring the breakout's rows into our terms: pictures we hold under another id, and
    the place an earlier merge gave its notes."""
    by_hash = {str(row["sha256"]): asset_id for asset_id, row in ours["asset"].items()}
    renamed: dict[str, str] = {}
    for asset_id, row in list(theirs["asset"].items()):
        ours_id = by_hash.get(str(row["sha256"]))
        if asset_id not in ours["asset"] and ours_id is not None:
            renamed[asset_id] = ours_id
            del theirs["asset"][asset_id]
            reason = _("the same picture is in the workshop already")
            merged.skipped.append(Skipped("asset", asset_id, _("an image"), reason))
    for table_name, columns in _ASSET_REFERENCES.items():
        for row in theirs[table_name].values():
            for column in columns:
                if row[column] in renamed:
                    row[column] = renamed[row[column]]
    apply_offsets(theirs, offsets)


# Merging ----------------------------------------------------------------------------------
def merge_into(
    workshop: WorkshopFile,
    other: WorkshopFile | Path | str,
    *,
    label: str | None = None,
    origins: Origins | None = None,
    ancestor: AncestorArg = None,
) -> tuple[Change, FileMerge]:
    """Merge a breakout file into an open workshop, as one change (one undo step).
    The breakout file (and the ancestor) are only read. ``origins`` remembers which file
    each row merged so far came from (for naming them in conflicts)."""
    ancestor_rows = read_ancestor(workshop, ancestor)
    if isinstance(other, WorkshopFile):
        return _merge_open(workshop, other, label, origins, ancestor_rows)
    with open_workshop(Path(other), read_only=True) as opened:
        assert isinstance(opened, WorkshopFile)
        return _merge_open(workshop, opened, label, origins, ancestor_rows)


def read_ancestor(workshop: WorkshopFile, ancestor: AncestorArg) -> Rows | None:
    """The rows of the workshop the copies were made from (``workshop`` itself when its
    path is given); read once before merging several files, so every file is decided
    against the same ancestor."""
    if ancestor is None or isinstance(ancestor, dict):
        return ancestor
    if isinstance(ancestor, WorkshopFile):
        return read_rows(ancestor)
    if Path(ancestor).resolve() == workshop.path.resolve():
        return read_rows(workshop)
    with open_workshop(Path(ancestor), read_only=True) as opened:
        assert isinstance(opened, WorkshopFile)
        return read_rows(opened)


def _merge_open(
    workshop: WorkshopFile,
    other: WorkshopFile,
    label: str | None,
    origins: Origins | None,
    ancestor: Rows | None,
) -> tuple[Change, FileMerge]:
    origins = {} if origins is None else origins
    ours_name = origins.get(("", ""), workshop.path.name)
    ours = read_rows(workshop)
    theirs = read_rows(other)
    record = load_record(workshop)
    if ancestor is not None:
        # What an earlier merge recorded of a row (what its copies were made from, or the
        # row as it came in) wins over the given ancestor's current value: merging a
        # group's file again into a merged workshop must not take the group's old values
        # of what other groups changed for its edits. At worst a field changed on both
        # sides since is a conflict, both versions kept; never an edit silently undone.
        for key, prints in ancestor_of(ancestor).items():
            record.ancestor.setdefault(key, prints)
    merged = FileMerge(other.path.name, read=total(theirs), ancestor_known=record.knows_ancestor)
    _prepare(theirs, ours, record.offsets, merged)
    plan = plan_merge(
        ours, theirs, record.ancestor, lambda t, i: origins.get((t, i), ours_name), Plan(merged)
    )
    lay_out(plan, ours)
    trim_votes(plan, ours, theirs)
    _remember(record, plan)
    rows = plan.rows()
    change = workshop.merge_workshop(
        label or _("Merge {file}").format(file=other.path.name), rows, {RECORD_KEY: record.dumps()}
    )
    origins.update({(r.table, r.row_id): merged.source for r in rows})
    return change, merged


def _remember(record: MergeRecord, plan: Plan) -> None:
    """What a later merge needs: each row that came in, as it came in (where it was put)."""
    for table_name, rows in plan.inserts.items():
        for row in rows:
            record.ancestor[(table_name, str(row["id"]))] = fingerprints(table_name, row)
    record.offsets |= plan.new_offsets
    record.set_aside |= plan.set_aside


def merge_workshops(
    base: WorkshopFile | Path | str,
    others: Sequence[Path | str],
    output: Path | str,
    *,
    overwrite: bool = False,
) -> MergeReport:
    """Write BASE with every OTHER merged in, in order, to a new file OUTPUT; BASE is the
    workshop the OTHERs were copied from (their common ancestor). Neither BASE nor any
    OTHER is changed; if anything goes wrong, OUTPUT is not left behind."""
    output = Path(output)
    base_path = base.path if isinstance(base, WorkshopFile) else Path(base)
    _check_output(output, [base_path, *(Path(o) for o in others)], overwrite)
    opened: list[WorkshopFile] = []
    try:
        for name in others:  # every breakout file is checked before anything is written
            opened.append(open_workshop(Path(name), read_only=True))
            read_rows(opened[-1])  # refuses a file whose rows cannot be matched by id
        if isinstance(base, WorkshopFile):
            ancestor = read_rows(base)
            base.save_copy(output)
        else:
            with open_workshop(base_path, read_only=True) as source:
                assert isinstance(source, WorkshopFile)
                ancestor = read_rows(source)
                source.save_copy(output)
        report = MergeReport(base_path.name, output)
        origins: Origins = {("", ""): base_path.name}  # rows not merged in are the base's
        try:
            with open_workshop(output) as target:
                assert isinstance(target, WorkshopFile)
                for breakout in opened:
                    report.files.append(
                        merge_into(target, breakout, origins=origins, ancestor=ancestor)[1]
                    )
        except BaseException:
            _remove(output)
            raise
        return report
    finally:
        for breakout in opened:
            breakout.close()


def _check_output(output: Path, inputs: Iterable[Path], overwrite: bool) -> None:
    resolved = output.resolve()
    if any(resolved == p.resolve() for p in inputs):
        raise WorkshopError(
            _("the merged workshop must go to a new file, not over one being merged"),
            where=str(output),
        )
    if output.exists():
        if not overwrite:
            raise WorkshopError(_("a file with this name exists already"), where=str(output))
        _remove(output)


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
