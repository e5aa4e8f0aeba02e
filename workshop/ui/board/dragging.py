"""Moving notes and clusters by hand: a drag (or a run of arrow-key nudges) from its start
to the one step it stores.

The selected notes and clusters follow the mouse once it has moved a little (a click that
jitters moves nothing); a cluster's notes come along with it, and the cluster a dragged
note is over lights up. Items are moved here rather than by Qt's ``ItemIsMovable``: that
flag costs a call per note when the board is built. On release everything that moved is
stored at once (``BoardEditing.commit_moves``; a note dragged into a cluster lands off
its other notes); if that fails, every item goes back to where the file says it is.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF

from workshop.ui.board.cluster_item import ClusterItem
from workshop.ui.board.note_item import NoteItem
from workshop.ui.board.operations import BoardEditing
from workshop.ui.board.scene import BoardScene


class MoveSession:
    """The selected notes and clusters, where they started, and what they carry."""

    def __init__(
        self,
        scene: BoardScene,
        pressed: NoteItem | ClusterItem | None = None,
        press: QPointF | None = None,
    ) -> None:
        self.scene = scene
        self.pressed = pressed
        #: Where the mouse went down on the board (None for arrow-key nudges).
        self.press = press
        self.dragging = False
        self.notes: dict[str, QPointF] = {}
        self.clusters: dict[str, QPointF] = {}
        #: Notes of moving clusters that are not selected themselves: id -> (start, cluster).
        self.carried: dict[str, tuple[QPointF, str]] = {}
        self.target: ClusterItem | None = None
        for item in scene.selected():
            if isinstance(item, NoteItem):
                self.notes[item.note_id] = QPointF(item.pos())
            elif isinstance(item, ClusterItem):
                self.clusters[item.cluster_id] = QPointF(item.pos())
        for cluster_id in self.clusters:
            for member in scene.member_items(cluster_id):
                if member.note_id not in self.notes:
                    self.carried[member.note_id] = (QPointF(member.pos()), cluster_id)

    @property
    def empty(self) -> bool:
        return not self.notes and not self.clusters

    def nudge(self, dx: float, dy: float) -> None:
        """Move everything selected by a step (the arrow keys)."""
        step = QPointF(dx, dy)
        self._shift(
            {n: QPointF(self.scene.notes[n].pos()) for n in self.notes if n in self.scene.notes},
            {
                c: QPointF(self.scene.clusters[c].pos())
                for c in self.clusters
                if c in self.scene.clusters
            },
            step,
        )
        self.follow()

    def drag_to(self, point: QPointF) -> None:
        """Everything selected follows the mouse (now at board ``point``)."""
        if self.press is None:
            return
        self.dragging = True
        self._shift(self.notes, self.clusters, point - self.press)
        self.follow()

    def _shift(
        self, notes: dict[str, QPointF], clusters: dict[str, QPointF], delta: QPointF
    ) -> None:
        for note_id, start in notes.items():
            item = self.scene.notes.get(note_id)
            if item is not None:
                item.setPos(start + delta)
        for cluster_id, start in clusters.items():
            cluster = self.scene.clusters.get(cluster_id)
            if cluster is not None:
                cluster.setPos(start + delta)

    def follow(self) -> None:
        """Carry clusters' notes and labels along; light up the cluster under the pressed note."""
        scene = self.scene
        for cluster_id in self.clusters:
            cluster = scene.clusters.get(cluster_id)
            if cluster is not None:
                cluster.label.sync()
        for note_id, (start, cluster_id) in self.carried.items():
            item = scene.notes.get(note_id)
            cluster = scene.clusters.get(cluster_id)
            if item is not None and cluster is not None:
                item.setPos(start + (cluster.pos() - self.clusters[cluster_id]))
        target = None
        if isinstance(self.pressed, NoteItem) and self.moved_notes():
            target = scene.cluster_at(self.pressed.sceneBoundingRect().center())
        if target is not self.target:
            if self.target is not None:
                self.target.set_drop_target(False)
            if target is not None:
                target.set_drop_target(True)
            self.target = target

    def cluster_moves(self) -> dict[str, QPointF]:
        moves: dict[str, QPointF] = {}
        for cluster_id, start in self.clusters.items():
            cluster = self.scene.clusters.get(cluster_id)
            if cluster is not None and cluster.pos() != start:
                moves[cluster_id] = cluster.pos() - start
        return moves

    def moved_notes(self) -> dict[str, QPointF]:
        """Notes that moved by themselves (not only because their cluster moved)."""
        moves = self.cluster_moves()
        moved: dict[str, QPointF] = {}
        for note_id, start in self.notes.items():
            item = self.scene.notes.get(note_id)
            if item is None or item.pos() == start:
                continue
            carried_by = moves.get(item.note.cluster_id or "")
            if carried_by is not None and item.pos() - start == carried_by:
                continue
            moved[note_id] = QPointF(item.pos())
        return moved

    def finish(self, editing: BoardEditing, *, bring_to_front: bool = True) -> bool:
        """Store the moves as one step; True if anything moved."""
        if self.target is not None:
            self.target.set_drop_target(False)
            self.target = None
        notes, clusters = self.moved_notes(), self.cluster_moves()
        if not notes and not clusters:
            return False
        # A drag puts a note into a cluster off its other notes; a nudge goes where sent.
        dragged = self.press is not None
        if not editing.commit_moves(
            notes, clusters, bring_to_front=bring_to_front, make_room=dragged
        ):
            self.put_back()
        return True

    def put_back(self) -> None:
        """Every item where the file says it is (a refused or failed move)."""
        scene = self.scene
        for note_id in [*self.notes, *self.carried]:
            item = scene.notes.get(note_id)
            if item is not None:
                item.setPos(QPointF(item.note.x, item.note.y))
                item.setZValue(item.note.z)
        for cluster_id in self.clusters:
            cluster = scene.clusters.get(cluster_id)
            if cluster is not None:
                cluster.set_cluster(cluster.cluster)
