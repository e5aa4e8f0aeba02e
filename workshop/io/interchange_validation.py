"""The values the JSON interchange format allows, checked strictly: refused, never rewritten.

``io.interchange`` checks each row's shape and types; this module checks what the values
mean. A value the format does not allow is refused with the path of the value in the
document and what it may be, e.g.::

    tables.persona[2].template: 'Proto' is not one of user, b2b_buyer, proto

(indexes count from 0, as in the document). Nothing is mapped to a default: a template
"Proto" is not silently a user persona, a section "Goal" not silently "other details", a
source kind "opinion" not silently "other".

What is checked (docs/interchange-format.md, "Allowed values"):

- closed lists: ``source.kind``, ``study.kind``, ``persona.status``, ``persona.template``,
  ``persona_item.section``, ``persona_item.metric_kind``, ``workshop.stage``,
  ``workshop.decisions``, ``vote_round.target``;
- dates (``source.date``, ``study.date_from``/``date_to``, ``persona.last_reviewed``): real
  ``YYYY-MM-DD`` dates, not after today ("spring 2019", "2019-02-30" and 2031 are refused);
  a study does not end before it starts;
- ``respondent.attributes``: an object of names to values, all text;
- ``respondent.label`` and ``study.name``: not empty, blank or only invisible characters
  (the evidence check counts respondents and studies by them);
- ``evidence_link``: exactly one of ``note_id`` and ``cluster_id``;
- ``workshop.settings.check``: the evidence check's thresholds, whole numbers within their
  documented bounds (``CHECK_BOUNDS``).

:func:`as_exported` is the other direction: a value a damaged workshop file holds is written
as the program reads it (an unknown kind as ``other``, a date that does not parse as
``null``, a threshold out of bounds left out), so an export always imports again, except for
dates in the future, which the program reads as they are and this import refuses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from workshop.domain.model import (
    Decision,
    MetricKind,
    PersonaStatus,
    PersonaTemplate,
    Section,
    SourceKind,
    Stage,
    StudyKind,
    VoteTarget,
    check_setting_problem,
)
from workshop.domain.text_folding import fold
from workshop.errors import ImportFailed
from workshop.i18n import _
from workshop.io import interchange_values
from workshop.store import column_kinds

#: (table, column) -> the closed list its values come from.
CLOSED_LISTS: dict[tuple[str, str], type[StrEnum]] = {
    ("source", "kind"): SourceKind,
    ("study", "kind"): StudyKind,
    ("persona", "status"): PersonaStatus,
    ("persona", "template"): PersonaTemplate,
    ("persona_item", "section"): Section,
    ("persona_item", "metric_kind"): MetricKind,
    ("workshop", "stage"): Stage,
    ("vote_round", "target"): VoteTarget,
}

#: What an unknown value of a closed list is read as (``store.reading``), for export.
READ_AS: dict[type[StrEnum], StrEnum] = {
    SourceKind: SourceKind.OTHER,
    StudyKind: StudyKind.OTHER,
    PersonaStatus: PersonaStatus.DRAFT,
    PersonaTemplate: PersonaTemplate.USER,
    Section: Section.OTHER,
    MetricKind: MetricKind.OTHER,
    Stage: Stage.FRAME,
    VoteTarget: VoteTarget.NOTES,
}

DATE_COLUMNS: frozenset[tuple[str, str]] = frozenset(
    {("source", "date"), ("study", "date_from"), ("study", "date_to"), ("persona", "last_reviewed")}
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Dates before this are not research dates; after today (plus a day, for time zones) they
#: have not happened yet.
EARLIEST = date(1900, 1, 1)


def check_tables(tables: Mapping[str, Any], where: str, today: date | None = None) -> None:
    """Refuse the first value the format does not allow, with its path in the document.

    ``tables`` is the document's ``tables`` object, already checked for shape and types."""
    latest = (today or date.today()) + timedelta(days=1)
    for table_name, rows in tables.items():
        if not isinstance(rows, list):
            continue
        for index, row in enumerate(rows):
            if not isinstance(row, dict):
                continue
            path = f"tables.{table_name}[{index}]"
            problem = _row_problem(table_name, row, path, latest)
            if problem:
                raise ImportFailed(problem, where=where)


def _row_problem(table: str, row: Mapping[str, Any], path: str, latest: date) -> str | None:
    bounded = interchange_values.row_problem(table, row, path)  # numbers, texts, shapes
    if bounded:
        return bounded
    for column, value in row.items():
        kind = CLOSED_LISTS.get((table, column))
        if kind is not None and value is not None and value not in _values(kind):
            return _("{path}: {value} is not one of {allowed}").format(
                path=f"{path}.{column}", value=_shown(value), allowed=", ".join(_values(kind))
            )
        if (table, column) in DATE_COLUMNS and value is not None:
            problem = date_problem(value, latest)
            if problem:
                return _("{path}: {value} {problem}").format(
                    path=f"{path}.{column}", value=_shown(value), problem=problem
                )
    if table == "evidence_link":
        note, cluster = row.get("note_id"), row.get("cluster_id")
        if (note is None) == (cluster is None):
            if note is None:
                problem = _(
                    "{path}: an evidence link has neither of note_id and cluster_id; it must "
                    "point at exactly one note or one cluster"
                )
            else:
                problem = _(
                    "{path}: an evidence link has both of note_id and cluster_id; it must "
                    "point at exactly one note or one cluster"
                )
            return problem.format(path=path)
    if table == "workshop":
        return _workshop_problem(row, path)
    blank = _blank_name(table, row, path)
    if blank:
        return blank
    if table == "respondent":
        return _attributes_problem(row.get("attributes"), f"{path}.attributes")
    if table == "study":
        start, end = row.get("date_from"), row.get("date_to")
        if isinstance(start, str) and isinstance(end, str) and end < start:
            return _("{path}: {end} is before the study's date_from {start}").format(
                path=f"{path}.date_to", end=_shown(end), start=_shown(start)
            )
    return None


def _blank_name(table: str, row: Mapping[str, Any], path: str) -> str | None:
    """A respondent with no label or a study with no name: the check counts respondents and
    studies by their name, so one without a name cannot be told apart or counted."""
    column = {"respondent": "label", "study": "name"}.get(table)
    value = row.get(column or "")
    if column is None or not isinstance(value, str) or fold(value):
        return None
    if table == "respondent":
        said = _("{path}: {value} is no label; a respondent needs one (a pseudonym such as 'P3')")
    else:
        said = _("{path}: {value} is no name; a study needs one (such as 'Churn survey, May')")
    return said.format(path=f"{path}.{column}", value=_shown(value))


def _attributes_problem(attributes: Any, path: str) -> str | None:
    if not isinstance(attributes, dict):
        return _("{path}: a respondent's attributes should be an object of names to text").format(
            path=path
        )
    for name, value in attributes.items():
        if not name.strip():
            return _("{path}: an attribute has no name").format(path=path)
        if not isinstance(value, str):
            return _("{path}: {value} should be text").format(
                path=f"{path}.{name}", value=_shown(value)
            )
    return None


def _workshop_problem(row: Mapping[str, Any], path: str) -> str | None:
    decisions = row.get("decisions")
    if isinstance(decisions, list):
        for index, value in enumerate(decisions):
            if value not in _values(Decision):
                return _("{path}: {value} is not one of {allowed}").format(
                    path=f"{path}.decisions[{index}]",
                    value=_shown(value),
                    allowed=", ".join(_values(Decision)),
                )
    settings = row.get("settings")
    if not isinstance(settings, dict) or "check" not in settings:
        return None
    check = settings["check"]
    if not isinstance(check, dict):
        return _("{path}: the evidence check's thresholds should be an object").format(
            path=f"{path}.settings.check"
        )
    for name, value in check.items():
        problem = check_setting_problem(str(name), value)
        if problem:
            return f"{path}.settings.check.{name}: {problem}"
    return None


def date_problem(value: Any, latest: date) -> str | None:
    """Why ``value`` is not a date the format allows (a phrase), or None."""
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return _("is not a date written as YYYY-MM-DD")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return _("is not a real date")
    if day < EARLIEST:
        return _("is before {year}").format(year=EARLIEST.year)
    if day > latest:
        return _("is in the future")
    return None


def as_exported(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored row as the export writes it: as the program reads it (see module doc)."""
    out = dict(row)
    defaults = {c.name: c.default for c in column_kinds(table)}
    for column, value in row.items():
        read = _as_read(table, column, value)
        out[column] = interchange_values.as_read(table, column, read, defaults.get(column))
    if table == "evidence_link" and out.get("note_id") is not None:
        out["cluster_id"] = None  # the program follows the note when a link names both
    return out


def _as_read(table: str, column: str, value: Any) -> Any:
    kind = CLOSED_LISTS.get((table, column))
    if kind is not None and value is not None and value not in _values(kind):
        return str(READ_AS[kind])
    if (table, column) in DATE_COLUMNS and value is not None:
        try:
            return date.fromisoformat(str(value)[:10]).isoformat()
        except ValueError:
            return None
    if table == "respondent" and column == "attributes":
        if not isinstance(value, dict):
            return {}
        return {str(k): v for k, v in value.items() if isinstance(v, str) and str(k).strip()}
    if table == "workshop" and column == "decisions" and isinstance(value, list):
        return [d for d in value if d in _values(Decision)]
    if table == "workshop" and column == "settings" and isinstance(value, dict):
        check = value.get("check")
        if "check" in value and not isinstance(check, dict):
            return {k: v for k, v in value.items() if k != "check"}
        if isinstance(check, dict):
            kept = {k: v for k, v in check.items() if check_setting_problem(str(k), v) is None}
            return {**value, "check": kept}
    return value


def _values(kind: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in kind)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"
