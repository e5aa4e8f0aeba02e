"""Copy, cut and paste of notes and clusters, within a workshop and between workshops.

The clipboard holds a JSON interchange document (``io.interchange``) with the notes, their
clusters and their pictures, under ``mime.CLIPBOARD_MIME``, plus the notes' text as plain
text for other programs. Pasting makes new notes and clusters (fresh ids) in one undo
step (the store's ``paste``), placed where they cover nothing: beside the originals in the
same workshop, in the middle of the view in another one. A note whose source or author the
target workshop does not have keeps its text but becomes an assumption (the status bar
says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QRectF

from workshop.domain.board_geometry import place_blocks
from workshop.domain.model import Cluster, Note
from workshop.errors import WorkshopError
from workshop.io import interchange
from workshop.store import Change, WorkshopFile, content_columns
from workshop.ui.board.scene import BoardScene
from workshop.ui.mime import CLIPBOARD_MIME
from workshop.ui.plurals import plural

if TYPE_CHECKING:
    from workshop.ui.board.operations import BoardEditing


def _tr(text: str) -> str:
    return QCoreApplication.translate("Board", text)


def _note_row(note: Note) -> dict[str, Any]:
    return {
        "id": note.id,
        "text": note.text,
        "x": note.x,
        "y": note.y,
        "w": note.w,
        "h": note.h,
        "z": note.z,
        "colour": note.colour,
        "source_id": note.source_id,
        "author_id": note.author_id,
        "cluster_id": note.cluster_id,
        "asset_id": note.asset_id,
        "origin_asset_id": note.origin_asset_id,
        "question": note.question,
        "created_at": note.created_at,
        "updated_at": note.created_at,
    }


def _cluster_row(cluster: Cluster) -> dict[str, Any]:
    return {
        "id": cluster.id,
        "title": cluster.title,
        "x": cluster.x,
        "y": cluster.y,
        "w": cluster.w,
        "h": cluster.h,
        "z": cluster.z,
        "colour": cluster.colour,
        "created_at": "",
        "updated_at": "",
    }


def copied_rows(
    scene: BoardScene, workshop: WorkshopFile, note_ids: list[str], cluster_ids: list[str]
) -> interchange.Rows:
    """The rows for a copy: the notes, the clusters (with all their notes) and pictures."""
    clusters = [scene.clusters[c].cluster for c in cluster_ids if c in scene.clusters]
    wanted = dict.fromkeys(n for n in note_ids if n in scene.notes)
    for cluster in clusters:
        wanted.update(dict.fromkeys(i.note_id for i in scene.member_items(cluster.id)))
    notes = [scene.notes[n].note for n in wanted]
    assets: dict[str, dict[str, Any]] = {}
    for asset in workshop.snapshot().assets if any(n.asset_id for n in notes) else []:
        if any(n.asset_id == asset.id or n.origin_asset_id == asset.id for n in notes):
            data = workshop.load_asset(asset.id)
            if data is not None:
                assets[asset.id] = {
                    "id": asset.id,
                    "sha256": asset.sha256,
                    "mime": asset.mime,
                    "width": asset.width,
                    "height": asset.height,
                    "data": data,
                    "created_at": "",
                    "updated_at": "",
                }
    rows: interchange.Rows = {
        "note": [_note_row(n) for n in notes],
        "cluster": [_cluster_row(c) for c in clusters],
        "asset": list(assets.values()),
    }
    # Exactly the file's columns, whatever the schema grows to hold.
    return {
        name: [{c: row.get(c) for c in content_columns(name)} for row in table]
        for name, table in rows.items()
    }


def clipboard_data(rows: interchange.Rows) -> QMimeData:
    data = QMimeData()
    document = interchange.dumps(interchange.document(rows))
    data.setData(CLIPBOARD_MIME, document.encode("utf-8"))
    data.setText("\n\n".join(r["text"] for r in rows.get("note", []) if r["text"]))
    return data


def read_clipboard(data: QMimeData) -> interchange.Rows | None:
    """The notes and clusters on the clipboard, or None when it holds none of ours."""
    if not data.hasFormat(CLIPBOARD_MIME):
        return None
    raw = bytes(data.data(CLIPBOARD_MIME).data())
    try:
        return interchange.loads(raw.decode("utf-8", "replace"), _tr("the clipboard"))
    except WorkshopError:
        return None


@dataclass
class PasteResult:
    note_ids: list[str]
    cluster_ids: list[str]
    message: str


def paste_rows(
    editing: BoardEditing, rows: interchange.Rows, view_centre: QPointF
) -> PasteResult | None:
    """Paste copied notes and clusters as new ones (one undo step)."""
    scene = editing.scene
    notes = sorted(rows.get("note", []), key=lambda r: (r["z"], r["id"]))
    clusters = rows.get("cluster", [])
    if not notes and not clusters:
        return None
    assets = {a["id"]: a for a in rows.get("asset", [])}
    bounds = QRectF()
    for r in [*notes, *clusters]:
        bounds |= QRectF(r["x"], r["y"], r["w"], r["h"])
    same_workshop = any(r["id"] in scene.notes for r in notes) or any(
        r["id"] in scene.clusters for r in clusters
    )
    near = (
        bounds.topLeft()
        if same_workshop
        else view_centre - QPointF(bounds.width() / 2, bounds.height() / 2)
    )
    spot = place_blocks(
        editing.existing_rects(near),
        [1],
        note_size=(bounds.width(), bounds.height()),
        near=(near.x(), near.y()),
    )[0][0]
    dx, dy = spot[0] - bounds.x(), spot[1] - bounds.y()
    dropped_sources = sum(
        1 for r in notes if r["source_id"] and r["source_id"] not in scene.sources
    )
    label = plural("Paste %n note", "Paste %n notes", len(notes))

    def run(wf: WorkshopFile) -> Change:
        return wf.paste(notes, clusters, assets, offset=(dx, dy), label=label, origin=editing.scene)

    change = editing.perform(run)
    if change is None:
        return None
    new_notes = change.ids("note", "added")
    message = label
    if dropped_sources:
        message = plural(
            "Pasted %n note; it had a source this workshop does not have and is now an assumption.",
            "Pasted %n notes; {k} of them had a source this workshop does not have and are "
            "now assumptions.",
            len(new_notes),
        ).format(k=dropped_sources)
    return PasteResult(new_notes, change.ids("cluster", "added"), message)


def cut_label(count: int) -> str:
    return plural("Cut %n note", "Cut %n notes", count)
