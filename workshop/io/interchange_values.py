"""Bounds on the values of a JSON interchange document, beyond its closed lists and dates
(``interchange_validation``): numbers within the board's limits, whole numbers within
reason, colours, timestamps, the shape of JSON-valued columns, the length
of every text, and ids that are there and point at rows of the document.

Each problem is one line with the value's path in the document (indexes from 0)::

    tables.note[3].x: 1e+30 is off the board (it must be from -1,000,000 to 1,000,000)
    tables.note[4].cluster_id: 'c9' is not a cluster in this export

:func:`row_problem` checks one row by itself (also the clipboard's rows);
:func:`ids_problem` checks a whole document's ids against each other (an export, not the
clipboard, whose notes may name sources that stay behind). :func:`as_read` is the export's
side: a damaged file's value written as the program reads it, so an export imports again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from workshop.domain.board_geometry import COORD_LIMIT, SIZE_MAX, SIZE_MIN, size
from workshop.domain.limits import NOTE_TEXT_MAX, SHORT_TEXT_MAX, VOTES_EACH_MAX
from workshop.domain.tolerant_values import as_int
from workshop.i18n import N_, _, grouped
from workshop.store import column_kinds

#: (table, column) -> the least and most a number there may be.
NUMBER_BOUNDS: dict[tuple[str, str], tuple[float, float]] = {
    **{
        (table, column): (-COORD_LIMIT, COORD_LIMIT)
        for table in ("note", "cluster")
        for column in ("x", "y", "z")
    },
    **{(table, column): (SIZE_MIN, SIZE_MAX) for table in ("note", "cluster") for column in "wh"},
    ("vote_round", "votes_per_participant"): (1, VOTES_EACH_MAX),
}

#: Texts that may be as long as a note; every other text is short (a title, a name, a label).
LONG_TEXTS: frozenset[tuple[str, str]] = frozenset(
    {
        ("note", "text"),
        ("workshop", "goal"),
        ("workshop", "product"),
        ("workshop", "target_segments"),
        ("source", "notes"),
        ("persona", "quote"),
        ("persona", "role_context"),
        ("persona_item", "text"),
    }
)

#: What the JSON-valued columns hold: a list of texts or an object.
JSON_SHAPES: dict[tuple[str, str], type] = {
    ("workshop", "decisions"): list,
    ("workshop", "metrics"): list,
    ("workshop", "settings"): dict,
    ("persona", "evidence_pool"): list,
}

TIMESTAMPS = frozenset({"created_at", "updated_at"})
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_TIMESTAMP = re.compile(
    r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$"
)

#: How a row of each table is named when an id points at none.
_ROW_NAMES = {
    "participant": N_("a participant"),
    "source": N_("a source"),
    "asset": N_("an image"),
    "cluster": N_("a cluster"),
    "note": N_("a note"),
    "vote_round": N_("a voting round"),
    "persona": N_("a persona"),
    "persona_item": N_("a persona item"),
    "respondent": N_("a respondent"),
    "study": N_("a study"),
}


def row_problem(table: str, row: Mapping[str, Any], path: str) -> str | None:
    """Why a value of this row is out of bounds (a line starting with its path), or None."""
    for column, value in row.items():
        where = f"{path}.{column}"
        if column == "id" and isinstance(value, str) and not value.strip():
            return f"{where}: {_('the id is empty; every row needs one')}"
        bounds = NUMBER_BOUNDS.get((table, column))
        if bounds is not None and _is_number(value):
            problem = _number_problem(value, bounds, table, column)
            if problem:
                return f"{where}: {problem}"
        shape = JSON_SHAPES.get((table, column))
        if shape is not None:
            problem = _shape_problem(value, shape, column)
            if problem:
                return f"{where}: {problem}"
        if isinstance(value, str) and not _is_json_column(table, column):
            problem = _text_problem(table, column, value)
            if problem:
                return f"{where}: {problem}"
    if table == "vote":
        note, cluster = row.get("note_id"), row.get("cluster_id")
        if (note is None) == (cluster is None):
            if note is None:
                said = _("a vote names neither note_id nor cluster_id; it is for exactly one")
            else:
                said = _("a vote names both note_id and cluster_id; it is for exactly one")
            return f"{path}: {said}"
    return None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_json_column(table: str, column: str) -> bool:
    return (table, column) in JSON_SHAPES


def _number_problem(
    value: float, bounds: tuple[float, float], table: str, column: str
) -> str | None:
    low, high = bounds
    if low <= value <= high:  # exact for any int (no float conversion) and false for NaN
        return None
    said = {
        "x": _("{value} is off the board (it must be from {low} to {high})"),
        "w": _("{value} is not a width the board allows (it must be from {low} to {high})"),
        "h": _("{value} is not a height the board allows (it must be from {low} to {high})"),
    }.get("x" if column in ("y", "z") else column)
    if said is None:
        said = _(
            "{value} is not a number of dots one person can have (it must be from {low} to {high})"
        )
    return said.format(value=_number(value), low=grouped(int(low)), high=grouped(int(high)))


def _number(value: float) -> str:
    if isinstance(value, int) and abs(value) >= 10**15:
        return _("a number of {count} digits").format(count=len(str(abs(value))))
    return f"{value:g}" if isinstance(value, float) else str(value)


def _shape_problem(value: Any, shape: type, column: str) -> str | None:
    if shape is dict:
        return None if isinstance(value, dict) else _("should be an object")
    if not isinstance(value, list):
        return _("should be a list of texts, not {value}").format(value=_shown(value))
    for index, item in enumerate(value):
        if not isinstance(item, str):
            said = _("{value} is not a text; each should be one").format(value=_shown(item))
            return f"[{index}]: {said}"
        problem = _text_problem("", column, item)
        if problem:
            return f"[{index}]: {problem}"
    return None


def _text_problem(table: str, column: str, value: str) -> str | None:
    long = (table, column) in LONG_TEXTS
    most = NOTE_TEXT_MAX if long else SHORT_TEXT_MAX
    if len(value) > most:
        return _("the text is {length} characters long; it may be at most {most}").format(
            length=grouped(len(value)), most=grouped(most)
        )
    if column == "colour" and not _COLOUR.match(value):
        return _("{value} is not a colour written as #RRGGBB").format(value=_shown(value))
    if column in TIMESTAMPS and value and not _is_timestamp(value):
        return _("{value} is not a date and time written as YYYY-MM-DDTHH:MM:SS").format(
            value=_shown(value)
        )
    return None


def _is_timestamp(value: str) -> bool:
    if not _TIMESTAMP.match(value):
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def ids_problem(rows: Mapping[str, Sequence[Mapping[str, Any]]]) -> str | None:
    """The first id that is repeated, or that points at no row of the document (named by
    its path), or None."""
    ids: dict[str, dict[str, int]] = {}
    for table, table_rows in rows.items():
        seen = ids.setdefault(table, {})
        for index, row in enumerate(table_rows):
            value = str(row.get("id"))
            if value in seen:
                said = _("{value} is already the id of {row}").format(
                    value=_shown(value), row=f"tables.{table}[{seen[value]}]"
                )
                return f"tables.{table}[{index}].id: {said}"
            seen[value] = index
    for table, table_rows in rows.items():
        targets = {c.name: c.references for c in column_kinds(table) if c.references}
        for index, row in enumerate(table_rows):
            for column, target in targets.items():
                pointer = row.get(column)
                if pointer is not None and str(pointer) not in ids.get(target, {}):
                    named = _(_ROW_NAMES[target]) if target in _ROW_NAMES else target
                    said = _("{value} is not {row} in this export").format(
                        value=_shown(pointer), row=named
                    )
                    return f"tables.{table}[{index}].{column}: {said}"
    return None


def as_read(table: str, column: str, value: Any, default: Any) -> Any:
    """A stored value as the program reads it, where the format bounds it more than the
    program does: so an export of a damaged file imports again. ``default`` is the
    column's default."""
    if (table, column) in NUMBER_BOUNDS and column in ("w", "h") and value is not None:
        return size(value, default)
    if (table, column) == ("vote_round", "votes_per_participant") and value is not None:
        return max(1, min(VOTES_EACH_MAX, as_int(value, 3)))
    shape = JSON_SHAPES.get((table, column))
    if shape is list and isinstance(value, list):
        return [str(item) for item in value]  # the program reads each as text
    if isinstance(value, str):
        if column == "colour" and not _COLOUR.match(value):
            return default
        if column in TIMESTAMPS and value and not _is_timestamp(value):
            return ""  # not recorded
    return value


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"
