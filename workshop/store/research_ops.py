"""Named operations on the research behind the evidence: studies and respondents.

A *study* is a piece of research (an interview round, a survey, a ticket export, an
analytics report); a *respondent* is a research participant (someone interviewed,
observed or surveyed), under a pseudonym, with attributes such as segment, role, region or
age band. Respondents are not the workshop's *participants* (the people in the room who
write notes and vote: ``participant`` rows, ``note.author_id``).

Each public method is one transaction and one ``Change`` (one undo step). Deleting a study
or a respondent unhooks its sources (they stay, with no study or respondent), inside the
same change, so undo brings all of it back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from workshop.domain.limits import SHORT_TEXT_MAX
from workshop.domain.model import StudyKind
from workshop.domain.tolerant_values import json_value
from workshop.errors import OperationRefused
from workshop.i18n import N_, _, grouped
from workshop.store.changes import Change
from workshop.store.core import WorkshopFileCore
from workshop.store.recorder import Recorder

STUDY_FIELDS = frozenset({"name", "kind", "date_from", "date_to", "notes"})
RESPONDENT_FIELDS = frozenset({"label", "attributes", "notes"})


def attributes_json(attributes: Mapping[str, str]) -> str:
    """A respondent's attributes as the file keeps them: a JSON object of text to text.

    Refuses (OperationRefused) names or values that are not text, empty names, and text
    longer than ``SHORT_TEXT_MAX``."""
    clean: dict[str, str] = {}
    for name, value in attributes.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise OperationRefused(_("a respondent's attributes must be names and values in words"))
        name = " ".join(name.split())
        if not name:
            raise OperationRefused(_("a respondent's attribute needs a name"))
        if len(name) > SHORT_TEXT_MAX or len(value) > SHORT_TEXT_MAX:
            raise OperationRefused(
                _("a respondent's attribute is longer than {limit} characters").format(
                    limit=grouped(SHORT_TEXT_MAX)
                )
            )
        clean[name] = value
    return json.dumps(clean, ensure_ascii=False)


def _study_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - STUDY_FIELDS
    if unknown:
        raise ValueError(f"unknown study field(s): {', '.join(sorted(unknown))}")
    values = dict(fields)
    if "kind" in values:
        values["kind"] = str(StudyKind(values["kind"]))
    for name in ("date_from", "date_to"):
        if isinstance(values.get(name), date):
            values[name] = values[name].isoformat()
    if "name" in values and not str(values["name"]).strip():
        raise OperationRefused(_("a study needs a name"))
    return values


def _respondent_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - RESPONDENT_FIELDS
    if unknown:
        raise ValueError(f"unknown respondent field(s): {', '.join(sorted(unknown))}")
    values = dict(fields)
    if "attributes" in values:
        values["attributes"] = attributes_json(values["attributes"])
    if "label" in values and not str(values["label"]).strip():
        raise OperationRefused(_("a respondent needs a label (a pseudonym such as 'P3')"))
    return values


class ResearchOps(WorkshopFileCore):
    # Studies ------------------------------------------------------------------------
    def add_study(
        self, name: str, kind: StudyKind | str = StudyKind.OTHER, **fields: Any
    ) -> Change:
        values = _study_values({**fields, "name": name, "kind": kind})
        return self._run(N_("Add study"), lambda rec: rec.insert("study", values))

    def update_study(self, study_id: str, **fields: Any) -> Change:
        values = _study_values(fields)
        return self._run(N_("Edit study"), lambda rec: rec.update("study", study_id, **values))

    def delete_studies(self, study_ids: Iterable[str]) -> Change:
        """Delete studies; their sources stay, in no study."""
        ids = list(study_ids)

        def work(rec: Recorder) -> None:
            sources = rec.ids_where("source", "study_id", ids)
            rec.update_many("source", {s: {"study_id": None} for s in sources})
            rec.delete_many("study", ids)

        return self._run(N_("Delete study") if len(ids) == 1 else N_("Delete studies"), work)

    # Respondents --------------------------------------------------------------------
    def add_respondent(
        self, label: str, attributes: Mapping[str, str] | None = None, notes: str = ""
    ) -> Change:
        values = _respondent_values(
            {"label": label, "attributes": attributes or {}, "notes": notes}
        )
        return self._run(N_("Add respondent"), lambda rec: rec.insert("respondent", values))

    def update_respondent(self, respondent_id: str, **fields: Any) -> Change:
        values = _respondent_values(fields)
        return self._run(
            "Edit respondent", lambda rec: rec.update("respondent", respondent_id, **values)
        )

    def delete_respondents(self, respondent_ids: Iterable[str]) -> Change:
        """Delete respondents; their sources stay, speaking for no one known."""
        ids = list(respondent_ids)

        def work(rec: Recorder) -> None:
            sources = rec.ids_where("source", "respondent_id", ids)
            rec.update_many("source", {s: {"respondent_id": None} for s in sources})
            rec.delete_many("respondent", ids)

        return self._run(
            N_("Delete respondent") if len(ids) == 1 else N_("Delete respondents"), work
        )

    def merge_respondents(self, keep_id: str, other_ids: Iterable[str]) -> Change:
        """Two (or more) respondents that turn out to be the same person become one: the
        others' sources move to the kept one, attributes the kept one lacks are taken from
        the others (the kept one's values win where both have one), and the others are
        deleted. One step: undo brings them back with their sources."""
        others = list(dict.fromkeys(o for o in other_ids if o != keep_id))

        def work(rec: Recorder) -> None:
            keep = rec.fetch_one("respondent", keep_id)
            found = rec.fetch("respondent", others)
            if len(found) != len(others):
                raise OperationRefused(_("that respondent no longer exists"))
            merged: dict[str, str] = {}
            for other_id in reversed(others):
                merged.update(_attributes(found[other_id]["attributes"]))
            merged.update(_attributes(keep["attributes"]))
            rec.update("respondent", keep_id, attributes=attributes_json(merged))
            sources = rec.ids_where("source", "respondent_id", others)
            rec.update_many("source", {s: {"respondent_id": keep_id} for s in sources})
            rec.delete_many("respondent", others)

        return self._run(N_("Merge respondents"), work)


def _attributes(stored: Any) -> dict[str, str]:
    found = json_value(stored, {})
    return {str(k): v for k, v in found.items() if isinstance(v, str)}
