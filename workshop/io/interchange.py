"""The JSON interchange format: a whole workshop (or a part of one) as one JSON document.

Documented in ``docs/interchange-format.md``. In short::

    {"format": "persona-workshop", "version": 3,
     "tables": {"workshop": [...], "participant": [...], "study": [...],
                "respondent": [...], "source": [...], "asset": [...],
                "cluster": [...], "note": [...], "vote_round": [...], "vote": [...],
                "persona": [...], "persona_item": [...], "evidence_link": [...]}}

Each table is a list of rows, sorted by id; each row has exactly the columns of the
workshop file's table, in the file's order. JSON-valued columns (a workshop's decisions,
metrics and settings; a persona's evidence pool; a respondent's attributes) are real JSON,
not strings. Image bytes
are base64 in ``data``, checked against ``sha256``. Export, import and export again gives
the same document, byte for byte.

The same document, holding only some notes and clusters, is the clipboard format for
copying notes between workshops.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from workshop.domain.board_geometry import coord
from workshop.domain.limits import INPUT_FILE_MAX, NOTE_TEXT_MAX
from workshop.domain.tolerant_values import as_int, json_value
from workshop.errors import ImportFailed
from workshop.i18n import _, grouped
from workshop.io import interchange_validation, interchange_values
from workshop.io.input_file import read_input
from workshop.store import (
    CONTENT_TABLES,
    WorkshopFile,
    column_kinds,
    create_workshop,
    open_workshop,
    outputs,
)

FORMAT = "persona-workshop"
#: 2: the source kind "assumption", strict values; 3: respondents and studies, a note's
#: question (1 and 2 still import: see ``ADDED_IN``).
VERSION = 3
JSON_COLUMNS: dict[str, tuple[str, ...]] = {
    "workshop": ("decisions", "metrics", "settings"),
    "persona": ("evidence_pool",),
    "respondent": ("attributes",),
}
#: Tables and columns a format version added: a document of an older version has none of
#: them (they are refused there, as any unknown part is) and imports with their defaults:
#: no study, no respondent, no question.
ADDED_IN: dict[int, dict[str, tuple[str, ...]]] = {
    3: {
        "study": (),
        "respondent": (),
        "source": ("study_id", "respondent_id"),
        "note": ("question",),
    },
}
#: The largest JSON document read (a workshop with its photos is a few tens of MB).
MAX_DOCUMENT_BYTES = INPUT_FILE_MAX

Rows = dict[str, list[dict[str, Any]]]


# Export ---------------------------------------------------------------------------------
#: What a JSON-valued column holds when a damaged file has something else there.
JSON_DEFAULTS: dict[str, Any] = {
    "decisions": [],
    "metrics": [],
    "settings": {},
    "evidence_pool": [],
    "attributes": {},
}


def _to_json_row(table_name: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored row as JSON. Values a damaged file may hold (broken JSON, text or NaN for a
    number) are written as the program reads them, so the export always imports again."""
    out: dict[str, Any] = {}
    for column in column_kinds(table_name):
        value = row[column.name]
        if column.name in JSON_COLUMNS.get(table_name, ()):
            value = json_value(value, JSON_DEFAULTS[column.name])
            try:
                json.dumps(value, allow_nan=False)
            except ValueError:
                value = JSON_DEFAULTS[column.name]
        elif isinstance(value, bytes | memoryview):
            value = base64.b64encode(bytes(value)).decode("ascii")
        elif column.kind is float and value is not None:
            value = coord(value)
        elif column.kind is int:
            value = as_int(value) if value is not None else None
        out[column.name] = value
    return interchange_validation.as_exported(table_name, out)


def document(rows: Rows) -> dict[str, Any]:
    """A document from rows as the store holds them (dicts keyed by column)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "tables": {
            name: [_to_json_row(name, r) for r in sorted(rows.get(name, []), key=lambda r: r["id"])]
            for name in CONTENT_TABLES
        },
    }


def workshop_rows(workshop: WorkshopFile) -> Rows:
    """Every row of every table, read in one transaction (a consistent picture)."""
    return workshop.content_rows()


def dumps(doc: Mapping[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False, allow_nan=False) + "\n"


def export_json(
    workshop: WorkshopFile,
    out: Path | str,
    *,
    force: bool = False,
    inputs: Iterable[Path | str] = (),
) -> Path:
    """Write the workshop as a JSON document, by the output rule (see ``store.outputs``):
    never over the workshop itself, over another file only with ``force``, whole or not
    at all."""
    out = Path(out)
    text = dumps(document(workshop_rows(workshop)))
    with outputs.writing(
        out, inputs=[workshop.path, *inputs], force=force, makes="json"
    ) as partial:
        partial.write_text(text, encoding="utf-8")
    return out


# Import ---------------------------------------------------------------------------------
def _refuse(message: str, where: str) -> ImportFailed:
    return ImportFailed(message, where=where)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def loads(text: str | bytes, where: str = "") -> Rows:
    """Parse and check a document; rows come back as the store holds them."""
    try:
        raw = json.loads(text, parse_constant=_no_constants)
    except (ValueError, RecursionError) as error:
        raise _refuse(
            _("this is not valid JSON ({problem})").format(problem=str(error)[:120]), where
        ) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _refuse(_("this JSON file is not a Persona Workshop export"), where)
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _refuse(_("this export has no format version"), where)
    if version > VERSION:
        raise _refuse(
            _(
                "this export was made by a newer version of Persona Workshop (format "
                "{version}); please update the program"
            ).format(version=version),
            where,
        )
    tables = raw.get("tables")
    if not isinstance(tables, dict):
        raise _refuse(_("this export has no tables"), where)
    known = set(CONTENT_TABLES) - set(_tables_added_after(version))
    unknown = set(tables) - known
    if unknown:
        raise _refuse(
            _("this export has parts this program does not know ({parts})").format(
                parts=", ".join(sorted(unknown))[:80]
            ),
            where,
        )
    rows: Rows = {}
    for name in CONTENT_TABLES:
        items = tables.get(name, [])
        if not isinstance(items, list):
            raise _refuse(_("'{name}' should be a list of rows").format(name=name), where)
        rows[name] = [
            _from_json_row(name, item, index, where, version)
            for index, item in enumerate(items, start=1)
        ]
    interchange_validation.check_tables(tables, where)  # allowed values, with their paths
    return rows


def _tables_added_after(version: int) -> list[str]:
    return [t for v, added in ADDED_IN.items() if v > version for t, c in added.items() if not c]


def _columns_added_after(version: int, table_name: str) -> set[str]:
    return {
        column
        for v, added in ADDED_IN.items()
        if v > version
        for column in added.get(table_name, ())
    }


def _from_json_row(
    table_name: str, item: Any, index: int, where: str, version: int = VERSION
) -> dict[str, Any]:
    place = _("row {row} of '{table}'").format(row=index, table=table_name)
    if not isinstance(item, dict):
        raise _refuse(_("{place} is not an object").format(place=place), where)
    columns = column_kinds(table_name)
    later = _columns_added_after(version, table_name)
    extra = set(item) - {c.name for c in columns if c.name not in later}
    if extra:
        raise _refuse(
            _("{place} has unknown fields: {fields}").format(
                place=place, fields=", ".join(sorted(extra))[:80]
            ),
            where,
        )
    row: dict[str, Any] = {}
    for column in columns:
        name = column.name
        if name in later:  # an older document: the column's default
            row[name] = column.default if not column.nullable else None
            continue
        if name not in item:
            raise _refuse(_("{place} has no '{name}'").format(place=place, name=name), where)
        value = item[name]
        if value is None:
            if not column.nullable:
                raise _refuse(
                    _("{place}: '{name}' may not be empty").format(place=place, name=name), where
                )
            row[name] = None
            continue
        if name in JSON_COLUMNS.get(table_name, ()):
            row[name] = json.dumps(value)
        elif column.kind is bytes:
            if not isinstance(value, str):
                raise _refuse(
                    _("{place}: '{name}' should be base64 text").format(place=place, name=name),
                    where,
                )
            try:
                row[name] = base64.b64decode(value, validate=True)
            except (binascii.Error, ValueError):
                raise _refuse(
                    _("{place}: '{name}' is not valid base64").format(place=place, name=name), where
                ) from None
        elif column.kind is bool:
            if not isinstance(value, bool):
                raise _refuse(
                    _("{place}: '{name}' should be true or false").format(place=place, name=name),
                    where,
                )
            row[name] = value
        elif column.kind is int:
            if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 2**62:
                raise _refuse(
                    _("{place}: '{name}' should be a whole number").format(place=place, name=name),
                    where,
                )
            row[name] = value
        elif column.kind is float:
            if (
                not isinstance(value, int | float)
                or isinstance(value, bool)
                or (isinstance(value, float) and not math.isfinite(value))
            ):
                raise _refuse(
                    _("{place}: '{name}' should be a number").format(place=place, name=name), where
                )
            # A whole number too large for a float is bounded by the checks (with its path).
            row[name] = float(value) if abs(value) < 1e300 else math.inf
        else:
            if not isinstance(value, str):
                raise _refuse(
                    _("{place}: '{name}' should be text").format(place=place, name=name), where
                )
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise _refuse(
                    _("{place}: '{name}' holds characters that are not valid text").format(
                        place=place, name=name
                    ),
                    where,
                ) from None
            if table_name == "note" and name == "question" and len(value) > NOTE_TEXT_MAX:
                raise _refuse(
                    _(
                        "{place}: the note's question is {count} characters long; a question "
                        "holds at most {limit} (at {path})"
                    ).format(
                        place=place,
                        count=grouped(len(value)),
                        limit=grouped(NOTE_TEXT_MAX),
                        path=f"tables.note[{index - 1}].question",
                    ),
                    where,
                )
            if table_name == "note" and name == "text" and len(value) > NOTE_TEXT_MAX:
                raise _refuse(
                    _(
                        "{place}: the note text is {count} characters long; a note holds at "
                        "most {limit} (at {path})"
                    ).format(
                        place=place,
                        count=grouped(len(value)),
                        limit=grouped(NOTE_TEXT_MAX),
                        path=f"tables.note[{index - 1}].text",
                    ),
                    where,
                )
            row[name] = value
    if table_name == "asset" and hashlib.sha256(row["data"]).hexdigest() != row["sha256"]:
        raise _refuse(
            _("{place}: the image data does not match its checksum").format(place=place), where
        )
    return row


def read_document(path: Path | str) -> Rows:
    path = Path(path)
    data = read_input(path, limit=MAX_DOCUMENT_BYTES, where=str(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _refuse(_("this is not a JSON export (it is not UTF-8 text)"), str(path)) from None
    del data
    rows = loads(text, str(path))
    problem = interchange_values.ids_problem(rows)  # a whole document: ids hold together
    if problem:
        raise _refuse(problem, str(path))
    return rows


def write_rows(workshop: WorkshopFile, rows: Rows, where: str = "") -> None:
    """Put a whole document's rows into a freshly created workshop file (replacing its
    own workshop row). One transaction: a document that does not fit leaves nothing."""
    workshop.load_rows(rows, where)


def import_json(doc_path: Path | str, out: Path | str, *, overwrite: bool = False) -> WorkshopFile:
    """Make a workshop file from an export, by the output rule (see ``store.outputs``).

    The new workshop is built aside from the whole document and put in place only once the
    document has been accepted in full; a document refused at any stage (JSON, the format,
    a dangling or repeated id) leaves an existing ``out`` as it was, even with
    ``overwrite``. Returns the new workshop, open for editing."""
    outputs.check_output(
        out, inputs=[doc_path], force=overwrite, replaces_workshop=True, makes="workshop"
    )
    out = Path(out)
    rows = read_document(doc_path)
    if len(rows["workshop"]) != 1:
        raise _refuse(_("an export must hold exactly one workshop"), str(doc_path))
    title = str(rows["workshop"][0]["title"]) or "Workshop"
    with outputs.writing(
        out, inputs=[doc_path], force=overwrite, replaces_workshop=True, makes="workshop"
    ) as partial:
        workshop = create_workshop(partial, title, overwrite=True)
        try:
            write_rows(workshop, rows, str(doc_path))
        finally:
            workshop.close()
    return open_workshop(out)


def rows_of(rows: Rows, table_name: str, ids: Iterable[str]) -> list[dict[str, Any]]:
    wanted = set(ids)
    return [r for r in rows.get(table_name, []) if r["id"] in wanted]
