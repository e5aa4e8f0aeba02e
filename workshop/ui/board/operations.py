"""What the board asks of the workshop file: each facilitator action as one undoable step.

Every method here turns what the facilitator did on the board into one store operation
named for the gesture (``drop_notes``, ``group_into_cluster``, ``tidy_clusters``...), run
through ``session.perform``: one transaction and one undo step, however many rows it
writes (a drag that moves a cluster and drops a note into another one is one step). The
geometry (how frames grow, where notes go) is ``domain.board_geometry``'s, applied in the
store. The scene then patches itself from the change, as it does for undo and redo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF

from workshop.domain.board_geometry import (
    IMAGE_CAPTION,
    IMAGE_SIDE,
    NOTE_SIZE,
    Rect,
    place_blocks,
    room_in_frame,
)
from workshop.domain.model import DEFAULT_NOTE_COLOUR
from workshop.io.images import PreparedImage
from workshop.store import Change, WorkshopFile
from workshop.ui.board import style
from workshop.ui.board.cluster_item import ClusterItem
from workshop.ui.board.scene import BoardScene
from workshop.ui.plurals import plural

if TYPE_CHECKING:
    from workshop.ui.session import WorkshopSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("Board", text)


class BoardEditing:
    def __init__(self, session: WorkshopSession, scene: BoardScene) -> None:
        self.session = session
        self.scene = scene

    def perform(self, operation: Callable[[WorkshopFile], Change]) -> Change | None:
        if self.session.read_only:
            self.session.status.emit(
                _tr("This workshop is open read-only; save a copy to make changes.")
            )
            return None
        return self.session.perform(operation)

    # Notes ----------------------------------------------------------------------------------
    def add_note(self, text: str, rect: QRectF) -> str | None:
        """A new note at ``rect``, in the cluster around its centre, written by whoever the
        facilitator is writing as."""
        target = self.scene.cluster_at(rect.center())
        geometry = (rect.x(), rect.y(), rect.width(), rect.height())
        change = self.perform(
            lambda wf: wf.add_note_at(
                text,
                geometry,
                cluster_id=target.cluster_id if target else None,
                author_id=self.session.writing_as,
                label=_tr("Add note"),
                origin=self.scene,
            )
        )
        return change.created[0] if change and change.created else None

    def set_text(self, note_id: str, text: str) -> None:
        item = self.scene.note_item(note_id)
        if item is None or item.note.text == text:
            return
        self.perform(lambda wf: wf.update_note(note_id, _tr("Edit note text"), text=text))

    def delete(self, note_ids: list[str], cluster_ids: list[str], label: str = "") -> None:
        """Delete notes; selected cluster frames go too (their notes stay unless selected)."""
        if not note_ids and not cluster_ids:
            return
        if not label:
            label = (
                plural("Delete note", "Delete %n notes", len(note_ids))
                if note_ids
                else plural("Remove cluster", "Remove %n clusters", len(cluster_ids))
            )
        self.perform(
            lambda wf: wf.remove_from_board(note_ids, cluster_ids, label=label, origin=self.scene)
        )

    def recolour(self, note_ids: list[str], cluster_ids: list[str], colour: str) -> None:
        if not note_ids and not cluster_ids:
            return
        frames = {c: _frame_tint(colour) for c in cluster_ids}
        self.perform(
            lambda wf: wf.recolour(
                note_ids, frames, colour, label=_tr("Recolour"), origin=self.scene
            )
        )

    def assign_source(self, note_ids: list[str], source_id: str | None) -> None:
        if note_ids:
            label = _tr("Assign source") if source_id else _tr("Mark as assumption")
            self.perform(lambda wf: wf.update_notes(note_ids, label, source_id=source_id))

    def assign_author(self, note_ids: list[str], author_id: str | None) -> None:
        if note_ids:
            self.perform(
                lambda wf: wf.update_notes(note_ids, _tr("Set author"), author_id=author_id)
            )

    def bring_to_front(self, note_ids: list[str]) -> None:
        if note_ids:
            self.perform(lambda wf: wf.raise_notes(note_ids))

    def resize_note(self, note_id: str, w: float, h: float) -> None:
        self.perform(
            lambda wf: wf.set_note_geometry({note_id: {"w": w, "h": h}}, _tr("Resize note"))
        )

    def resize_cluster(self, cluster_id: str, w: float, h: float) -> None:
        self.perform(lambda wf: wf.update_cluster(cluster_id, _tr("Resize cluster"), w=w, h=h))

    # Moving -----------------------------------------------------------------------------------
    def commit_moves(
        self,
        notes: dict[str, QPointF],
        cluster_moves: dict[str, QPointF],
        *,
        bring_to_front: bool = True,
        make_room: bool = True,
    ) -> bool:
        """Store where notes and clusters were dragged (or nudged) as one step.

        ``notes`` are the new top-left corners of notes that moved by themselves; a note
        whose centre lands in a cluster joins it (the frame grows to hold it), one that
        leaves its cluster leaves it. A note dragged into a cluster (``make_room``) never
        lands on one of its notes: it goes to the nearest free spot in the frame
        (``board_geometry.room_in_frame``). ``cluster_moves`` are the distances clusters
        moved; their notes move with them.
        """
        scene = self.scene
        drops: dict[str, dict[str, Any]] = {}
        joined: list[str] = []
        left: list[str] = []
        #: Each target cluster's notes as they are now (those dropped in it included).
        taken: dict[str, list[Rect]] = {}
        order = sorted(notes, key=lambda n: (scene.notes[n].note.z, n))
        for index, note_id in enumerate(order, start=1):
            item = scene.notes[note_id]
            position = notes[note_id]
            rect = QRectF(position, item.rect().size())
            target = scene.cluster_at(rect.center())
            cluster_id = target.cluster_id if target is not None else None
            if target is not None and make_room:
                position = self._room_in(target, rect, notes, taken)
            values: dict[str, Any] = {"x": position.x(), "y": position.y()}
            if bring_to_front:
                values["z"] = scene.top_z + index
            values["cluster_id"] = cluster_id
            if cluster_id != item.note.cluster_id:
                if cluster_id:
                    joined.append(cluster_id)
                else:
                    left.append(item.note.cluster_id or "")
            drops[note_id] = values
        if not drops and not cluster_moves:
            return True
        label = self._move_label(len(notes), len(cluster_moves), joined, left)
        moves = {c: (delta.x(), delta.y()) for c, delta in cluster_moves.items()}
        change = self.perform(
            lambda wf: wf.drop_notes(drops, moves, label=label, origin=self.scene)
        )
        return change is not None

    def _room_in(
        self,
        target: ClusterItem,
        rect: QRectF,
        moving: dict[str, QPointF],
        taken: dict[str, list[Rect]],
    ) -> QPointF:
        """Where a note dropped at ``rect`` in ``target`` goes, off the cluster's notes
        (those staying, and those this drop put there already)."""
        cluster_id = target.cluster_id
        if cluster_id not in taken:
            taken[cluster_id] = [
                _rect(m.board_rect())
                for m in self.scene.member_items(cluster_id)
                if m.note_id not in moving
            ]
        x, y = room_in_frame(
            _rect(target.board_rect()),
            taken[cluster_id],
            (rect.width(), rect.height()),
            (rect.x(), rect.y()),
        )
        taken[cluster_id].append(Rect(x, y, rect.width(), rect.height()))
        return QPointF(x, y)

    def _move_label(self, notes: int, clusters: int, joined: list[str], left: list[str]) -> str:
        titles = {c: i.cluster.title for c, i in self.scene.clusters.items()}
        if joined and not left and notes == len(joined):
            title = titles.get(joined[0], "")
            return plural("Move note into “{title}”", "Move %n notes into “{title}”", notes).format(
                title=title
            )
        if left and not joined and notes == len(left):
            title = titles.get(left[0], "")
            return plural(
                "Take note out of “{title}”", "Take %n notes out of “{title}”", notes
            ).format(title=title)
        if clusters and not notes:
            return plural("Move cluster", "Move %n clusters", clusters)
        return (
            plural("Move note", "Move %n notes", notes + clusters)
            if not clusters
            else _tr("Move notes and clusters")
        )

    # Clusters ---------------------------------------------------------------------------------
    def group_into_cluster(self, note_ids: list[str]) -> str | None:
        if not note_ids:
            self.session.status.emit(_tr("Select the notes to put in a cluster first."))
            return None
        change = self.perform(
            lambda wf: wf.group_into_cluster(note_ids, _tr("New cluster"), origin=self.scene)
        )
        if change is None:
            return None
        return next((c for c in change.created if c in self.scene.clusters), None)

    def add_cluster(self, rect: QRectF) -> str | None:
        change = self.perform(
            lambda wf: wf.add_cluster(
                _tr("New cluster"), x=rect.x(), y=rect.y(), w=rect.width(), h=rect.height()
            )
        )
        return change.created[0] if change and change.created else None

    def ungroup(self, cluster_ids: list[str]) -> None:
        if not cluster_ids:
            self.session.status.emit(_tr("Select a cluster (or a note in it) to ungroup."))
            return
        self.perform(lambda wf: wf.ungroup(cluster_ids))

    def tidy(self, cluster_ids: list[str]) -> None:
        if not cluster_ids:
            self.session.status.emit(_tr("Select a cluster (or a note in it) to tidy."))
            return
        self.perform(
            lambda wf: wf.tidy_clusters(cluster_ids, label=_tr("Tidy cluster"), origin=self.scene)
        )

    def rename_cluster(self, cluster_id: str, title: str) -> None:
        item = self.scene.clusters.get(cluster_id)
        title = " ".join(title.split())
        if item is None or not title or item.cluster.title == title:
            return
        self.perform(lambda wf: wf.update_cluster(cluster_id, _tr("Rename cluster"), title=title))

    def assign_cluster(self, note_ids: list[str], cluster_id: str | None) -> None:
        """Put notes into a cluster (laid out under its notes, the frame grown to hold
        them), or take them out of their clusters (they stay where they are)."""
        scene = self.scene
        if not note_ids:
            return
        if cluster_id is None:
            self.perform(
                lambda wf: wf.update_notes(note_ids, _tr("Take out of cluster"), cluster_id=None)
            )
            return
        frame_item = scene.clusters.get(cluster_id)
        if frame_item is None:
            return
        moving = [
            n for n in note_ids if n in scene.notes and scene.notes[n].note.cluster_id != cluster_id
        ]
        if not moving:
            return
        title = frame_item.cluster.title
        label = plural(
            "Move note into “{title}”", "Move %n notes into “{title}”", len(moving)
        ).format(title=title)
        self.perform(
            lambda wf: wf.put_into_cluster(moving, cluster_id, label=label, origin=self.scene)
        )

    # From outside ----------------------------------------------------------------------------
    def existing_rects(self, near: QPointF, reach: float = 6000.0) -> list[Rect]:
        """Notes and frames near a point (far ones cannot be in the way)."""
        found: list[Rect] = []
        for item in self.scene.notes.values():
            n = item.note
            if abs(n.x - near.x()) < reach and abs(n.y - near.y()) < reach:
                found.append(Rect(n.x, n.y, n.w, n.h))
        for cluster_item in self.scene.clusters.values():
            c = cluster_item.cluster
            found.append(Rect(c.x, c.y, c.w, c.h))
        return found

    def add_text_notes(self, texts: list[str], near: QPointF) -> list[str]:
        """One note per text, in a tidy block in free space near ``near``."""
        if not texts:
            return []
        spots = place_blocks(self.existing_rects(near), [len(texts)], near=(near.x(), near.y()))[0]
        author = self.session.writing_as
        rows = [
            {"text": text, "x": x, "y": y, "author_id": author, "colour": DEFAULT_NOTE_COLOUR}
            for text, (x, y) in zip(texts, spots, strict=True)
        ]
        label = plural("Paste note", "Paste %n notes", len(rows))
        change = self.perform(lambda wf: wf.add_notes(rows, label=label))
        return list(change.created) if change else []

    def add_pictures(self, images: Sequence[PreparedImage], near: QPointF) -> list[str]:
        if not images:
            return []
        spots = place_blocks(
            self.existing_rects(near),
            [len(images)],
            note_size=(IMAGE_SIDE, IMAGE_SIDE + IMAGE_CAPTION),
            near=(near.x(), near.y()),
        )[0]
        author = self.session.writing_as
        rows = [
            {
                "data": image.data,
                "mime": image.mime,
                "width": image.width,
                "height": image.height,
                "x": x,
                "y": y,
                "author_id": author,
            }
            for image, (x, y) in zip(images, spots, strict=True)
        ]
        label = plural("Add picture", "Add %n pictures", len(rows))
        change = self.perform(lambda wf: wf.add_image_notes(rows, label=label))
        return [c for c in change.created if c in self.scene.notes] if change else []


def _rect(rect: QRectF) -> Rect:
    return Rect(rect.x(), rect.y(), rect.width(), rect.height())


def _frame_tint(colour: str) -> str:
    """A cluster frame takes a pale version of a note colour (notes must stand out on it)."""
    tint = style.paper(colour)
    pale = tint.lighter(112)
    return pale.name()


def default_note_rect(centre: QPointF) -> QRectF:
    w, h = NOTE_SIZE
    return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)
