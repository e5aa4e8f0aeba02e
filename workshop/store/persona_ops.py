"""Named operations on personas, their items, and the evidence linked to each item."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from workshop.domain.model import MetricKind, PersonaStatus, PersonaTemplate, Section
from workshop.errors import OperationRefused
from workshop.i18n import N_, _, current_language
from workshop.store.changes import Change
from workshop.store.core import WorkshopFileCore
from workshop.store.recorder import Recorder

PERSONA_FIELDS = frozenset(
    {
        "name",
        "archetype",
        "quote",
        "role_context",
        "photo_asset_id",
        "status",
        "template",
        "last_reviewed",
        "owner",
        "segment_name",
        "segment_size",
        "segment_size_source",
        "colour",
        "position",
        "evidence_pool",
    }
)
ITEM_FIELDS = frozenset(
    {"section", "text", "position", "metric_kind", "metric_baseline", "metric_target"}
)


def _persona_values(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - PERSONA_FIELDS
    if unknown:
        raise ValueError(f"unknown persona field(s): {', '.join(sorted(unknown))}")
    values = dict(fields)
    if "status" in values:
        values["status"] = str(PersonaStatus(values["status"]))
    if "template" in values:
        values["template"] = str(PersonaTemplate(values["template"]))
    if isinstance(values.get("last_reviewed"), date):
        values["last_reviewed"] = values["last_reviewed"].isoformat()
    if "evidence_pool" in values and not isinstance(values["evidence_pool"], str):
        values["evidence_pool"] = json.dumps(list(values["evidence_pool"]))
    return values


def _item_values(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - ITEM_FIELDS
    if unknown:
        raise ValueError(f"unknown persona item field(s): {', '.join(sorted(unknown))}")
    values = dict(fields)
    if "section" in values:
        values["section"] = str(Section(values["section"]))
    if values.get("metric_kind") is not None:
        values["metric_kind"] = str(MetricKind(values["metric_kind"]))
    return values


class PersonaOps(WorkshopFileCore):
    if TYPE_CHECKING:  # BoardOps stores images; WorkshopFile puts both together

        def _asset_in(
            self, rec: Recorder, data: bytes, mime: str, width: int, height: int
        ) -> str: ...

    def _next_position(self, rec: Recorder, sql: str, params: tuple[Any, ...] = ()) -> int:
        value = rec.conn.exec_driver_sql(sql, params).scalar()
        return int(value) + 1 if value is not None else 0

    # Personas -----------------------------------------------------------------------
    def add_persona(
        self, name: str, template: PersonaTemplate | str = PersonaTemplate.USER, **fields: Any
    ) -> Change:
        values = _persona_values({**fields, "template": template})
        values["name"] = name

        def work(rec: Recorder) -> None:
            values.setdefault(
                "position", self._next_position(rec, "SELECT MAX(position) FROM persona")
            )
            rec.insert("persona", values)

        return self._run(N_("Add persona"), work)

    def add_persona_from_clusters(
        self, name: str, cluster_ids: Sequence[str], **fields: Any
    ) -> Change:
        """A persona drafted from clusters: their notes become its evidence pool."""
        if not cluster_ids:
            raise OperationRefused(_("select one or more clusters to draft a persona from"))
        return self.add_persona(name, evidence_pool=list(cluster_ids), **fields)

    def update_persona(
        self, persona_id: str, label: str = N_("Edit persona"), **fields: Any
    ) -> Change:
        values = _persona_values(fields)
        return self._run(label, lambda rec: rec.update("persona", persona_id, **values))

    def set_persona_photo(
        self, persona_id: str, image: tuple[bytes, str, int, int] | None
    ) -> Change:
        """Give a persona a photo, ``(data, mime, width, height)``, stored once in the
        file, or take it away (None): one step, so one undo takes back both."""

        def work(rec: Recorder) -> None:
            rec.fetch_one("persona", persona_id)
            asset_id = self._asset_in(rec, *image) if image is not None else None
            rec.update("persona", persona_id, photo_asset_id=asset_id)

        return self._run(N_("Change persona photo") if image else N_("Remove persona photo"), work)

    def delete_persona(self, persona_id: str) -> Change:
        def work(rec: Recorder) -> None:
            items = rec.ids_where("persona_item", "persona_id", [persona_id])
            rec.delete_many("evidence_link", rec.ids_where("evidence_link", "item_id", items))
            rec.delete_many("persona_item", items)
            rec.delete_many("persona", [persona_id])

        return self._run(N_("Delete persona"), work)

    def duplicate_persona(self, persona_id: str, name: str | None = None) -> Change:
        """A copy with all items and evidence links (e.g. to try a variant)."""

        def work(rec: Recorder) -> None:
            original = rec.fetch_one("persona", persona_id)
            copy = {
                k: v for k, v in original.items() if k not in ("id", "created_at", "updated_at")
            }
            copy["name"] = name or f"{original['name']} (copy)"
            copy["position"] = self._next_position(rec, "SELECT MAX(position) FROM persona")
            copy["status"] = str(PersonaStatus.DRAFT)
            new_id = rec.insert("persona", copy)
            items = rec.fetch(
                "persona_item", rec.ids_where("persona_item", "persona_id", [persona_id])
            )
            links = rec.fetch(
                "evidence_link", rec.ids_where("evidence_link", "item_id", list(items))
            )
            for item_id, item in sorted(
                items.items(), key=lambda kv: (kv[1]["section"], kv[1]["position"])
            ):
                item_copy = {
                    k: v for k, v in item.items() if k not in ("id", "created_at", "updated_at")
                }
                item_copy["persona_id"] = new_id
                copy_id = rec.insert("persona_item", item_copy)
                rec.insert_many(
                    "evidence_link",
                    [
                        {
                            "item_id": copy_id,
                            "note_id": link["note_id"],
                            "cluster_id": link["cluster_id"],
                        }
                        for link in links.values()
                        if link["item_id"] == item_id
                    ],
                )

        return self._run(N_("Duplicate persona"), work)

    def reorder_personas(self, persona_ids: Sequence[str]) -> Change:
        return self._run(
            "Reorder personas",
            lambda rec: rec.update_many(
                "persona", {p: {"position": i} for i, p in enumerate(persona_ids)}
            ),
        )

    # Items --------------------------------------------------------------------------
    def add_item(self, persona_id: str, section: Section | str, text: str, **fields: Any) -> Change:
        values = _item_values({**fields, "section": section, "text": text})
        values["persona_id"] = persona_id

        def work(rec: Recorder) -> None:
            rec.fetch_one("persona", persona_id)
            values.setdefault(
                "position",
                self._next_position(
                    rec,
                    "SELECT MAX(position) FROM persona_item WHERE persona_id = ? AND section = ?",
                    (persona_id, values["section"]),
                ),
            )
            rec.insert("persona_item", values)

        section = Section(values["section"]).label
        # Inside the label the section is lower case ("Add goals item"), except in German,
        # where nouns keep their capital.
        if current_language() != "de":
            section = section.lower()
        return self._run(_("Add {section} item").format(section=section), work)

    def update_item(self, item_id: str, label: str = N_("Edit item"), **fields: Any) -> Change:
        values = _item_values(fields)
        return self._run(label, lambda rec: rec.update("persona_item", item_id, **values))

    def delete_items(self, item_ids: Iterable[str]) -> Change:
        ids = list(item_ids)

        def work(rec: Recorder) -> None:
            rec.delete_many("evidence_link", rec.ids_where("evidence_link", "item_id", ids))
            rec.delete_many("persona_item", ids)

        return self._run(N_("Delete item"), work)

    def reorder_items(
        self, item_ids: Sequence[str], section: Section | str | None = None
    ) -> Change:
        """Give items the positions of their order here (and move them to ``section``)."""
        extra = {} if section is None else {"section": str(Section(section))}
        return self._run(
            "Reorder items",
            lambda rec: rec.update_many(
                "persona_item", {item: {"position": i, **extra} for i, item in enumerate(item_ids)}
            ),
        )

    # Evidence -----------------------------------------------------------------------
    def link_evidence(
        self, item_id: str, note_ids: Iterable[str] = (), cluster_ids: Iterable[str] = ()
    ) -> Change:
        """Link notes and/or whole clusters to an item; links that exist already are kept."""
        notes, clusters = list(note_ids), list(cluster_ids)

        def work(rec: Recorder) -> None:
            rec.fetch_one("persona_item", item_id)
            existing = rec.conn.exec_driver_sql(
                "SELECT note_id, cluster_id FROM evidence_link WHERE item_id = ?", (item_id,)
            ).all()
            have_notes = {r[0] for r in existing if r[0]}
            have_clusters = {r[1] for r in existing if r[1]}
            found_notes = set(rec.fetch("note", notes))
            found_clusters = set(rec.fetch("cluster", clusters))
            rows = [
                {"item_id": item_id, "note_id": n}
                for n in dict.fromkeys(notes)
                if n in found_notes and n not in have_notes
            ] + [
                {"item_id": item_id, "cluster_id": c}
                for c in dict.fromkeys(clusters)
                if c in found_clusters and c not in have_clusters
            ]
            rec.insert_many("evidence_link", rows)

        return self._run(N_("Link evidence"), work)

    def unlink_evidence(self, link_ids: Iterable[str]) -> Change:
        ids = list(link_ids)
        return self._run(N_("Unlink evidence"), lambda rec: rec.delete_many("evidence_link", ids))
