"""Named operations for evidence intake: an import of sources and notes as one step, and the
two reads an import needs to place its notes (what is on the board, which photos are).

An import of a survey export creates dozens of sources and thousands of notes; it is one
transaction and one ``Change``, so a failure partway leaves the file as it was and one
undo takes the whole import away.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from workshop.domain.model import DEFAULT_NOTE_COLOUR, DEFAULT_NOTE_SIZE
from workshop.i18n import N_
from workshop.store.board_ops import NOTE_FIELDS, SOURCE_FIELDS, BoardOps, _only
from workshop.store.changes import Change
from workshop.store.note_text import check_note_texts
from workshop.store.recorder import Recorder
from workshop.store.research_ops import _respondent_values, _study_values

#: Source fields an import may set (its own ids, so notes can point at new sources).
_IMPORT_SOURCE_FIELDS = SOURCE_FIELDS | {"id"}
_IMPORT_NOTE_FIELDS = NOTE_FIELDS | {"id"}


class IntakeOps(BoardOps):
    def import_evidence(
        self,
        sources: Sequence[Mapping[str, Any]],
        notes: Sequence[Mapping[str, Any]],
        label: str = N_("Import evidence"),
        *,
        studies: Sequence[Mapping[str, Any]] = (),
        respondents: Sequence[Mapping[str, Any]] = (),
        updates: Mapping[tuple[str, str], Mapping[str, Any]] | None = None,
    ) -> Change:
        """New sources and their notes in one step, with the study and the respondents
        they belong to.

        Each source mapping has source fields and an ``id`` (made by the caller, so each
        note's ``source_id`` can name a source of the same import or one already there,
        and its ``study_id``/``respondent_id`` a study or respondent of the same import or
        one already there). ``studies`` and ``respondents`` are new rows, each with its
        ``id``; ``updates`` changes existing ones ((table, id) -> fields: a study's dates
        widened, a respondent's attributes completed). Notes get default sizes and colours
        and stack above every note on the board.
        """
        check_note_texts(notes)
        start = datetime.now(UTC)

        def in_order(index: int) -> dict[str, str]:
            # Listed by creation time: keep the order of the file.
            stamp = (start + timedelta(microseconds=index)).isoformat(timespec="microseconds")
            return {"created_at": stamp, "updated_at": stamp}

        study_rows = [
            {**_study_values(_without_id(s)), "id": s["id"], **in_order(i)}
            for i, s in enumerate(studies)
        ]
        respondent_rows = [
            {**_respondent_values(_without_id(r)), "id": r["id"], **in_order(i)}
            for i, r in enumerate(respondents)
        ]
        changes: dict[str, dict[str, dict[str, Any]]] = {"study": {}, "respondent": {}}
        for (table_name, row_id), fields in (updates or {}).items():
            check = _study_values if table_name == "study" else _respondent_values
            changes[table_name][row_id] = check(fields)
        source_rows = []
        for index, source in enumerate(sources):
            row = _only(source, _IMPORT_SOURCE_FIELDS, "source")
            row.update(in_order(index))
            if "date" in row and row["date"] is not None and not isinstance(row["date"], str):
                row["date"] = row["date"].isoformat()
            source_rows.append(row)
        _check_notes(notes)

        def work(rec: Recorder) -> None:
            rec.insert_many("study", study_rows)
            rec.insert_many("respondent", respondent_rows)
            for table_name, values in changes.items():
                if values:
                    rec.update_many(table_name, values)
            rec.insert_many("source", source_rows)
            top = self._top_z(rec)
            stacked = [
                note if "z" in note else {**note, "z": top + offset}
                for offset, note in enumerate(notes, start=1)
            ]
            rec.insert_many("note", stacked, defaults=_NOTE_DEFAULTS)

        return self._run(label, work)

    def board_rects(self) -> list[tuple[float, float, float, float]]:
        """(x, y, w, h) of every note, image note and cluster frame on the board."""
        rows = self._read("SELECT x, y, w, h FROM note UNION ALL SELECT x, y, w, h FROM cluster")
        rects = []
        for row in rows:
            try:
                x, y, w, h = (float(v) for v in row)
            except (TypeError, ValueError):
                continue  # a damaged row: the board leaves it out too
            if all(math.isfinite(v) and abs(v) < 1e12 for v in (x, y, w, h)):
                rects.append((x, y, w, h))
        return rects

    def image_note_hashes(self) -> set[str]:
        """The sha256 of every picture shown as an image note on the board."""
        rows = self._read(
            "SELECT DISTINCT asset.sha256 FROM note JOIN asset ON asset.id = note.asset_id"
        )
        return {str(row[0]) for row in rows}

    def imported_evidence(self) -> list[tuple[str, str, str, str | None, str]]:
        """(source id, label, reference, note text, note question) for every note of every
        source, and (id, label, reference, None, "") for a source without notes: what a
        re-import of the same rows must recognise. Oldest sources first."""
        rows = self._read(
            "SELECT source.id, source.label, source.reference, note.text, note.question "
            "FROM source LEFT JOIN note ON note.source_id = source.id ORDER BY source.created_at"
        )
        return [
            (
                str(r[0]),
                str(r[1] or ""),
                str(r[2] or ""),
                None if r[3] is None else str(r[3]),
                str(r[4] or ""),
            )
            for r in rows
        ]

    def research_index(
        self,
    ) -> tuple[list[tuple[str, str, str | None, str | None]], list[tuple[str, str, str]]]:
        """What an import needs to find its study and respondents again: every study as
        (id, name, date_from, date_to) and every respondent as (id, label, attributes as
        stored), oldest first."""
        studies = [
            (str(r[0]), str(r[1] or ""), r[2] if isinstance(r[2], str) else None,
             r[3] if isinstance(r[3], str) else None)
            for r in self._read(
                "SELECT id, name, date_from, date_to FROM study ORDER BY created_at, id"
            )
        ]  # fmt: skip
        respondents = [
            (str(r[0]), str(r[1] or ""), str(r[2] or "{}"))
            for r in self._read(
                "SELECT id, label, attributes FROM respondent ORDER BY created_at, id"
            )
        ]
        return studies, respondents

    def notes_per_source(self) -> dict[str | None, int]:
        """How many notes each source has; the key None counts the assumptions."""
        rows = self._read("SELECT source_id, COUNT(*) FROM note GROUP BY source_id")
        return {(str(r[0]) if r[0] is not None else None): int(r[1]) for r in rows}


def _without_id(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if k != "id"}


#: What a note of an import is unless it says otherwise.
_NOTE_DEFAULTS = {
    "text": "",
    "w": DEFAULT_NOTE_SIZE[0],
    "h": DEFAULT_NOTE_SIZE[1],
    "colour": DEFAULT_NOTE_COLOUR,
}


def _check_notes(notes: Sequence[Mapping[str, Any]]) -> None:
    """Refuse unknown fields and numbers that are not finite, checked once for the whole
    batch, a column at a time (imports are large)."""
    keys: set[str] = set()
    for note in notes:
        keys.update(note)
    unknown = keys - _IMPORT_NOTE_FIELDS
    if unknown:
        raise ValueError(f"unknown note field(s): {', '.join(sorted(unknown))}")
    for name in ("x", "y", "w", "h", "z"):
        if name in keys:
            values = [note[name] for note in notes if name in note]
            if not all(map(math.isfinite, map(float, values))):
                raise ValueError(f"note {name} must be a finite number")
