"""Which column of an export names the respondent, and which dates each row.

Told nothing, an import still recognises the usual shapes of research exports:

- the **respondent column** (``suggest_respondent_column``): a column headed "Participant",
  "Respondent", "Interviewee", "User", "Name", "Respondent ID", "Response ID", Typeform's
  "#", Microsoft Forms' "ID" or the German, French, Spanish, Russian or Japanese
  equivalent ("Teilnehmer", "Befragte", "Répondant", "Nom", "Participante", "Encuestado",
  "Nombre", "Участник", "回答者"...), with a value in every row. Each distinct
  value becomes a source and a respondent, so three participants are three respondents,
  not one undated source. An id column ("Respondent ID") must also tell the rows apart
  (at least half of its values distinct): a column of one repeated id names no one.
- the **date column** (``suggest_date_column``): a column headed "Date", "Interview date",
  "Submitted", "Timestamp", "Datum", "Fecha"... whose filled cells are written as dates
  (four in five at least), one of them at least a real one (read as ``lenient_dates``
  reads them): each row's date, so the sources are dated and the check
  can judge their freshness. A cell that cannot be (30 February) or has not happened yet
  is left out of that row with its reason; the good ones still date their rows, in a
  small file as in a large one. A column headed so but not used is said, with why
  (``unused_date_column``).

- the **open questions left out** (``free_text_columns``): columns of free answers (words,
  several to an answer, seldom the same twice) that an import did not take, so its summary
  can name them ("Not imported: “What would you change?” (4 answers)").

The facilitator can always choose otherwise (``--source-column``, ``--date-column``, or
the wizard), or say none (``--source-column ''``, ``--date-column ''``).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date

from workshop.i18n import _
from workshop.io.evidence_mapping import NO_ANSWER
from workshop.io.lenient_dates import infer_day_order, looks_like_date, read_date
from workshop.io.tabular import Table

#: Rows looked at to recognise a column.
SAMPLE_ROWS = 500

#: Headers naming the person each row comes from (folded: lower case, single spaces).
PERSON_HEADERS = frozenset(
    {
        "participant", "participants", "participant name", "participant code",
        "respondent", "respondent name", "respondent code", "interviewee", "interviewee name",
        "user", "user name", "username", "name", "customer name", "pseudonym",
        # German
        "teilnehmer", "teilnehmerin", "teilnehmende", "teilnehmer*in", "teilnehmer:in",
        "befragte", "befragter", "befragte person", "proband", "probandin", "nutzer",
        "nutzerin",
        # French
        "participante", "répondant", "répondante", "repondant", "interviewé", "interviewée",
        "personne interrogée", "utilisateur", "utilisatrice", "nom", "enquêté", "enquêtée",
        # Spanish
        "encuestado", "encuestada", "entrevistado", "entrevistada", "usuario", "usuaria",
        "nombre",
        # Russian, Japanese
        "участник", "участница", "респондент", "респондентка", "опрошенный", "回答者",
        "参加者", "協力者",
    }
)  # fmt: skip
#: Headers of an id per response or respondent: they must tell the rows apart.
ID_HEADERS = frozenset(
    {"respondent id", "response id", "responseid", "respondentid", "participant id",
     "respondent number", "response number", "user id", "userid", "teilnehmer-id",
     "teilnehmer id", "id participant", "id du participant", "id de participante",
     "id del participante",
     # Typeform's "#", Microsoft Forms' "ID"
     "#", "id", "номер", "回答id", "回答番号"}
)  # fmt: skip
#: Words of headers of a row's date.
DATE_WORDS = frozenset(
    {"date", "day", "when", "submitted", "timestamp", "datetime", "datum", "tag",
     # LimeSurvey's "submitdate" and "datestamp"
     "submitdate", "submissiondate", "datestamp",
     "zeitstempel", "eingereicht", "jour", "horodatage", "horodateur", "fecha", "dia", "día",
     "дата", "日付", "日時", "回答日", "回答日時", "実施日"}
)  # fmt: skip
DATE_PHRASES = frozenset({"created at", "submitted at", "start time", "end time", "marca temporal"})

_SEPARATORS = re.compile(r"[\s_]+")
_WORD = re.compile(r"[^\W_]+")


def _folded(header: str) -> str:
    return _SEPARATORS.sub(" ", header.casefold()).strip()


def suggest_respondent_column(table: Table) -> str | None:
    """The column naming each row's respondent (see the module), or None."""
    for index, header in enumerate(table.headers):
        name = _folded(header)
        is_id = name in ID_HEADERS
        if not is_id and name not in PERSON_HEADERS:
            continue
        values = [r[index].strip() for r in table.rows[:SAMPLE_ROWS]]
        filled = [v for v in values if v]
        if not filled or len(filled) != len(values):
            continue
        if is_id and len(set(filled)) * 2 < len(filled):
            continue
        return header
    return None


def suggest_date_column(table: Table, *, avoid: tuple[str | None, ...] = ()) -> str | None:
    """The column dating each row (see the module), or None."""
    for index, header in enumerate(table.headers):
        if header in avoid or not _headed_as_date(header):
            continue
        filled = _filled(table, index)
        if not filled:
            continue
        shaped = sum(map(looks_like_date, filled))
        if shaped * 5 >= len(filled) * 4 and _real_dates(filled):
            return header
    return None


def unused_date_column(table: Table, *, avoid: tuple[str | None, ...] = ()) -> str:
    """Why the first column headed like a date column ("Date", "Submitted") does not date
    the rows, for an import that has no date column ("" when there is no such column)."""
    for index, header in enumerate(table.headers):
        if header in avoid or not _headed_as_date(header):
            continue
        filled = _filled(table, index)
        if not filled:
            return _("“{column}” is empty, so it dates nothing").format(column=header)
        order = infer_day_order(filled)
        first = ""
        for row, number in zip(table.rows[:SAMPLE_ROWS], table.row_numbers, strict=False):
            found = read_date(row[index], order) if row[index].strip() else None
            if isinstance(found, str):
                first = _("row {row}: {reason}").format(row=number, reason=found)
                break
        return _(
            "“{column}” is not used as the date column: only {dates} of its {cells} filled "
            "cells are dates ({first}); choose it with --date-column"
        ).format(column=header, dates=_real_dates(filled), cells=len(filled), first=first)
    return ""


def _headed_as_date(header: str) -> bool:
    name = _folded(header)
    return bool(set(_WORD.findall(name)) & DATE_WORDS) or name in DATE_PHRASES


def _filled(table: Table, index: int) -> list[str]:
    return [v for v in (r[index].strip() for r in table.rows[:SAMPLE_ROWS]) if v]


def _real_dates(filled: list[str]) -> int:
    order = infer_day_order(filled)
    return sum(isinstance(read_date(v, order), date) for v in filled)


def free_text_columns(table: Table, taken: Collection[int]) -> list[tuple[str, int]]:
    """Columns other than ``taken`` holding free answers, and how many answers each holds:
    words (at least three to an answer on average), mostly different from one row to the
    next (a choice or a checkbox repeats a handful of values)."""
    found = []
    sample = table.rows[:SAMPLE_ROWS]
    for index, header in enumerate(table.headers):
        if index in taken:
            continue
        wordy = [c for c in (r[index].strip() for r in sample) if _is_answer(c)]
        if not wordy or sum(len(c.split()) for c in wordy) < 3 * len(wordy):
            continue
        if len(set(wordy)) * 2 < len(wordy):
            continue
        found.append((header, sum(1 for r in table.rows if _is_answer(r[index].strip()))))
    return found


def _is_answer(cell: str) -> bool:
    return sum(map(str.isalpha, cell)) >= 2 and cell.casefold() not in NO_ANSWER
