"""Excel workbooks (.xlsx): the sheets, and the rows of one sheet as text.

openpyxl reads the sheet in read-only (streaming) mode, which is fast and light on memory
but does not report merged cells; those are found by scanning the sheet's XML for its
``<mergeCell>`` entries, and the merged value is copied into every cell of the range
(a survey export that merges "Participant 3" over four rows means all four rows).
A workbook is a zip archive and untrusted input: its unpacked size is checked before
openpyxl reads it, and anything openpyxl raises on a damaged file becomes ImportFailed.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from workshop.domain.limits import CELL_TEXT_MAX, NOTE_TEXT_MAX
from workshop.errors import ImportFailed
from workshop.i18n import N_, _, grouped
from workshop.io.text_decoding import composed

#: A workbook whose files unpack to more than this is refused (a "zip bomb" is tiny on disk).
MAX_UNPACKED_BYTES = 768 * 1024 * 1024
_MAX_ZIP_ENTRIES = 20000
#: Rows between two calls of a progress callback.
PROGRESS_EVERY = 2000

#: ``progress(rows_read, rows_expected_or_None)``; raise to cancel.
Progress = Callable[[int, int | None], None]

_MERGE_RE = re.compile(
    rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref="([A-Za-z]{1,3}\d{1,7}:[A-Za-z]{1,3}\d{1,7})"'
)
_CHUNK = 1 << 20
_OVERLAP = 512


@dataclass(frozen=True)
class SheetRecords:
    """The rows of one sheet, row 1 first (empty rows kept, so index + 1 is the row number)."""

    records: list[list[str]]
    sheet: str
    sheets: tuple[str, ...]
    merged_ranges: int


def list_sheets(data: bytes, *, name: str) -> list[str]:
    """The names of the worksheets in a workbook, in tab order (chart sheets left out)."""
    _check_archive(data, name)
    try:
        workbook = _open_workbook(data)
        try:
            return [ws.title for ws in workbook.worksheets]
        finally:
            workbook.close()
    except ImportFailed:
        raise
    except Exception:  # openpyxl and zipfile raise many kinds of error on a damaged file
        raise ImportFailed(_(_DAMAGED), where=name) from None


def read_sheet(
    data: bytes, *, name: str, sheet: str | None = None, progress: Progress | None = None
) -> SheetRecords:
    """The rows of ``sheet`` (the first worksheet when None) as lists of cell text.

    ``progress(rows_read, rows_expected)`` is called every few thousand rows (the expected
    count is what the workbook declares, or None); an exception it raises (to cancel)
    passes through unchanged.
    """
    _check_archive(data, name)
    try:
        return _read_sheet(data, name, sheet, progress)
    except ImportFailed:
        raise
    except _FromCallback as wrapped:
        raise wrapped.error from None
    except MemoryError:
        raise ImportFailed(_("the workbook is too large to import"), where=name) from None
    except Exception:  # openpyxl and zipfile raise many kinds of error on a damaged file
        raise ImportFailed(_(_DAMAGED), where=name) from None


_DAMAGED = N_("the workbook could not be read; it may be damaged or not really an Excel .xlsx file")


def _check_archive(data: bytes, name: str) -> None:
    if not data:
        raise ImportFailed(_("the file is empty"), where=name)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFailed(
            _(
                "this is an old Excel .xls file or a password-protected workbook; save it as "
                ".xlsx (without a password) or as CSV first"
            ),
            where=name,
        )
    if not data.startswith(b"PK"):
        raise ImportFailed(
            _("this is not an Excel .xlsx workbook (it is not a zip archive)"), where=name
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError, OSError, NotImplementedError):
        raise ImportFailed(
            _("this is not an Excel .xlsx workbook (the zip archive is damaged)"), where=name
        ) from None
    if len(entries) > _MAX_ZIP_ENTRIES or sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
        raise ImportFailed(_("the workbook is too large to import"), where=name)


def _open_workbook(data: bytes) -> Any:
    with warnings.catch_warnings():
        # openpyxl warns about styles and extensions it skips; none of that matters here.
        warnings.simplefilter("ignore")
        from openpyxl import load_workbook  # a quarter second: only when a workbook is read

        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)


class _FromCallback(Exception):
    """Carries an exception raised by the progress callback past the damaged-file net."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


def _read_sheet(
    data: bytes, name: str, sheet: str | None, progress: Progress | None
) -> SheetRecords:
    workbook = _open_workbook(data)
    try:
        worksheets = list(workbook.worksheets)
        titles = tuple(ws.title for ws in worksheets)
        if not worksheets:
            raise ImportFailed(_("the workbook has no sheets with cells"), where=name)
        ws = worksheets[0] if sheet is None else _find_sheet(worksheets, sheet, titles, name)
        expected = ws.max_row if isinstance(ws.max_row, int) else None
        ws.reset_dimensions()  # exporters often write wrong dimensions; read what is there
        records: list[list[str]] = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for row in ws.iter_rows(min_row=1, min_col=1, values_only=True):
                cells = [_cell_text(v) for v in row]
                if cells and max(map(len, cells)) > CELL_TEXT_MAX:
                    raise ImportFailed(
                        _(
                            "row {row} has a cell longer than {limit} characters, far more "
                            "than a note holds ({note_limit}); shorten it or leave that column "
                            "out of the file"
                        ).format(
                            row=len(records) + 1,
                            limit=grouped(CELL_TEXT_MAX),
                            note_limit=grouped(NOTE_TEXT_MAX),
                        ),
                        where=name,
                    )
                records.append(cells)
                if progress is not None and len(records) % PROGRESS_EVERY == 0:
                    _report(progress, len(records), expected)
        if progress is not None:
            _report(progress, len(records), len(records))
        ranges = _merged_ranges(workbook, ws)
        _fill_merged(records, ranges)
        return SheetRecords(records, ws.title, titles, len(ranges))
    finally:
        workbook.close()


def _report(progress: Progress, done: int, expected: int | None) -> None:
    try:
        progress(done, expected)
    except Exception as error:
        raise _FromCallback(error) from error


def _find_sheet(worksheets: list[Any], wanted: str, titles: tuple[str, ...], name: str) -> Any:
    for ws in worksheets:
        if ws.title == wanted:
            return ws
    folded = wanted.strip().casefold()
    for ws in worksheets:
        if ws.title.strip().casefold() == folded:
            return ws
    raise ImportFailed(
        _("the workbook has no sheet named '{sheet}'; its sheets are: {sheets}").format(
            sheet=wanted, sheets=", ".join(titles)
        ),
        where=name,
    )


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        value = value.replace("\r\n", "\n").replace("\r", "\n") if "\r" in value else value
        return composed(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _merged_ranges(workbook: Any, ws: Any) -> list[tuple[int, int, int, int]]:
    """(min_col, min_row, max_col, max_row) of each merged range of the sheet."""
    path = getattr(ws, "_worksheet_path", None)
    archive = getattr(workbook, "_archive", None)
    if not path or archive is None:
        return []
    found: set[bytes] = set()
    with archive.open(path) as part:
        tail = b""
        while chunk := part.read(_CHUNK):
            window = tail + chunk
            found.update(m.group(1) for m in _MERGE_RE.finditer(window))
            tail = window[-_OVERLAP:]
    from openpyxl.utils.cell import range_boundaries

    ranges = []
    for ref in found:
        min_col, min_row, max_col, max_row = range_boundaries(ref.decode("ascii").upper())
        if None not in (min_col, min_row, max_col, max_row):
            ranges.append((min_col, min_row, max_col, max_row))
    return ranges  # type: ignore[return-value]


def _fill_merged(records: list[list[str]], ranges: list[tuple[int, int, int, int]]) -> None:
    """Copy each merged range's top-left value into the whole range (within the data)."""
    if not records:
        return
    width = max(len(r) for r in records)
    for min_col, min_row, max_col, max_row in ranges:
        top = records[min_row - 1] if min_row <= len(records) else []
        value = top[min_col - 1] if min_col <= len(top) else ""
        if not value:
            continue
        for row_index in range(min_row - 1, min(max_row, len(records))):
            row = records[row_index]
            last = min(max_col, width)
            if len(row) < last:
                row.extend([""] * (last - len(row)))
            for col_index in range(min_col - 1, last):
                row[col_index] = value
