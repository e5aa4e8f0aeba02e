"""Named operations on the evidence board: notes, clusters, sources, participants, images.

Each public method is one transaction and returns the ``Change`` it made. Deleting a
thing also deletes (or unhooks) what points at it, inside the same change, so that
undo brings all of it back.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from workshop.domain.board_geometry import image_note_size
from workshop.domain.model import DEFAULT_NOTE_COLOUR, DEFAULT_NOTE_SIZE, SourceKind
from workshop.errors import OperationRefused
from workshop.i18n import N_, _, ngettext
from workshop.store.changes import Change
from workshop.store.core import WorkshopFileCore
from workshop.store.note_text import check_note_texts
from workshop.store.recorder import Recorder

NOTE_FIELDS = frozenset(
    {
        "text",
        "x",
        "y",
        "w",
        "h",
        "z",
        "colour",
        "source_id",
        "author_id",
        "cluster_id",
        "asset_id",
        "origin_asset_id",
        "question",
    }
)
CLUSTER_FIELDS = frozenset({"title", "x", "y", "w", "h", "z", "colour"})
SOURCE_FIELDS = frozenset(
    {"kind", "label", "date", "reference", "notes", "study_id", "respondent_id"}
)
PARTICIPANT_FIELDS = frozenset({"name", "colour"})


def _only(fields: Mapping[str, Any], allowed: frozenset[str], what: str) -> dict[str, Any]:
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"unknown {what} field(s): {', '.join(sorted(unknown))}")
    for name in ("x", "y", "w", "h", "z"):
        if name in fields:
            try:
                finite = math.isfinite(float(fields[name]))
            except (TypeError, ValueError, OverflowError):
                finite = False
            if not finite:
                raise OperationRefused(
                    _("a {kind}'s position and size must be ordinary numbers").format(kind=_(what))
                )
    return dict(fields)


class BoardOps(WorkshopFileCore):
    # Participants -------------------------------------------------------------------
    def add_participant(self, name: str, colour: str = "#607d8b") -> Change:
        return self._run(
            "Add participant",
            lambda rec: rec.insert("participant", {"name": name, "colour": colour}),
        )

    def update_participant(self, participant_id: str, **fields: Any) -> Change:
        values = _only(fields, PARTICIPANT_FIELDS, "participant")
        return self._run(
            "Edit participant", lambda rec: rec.update("participant", participant_id, **values)
        )

    def delete_participant(self, participant_id: str) -> Change:
        def work(rec: Recorder) -> None:
            notes = rec.ids_where("note", "author_id", [participant_id])
            rec.update_many("note", {n: {"author_id": None} for n in notes})
            rec.delete_many("vote", rec.ids_where("vote", "participant_id", [participant_id]))
            rec.delete_many("participant", [participant_id])

        return self._run(N_("Remove participant"), work)

    # Sources ------------------------------------------------------------------------
    def add_source(
        self, label: str, kind: SourceKind | str = SourceKind.INTERVIEW, **fields: Any
    ) -> Change:
        values = _only(fields, SOURCE_FIELDS, "source")
        values.update(label=label, kind=str(SourceKind(kind)))
        return self._run(N_("Add source"), lambda rec: rec.insert("source", values))

    def update_source(self, source_id: str, **fields: Any) -> Change:
        values = _only(fields, SOURCE_FIELDS, "source")
        if "kind" in values:
            values["kind"] = str(SourceKind(values["kind"]))
        return self._run(N_("Edit source"), lambda rec: rec.update("source", source_id, **values))

    def delete_sources(self, source_ids: Iterable[str]) -> Change:
        """Delete sources; their notes stay on the board as assumptions (no source)."""
        ids = list(source_ids)

        def work(rec: Recorder) -> None:
            notes = rec.ids_where("note", "source_id", ids)
            rec.update_many("note", {n: {"source_id": None} for n in notes})
            rec.delete_many("source", ids)

        return self._run(N_("Delete source") if len(ids) == 1 else N_("Delete sources"), work)

    def merge_sources(self, keep_id: str, other_ids: Iterable[str]) -> Change:
        """Fold other sources into one (one interview entered twice): their notes move to
        it, then they are deleted."""
        others = [o for o in other_ids if o != keep_id]

        def work(rec: Recorder) -> None:
            keep = rec.fetch_one("source", keep_id)
            folded = rec.fetch("source", others).values()
            # The kept source takes the study and respondent of those folded into it when
            # it has none and they name one (all the same one).
            for column in ("study_id", "respondent_id"):
                named = {row[column] for row in folded if row[column] is not None}
                if keep[column] is None and len(named) == 1:
                    rec.update("source", keep_id, **{column: named.pop()})
            notes = rec.ids_where("note", "source_id", others)
            rec.update_many("note", {n: {"source_id": keep_id} for n in notes})
            rec.delete_many("source", others)

        return self._run(N_("Merge sources"), work)

    # Notes --------------------------------------------------------------------------
    def add_note(self, text: str = "", **fields: Any) -> Change:
        return self.add_notes([{"text": text, **fields}], label=N_("Add note"))

    def add_notes(self, notes: Sequence[Mapping[str, Any]], label: str = N_("Add notes")) -> Change:
        check_note_texts(notes)
        rows = [self._note_row(n) for n in notes]

        def work(rec: Recorder) -> None:
            top = self._top_z(rec)
            for offset, row in enumerate(rows, start=1):
                row.setdefault("z", top + offset)
            rec.insert_many("note", rows)

        return self._run(label, work)

    @staticmethod
    def _note_row(fields: Mapping[str, Any]) -> dict[str, Any]:
        row = _only(fields, NOTE_FIELDS | {"id", "created_at", "updated_at"}, "note")
        row.setdefault("text", "")
        row.setdefault("w", DEFAULT_NOTE_SIZE[0])
        row.setdefault("h", DEFAULT_NOTE_SIZE[1])
        row.setdefault("colour", DEFAULT_NOTE_COLOUR)
        return row

    @staticmethod
    def _top_z(rec: Recorder) -> float:
        value = rec.conn.exec_driver_sql(
            "SELECT MAX(z) FROM note WHERE typeof(z) IN ('integer', 'real')"
        ).scalar()
        return float(value) if value is not None and math.isfinite(float(value)) else 0.0

    def update_note(self, note_id: str, label: str = N_("Edit note"), **fields: Any) -> Change:
        values = _only(fields, NOTE_FIELDS, "note")
        check_note_texts([values])
        return self._run(label, lambda rec: rec.update("note", note_id, **values))

    def update_notes(
        self, note_ids: Iterable[str], label: str = N_("Edit notes"), **fields: Any
    ) -> Change:
        """The same change to many notes: recolour, assign a source, author or cluster."""
        values = _only(fields, NOTE_FIELDS, "note")
        check_note_texts([values])
        ids = list(note_ids)
        return self._run(label, lambda rec: rec.update_many("note", {n: dict(values) for n in ids}))

    def move_notes(
        self, positions: Mapping[str, tuple[float, float]], label: str = N_("Move notes")
    ) -> Change:
        values = {
            note_id: _only({"x": x, "y": y}, NOTE_FIELDS, "note")
            for note_id, (x, y) in positions.items()
        }
        return self._run(label, lambda rec: rec.update_many("note", values))

    def set_note_geometry(self, geometry: Mapping[str, Mapping[str, float]], label: str) -> Change:
        """Move and resize notes, and set their cluster, in one step (a drop into a cluster)."""
        values = {note_id: _only(g, NOTE_FIELDS, "note") for note_id, g in geometry.items()}
        return self._run(label, lambda rec: rec.update_many("note", values))

    def raise_notes(self, note_ids: Iterable[str]) -> Change:
        ids = list(note_ids)

        def work(rec: Recorder) -> None:
            top = self._top_z(rec)
            rec.update_many("note", {n: {"z": top + i} for i, n in enumerate(ids, start=1)})

        return self._run(N_("Bring to front"), work)

    def delete_notes(self, note_ids: Iterable[str]) -> Change:
        ids = list(note_ids)

        def work(rec: Recorder) -> None:
            rec.delete_many("evidence_link", rec.ids_where("evidence_link", "note_id", ids))
            rec.delete_many("vote", rec.ids_where("vote", "note_id", ids))
            rec.delete_many("note", ids)

        if len(ids) == 1:
            return self._run(N_("Delete note"), work)
        label = ngettext("Delete {count} note", "Delete {count} notes", len(ids))
        return self._run(label.format(count=len(ids)), work)

    # Clusters -----------------------------------------------------------------------
    def add_cluster(self, title: str, **fields: Any) -> Change:
        values = _only(fields, CLUSTER_FIELDS, "cluster")
        values["title"] = title
        return self._run(N_("Add cluster"), lambda rec: rec.insert("cluster", values))

    def update_cluster(
        self, cluster_id: str, label: str = N_("Edit cluster"), **fields: Any
    ) -> Change:
        values = _only(fields, CLUSTER_FIELDS, "cluster")
        return self._run(label, lambda rec: rec.update("cluster", cluster_id, **values))

    def move_cluster(self, cluster_id: str, dx: float, dy: float) -> Change:
        """Move a cluster frame and every note in it by the same distance."""

        def work(rec: Recorder) -> None:
            frame = rec.fetch_one("cluster", cluster_id)
            rec.update("cluster", cluster_id, x=frame["x"] + dx, y=frame["y"] + dy)
            members = rec.fetch("note", rec.ids_where("note", "cluster_id", [cluster_id]))
            rec.update_many(
                "note", {n: {"x": r["x"] + dx, "y": r["y"] + dy} for n, r in members.items()}
            )

        return self._run(N_("Move cluster"), work)

    def ungroup(self, cluster_ids: Iterable[str]) -> Change:
        """Remove cluster frames; their notes stay where they are. Persona items that cited
        a cluster keep citing its notes, one by one."""
        ids = list(cluster_ids)

        def work(rec: Recorder) -> None:
            for cluster_id in ids:
                members = rec.ids_where("note", "cluster_id", [cluster_id])
                links = rec.fetch(
                    "evidence_link", rec.ids_where("evidence_link", "cluster_id", [cluster_id])
                )
                rec.delete_many("evidence_link", links)
                already = {
                    (r[0], r[1])
                    for r in rec.conn.exec_driver_sql(
                        "SELECT item_id, note_id FROM evidence_link WHERE note_id IS NOT NULL"
                    )
                }
                new_links = [
                    {"item_id": link["item_id"], "note_id": note_id}
                    for link in links.values()
                    for note_id in members
                    if (link["item_id"], note_id) not in already
                ]
                rec.insert_many(
                    "evidence_link",
                    list({(r["item_id"], r["note_id"]): r for r in new_links}.values()),
                )
                rec.update_many("note", {n: {"cluster_id": None} for n in members})
                rec.delete_many("vote", rec.ids_where("vote", "cluster_id", [cluster_id]))
                rec.delete_many("cluster", [cluster_id])

        return self._run(N_("Ungroup"), work)

    # Images -------------------------------------------------------------------------
    def add_asset(self, data: bytes, mime: str, width: int, height: int) -> tuple[Change, str]:
        """Store image bytes once: the same picture added twice is stored once."""
        digest = hashlib.sha256(data).hexdigest()
        existing = self._read("SELECT id FROM asset WHERE sha256 = ?", (digest,))
        if existing:
            return Change("Add image"), str(existing[0][0])
        change = self._run(
            "Add image",
            lambda rec: rec.insert(
                "asset",
                {"sha256": digest, "mime": mime, "width": width, "height": height, "data": data},
            ),
        )
        return change, change.created[0]

    def load_asset(self, asset_id: str) -> bytes | None:
        rows = self._read("SELECT data FROM asset WHERE id = ?", (asset_id,))
        return bytes(rows[0][0]) if rows and rows[0][0] is not None else None

    def _asset_in(self, rec: Recorder, data: bytes, mime: str, width: int, height: int) -> str:
        digest = hashlib.sha256(data).hexdigest()
        row = rec.conn.exec_driver_sql("SELECT id FROM asset WHERE sha256 = ?", (digest,)).first()
        if row is not None:
            return str(row[0])
        return rec.insert(
            "asset",
            {"sha256": digest, "mime": mime, "width": width, "height": height, "data": data},
        )

    def add_image_notes(
        self, images: Sequence[Mapping[str, Any]], label: str = N_("Add image")
    ) -> Change:
        """Image notes, each with its picture stored (once) in the file, in one step.

        Each mapping has ``data``, ``mime``, ``width``, ``height`` and any note fields
        (``x``, ``y``, ``text`` as caption, ``origin_data`` for a crop of a wall photo...).
        The note is sized to the picture's shape (``board_geometry.image_note_size``).
        """
        check_note_texts(images)

        def work(rec: Recorder) -> None:
            top = self._top_z(rec)
            for offset, image in enumerate(images, start=1):
                fields = dict(image)
                data, mime = fields.pop("data"), fields.pop("mime")
                width, height = int(fields.pop("width")), int(fields.pop("height"))
                asset_id = self._asset_in(rec, data, mime, width, height)
                origin = fields.pop("origin", None)
                if origin is not None:
                    fields["origin_asset_id"] = self._asset_in(rec, *origin)
                w, h = image_note_size(width, height)
                fields.setdefault("w", w)
                fields.setdefault("h", h)
                fields.setdefault("colour", "#fafafa")
                fields.setdefault("z", top + offset)
                rec.insert("note", self._note_row({**fields, "asset_id": asset_id}))

        return self._run(label, work)
